"""What to do with bad input: stop with one clear line (`on_error = "fail"`) or count it and go on (`"skip"`).

Every reader reports malformed records and unreadable files here, with the file and position, so a skipped record
is never silent: its reason is counted and shows up in the stage's stats next to the posts that were kept.
A problem that ends a whole file (it is corrupt, or decompresses past its cap) is raised as `BadInput` from
wherever the reading is, and `Problems.reading` turns it into one report for that file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from roost.data.timeparse import parse_time
from roost.errors import RoostError

# Text is decoded with errors="surrogateescape", so each byte that is not UTF-8 becomes one of U+DC80..U+DCFF:
# the bytes survive to the record level, where the record that holds them can be reported or skipped alone.
# Other surrogates come from JSON escapes like "\ud800" that pair with nothing: not text either.
BAD_UTF8 = re.compile("[\ud800-\udfff]")

MAX_EXAMPLES = 5
# What a record whose shape is not what its format promises (a list where an object belongs, a number for a
# string, nesting past the interpreter's depth) raises in the code that maps it to a Post.
SHAPE_ERRORS = (AttributeError, TypeError, KeyError, IndexError, ValueError, RecursionError)


class BadInput(Exception):
    """A problem that ends reading one file (corrupt stream, over a size cap), raised from deep in the reading."""

    def __init__(self, where: str, message: str, reason: str):
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message
        self.reason = reason


@dataclass
class Problems:
    on_error: str = "fail"
    counts: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def report(self, where: str, message: str, reason: str) -> None:
        """Raise a RoostError naming `where`, or count the problem under `reason` when skipping."""
        if self.on_error != "skip":
            raise RoostError(f"{where}: {message}")
        self.counts[reason] += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(f"{where}: {message}")

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Around the reading of one file: a BadInput ends that file alone, reported under its reason."""
        try:
            yield
        except BadInput as exc:
            self.report(exc.where, exc.message, exc.reason)

    @contextmanager
    def record(self, where: str) -> Iterator[None]:
        """Around mapping one record to a Post: a record of the wrong shape is reported, not a traceback."""
        try:
            yield
        except SHAPE_ERRORS as exc:
            self.report(where, f"unexpected record structure ({type(exc).__name__}: {_short(exc)})", "malformed record")

    def check_utf8(self, where: str, *texts: str | None) -> bool:
        """True when every text is valid UTF-8; otherwise report the first bad byte and return False."""
        for text in texts:
            if text and not text.isascii() and (bad := BAD_UTF8.search(text)):
                code = ord(bad.group())
                if 0xDC80 <= code <= 0xDCFF:
                    message = f"not valid UTF-8 (byte 0x{code - 0xDC00:02x} at character {bad.start() + 1})"
                else:
                    message = f"not valid Unicode (lone surrogate U+{code:04X} at character {bad.start() + 1})"
                self.report(where, message, "invalid utf-8")
                return False
        return True

    def accepts(self, where: str, text: str, created_at: Any) -> tuple[bool, datetime | None]:
        """What every reader checks of a record: valid UTF-8 text and a created_at that parses (or is absent).

        Returns (accepted, created time); a record that fails is reported under its reason.
        """
        if not self.check_utf8(where, text):
            return False, None
        try:
            return True, parse_time(created_at)
        except ValueError:
            self.report(where, f"bad created_at {str(created_at)[:80]!r}", "malformed record")
            return False, None


def _short(exc: BaseException) -> str:
    text = str(exc).split("\n")[0]
    return text if len(text) <= 80 else text[:77] + "..."
