"""roost's one hand-written CPU kernel (decode_attention.c): built with the machine's C compiler on first use.

The library is compiled for this CPU (`-march=native`) into roost's cache folder, keyed by the source, the
compiler and the CPU's flags, so a later process loads it in milliseconds and a different machine sharing the
home folder builds its own. Written to a temporary name and renamed into place, so two processes building at once
never load half a file. Without a C compiler (or if the build fails) `decode_attention()` returns None and the
engine keeps PyTorch's attention: slower, never wrong.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import torch

SOURCE = Path(__file__).with_name("decode_attention.c")
# -fassociative-math (which needs the two after it) lets the compiler vectorize the dot products' sums; the
# order is still fixed by the code, so the same inputs always give the same outputs.
FLAGS = ["-O3", "-fPIC", "-shared", "-fno-math-errno", "-fassociative-math", "-fno-signed-zeros", "-fno-trapping-math"]


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "roost" / "native"


class DecodeAttention:
    """The kernel bound to one KV cache (every layer's keys and values, and the RoPE tables), checked once here
    so that a call costs little more than the kernel: it runs once a layer for every decode step."""

    def __init__(
        self, kernel: Callable[..., int], keys: list[torch.Tensor], values: list[torch.Tensor], cos: torch.Tensor,
        sin: torch.Tensor, heads: int,
    ):  # fmt: skip
        self._kernel = kernel
        self.batch, self.kv_heads, self.max_seq, self.head_dim = shape = tuple(keys[0].shape)
        tensors = [*keys, *values, cos, sin]
        if any(t.dtype != torch.float32 or t.device.type != "cpu" or not t.is_contiguous() for t in tensors):
            raise ValueError("decode attention needs a contiguous float32 CPU cache and RoPE tables")
        if any(t.shape != shape for t in [*keys, *values]) or not cos.shape == sin.shape == (self.max_seq, self.head_dim):
            raise ValueError(f"decode attention: every layer's cache must be {shape}, the RoPE tables (max_seq, head_dim)")
        if heads % self.kv_heads:
            raise ValueError(f"decode attention: {heads} query heads cannot share {self.kv_heads} kv heads")
        self.heads = heads
        self._tensors = tensors  # kept alive: the kernel gets their addresses
        self._layers = [(k.data_ptr(), v.data_ptr()) for k, v in zip(keys, values, strict=True)]
        self._tables = (cos.data_ptr(), sin.data_ptr())
        # the rotated queries and softmax weights of one kv head's query heads
        self._scratch = torch.empty(heads // self.kv_heads * (self.max_seq + self.head_dim))

    def __call__(
        self, layer: int, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, positions: torch.Tensor,
        slots: torch.Tensor | None = None,
    ) -> torch.Tensor:  # fmt: skip
        """q (rows, heads, head_dim), k/v (rows, kv_heads, head_dim), q and k not yet rotated -> (rows, heads * head_dim).

        Row r rotates its query and key to `positions[r]`, writes its key and value there in cache row `slots[r]`
        (default r) of `layer` and attends over that row's positions 0..positions[r]; rows run in order, so a
        prompt's tokens in order each see those before them.
        """
        rows, head_dim = q.size(0), self.head_dim
        if not (q.shape[1:] == (self.heads, head_dim) and k.shape[1:] == v.shape[1:] == (self.kv_heads, head_dim)):
            raise ValueError(f"decode attention: q, k, v do not match the cache's {self.heads}/{self.kv_heads} heads")
        # Rows may be strided (views into a wider projection); each row's heads and features must be packed
        q, k, v = (t if t.stride(2) == 1 and t.stride(1) == head_dim else t.contiguous() for t in (q, k, v))
        if q.dtype != torch.float32 or k.dtype != torch.float32 or v.dtype != torch.float32:
            raise ValueError("decode attention needs float32 queries, keys and values")
        # The kernel checks every row's slot and position against the cache before it writes anything
        positions = positions.to(torch.int64).contiguous()  # no-ops for the engine's own tensors
        slots = slots.to(torch.int64).contiguous() if slots is not None else None
        out = torch.empty(rows, self.heads * head_dim)
        keys, values = self._layers[layer]
        bad = self._kernel(
            q.data_ptr(), q.stride(0), k.data_ptr(), k.stride(0), v.data_ptr(), v.stride(0), *self._tables,
            slots.data_ptr() if slots is not None else None, positions.data_ptr(), keys, values, out.data_ptr(),
            self._scratch.data_ptr(), rows, self.heads, self.kv_heads, self.batch, self.max_seq, head_dim,
            head_dim**-0.5,
        )  # fmt: skip
        if bad:
            raise ValueError(
                f"decode attention: row {bad - 1}'s slot or position is outside the cache ({self.batch} x {self.max_seq})"
            )
        return out


class DecodeAttentionKernel:
    """The loaded library; `bind` it to a cache."""

    def __init__(self, library: ctypes.CDLL):
        self._kernel = library.roost_decode_attention
        pointer, integer = ctypes.c_void_p, ctypes.c_int64
        self._kernel.argtypes = [pointer, integer] * 3 + [pointer] * 8 + [integer] * 6 + [ctypes.c_float]
        self._kernel.restype = ctypes.c_int64

    def bind(
        self, keys: list[torch.Tensor], values: list[torch.Tensor], cos: torch.Tensor, sin: torch.Tensor, heads: int
    ) -> DecodeAttention:
        """The kernel for a cache whose layers are `keys`/`values`, each (batch, kv_heads, max_seq, head_dim), and
        whose positions rotate by the (max_seq, head_dim) RoPE tables `cos`/`sin`, for `heads` query heads."""
        return DecodeAttention(self._kernel, keys, values, cos, sin, heads)


@functools.cache
def decode_attention() -> DecodeAttentionKernel | None:
    """The kernel, built if needed; None where it cannot be built here (a note goes to stderr)."""
    compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None or platform.system() == "Windows":
        return None
    source = SOURCE.read_bytes()
    key = hashlib.sha256(b"\0".join([source, compiler.encode(), " ".join(FLAGS).encode(), _cpu_id()])).hexdigest()
    library = cache_folder() / f"decode_attention-{key[:16]}.so"
    try:
        if not library.exists():
            _build(compiler, library)
        return DecodeAttentionKernel(ctypes.CDLL(str(library)))
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"roost engine: could not build the CPU decode-attention kernel, using PyTorch's: {exc}", file=sys.stderr)
        return None


def _build(compiler: str, library: Path) -> None:
    library.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=library.parent) as scratch:
        partial = Path(scratch) / library.name
        command = [compiler, *FLAGS, str(SOURCE), "-o", str(partial)]
        tuned = subprocess.run([*command, "-march=native"], check=False, capture_output=True, timeout=120)
        if tuned.returncode != 0:  # a compiler that does not know -march=native
            subprocess.run(command, check=True, capture_output=True, timeout=120)
        os.replace(partial, library)


def _cpu_id() -> bytes:
    """What -march=native depends on: the CPU's feature flags where Linux lists them, else the platform."""
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        return next(line for line in lines if line.startswith(("flags", "Features"))).encode()
    except (OSError, StopIteration):
        return f"{platform.machine()} {platform.processor()}".encode()
