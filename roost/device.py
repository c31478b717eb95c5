"""Which device a command computes on: one rule for training, tuning, evaluation, the speedrun's samples and serving.

Settings are "auto" (the GPU when there is one, else the CPU), "cpu" or "cuda"; asking for CUDA on a machine
without it is a one-line error naming the setting, never a silent fall back to the CPU.
"""

from __future__ import annotations

import torch

from roost.errors import RoostError


def pick_device(setting: str = "auto", key: str = "train.device", index: int | None = None) -> torch.device:
    """The device for `setting` (the config key `key` names it in errors); `index` picks a GPU (torchrun's rank)."""
    if setting not in ("auto", "cpu", "cuda"):
        raise RoostError(f"{key} = {setting!r}: expected 'auto', 'cpu' or 'cuda'")
    if setting == "cuda" and not torch.cuda.is_available():
        raise RoostError(f"{key} = 'cuda' but no CUDA device is available")
    if setting == "cpu" or not torch.cuda.is_available():
        return torch.device("cpu")
    return torch.device("cuda", index if index is not None else torch.cuda.current_device())
