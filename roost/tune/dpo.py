"""Preference tuning with DPO (`roost dpo`): prefer the chosen answer over the rejected one, relative to a frozen
reference model (Rafailov et al., 2023).

    loss = -log σ(β · [(log π(chosen) - log π_ref(chosen)) - (log π(rejected) - log π_ref(rejected))])

where log π(answer) sums the answer tokens' log-probabilities (its text and `<|end|>`) after the prompt. The
policy starts from the run's chat model (the SFT model when there is one) and the reference is that same model,
frozen; its log-probabilities never change, so they are computed once before training instead of keeping a
second model in memory. Checkpoints go to `runs/NAME/dpo/` every `dpo.checkpoint_every` steps, with the optimizer
state and those reference log-probabilities, so `resume=True` continues an interrupted run exactly; the last one
becomes the run's chat model.
"""

from __future__ import annotations

import itertools
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from roost.chat_model import chat_model_path, load_chat_model, set_chat_model
from roost.checkpoint import Checkpoint, find_checkpoint, save_checkpoint
from roost.config import RunConfig
from roost.device import pick_device
from roost.errors import RoostError
from roost.lora import merge_lora
from roost.model import Transformer
from roost.run import METRICS, Run
from roost.tokenizer import load_tokenizer
from roost.train.optim import Optimizers
from roost.train.progress import MetricsLog
from roost.train.runtime import autocast, load_training_state, optimizer_states, restore_rng, rng_state, use_bf16
from roost.train.schedule import Schedule
from roost.tune.batching import IGNORE, collate, forward
from roost.tune.conversations import PreferencePair, read_preferences
from roost.tune.sft import resume_checkpoint, tuning_optimizers


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


def dpo(run: Run, config: RunConfig, resume: bool = False) -> DPOResult:
    """Preference-tune the run's chat model on `dpo.data`; `resume` continues from the latest DPO checkpoint."""
    cfg = config.dpo
    started = time.monotonic()
    if not cfg.data:
        raise RoostError("dpo.data is not set: give a preference-pairs JSONL file with --set dpo.data=PATH")
    device = pick_device(config.train.device)
    use_bf16(device, config.train.precision)  # refuses bf16 on the CPU before any work
    torch.manual_seed(cfg.seed)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    out_dir = run.dpo_dir
    resume_from = resume_checkpoint(out_dir) if resume else None
    start = Path(resume_from.meta["started_from"]) if resume_from else find_checkpoint(chat_model_path(run)).path
    policy = merge_lora(load_chat_model(resume_from.path if resume_from else start, run, device))  # LoRA: one plain model
    pairs, stats = read_preferences(Path(cfg.data), tokenizer, policy.config.max_seq_len, cfg.on_error)
    if not pairs:
        raise RoostError(f"{cfg.data}: no usable preference pairs ({stats.read} read, skipped {stats.skipped})")
    pad_id = tokenizer.boundary_id
    optimizers = tuning_optimizers(policy, config, cfg.lr, 0.0, device)

    if resume_from is not None:
        done, reference, initial = _restore(resume_from, policy, optimizers, len(pairs), device)
    else:
        done, reference = 0, answer_logprobs_all(policy, pairs, cfg.batch_size, pad_id, device)
        initial = evaluate_pairs(policy, pairs, reference, cfg.beta, cfg.batch_size, pad_id, device)
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir(parents=True)
    metrics = MetricsLog(out_dir / METRICS)
    metrics.truncate_after(done)
    schedule = Schedule(config.train.schedule, cfg.max_steps, 0, config.train.min_lr_ratio, config.train.decay_fraction)
    meta = {"stage": "dpo", "started_from": str(start), "beta": cfg.beta, "data": stats.to_dict(),
            "initial": asdict(initial)}
    policy.train()
    batches = _batches(len(pairs), cfg.batch_size, cfg.max_steps, cfg.seed)
    for step, indices in enumerate(itertools.islice(batches, done, None), start=done + 1):
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
        if step % cfg.checkpoint_every == 0 and step < cfg.max_steps:
            _save(out_dir, step, policy, optimizers, reference, meta, config.train.keep_checkpoints)

    final = evaluate_pairs(policy, pairs, reference, cfg.beta, cfg.batch_size, pad_id, device)
    checkpoint = _save(out_dir, cfg.max_steps, policy, optimizers, reference, {**meta, "final": asdict(final)},
                       config.train.keep_checkpoints)
    set_chat_model(run, out_dir)
    elapsed = time.monotonic() - started
    return DPOResult(checkpoint, start, cfg.max_steps, len(pairs), initial, final, elapsed, stats.to_dict())


def _save(
    out_dir: Path, step: int, policy: Transformer, optimizers: Optimizers,
    reference: tuple[torch.Tensor, torch.Tensor], meta: dict[str, Any], keep: int,
) -> Path:  # fmt: skip
    """A DPO checkpoint: the policy's weights, and what resuming needs (optimizer, RNG, reference log-probabilities)."""
    state = {"optimizers": optimizer_states(policy, optimizers), "rng": rng_state(policy.lm_head.weight.device),
             "reference": list(reference)}
    return save_checkpoint(out_dir, step, policy.state_dict(), policy.config, state, meta, keep)


def _restore(
    checkpoint: Checkpoint, policy: Transformer, optimizers: Optimizers, pairs: int, device: torch.device
) -> tuple[int, tuple[torch.Tensor, torch.Tensor], PreferenceMetrics]:
    """Step, reference log-probabilities and starting metrics of an interrupted run; optimizer and RNG restored."""
    try:
        state = checkpoint.load_state()
        chosen, rejected = state["reference"]
        if len(chosen) != pairs:
            raise ValueError(f"it was trained on {len(chosen)} preference pairs, dpo.data now gives {pairs}")
        load_training_state(policy, optimizers, state["optimizers"])
        restore_rng(state["rng"], device)
        return checkpoint.step, (chosen, rejected), PreferenceMetrics(**checkpoint.meta["initial"])
    except (KeyError, ValueError, TypeError, RuntimeError) as exc:
        raise RoostError(f"{checkpoint.path}: checkpoint does not fit this DPO run: {exc}") from None


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
