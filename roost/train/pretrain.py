"""The pretraining loop: one CPU, one GPU, or many processes under torchrun, with exact resume.

data     token shards in `run.tokens_dir` (built by roost/data/ from `train.data` text files if the run has
         none), read by `TokenLoader`, each rank taking its own rows of every global batch
model    `Transformer` built on the meta device; vocabulary size taken from the shards' tokenizer
wrap     `parallelize` (distributed.py): optional torch.compile, FSDP2, then the seeded init, then DDP
step     grad accumulation, clipping, AdamW or Muon + AdamW (optim.py), cosine or WSD (schedule.py); the
         precision rule, RNG and optimizer state are runtime.py's, shared with chat tuning and DPO
budget   with `train.time_budget_minutes`, `max_steps` is sized from the measured pace (budget.py) so the
         run finishes its decay, final eval and checkpoint on time
state    checkpoints hold weights, full optimizer state, step, planned steps, loader position and RNG,
         so `resume=True` continues exactly where the saved run was (same loss at the same step)
"""

from __future__ import annotations

import math
import random
import shutil
import time
from dataclasses import asdict, dataclass
from typing import Any

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn

from roost.checkpoint import find_checkpoint, save_checkpoint
from roost.config import RunConfig
from roost.data.textfiles import ensure_token_shards
from roost.errors import RoostError
from roost.lora import apply_lora, is_adapter, lora_state_dict, merged_linear_state
from roost.model import Transformer, flops_per_token
from roost.run import Run
from roost.shards import TokenLoader, read_index
from roost.tokenizer import load_tokenizer
from roost.train import distributed as D
from roost.train.budget import BudgetPlanner
from roost.train.optim import Optimizers, build_optimizers
from roost.train.progress import PEAK_FLOPS_BF16, MetricsLog, TrainProgress
from roost.train.runtime import (
    autocast,
    forward_loss,
    load_training_state,
    optimizer_states,
    restore_rng,
    rng_state,
    use_bf16,
)
from roost.train.schedule import Schedule

# base.lora adapts the attention and MLP projections; the embedding (most of a small model) stays the base's.
BASE_LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


@dataclass
class TrainResult:
    steps: int
    tokens: int
    loss: float
    val_loss: float | None
    val_bpb: float | None
    elapsed_s: float
    tokens_per_s: float
    parameters: int
    checkpoint: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EvalResult:
    loss: float
    bpb: float | None


def train_step(
    model: torch.nn.Module,
    optimizers: Optimizers,
    batches: list[tuple[torch.Tensor, torch.Tensor]],
    device: torch.device,
    precision: str,
    grad_clip: float,
    loss_fn=forward_loss,
) -> torch.Tensor:
    """One optimizer step over micro-batches (gradient accumulation); returns the mean loss, still on device.

    The gradient all-reduce (DDP) or reduce-scatter (FSDP2) runs only after the last micro-batch.
    """
    loss_sum = torch.zeros((), device=device)
    for index, (inputs, targets) in enumerate(batches):
        inputs = inputs.to(device, non_blocking=True)
        targets = targets.to(device, non_blocking=True)
        D.set_gradient_sync(model, index == len(batches) - 1)
        with autocast(device, precision):
            loss = loss_fn(model, inputs, targets)
        (loss / len(batches)).backward()
        loss_sum += loss.detach()
    if grad_clip > 0:
        torch.nn.utils.clip_grad_norm_(model.parameters(), grad_clip)
    optimizers.step()
    optimizers.zero_grad()
    return loss_sum / len(batches)


def pretrain(run: Run, config: RunConfig, resume: bool = False) -> TrainResult:
    info = D.init_distributed(config.train.device)
    try:
        return Trainer(run, config, info, resume).train()
    finally:
        D.shutdown_distributed()


class Trainer:
    def __init__(self, run: Run, config: RunConfig, info: D.DistInfo, resume: bool):
        self.run, self.info, self.tc = run, info, config.train
        if config.train.seq_len > config.model.max_seq_len:
            raise RoostError(
                f"train.seq_len ({config.train.seq_len}) exceeds model.max_seq_len ({config.model.max_seq_len})"
            )
        if config.train.parallel == "fsdp" and config.train.optimizer == "muon" and info.enabled:
            raise RoostError("train.optimizer = 'muon' needs whole matrices; use train.parallel = 'ddp' with Muon")
        if info.is_main:
            ensure_token_shards(run, config)
            _remove_unfinished_saves(run)
        D.barrier(info)
        self.config = self._with_data_vocab(config)
        self.checkpoint = self._starting_checkpoint(resume)
        model_config = self.checkpoint.model_config if self.checkpoint else self.config.model
        self.device = info.device
        if self.tc.threads and self.device.type == "cpu":
            torch.set_num_threads(self.tc.threads)  # fewer threads than cores pays on a machine shared with others
        use_bf16(self.device, self.tc.precision)  # refuses bf16 on the CPU before any work
        torch.manual_seed(self.tc.seed)
        random.seed(self.tc.seed)
        with torch.device("meta"):
            model = Transformer(model_config)
        self.model_config = model_config
        self.parameters = sum(p.numel() for p in model.parameters())
        self.flops_per_token = flops_per_token(model_config, self.tc.seq_len)
        self.adapter_scaling = self._check_adapters(config)
        sharded = info.enabled and self.tc.parallel == "fsdp"
        self.model, self.loss_fn = D.parallelize(model, self.tc, info, self._init_model, forward_loss)
        self.optimizers = build_optimizers(D.unwrap(self.model), self.tc, self.device, sharded=sharded)
        self.loader = TokenLoader(
            run.tokens_dir, "train", self.tc.batch_size, self.tc.seq_len, info.rank, info.world_size, self.tc.seed
        )
        self.byte_lengths = self._token_byte_lengths()
        self.metrics = MetricsLog(run.metrics, enabled=info.is_main)
        self.step, self.tokens, self.elapsed_before = 0, 0, 0.0
        self.max_steps = self.tc.max_steps
        self.budget_pending = self.tc.time_budget_minutes > 0
        if self.checkpoint is not None:
            self._restore(self.checkpoint)

    # ---- set-up -------------------------------------------------------------------------------------------

    def _check_adapters(self, config: RunConfig) -> float | None:
        """base.lora: the scaling of the adapters `_init_model` will add, once the base checks pass."""
        if not config.base.lora:
            return None
        if not (self.run.base_dir / "latest").is_file():
            raise RoostError("base.lora = true adapts an imported base model, and this run has none in base/")
        if self.info.enabled and self.tc.parallel == "fsdp":
            raise RoostError("base.lora = true trains on one process or under DDP, not with train.parallel = 'fsdp'")
        return config.base.lora_alpha / config.base.lora_rank

    def _init_model(self, model: nn.Module) -> None:
        """The seeded init, once the model is on its device (and sharded); base.lora then freezes it and gives its
        projections low-rank adapters (before DDP, which must see the adapters as the parameters to sync)."""
        model.init_weights(self.tc.seed)
        if self.adapter_scaling is not None:
            base = self.config.base
            apply_lora(model, base.lora_rank, base.lora_alpha, BASE_LORA_TARGETS, seed=self.tc.seed)

    def _starting_checkpoint(self, resume: bool):
        """The run's latest checkpoint to resume; else an imported base model to adapt (weights only); else None."""
        if resume:
            return find_checkpoint(self.run.root)
        if (self.run.base_dir / "latest").is_file():
            return find_checkpoint(self.run.base_dir)
        return None

    def _with_data_vocab(self, config: RunConfig) -> RunConfig:
        """The model's vocabulary is the shards' (the tokenizer's); record it in the run's config."""
        vocab_size = int(read_index(self.run.tokens_dir)["vocab_size"])
        if vocab_size == config.model.vocab_size:
            return config
        config = config.model_copy(deep=True)
        config.model.vocab_size = vocab_size
        if self.info.is_main:
            self.run.save_config(config)
        return config

    def _token_byte_lengths(self) -> torch.Tensor | None:
        """UTF-8 bytes each token id stands for (specials: 0), to turn validation loss into bits per byte."""
        if not self.run.tokenizer_file.is_file():
            return None
        tokenizer = load_tokenizer(self.run.tokenizer_file)
        lengths = [
            0 if i in tokenizer.special_ids else len(tokenizer.token_bytes(i)) for i in range(tokenizer.vocab_size)
        ]
        lengths += [0] * max(self.model_config.vocab_size - len(lengths), 0)
        return torch.tensor(lengths, dtype=torch.float64, device=self.device)

    def _restore(self, checkpoint) -> None:
        if not checkpoint.has_training_state:
            self._start_from_weights(checkpoint)
            return
        state = checkpoint.load_state()
        try:
            weights = self._checkpoint_weights(checkpoint, state["lora"] if self.adapter_scaling else None)
            load_training_state(self.model, self.optimizers, state["optimizers"], weights)
            self.loader.load_state_dict(state["loader"])
            self.step, self.tokens = int(state["step"]), int(state["tokens"])
            # A budget-sized run keeps its planned length; otherwise train.max_steps may extend the run.
            if self.tc.time_budget_minutes > 0:
                self.max_steps = int(state["max_steps"])
            self.elapsed_before = float(state["elapsed"])
            self.budget_pending = bool(state.get("budget_pending", False))
            restore_rng(state["rng"], self.device)
        except (KeyError, ValueError, RuntimeError, TypeError) as exc:
            raise RoostError(f"{checkpoint.path}: checkpoint does not fit this run: {exc}") from None
        self.metrics.truncate_after(self.step)

    def _checkpoint_weights(self, checkpoint, adapters: dict[str, torch.Tensor] | None = None) -> dict[str, torch.Tensor]:
        """The weights to load; an adapted run loads the base's own weights and its adapters (fresh or saved)."""
        if self.adapter_scaling is not None:
            checkpoint = find_checkpoint(self.run.base_dir)
        weights = checkpoint.load_weights()
        if self.model_config.tie_embeddings:
            weights.setdefault("lm_head.weight", weights["embed_tokens.weight"])
        if self.adapter_scaling is not None:
            weights.update(adapters if adapters is not None else lora_state_dict(D.unwrap(self.model)))
        return weights

    def _start_from_weights(self, checkpoint) -> None:
        """A weights-only checkpoint (an imported model): continue pretraining it with a fresh optimizer and schedule."""
        try:
            D.load_full_state(self.model, {}, self._checkpoint_weights(checkpoint), {})
        except (KeyError, ValueError, RuntimeError) as exc:
            raise RoostError(f"{checkpoint.path}: checkpoint does not fit this run: {exc}") from None
        self.metrics.truncate_after(0)

    # ---- the loop -------------------------------------------------------------------------------------------

    def train(self) -> TrainResult:
        tc, info = self.tc, self.info
        tokens_per_step = tc.batch_size * tc.seq_len * tc.grad_accum * info.world_size
        started = time.perf_counter()
        window_start, window_tokens = started, 0
        loss_value, evaluation = float("nan"), None
        planner = BudgetPlanner(self.tc, self.step, started, self._slowest, self._sync) if self.budget_pending else None
        path = self.checkpoint.path if self.checkpoint else None
        if info.is_main:
            self.run.checkpoints_dir.mkdir(parents=True, exist_ok=True)
        with TrainProgress(self.max_steps, self.step, enabled=info.is_main) as progress:
            while self.step < self.max_steps:
                loss = self._train_step()
                self.step += 1
                self.tokens += tokens_per_step
                window_tokens += tokens_per_step
                if planner is not None:
                    self.max_steps = planner.after_step(self.step, self.max_steps)
                    self.budget_pending = not planner.planned
                last = self.step >= self.max_steps
                if self.step % tc.log_every == 0 or last:
                    loss_value = D.all_reduce_mean(loss, info).item()
                    if not math.isfinite(loss_value):
                        raise RoostError(f"loss became {loss_value} at step {self.step}; lower train.lr")
                    now = time.perf_counter()
                    tokens_per_s = window_tokens / max(now - window_start, 1e-9)
                    window_start, window_tokens = now, 0
                    mfu = self._mfu(tokens_per_s)
                    progress.update(self.step, self.max_steps, loss_value, tokens_per_s, mfu)
                    record = {
                        "step": self.step,
                        "loss": loss_value,
                        "lr": self.optimizers.lr,
                        "tokens": self.tokens,
                        "tokens_per_s": tokens_per_s,
                        "elapsed": self._elapsed(started),
                    }
                    self.metrics.append(record | ({"mfu": mfu} if mfu is not None else {}))
                if self.step % tc.eval_every == 0 or last:
                    evaluation = self.validate()
                    if evaluation is not None:
                        self.metrics.append(
                            {
                                "step": self.step,
                                "val_loss": evaluation.loss,
                                "val_bpb": evaluation.bpb,
                                "tokens": self.tokens,
                                "elapsed": self._elapsed(started),
                            }
                        )
                        bpb = f", {evaluation.bpb:.4f} bits/byte" if evaluation.bpb is not None else ""
                        progress.note(f"step {self.step}: val loss {evaluation.loss:.4f}{bpb}")
                if self.step % tc.checkpoint_every == 0 or last:
                    path = self.save(started)
        elapsed = self._elapsed(started)
        return TrainResult(
            steps=self.step,
            tokens=self.tokens,
            loss=loss_value,
            val_loss=evaluation.loss if evaluation else None,
            val_bpb=evaluation.bpb if evaluation else None,
            elapsed_s=elapsed,
            tokens_per_s=self.tokens / max(elapsed, 1e-9),
            parameters=self.parameters,
            checkpoint=str(path),
        )

    def _train_step(self) -> torch.Tensor:
        self.optimizers.set_lr_multiplier(Schedule.from_config(self.tc, self.max_steps).multiplier(self.step))
        batches = [self.loader.next_batch() for _ in range(self.tc.grad_accum)]
        return train_step(
            self.model, self.optimizers, batches, self.device, self.tc.precision, self.tc.grad_clip, self.loss_fn
        )

    def _slowest(self, seconds: float) -> float:
        """The largest of a value across processes, so every process plans the same number of steps."""
        value = torch.tensor(seconds, dtype=torch.float64, device=self.device)
        if self.info.enabled:
            dist.all_reduce(value, op=dist.ReduceOp.MAX)
        return value.item()

    def _sync(self) -> None:
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)

    def _mfu(self, tokens_per_s: float) -> float | None:
        if self.device.type != "cuda":
            return None
        return self.flops_per_token * tokens_per_s / (PEAK_FLOPS_BF16 * self.info.world_size)

    def _elapsed(self, started: float) -> float:
        return self.elapsed_before + time.perf_counter() - started

    # ---- validation and checkpoints --------------------------------------------------------------------------

    @torch.no_grad()
    def validate(self) -> EvalResult | None:
        """Mean loss and bits per byte over the first `eval_batches` global batches of the val split."""
        try:
            loader = TokenLoader(
                self.run.tokens_dir,
                "val",
                self.tc.batch_size,
                self.tc.seq_len,
                self.info.rank,
                self.info.world_size,
                shuffle=False,
            )
        except RoostError:
            return None  # no val split, or one too small for a batch
        batches = min(self.tc.eval_batches, loader.num_windows // (self.tc.batch_size * self.info.world_size))
        self.model.eval()
        totals = torch.zeros(3, dtype=torch.float64, device=self.device)  # nats, tokens, bytes
        for _ in range(batches):
            inputs, targets = loader.next_batch()
            inputs, targets = inputs.to(self.device), targets.to(self.device)
            with autocast(self.device, self.tc.precision):
                logits = self.model(inputs)
            nll = F.cross_entropy(logits.float().flatten(0, 1), targets.flatten(), reduction="sum")
            totals[0] += nll.double()
            totals[1] += targets.numel()
            if self.byte_lengths is not None:
                totals[2] += self.byte_lengths[targets].sum()
        self.model.train()
        nats, tokens, nbytes = D.all_reduce_sum(totals, self.info).tolist()
        bpb = nats / (math.log(2) * nbytes) if nbytes else None
        return EvalResult(loss=nats / tokens, bpb=bpb)

    def save(self, started: float) -> Any:
        """Gather the full state on every rank, write it from rank 0."""
        model_state = D.full_model_state(self.model)
        optimizers = optimizer_states(self.model, self.optimizers)
        adapters = None
        if self.adapter_scaling is not None:  # the checkpoint is the plain adapted model; the adapters resume it
            adapters = {name: tensor for name, tensor in model_state.items() if is_adapter(name)}
            model_state = merged_linear_state(model_state, self.adapter_scaling)
        path = self.run.checkpoints_dir / f"step-{self.step}"
        if self.info.is_main:
            if self.model_config.tie_embeddings:
                model_state.pop("lm_head.weight", None)
            train_state = {
                "optimizers": optimizers,
                "loader": self.loader.state_dict(),
                "rng": rng_state(self.device),
                "step": self.step,
                "tokens": self.tokens,
                "max_steps": self.max_steps,
                "elapsed": self._elapsed(started),
                "budget_pending": self.budget_pending,
            }
            if adapters is not None:
                train_state["lora"] = adapters
            meta = {
                "tokens": self.tokens,
                "parameters": self.parameters,
                "world_size": self.info.world_size,
                "optimizer": self.tc.optimizer,
                "seq_len": self.tc.seq_len,
            }
            path = save_checkpoint(
                self.run.checkpoints_dir,
                self.step,
                model_state,
                self.model_config,
                train_state,
                meta,
                keep=self.tc.keep_checkpoints,
            )
        D.barrier(self.info)
        return path


def _remove_unfinished_saves(run: Run) -> None:
    """Temporary folders of saves that a killed process never finished."""
    for stale in run.checkpoints_dir.glob(".step-*.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
