"""Chat tuning on the twitter-dialogue reply threads: does SFT lower held-out assistant-token loss, does LoRA get
within 10% of full tuning's improvement, and what does packing buy over padding?

The path is roost's own, end to end: a tiny model is briefly pretrained (`pretrain`, TweetEval training text) so it
knows tweets but has never seen a chat turn; the corpus's threads become conversations (turns alternating, ending
on the assistant's, as `roost threads` makes them); one in ten is held out by position; the rest are tuned on,
once fully and once with LoRA, and `evaluate_conversations` scores the base, full and LoRA models on the same
held-out conversations.

The baseline of the loss comparisons is the base model. The baseline of the speed comparison is the same SFT step
fed the way litgpt and TRL (without packing) feed it: each conversation its own row, padded to the longest of its
batch; roost packs conversations into full rows with per-conversation attention.

    .venv/bin/python bench/sft_dialogue.py [--pretrain-steps 120] [--sft-steps 100] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from roost.chat_model import load_chat_model
from roost.config import load_config
from roost.run import Run
from roost.tokenizer import load_tokenizer
from roost.train.pretrain import pretrain
from roost.tune.batching import IGNORE, ConversationLoader, collate
from roost.tune.conversations import read_conversations
from roost.tune.sft import batch_loss, evaluate_conversations, merge, sft, tuning_optimizers

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
DIALOGUE = CORPORA / "twitter-dialogue" / "TwitterConvCorpus.txt"
HELD_OUT_EVERY = 10  # conversation i is held out when i % 10 == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pretrain-steps", type=int, default=120)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (one is fastest on a shared 2-core box)")
    parser.add_argument("--sft-steps", type=int, default=100)
    parser.add_argument("--sft-batch", type=int, default=8, help="packed rows of 256 tokens per step")
    parser.add_argument("--sft-lr", type=float, default=1e-3)
    parser.add_argument("--lora-lr", type=float, default=4e-3)
    parser.add_argument("--lora-rank", type=int, default=16)
    parser.add_argument("--speed-steps", type=int, default=8)
    parser.add_argument("--speed-rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="keep the run folder (reused if it has a base model)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    root = args.keep or Path(tempfile.mkdtemp(prefix="roost-bench-sft-"))
    run = Run(root)
    root.mkdir(parents=True, exist_ok=True)
    texts = sorted(str(p) for p in (CORPORA / "tweeteval").rglob("train_text.txt"))
    config = load_config("tiny", overrides=[
        f"train.data={json.dumps(texts)}", f"train.max_steps={args.pretrain_steps}",
        "train.warmup_steps=20", "train.eval_every=100000", "train.checkpoint_every=100000", "train.log_every=20",
        f"sft.max_steps={args.sft_steps}", f"sft.batch_size={args.sft_batch}", "sft.warmup_steps=10",
        "sft.val_fraction=0.05",
        "sft.eval_every=50", "sft.checkpoint_every=100000", "sft.on_error=skip",
    ])
    run.save_config(config)

    started = time.monotonic()
    if not (run.checkpoints_dir / "latest").is_file():
        result = pretrain(run, config)
        print(f"pretrained {result.steps} steps, {result.tokens} tokens, val loss {result.val_loss:.3f} "
              f"in {result.elapsed_s:.0f} s")
    conversations = write_conversations(run.conversations)
    train_file, held_out = split_by_position(run)
    print(f"threads: {conversations} conversations; held out {count_lines(held_out)}")

    base = evaluate_conversations(run, held_out, checkpoint=run.checkpoints_dir)
    full_sft = config.sft.model_copy(update={"data": str(train_file), "lr": args.sft_lr})
    full_config = config.model_copy(update={"sft": full_sft})
    full_result = sft(run, full_config)
    full = evaluate_conversations(run, held_out, checkpoint=run.root / "sft")
    lora_config = full_config.model_copy(update={"sft": full_config.sft.model_copy(
        update={"lora": True, "lr": args.lora_lr, "lora_rank": args.lora_rank, "lora_alpha": 2.0 * args.lora_rank})})
    lora_result = sft(run, lora_config)
    lora = evaluate_conversations(run, held_out, checkpoint=run.root / "lora")
    merge(run)
    merged = evaluate_conversations(run, held_out)
    print(f"full SFT: {full_result.steps} steps in {full_result.seconds:.0f} s; LoRA: {lora_result.steps} steps "
          f"in {lora_result.seconds:.0f} s; merged LoRA loss {merged.loss:.4f} (unmerged {lora.loss:.4f})")

    packed_s, padded_s, conversations = packing_speed(
        run, train_file, config.sft.batch_size, args.speed_steps, args.speed_rounds
    )
    print(f"held-out: {base.conversations} conversations, {base.tokens} assistant tokens; "
          f"total wall time {time.monotonic() - started:.0f} s; run folder {root}")

    full_gain, lora_gain = base.loss - full.loss, base.loss - lora.loss
    share = lora_gain / full_gain if full_gain > 0 else float("nan")
    print(result_line("sft_full_heldout_assistant_loss", full.loss, base.loss, "nats/token", base.loss / full.loss))
    print(result_line("sft_lora_heldout_assistant_loss", lora.loss, base.loss, "nats/token", base.loss / lora.loss))
    print(result_line("lora_share_of_full_improvement", share, 0.9, "fraction", share / 0.9))
    print(result_line("sft_packed_vs_padded_time", packed_s, padded_s, f"s/{conversations}conv", padded_s / packed_s))
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)


def write_conversations(path: Path) -> int:
    """The corpus's threads in OpenAI format: turns alternate, the last is the assistant's, the first the user's.

    (`roost threads` does the same from a run's posts; this bench has no ingested posts.)
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for block in re.split(r"\n\s*\n\s*\n\s*\n", DIALOGUE.read_text(encoding="utf-8")):
            turns = [t.strip() for t in block.strip().splitlines() if t.strip()]
            turns = turns[len(turns) % 2 :]  # drop an opening assistant turn so the thread opens on a user
            if len(turns) >= 2:
                roles = ["user", "assistant"] * (len(turns) // 2)
                messages = [{"role": r, "content": t} for r, t in zip(roles, turns)]
                out.write(json.dumps({"messages": messages}, ensure_ascii=False) + "\n")
                count += 1
    return count


def split_by_position(run: Run) -> tuple[Path, Path]:
    lines = run.conversations.read_text(encoding="utf-8").splitlines(keepends=True)
    train_file, held_out = run.root / "sft-train.jsonl", run.root / "held-out.jsonl"
    train_file.write_text("".join(l for i, l in enumerate(lines) if i % HELD_OUT_EVERY), encoding="utf-8")
    held_out.write_text("".join(l for i, l in enumerate(lines) if i % HELD_OUT_EVERY == 0), encoding="utf-8")
    return train_file, held_out


def count_lines(path: Path) -> int:
    return sum(1 for _ in open(path, encoding="utf-8"))


def packing_speed(run: Run, train_file: Path, batch_rows: int, steps: int, rounds: int) -> tuple[float, float, int]:
    """Seconds for the same conversations through full SFT steps (forward, backward, AdamW): packed vs padded."""
    tokenizer = load_tokenizer(run.tokenizer_dir)
    model = load_chat_model(run.checkpoints_dir, run, "cpu")
    row_len = model.config.max_seq_len
    examples, _ = read_conversations(train_file, tokenizer, row_len, on_error="skip")
    loader = ConversationLoader(examples, batch_rows, row_len, tokenizer.boundary_id, seed=0)
    packed_rows = loader.rows[: steps * batch_rows]
    conversations = [e for row in packed_rows for e in row]
    padded_rows = [[e] for e in conversations]
    per_padded_batch = max(1, len(conversations) // steps)
    config = load_config("tiny")

    def timed(rows: list, rows_per_batch: int, packed: bool) -> float:
        optimizers = tuning_optimizers(model, config, 1e-4, 0.0, torch.device("cpu"))
        started = time.perf_counter()
        for i in range(0, len(rows), rows_per_batch):
            chunk = rows[i : i + rows_per_batch]
            batch = collate(chunk, max(sum(len(e) - 1 for e in row) for row in chunk), tokenizer.boundary_id)
            if packed:
                loss = batch_loss(model, batch)
            else:  # one conversation per row: plain causal attention, padding only at the end
                logits = model(batch.inputs)
                loss = F.cross_entropy(logits.flatten(0, 1), batch.targets.flatten(), ignore_index=IGNORE)
            loss.backward()
            optimizers.step()
            optimizers.zero_grad()
        return time.perf_counter() - started

    timed(padded_rows[:per_padded_batch], per_padded_batch, packed=False)  # warm-up
    padded, packed = [], []
    for _ in range(rounds):  # interleaved, best of each: other jobs on a shared machine slow whichever runs then
        padded.append(timed(padded_rows, per_padded_batch, packed=False))
        packed.append(timed(packed_rows, batch_rows, packed=True))
    return min(packed), min(padded), len(conversations)


def result_line(name: str, roost: float, baseline: float, unit: str, ratio: float) -> str:
    fmt = (lambda v: f"{v:.4f}") if all(math.isfinite(v) for v in (roost, baseline)) else str
    return f"RESULT name={name} roost={fmt(roost)} baseline={fmt(baseline)} unit={unit} ratio={ratio:.3f}"


if __name__ == "__main__":
    main()
