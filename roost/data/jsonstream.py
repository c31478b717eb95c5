"""Bounded-memory JSON: iterate the elements of a huge top-level array, or a sequence of values (JSONL).

The X archive's `tweets.js` is one JavaScript assignment (`window.YTD.tweets.part0 = [ ... ]`) that can be
gigabytes; a Mastodon `outbox.json` is one object whose `orderedItems` array holds everything. `JsonStream` reads
the text in chunks and hands each element to the C scanner of `json.JSONDecoder.raw_decode`, dropping what it has
consumed, so memory is bounded by the largest single element, not the file, and one element larger than
`max_value_chars` is an error of its own ("too large") rather than a reason to read on. A top-level array is
streamed element by element when it is too large to be one record (`records`), so a dump written as one JSON
array is not one huge value.
Errors name file, line and column; nesting deeper than the decoder's recursion limit is an error, not a crash.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from roost.data.problems import Problems

CHUNK_CHARS = 1 << 20
WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonSyntaxError(Exception):
    """Malformed JSON at `where` (file:line:column); readers turn it into a reported problem."""

    def __init__(self, where: str, message: str, reason: str = "malformed record"):
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message
        self.reason = reason


class JsonStream:
    def __init__(self, binary: BinaryIO, name: str, max_value_chars: int):
        self.name = name
        self.max_value_chars = max_value_chars
        self._binary = binary
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="surrogateescape")
        self._buf = ""
        self._pos = 0
        self._line_base = 1  # line number of _buf[0]
        self._col_base = 0  # characters before _buf[0] on that line
        self._mark_pos, self._mark_line, self._mark_newline = 0, 1, -1  # where() resumes counting from here
        self._eof = False
        self.value_start = 0  # buffer position of the value last returned, for `where()`
        self.in_array = False  # `records` is inside a top-level array: an error there cannot resynchronise

    # -- buffer -------------------------------------------------------------------------------------------------
    def _fill(self, chars: int = CHUNK_CHARS) -> bool:
        if self._eof:
            return False
        self._drop_consumed()
        data = self._binary.read(min(chars, CHUNK_CHARS * 4))
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
                # More text can only help when the scanner stopped at the end of what is buffered (or inside a
                # string it could not finish); an error well before the end is final: don't read on to the cap.
                at_end = exc.pos >= len(self._buf) - 16 or exc.msg.startswith("Unterminated")
                if at_end and len(self._buf) - start <= self.max_value_chars and self._fill(chunk):
                    start = self._pos  # the fill dropped the consumed prefix
                    chunk *= 2  # a large element: read ahead in growing steps, not one chunk per retry
                    continue
                if len(self._buf) - start > self.max_value_chars:
                    raise self._too_large(start) from None
                error_pos = self._pos + offset  # even a fill that found nothing may have dropped the prefix
                truncated = self._eof and (
                    error_pos >= len(self._buf.rstrip()) - 1 or exc.msg.startswith("Unterminated")
                )
                message = f"truncated JSON ({exc.msg})" if truncated else exc.msg
                raise JsonSyntaxError(self.where(error_pos), message) from None
            except RecursionError:
                raise JsonSyntaxError(self.where(start), "JSON nested too deeply") from None
            except ValueError as exc:  # e.g. an integer literal longer than Python converts (4,300 digits)
                raise JsonSyntaxError(self.where(start), str(exc).split("\n")[0]) from None
            if end - start > self.max_value_chars:
                raise self._too_large(start)
            if end == len(self._buf) and not isinstance(value, (dict, list)) and self._fill():
                start = self._pos  # a bare number may continue in the next chunk
                continue
            self.value_start = start
            self._pos = end
            return value

    def _too_large(self, start: int) -> JsonSyntaxError:
        message = f"record larger than {self.max_value_chars:,} characters (ingest.max_record_size)"
        return JsonSyntaxError(self.where(start), message, "too large")

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

    def records(self) -> Iterator[Any]:
        """Like `values`, but a top-level array too large to be one record yields its elements one by one.

        A small array stays one value, so a JSON Lines file whose lines are arrays resynchronises after a bad line.
        """
        while (nxt := self._skip_ws()) is not None:
            try:
                value = self.value()
            except JsonSyntaxError as exc:
                if nxt != "[" or exc.reason != "too large":
                    raise
                self.in_array = True  # the failed read left the position at the array's start
                yield from self.array()
                self.in_array = False
                continue
            yield value

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


def iter_json_records(stream: JsonStream, problems: Problems) -> Iterator[tuple[Any, str]]:
    """(record, position) for each JSON Lines record, or each element of a top-level array; bad ones reported.

    After a bad line the next line is the next record; inside a top-level array there is no such boundary to
    resynchronise on, so the rest of the file is the one skipped record.
    """
    records = stream.records()
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except JsonSyntaxError as exc:
            problems.report(exc.where, exc.message, exc.reason)
            if stream.in_array:
                return
            stream.skip_line()
            records = stream.records()
            continue
        yield record, stream.where(stream.value_start)
