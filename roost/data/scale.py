"""The data stages on datatrove's executors: the same readers and cleaning, run as tasks on many machines.

`roost ingest` + `roost clean` run in one process. For corpora that need more, `clean_pipeline` builds a
datatrove pipeline from roost's own steps (`PostReader` -> `PostCleanFilter` -> `PostShardWriter`) that any
datatrove executor runs: `LocalPipelineExecutor` on one machine, `SlurmPipelineExecutor` on a cluster,
`RayPipelineExecutor` on Ray. Task `rank` of `world_size` reads every `world_size`-th source, so sources are the
unit of parallelism; each task writes `clean-RANK.parquet` in the canonical Post schema. Exact and near
duplicates are removed within a task; for corpus-wide near-dedup, put datatrove's multi-stage MinHash
deduplication between the reader and the writer.
"""

from __future__ import annotations

from pathlib import Path

from roost.errors import RoostError

try:  # the scale extra
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.base import PipelineStep
except ImportError as exc:
    raise RoostError("roost.data.scale needs datatrove: pip install 'roost[scale]'") from exc

from roost.config import RunConfig
from roost.data.clean import CleanStats, PostCleaner
from roost.data.ingest import READERS
from roost.data.posts import POST_SCHEMA, Post, PostWriter
from roost.data.problems import Problems
from roost.data.sources import discover


class PostReader(PipelineStep):
    """Reads this task's share of the sources with roost's readers; each Post rides in a Document."""

    name = "roost posts"
    type = "📖 - READER"

    def __init__(self, sources: list[str], config: RunConfig):
        super().__init__()
        self.sources = sources
        self.config = config

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        problems = Problems(self.config.ingest.on_error)
        for number, source in enumerate(discover(self.sources)):
            if number % world_size != rank:
                continue
            for post in READERS[source.kind](source, self.config.ingest, problems):
                self.stat_update("read")
                yield Document(text=post.text, id=post.id, metadata={"post": post})
        for reason, count in problems.counts.items():
            self.stat_update("read", value=count)
            self.stat_update(f"skipped: {reason}", value=count)


class PostCleanFilter(PipelineStep):
    """roost clean's transforms and filters, with exact and near duplicates found within the task."""

    name = "roost clean"
    type = "🔻 - FILTER"

    def __init__(self, config: RunConfig):
        super().__init__()
        self.config = config

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        stats = CleanStats()
        cleaner = PostCleaner(self.config.clean, stats)
        for document in data:
            post: Post = document.metadata["post"]
            text = post.text if post.is_repost else cleaner.text(post.text, post.links, post.parent_id is not None)
            post.lang = cleaner.language(text, post.lang)
            reason = cleaner.drop_reason(text, post.is_repost, post.lang)
            if reason is None and self.config.clean.dedup_near and cleaner.near.add_batch([text])[0]:
                reason = "near duplicate"
            if reason is not None:
                self.stat_update(f"dropped: {reason}")
                continue
            post.text = document.text = text
            self.stat_update("kept")
            yield document


class PostShardWriter(PipelineStep):
    """Writes the task's posts to `clean-RANK.parquet` (canonical Post schema)."""

    name = "roost parquet"
    type = "💽 - WRITER"

    def __init__(self, output_dir: str):
        super().__init__()
        self.output_dir = output_dir

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        path = Path(self.output_dir) / f"clean-{rank:05d}.parquet"
        with PostWriter(path, POST_SCHEMA) as writer:
            for document in data:
                writer.add(document.metadata["post"])
                yield document


def clean_pipeline(sources: list[str], config: RunConfig, output_dir: Path) -> list[PipelineStep]:
    return [PostReader(sources, config), PostCleanFilter(config), PostShardWriter(str(output_dir))]


def run_local(
    sources: list[str],
    config: RunConfig,
    output_dir: Path,
    tasks: int,
    workers: int,
    logging_dir: Path,
    start_method: str = "forkserver",
):
    """Run the clean pipeline with datatrove's local executor; returns its merged PipelineStats."""
    executor = LocalPipelineExecutor(
        pipeline=clean_pipeline(sources, config, output_dir),
        tasks=tasks,
        workers=workers,
        logging_dir=str(logging_dir),
        skip_completed=False,
        start_method=start_method,
    )
    return executor.run()
