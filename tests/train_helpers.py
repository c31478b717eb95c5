"""Shared set-up for the training tests: a tiny model shape and a run folder with shards from real tweets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from corpora import post_lines

from roost.config import load_config
from roost.data.textfiles import ensure_token_shards
from roost.run import Run, open_run

# A model small enough that a step takes milliseconds on a loaded 2-core CPU.
TINY = [
    "tokenizer.vocab_size=512",
    "model.dim=32",
    "model.n_layers=2",
    "model.n_heads=2",
    "model.n_kv_heads=1",
    "model.ffn_dim=64",
    "model.max_seq_len=64",
    "train.seq_len=32",
    "train.batch_size=8",
    "train.lr=1e-2",
    "train.warmup_steps=2",
    "train.max_steps=8",
    "train.log_every=1",
    "train.eval_every=4",
    "train.eval_batches=2",
    "train.checkpoint_every=4",
    "train.compile=false",  # each test would pay seconds of compilation; one test covers compiled training
]


def write_posts(path: Path, count: int = 1500) -> Path:
    """The first `count` tweets of TweetEval's hate training text (without the corpora, the demo corpus's posts),
    one per line."""
    lines = post_lines("tweeteval", "hate", "train_text.txt", limit=count)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def prepared_run(root: Path, text: Path) -> Run:
    """A run whose tokenizer and shards are built from `text`, with the TINY config saved."""
    run = open_run(root)
    config = load_config("tiny", overrides=[*TINY, f'train.data=["{text}"]'])
    run.save_config(config)
    ensure_token_shards(run, config)
    return run


def copy_data(source: Run, root: Path) -> Run:
    """A new run folder sharing `source`'s tokenizer, shards and config, without its checkpoints or metrics."""
    root.mkdir(parents=True)
    for name in ("tokenizer", "tokens"):
        shutil.copytree(source.root / name, root / name)
    shutil.copy(source.config_path, root / "roost.toml")
    return Run(root)


def read_metrics(run: Run) -> tuple[dict[int, float], dict[int, float]]:
    """Training loss and validation loss by step."""
    train, val = {}, {}
    for line in run.metrics.read_text().splitlines():
        record = json.loads(line)
        if "loss" in record:
            train[record["step"]] = record["loss"]
        if "val_loss" in record:
            val[record["step"]] = record["val_loss"]
    return train, val


def rewind(run: Run, step: int) -> None:
    """Make `run` look as if it had stopped right after saving `step`: later checkpoints gone, `latest` at step."""
    for path in run.checkpoints_dir.glob("step-*"):
        if int(path.name.split("-")[1]) > step:
            shutil.rmtree(path)
    (run.checkpoints_dir / "latest").write_text(f"step-{step}\n")

