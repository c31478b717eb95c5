"""Plain text files (one post per line) as pretraining data, for runs that skip ingest and cleaning (`train.data`).

When a run has no token shards but `train.data` names text files, pretraining calls `ensure_token_shards`: it
trains a tokenizer on the posts if the run has none (the trainer `roost tokenizer` uses) and writes shards with
`roost pack`'s writer and split. A post's id is `FILE:LINE`, as `roost ingest` names a text file's posts, so a
post lands in the same split whichever way it came in.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from roost.config import RunConfig
from roost.data.pack import write_shards
from roost.errors import RoostError
from roost.run import Run
from roost.shards import INDEX
from roost.tokenizer import Tokenizer, load_tokenizer, train_tokenizer

ENCODE_CHUNK = 8192  # posts per batch handed to the encoder: big enough to use every core, small enough to stream


def read_posts(path: Path) -> Iterator[str]:
    """The non-empty lines of a text file, without their line ending."""
    for _, post in numbered_posts(path):
        yield post


def numbered_posts(path: Path) -> Iterator[tuple[int, str]]:
    """(line number from 1, text) for every non-empty line of a text file."""
    if not path.is_file():
        raise RoostError(f"text file not found: {path}")
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                post = line.rstrip("\n").rstrip("\r")
                if post.strip():
                    yield number, post
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
    write_shards(run, config, _tokenizer_for(run, config, files), _batches(files))


def _tokenizer_for(run: Run, config: RunConfig, files: list[Path]) -> Tokenizer:
    if run.tokenizer_file.is_file():
        return load_tokenizer(run.tokenizer_dir)
    texts = (post for file in files for post in read_posts(file))
    tokenizer = train_tokenizer(texts, config.tokenizer.vocab_size, config.tokenizer.min_frequency)
    tokenizer.save(run.tokenizer_dir)
    return tokenizer


def _batches(files: list[Path]) -> Iterator[list[list[str]]]:
    """[ids, texts] batches of every file's posts, ids named as `roost ingest` names a text file's posts."""
    for file in files:
        ids: list[str] = []
        texts: list[str] = []
        for number, post in numbered_posts(file):
            ids.append(f"{file.name}:{number}")
            texts.append(post)
            if len(texts) == ENCODE_CHUNK:
                yield [ids, texts]
                ids, texts = [], []
        if texts:
            yield [ids, texts]
