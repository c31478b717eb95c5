"""`roost tokenizer` (train the BPE on the clean posts) and the fast encoder that `roost pack` uses.

Training is Hugging Face `tokenizers` (`roost.tokenizer.train_tokenizer`). Encoding at pack time runs the same
merges in tiktoken: a byte-level BPE trained by `tokenizers` assigns ids in merge order, so its vocabulary read
as tiktoken ranks (bytes -> id) with GPT-2's pre-tokenization pattern reproduces its ids, and a whole batch can
be encoded as one string `<|endoftext|>post<|endoftext|>post...`: the special token splits it exactly where
`[boundary_id] + encode(post)` would. `FastEncoder.verify` checks the two against each other on real text, and
callers fall back to `tokenizers` if they ever differ.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

import tiktoken

from roost.config import RunConfig
from roost.data.posts import iter_post_batches
from roost.run import Run
from roost.tokenizer import _BYTE_DECODER, Tokenizer, train_tokenizer

# GPT-2's pre-tokenization, which the ByteLevel pre-tokenizer of `tokenizers` uses too.
GPT2_PATTERN = r"""'(?:[sdmt]|ll|ve|re)| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
CHUNK_POSTS = 4096


@dataclass
class TokenizerStats:
    vocab_size: int
    posts: int
    bytes: int
    tokens: int
    bytes_per_token: float
    seconds: float
    fast_encoder_matches: bool  # tiktoken gave the same ids as `tokenizers` on the checked posts

    def to_dict(self) -> dict:
        return asdict(self)


class FastEncoder:
    """tiktoken running a trained roost tokenizer's merges; ids identical to `Tokenizer.encode`."""

    def __init__(self, tokenizer: Tokenizer, threads: int = 2):
        self.tokenizer = tokenizer
        self.threads = max(1, threads)
        hf = tokenizer.hf
        ranks = {
            bytes(_BYTE_DECODER[ch] for ch in token): token_id
            for token, token_id in hf.get_vocab().items()
            if token_id not in tokenizer.special_ids
        }
        # Only the boundary is special here: every other control token's spelling in a post is text.
        self.boundary = hf.id_to_token(tokenizer.boundary_id)
        special = {self.boundary: tokenizer.boundary_id}
        self.encoding = tiktoken.Encoding("roost", pat_str=GPT2_PATTERN, mergeable_ranks=ranks, special_tokens=special)

    def encode(self, text: str) -> list[int]:
        return self.encoding.encode_ordinary(text)

    def encode_documents(self, texts: list[str]) -> list[int]:
        """`[boundary] + encode(text)` for every text, concatenated, encoded in parallel chunks."""
        chunks = [texts[i : i + CHUNK_POSTS] for i in range(0, len(texts), CHUNK_POSTS)]
        if len(chunks) <= 1 or self.threads == 1:
            parts = [self._encode_chunk(chunk) for chunk in chunks]
        else:
            with ThreadPoolExecutor(self.threads) as pool:  # tiktoken releases the GIL while it encodes
                parts = list(pool.map(self._encode_chunk, chunks))
        return [token for part in parts for token in part]

    def _encode_chunk(self, texts: list[str]) -> list[int]:
        if any(self.boundary in text for text in texts):  # a post that spells the boundary: its text stays text
            boundary_id = self.tokenizer.boundary_id
            return [token for text in texts for token in (boundary_id, *self.encoding.encode_ordinary(text))]
        return self.encoding.encode("".join(self.boundary + text for text in texts), allowed_special={self.boundary})

    def verify(self, texts: list[str]) -> bool:
        expected = [token for ids in self.tokenizer.encode_batch(texts) for token in [self.tokenizer.boundary_id, *ids]]
        return self.encode_documents(texts) == expected


def clean_texts(run: Run) -> Iterator[str]:
    for batch in iter_post_batches(run.clean, "clean", columns=["text"]):
        yield from batch.column(0).to_pylist()


def build_tokenizer(run: Run, config: RunConfig) -> TokenizerStats:
    started = time.perf_counter()
    tokenizer = train_tokenizer(clean_texts(run), config.tokenizer.vocab_size, config.tokenizer.min_frequency)
    tokenizer.save(run.tokenizer_dir)
    seconds = time.perf_counter() - started
    encoder = FastEncoder(tokenizer)
    posts = n_bytes = tokens = 0
    matches = True
    for batch in iter_post_batches(run.clean, "clean", columns=["text"]):
        texts = batch.column(0).to_pylist()
        if posts == 0:
            matches = encoder.verify(texts[:2000])
        ids = encoder.encode_documents(texts) if matches else [t for i in tokenizer.encode_batch(texts) for t in i]
        posts += len(texts)
        n_bytes += sum(len(t.encode()) for t in texts)
        tokens += len(ids) - (len(texts) if matches else 0)  # boundary tokens are not text
    return TokenizerStats(
        vocab_size=tokenizer.vocab_size,
        posts=posts,
        bytes=n_bytes,
        tokens=tokens,
        bytes_per_token=round(n_bytes / max(tokens, 1), 4),
        seconds=round(seconds, 3),
        fast_encoder_matches=matches,
    )
