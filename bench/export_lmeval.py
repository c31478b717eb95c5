"""lm-eval scoring throughput: roost's adapter (`RoostLM`) against lm-eval's own Hugging Face adapter (`HFLM`)
on the same model, exported with `roost export hf`, over the same multiple-choice requests built from TweetEval
irony validation tweets ("ironic" / "not ironic"). Both adapters must return the same log-likelihoods (to 1e-3)
and the same greedy flags, since they score the same continuations on the same weights; the comparison is
loglikelihood requests per second, timed around the adapters' `loglikelihood` call alone. A second comparison
times `generate_until` (greedy continuations of tweet openings): roost's adapter hands every request to the
continuous-batching engine at once, HFLM runs `generate` batch by batch.

    .venv/bin/python bench/export_lmeval.py [--items 300] [--preset tiny] [--batch-size 16] [--threads 1]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"

import torch
from lm_eval.api.instance import Instance
from lm_eval.models.huggingface import HFLM

from roost.checkpoint import save_checkpoint
from roost.config import load_config
from roost.export.hf import export_hf
from roost.export.lmeval import RoostLM
from roost.model import Transformer
from roost.run import Run, open_run
from roost.tokenizer import train_tokenizer

IRONY = Path(__file__).parents[1].parent / "shared" / "corpora" / "tweeteval" / "irony"
CHOICES = ["not ironic", "ironic"]


def build_run(root: Path, preset: str) -> Run:
    """A run with a tokenizer trained on TweetEval irony train text and a random model of the preset's shape."""
    config = load_config(preset)
    run = open_run(root / "run")
    texts = (IRONY / "train_text.txt").read_text(encoding="utf-8").splitlines()
    train_tokenizer(iter(texts), vocab_size=config.tokenizer.vocab_size).save(run.tokenizer_dir)
    model = Transformer(config.model)
    model.init_weights(seed=0)
    save_checkpoint(run.checkpoints_dir, 1, model.state_dict(), config.model)
    return run


def requests(items: int) -> tuple[list[Instance], list[int]]:
    tweets = (IRONY / "val_text.txt").read_text(encoding="utf-8").splitlines()[:items]
    labels = [int(y) for y in (IRONY / "val_labels.txt").read_text().split()[:items]]
    out = []
    for index, tweet in enumerate(tweets):
        for choice in CHOICES:
            out.append(Instance("loglikelihood", {}, (f"{tweet.strip()}\nThis tweet is", f" {choice}"), index))
    return out, labels


def generation_requests(count: int, max_tokens: int) -> list[Instance]:
    """Greedy continuations of tweet openings (their first five words), up to a newline or max_tokens."""
    tweets = (IRONY / "train_text.txt").read_text(encoding="utf-8").splitlines()[:count]
    kwargs = {"until": ["\n"], "max_gen_toks": max_tokens, "do_sample": False}
    return [Instance("generate_until", {}, (" ".join(t.split()[:5]), dict(kwargs)), i) for i, t in enumerate(tweets)]


def timed(lm, reqs: list[Instance], kind: str = "loglikelihood") -> tuple[list, float]:
    start = time.perf_counter()
    results = getattr(lm, kind)(reqs, disable_tqdm=True)
    return results, time.perf_counter() - start


def accuracy(results: list[tuple[float, bool]], labels: list[int]) -> float:
    picks = [max(range(len(CHOICES)), key=lambda c: results[i * len(CHOICES) + c][0]) for i in range(len(labels))]
    return sum(p == y for p, y in zip(picks, labels)) / len(labels)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--preset", default="tiny")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--generations", type=int, default=64)
    parser.add_argument("--max-tokens", type=int, default=32)
    # one thread by default: on a shared, oversubscribed machine torch's threads stall waiting for each other
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    reqs, labels = requests(args.items)
    with tempfile.TemporaryDirectory() as tmp:
        run = build_run(Path(tmp), args.preset)
        roost_lm = RoostLM.from_run(run, batch_size=args.batch_size)
        # HFLM with the boundary token as BOS: the same contexts roost scores
        baseline = HFLM(pretrained=str(export_hf(run).out_dir), device="cpu", batch_size=args.batch_size,
                        add_bos_token=True, dtype="float32")
        timed(roost_lm, reqs[: 2 * args.batch_size])  # warm-up both, outside the timing
        timed(baseline, reqs[: 2 * args.batch_size])
        ours, roost_s = timed(roost_lm, reqs)
        theirs, hf_s = timed(baseline, reqs)
        prompts = generation_requests(args.generations, args.max_tokens)
        our_texts, roost_gen_s = timed(roost_lm, prompts, "generate_until")
        their_texts, hf_gen_s = timed(baseline, prompts, "generate_until")
    worst = max(abs(a[0] - b[0]) for a, b in zip(ours, theirs))
    same_greedy = all(a[1] == b[1] for a, b in zip(ours, theirs))
    print(f"{len(reqs)} requests; max |log-likelihood difference| {worst:.2e}; greedy flags equal: {same_greedy}")
    print(f"accuracy on {len(labels)} items: roost {accuracy(ours, labels):.4f}, HFLM {accuracy(theirs, labels):.4f}")
    if worst > 1e-3 or not same_greedy:
        raise SystemExit("the adapters disagree")
    roost_rate, hf_rate = len(reqs) / roost_s, len(reqs) / hf_s
    same_text = sum(a == b for a, b in zip(our_texts, their_texts))
    print(f"generate_until: {same_text}/{len(prompts)} continuations identical to HFLM's")
    print(f"RESULT name=lmeval_loglikelihood_{args.preset} roost={roost_rate:.1f} baseline={hf_rate:.1f} "
          f"unit=requests/s ratio={roost_rate / hf_rate:.2f}")
    roost_gen, hf_gen = len(prompts) / roost_gen_s, len(prompts) / hf_gen_s
    print(f"RESULT name=lmeval_generate_until_{args.preset} roost={roost_gen:.2f} baseline={hf_gen:.2f} "
          f"unit=requests/s ratio={roost_gen / hf_gen:.2f}")


if __name__ == "__main__":
    main()
