"""Learning-rate schedules, as a multiplier of each parameter group's base rate.

A schedule is a pure function of the step and the planned number of steps, so resuming needs no schedule
state beyond the step and `max_steps` (both saved with every checkpoint).

    cosine: linear warmup, then half a cosine from 1 down to `min_lr_ratio` at the last step.
    wsd:    linear warmup, a stable plateau at 1, then a linear decay to `min_lr_ratio` over the last
            `decay_fraction` of the steps (warmup-stable-decay, as in MiniCPM and nanochat).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from roost.config import TrainConfig


@dataclass(frozen=True)
class Schedule:
    kind: str
    max_steps: int
    warmup_steps: int
    min_lr_ratio: float
    decay_fraction: float

    @classmethod
    def from_config(cls, config: TrainConfig, max_steps: int) -> Schedule:
        return cls(config.schedule, max_steps, config.warmup_steps, config.min_lr_ratio, config.decay_fraction)

    def multiplier(self, step: int) -> float:
        """Multiplier of the base learning rate for the update made at `step` (0-based)."""
        warmup = min(self.warmup_steps, self.max_steps // 2)  # a short run still gets to decay
        if step < warmup:
            return (step + 1) / warmup
        if self.kind == "cosine":
            span = max(self.max_steps - 1 - warmup, 1)
            progress = min((step - warmup) / span, 1.0)
            return self.min_lr_ratio + (1 - self.min_lr_ratio) * 0.5 * (1 + math.cos(math.pi * progress))
        decay_steps = max(round(self.decay_fraction * self.max_steps), 1)
        decay_start = max(self.max_steps - decay_steps, warmup)
        if step < decay_start:
            return 1.0
        progress = min((step - decay_start + 1) / max(self.max_steps - decay_start, 1), 1.0)
        return 1.0 - (1 - self.min_lr_ratio) * progress
