"""Many processes: process-group set-up, `parallelize` (compile, FSDP2 or DDP, from outside the model), full state
for checkpoints.

Under `torchrun` (WORLD_SIZE > 1) every process joins one group: NCCL on CUDA, gloo on CPU. The trainer builds
the model on the meta device (no memory, no init) and `parallelize` applies, in this fixed order (torchtitan's):

    compile  torch.compile: the whole forward and loss as one graph, or under FSDP2 each block in place
    fsdp     FSDP2 `fully_shard` on every block and then the root, so parameters, gradients and optimizer
             state are sharded across processes and gathered per block just in time
    init     `to_empty` on this process's device, then the caller's init (the model's own `init_weights`,
             which gives every shard its part of the same seeded draw: N processes start where one would)
    ddp      DistributedDataParallel, gradients all-reduced (averaged) after backward

Checkpoints always hold the *full* (unsharded) model and optimizer state keyed by parameter name, gathered
with `torch.distributed.checkpoint.state_dict`, so a run saved by N processes resumes in any other number.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.checkpoint.state_dict import (
    StateDictOptions,
    get_model_state_dict,
    get_optimizer_state_dict,
    set_model_state_dict,
    set_optimizer_state_dict,
)
from torch.distributed.fsdp import fully_shard
from torch.nn.parallel import DistributedDataParallel

from roost.config import TrainConfig
from roost.device import pick_device
from roost.errors import RoostError

LossFn = Callable[[nn.Module, torch.Tensor, torch.Tensor], torch.Tensor]


@dataclass(frozen=True)
class DistInfo:
    rank: int
    world_size: int
    local_rank: int
    device: torch.device

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def enabled(self) -> bool:
        return self.world_size > 1


def init_distributed(device_choice: str) -> DistInfo:
    """Join the torchrun process group if there is one, and pick this process's device."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    device = pick_device(device_choice, "train.device", index=local_rank)
    use_cuda = device.type == "cuda"
    if use_cuda:
        torch.cuda.set_device(device)
    if world_size > 1 and not dist.is_initialized():
        backend = "nccl" if use_cuda else "gloo"
        dist.init_process_group(backend, timeout=timedelta(minutes=30), device_id=device if use_cuda else None)
    return DistInfo(rank=rank, world_size=world_size, local_rank=local_rank, device=device)


def shutdown_distributed() -> None:
    if dist.is_initialized():
        dist.destroy_process_group()


def barrier(info: DistInfo) -> None:
    if info.enabled:
        dist.barrier()


def parallelize(
    model: nn.Module, config: TrainConfig, info: DistInfo, init: Callable[[nn.Module], None], loss_fn: LossFn
) -> tuple[nn.Module, LossFn]:
    """Compile, shard, materialise and initialise, replicate: a model built on the meta device comes back ready to
    train on `info.device`, with the loss function to call it through (compiled when `config.compile`).

    Precision stays the loops' business (bf16 autocast on CUDA), so sharded and unsharded runs compute alike.
    """
    sharded = info.enabled and config.parallel == "fsdp"
    if config.compile:
        loss_fn = _compile(model, loss_fn, per_block=sharded)
    if sharded:
        for block in model.layers:
            fully_shard(block)
        fully_shard(model)
    model.to_empty(device=info.device)
    if not sharded and model.config.tie_embeddings:
        model.lm_head.weight = model.embed_tokens.weight  # to_empty gives each module its own tensor (FSDP2 keeps ties)
    init(model)
    if info.enabled and config.parallel == "ddp":
        device_ids = [info.device.index] if info.device.type == "cuda" else None
        model = DistributedDataParallel(model, device_ids=device_ids)
    return model, loss_fn


def _compile(model: nn.Module, loss_fn: LossFn, per_block: bool) -> LossFn:
    """The whole forward and loss as one graph, or under FSDP2 each block in place (torchtitan's way: parameter
    names, and with them checkpoints, stay the same)."""
    if per_block:
        for block in model.layers:
            block.compile()
        return loss_fn
    return torch.compile(loss_fn)


def unwrap(model: nn.Module) -> nn.Module:
    """The Transformer inside a DDP wrapper (FSDP2 and compile keep the module's own class or `_orig_mod`)."""
    model = getattr(model, "_orig_mod", model)
    return model.module if isinstance(model, DistributedDataParallel) else model


def set_gradient_sync(model: nn.Module, enabled: bool) -> None:
    """Skip the gradient all-reduce on all but the last micro-batch of an accumulation."""
    inner = getattr(model, "_orig_mod", model)
    if isinstance(inner, DistributedDataParallel):
        inner.require_backward_grad_sync = enabled
    elif hasattr(inner, "set_requires_gradient_sync"):
        inner.set_requires_gradient_sync(enabled)


_FULL = StateDictOptions(full_state_dict=True, cpu_offload=True)


def full_model_state(model: nn.Module) -> dict[str, torch.Tensor]:
    """The whole model's weights on CPU (on rank 0 when sharded; other ranks may get an empty dict)."""
    return get_model_state_dict(unwrap(model), options=_FULL)


def full_optimizer_states(model: nn.Module, optimizers: dict[str, torch.optim.Optimizer]) -> dict[str, Any]:
    """Each optimizer's full state keyed by parameter name, so it loads into any number of processes."""
    return {name: get_optimizer_state_dict(unwrap(model), opt, options=_FULL) for name, opt in optimizers.items()}


def load_full_state(
    model: nn.Module,
    optimizers: dict[str, torch.optim.Optimizer],
    model_state: dict[str, torch.Tensor] | None,
    optimizer_states: dict[str, Any],
) -> None:
    """Load a full (gathered) model state (unless None) and optimizer state into a possibly sharded model."""
    inner = unwrap(model)
    options = StateDictOptions(full_state_dict=True)
    if model_state is not None:
        set_model_state_dict(inner, model_state, options=options)
    for name, opt in optimizers.items():
        if name not in optimizer_states:
            raise RoostError(f"checkpoint has no {name!r} optimizer state (was it trained with another optimizer?)")
        set_optimizer_state_dict(inner, opt, optimizer_states[name], options=options)


def all_reduce_mean(value: torch.Tensor, info: DistInfo) -> torch.Tensor:
    if info.enabled:
        dist.all_reduce(value, op=dist.ReduceOp.SUM)
        value = value / info.world_size
    return value


def all_reduce_sum(value: torch.Tensor, info: DistInfo) -> torch.Tensor:
    if info.enabled:
        dist.all_reduce(value, op=dist.ReduceOp.SUM)
    return value
