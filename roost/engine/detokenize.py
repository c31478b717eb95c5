"""Incremental detokenization for streaming: text deltas that never split a UTF-8 sequence, and stop strings.

A byte-level BPE token is a run of bytes, and a character (an emoji, a CJK ideograph) can span tokens. Each
request's token bytes go through an incremental UTF-8 decoder, which releases a character only once all its
bytes are in (invalid bytes become U+FFFD rather than breaking the stream). Special tokens produce no text.

Stop strings are matched on the decoded text. Text that could still be the start of a stop string is held back
until the next token settles it, so a stop string split across tokens is caught, and never emitted.
"""

from __future__ import annotations

import codecs

from roost.tokenizer import Tokenizer


class TokenBytes:
    """Every token's bytes, looked up once per engine (special tokens map to None: they produce no text)."""

    def __init__(self, tokenizer: Tokenizer):
        self.table: list[bytes | None] = [
            None if i in tokenizer.special_ids else tokenizer.token_bytes(i) for i in range(tokenizer.vocab_size)
        ]

    def __getitem__(self, token_id: int) -> bytes | None:
        return self.table[token_id] if token_id < len(self.table) else None


class Detokenizer:
    """One request's streaming decoder: feed token ids, get the text that is safe to show."""

    def __init__(self, token_bytes: TokenBytes, stop: list[str] = ()):
        self._token_bytes = token_bytes
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._stops = [s for s in stop if s]
        self._held = ""

    def add(self, token_id: int) -> tuple[str, bool]:
        """Feed one token; returns (text to emit now, whether a stop string completed)."""
        data = self._token_bytes[token_id]
        piece = self._decoder.decode(data) if data else ""
        if not self._stops:
            return piece, False
        text = self._held + piece
        hit = min((i for i in (text.find(s) for s in self._stops) if i >= 0), default=-1)
        if hit >= 0:
            self._held = ""
            return text[:hit], True
        keep = self._pending_stop_prefix(text)
        self._held = text[len(text) - keep :] if keep else ""
        return text[: len(text) - keep], False

    def flush(self) -> str:
        """The text still held back (a partial stop string, an incomplete UTF-8 sequence), at the end."""
        text = self._held + self._decoder.decode(b"", final=True)
        self._held = ""
        return text

    def _pending_stop_prefix(self, text: str) -> int:
        """Length of the longest end of `text` that is the beginning of some stop string."""
        longest = 0
        for stop in self._stops:
            for size in range(min(len(stop) - 1, len(text)), longest, -1):
                if text.endswith(stop[:size]):
                    longest = size
                    break
        return longest
