"""Quality on real posts at an equal time budget: roost's `tiny` pretraining vs a nanoGPT-shaped byte-level GPT-2.

    python bench/tweeteval_bpb.py [--minutes 10] [--threads 2] [--anchor] [--set train.lr=4e-3 ...]

Both train on every TweetEval `train_text.txt` (stance sub-folders included) for the same wall-clock budget on
the same machine, one after the other, and are scored the same way on every `val_text.txt`: each post on its own
from its start, the negative log-likelihood in bits of its UTF-8 bytes and its end marker, over its bytes.

roost: the `tiny` preset (8k byte-level BPE trained on the training text, Llama-style model, AdamW, cosine),
`train.time_budget_minutes` sizing the schedule; scored by `roost.train.evaluate.evaluate_text`.
Baseline: nanoGPT's configuration from shared/ANCHORS.md (byte-level, 4 layers x 128, 4 heads, block 128,
batch 32, AdamW lr 2e-3, warmup 50, cosine to 2e-4, no dropout) as Hugging Face's `GPT2LMHeadModel` (nanoGPT's
architecture), its iterations planned from the measured step time so it too ends, decayed, on time; each post
follows a newline and is scored on its bytes and the closing newline, bytes past the 128-byte context left out.
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "tweeteval"
ANCHOR_BPB = 2.62  # nanoGPT, same data, 10 minutes on this machine (shared/ANCHORS.md)
BLOCK, BATCH, LR, MIN_LR, WARMUP = 128, 32, 2e-3, 2e-4, 50


def text_files(split: str) -> list[Path]:
    return sorted(CORPORA.rglob(f"{split}_text.txt"))


def read_posts(files: list[Path]) -> list[str]:
    posts = []
    for file in files:
        posts += [line.rstrip("\n").rstrip("\r") for line in file.read_text(encoding="utf-8").splitlines()]
    return [p for p in posts if p.strip()]


def run_roost(minutes: float, workdir: Path, overrides: list[str]) -> tuple[float, dict]:
    from roost.config import load_config
    from roost.run import open_run
    from roost.train.evaluate import evaluate_text
    from roost.train.pretrain import pretrain

    run = open_run(workdir / "roost-tweeteval")
    train = [str(f) for f in text_files("train")]
    config = load_config(
        "tiny",
        overrides=[f"train.data={train!r}".replace("'", '"'), f"train.time_budget_minutes={minutes}", *overrides],
    )
    run.save_config(config)
    result = pretrain(run, config)
    scored = evaluate_text(run, text_files("val"))
    return scored.bits_per_byte, {"steps": result.steps, "tokens": result.tokens, "seconds": round(result.elapsed_s, 1)}


def run_baseline(minutes: float) -> tuple[float, dict]:
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.manual_seed(1337)
    data = np.frombuffer(("\n".join(read_posts(text_files("train"))) + "\n").encode("utf-8"), dtype=np.uint8)
    data = torch.from_numpy(data.astype(np.int64))
    config = GPT2Config(
        vocab_size=256,
        n_positions=BLOCK,
        n_embd=128,
        n_layer=4,
        n_head=4,
        resid_pdrop=0.0,
        embd_pdrop=0.0,
        attn_pdrop=0.0,
        bos_token_id=10,
        eos_token_id=10,
    )
    model = GPT2LMHeadModel(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=LR, betas=(0.9, 0.99), weight_decay=0.1)

    def batch() -> tuple[torch.Tensor, torch.Tensor]:
        starts = torch.randint(len(data) - BLOCK - 1, (BATCH,))
        rows = torch.stack([data[s : s + BLOCK + 1] for s in starts])
        return rows[:, :-1], rows[:, 1:]

    def lr_at(step: int, total: int) -> float:
        if step < WARMUP:
            return LR * (step + 1) / WARMUP
        progress = min((step - WARMUP) / max(total - WARMUP, 1), 1.0)
        return MIN_LR + 0.5 * (1 + math.cos(math.pi * progress)) * (LR - MIN_LR)

    budget, started, total, step = minutes * 60, time.perf_counter(), None, 0
    while total is None or step < total:
        for group in optimizer.param_groups:
            group["lr"] = lr_at(step, total or 10**9)
        inputs, targets = batch()
        loss = F.cross_entropy(model(inputs).logits.flatten(0, 1), targets.flatten())
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        if step == 20 and total is None:  # plan the schedule from the measured step time, as roost does
            total = int(budget / ((time.perf_counter() - started) / step))
    seconds = time.perf_counter() - started
    return score_baseline(model), {"steps": step, "tokens": step * BATCH * BLOCK, "seconds": round(seconds, 1)}


@torch.no_grad()
def score_baseline(model) -> float:
    model.eval()
    bits, nbytes = 0.0, 0
    encoded = [post.encode("utf-8") for post in read_posts(text_files("val"))]
    for first in range(0, len(encoded), 256):
        rows = [b"\n" + post + b"\n" for post in encoded[first : first + 256]]
        width = min(max(len(r) for r in rows) - 1, BLOCK)
        inputs = torch.zeros(len(rows), width, dtype=torch.long)
        targets = torch.full((len(rows), width), -100, dtype=torch.long)
        for i, row in enumerate(rows):
            ids = torch.tensor(list(row[: width + 1]))
            inputs[i, : len(ids) - 1], targets[i, : len(ids) - 1] = ids[:-1], ids[1:]
        logits = model(inputs).logits
        nll = F.cross_entropy(logits.flatten(0, 1), targets.flatten(), ignore_index=-100, reduction="sum")
        bits += float(nll) / math.log(2)
        nbytes += sum(len(post) for post in encoded[first : first + 256])
    return bits / nbytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="training budget of each side")
    parser.add_argument("--threads", type=int, default=torch.get_num_threads())
    parser.add_argument("--anchor", action="store_true", help="use the measured nanoGPT anchor instead of training it")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override roost's config")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        roost_bpb, roost_info = run_roost(args.minutes, Path(tmp), args.set)
    print(f"roost: {roost_bpb:.4f} bits/byte ({roost_info})", flush=True)
    if args.anchor:
        baseline_bpb, label = ANCHOR_BPB, "nanoGPT anchor (shared/ANCHORS.md)"
    else:
        baseline_bpb, info = run_baseline(args.minutes)
        label = f"nanoGPT-shaped GPT-2 ({info})"
    print(f"baseline: {baseline_bpb:.4f} bits/byte, {label}", flush=True)
    print(
        f"RESULT name=tweeteval_val_bpb_{args.minutes:g}min roost={roost_bpb:.4f} baseline={baseline_bpb:.4f} "
        f"unit=bits/byte ratio={baseline_bpb / roost_bpb:.3f}"
    )


if __name__ == "__main__":
    main()
