"""API keys: created once and shown once, stored only as a hash, checked in constant time.

A key looks like `sk-roost-<43 url-safe characters>` (256 random bits). Its first 8 random characters are kept in
clear as the prefix, so `roost keys list` can show which key is which and the server can find the candidate row
without scanning; the full key is compared by its SHA-256 digest with `hmac.compare_digest`. A slow password hash
is not needed: the keys are random, not chosen by people, so the hash cannot be brute-forced.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from roost.errors import RoostError
from roost.serve.db import KeyRecord, Store

KEY_PREFIX = "sk-roost-"
PREFIX_CHARS = 8


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def public_prefix(secret: str) -> str:
    return secret[len(KEY_PREFIX) : len(KEY_PREFIX) + PREFIX_CHARS]


def create_key(db_path: Path, name: str, requests_per_minute: int | None = None, tokens_per_minute: int | None = None) -> str:
    """Create a key named `name` in serve.db and return it; this is the only time the full key exists in clear."""
    if not name.strip():
        raise RoostError("key name must not be empty")
    for label, value in (("--rpm", requests_per_minute), ("--tpm", tokens_per_minute)):
        if value is not None and value < 1:
            raise RoostError(f"{label} must be at least 1, got {value}")
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    store = Store(db_path)
    try:
        store.insert_key(name.strip(), public_prefix(secret), hash_key(secret), requests_per_minute, tokens_per_minute)
    finally:
        store.close()
    return secret


def list_keys(db_path: Path) -> list[KeyRecord]:
    store = Store(db_path)
    try:
        return store.list_keys()
    finally:
        store.close()


def revoke_key(db_path: Path, ident: str) -> KeyRecord:
    """Revoke a key given its id, its prefix or its (unique) name."""
    store = Store(db_path)
    try:
        matches = _find(store, ident)
        if not matches:
            raise RoostError(f"no key matches {ident!r} (give an id, a prefix or a name from `roost keys list`)")
        if len(matches) > 1:
            ids = ", ".join(str(k.id) for k in matches)
            raise RoostError(f"{ident!r} matches several keys (ids {ids}); give the id")
        store.revoke_key(matches[0].id)
        return store.key_by_id(matches[0].id)
    finally:
        store.close()


def authenticate(store: Store, secret: str) -> KeyRecord | None:
    """The live key record for `secret`, or None if it is unknown or revoked."""
    if not secret.startswith(KEY_PREFIX):
        return None
    digest = hash_key(secret)
    found = None
    for record in store.keys_by_prefix(public_prefix(secret)):
        if hmac.compare_digest(record.hash, digest):
            found = record
    if found is None or found.revoked is not None:
        return None
    return found


def _find(store: Store, ident: str) -> list[KeyRecord]:
    if ident.isdigit():
        record = store.key_by_id(int(ident))
        return [record] if record else []
    if ident.startswith(KEY_PREFIX):
        ident = public_prefix(ident)
    return store.keys_by_prefix(ident) or store.keys_by_name(ident)
