"""serve.db: the server's SQLite store for API keys, usage rows and the moderation audit log.

One file in the run folder, opened in WAL mode so the CLI (`roost keys`, `roost usage`) can read and write while
the server runs. Keys are stored only as SHA-256 hashes plus a short public prefix used to find candidates.
Tables:
    keys   (id, name, prefix, hash, created, revoked, requests_per_minute, tokens_per_minute)
    usage  (id, time, day, key_id, request_id, endpoint, model, prompt_tokens, completion_tokens, status)
    audit  (id, time, key_id, request_id, stage, category, rule, action, excerpt)
`usage.status` is "ok", "aborted" (client went away mid-stream), "content_filter", "error", "revoked" (the key was
revoked mid-request), "pending" (still generating: the row is written with the first token and updated before
each piece of text is sent, so a crash loses no billing) or "interrupted" (pending when the server stopped without
closing it; the next start marks it so). `audit.stage` is "input" or "output". key_id 0 stands for requests served
with auth off. The file and its WAL and shared-memory files are readable by their owner only (0600): they hold
key hashes, usage and excerpts of prompts.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from roost.errors import RoostError

SCHEMA = """
CREATE TABLE IF NOT EXISTS keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL,
    created REAL NOT NULL,
    revoked REAL,
    requests_per_minute INTEGER,
    tokens_per_minute INTEGER
);
CREATE INDEX IF NOT EXISTS keys_prefix ON keys (prefix);
CREATE TABLE IF NOT EXISTS usage (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time REAL NOT NULL,
    day TEXT NOT NULL,
    key_id INTEGER NOT NULL,
    request_id TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS usage_key_day ON usage (key_id, day);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time REAL NOT NULL,
    key_id INTEGER NOT NULL,
    request_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    category TEXT NOT NULL,
    rule TEXT NOT NULL,
    action TEXT NOT NULL,
    excerpt TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class KeyRecord:
    id: int
    name: str
    prefix: str
    hash: str
    created: float
    revoked: float | None
    requests_per_minute: int | None
    tokens_per_minute: int | None

    def to_dict(self) -> dict:
        record = asdict(self)
        del record["hash"]
        return record


@dataclass(frozen=True)
class UsageRecord:
    key_id: int
    request_id: str
    endpoint: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    status: str
    time: float = 0.0  # 0: now


@dataclass(frozen=True)
class UsageSummary:
    day: str
    key_id: int
    key_name: str
    requests: int
    prompt_tokens: int
    completion_tokens: int

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def to_dict(self) -> dict:
        return {**asdict(self), "total_tokens": self.total_tokens}


@dataclass(frozen=True)
class AuditRecord:
    key_id: int
    request_id: str
    stage: str
    category: str
    rule: str
    action: str
    excerpt: str
    time: float = 0.0


class Store:
    """A thread-safe handle on serve.db; every write is its own committed transaction."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        _private(path)
        try:
            self._conn = sqlite3.connect(path, check_same_thread=False, timeout=10.0, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(SCHEMA + OPERATOR_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise RoostError(f"{path}: not a usable serve database: {exc}") from None
        for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if companion.exists():
                os.chmod(companion, 0o600)  # SQLite creates them with the database's mode; an older file may differ
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _execute(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # ---- keys ----

    def insert_key(self, name: str, prefix: str, key_hash: str, rpm: int | None, tpm: int | None) -> KeyRecord:
        with self._lock:
            cursor = self._conn.execute(
                "INSERT INTO keys (name, prefix, hash, created, requests_per_minute, tokens_per_minute) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, prefix, key_hash, time.time(), rpm, tpm),
            )
            key_id = cursor.lastrowid
        return self.key_by_id(key_id)

    def key_by_id(self, key_id: int) -> KeyRecord | None:
        rows = self._execute(f"SELECT {_KEY_COLUMNS} FROM keys WHERE id = ?", (key_id,))
        return KeyRecord(*rows[0]) if rows else None

    def keys_by_prefix(self, prefix: str) -> list[KeyRecord]:
        return [KeyRecord(*row) for row in self._execute(f"SELECT {_KEY_COLUMNS} FROM keys WHERE prefix = ?", (prefix,))]

    def keys_by_name(self, name: str) -> list[KeyRecord]:
        return [KeyRecord(*row) for row in self._execute(f"SELECT {_KEY_COLUMNS} FROM keys WHERE name = ?", (name,))]

    def list_keys(self) -> list[KeyRecord]:
        return [KeyRecord(*row) for row in self._execute(f"SELECT {_KEY_COLUMNS} FROM keys ORDER BY id")]

    def revoke_key(self, key_id: int) -> None:
        self._execute("UPDATE keys SET revoked = ? WHERE id = ? AND revoked IS NULL", (time.time(), key_id))

    # ---- usage ----

    def record_usage(self, record: UsageRecord) -> None:
        now = record.time or time.time()
        self._execute(
            "INSERT INTO usage (time, day, key_id, request_id, endpoint, model, prompt_tokens, completion_tokens, "
            "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (now, _utc_day(now), record.key_id, record.request_id, record.endpoint, record.model,
             record.prompt_tokens, record.completion_tokens, record.status),
        )

    def insert_usage(self, record: UsageRecord) -> int:
        """Write a usage row and return its id, for `update_usage`."""
        now = record.time or time.time()
        with self._lock:
            cursor = self._conn.execute(
                "INSERT INTO usage (time, day, key_id, request_id, endpoint, model, prompt_tokens, completion_tokens, "
                "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (now, _utc_day(now), record.key_id, record.request_id, record.endpoint, record.model,
                 record.prompt_tokens, record.completion_tokens, record.status),
            )
            return cursor.lastrowid

    def update_usage(self, row_id: int, completion_tokens: int, status: str) -> None:
        self._execute("UPDATE usage SET completion_tokens = ?, status = ? WHERE id = ?", (completion_tokens, status, row_id))

    def close_pending_usage(self) -> int:
        """Mark rows a stopped server left "pending" as "interrupted" (their counts stand); how many there were."""
        with self._lock:
            return self._conn.execute("UPDATE usage SET status = 'interrupted' WHERE status = 'pending'").rowcount

    def revoked_among(self, key_ids: set[int]) -> set[int]:
        """Which of these keys are revoked (or gone)."""
        if not key_ids:
            return set()
        marks = ", ".join("?" * len(key_ids))
        live = self._execute(f"SELECT id FROM keys WHERE revoked IS NULL AND id IN ({marks})", tuple(key_ids))
        return key_ids - {row[0] for row in live}

    def usage_rows(self) -> list[UsageRecord]:
        rows = self._execute(
            "SELECT key_id, request_id, endpoint, model, prompt_tokens, completion_tokens, status, time "
            "FROM usage ORDER BY id"
        )
        return [UsageRecord(*row) for row in rows]

    def usage_by_key_day(self, since_day: str | None = None, key_id: int | None = None) -> list[UsageSummary]:
        rows = self._execute(
            "SELECT u.day, u.key_id, COALESCE(k.name, CASE u.key_id WHEN 0 THEN '(auth off)' ELSE '?' END), "
            "COUNT(*), SUM(u.prompt_tokens), SUM(u.completion_tokens) "
            "FROM usage u LEFT JOIN keys k ON k.id = u.key_id "
            "WHERE u.day >= ? AND (? IS NULL OR u.key_id = ?) "
            "GROUP BY u.day, u.key_id ORDER BY u.day, u.key_id",
            (since_day or "", key_id, key_id),
        )
        return [UsageSummary(*row) for row in rows]

    # ---- audit ----

    def record_audit(self, record: AuditRecord) -> None:
        self._execute(
            "INSERT INTO audit (time, key_id, request_id, stage, category, rule, action, excerpt) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (record.time or time.time(), record.key_id, record.request_id, record.stage, record.category,
             record.rule, record.action, record.excerpt),
        )

    def audit_rows(self) -> list[AuditRecord]:
        rows = self._execute(
            "SELECT key_id, request_id, stage, category, rule, action, excerpt, time FROM audit ORDER BY id"
        )
        return [AuditRecord(*row) for row in rows]


_KEY_COLUMNS = "id, name, prefix, hash, created, revoked, requests_per_minute, tokens_per_minute"


def _private(path: Path) -> None:
    """Create the database file owner-only (0600) before SQLite does, or make an existing one so."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        os.chmod(path, 0o600)
    except OSError as exc:
        raise RoostError(f"{path}: cannot create the serve database: {exc.strerror}") from None


def _utc_day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=UTC).strftime("%Y-%m-%d")


# ---- the operator console (roost/serve/admin.py): operators, their sessions, and the console's queries ----
#     operators          (id, name, prefix, hash, created, revoked)          credentials from `roost operator create`
#     operator_sessions  (hash, operator_id, created, expires)               one row per console login
# Both hold only SHA-256 hashes of the secrets, like `keys`.

OPERATOR_SCHEMA = """
CREATE TABLE IF NOT EXISTS operators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    hash TEXT NOT NULL,
    created REAL NOT NULL,
    revoked REAL
);
CREATE INDEX IF NOT EXISTS operators_prefix ON operators (prefix);
CREATE TABLE IF NOT EXISTS operator_sessions (
    hash TEXT PRIMARY KEY,
    operator_id INTEGER NOT NULL,
    created REAL NOT NULL,
    expires REAL NOT NULL
);
"""


@dataclass(frozen=True)
class OperatorRecord:
    id: int
    name: str
    prefix: str
    hash: str
    created: float
    revoked: float | None


@dataclass(frozen=True)
class UsageBreakdown:
    """Usage of one (UTC day, key, model)."""

    day: str
    key_id: int
    key_name: str
    model: str
    requests: int
    prompt_tokens: int
    completion_tokens: int

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def to_dict(self) -> dict:
        return {**asdict(self), "total_tokens": self.total_tokens}


_OPERATOR_COLUMNS = "id, name, prefix, hash, created, revoked"


def insert_operator(store: Store, name: str, prefix: str, secret_hash: str) -> OperatorRecord:
    with store._lock:
        cursor = store._conn.execute(
            "INSERT INTO operators (name, prefix, hash, created) VALUES (?, ?, ?, ?)",
            (name, prefix, secret_hash, time.time()),
        )
        operator_id = cursor.lastrowid
    return operators_where(store, "id = ?", (operator_id,))[0]


def operators_where(store: Store, condition: str = "1", params: tuple = ()) -> list[OperatorRecord]:
    rows = store._execute(f"SELECT {_OPERATOR_COLUMNS} FROM operators WHERE {condition} ORDER BY id", params)
    return [OperatorRecord(*row) for row in rows]


def revoke_operator(store: Store, operator_id: int) -> None:
    """Revoke an operator and end every console session they hold."""
    store._execute("UPDATE operators SET revoked = ? WHERE id = ? AND revoked IS NULL", (time.time(), operator_id))
    store._execute("DELETE FROM operator_sessions WHERE operator_id = ?", (operator_id,))


def insert_session(store: Store, session_hash: str, operator_id: int, expires: float) -> None:
    now = time.time()
    store._execute("DELETE FROM operator_sessions WHERE expires < ?", (now,))  # expired logins go as new ones come
    store._execute(
        "INSERT INTO operator_sessions (hash, operator_id, created, expires) VALUES (?, ?, ?, ?)",
        (session_hash, operator_id, now, expires),
    )


def session_operator(store: Store, session_hash: str) -> OperatorRecord | None:
    """The live operator of an unexpired session, or None."""
    rows = store._execute(
        "SELECT o.id, o.name, o.prefix, o.hash, o.created, o.revoked FROM operator_sessions s "
        "JOIN operators o ON o.id = s.operator_id WHERE s.hash = ? AND s.expires > ? AND o.revoked IS NULL",
        (session_hash, time.time()),
    )
    return OperatorRecord(*rows[0]) if rows else None


def delete_session(store: Store, session_hash: str) -> None:
    store._execute("DELETE FROM operator_sessions WHERE hash = ?", (session_hash,))


def set_key_limits(store: Store, key_id: int, rpm: int | None, tpm: int | None) -> None:
    """Set a key's own limits (None: the server's defaults); the server applies them from the next request."""
    store._execute("UPDATE keys SET requests_per_minute = ?, tokens_per_minute = ? WHERE id = ?", (rpm, tpm, key_id))


def usage_by_day_key_model(store: Store, since_day: str | None = None) -> list[UsageBreakdown]:
    rows = store._execute(
        "SELECT u.day, u.key_id, COALESCE(k.name, CASE u.key_id WHEN 0 THEN '(auth off)' ELSE '?' END), u.model, "
        "COUNT(*), SUM(u.prompt_tokens), SUM(u.completion_tokens) "
        "FROM usage u LEFT JOIN keys k ON k.id = u.key_id WHERE u.day >= ? "
        "GROUP BY u.day, u.key_id, u.model ORDER BY u.day, u.key_id, u.model",
        (since_day or "",),
    )
    return [UsageBreakdown(*row) for row in rows]


def audit_filtered(
    store: Store, action: str | None = None, stage: str | None = None, category: str | None = None,
    key_id: int | None = None, limit: int = 200,
) -> list[AuditRecord]:
    """The newest `limit` audit rows matching every filter given (None: any)."""
    rows = store._execute(
        "SELECT key_id, request_id, stage, category, rule, action, excerpt, time FROM audit "
        "WHERE (? IS NULL OR action = ?) AND (? IS NULL OR stage = ?) AND (? IS NULL OR category = ?) "
        "AND (? IS NULL OR key_id = ?) ORDER BY id DESC LIMIT ?",
        (action, action, stage, stage, category, category, key_id, key_id, limit),
    )
    return [AuditRecord(*row) for row in rows]
