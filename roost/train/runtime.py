"""What pretraining, chat tuning and DPO share: precision, the loss, RNG and optimizer state for exact resume.

The three loops (pretrain.py, tune/sft.py, tune/dpo.py) stay readable on their own; this module holds the rules
they must agree on, so that a change of rule is made once:

device      `roost.device.pick_device` (the same rule serving and evaluation use)
precision   bf16 autocast on a CUDA device unless `train.precision = "fp32"`; the CPU always computes in fp32, and
            `train.precision = "bf16"` there is an error: CPU autocast is slower than fp32 on CPUs without bf16
            matrix units, and the CPU runs (tests, small machines) compare losses exactly across resumes
RNG         torch's, Python's and (on CUDA) the device's generator, saved in every checkpoint and restored on resume
optimizers  full state keyed by parameter name (torch.distributed.checkpoint), so a checkpoint loads into any
            number of processes, sharded or not; this run's own kernel choice and base rates are kept on load
budget      `roost.train.budget.BudgetPlanner` sizes every loop's steps from a wall-clock budget
"""

from __future__ import annotations

import random
from contextlib import nullcontext
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from roost.errors import RoostError
from roost.train import distributed as D
from roost.train.optim import Optimizers

RUN_OWN_GROUP_SETTINGS = ("fused", "foreach", "base_lr")  # belong to this run, not to the saved one


def use_bf16(device: torch.device, precision: str) -> bool:
    """The precision rule (see the module's docstring): bf16 autocast on CUDA unless fp32 is asked for."""
    if precision == "bf16" and device.type != "cuda":
        raise RoostError("train.precision = 'bf16' needs a CUDA device; CPU training runs in fp32")
    return device.type == "cuda" and precision in ("auto", "bf16")


def autocast(device: torch.device, precision: str):
    """The context every forward pass of a training or evaluation loop runs in."""
    return torch.autocast("cuda", dtype=torch.bfloat16) if use_bf16(device, precision) else nullcontext()


def forward_loss(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean next-token cross-entropy; compiled as one graph, the loss fuses with the output head."""
    logits = model(inputs)
    return F.cross_entropy(logits.float().flatten(0, 1), targets.flatten())


def rng_state(device: torch.device) -> dict[str, Any]:
    return {
        "torch": torch.get_rng_state(),
        "python": random.getstate(),
        "cuda": torch.cuda.get_rng_state(device) if device.type == "cuda" else None,
    }


def restore_rng(state: dict[str, Any], device: torch.device) -> None:
    torch.set_rng_state(state["torch"])
    random.setstate(state["python"])
    if device.type == "cuda" and state.get("cuda") is not None:
        torch.cuda.set_rng_state(state["cuda"], device)


def optimizer_states(model: nn.Module, optimizers: Optimizers) -> dict[str, Any]:
    """Each optimizer's full state keyed by parameter name (gathered on every process when sharded)."""
    return D.full_optimizer_states(model, dict(optimizers))


def load_training_state(
    model: nn.Module,
    optimizers: Optimizers,
    states: dict[str, Any],
    weights: dict[str, torch.Tensor] | None = None,
) -> None:
    """Load saved optimizer states (and `weights`, when given) into a possibly sharded model and its optimizers.

    Each group keeps this run's kernel choice and configured base rate, not the saved run's.
    """
    groups = [group for _, optimizer in optimizers for group in optimizer.param_groups]
    own = [{key: group[key] for key in RUN_OWN_GROUP_SETTINGS if key in group} for group in groups]
    D.load_full_state(model, dict(optimizers), weights, states)
    for group, settings in zip([g for _, opt in optimizers for g in opt.param_groups], own):
        group.update(settings)
