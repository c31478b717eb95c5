"""Token shards: the on-disk format between `roost pack` and the trainer, and the loader that reads it.

    tokens/index.json        {"dtype": "uint16", "vocab_size": N, "splits": {"train": [{"file", "tokens"}...], "val": [...]}}
    tokens/train-00000.bin   flat token ids (uint16 while the vocabulary fits, else uint32)
    tokens/val-00000.bin

The writer stages everything in a temporary folder and renames it over `tokens/` only when complete, so a reader
never sees a half-packed dataset. The loader memory-maps the shards, cuts them into training windows of
`seq_len + 1` tokens, visits them in a seeded order per epoch, gives each DDP rank its own windows of every global
batch, and can resume at the exact window it stopped at.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from roost.errors import RoostError

INDEX = "index.json"


def token_dtype(vocab_size: int) -> np.dtype:
    return np.dtype(np.uint16) if vocab_size <= 1 << 16 else np.dtype(np.uint32)


class ShardWriter:
    """Append token ids per split; `close()` makes the shards and index visible atomically."""

    def __init__(self, out_dir: Path, vocab_size: int, shard_tokens: int = 50_000_000):
        self.out_dir = out_dir
        self.dtype = token_dtype(vocab_size)
        self.vocab_size = vocab_size
        self.shard_tokens = shard_tokens
        self.stage_dir = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}"
        shutil.rmtree(self.stage_dir, ignore_errors=True)
        self.stage_dir.mkdir(parents=True)
        self.buffers: dict[str, list[np.ndarray]] = {}
        self.buffered: dict[str, int] = {}
        self.shards: dict[str, list[dict]] = {}

    def add(self, split: str, ids: list[int] | np.ndarray) -> None:
        array = np.asarray(ids, dtype=self.dtype)
        self.buffers.setdefault(split, []).append(array)
        self.buffered[split] = self.buffered.get(split, 0) + len(array)
        if self.buffered[split] >= self.shard_tokens:
            self._flush(split)

    def close(self) -> dict:
        for split in list(self.buffers):
            self._flush(split)
        index = {"dtype": self.dtype.name, "vocab_size": self.vocab_size, "splits": self.shards}
        (self.stage_dir / INDEX).write_text(json.dumps(index, indent=2))
        if self.out_dir.exists():
            shutil.rmtree(self.out_dir)
        os.replace(self.stage_dir, self.out_dir)
        return index

    def abort(self) -> None:
        shutil.rmtree(self.stage_dir, ignore_errors=True)

    def _flush(self, split: str) -> None:
        if not self.buffered.get(split):
            return
        data = np.concatenate(self.buffers[split])
        name = f"{split}-{len(self.shards.get(split, [])):05d}.bin"
        with open(self.stage_dir / name, "wb") as handle:
            handle.write(data.tobytes())
            handle.flush()
            os.fsync(handle.fileno())
        self.shards.setdefault(split, []).append({"file": name, "tokens": len(data)})
        self.buffers[split], self.buffered[split] = [], 0


def read_index(tokens_dir: Path) -> dict:
    file = tokens_dir / INDEX
    if not file.is_file():
        raise RoostError(f"no token shards at {tokens_dir} (run `roost pack` first)")
    try:
        return json.loads(file.read_text())
    except ValueError as exc:
        raise RoostError(f"{file}: corrupt shard index: {exc}") from None


@dataclass
class LoaderState:
    epoch: int = 0
    cursor: int = 0  # index into this epoch's window order of the next global batch


class TokenLoader:
    """Batches of (inputs, targets) windows from the shards of one split, sharded across ranks, resumable."""

    def __init__(
        self,
        tokens_dir: Path,
        split: str,
        batch_size: int,
        seq_len: int,
        rank: int = 0,
        world_size: int = 1,
        seed: int = 0,
        shuffle: bool | None = None,
    ):
        index = read_index(tokens_dir)
        shards = index["splits"].get(split, [])
        dtype = np.dtype(index["dtype"])
        self.arrays = [np.memmap(tokens_dir / s["file"], dtype=dtype, mode="r") for s in shards if s["tokens"] > seq_len]
        windows_per_shard = [(len(a) - 1) // seq_len for a in self.arrays]
        self.window_starts = np.cumsum([0] + windows_per_shard)
        self.num_windows = int(self.window_starts[-1])
        self.batch_size, self.seq_len = batch_size, seq_len
        self.rank, self.world_size, self.seed = rank, world_size, seed
        self.shuffle = split == "train" if shuffle is None else shuffle
        if self.num_windows < batch_size * world_size:
            raise RoostError(
                f"{tokens_dir}: split {split!r} has {self.num_windows} windows of {seq_len} tokens, "
                f"fewer than one global batch ({batch_size} x {world_size}); add data or lower train.batch_size"
            )
        self.state = LoaderState()
        self._order = self._epoch_order(0)

    def next_batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        global_batch = self.batch_size * self.world_size
        if self.state.cursor + global_batch > self.num_windows:
            self.state = LoaderState(epoch=self.state.epoch + 1, cursor=0)
            self._order = self._epoch_order(self.state.epoch)
        first = self.state.cursor + self.rank * self.batch_size
        windows = self._order[first : first + self.batch_size]
        self.state.cursor += global_batch
        batch = torch.from_numpy(np.stack([self._window(int(w)) for w in windows]).astype(np.int64))
        return batch[:, :-1], batch[:, 1:]

    def state_dict(self) -> dict[str, int]:
        return {"epoch": self.state.epoch, "cursor": self.state.cursor}

    def load_state_dict(self, state: dict[str, int]) -> None:
        self.state = LoaderState(epoch=int(state["epoch"]), cursor=int(state["cursor"]))
        self._order = self._epoch_order(self.state.epoch)

    def _epoch_order(self, epoch: int) -> np.ndarray:
        if not self.shuffle:
            return np.arange(self.num_windows)
        return np.random.default_rng((self.seed, epoch)).permutation(self.num_windows)

    def _window(self, window: int) -> np.ndarray:
        shard = int(np.searchsorted(self.window_starts, window, side="right") - 1)
        start = (window - int(self.window_starts[shard])) * self.seq_len
        return self.arrays[shard][start : start + self.seq_len + 1]
