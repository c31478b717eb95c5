"""`roost pack`: posts as token shards for pretraining, split into train and val.

Each post becomes `[boundary_id] + encode(text)`. The split is decided by a hash of the post's id (`is_val`), so
it is the same on every rerun and a post (with all its tokens) is in exactly one split; it is the run's one
definition of "val": pretraining from text files (`train.data`, data/textfiles.py) and the held-out posts the
speedrun scores use it too. Encoding runs the tokenizer's merges in tiktoken across threads (`FastEncoder`),
after checking on the first batch that it gives the ids of `tokenizers`; if it ever did not, the batch encoder
of `tokenizers` does the work instead.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from roost.config import RunConfig
from roost.data.posts import iter_post_batches
from roost.data.tokenize import FastEncoder
from roost.run import Run
from roost.shards import ShardWriter
from roost.tokenizer import Tokenizer, load_tokenizer

VERIFY_POSTS = 2000


@dataclass
class PackStats:
    train_posts: int = 0
    val_posts: int = 0
    train_tokens: int = 0
    val_tokens: int = 0
    dtype: str = ""
    encoder: str = ""  # "tiktoken" or "tokenizers"
    seconds: float = 0.0
    tokens_per_second: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def is_val(post_id: str, val_fraction: float) -> bool:
    """Whether the post with this id is held out: a hash of the id below the fraction, the same on every run."""
    digest = hashlib.blake2b(post_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") < val_fraction * (1 << 64)


def pack(run: Run, config: RunConfig) -> PackStats:
    """The run's clean posts as shards."""
    batches = (
        [col.to_pylist() for col in batch.columns]
        for batch in iter_post_batches(run.clean, "clean", columns=["id", "text"])
    )
    return write_shards(run, config, load_tokenizer(run.tokenizer_dir), batches)


def write_shards(
    run: Run, config: RunConfig, tokenizer: Tokenizer, batches: Iterable[list[list[str]]]
) -> PackStats:
    """Encode batches of posts, each `[ids, texts]`, into `run.tokens_dir`, every post in the split its id picks."""
    started = time.perf_counter()
    encoder = FastEncoder(tokenizer, threads=config.pack.workers or os.cpu_count() or 1)
    stats = PackStats()
    writer = ShardWriter(run.tokens_dir, tokenizer.vocab_size, shard_tokens=config.pack.shard_tokens)
    fast: bool | None = None
    try:
        for ids, texts in batches:
            if fast is None:
                fast = encoder.verify(texts[:VERIFY_POSTS])
            val = [is_val(post_id, config.pack.val_fraction) for post_id in ids]
            for split in ("train", "val"):
                chosen = [text for text, in_val in zip(texts, val) if in_val == (split == "val")]
                if not chosen:
                    continue
                tokens = encoder.encode_documents(chosen) if fast else _slow_documents(tokenizer, chosen)
                writer.add(split, tokens)
                setattr(stats, f"{split}_posts", getattr(stats, f"{split}_posts") + len(chosen))
                setattr(stats, f"{split}_tokens", getattr(stats, f"{split}_tokens") + len(tokens))
        index = writer.close()
    except BaseException:
        writer.abort()
        raise
    stats.dtype = index["dtype"]
    stats.encoder = "tiktoken" if fast in (True, None) else "tokenizers"
    stats.seconds = round(time.perf_counter() - started, 3)
    stats.tokens_per_second = round((stats.train_tokens + stats.val_tokens) / max(stats.seconds, 1e-9), 1)
    return stats


def _slow_documents(tokenizer, texts: list[str]) -> list[int]:
    return [token for ids in tokenizer.encode_batch(texts) for token in [tokenizer.boundary_id, *ids]]
