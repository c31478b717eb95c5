"""Decode speed: roost's engine against Hugging Face transformers' `generate` on the same weights, same run.

Two comparisons, both greedy over a random-init model of a preset's shape (converted one-to-one into
`LlamaForCausalLM`, and checked to give the same logits):
  batch 1      one request, 128 new tokens: tokens/s
  concurrent   32 requests with prompts of 4..66 tokens and 32..156 new tokens each: aggregate tokens/s.
               roost runs them through its continuous batcher; transformers runs one left-padded batched
               `generate` that lasts as long as the longest request. Both count the tokens the requests asked for.
Each side's best of interleaved repeats counts; transformers also gets its best thread count. Prints one
RESULT line per comparison.

    python bench/decode.py                                   # tiny preset, CPU
    python bench/decode.py --device cuda --preset gpt2-small
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

import torch

from roost.config import load_config
from roost.engine import Engine, SamplingParams
from roost.model import Transformer
from roost.tokenizer import train_tokenizer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tweeteval" / "emoji" / "train_text.txt"


def hf_llama(model: Transformer):
    """The same weights as a transformers LlamaForCausalLM (roost's names are Llama's, without `model.`)."""
    from transformers import LlamaConfig, LlamaForCausalLM

    c = model.config
    config = LlamaConfig(
        vocab_size=c.vocab_size, hidden_size=c.dim, intermediate_size=c.ffn_dim, num_hidden_layers=c.n_layers,
        num_attention_heads=c.n_heads, num_key_value_heads=c.n_kv_heads, max_position_embeddings=c.max_seq_len,
        rope_theta=c.rope_theta, rms_norm_eps=c.norm_eps, tie_word_embeddings=c.tie_embeddings, head_dim=c.head_dim,
        bos_token_id=None, eos_token_id=None, pad_token_id=0,
    )
    hf = LlamaForCausalLM(config)
    state = {("lm_head.weight" if k == "lm_head.weight" else f"model.{k}"): v for k, v in model.state_dict().items()}
    hf.load_state_dict(state, strict=False)
    return hf.to(device=model.rope_cos.device, dtype=next(model.parameters()).dtype).eval()


def prompts(tokenizer, count: int, lengths: list[int]) -> list[list[int]]:
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines()[5000:8000] if line.strip()]
    stream = tokenizer.encode(" ".join(lines))
    return [[tokenizer.boundary_id, *stream[i * 70 : i * 70 + lengths[i] - 1]] for i in range(count)]


def roost_tokens_per_s(engine: Engine, requests: list[tuple[list[int], int]]) -> float:
    async def one(ids: list[int], new: int) -> int:
        params = SamplingParams(temperature=0, max_new_tokens=new, ignore_eos=True)
        return len([event async for event in engine.generate(ids, params)])

    async def all_of_them() -> float:
        start = time.perf_counter()
        counts = await asyncio.gather(*(one(ids, new) for ids, new in requests))
        elapsed = time.perf_counter() - start
        assert counts == [new for _, new in requests]
        return sum(counts) / elapsed

    return asyncio.run(all_of_them())


@torch.inference_mode()
def hf_tokens_per_s(hf, requests: list[tuple[list[int], int]], device: str) -> float:
    width = max(len(ids) for ids, _ in requests)
    input_ids = torch.tensor([[0] * (width - len(ids)) + ids for ids, _ in requests], device=device)
    attention = torch.tensor([[0] * (width - len(ids)) + [1] * len(ids) for ids, _ in requests], device=device)
    longest = max(new for _, new in requests)
    _sync(device)
    start = time.perf_counter()
    out = hf.generate(
        input_ids=input_ids, attention_mask=attention, max_new_tokens=longest, min_new_tokens=longest,
        do_sample=False, pad_token_id=0,
    )
    _sync(device)
    elapsed = time.perf_counter() - start
    assert out.shape[1] == width + longest
    return sum(new for _, new in requests) / elapsed


def compare(engine: Engine, hf, requests, device: str, repeats: int) -> tuple[float, float]:
    """Best of `repeats` interleaved runs each (a shared, noisy machine: the best run is the least disturbed).

    transformers also gets its pick of thread count: on a busy 2-core machine one thread is often faster.
    """
    thread_counts = sorted({1, torch.get_num_threads()}) if device == "cpu" else [torch.get_num_threads()]
    default_threads = torch.get_num_threads()
    roost_runs, hf_runs = [], []
    for _ in range(repeats):
        roost_runs.append(roost_tokens_per_s(engine, requests))
        for threads in thread_counts:
            torch.set_num_threads(threads)
            hf_runs.append(hf_tokens_per_s(hf, requests, device))
        torch.set_num_threads(default_threads)
    return max(roost_runs), max(hf_runs)


def _sync(device: str) -> None:
    if device == "cuda":
        torch.cuda.synchronize()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--preset", default="tiny")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--repeats", type=int, default=4)
    parser.add_argument("--concurrent", type=int, default=32)
    parser.add_argument("--eager", action="store_true", help="roost without its static decode (compiled on CPU)")
    args = parser.parse_args()

    config = load_config(args.preset).model
    torch.manual_seed(0)
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:20000]
    tokenizer = train_tokenizer(iter(lines), vocab_size=config.vocab_size)
    model = Transformer(config)
    model.init_weights(seed=0)
    dtype = torch.bfloat16 if args.device == "cuda" else torch.float32
    model = model.to(device=args.device, dtype=dtype).eval()
    hf = hf_llama(model)
    probe = torch.randint(0, tokenizer.vocab_size, (1, 16), device=args.device)
    with torch.inference_mode():
        gap = (hf(probe).logits.float() - model(probe).float()).abs().max().item()
    print(f"model {args.preset}: {sum(p.numel() for p in model.parameters()) / 1e6:.1f}M parameters on {args.device}; "
          f"max logit difference roost vs transformers {gap:.2e}")

    engine = Engine(model, tokenizer, max_batch_size=args.concurrent, static_decode=not args.eager)
    single = [(prompts(tokenizer, 1, [16])[0], 128)]
    n = args.concurrent
    lengths = [4 + (i * 2) % 63 for i in range(n)]
    many = list(zip(prompts(tokenizer, n, lengths), [32 + (i * 4) % 128 for i in range(n)]))
    for _ in range(2):  # warm-up: CUDA graphs are captured per batch bucket, CPU steps wanted for compiling
        roost_tokens_per_s(engine, single)
        roost_tokens_per_s(engine, many)
    asyncio.run(engine.warm_up())
    engine.wait_built()  # ... and built (in the background, once the engine is idle)

    roost_1, hf_1 = compare(engine, hf, single, args.device, args.repeats)
    roost_n, hf_n = compare(engine, hf, many, args.device, args.repeats)
    asyncio.run(engine.stop())
    tag = f"{args.preset}_{args.device}"
    print(f"RESULT name=decode_batch1_{tag} roost={roost_1:.1f} baseline={hf_1:.1f} unit=tokens/s ratio={roost_1 / hf_1:.2f}")
    print(f"RESULT name=decode_{n}_concurrent_{tag} roost={roost_n:.1f} baseline={hf_n:.1f} unit=tokens/s "
          f"ratio={roost_n / hf_n:.2f}")


if __name__ == "__main__":
    main()
