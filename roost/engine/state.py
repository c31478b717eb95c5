"""The engine's per-request decode state, one row per slot: KV cache rows, sampler settings, last tokens, positions.

Everything a decode step reads and writes lives here, so a step is a function of (weights, state) and nothing
else: the engine's loop keeps the requests and their slots, a compiled step (`static.py`) is handed a state and
the step to run on it, and building one on a `scratch` state touches no request. Rows 0..n-1 hold the n running
requests; `move` keeps them packed when one leaves and `clear` frees a row.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from roost.config import ModelConfig
from roost.engine.cache import KVCache
from roost.engine.decode import DecodeModel
from roost.engine.sampling import Sampler, SamplingParams


@dataclass
class Snapshot:
    """What a compiled round advances for rows 0..n-1, kept so a round that fails can be undone (the cache needs
    nothing: positions past a row's length are rewritten before anything reads them)."""

    last_token: torch.Tensor
    position: torch.Tensor
    drawn: torch.Tensor
    counts: torch.Tensor | None  # only where the round's sampling counts tokens (penalties)


class DecodeState:
    """Decode state for `rows` requests of up to `context` positions each (see the module docstring)."""

    def __init__(
        self, config: ModelConfig, rows: int, context: int, device: torch.device, dtype: torch.dtype, valid_vocab: int
    ):
        self.config, self.rows, self.context = config, rows, context
        self.device, self.dtype, self.valid_vocab = device, dtype, valid_vocab
        self.cache = KVCache(config, rows, device, dtype, context)
        self.sampler = Sampler(rows, config.vocab_size, device, valid_vocab=valid_vocab)
        self.last_token = torch.zeros(rows, dtype=torch.long, device=device)  # each row's newest token
        self.position = torch.zeros(rows, dtype=torch.long, device=device)  # where that token goes in the cache

    def scratch(self, rows: int) -> DecodeState:
        """A state of the same shapes with its own memory, rows 0..rows-1 holding valid sampling settings: where a
        step can run (and be compiled) without touching any request. Its cache is zeros nobody has written, so
        it commits memory only for what the step writes."""
        scratch = DecodeState(self.config, self.rows, self.context, self.device, self.dtype, self.valid_vocab)
        for row in range(rows):  # top_p 0 would keep no token
            scratch.sampler.set_row(row, SamplingParams(), prompt_ids=[0], seed=0)
        return scratch

    def start(self, row: int, params: SamplingParams, prompt_ids: list[int], seed: int) -> None:
        """Take a request's sampling settings into `row` (before its prompt is prefilled there)."""
        self.sampler.set_row(row, params, prompt_ids, seed)

    def prefilled(self, first: int, tokens: torch.Tensor, lengths: torch.Tensor) -> None:
        """Rows first.. have their prompts (of `lengths`) in the cache and their first tokens sampled."""
        self.last_token[first : first + len(tokens)] = tokens
        self.position[first : first + len(tokens)] = lengths

    def advanced(self, rows: int, tokens: torch.Tensor) -> None:
        """Rows 0..rows-1 decoded one step: `tokens` are their new last tokens, one position on."""
        self.last_token[:rows] = tokens
        self.position[:rows] += 1

    def move(self, source: int, target: int, length: int) -> None:
        """Row `source` (holding `length` positions) moves to `target`, which it overwrites; `source` is freed."""
        self.cache.move(source, target, length)
        self.sampler.move(source, target)
        self.last_token[target] = self.last_token[source]
        self.position[target] = self.position[source]
        self.position[source] = 0

    def clear(self, row: int) -> None:
        """Free a row. Its position goes back to 0, which keeps padded rows of a fixed-shape step inside the
        position tables."""
        self.sampler.clear(row)
        self.position[row] = 0

    def clear_all(self) -> None:
        for row in range(self.rows):
            self.clear(row)

    def snapshot(self, rows: int, counts: bool) -> Snapshot:
        sampler = self.sampler
        return Snapshot(
            self.last_token[:rows].clone(), self.position[:rows].clone(), sampler.drawn[:rows].clone(),
            sampler.counts[:rows].clone() if counts else None,
        )  # fmt: skip

    def restore(self, snapshot: Snapshot) -> None:
        rows = len(snapshot.position)
        self.last_token[:rows] = snapshot.last_token
        self.position[:rows] = snapshot.position
        self.sampler.drawn[:rows] = snapshot.drawn
        if snapshot.counts is not None:
            self.sampler.counts[:rows] = snapshot.counts


def eager_step(forward: DecodeModel, state: DecodeState, rows: int, span: int) -> torch.Tensor:
    """Logits (rows, vocab) for rows 0..rows-1's last tokens at their positions, attending over `span` positions:
    the decode step run op by op (on CPU through roost's attention kernel)."""
    state.cache.decode(state.position[:rows], span)
    return forward(state.last_token[:rows], state.cache)
