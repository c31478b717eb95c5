"""Batches for chat tuning: rendered conversations packed into rows, each conversation attending only to itself.

Reply threads are short next to the context (a few dozen tokens against hundreds), so padding each one to the
context would waste most of every step. They are packed first-fit into rows of `row_len` tokens instead, and
packing must not change what the model computes: positions restart at 0 with every conversation, and a
block-diagonal causal mask (handed to the model through its attention hook, the same one the engine's KV cache
uses) keeps a conversation from seeing the one packed before it. A packed conversation's logits therefore equal
the logits it gets alone.

Targets hold the next token where that token carries loss (assistant content and its `<|end|>`), else -100.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from roost.model import Transformer
from roost.tune.conversations import Example

IGNORE = -100


@dataclass
class Batch:
    inputs: torch.Tensor  # (B, T) token ids
    targets: torch.Tensor  # (B, T) next token where it carries loss, else IGNORE
    positions: torch.Tensor  # (B, T) position within its own conversation
    segments: torch.Tensor  # (B, T) which conversation of the row a token belongs to; padding is -1

    def to(self, device: torch.device | str) -> Batch:
        tensors = (self.inputs, self.targets, self.positions, self.segments)
        return Batch(*(t.to(device, non_blocking=True) for t in tensors))

    @property
    def loss_tokens(self) -> int:
        return int((self.targets != IGNORE).sum())


class SegmentMask:
    """The model's attention hook for packed rows: causal attention within each conversation only."""

    def __init__(self, segments: torch.Tensor):
        length = segments.size(1)
        causal = torch.ones(length, length, dtype=torch.bool, device=segments.device).tril()
        self.mask = ((segments[:, :, None] == segments[:, None, :]) & causal)[:, None]

    def attend(self, layer: int, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        return F.scaled_dot_product_attention(q, k, v, attn_mask=self.mask, enable_gqa=q.size(1) != k.size(1))


def forward(model: Transformer, batch: Batch) -> torch.Tensor:
    """Logits (B, T, vocab) of a packed batch."""
    return model(batch.inputs, positions=batch.positions, cache=SegmentMask(batch.segments))


def pack_rows(lengths: list[int], row_len: int) -> list[list[int]]:
    """First-fit packing: the indices of the examples in each row, in the order given.

    An example of n tokens fills n - 1 slots (its inputs; the last token is only a target).
    """
    rows: list[list[int]] = []
    free: list[int] = []
    for index, length in enumerate(lengths):
        need = length - 1
        if need > row_len:
            raise ValueError(f"example {index} needs {need} slots, more than a row's {row_len}")
        slot = next((r for r, room in enumerate(free) if room >= need), None)
        if slot is None:
            rows.append([])
            free.append(row_len)
            slot = len(rows) - 1
        rows[slot].append(index)
        free[slot] -= need
    return rows


def collate(rows: list[list[Example]], row_len: int, pad_id: int) -> Batch:
    """Tensors for a batch of rows, each row a list of examples packed left to right and padded at the end."""
    shape = (len(rows), row_len)
    inputs = np.full(shape, pad_id, dtype=np.int64)
    targets = np.full(shape, IGNORE, dtype=np.int64)
    positions = np.zeros(shape, dtype=np.int64)
    segments = np.full(shape, -1, dtype=np.int64)
    for r, row in enumerate(rows):
        start = 0
        for s, example in enumerate(row):
            ids = np.asarray(example.ids, dtype=np.int64)
            trained = np.asarray(example.loss_mask[1:], dtype=bool)
            n = len(ids) - 1
            inputs[r, start : start + n] = ids[:-1]
            targets[r, start : start + n] = np.where(trained, ids[1:], IGNORE)
            positions[r, start : start + n] = np.arange(n)
            segments[r, start : start + n] = s
            start += n
        positions[r, start:] = np.arange(row_len - start)
    return Batch(*(torch.from_numpy(a) for a in (inputs, targets, positions, segments)))


class ConversationLoader:
    """Endless batches of packed rows: reshuffled and repacked every epoch, seeded, resumable mid-epoch."""

    def __init__(self, examples: list[Example], batch_size: int, row_len: int, pad_id: int, seed: int = 0):
        if not examples:
            raise ValueError("no examples to load")
        self.examples = examples
        self.batch_size, self.row_len, self.pad_id, self.seed = batch_size, row_len, pad_id, seed
        self.epoch, self.cursor = 0, 0
        self.rows = self._pack_epoch()

    def next_batch(self) -> Batch:
        if self.cursor >= len(self.rows):
            self.epoch, self.cursor = self.epoch + 1, 0
            self.rows = self._pack_epoch()
        rows = self.rows[self.cursor : self.cursor + self.batch_size]
        self.cursor += len(rows)
        return collate(rows, self.row_len, self.pad_id)

    def state_dict(self) -> dict[str, int]:
        return {"epoch": self.epoch, "cursor": self.cursor}

    def load_state_dict(self, state: dict[str, int]) -> None:
        self.epoch, self.cursor = int(state["epoch"]), int(state["cursor"])
        self.rows = self._pack_epoch()

    def _pack_epoch(self) -> list[list[Example]]:
        order = np.random.default_rng((self.seed, self.epoch)).permutation(len(self.examples))
        packed = pack_rows([len(self.examples[i]) for i in order], self.row_len)
        return [[self.examples[order[i]] for i in row] for row in packed]


def iter_batches(examples: list[Example], batch_size: int, row_len: int, pad_id: int) -> Iterator[Batch]:
    """One pass over the examples in file order, packed, for evaluation."""
    packed = pack_rows([len(e) for e in examples], row_len)
    for start in range(0, len(packed), batch_size):
        rows = [[examples[i] for i in row] for row in packed[start : start + batch_size]]
        yield collate(rows, row_len, pad_id)
