"""The run folder: where every stage reads its inputs and writes its outputs.

    runs/NAME/
      roost.toml                 resolved config
      data/posts.parquet         canonical posts          data/clean.parquet, data/clean-stats.json
      data/conversations.jsonl   chat-tuning conversations
      tokenizer/tokenizer.json   BPE tokenizer with the chat template
      tokens/                    train/val shards + index
      checkpoints/step-N/        model.safetensors + training state; `latest` names the newest
      base/                      an imported open model the run adapts (`speedrun --base`), kept as it came
      sft/, lora/, dpo/          tuned checkpoints (lora/: adapters only), each with its metrics.jsonl;
                                 chat-model names the one that chats
      stages.json, eval.json     what `roost speedrun` ran, and the eval stage's results (roost/records.py)
      eval/held-out-posts.txt    the clean posts of the val split, as the eval stage scored them
      metrics.jsonl, report.md, plots/, export/, serve.db

`Run` names these paths in one place and owns the resolved config; it has no logic of any stage.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from roost.config import RunConfig, load_config, validate_config
from roost.errors import RoostError

DEFAULT_RUNS_DIR = Path("runs")
METRICS = "metrics.jsonl"  # one JSON object per logged step, in the run folder and in each tuning folder


@dataclass(frozen=True)
class Run:
    root: Path

    @property
    def name(self) -> str:
        return self.root.name

    @property
    def config_path(self) -> Path:
        return self.root / "roost.toml"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def posts(self) -> Path:
        return self.data_dir / "posts.parquet"

    @property
    def clean(self) -> Path:
        return self.data_dir / "clean.parquet"

    @property
    def clean_stats(self) -> Path:
        return self.data_dir / "clean-stats.json"

    @property
    def conversations(self) -> Path:
        return self.data_dir / "conversations.jsonl"

    @property
    def tokenizer_dir(self) -> Path:
        return self.root / "tokenizer"

    @property
    def tokenizer_file(self) -> Path:
        return self.tokenizer_dir / "tokenizer.json"

    @property
    def tokens_dir(self) -> Path:
        return self.root / "tokens"

    @property
    def checkpoints_dir(self) -> Path:
        return self.root / "checkpoints"

    @property
    def base_dir(self) -> Path:
        return self.root / "base"

    @property
    def sft_dir(self) -> Path:
        return self.root / "sft"

    @property
    def lora_dir(self) -> Path:
        return self.root / "lora"

    @property
    def dpo_dir(self) -> Path:
        return self.root / "dpo"

    def tuned_dir(self, lora: bool) -> Path:
        """Where chat tuning writes: lora/ for adapters, sft/ for full tuning."""
        return self.lora_dir if lora else self.sft_dir

    @property
    def sft_metrics(self) -> Path:
        return self.sft_dir / METRICS

    @property
    def lora_metrics(self) -> Path:
        return self.lora_dir / METRICS

    @property
    def dpo_metrics(self) -> Path:
        return self.dpo_dir / METRICS

    @property
    def chat_pointer(self) -> Path:
        """One line naming the folder under the run that holds its chat model ("sft", "lora" or "dpo")."""
        return self.root / "chat-model"

    @property
    def metrics(self) -> Path:
        return self.root / METRICS

    @property
    def stages_file(self) -> Path:
        return self.root / "stages.json"

    @property
    def eval_file(self) -> Path:
        return self.root / "eval.json"

    @property
    def eval_dir(self) -> Path:
        return self.root / "eval"

    @property
    def held_out_posts(self) -> Path:
        return self.eval_dir / "held-out-posts.txt"

    @property
    def report(self) -> Path:
        return self.root / "report.md"

    @property
    def plots_dir(self) -> Path:
        return self.root / "plots"

    @property
    def export_dir(self) -> Path:
        return self.root / "export"

    @property
    def serve_db(self) -> Path:
        return self.root / "serve.db"

    def load_config(self) -> RunConfig:
        """The run's resolved config; a run that has none yet gets the tiny preset's."""
        if not self.config_path.exists():
            return load_config("tiny")
        import tomllib

        try:
            tree = tomllib.loads(self.config_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise RoostError(f"{self.config_path}: not valid TOML: {exc}") from None
        return validate_config(tree, source=str(self.config_path))

    def save_config(self, config: RunConfig) -> None:
        atomic_write_text(self.config_path, config.to_toml())


def open_run(name_or_path: str | Path, runs_dir: Path = DEFAULT_RUNS_DIR, must_exist: bool = False) -> Run:
    """Resolve a run by name (under runs_dir) or by path; create its folder unless must_exist."""
    path = Path(name_or_path)
    root = path if (path.is_absolute() or len(path.parts) > 1) else runs_dir / path
    if must_exist and not root.is_dir():
        raise RoostError(f"run not found: {root}")
    root.mkdir(parents=True, exist_ok=True)
    return Run(root)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it is fsynced and renamed over `target`.

    Readers see either the old file or the complete new one, never a half-written one, even if the process
    is killed mid-write.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, 0o644)  # mkstemp's 0600 would make every stage output private to its writer
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
