"""Plain text files (one post per line) as pretraining data, for runs that skip the data stages.

When a run has no token shards but `train.data` names text files, the trainer calls `ensure_token_shards`:
it trains a tokenizer on the posts if the run has none, then writes train/val shards in the same format
`roost pack` writes. Every post becomes `[<|endoftext|>] + its tokens`; one post in `1 / pack.val_fraction`
goes to the val split, chosen by position so the split is reproducible.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from roost.config import RunConfig
from roost.errors import RoostError
from roost.run import Run
from roost.shards import INDEX, ShardWriter
from roost.tokenizer import Tokenizer, load_tokenizer, train_tokenizer

ENCODE_CHUNK = 8192  # posts per encode_batch call: big enough to use every core, small enough to stream


def read_posts(path: Path) -> Iterator[str]:
    """The non-empty lines of a text file, without their line ending."""
    if not path.is_file():
        raise RoostError(f"text file not found: {path}")
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                post = line.rstrip("\n").rstrip("\r")
                if post.strip():
                    yield post
    except UnicodeDecodeError as exc:
        raise RoostError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def ensure_token_shards(run: Run, config: RunConfig) -> None:
    """Make sure `run.tokens_dir` holds shards, building them from `train.data` if it does not."""
    if (run.tokens_dir / INDEX).is_file():
        return
    if not config.train.data:
        raise RoostError(
            f"no token shards at {run.tokens_dir} and train.data is empty; run `roost pack` or set train.data"
        )
    files = [Path(name) for name in config.train.data]
    for file in files:
        if not file.is_file():
            raise RoostError(f"train.data: text file not found: {file}")
    tokenizer = _tokenizer_for(run, config, files)
    _write_shards(run, config, tokenizer, files)


def _tokenizer_for(run: Run, config: RunConfig, files: list[Path]) -> Tokenizer:
    if run.tokenizer_file.is_file():
        return load_tokenizer(run.tokenizer_file)
    texts = (post for file in files for post in read_posts(file))
    tokenizer = train_tokenizer(texts, config.tokenizer.vocab_size, config.tokenizer.min_frequency)
    tokenizer.save(run.tokenizer_dir)
    return tokenizer


def _write_shards(run: Run, config: RunConfig, tokenizer: Tokenizer, files: list[Path]) -> None:
    val_every = round(1 / config.pack.val_fraction) if config.pack.val_fraction > 0 else 0
    writer = ShardWriter(run.tokens_dir, tokenizer.vocab_size, config.pack.shard_tokens)
    position = 0
    try:
        for file in files:
            chunk: list[str] = []
            for post in read_posts(file):
                chunk.append(post)
                if len(chunk) == ENCODE_CHUNK:
                    position = _add_chunk(writer, tokenizer, chunk, position, val_every)
                    chunk = []
            position = _add_chunk(writer, tokenizer, chunk, position, val_every)
        writer.close()
    except BaseException:
        writer.abort()
        raise


def _add_chunk(writer: ShardWriter, tokenizer: Tokenizer, posts: list[str], position: int, val_every: int) -> int:
    for ids in tokenizer.encode_batch(posts):
        split = "val" if val_every and position % val_every == val_every - 1 else "train"
        writer.add(split, [tokenizer.boundary_id, *ids])
        position += 1
    return position
