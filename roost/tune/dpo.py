"""Preference tuning with DPO (`roost dpo`): prefer the chosen answer over the rejected one, relative to a frozen
reference model (Rafailov et al., 2023).

    loss = -log σ(β · [(log π(chosen) - log π_ref(chosen)) - (log π(rejected) - log π_ref(rejected))])

where log π(answer) sums the answer tokens' log-probabilities (its text and `<|end|>`) after the prompt. The
policy starts from the run's chat model (the SFT model when there is one) and the reference is that same model,
frozen; its log-probabilities never change, so they are computed once before training instead of keeping a
second model in memory. The result goes to `runs/NAME/dpo/` and becomes the run's chat model.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from roost.checkpoint import find_checkpoint, save_checkpoint
from roost.config import RunConfig
from roost.errors import RoostError
from roost.model import Transformer
from roost.run import Run
from roost.tokenizer import load_tokenizer
from roost.train.progress import MetricsLog
from roost.train.schedule import Schedule
from roost.tune.batching import IGNORE, collate, forward
from roost.tune.conversations import PreferencePair, read_preferences
from roost.tune.lora import merge_lora
from roost.tune.sft import autocast, chat_model_path, load_chat_model, pick_device, set_chat_model, tuning_optimizers

DPO_DIR = "dpo"


@dataclass
class PreferenceMetrics:
    loss: float
    reward_margin: float  # mean β·(chosen log-ratio - rejected log-ratio)
    reward_accuracy: float  # share of pairs whose chosen answer out-scores the rejected one


@dataclass
class DPOResult:
    checkpoint: Path
    started_from: Path
    steps: int
    pairs: int
    initial: PreferenceMetrics  # on all pairs before training (loss is log 2, margin 0: policy == reference)
    final: PreferenceMetrics  # on all pairs after training
    seconds: float
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "checkpoint": str(self.checkpoint), "started_from": str(self.started_from)}


def dpo(run: Run, config: RunConfig) -> DPOResult:
    cfg = config.dpo
    started = time.monotonic()
    if not cfg.data:
        raise RoostError("dpo.data is not set: give a preference-pairs JSONL file with --set dpo.data=PATH")
    device = pick_device(config.train.device)
    torch.manual_seed(cfg.seed)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    start = find_checkpoint(chat_model_path(run)).path
    policy = merge_lora(load_chat_model(start, run, device))  # a LoRA chat model is tuned as one plain model
    pairs, stats = read_preferences(Path(cfg.data), tokenizer, policy.config.max_seq_len, cfg.on_error)
    if not pairs:
        raise RoostError(f"{cfg.data}: no usable preference pairs ({stats.read} read, skipped {stats.skipped})")
    pad_id = tokenizer.boundary_id

    reference = answer_logprobs_all(policy, pairs, cfg.batch_size, pad_id, device)
    initial = evaluate_pairs(policy, pairs, reference, cfg.beta, cfg.batch_size, pad_id, device)
    optimizers = tuning_optimizers(policy, config, cfg.lr, 0.0, device)
    schedule = Schedule(config.train.schedule, cfg.max_steps, 0, config.train.min_lr_ratio, config.train.decay_fraction)
    shutil.rmtree(run.root / DPO_DIR, ignore_errors=True)
    (run.root / DPO_DIR).mkdir(parents=True)
    metrics = MetricsLog(run.root / DPO_DIR / "metrics.jsonl")
    policy.train()
    for step, indices in enumerate(_batches(len(pairs), cfg.batch_size, cfg.max_steps, cfg.seed), start=1):
        optimizers.set_lr_multiplier(schedule.multiplier(step - 1))
        with autocast(device, config.train.precision):
            chosen, rejected = answer_logprobs(policy, [pairs[i] for i in indices], pad_id, device)
        loss, margin = dpo_loss(chosen, rejected, reference[0][indices], reference[1][indices], cfg.beta)
        loss.backward()
        if cfg.grad_clip > 0:
            torch.nn.utils.clip_grad_norm_(policy.parameters(), cfg.grad_clip)
        optimizers.step()
        optimizers.zero_grad()
        if step % config.train.log_every == 0 or step == cfg.max_steps:
            metrics.append({"stage": "dpo", "step": step, "loss": loss.item(), "reward_margin": margin.mean().item(),
                            "lr": optimizers.lr})

    final = evaluate_pairs(policy, pairs, reference, cfg.beta, cfg.batch_size, pad_id, device)
    meta = {"stage": "dpo", "started_from": str(start), "beta": cfg.beta, "data": stats.to_dict(),
            "final": asdict(final)}
    checkpoint = save_checkpoint(run.root / DPO_DIR, cfg.max_steps, policy.state_dict(), policy.config, None, meta)
    set_chat_model(run, DPO_DIR)
    elapsed = time.monotonic() - started
    return DPOResult(checkpoint, start, cfg.max_steps, len(pairs), initial, final, elapsed, stats.to_dict())


def dpo_loss(
    chosen: torch.Tensor, rejected: torch.Tensor, ref_chosen: torch.Tensor, ref_rejected: torch.Tensor, beta: float
) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean DPO loss over a batch, and each pair's reward margin β·(chosen log-ratio - rejected log-ratio)."""
    margin = beta * ((chosen - ref_chosen) - (rejected - ref_rejected))
    return -F.logsigmoid(margin).mean(), margin.detach()


def answer_logprobs(
    model: Transformer, pairs: list[PreferencePair], pad_id: int, device: torch.device | str
) -> tuple[torch.Tensor, torch.Tensor]:
    """Summed log-probabilities of each pair's chosen and of its rejected answer; one forward pass for both."""
    examples = [p.example("chosen") for p in pairs] + [p.example("rejected") for p in pairs]
    row_len = max(len(e) for e in examples) - 1
    batch = collate([[e] for e in examples], row_len, pad_id).to(device)
    logits = forward(model, batch).float()
    scored = batch.targets != IGNORE
    token_logprobs = torch.gather(logits.log_softmax(-1), 2, batch.targets.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    sums = (token_logprobs * scored).sum(dim=1)
    return sums[: len(pairs)], sums[len(pairs) :]


@torch.no_grad()
def answer_logprobs_all(
    model: Transformer, pairs: list[PreferencePair], batch_size: int, pad_id: int, device: torch.device | str
) -> tuple[torch.Tensor, torch.Tensor]:
    was_training = model.training
    model.eval()
    parts = [
        answer_logprobs(model, pairs[i : i + batch_size], pad_id, device) for i in range(0, len(pairs), batch_size)
    ]
    model.train(was_training)
    return torch.cat([c for c, _ in parts]), torch.cat([r for _, r in parts])


def evaluate_pairs(
    model: Transformer,
    pairs: list[PreferencePair],
    reference: tuple[torch.Tensor, torch.Tensor],
    beta: float,
    batch_size: int,
    pad_id: int,
    device: torch.device | str,
) -> PreferenceMetrics:
    chosen, rejected = answer_logprobs_all(model, pairs, batch_size, pad_id, device)
    loss, margin = dpo_loss(chosen, rejected, reference[0], reference[1], beta)
    return PreferenceMetrics(float(loss), float(margin.mean()), float((margin > 0).float().mean()))


def _batches(n: int, batch_size: int, steps: int, seed: int):
    """`steps` batches of pair indices, walking a fresh seeded permutation each epoch."""
    epoch, order, cursor = 0, np.random.default_rng((seed, 0)).permutation(n), 0
    for _ in range(steps):
        if cursor >= n:
            epoch, cursor = epoch + 1, 0
            order = np.random.default_rng((seed, epoch)).permutation(n)
        indices = order[cursor : cursor + batch_size]
        cursor += len(indices)
        yield torch.from_numpy(indices)
