"""Bits per byte of a checkpoint on text files (one post per line), comparable across tokenizers.

Each post is scored on its own from its start: the model reads `[<|endoftext|>] + post tokens` and is scored
on predicting the post's tokens and then `<|endoftext|>` as the end marker. The total negative log-likelihood
in bits, divided by the post's UTF-8 byte count, is bits per byte; summed over all posts first, so long posts
weigh by their length. A post longer than the model's context is scored in windows that each keep half a
context of the preceding tokens, so every token is predicted once, with as much context as fits; the context is
the training sequence length when the checkpoint records it, else the model's maximum.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from roost.checkpoint import load_model
from roost.data.textfiles import read_posts
from roost.device import pick_device
from roost.model import Transformer
from roost.run import Run
from roost.tokenizer import load_tokenizer
from roost.train.runtime import autocast

BATCH_TOKENS = 16384  # padded tokens per forward pass


@dataclass
class TextEvalResult:
    files: list[str]
    checkpoint: str
    step: int
    posts: int
    tokens: int  # predicted tokens, end markers included
    bytes: int
    loss: float  # mean negative log-likelihood per predicted token, in nats
    bits_per_byte: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Piece:
    """One forward pass's worth of a post: input ids, their targets, and how many leading targets are context only."""

    inputs: list[int]
    targets: list[int]
    skip: int


def evaluate_text(run: Run, files: list[Path], checkpoint: Path | None = None) -> TextEvalResult:
    """Score the run's latest checkpoint (or `checkpoint`: a step folder or checkpoints folder) on text files."""
    device = pick_device(run.load_config().train.device)
    tokenizer = load_tokenizer(run.tokenizer_file)
    posts = [post for file in files for post in read_posts(file)]
    model, loaded = load_model(checkpoint or run.root, device)
    model.eval()
    end = tokenizer.boundary_id
    # Windows as long as the sequences the model was trained on: positions past them were never seen.
    context = min(int(loaded.meta.get("seq_len", model.config.max_seq_len)), model.config.max_seq_len)
    pieces = [piece for ids in tokenizer.encode_batch(posts) for piece in post_windows([end, *ids, end], context)]
    nats = score_pieces(model, pieces, device)
    tokens = sum(len(piece.targets) - piece.skip for piece in pieces)
    nbytes = sum(len(post.encode("utf-8")) for post in posts)
    return TextEvalResult(
        files=[str(f) for f in files],
        checkpoint=str(loaded.path),
        step=loaded.step,
        posts=len(posts),
        tokens=tokens,
        bytes=nbytes,
        loss=nats / max(tokens, 1),
        bits_per_byte=nats / math.log(2) / max(nbytes, 1),
    )


def post_windows(sequence: list[int], context: int) -> Iterator[Piece]:
    """Cut one post's sequence into pieces of at most `context` inputs; every target is scored exactly once."""
    n_targets = len(sequence) - 1
    done = 0
    while done < n_targets:
        stop = min(done + (context if done == 0 else context // 2), n_targets)
        start = max(stop - context, 0)
        yield Piece(inputs=sequence[start:stop], targets=sequence[start + 1 : stop + 1], skip=done - start)
        done = stop


@torch.no_grad()
def score_pieces(model: Transformer, pieces: list[Piece], device: torch.device) -> float:
    """Total NLL in nats of the scored targets; pieces of similar length are batched together."""
    total = torch.zeros((), dtype=torch.float64, device=device)
    for batch in _length_batches(pieces):
        width = len(batch[-1].inputs)
        inputs = torch.zeros(len(batch), width, dtype=torch.long)
        targets = torch.full((len(batch), width), -100, dtype=torch.long)  # -100: cross_entropy's ignore_index
        for row, piece in enumerate(batch):
            inputs[row, : len(piece.inputs)] = torch.tensor(piece.inputs)
            targets[row, piece.skip : len(piece.targets)] = torch.tensor(piece.targets[piece.skip :])
        with autocast(device, "auto"):
            logits = model(inputs.to(device))
        nll = F.cross_entropy(logits.float().flatten(0, 1), targets.to(device).flatten(), reduction="sum")
        total += nll.double()
    return total.item()


def _length_batches(pieces: list[Piece]) -> Iterator[list[Piece]]:
    """Pieces sorted by length, grouped so each padded batch holds at most BATCH_TOKENS tokens."""
    batch: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: len(p.inputs)):
        if batch and (len(batch) + 1) * len(piece.inputs) > BATCH_TOKENS:
            yield batch
            batch = []
        batch.append(piece)
    if batch:
        yield batch
