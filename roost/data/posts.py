"""The canonical Post: one schema for every source, stored as `data/posts.parquet` and `data/clean.parquet`.

Readers yield `Post` objects; `PostWriter` buffers them into Arrow record batches and streams them into a Parquet
file written atomically, so memory holds one batch (at most BATCH_ROWS posts or BATCH_CHARS characters of text),
never the corpus. `post_problem` checks a post against the schema before it is buffered, so a record with a field
of the wrong type is reported by the reader's rules instead of failing the whole batch in Arrow.
`iter_post_batches` reads a table back in batches for the next stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import Any, Self

import pyarrow as pa
import pyarrow.parquet as pq

from roost.errors import RoostError
from roost.run import atomic_path

BATCH_ROWS = 8192
BATCH_CHARS = 64 << 20  # flush early when posts are long: a batch stays far below Arrow's 2 GiB string column
SURROGATE = re.compile("[\ud800-\udfff]")  # not encodable as UTF-8, so not storable
TEXT_FIELDS = ("id", "text", "author", "account", "source", "origin")
OPTIONAL_TEXT_FIELDS = ("lang", "parent_id", "conversation_id", "reply_to_author")
_TEXT_VALUES = attrgetter(*TEXT_FIELDS)
_OPTIONAL_VALUES = attrgetter(*OPTIONAL_TEXT_FIELDS)

POST_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("author", pa.string()),
        pa.field("created_at", pa.timestamp("us", tz="UTC")),
        pa.field("text", pa.string(), nullable=False),
        pa.field("lang", pa.string()),  # the platform's own language tag, when it has one
        pa.field("parent_id", pa.string()),  # the post this one replies to
        pa.field("conversation_id", pa.string()),  # the root of its reply tree, when the platform says
        pa.field("reply_to_author", pa.string()),
        pa.field("is_repost", pa.bool_()),
        pa.field("is_deleted", pa.bool_()),
        pa.field("account", pa.string()),  # whose export this is (archive owner), empty for plain dumps
        pa.field("links", pa.list_(pa.struct([("url", pa.string()), ("expanded", pa.string())]))),
        pa.field("source", pa.string()),  # reader: x-archive, twitter-api, mastodon, bluesky, csv, jsonl, text
        pa.field("origin", pa.string()),  # file (and archive member) the post came from
    ]
)


@dataclass(slots=True)
class Post:
    id: str
    text: str
    author: str = ""
    created_at: datetime | None = None
    lang: str | None = None
    parent_id: str | None = None
    conversation_id: str | None = None
    reply_to_author: str | None = None
    is_repost: bool = False
    is_deleted: bool = False
    account: str = ""
    links: list[dict[str, str]] = field(default_factory=list)
    source: str = ""
    origin: str = ""


def as_text(value: Any) -> str | None:
    """A field that should be text, from a loosely typed record: strings kept, integers (ids) written out, else None."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def post_problem(post: Post) -> str | None:
    """What makes `post` unstorable in POST_SCHEMA (a field of the wrong type, text that is not Unicode), or None."""
    strings = _TEXT_VALUES(post)
    values = strings + _OPTIONAL_VALUES(post)
    try:
        if None in strings:
            raise TypeError
        joined = "".join([value for value in values if value is not None])  # one pass over every text field
    except TypeError:
        for name, value in zip(TEXT_FIELDS + OPTIONAL_TEXT_FIELDS, values, strict=True):
            if not isinstance(value, str) and not (value is None and name in OPTIONAL_TEXT_FIELDS):
                return f"field {name!r} is {type(value).__name__}, not text"
    if not joined.isascii() and SURROGATE.search(joined):
        return "a field is not valid Unicode (lone surrogate)"
    if post.created_at is not None and not isinstance(post.created_at, datetime):
        return "field 'created_at' is not a time"
    if type(post.is_repost) is not bool or type(post.is_deleted) is not bool:
        return "flags 'is_repost'/'is_deleted' are not booleans"
    for link in post.links:
        if not isinstance(link, dict) or not all(type(link.get(k)) is str for k in ("url", "expanded")):
            return "a link without text 'url' and 'expanded'"
        if any(not v.isascii() and SURROGATE.search(v) for v in (link["url"], link["expanded"])):
            return "a link that is not valid Unicode (lone surrogate)"
    return None


def _post_chars(post: Post) -> int:
    return len(post.text) + len(post.id) + len(post.author) + sum(len(link["url"]) for link in post.links)


def posts_to_batch(posts: list[Post]) -> pa.RecordBatch:
    columns = {name: list(map(attrgetter(name), posts)) for name in POST_SCHEMA.names}
    return pa.RecordBatch.from_pydict(columns, schema=POST_SCHEMA)


class PostWriter:
    """Stream posts (or ready Arrow batches) into a Parquet file that appears atomically on close."""

    def __init__(self, path: Path, schema: pa.Schema = POST_SCHEMA):
        self.path = path
        self.schema = schema
        self.rows = 0
        self._pending: list[Post] = []
        self._pending_chars = 0
        self._atomic = atomic_path(path)
        self._tmp = self._atomic.__enter__()
        self._writer = pq.ParquetWriter(self._tmp, schema, compression="zstd")

    def add(self, post: Post) -> None:
        self._pending.append(post)
        self._pending_chars += _post_chars(post)
        if len(self._pending) >= BATCH_ROWS or self._pending_chars >= BATCH_CHARS:
            self._flush()

    def add_batch(self, batch: pa.RecordBatch | pa.Table) -> None:
        self._flush()
        if batch.num_rows:
            self._writer.write(batch.cast(self.schema))  # Parquet round trips rename list items; restore the schema
            self.rows += batch.num_rows

    def _flush(self) -> None:
        if self._pending:
            self._writer.write_batch(posts_to_batch(self._pending))
            self.rows += len(self._pending)
            self._pending = []
            self._pending_chars = 0

    def close(self) -> None:
        self._flush()
        self._writer.close()
        self._atomic.__exit__(None, None, None)

    def abort(self) -> None:
        self._writer.close()
        self._atomic.__exit__(RuntimeError, RuntimeError("aborted"), None)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def open_posts(path: Path, stage: str) -> pq.ParquetFile:
    if not path.is_file():
        raise RoostError(f"{path} not found (run `roost {stage}` first)")
    return pq.ParquetFile(path)


def iter_post_batches(path: Path, stage: str, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
    """Read a posts table in record batches; `stage` names the command that writes it, for the error message."""
    yield from open_posts(path, stage).iter_batches(batch_size=BATCH_ROWS, columns=columns)


def count_posts(path: Path, stage: str) -> int:
    return open_posts(path, stage).metadata.num_rows
