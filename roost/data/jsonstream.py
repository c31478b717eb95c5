"""Bounded-memory JSON: iterate the elements of a huge top-level array, or a sequence of values (JSONL).

The X archive's `tweets.js` is one JavaScript assignment (`window.YTD.tweets.part0 = [ ... ]`) that can be
gigabytes; a Mastodon `outbox.json` is one object whose `orderedItems` array holds everything. `JsonStream` reads
the text in chunks and hands each element to the C scanner of `json.JSONDecoder.raw_decode`, dropping what it has
consumed, so memory is bounded by the largest single element, not the file. Errors name file, line and column.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

CHUNK_CHARS = 1 << 20
MAX_VALUE_CHARS = 64 << 20  # one record larger than this is treated as malformed rather than read on and on
WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonSyntaxError(Exception):
    """Malformed JSON at `where` (file:line:column); readers turn it into a reported problem."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class JsonStream:
    def __init__(self, binary: BinaryIO, name: str):
        self.name = name
        self._binary = binary
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="surrogateescape")
        self._buf = ""
        self._pos = 0
        self._line_base = 1  # line number of _buf[0]
        self._col_base = 0  # characters before _buf[0] on that line
        self._mark_pos, self._mark_line, self._mark_newline = 0, 1, -1  # where() resumes counting from here
        self._eof = False
        self.value_start = 0  # buffer position of the value last returned, for `where()`

    # -- buffer -------------------------------------------------------------------------------------------------
    def _fill(self, chars: int = CHUNK_CHARS) -> bool:
        if self._eof:
            return False
        self._drop_consumed()
        data = self._binary.read(chars)
        text = self._decoder.decode(data, final=not data)
        if not data:
            self._eof = True
        self._buf += text
        return bool(text) or not self._eof

    def _drop_consumed(self) -> None:
        if self._pos == 0:
            return
        gone = self._buf[: self._pos]
        newlines = gone.count("\n")
        if newlines:
            self._line_base += newlines
            self._col_base = len(gone) - gone.rfind("\n") - 1
        else:
            self._col_base += len(gone)
        self.value_start -= self._pos
        self._mark_pos, self._mark_line, self._mark_newline = 0, self._line_base, -1
        self._buf = self._buf[self._pos :]
        self._pos = 0

    def where(self, pos: int | None = None) -> str:
        """file:line:column of a buffer position; counts newlines incrementally, so calling it per record is cheap."""
        pos = self._pos if pos is None else pos
        if pos < self._mark_pos:
            self._mark_pos, self._mark_line, self._mark_newline = 0, self._line_base, -1
        newlines = self._buf.count("\n", self._mark_pos, pos)
        if newlines:
            self._mark_line += newlines
            self._mark_newline = self._buf.rfind("\n", self._mark_pos, pos)
        self._mark_pos = pos
        if self._mark_newline >= 0:
            column = pos - self._mark_newline
        else:
            column = pos + self._col_base + 1
        return f"{self.name}:{self._mark_line}:{column}"

    def _skip_ws(self) -> str | None:
        """Skip whitespace; return the next character, or None at the end of the file."""
        while True:
            self._pos = WHITESPACE.match(self._buf, self._pos).end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return None

    # -- grammar ------------------------------------------------------------------------------------------------
    def expect(self, pattern: re.Pattern[str], what: str, window: int = 4096) -> re.Match[str]:
        """Match `pattern` at the current position (after whitespace), or raise naming what was expected."""
        if self._skip_ws() is None:
            raise JsonSyntaxError(self.where(), f"expected {what}, got end of file")
        while len(self._buf) - self._pos < window and self._fill():
            pass
        match = pattern.match(self._buf, self._pos)
        if match is None:
            got = self._buf[self._pos : self._pos + 40].split("\n")[0]
            raise JsonSyntaxError(self.where(), f"expected {what}, got {got!r}")
        self._pos = match.end()
        return match

    def seek_to(self, pattern: re.Pattern[str], what: str) -> re.Match[str]:
        """Skip forward to the first match of `pattern` (which must not span more than a chunk)."""
        while True:
            match = pattern.search(self._buf, self._pos)
            if match is not None and (match.end() < len(self._buf) or self._eof):
                self._pos = match.end()
                return match
            keep = max(self._pos, len(self._buf) - 4096)
            self._pos = keep
            if not self._fill():
                raise JsonSyntaxError(self.where(), f"{what} not found")

    def value(self) -> Any:
        """Decode the next JSON value, reading more text until it is complete."""
        if self._skip_ws() is None:
            raise JsonSyntaxError(self.where(), "unexpected end of file (truncated JSON?)")
        start = self._pos
        chunk = CHUNK_CHARS
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buf, start)
            except json.JSONDecodeError as exc:
                offset = exc.pos - start
                if len(self._buf) - start < MAX_VALUE_CHARS and self._fill(chunk):
                    start = self._pos  # the fill dropped the consumed prefix
                    chunk *= 2  # a large element: read ahead in growing steps, not one chunk per retry
                    continue
                error_pos = self._pos + offset  # even a fill that found nothing may have dropped the prefix
                truncated = self._eof and (
                    error_pos >= len(self._buf.rstrip()) - 1 or exc.msg.startswith("Unterminated")
                )
                message = f"truncated JSON ({exc.msg})" if truncated else exc.msg
                raise JsonSyntaxError(self.where(error_pos), message) from None
            if end == len(self._buf) and not isinstance(value, (dict, list)) and self._fill():
                start = self._pos  # a bare number may continue in the next chunk
                continue
            self.value_start = start
            self._pos = end
            return value

    def array(self) -> Iterator[Any]:
        """Iterate the elements of the array that starts at the current position."""
        if self._skip_ws() != "[":
            self.expect(re.compile(r"\["), "'['")
        self._pos += 1
        if self._skip_ws() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            nxt = self._skip_ws()
            if nxt == ",":
                self._pos += 1
            elif nxt == "]":
                self._pos += 1
                return
            elif nxt is None:
                raise JsonSyntaxError(self.where(), "truncated JSON: the array is never closed")
            else:
                raise JsonSyntaxError(self.where(), f"expected ',' or ']' between array elements, got {nxt!r}")

    def values(self) -> Iterator[Any]:
        """Iterate whitespace-separated values to the end of the file (JSON Lines, or one document)."""
        while self._skip_ws() is not None:
            yield self.value()

    def skip_line(self) -> None:
        """Resynchronise after a malformed JSON Lines record: continue at the next line."""
        while (newline := self._buf.find("\n", self._pos)) < 0:
            self._pos = len(self._buf)
            if not self._fill():
                return
        self._pos = newline + 1

    def is_empty(self) -> bool:
        """True when the file holds nothing but whitespace (call before reading anything)."""
        return self._skip_ws() is None

    def at_end(self) -> bool:
        """True when only whitespace (or a JavaScript `;`) is left."""
        nxt = self._skip_ws()
        if nxt == ";":
            self._pos += 1
            nxt = self._skip_ws()
        return nxt is None
