"""Benchmark: tokens/s of roost's training step against Hugging Face transformers' LlamaForCausalLM.

Both models have the identical shape and start from the same weights (roost's parameter names are Llama's);
both run through the same step function (`roost.train.pretrain.train_step`: forward, cross-entropy, backward,
gradient clipping, fused AdamW with the same parameter groups) on the same batches. Timing alternates between
the two in rounds, so load from other processes on a shared machine falls on both; each side's figure is the
median over rounds.

    CPU:  the `tiny` preset's shape and a ~30M-parameter shape, fp32, roost eager and compiled, transformers eager.
    CUDA: adds the `gpt2-small` shape (seq 1024, bf16 autocast), both sides compiled, with MFU against 989 TFLOP/s.

    python bench/train_step.py [--shapes tiny 30m gpt2-small] [--rounds 5] [--steps 3] [--compile auto|on|off|both]
                               [--threads N]

Ends with one line per comparison:
    RESULT name=<what> roost=<value> baseline=<value> unit=<unit> ratio=<roost / baseline>
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import nn

from roost.config import ModelConfig, TrainConfig, load_config
from roost.model import Transformer, count_parameters, flops_per_token
from roost.train.optim import build_optimizers
from roost.train.pretrain import compile_for_training, forward_loss, train_step
from roost.train.progress import PEAK_FLOPS_BF16


@dataclass
class Shape:
    name: str
    model: ModelConfig
    batch_size: int
    seq_len: int


def shapes(device: torch.device) -> dict[str, Shape]:
    tiny = load_config("tiny")
    gpt2 = load_config("gpt2-small")
    thirty = ModelConfig(vocab_size=8192, dim=512, n_layers=8, n_heads=8, n_kv_heads=4, ffn_dim=1408, max_seq_len=256)
    return {
        "tiny": Shape("tiny", tiny.model, tiny.train.batch_size, tiny.train.seq_len),
        "30m": Shape("30m", thirty, 8 if device.type == "cpu" else 32, 256),
        "gpt2-small": Shape("gpt2-small", gpt2.model, gpt2.train.batch_size, gpt2.train.seq_len),
    }


class HFLogits(nn.Module):
    """transformers' LlamaForCausalLM behind roost's call signature: token ids in, logits out."""

    def __init__(self, roost_model: Transformer):
        super().__init__()
        from transformers import LlamaConfig, LlamaForCausalLM

        c = roost_model.config
        config = LlamaConfig(
            vocab_size=c.vocab_size,
            hidden_size=c.dim,
            intermediate_size=c.ffn_dim,
            num_hidden_layers=c.n_layers,
            num_attention_heads=c.n_heads,
            num_key_value_heads=c.n_kv_heads,
            head_dim=c.head_dim,
            max_position_embeddings=c.max_seq_len,
            rms_norm_eps=c.norm_eps,
            rope_theta=c.rope_theta,
            tie_word_embeddings=c.tie_embeddings,
            attention_bias=False,
            mlp_bias=False,
        )
        config._attn_implementation = "sdpa"
        self.hf = LlamaForCausalLM(config)
        weights = {
            (name if name == "lm_head.weight" else f"model.{name}"): tensor
            for name, tensor in roost_model.state_dict().items()
        }
        missing, unexpected = self.hf.load_state_dict(weights, strict=False)
        assert not unexpected and set(missing) <= {"lm_head.weight"}, (missing, unexpected)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        return self.hf(input_ids=tokens, use_cache=False).logits


@dataclass
class Contender:
    label: str
    model: nn.Module
    optimizers: object
    loss_fn: Callable
    rates: list[float]


def measure(shape: Shape, device: torch.device, rounds: int, steps: int, compile_modes: list[bool]) -> dict[str, float]:
    torch.manual_seed(0)
    bf16 = device.type == "cuda"
    train_config = TrainConfig(optimizer="adamw", lr=1e-4)
    base = Transformer(shape.model)
    base.init_weights(0)
    contenders = []
    for compiled in compile_modes:
        model = Transformer(shape.model)
        model.load_state_dict(base.state_dict())
        model.to(device)
        loss_fn = compile_for_training(model, per_block=False) if compiled else forward_loss
        label = "roost compiled" if compiled else "roost eager"
        contenders.append(Contender(label, model, build_optimizers(model, train_config, device), loss_fn, []))
    baseline = HFLogits(base).to(device)
    # On GPUs the fair baseline is compiled too (ANCHORS: 35% MFU compiled, 19% eager); on CPU it runs as a crew
    # would run it, eager.
    baseline_loss = torch.compile(forward_loss) if device.type == "cuda" else forward_loss
    contenders.append(
        Contender("transformers", baseline, build_optimizers(baseline, train_config, device), baseline_loss, [])
    )
    generator = torch.Generator().manual_seed(1)
    tokens = torch.randint(0, shape.model.vocab_size, (shape.batch_size, shape.seq_len + 1), generator=generator)
    batch = [(tokens[:, :-1], tokens[:, 1:])]

    def run(contender: Contender, n: int) -> float:
        sync(device)
        start = time.perf_counter()
        for _ in range(n):
            loss = train_step(contender.model, contender.optimizers, batch, device, bf16, 1.0, contender.loss_fn)
        loss.item()
        sync(device)
        return shape.batch_size * shape.seq_len * n / (time.perf_counter() - start)

    for contender in contenders:
        start = time.perf_counter()
        run(contender, 2)  # warm-up: compilation, allocator, first-touch of optimizer state
        print(f"  {shape.name}: {contender.label} warm-up {time.perf_counter() - start:.1f}s", flush=True)
    for _ in range(rounds):
        for contender in contenders:
            contender.rates.append(run(contender, steps))
    params = count_parameters(base)
    result = {c.label: statistics.median(c.rates) for c in contenders}
    for label, rate in result.items():
        print(
            f"  {shape.name} ({params / 1e6:.1f}M params, batch {shape.batch_size}x{shape.seq_len}): "
            f"{label} {rate:,.0f} tokens/s",
            flush=True,
        )
    return result


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--shapes", nargs="+", default=None, help="tiny, 30m, gpt2-small (CUDA default: all three)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--steps", type=int, default=3, help="timed steps per round")
    parser.add_argument(
        "--compile",
        choices=["auto", "on", "off", "both"],
        default="auto",
        help="roost compiled or eager (auto: both on CPU, compiled on CUDA)",
    )
    parser.add_argument("--threads", type=int, default=0, help="CPU threads for torch (0: torch's default)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    names = args.shapes or (["tiny", "30m", "gpt2-small"] if device.type == "cuda" else ["tiny", "30m"])
    modes = {"on": [True], "off": [False], "both": [False, True]}.get(
        args.compile, [True] if device.type == "cuda" else [False, True]
    )
    table = shapes(device)
    results = []
    for name in names:
        shape = table[name]
        rates = measure(shape, device, args.rounds, args.steps, modes)
        baseline = rates.pop("transformers")
        for label, rate in rates.items():
            suffix = "_compiled" if label == "roost compiled" and len(modes) > 1 else ""
            results.append(
                f"RESULT name=train_step_{name}{suffix}_{device.type} roost={rate:.0f} "
                f"baseline={baseline:.0f} unit=tokens/s ratio={rate / baseline:.2f}"
            )
            if device.type == "cuda":
                flops = flops_per_token(shape.model, shape.seq_len)
                mfu, base_mfu = 100 * flops * rate / PEAK_FLOPS_BF16, 100 * flops * baseline / PEAK_FLOPS_BF16
                results.append(
                    f"RESULT name=mfu_{name}{suffix} roost={mfu:.1f} baseline={base_mfu:.1f} unit=% "
                    f"ratio={mfu / base_mfu:.2f}"
                )
    print("\n".join(results))


if __name__ == "__main__":
    main()
