"""Checkpoints that survive being killed mid-save.

A checkpoint is a folder `checkpoints/step-N/` holding
    model.safetensors   the weights (tied embeddings stored once, as in Hugging Face's Llama)
    model.json          the model config
    state.pt            optimizer, schedule, RNG and data position (loaded with weights_only=True)
    meta.json           step, tokens seen and anything else the trainer wants to remember
It is written under a temporary name and renamed into place; only then is the `latest` pointer file replaced
(atomically). A reader follows `latest`, so a SIGKILL at any moment leaves the previous checkpoint loadable.
The last `keep` checkpoints are kept.

A checkpoint damaged after it was written (a truncated or missing file: a full disk, a copy cut short) is found
out when it is looked up, from the safetensors header and the metadata, without reading the weights. Looked up
through `latest`, a damaged checkpoint gives way to the newest intact older one, with a warning on stderr that
names what was wrong; a step folder given directly is used as it is, or refused.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import load_file, save_file

from roost.config import ModelConfig
from roost.errors import RoostError
from roost.model import Transformer
from roost.run import atomic_write_text

LATEST = "latest"


@dataclass
class Checkpoint:
    path: Path
    step: int
    model_config: ModelConfig
    meta: dict[str, Any] = field(default_factory=dict)

    def load_weights(self) -> dict[str, torch.Tensor]:
        try:
            return load_file(self.path / "model.safetensors")
        except (SafetensorError, OSError) as exc:
            raise RoostError(f"{self.path / 'model.safetensors'}: corrupt or unreadable checkpoint: {exc}") from None

    @property
    def has_training_state(self) -> bool:
        """False for weights-only checkpoints, such as a model brought in with `roost import hf`."""
        return (self.path / "state.pt").exists()

    def load_state(self) -> dict[str, Any]:
        file = self.path / "state.pt"
        if not file.exists():
            raise RoostError(f"{file}: training state missing; this checkpoint holds weights only")
        try:
            return torch.load(file, map_location="cpu", weights_only=True)
        except Exception as exc:  # noqa: BLE001 -- torch raises several types for a truncated or foreign file
            raise RoostError(f"{file}: corrupt training state: {exc}") from None


def save_checkpoint(
    checkpoints_dir: Path,
    step: int,
    model_state: dict[str, torch.Tensor],
    model_config: ModelConfig,
    train_state: dict[str, Any] | None = None,
    meta: dict[str, Any] | None = None,
    keep: int = 2,
) -> Path:
    """Write step-N atomically, point `latest` at it, then prune all but the newest `keep`."""
    checkpoints_dir.mkdir(parents=True, exist_ok=True)
    final = checkpoints_dir / f"step-{step}"
    tmp = checkpoints_dir / f".step-{step}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    save_file(_dedupe_tied(model_state), tmp / "model.safetensors")
    (tmp / "model.json").write_text(model_config.model_dump_json(indent=2))
    if train_state is not None:
        torch.save(train_state, tmp / "state.pt")
    (tmp / "meta.json").write_text(json.dumps({"step": step, **(meta or {})}, indent=2))
    for file in tmp.iterdir():
        with open(file, "rb") as handle:
            os.fsync(handle.fileno())
    if final.exists():
        shutil.rmtree(final)
    os.replace(tmp, final)
    atomic_write_text(checkpoints_dir / LATEST, final.name + "\n")
    _prune(checkpoints_dir, keep)
    return final


def find_checkpoint(path: Path) -> Checkpoint:
    """Resolve a run folder, a checkpoints folder or a step folder to an intact checkpoint (module docstring)."""
    if (path / "checkpoints").is_dir():
        path = path / "checkpoints"
    if not (path / LATEST).is_file():
        return _read_checkpoint(path)
    latest = path / (path / LATEST).read_text().strip()
    try:
        return _read_checkpoint(latest)
    except RoostError as damaged:
        for older in _steps_newest_first(path):
            if older == latest:
                continue
            try:
                checkpoint = _read_checkpoint(older)
            except RoostError:
                continue
            print(f"roost: warning: the latest checkpoint cannot be loaded ({damaged}); using {older} instead",
                  file=sys.stderr, flush=True)
            return checkpoint
        raise


def _read_checkpoint(path: Path) -> Checkpoint:
    weights = path / "model.safetensors"
    if not weights.is_file():
        raise RoostError(f"no checkpoint found at {path} (train one with `roost pretrain` first)")
    try:
        model_config = ModelConfig.model_validate_json((path / "model.json").read_text())
        meta = json.loads((path / "meta.json").read_text()) if (path / "meta.json").exists() else {}
    except (OSError, ValueError) as exc:
        raise RoostError(f"{path}: corrupt checkpoint metadata: {exc}") from None
    try:
        with safe_open(weights, framework="pt"):
            pass  # the header is read and checked against the file's size: a truncated file fails here
    except (SafetensorError, OSError) as exc:
        raise RoostError(f"{weights}: corrupt or unreadable checkpoint: {exc}") from None
    return Checkpoint(path=path, step=int(meta.get("step", 0)), model_config=model_config, meta=meta)


def load_model(path: Path, device: str | torch.device = "cpu") -> tuple[Transformer, Checkpoint]:
    """Build the model a checkpoint describes and load its weights."""
    checkpoint = find_checkpoint(path)
    model = Transformer(checkpoint.model_config)
    weights = checkpoint.load_weights()
    if checkpoint.model_config.tie_embeddings:
        weights.setdefault("lm_head.weight", weights["embed_tokens.weight"])
    missing, unexpected = model.load_state_dict(weights, strict=False)
    if missing or unexpected:
        raise RoostError(f"{checkpoint.path}: weights do not match model.json (missing {missing}, unexpected {unexpected})")
    return model.to(device), checkpoint


def _dedupe_tied(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """safetensors refuses shared storage; a tied lm_head is stored once, as embed_tokens."""
    state = {k: v.detach().contiguous() for k, v in state.items()}
    head, embed = state.get("lm_head.weight"), state.get("embed_tokens.weight")
    if head is not None and embed is not None and head.data_ptr() == embed.data_ptr():
        del state["lm_head.weight"]
    return state


def _steps_newest_first(checkpoints_dir: Path) -> list[Path]:
    steps = sorted(
        (int(p.name.split("-", 1)[1]), p) for p in checkpoints_dir.glob("step-*") if p.name.split("-", 1)[1].isdigit()
    )
    return [path for _, path in reversed(steps)]


def _prune(checkpoints_dir: Path, keep: int) -> None:
    for path in _steps_newest_first(checkpoints_dir)[keep:]:
        shutil.rmtree(path, ignore_errors=True)
