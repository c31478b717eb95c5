"""`roost audit`: the moderation audit log of a run's serve.db, newest first, with key names resolved."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from roost.errors import RoostError
from roost.run import Run
from roost.serve.db import Store


@dataclass(frozen=True)
class AuditRow:
    when: str  # UTC, ISO 8601 to the second
    key: str  # the key's name, "(auth off)" for key 0, or its id when the key is gone
    request_id: str
    stage: str
    category: str
    rule: str
    action: str
    excerpt: str

    def to_dict(self) -> dict:
        return asdict(self)


def list_audit(run: Run, limit: int = 50, action: str | None = None, key: str | None = None) -> list[AuditRow]:
    """The newest `limit` audit rows (0: all), optionally only one action and one key (by name or id)."""
    if limit < 0:
        raise RoostError(f"--limit must be 0 (all) or more, got {limit}")
    if not run.serve_db.is_file():
        raise RoostError(f"{run.serve_db}: no serve database yet (nothing has been served from run {run.name!r})")
    store = Store(run.serve_db)
    try:
        records = store.audit_rows()
        names = {key.id: key.name for key in store.list_keys()}
    finally:
        store.close()
    names[0] = "(auth off)"
    key_ids = None if key is None else {i for i, name in names.items() if key in (name, str(i))}
    if key_ids == set():
        raise RoostError(f"no key matches {key!r} in {run.serve_db}")
    chosen = [
        record for record in records
        if (action is None or record.action == action) and (key_ids is None or record.key_id in key_ids)
    ][::-1]
    return [
        AuditRow(
            datetime.fromtimestamp(record.time, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            names.get(record.key_id, str(record.key_id)), record.request_id, record.stage, record.category,
            record.rule, record.action, record.excerpt,
        )
        for record in (chosen[:limit] if limit else chosen)
    ]
