"""The preallocated key/value cache the engine plugs into `Transformer.forward`.

Every layer owns two tensors shaped (max_batch_size, n_kv_heads, max_seq_len, head_dim), allocated once. A request
holds one row (a "slot") from admission to finish. Running requests always occupy rows 0..n-1: when one leaves,
the last row is moved into the hole (`move`), so a decode step attends over plain slices of the cache and never
gathers. Two ways in:

    prefill(slot) + attend        `Transformer.forward` over prompts in a right-padded batch from position 0:
                                  k/v written to rows slot.., causal attention
    decode(positions) + attend_rows   `DecodeModel`: rows 0..n-1, one token each at its own position: q and k
                                  rotated to those positions (RoPE), k/v written there, each row attends over its
                                  own valid prefix

In decode the cache applies the rotary embedding itself (prefill gets q and k rotated by the model): on a float32
CPU cache roost's own kernel (native.py) rotates, writes and attends in one pass, reading each row's prefix and
nothing more; elsewhere it is PyTorch ops and SDPA over the span with a mask. Grouped-query attention folds the
query heads that share a kv head together, so keys and values are never repeated.

How many rows there are comes from a memory budget (`CacheSize.plan`), not from the batch size alone: a
long-context model's whole window times 32 requests is tens of GB. On CPU the cache is anonymous memory that the
kernel hands out zeroed on first write, so what a process holds follows the positions requests have written, not
the allocation.
"""

from __future__ import annotations

import mmap
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F

from roost.config import ModelConfig
from roost.engine.native import decode_attention
from roost.errors import RoostError
from roost.model import apply_rope, rope_tables

# (layer, q (rows, heads, head_dim), k, v (rows, kv_heads, head_dim)) -> attention output (rows, heads * head_dim);
# q and k are not yet rotated: the cache rotates them to their rows' positions
Attend = Callable[[int, torch.Tensor, torch.Tensor, torch.Tensor], torch.Tensor]


class KVCache:
    def __init__(
        self,
        config: ModelConfig,
        max_batch_size: int,
        device: torch.device | str = "cpu",
        dtype: torch.dtype = torch.float32,
        max_seq_len: int | None = None,
    ):
        self.max_batch_size = max_batch_size
        self.max_seq_len = max_seq_len or config.max_seq_len
        self.n_kv_heads = config.n_kv_heads
        self.group = config.n_heads // config.n_kv_heads
        shape = (max_batch_size, config.n_kv_heads, self.max_seq_len, config.head_dim)
        self.keys = [_zeros(shape, device, dtype) for _ in range(config.n_layers)]
        self.values = [_zeros(shape, device, dtype) for _ in range(config.n_layers)]
        self._flat_keys = [k.view(-1, config.head_dim) for k in self.keys]  # (row, kv_head, position) flattened
        self._flat_values = [v.view(-1, config.head_dim) for v in self.values]
        self._windows_shape: tuple[int, int] | None = None
        self._windows: list[tuple[torch.Tensor, torch.Tensor]] = []
        self.positions_range = torch.arange(self.max_seq_len, device=device)
        cos, sin = rope_tables(config.head_dim, self.max_seq_len, config.rope_theta)  # the model's, to this length
        self.rope_cos, self.rope_sin = cos.to(device, dtype), sin.to(device, dtype)
        self._all_rows = torch.arange(max_batch_size, device=device)
        self._kv_head_offsets = torch.arange(config.n_kv_heads, device=device)
        self._zeros = torch.zeros(max_batch_size, self.max_seq_len, device=device, dtype=dtype)
        self._slot = 0
        self._rows = 0
        self._span = 0
        self._mask: torch.Tensor | None = None
        # The hand-written CPU kernel where it applies (float32 on CPU, and a C compiler to build it with)
        kernel = decode_attention() if torch.device(device).type == "cpu" and dtype == torch.float32 else None
        self._native = kernel.bind(self.keys, self.values, self.rope_cos, self.rope_sin, config.n_heads) if kernel else None
        self._positions: torch.Tensor | None = None
        self._slots: torch.Tensor | None = None
        self._cos = self._sin = self._zeros[:0]  # this step's RoPE rows (PyTorch path)

    @property
    def flat_prefill(self) -> bool:
        """Whether prompts can be prefilled as decode rows, every token a row (`decode(..., slots=...)`).

        The CPU kernel writes and attends row by row in order, so each prompt token sees those before it, and a
        batch of prompts needs no padding. PyTorch's attention cannot, so prompts go through `prefill` instead.
        """
        return self._native is not None

    def prefill(self, slot: int) -> None:
        """Next `Transformer.forward` is a batch of prompts from position 0 (right-padded), stored in rows slot, slot+1, ...

        Padding after a prompt writes k/v past its end, which no decode step attends to before overwriting.
        """
        self._slot = slot

    def decode(self, positions: torch.Tensor, span: int | None = None, slots: torch.Tensor | None = None) -> None:
        """Next `DecodeModel` forward is one token for each of rows 0..len(positions)-1, at those positions.

        `span` bounds how many cache positions SDPA attends over (at least max(positions)+1; default all): a
        tight one saves work. The CPU kernel needs none, and takes `slots` (see `flat_prefill`): row r's token
        goes to cache row slots[r] instead of r. (`static_attention` is the stateless variant for CUDA graphs and
        torch.compile.)
        """
        self._rows = rows = positions.size(0)
        if self.flat_prefill:  # attends each row over its own prefix: no window, mask or index
            self._positions, self._slots = positions, slots
            return
        if slots is not None:
            raise ValueError("token slots need the CPU decode-attention kernel")
        self._span = span = span or self.max_seq_len
        if self._windows_shape != (rows, span):  # views over the attended rows and span, reused while they last
            self._windows_shape = (rows, span)
            self._windows = [(k[:rows, :, :span], v[:rows, :, :span]) for k, v in zip(self.keys, self.values)]
        # Computed once per step, used by every layer: an additive mask over each row's valid prefix, and
        # the flat (row, kv_head, position) index each row's new k/v go to.
        valid = self.positions_range[:span].unsqueeze(0) <= positions.unsqueeze(1)
        self._mask = self._zeros[:rows, :span].masked_fill(~valid, float("-inf"))[:, None, None, :]
        heads = self._kv_head_offsets  # (kv_heads,)
        self._flat_index = ((self._all_rows[:rows, None] * self.n_kv_heads + heads) * self.max_seq_len
                            + positions[:, None]).reshape(-1)
        self._cos, self._sin = self.rope_cos[positions].unsqueeze(1), self.rope_sin[positions].unsqueeze(1)

    def attend(self, layer: int, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        """Prefill (the model's `AttentionCache`): q (rows, heads, T, head_dim), k/v (rows, kv_heads, T, ...) rotated."""
        rows, length = q.size(0), q.size(2)
        self.keys[layer][self._slot : self._slot + rows, :, :length] = k
        self.values[layer][self._slot : self._slot + rows, :, :length] = v
        return F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=self.group > 1)

    def attend_rows(self, layer: int, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        """Decode: q (rows, heads, head_dim), k/v (rows, kv_heads, head_dim), q and k not yet rotated -> attention
        output (rows, heads * head_dim)."""
        if self._native is not None:
            return self._native(layer, q, k, v, self._positions, self._slots)
        q, k = apply_rope(q, self._cos, self._sin), apply_rope(k, self._cos, self._sin)
        head_dim = q.size(-1)
        self._flat_keys[layer].index_copy_(0, self._flat_index, k.reshape(-1, head_dim))
        self._flat_values[layer].index_copy_(0, self._flat_index, v.reshape(-1, head_dim))
        grouped = q.reshape(self._rows, self.n_kv_heads, self.group, head_dim)  # heads sharing a kv head act as queries
        keys, values = self._windows[layer]
        out = F.scaled_dot_product_attention(grouped, keys, values, attn_mask=self._mask)
        return out.reshape(self._rows, -1)

    def static_attention(self, positions: torch.Tensor, span: int | None = None) -> Attend:
        """Decode attention for rows 0..n-1 over the first `span` positions (default all), as a function of the layer.

        Unlike `decode` + `attend_rows`, it keeps no state between calls and every shape depends on the row
        count and span alone, so it can be captured in a CUDA graph or compiled once per (rows, span).
        """
        rows, span = positions.size(0), span or self.max_seq_len
        valid = (self.positions_range[:span].unsqueeze(0) <= positions.unsqueeze(1))[:, None, None, :]
        cos, sin = self.rope_cos[positions].unsqueeze(1), self.rope_sin[positions].unsqueeze(1)
        # Each row's new k/v go to (row, every kv head, its position). index_put_ on the cache tensor itself (not
        # a view of it): inductor then scatters these rows in place instead of rewriting the whole cache.
        where = (self._all_rows[:rows, None], self._kv_head_offsets[None, :], positions[:, None])

        def attend(layer: int, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
            q, k = apply_rope(q, cos, sin), apply_rope(k, cos, sin)
            self.keys[layer].index_put_(where, k)
            self.values[layer].index_put_(where, v)
            grouped = q.reshape(rows, self.n_kv_heads, self.group, q.size(-1))
            keys, values = self.keys[layer][:rows, :, :span], self.values[layer][:rows, :, :span]
            if q.is_cuda:
                out = F.scaled_dot_product_attention(grouped, keys, values, attn_mask=valid)
            else:  # written as products and sums, which inductor fuses into two short loops (SDPA's CPU kernel
                # costs ~30 us a call at one row, a quarter of a compiled step)
                scores = (grouped.unsqueeze(3) * keys.unsqueeze(2)).sum(-1) * q.size(-1) ** -0.5
                weights = scores.masked_fill(~valid, float("-inf")).softmax(-1)
                out = (weights.unsqueeze(-1) * values.unsqueeze(2)).sum(-2)
            return out.reshape(rows, -1)

        return attend

    def move(self, source: int, target: int, length: int) -> None:
        """Copy row `source`'s first `length` positions into row `target` (compaction when a request leaves)."""
        for keys, values in zip(self.keys, self.values):
            keys[target, :, :length] = keys[source, :, :length]
            values[target, :, :length] = values[source, :, :length]


def _zeros(shape: tuple[int, ...], device: torch.device | str, dtype: torch.dtype) -> torch.Tensor:
    """A zeroed tensor; on CPU backed by anonymous memory, whose pages are committed when first written.

    Reading a page nobody wrote maps the kernel's shared zero page, which costs nothing: padded rows and windows
    read as zeros (SDPA and compiled steps multiply them by zero weights, so they must not be garbage).
    """
    if torch.device(device).type != "cpu":
        return torch.zeros(shape, device=device, dtype=dtype)
    size = dtype.itemsize
    for dim in shape:
        size *= dim
    memory = mmap.mmap(-1, max(size, 1), flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    if hasattr(mmap, "MADV_NOHUGEPAGE"):  # a huge page would commit 2 MB at a row's first token
        memory.madvise(mmap.MADV_NOHUGEPAGE)
    return torch.frombuffer(memory, dtype=dtype, count=size // dtype.itemsize).view(shape)


# The share of free memory the KV cache takes by default (serve.kv_cache_memory = 0). On a GPU most of what the
# weights leave, as vLLM's gpu_memory_utilization; on CPU a fifth of available RAM, which the cache only
# commits as requests write it.
DEFAULT_SHARE = {"cuda": 0.8, "cpu": 0.2}


@dataclass(frozen=True)
class CacheSize:
    """How many requests (rows) of how many positions the cache holds, and the budget it was sized from."""

    rows: int
    context: int
    budget: int  # bytes

    @staticmethod
    def plan(
        config: ModelConfig, dtype: torch.dtype, device: torch.device, max_rows: int, context: int, memory: float = 0
    ) -> CacheSize:
        """Rows of `context` positions that fit the budget, at most `max_rows` and at least one; a budget smaller
        than one request's context shortens the context to what fits.

        `memory`: bytes (> 1), a share of the free memory (0 < memory <= 1), or 0 for `DEFAULT_SHARE`.
        """
        budget = int(memory) if memory > 1 else int((memory or DEFAULT_SHARE.get(device.type, 0.2)) * free_memory(device))
        per_position = position_bytes(config, dtype)
        positions = budget // per_position
        if positions < 1:
            raise RoostError(f"serve.kv_cache_memory: {budget} bytes hold no position ({per_position} bytes each)")
        if positions < context:
            print(f"roost engine: the KV cache budget ({budget / 2**20:.0f} MiB) holds {positions} positions: one "
                  f"request holds at most that many (raise serve.kv_cache_memory for the model's {context})",
                  file=sys.stderr)  # fmt: skip
            context = positions
        return CacheSize(rows=max(1, min(max_rows, positions // context)), context=context, budget=budget)

    def bytes(self, config: ModelConfig, dtype: torch.dtype) -> int:
        return self.rows * self.context * position_bytes(config, dtype)


def position_bytes(config: ModelConfig, dtype: torch.dtype) -> int:
    """Bytes one position of one request takes in the cache: a key and a value per layer and kv head."""
    return 2 * config.n_layers * config.n_kv_heads * config.head_dim * dtype.itemsize


def free_memory(device: torch.device) -> int:
    """Bytes free for the cache now: on CUDA what the device reports free, on CPU the RAM Linux calls available."""
    if device.type == "cuda":
        return torch.cuda.mem_get_info(device)[0]
    try:
        for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
