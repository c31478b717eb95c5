"""Operator credentials for the console at /admin: created once and shown once, stored only as a hash.

An operator token looks like `op-roost-<43 url-safe characters>` (256 random bits), deliberately unlike an API key
(`sk-roost-...`): the API never accepts it and the console never accepts an API key. As with keys, the first 8 random
characters are kept in clear to find the row, and the whole token is compared by SHA-256 digest in constant time.

Logging in trades the token for a console session: a fresh random session secret set as an HttpOnly,
SameSite=Strict cookie (only its hash is stored), and a CSRF token derived from that secret, which the console page
reads once from /admin/api/session and sends as a header with every state-changing request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from pathlib import Path

from roost.errors import RoostError
from roost.serve.db import (
    OperatorRecord,
    Store,
    delete_session,
    insert_operator,
    insert_session,
    operators_where,
    revoke_operator,
    session_operator,
)

OPERATOR_PREFIX = "op-roost-"
PREFIX_CHARS = 8
SESSION_SECONDS = 12 * 3600


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _public_prefix(secret: str) -> str:
    return secret[len(OPERATOR_PREFIX) : len(OPERATOR_PREFIX) + PREFIX_CHARS]


def create_operator(db_path: Path, name: str) -> str:
    """Create an operator named `name` in serve.db and return their token; the only time it exists in clear."""
    name = name.strip()
    if not name:
        raise RoostError("operator name must not be empty")
    secret = OPERATOR_PREFIX + secrets.token_urlsafe(32)
    store = Store(db_path)
    try:
        if operators_where(store, "name = ? AND revoked IS NULL", (name,)):
            raise RoostError(f"an operator named {name!r} already exists (revoke it first to issue a new token)")
        insert_operator(store, name, _public_prefix(secret), _hash(secret))
    finally:
        store.close()
    return secret


def list_operators(db_path: Path) -> list[OperatorRecord]:
    store = Store(db_path)
    try:
        return operators_where(store)
    finally:
        store.close()


def revoke_operator_by(db_path: Path, ident: str) -> OperatorRecord:
    """Revoke an operator given their id or name; their console sessions end at once."""
    store = Store(db_path)
    try:
        column = "id" if ident.isdigit() else "name"
        matches = operators_where(store, f"{column} = ? AND revoked IS NULL", (int(ident) if ident.isdigit() else ident,))
        if not matches:
            raise RoostError(f"no active operator matches {ident!r} (see `roost operator list`)")
        revoke_operator(store, matches[0].id)
        return operators_where(store, "id = ?", (matches[0].id,))[0]
    finally:
        store.close()


def authenticate_operator(store: Store, secret: str) -> OperatorRecord | None:
    """The live operator for a token, or None if it is unknown, revoked or not an operator token at all."""
    if not secret.startswith(OPERATOR_PREFIX):
        return None
    digest = _hash(secret)
    found = None
    for record in operators_where(store, "prefix = ?", (_public_prefix(secret),)):
        if hmac.compare_digest(record.hash, digest):
            found = record
    return found if found is not None and found.revoked is None else None


def open_session(store: Store, operator: OperatorRecord) -> str:
    """Start a console session; returns the session secret for the cookie (stored only as its hash)."""
    secret = secrets.token_urlsafe(32)
    insert_session(store, _hash(secret), operator.id, time.time() + SESSION_SECONDS)
    return secret


def session_owner(store: Store, secret: str) -> OperatorRecord | None:
    return session_operator(store, _hash(secret)) if secret else None


def close_session(store: Store, secret: str) -> None:
    delete_session(store, _hash(secret))


def csrf_token(session_secret: str) -> str:
    """The session's CSRF token: bound to the session, readable only by a page that already holds the session."""
    return hashlib.sha256(b"roost-console-csrf:" + session_secret.encode()).hexdigest()
