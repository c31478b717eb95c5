"""Optimizers: AdamW (fused where available), or Muon for the hidden matrices with AdamW for the rest.

Muon (`torch.optim.Muon`) orthogonalises the update of 2-D weight matrices, which only makes sense for the
hidden matrices inside the blocks; the embedding, the output head and the norm gains stay on AdamW, as in
modded-nanogpt and nanochat. Weight decay applies to matrices only, never to norm gains.

`Optimizers` holds one or two optimizers behind one step / zero_grad / learning-rate interface; every group
remembers its `base_lr`, and the schedule sets `lr = base_lr * multiplier` before each step.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from roost.config import TrainConfig


class Optimizers:
    def __init__(self, optimizers: dict[str, torch.optim.Optimizer]):
        self.optimizers = optimizers
        for optimizer in optimizers.values():
            for group in optimizer.param_groups:
                group["base_lr"] = group["lr"]

    def set_lr_multiplier(self, multiplier: float) -> None:
        for optimizer in self.optimizers.values():
            for group in optimizer.param_groups:
                group["lr"] = group["base_lr"] * multiplier

    @property
    def lr(self) -> float:
        """The first group's current learning rate (AdamW's), for logging."""
        return next(iter(self.optimizers.values())).param_groups[0]["lr"]

    def step(self) -> None:
        for optimizer in self.optimizers.values():
            optimizer.step()

    def zero_grad(self) -> None:
        for optimizer in self.optimizers.values():
            optimizer.zero_grad(set_to_none=True)

    def __iter__(self):
        return iter(self.optimizers.items())


def build_optimizers(model: nn.Module, config: TrainConfig, device: torch.device, sharded: bool = False) -> Optimizers:
    """AdamW over everything, or Muon over the blocks' matrices plus AdamW over the rest.

    `sharded` (FSDP2 parameters are DTensors) turns off the fused AdamW kernel, which wants plain tensors.
    """
    named = [(name, param) for name, param in model.named_parameters() if param.requires_grad]
    use_muon = config.optimizer == "muon"
    muon_params = [p for n, p in named if use_muon and p.dim() == 2 and n.startswith("layers.")]
    muon_ids = {id(p) for p in muon_params}
    decay = [p for n, p in named if p.dim() >= 2 and id(p) not in muon_ids]
    no_decay = [p for n, p in named if p.dim() < 2]
    adamw_kwargs: dict[str, Any] = {"betas": (config.beta1, config.beta2), "eps": 1e-8}
    if sharded:
        adamw_kwargs["foreach"] = True
    else:
        adamw_kwargs["fused"] = device.type in ("cuda", "cpu")
    groups = [
        {"params": decay, "lr": config.lr, "weight_decay": config.weight_decay},
        {"params": no_decay, "lr": config.lr, "weight_decay": 0.0},
    ]
    optimizers: dict[str, torch.optim.Optimizer] = {"adamw": torch.optim.AdamW(groups, **adamw_kwargs)}
    if muon_params:
        optimizers["muon"] = torch.optim.Muon(muon_params, lr=config.muon_lr, weight_decay=config.weight_decay)
    return Optimizers(optimizers)
