"""What to do with bad input: stop with one clear line (`on_error = "fail"`) or count it and go on (`"skip"`).

Every reader reports malformed records and unreadable files here, with the file and position, so a skipped record
is never silent: its reason is counted and shows up in the stage's stats next to the posts that were kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from roost.data.timeparse import parse_time
from roost.errors import RoostError

# Text is decoded with errors="surrogateescape", so each byte that is not UTF-8 becomes one of these code points:
# the bytes survive to the record level, where the record that holds them can be reported or skipped alone.
BAD_UTF8 = re.compile("[\udc80-\udcff]")

MAX_EXAMPLES = 5


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

    def check_utf8(self, where: str, *texts: str | None) -> bool:
        """True when every text is valid UTF-8; otherwise report the first bad byte and return False."""
        for text in texts:
            if text and not text.isascii() and (bad := BAD_UTF8.search(text)):
                byte = ord(bad.group()) - 0xDC00
                self.report(
                    where, f"not valid UTF-8 (byte 0x{byte:02x} at character {bad.start() + 1})", "invalid utf-8"
                )
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
            self.report(where, f"bad created_at {created_at!r}", "malformed record")
            return False, None
