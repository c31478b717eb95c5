"""Supervised chat tuning (`roost sft`), merging LoRA adapters (`roost sft --merge`), and the assistant-token loss
of any checkpoint on any conversations file (`roost eval --conversations`).

    runs/NAME/checkpoints/   the pretrained base model (written by `roost pretrain`)
    runs/NAME/sft/           full-tuning checkpoints, and the merged result of a LoRA run: plain checkpoints
    runs/NAME/lora/          LoRA checkpoints: only the adapter tensors; meta.json names the base checkpoint
    runs/NAME/chat-model     names the folder that chats (roost/chat_model.py resolves and loads it)

SFT starts from the latest pretraining checkpoint, holds out `sft.val_fraction` of the conversations, trains only
on assistant tokens (every assistant turn as the chat template renders it), and reports the held-out loss before and after. A stopped
run continues with `resume=True` from its latest checkpoint: weights or adapter, optimizer, and the data position.
"""

from __future__ import annotations

import math
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from roost.chat_model import chat_model_path, load_chat_model, set_chat_model
from roost.checkpoint import Checkpoint, find_checkpoint, load_model, save_checkpoint
from roost.config import RunConfig, TrainConfig
from roost.device import pick_device
from roost.errors import RoostError
from roost.lora import apply_lora, lora_state_dict, merge_lora
from roost.model import Transformer
from roost.run import METRICS, Run
from roost.tokenizer import Tokenizer, load_tokenizer
from roost.train.budget import BudgetPlanner
from roost.train.optim import Optimizers, build_optimizers
from roost.train.progress import MetricsLog
from roost.train.runtime import autocast, load_training_state, optimizer_states, restore_rng, rng_state, use_bf16
from roost.train.schedule import Schedule
from roost.tune.batching import IGNORE, Batch, ConversationLoader, forward, iter_batches
from roost.tune.conversations import Example, read_conversations

EVAL_BATCH_ROWS = 16


@dataclass
class SFTResult:
    checkpoint: Path
    lora: bool
    steps: int
    train_conversations: int
    val_conversations: int
    base_val_loss: float | None  # held-out assistant-token loss before tuning (None when resumed or no split)
    val_loss: float | None
    train_loss: float
    trained_tokens: int
    seconds: float
    data: dict[str, Any] = field(default_factory=dict)  # read / kept / skipped-by-reason counts

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "checkpoint": str(self.checkpoint)}


@dataclass
class ConversationEvalResult:
    checkpoint: Path
    loss: float  # mean negative log-likelihood per assistant token, in nats
    tokens: int  # assistant tokens scored
    conversations: int
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "checkpoint": str(self.checkpoint)}


@dataclass
class MergeResult:
    checkpoint: Path
    adapter: Path
    base: Path
    layers: int

    def to_dict(self) -> dict[str, Any]:
        return {key: str(value) if isinstance(value, Path) else value for key, value in asdict(self).items()}


def sft(run: Run, config: RunConfig, resume: bool = False) -> SFTResult:
    """Tune the run's pretrained model on conversations; full or LoRA as `config.sft.lora` says."""
    cfg = config.sft
    started = time.perf_counter()
    out_dir = run.tuned_dir(cfg.lora)
    device = pick_device(config.train.device)
    use_bf16(device, config.train.precision)  # refuses bf16 on the CPU before any work
    torch.manual_seed(cfg.seed)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    resume_from = resume_checkpoint(out_dir) if resume else None
    base_path = run.root / resume_from.meta["base"] if resume_from else find_checkpoint(run.root).path
    lora_meta = resume_from.meta.get("lora") if resume_from else _lora_meta(cfg, tokenizer)
    model = _load(run, base_path, resume_from, lora_meta, cfg.seed, device)
    _check_vocab(tokenizer, model, base_path)

    data_path = Path(cfg.data) if cfg.data else run.conversations
    examples, stats = read_conversations(data_path, tokenizer, model.config.max_seq_len, cfg.on_error)
    train, val = split_holdout(examples, cfg.val_fraction, cfg.seed)
    if not train:
        raise RoostError(
            f"{data_path}: no usable conversations to train on ({stats.read} read, skipped {stats.skipped})"
        )
    row_len, pad_id = model.config.max_seq_len, tokenizer.boundary_id
    loader = ConversationLoader(train, cfg.batch_size, row_len, pad_id, seed=cfg.seed)
    optimizers = tuning_optimizers(model, config, cfg.lr, cfg.weight_decay, device)
    if resume_from is None:
        _clear(out_dir)
    metrics = MetricsLog(out_dir / METRICS)

    step, trained_tokens, max_steps = 0, 0, cfg.max_steps
    budget_pending = cfg.time_budget_minutes > 0
    if resume_from is not None:
        step, trained_tokens, planned_steps, budget_pending = _restore(resume_from, model, optimizers, loader, device)
        if cfg.time_budget_minutes > 0:  # the saved run planned its steps from its budget; keep that plan
            max_steps = planned_steps
        base_val_loss, val_loss = resume_from.meta.get("base_val_loss"), resume_from.meta.get("val_loss")
        metrics.truncate_after(step)
    else:
        base_val_loss = val_loss = mean_loss(model, val, row_len, pad_id, device) if val else None
        if base_val_loss is not None:
            metrics.append({"stage": "sft", "step": 0, "val_loss": base_val_loss})

    meta = {"stage": "sft", "base": _relative(base_path, run.root), "lora": lora_meta, "data": stats.to_dict()}
    train_loss = float("nan")
    planner = BudgetPlanner(_budget_settings(config, len(val)), step, started) if budget_pending else None
    while step < max_steps:
        schedule = Schedule(config.train.schedule, max_steps, cfg.warmup_steps, config.train.min_lr_ratio,
                            config.train.decay_fraction)
        optimizers.set_lr_multiplier(schedule.multiplier(step))
        batch = loader.next_batch().to(device)
        with autocast(device, config.train.precision):
            loss = batch_loss(model, batch)
        loss.backward()
        if cfg.grad_clip > 0:
            torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], cfg.grad_clip)
        optimizers.step()
        optimizers.zero_grad()
        step += 1
        train_loss, trained_tokens = loss.item(), trained_tokens + batch.loss_tokens
        if not math.isfinite(train_loss):
            raise RoostError(f"SFT loss became {train_loss} at step {step}; lower sft.lr")
        if planner is not None:  # never past sft.max_steps: the budget only shortens a tuning run
            max_steps = min(cfg.max_steps, planner.after_step(step, max_steps))
            budget_pending = not planner.planned
        last = step >= max_steps
        record: dict[str, Any] = {"stage": "sft", "step": step, "loss": train_loss, "lr": optimizers.lr,
                                  "tokens": trained_tokens}
        if val and (step % cfg.eval_every == 0 or last):
            val_loss = record["val_loss"] = mean_loss(model, val, row_len, pad_id, device)
        if step % config.train.log_every == 0 or "val_loss" in record:
            metrics.append(record)
        if step % cfg.checkpoint_every == 0 or last:
            train_state = {"optimizers": optimizer_states(model, optimizers), "rng": rng_state(device),
                           "loader": loader.state_dict(), "trained_tokens": trained_tokens, "max_steps": max_steps,
                           "budget_pending": budget_pending}
            step_meta = {**meta, "trained_tokens": trained_tokens, "base_val_loss": base_val_loss, "val_loss": val_loss}
            weights = lora_state_dict(model) if cfg.lora else model.state_dict()
            save_checkpoint(out_dir, step, weights, model.config, train_state, step_meta, config.train.keep_checkpoints)

    checkpoint = find_checkpoint(out_dir).path
    set_chat_model(run, out_dir)
    return SFTResult(
        checkpoint=checkpoint,
        lora=cfg.lora,
        steps=step,
        train_conversations=len(train),
        val_conversations=len(val),
        base_val_loss=base_val_loss,
        val_loss=val_loss,
        train_loss=train_loss,
        trained_tokens=trained_tokens,
        seconds=time.perf_counter() - started,
        data=stats.to_dict(),
    )


def merge(run: Run) -> MergeResult:
    """Fold the run's latest LoRA adapter into its base model and save a plain checkpoint in sft/."""
    adapter = resume_checkpoint(run.lora_dir)
    if adapter is None:
        raise RoostError(
            f"no LoRA adapter in {run.lora_dir} to merge (train one with `roost sft --set sft.lora=true`)"
        )
    model = load_chat_model(adapter.path, run, "cpu")
    layers = sum(1 for name, _ in model.named_parameters() if name.endswith(".lora_A"))
    merge_lora(model)
    meta = {"stage": "sft", "merged_from": _relative(adapter.path, run.root), "base": adapter.meta.get("base")}
    _clear(run.sft_dir)
    checkpoint = save_checkpoint(run.sft_dir, adapter.step, model.state_dict(), model.config, None, meta, keep=2)
    set_chat_model(run, run.sft_dir)
    return MergeResult(checkpoint=checkpoint, adapter=adapter.path, base=run.root / adapter.meta["base"], layers=layers)


def evaluate_conversations(run: Run, path: Path, checkpoint: Path | None = None) -> ConversationEvalResult:
    """Mean loss over the assistant tokens of a conversations file, for the run's chat model or `checkpoint`.

    Base and tuned models compare on the same file by passing each one's folder (`runs/NAME/checkpoints`,
    `runs/NAME/sft`, `runs/NAME/lora` for an unmerged adapter).
    """
    config = run.load_config()
    device = pick_device(config.train.device)
    checkpoint = Path(checkpoint) if checkpoint is not None else chat_model_path(run)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    model = load_chat_model(checkpoint, run, device)
    _check_vocab(tokenizer, model, checkpoint)
    examples, stats = read_conversations(Path(path), tokenizer, model.config.max_seq_len, config.sft.on_error)
    if not examples:
        raise RoostError(f"{path}: no usable conversations to score ({stats.read} read, skipped {stats.skipped})")
    loss_sum, tokens = summed_loss(model, examples, model.config.max_seq_len, tokenizer.boundary_id, device)
    return ConversationEvalResult(
        checkpoint=find_checkpoint(checkpoint).path,
        loss=loss_sum / tokens,
        tokens=tokens,
        conversations=len(examples),
        data=stats.to_dict(),
    )


def split_holdout(examples: list[Example], fraction: float, seed: int) -> tuple[list[Example], list[Example]]:
    """A seeded random `fraction` of the examples (at least one when fraction > 0) held out for validation."""
    if fraction <= 0 or len(examples) < 2:
        return list(examples), []
    order = np.random.default_rng(seed).permutation(len(examples))
    n_val = max(1, round(len(examples) * fraction))
    held = set(order[:n_val].tolist())
    return [e for i, e in enumerate(examples) if i not in held], [e for i, e in enumerate(examples) if i in held]


def batch_loss(model: Transformer, batch: Batch, reduction: str = "mean") -> torch.Tensor:
    """Cross-entropy over the tokens that carry loss."""
    logits = forward(model, batch)
    return F.cross_entropy(
        logits.float().flatten(0, 1), batch.targets.flatten(), ignore_index=IGNORE, reduction=reduction
    )


@torch.no_grad()
def summed_loss(
    model: Transformer, examples: list[Example], row_len: int, pad_id: int, device: torch.device | str
) -> tuple[float, int]:
    """Total loss and number of loss-carrying tokens over all examples."""
    was_training = model.training
    model.eval()
    total, tokens = 0.0, 0
    for batch in iter_batches(examples, EVAL_BATCH_ROWS, row_len, pad_id):
        batch = batch.to(device)
        total += float(batch_loss(model, batch, reduction="sum"))
        tokens += batch.loss_tokens
    model.train(was_training)
    return total, tokens


def mean_loss(model: Transformer, examples: list[Example], row_len: int, pad_id: int, device) -> float:
    total, tokens = summed_loss(model, examples, row_len, pad_id, device)
    return total / max(tokens, 1)


def tuning_optimizers(
    model: Transformer, config: RunConfig, lr: float, weight_decay: float, device: torch.device
) -> Optimizers:
    """Pretraining's AdamW (fused, no decay on norm gains) over the trainable parameters, at the tuning rate."""
    settings = config.train.model_copy(update={"optimizer": "adamw", "lr": lr, "weight_decay": weight_decay})
    return build_optimizers(model, settings, device)


def _budget_settings(config: RunConfig, val_examples: int) -> TrainConfig:
    """`sft.time_budget_minutes` in the terms the budget planner reads: one micro-batch a step, and a validation
    that costs the held-out conversations' worth of training batches (as forward passes)."""
    cfg = config.sft
    return config.train.model_copy(
        update={
            "time_budget_minutes": cfg.time_budget_minutes,
            "grad_accum": 1,
            "eval_every": cfg.eval_every,
            "eval_batches": math.ceil(val_examples / cfg.batch_size),
        }
    )


def _restore(
    checkpoint: Checkpoint, model: Transformer, optimizers: Optimizers, loader: ConversationLoader, device
) -> tuple[int, int, int, bool]:
    """Optimizer, data position and RNG from a tuning checkpoint; returns (step, trained tokens, planned steps,
    whether the budget was still to be planned)."""
    state = checkpoint.load_state()
    try:
        load_training_state(model, optimizers, state["optimizers"])
        loader.load_state_dict(state["loader"])
        restore_rng(state["rng"], device)
        pending = bool(state.get("budget_pending", False))
        return checkpoint.step, int(state["trained_tokens"]), int(state["max_steps"]), pending
    except (KeyError, ValueError, TypeError, RuntimeError) as exc:
        raise RoostError(f"{checkpoint.path}: checkpoint does not fit this tuning run: {exc}") from None


def _clear(out_dir: Path) -> None:
    """A fresh tuning replaces the folder's old checkpoints (whose higher step numbers would outlive the new ones)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)


def resume_checkpoint(out_dir: Path) -> Checkpoint | None:
    if not (out_dir / "latest").is_file():
        return None
    return find_checkpoint(out_dir)


def _load(
    run: Run,
    base_path: Path,
    resume_from: Checkpoint | None,
    lora: dict[str, Any] | None,
    seed: int,
    device: torch.device,
) -> Transformer:
    """The model to tune: the base (plus fresh adapters for LoRA), or the resumed checkpoint's weights/adapter."""
    if resume_from is not None:
        model = load_chat_model(resume_from.path, run, device)
        model.train()
        return model
    model, _ = load_model(base_path, device)
    if lora:
        apply_lora(model, lora["rank"], lora["alpha"], lora["targets"], seed=seed, token_ids=lora["token_ids"])
    model.train()
    return model


def _lora_meta(cfg, tokenizer: Tokenizer) -> dict[str, Any] | None:
    """How the adapter is shaped, as saved in its checkpoints' meta.json and read back to rebuild it."""
    if not cfg.lora:
        return None
    # the chat template's control tokens; the document boundary is already trained by pretraining
    token_ids = sorted(tokenizer.special_ids - {tokenizer.boundary_id}) if cfg.lora_token_rows else []
    return {"rank": cfg.lora_rank, "alpha": cfg.lora_alpha, "targets": list(cfg.lora_targets), "token_ids": token_ids}


def _check_vocab(tokenizer: Tokenizer, model: Transformer, source: Path) -> None:
    if tokenizer.vocab_size > model.config.vocab_size:
        raise RoostError(
            f"{source}: model vocabulary ({model.config.vocab_size}) is smaller than the tokenizer's "
            f"({tokenizer.vocab_size})"
        )


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path.resolve())
