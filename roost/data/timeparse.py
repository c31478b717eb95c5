"""Timestamps as platforms write them, parsed to timezone-aware UTC datetimes."""

from __future__ import annotations

from datetime import datetime, timezone

TWITTER_FORMAT = "%a %b %d %H:%M:%S %z %Y"  # "Fri Mar 06 13:02:05 +0000 2026"


def parse_time(value: object) -> datetime | None:
    """ISO 8601, Twitter's classic format, or Unix seconds; None for empty; ValueError for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, tz=timezone.utc)
    text = str(value).strip()
    if text[:1].isalpha():
        parsed = datetime.strptime(text, TWITTER_FORMAT)
    elif text.isdigit():
        parsed = datetime.fromtimestamp(int(text), tz=timezone.utc)
    else:
        parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)  # a bare timestamp is taken as UTC
    return parsed.astimezone(timezone.utc)
