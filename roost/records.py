"""The run's records of stage results: `stages.json` and `eval.json`, read and written here only.

    stages.json   one entry per stage `roost speedrun` finished (fingerprint, status, time, throughput, result),
                  and the fingerprints of stages started but not finished ("pending")
    eval.json     the eval stage's results (roost/evaluation.py)

A result is stored as its producer's own dataclass dumps it (pydantic's TypeAdapter: paths as text, nested
dataclasses as objects) and read back into that same class, so a reader gets typed fields, and a field the file
lacks or holds in the wrong type is a one-line error naming the file and the field, never a guessed key.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from roost.errors import RoostError
from roost.run import Run, atomic_write_text

T = TypeVar("T")


@dataclass
class StageEntry:
    """One finished stage in stages.json."""

    fingerprint: str
    status: str  # "done", or "not run: REASON" for a stage that had nothing to work on
    finished_at: str
    seconds: float
    throughput: str  # e.g. "12,345 tokens/s"; "" where a rate says nothing
    result: dict[str, Any]  # the producer's dataclass as dumped; `StageLog.result` reads it back typed

    @property
    def not_run(self) -> str | None:
        """Why the stage did not run, or None when it did."""
        prefix = "not run: "
        return self.status[len(prefix) :] if self.status.startswith(prefix) else None


@dataclass
class StageLog:
    """stages.json: the finished stages by name, and the fingerprints of those started but not finished."""

    path: Path
    stages: dict[str, StageEntry] = field(default_factory=dict)
    pending: dict[str, str] = field(default_factory=dict)

    def fingerprint(self, name: str) -> str | None:
        entry = self.stages.get(name)
        return entry.fingerprint if entry else None

    def result(self, name: str, kind: type[T]) -> T | None:
        """The stage's result as its producer's dataclass; None if the stage has not finished or did not run."""
        entry = self.stages.get(name)
        if entry is None or entry.not_run is not None:
            return None
        return load(kind, entry.result, self.path, f"{name}.result")


def dump(result: Any) -> dict[str, Any]:
    """A producer's dataclass as JSON-ready values (paths and other objects as text)."""
    return TypeAdapter(type(result)).dump_python(result, mode="json")


def load(kind: type[T], data: Any, path: Path, where: str) -> T:
    """`data` read back into `kind`, or a one-line error naming the file and the field that does not fit."""
    try:
        return TypeAdapter(kind).validate_python(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = ".".join([where, *(str(part) for part in error["loc"])])
        if error["type"] == "missing":
            raise RoostError(f"{path}: field {name!r} is missing (written by another version of roost?)") from None
        raise RoostError(f"{path}: field {name!r}: {error['msg']}") from None


def read_stage_log(run: Run) -> StageLog:
    path = run.stages_file
    if not path.exists():
        return StageLog(path)
    tree = _read_json(path, "delete it to rerun every stage")
    if not isinstance(tree, dict):
        raise RoostError(f"{path}: expected a JSON object of stages; delete it to rerun every stage")
    pending = tree.pop("pending", {})
    stages = {name: load(StageEntry, entry, path, name) for name, entry in tree.items()}
    return StageLog(path, stages, load(dict[str, str], pending, path, "pending"))


def write_stage_log(run: Run, log: StageLog) -> None:
    tree: dict[str, Any] = {name: asdict(entry) for name, entry in log.stages.items()}
    tree["pending"] = log.pending
    atomic_write_text(run.stages_file, json.dumps(tree, indent=2) + "\n")


def read_eval(run: Run, kind: type[T]) -> T | None:
    """eval.json as the eval stage's result class; None when the stage has not run."""
    if not run.eval_file.exists():
        return None
    return load(kind, _read_json(run.eval_file, "rerun the eval stage"), run.eval_file, "eval")


def write_eval(run: Run, result: Any) -> None:
    atomic_write_text(run.eval_file, json.dumps(dump(result), indent=2) + "\n")


def _read_json(path: Path, remedy: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RoostError(f"{path}: not valid JSON ({exc}); {remedy}") from None
