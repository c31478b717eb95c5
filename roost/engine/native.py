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
    """Rotates one step's queries and keys (RoPE), writes its keys and values into a float32 CPU KV cache and
    attends each row over its own prefix."""

    def __init__(self, library: ctypes.CDLL):
        self._kernel = library.roost_decode_attention
        pointer, integer = ctypes.c_void_p, ctypes.c_int64
        self._kernel.argtypes = [pointer, integer] * 3 + [pointer] * 8 + [integer] * 6 + [ctypes.c_float]
        self._kernel.restype = ctypes.c_int64

    def __call__(
        self,
        q: torch.Tensor,
        k: torch.Tensor,
        v: torch.Tensor,
        positions: torch.Tensor,
        keys: torch.Tensor,
        values: torch.Tensor,
        cos: torch.Tensor,
        sin: torch.Tensor,
        slots: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """q (rows, heads, head_dim), k/v (rows, kv_heads, head_dim), q and k not yet rotated -> (rows, heads * head_dim).

        `keys`/`values` are one layer's cache, (batch, kv_heads, max_seq, head_dim), updated in place; `cos`/`sin`
        are the (max_seq, head_dim) RoPE tables. Row r rotates its query and key to `positions[r]`, writes its
        key and value there in cache row `slots[r]` (default r) and attends over that row's positions
        0..positions[r]; rows run in order, so a prompt's tokens in order each see those before them.
        """
        rows, heads, head_dim = q.shape
        batch, kv_heads, max_seq, _ = keys.shape
        # Rows may be strided (views into a wider projection); each row's heads and features must be packed
        q, k, v = (t if t.stride(2) == 1 and t.stride(1) == head_dim else t.contiguous() for t in (q, k, v))
        tables = (keys, values, cos, sin)
        packed = all(t.is_contiguous() for t in tables) and keys.shape == values.shape and cos.shape == sin.shape
        if not packed or cos.shape != (max_seq, head_dim) or any(t.dtype != torch.float32 for t in (q, k, v, *tables)):
            raise ValueError("decode attention needs float32 inputs, a contiguous cache and (max_seq, head_dim) RoPE tables")
        if k.size(1) != kv_heads or v.size(1) != kv_heads:
            raise ValueError(f"decode attention: the cache has {kv_heads} kv heads, the step {k.size(1)}")
        # The kernel checks every row's slot and position against the cache before it writes anything
        positions = positions.to(torch.int64).contiguous()  # no-ops for the engine's own tensors
        slots = slots.to(torch.int64).contiguous() if slots is not None else None
        out = torch.empty(rows, heads * head_dim)
        group = heads // kv_heads
        scratch = torch.empty(group * (max_seq + head_dim))  # the rotated queries and softmax weights of one kv head
        bad = self._kernel(
            q.data_ptr(), q.stride(0), k.data_ptr(), k.stride(0), v.data_ptr(), v.stride(0), cos.data_ptr(),
            sin.data_ptr(), slots.data_ptr() if slots is not None else None, positions.data_ptr(), keys.data_ptr(),
            values.data_ptr(), out.data_ptr(), scratch.data_ptr(), rows, heads, kv_heads, batch, max_seq, head_dim,
            head_dim**-0.5,
        )  # fmt: skip
        if bad:
            raise ValueError(f"decode attention: row {bad - 1}'s slot or position is outside the cache ({batch} x {max_seq})")
        return out


@functools.cache
def decode_attention() -> DecodeAttention | None:
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
        return DecodeAttention(ctypes.CDLL(str(library)))
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
