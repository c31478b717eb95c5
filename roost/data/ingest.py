"""`roost ingest`: read every source with its reader and write the canonical posts to `data/posts.parquet`.

Posts stream from the readers into the Parquet writer in batches. Every record read is either kept or counted
under a reason (malformed, not valid UTF-8, too large, not public, a duplicate id seen earlier), so
`read = kept + skipped`. Memory is bounded on any input: records, lines and decompressed streams have caps
(`ingest.max_record_size`, `max_decompressed_bytes`, `max_compression_ratio`), and each post is checked against
the schema before it is buffered. After writing, one pass over the id and parent columns counts the replies whose
parent is in the set.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from roost.config import IngestConfig, RunConfig
from roost.data.posts import Post, PostWriter, iter_post_batches, post_problem
from roost.data.problems import Problems
from roost.data.read_bluesky import read_bluesky
from roost.data.read_mastodon import read_mastodon
from roost.data.read_tabular import read_csv, read_jsonl, read_text
from roost.data.read_twitter import read_twitter_api
from roost.data.read_x import read_x_archive
from roost.data.sources import Source, discover
from roost.errors import RoostError
from roost.run import Run

Reader = Callable[[Source, IngestConfig, Problems], Iterator[Post]]

READERS: dict[str, Reader] = {
    "x-archive": read_x_archive,
    "twitter-api": read_twitter_api,
    "mastodon": read_mastodon,
    "bluesky": read_bluesky,
    "csv": read_csv,
    "jsonl": read_jsonl,
    "text": read_text,
}


@dataclass
class IngestStats:
    read: int = 0
    kept: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)  # kept posts per reader
    reposts: int = 0
    replies: int = 0  # posts with a parent id
    replies_linked: int = 0  # ... whose parent is itself among the posts
    problems: list[str] = field(default_factory=list)  # the first few skipped records, with file and position
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def ingest(run: Run, config: RunConfig, sources: list[str]) -> IngestStats:
    started = time.perf_counter()
    problems = Problems(config.ingest.on_error)
    stats = IngestStats()
    by_source: Counter[str] = Counter()
    seen_ids: set[str] = set()
    duplicates = 0
    try:
        with PostWriter(run.posts) as writer:
            for source in discover(sources):
                for post in READERS[source.kind](source, config.ingest, problems):
                    if (problem := post_problem(post)) is not None:
                        problems.report(f"{post.origin}: post {str(post.id)[:80]!r}", problem, "malformed record")
                        continue
                    if post.id in seen_ids:
                        duplicates += 1  # the same post in two pages or files: keep the first
                        continue
                    seen_ids.add(post.id)
                    writer.add(post)
                    by_source[source.kind] += 1
                    stats.reposts += post.is_repost
                    stats.replies += post.parent_id is not None
    except pa.ArrowException as exc:  # post_problem should have caught it; still one line, never a traceback
        raise RoostError(f"{run.posts}: could not write the posts: {str(exc).splitlines()[0]}") from None
    if duplicates:
        problems.counts["duplicate id"] += duplicates
    stats.kept = writer.rows
    stats.skipped = dict(sorted(problems.counts.items()))
    stats.read = stats.kept + sum(stats.skipped.values())
    stats.by_source = dict(by_source)
    stats.problems = problems.examples
    stats.replies_linked = count_linked_replies(run, seen_ids)
    stats.seconds = round(time.perf_counter() - started, 3)
    return stats


def count_linked_replies(run: Run, ids: set[str]) -> int:
    linked = 0
    for batch in iter_post_batches(run.posts, "ingest", columns=["parent_id"]):
        parents = batch.column(0).filter(pc.is_valid(batch.column(0)))
        linked += sum(1 for parent in parents.to_pylist() if parent in ids)
    return linked
