"""`roost speedrun`: posts to a served chat model in one command, skipping every stage that is already done.

    ingest -> clean -> threads -> tokenizer -> pack -> pretrain -> sft -> eval -> report -> serve

Each stage calls the stage's own entry point (imported lazily, so a missing extra costs only that stage). A
stage's fingerprint hashes its config sections, its inputs (the source files' paths, sizes and mtimes for
ingest) and the fingerprints of the stages it reads from; `runs/NAME/stages.json` records it, with the time
and result, only after the stage completed (roost/records.py reads and writes that file). On the next speedrun
a stage with the same fingerprint and its outputs in place is skipped, so an interrupted speedrun continues where
it stopped: the stages write their files atomically, and a pretraining or tuning run that was cut short resumes
from its last checkpoint.
"""

from __future__ import annotations

import glob
import hashlib
import json
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from roost.checkpoint import LATEST
from roost.config import RunConfig
from roost.errors import RoostError
from roost.records import StageEntry, StageLog, dump, read_stage_log, write_stage_log
from roost.run import Run

console = Console(highlight=False)


@dataclass(frozen=True)
class Stage:
    name: str
    doing: str  # printed while it runs
    sections: tuple[str, ...]  # config sections that shape its outputs
    upstream: tuple[str, ...]  # stages whose outputs it reads
    outputs: Callable[[Run, RunConfig], list[Path]]  # all present <=> the stage's work is on disk
    execute: Callable[[Run, RunConfig, Context], Any]  # returns its producer's result dataclass (or NotRun, a Path)
    resumable: bool = False  # a cut-short run continues from its checkpoint when the fingerprint is unchanged
    always: bool = False  # cheap and reads everything: rerun every time
    # (metrics file, total steps) for a progress bar, for a long stage that draws none itself (pretrain draws its own)
    progress: Callable[[Run, RunConfig], tuple[Path, int]] | None = None
    rate: Callable[[Any, float], str] | None = None  # (result, seconds) -> its throughput, e.g. "1,234 tokens/s"


@dataclass
class Context:
    sources: list[str]
    resume: bool = False


@dataclass
class NotRun:
    """A stage with nothing to work on: recorded with its reason, redone (cheaply) on the next speedrun."""

    reason: str


@dataclass
class SpeedrunResult:
    ran: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    report: Path | None = None
    api_key: str | None = None
    url: str | None = None


# -- the stages ------------------------------------------------------------------------------------------------


def _ingest(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.data.ingest import ingest

    return ingest(run, config, ctx.sources)


def _clean(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.data.clean import clean

    return clean(run, config)


def _threads(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.data.threads import build_threads

    return build_threads(run, config)


def _tokenizer(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.data.tokenize import build_tokenizer

    return build_tokenizer(run, config)


def _pack(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.data.pack import pack

    return pack(run, config)


def _pretrain(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.train.pretrain import pretrain

    return pretrain(run, config, resume=ctx.resume)


def _sft(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.evaluation import has_lines
    from roost.tune.sft import sft

    data = Path(config.sft.data) if config.sft.data else run.conversations
    if not config.sft.data and not has_lines(data):
        # One account's archive rarely holds the posts it replied to: no threads, so serve the pretrained model.
        return NotRun("no conversations to tune on (no reply thread had its parents); serving the pretrained model")
    return sft(run, config, resume=ctx.resume)


def _eval(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.evaluation import evaluate_run

    return evaluate_run(run, config)


def _report(run: Run, config: RunConfig, ctx: Context) -> Any:
    from roost.report import write_report

    return write_report(run, STAGE_NAMES)


def _sft_outputs(run: Run, config: RunConfig) -> list[Path]:
    return [run.tuned_dir(config.sft.lora) / LATEST]


def per_second(count: float, seconds: float, unit: str) -> str:
    return f"{count / seconds:,.0f} {unit}/s" if count > 0 and seconds > 0 else ""


STAGES = [
    Stage(
        "ingest",
        "reading posts",
        ("ingest",),
        (),
        lambda r, c: [r.posts],
        _ingest,
        rate=lambda result, seconds: per_second(result.read, seconds, "posts"),
    ),
    Stage(
        "clean",
        "cleaning posts",
        ("clean",),
        ("ingest",),
        lambda r, c: [r.clean, r.clean_stats],
        _clean,
        rate=lambda result, seconds: per_second(result.read, seconds, "posts"),
    ),
    Stage(
        "threads",
        "rebuilding reply threads",
        ("threads",),
        ("ingest", "clean"),
        lambda r, c: [r.conversations],
        _threads,
    ),
    Stage(
        "tokenizer",
        "training the BPE tokenizer",
        ("tokenizer",),
        ("clean",),
        lambda r, c: [r.tokenizer_file],
        _tokenizer,
        rate=lambda result, seconds: per_second(result.tokens, seconds, "tokens"),
    ),
    Stage(
        "pack",
        "packing token shards",
        ("pack",),
        ("clean", "tokenizer"),
        lambda r, c: [r.tokens_dir / "index.json"],
        _pack,
        rate=lambda result, seconds: per_second(result.tokens_per_second, 1.0, "tokens"),
    ),
    Stage(
        "pretrain",
        "pretraining",
        ("model", "train"),
        ("pack",),
        lambda r, c: [r.checkpoints_dir / LATEST],
        _pretrain,
        resumable=True,
        rate=lambda result, seconds: per_second(result.tokens_per_s, 1.0, "tokens"),
    ),
    Stage(
        "sft",
        "chat tuning on the threads",
        ("sft",),
        ("pretrain", "threads"),
        _sft_outputs,
        _sft,
        resumable=True,
        progress=lambda r, c: (r.lora_metrics if c.sft.lora else r.sft_metrics, c.sft.max_steps),
        rate=lambda result, seconds: per_second(result.trained_tokens, seconds, "tokens"),
    ),
    Stage("eval", "evaluating", (), ("pack", "sft"), lambda r, c: [r.eval_file], _eval),
    Stage("report", "writing the report card", (), ("eval",), lambda r, c: [r.report], _report, always=True),
]

STAGE_NAMES = [stage.name for stage in STAGES]

# What a fresh (not resumed) run of a resumable stage clears first: its checkpoints and appended metrics would
# otherwise mix with the new run's.
FRESH_START_CLEARS: dict[str, Callable[[Run], list[Path]]] = {
    "pretrain": lambda r: [r.checkpoints_dir, r.metrics],
    "sft": lambda r: [r.sft_dir, r.lora_dir, r.chat_pointer],
}


# -- the speedrun ----------------------------------------------------------------------------------------------


def speedrun(run: Run, config: RunConfig, sources: list[str], serve: bool = True) -> SpeedrunResult:
    """Run every stage that is not already done for these inputs and config; then serve unless told not to."""
    if not sources:
        from roost.demo import demo_sources

        sources = demo_sources()  # the collective's archive first: threads take its account as the assistant
        console.print(
            f"[bold]roost speedrun[/bold]: no source given, using the bundled demo corpus ({len(sources)} X archives)"
        )
    sources = [str(Path(s).resolve()) for s in sources]
    started = time.perf_counter()
    result = run_stages(run, config, sources, STAGES)
    result.report = run.report
    console.print(f"speedrun: all stages done in {time.perf_counter() - started:.1f} s; report: {run.report}")
    if serve:
        serve_run(run, config, result)
    return result


def run_stages(run: Run, config: RunConfig, sources: list[str], stages: list[Stage]) -> SpeedrunResult:
    """Run the stages in order, skipping those whose fingerprint and outputs say they are done."""
    result = SpeedrunResult()
    log = read_stage_log(run)
    for index, stage in enumerate(stages, 1):
        fingerprint = stage_fingerprint(stage, config, sources, log)
        label = f"[{index}/{len(stages)}] {stage.name}"
        if (
            not stage.always
            and log.fingerprint(stage.name) == fingerprint
            and all(p.exists() for p in stage.outputs(run, config))
        ):
            console.print(f"{label}: [dim]up to date, skipped[/dim]")
            result.skipped.append(stage.name)
            continue
        resume = stage.resumable and log.pending.get(stage.name) == fingerprint
        resume = resume and all(p.exists() for p in stage.outputs(run, config))
        if stage.resumable and not resume:
            for path in FRESH_START_CLEARS[stage.name](run):
                remove(path)
        log.pending[stage.name] = fingerprint
        write_stage_log(run, log)
        console.rule(f"{label}: {stage.doing}" + (" (resuming)" if resume else ""), align="left")
        began = time.perf_counter()
        try:
            with watch_progress(stage, run, config):
                outcome = stage.execute(run, config, Context(sources=sources, resume=resume))
        except KeyboardInterrupt:
            console.print(f"\n{label}: interrupted; run the same command again to continue from here")
            raise
        seconds = time.perf_counter() - began
        entry = stage_entry(stage, fingerprint, seconds, outcome)
        log.stages[stage.name] = entry
        log.pending.pop(stage.name, None)
        write_stage_log(run, log)
        result.ran.append(stage.name)
        result.seconds[stage.name] = seconds
        if isinstance(outcome, NotRun):
            console.print(f"{label}: not run: {outcome.reason}")
        else:
            console.print(f"{label}: done in {seconds:.1f} s" + (f" ({entry.throughput})" if entry.throughput else ""))
    return result


def serve_run(run: Run, config: RunConfig, result: SpeedrunResult) -> None:
    """Create an API key, print the chat page's URL and the key, and serve until stopped."""
    from roost.serve.app import serve
    from roost.serve.keys import create_key

    result.url = f"http://{config.serve.host}:{config.serve.port}/"
    if config.serve.auth:
        name = "speedrun-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        result.api_key = create_key(run.serve_db, name)
    console.rule("serving", align="left")
    console.print(f"chat page: [bold]{result.url}[/bold]", soft_wrap=True)  # soft_wrap: never break a URL or key
    console.print(f"API base URL: {result.url}v1", soft_wrap=True)
    if result.api_key:
        console.print(f"API key (shown once): [bold]{result.api_key}[/bold]", soft_wrap=True)
    console.print("stop with Ctrl-C")
    serve(run, config)


@contextmanager
def watch_progress(stage: Stage, run: Run, config: RunConfig) -> Iterator[None]:
    """A progress bar with ETA for a training stage, fed by the steps it appends to its metrics file."""
    if stage.progress is None:
        yield
        return
    metrics, total = stage.progress(run, config)
    stop = threading.Event()
    columns = [
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(f"{stage.name} steps", total=total)

        def poll() -> None:
            offset = 0
            while not stop.wait(0.5):
                offset, step = last_step(metrics, offset)
                if step is not None:
                    bar.update(task, completed=min(step, total))

        watcher = threading.Thread(target=poll, daemon=True)
        watcher.start()
        try:
            yield
            _, step = last_step(metrics, 0)
            bar.update(task, completed=min(step or total, total))
        finally:
            stop.set()
            watcher.join()


def last_step(metrics: Path, offset: int) -> tuple[int, int | None]:
    """The highest step in the complete lines appended to a metrics file since `offset`."""
    if not metrics.exists():
        return 0, None
    with open(metrics, "rb") as handle:
        handle.seek(offset)
        chunk = handle.read()
    complete = chunk[: chunk.rfind(b"\n") + 1]
    step = None
    for line in complete.splitlines():
        try:
            value = json.loads(line).get("step")
        except (json.JSONDecodeError, AttributeError):
            continue
        if isinstance(value, int):
            step = value if step is None else max(step, value)
    return offset + len(complete), step


# -- fingerprints and the stage record -------------------------------------------------------------------------


def stage_fingerprint(stage: Stage, config: RunConfig, sources: list[str], log: StageLog) -> str:
    sections = {name: getattr(config, name).model_dump(mode="json") for name in stage.sections}
    # The model's vocabulary is the tokenizer's, which pretraining writes back into the run's config; the
    # upstream fingerprints already cover the tokenizer, and hashing it would make a finished pretrain look stale.
    sections.get("model", {}).pop("vocab_size", None)
    payload = {
        "stage": stage.name,
        "config": sections,
        "upstream": {name: log.fingerprint(name) for name in stage.upstream},
        "inputs": files_signature(sources) if stage.name == "ingest" else [],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


def files_signature(sources: list[str]) -> list[list[Any]]:
    """(path, size, mtime) of every file under the sources: cheap to take, changes whenever a file does."""
    signature = []
    for source in sources:
        roots = (
            [Path(source)] if Path(source).exists() else [Path(p) for p in sorted(glob.glob(source, recursive=True))]
        )
        if not roots:
            raise RoostError(f"source not found: {source}")
        for root in roots:
            files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
            for path in files:
                stat = path.stat()
                signature.append([str(path), stat.st_size, stat.st_mtime_ns])
    return signature


def stage_entry(stage: Stage, fingerprint: str, seconds: float, outcome: Any) -> StageEntry:
    """The record of a finished stage: its result as the producer's dataclass dumps it."""
    not_run = isinstance(outcome, NotRun)
    if outcome is None or isinstance(outcome, Path):
        result = {"path": str(outcome)} if outcome is not None else {}
    else:
        result = dump(outcome)
    return StageEntry(
        fingerprint=fingerprint,
        status=f"not run: {outcome.reason}" if not_run else "done",
        finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
        seconds=round(seconds, 3),
        throughput=stage.rate(outcome, seconds) if stage.rate and not not_run else "",
        result=result,
    )


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
