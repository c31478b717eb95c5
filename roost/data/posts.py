"""The canonical Post: one schema for every source, stored as `data/posts.parquet` and `data/clean.parquet`.

Readers yield `Post` objects; `PostWriter` buffers them into Arrow record batches and streams them into a Parquet
file written atomically, so memory holds one batch, never the corpus. `iter_post_batches` reads a table back in
batches for the next stage.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import Self

import pyarrow as pa
import pyarrow.parquet as pq

from roost.errors import RoostError
from roost.run import atomic_path

BATCH_ROWS = 8192

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
        self._atomic = atomic_path(path)
        self._tmp = self._atomic.__enter__()
        self._writer = pq.ParquetWriter(self._tmp, schema, compression="zstd")

    def add(self, post: Post) -> None:
        self._pending.append(post)
        if len(self._pending) >= BATCH_ROWS:
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
