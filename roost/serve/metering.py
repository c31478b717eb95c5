"""Metering: prompt and completion tokens per key and request, counted on the server and written to serve.db.

A `Meter` is opened only once a request is admitted to the engine, and keeps exactly one usage row per request:
written "pending" with its first tokens, updated (`progress`) before each piece of text is sent, and closed
(`record`) with the way the request ended: finished, cut off by the moderation hook, its key revoked, or aborted
by a client that went away (the tokens generated until then are charged, because they were computed). So a crash
(`kill -9`, power loss) still bills what was sent; the next start marks such rows "interrupted". A request that
produced nothing has no row: one turned away before admission (401, 400, 429, 503) has no meter, and one whose
client left before its first token is dropped, so a client's automatic retry of such a request is never counted
twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from roost.errors import RoostError
from roost.serve.db import Store, UsageRecord, UsageSummary


@dataclass
class Meter:
    store: Store
    key_id: int
    request_id: str
    endpoint: str
    model: str
    prompt_tokens: int
    completion_tokens: int = 0
    recorded: bool = False
    row_id: int | None = None  # the usage row, once the first tokens are written

    def progress(self) -> None:
        """Write the tokens so far ("pending"), before what they produced is sent."""
        if self.recorded:
            return
        if self.row_id is None:
            self.row_id = self.store.insert_usage(self._row("pending"))
        else:
            self.store.update_usage(self.row_id, self.completion_tokens, "pending")

    def record(self, status: str) -> None:
        """Close the usage row with how the request ended; later calls (e.g. from a cleanup path) do nothing."""
        if self.recorded:
            return
        self.recorded = True
        if self.row_id is None:
            self.store.record_usage(self._row(status))
        else:
            self.store.update_usage(self.row_id, self.completion_tokens, status)

    def _row(self, status: str) -> UsageRecord:
        return UsageRecord(
            key_id=self.key_id,
            request_id=self.request_id,
            endpoint=self.endpoint,
            model=self.model,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            status=status,
        )


def usage_report(db_path: Path, days: int | None = None, key: str | None = None) -> list[UsageSummary]:
    """Usage per key and UTC day, for the last `days` days (all when None), optionally for one key id or name."""
    if days is not None and days < 1:
        raise RoostError(f"--days must be at least 1, got {days}")
    store = Store(db_path)
    try:
        since = None
        if days is not None:
            since = (datetime.now(UTC) - timedelta(days=days - 1)).strftime("%Y-%m-%d")
        key_id = None
        if key is not None:
            matches = [k for k in store.list_keys() if str(k.id) == key or k.name == key or k.prefix == key]
            if len(matches) != 1:
                found = "no key" if not matches else "several keys"
                raise RoostError(f"{found} match {key!r} (give an id, a prefix or a name from `roost keys list`)")
            key_id = matches[0].id
        return store.usage_by_key_day(since_day=since, key_id=key_id)
    finally:
        store.close()
