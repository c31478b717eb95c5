"""What a running training job shows and records: a rich progress bar and `metrics.jsonl`.

The bar (rank 0 only) carries loss, tokens/s, MFU on CUDA and the ETA. Every logged step and every
evaluation is appended to the run's metrics file as one JSON object; a resumed run first drops the records
past the step it resumes from, so the file reads as one uninterrupted run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Self

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from roost.run import atomic_write_text

# Dense bf16 peak of an H100/H200 SXM, the reference for model FLOPs utilisation.
PEAK_FLOPS_BF16 = 989e12


class MetricsLog:
    def __init__(self, path: Path, enabled: bool = True):
        self.path = path
        self.enabled = enabled

    def truncate_after(self, step: int) -> None:
        """Keep only records up to `step` (a resumed run rewrites what came after)."""
        if not self.enabled or not self.path.exists():
            return
        kept = [line for line in self.path.read_text().splitlines() if line and json.loads(line).get("step", 0) <= step]
        atomic_write_text(self.path, "".join(line + "\n" for line in kept))

    def append(self, record: dict[str, Any]) -> None:
        if not self.enabled:
            return
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")


class TrainProgress:
    """A progress bar over steps; a no-op on ranks other than 0."""

    def __init__(self, total_steps: int, start_step: int, enabled: bool = True):
        self.enabled = enabled
        self.progress = Progress(
            TextColumn("[bold]pretrain"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[stats]}"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            disable=not enabled,
        )
        self.task = self.progress.add_task("pretrain", total=total_steps, completed=start_step, stats="")

    def __enter__(self) -> Self:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def update(self, step: int, total_steps: int, loss: float, tokens_per_s: float, mfu: float | None) -> None:
        stats = f"loss {loss:.4f}  {tokens_per_s:,.0f} tok/s"
        if mfu is not None:
            stats += f"  MFU {100 * mfu:.1f}%"
        self.progress.update(self.task, completed=step, total=total_steps, stats=stats)

    def note(self, message: str) -> None:
        if self.enabled:
            self.progress.console.print(message)
