"""Bluesky repository exports (`.car`): the account's signed repo as a CAR v1 file of DAG-CBOR blocks.

A CAR file is a header followed by blocks, each `varint(length) CID data`. Records do not carry their own keys:
the Merkle Search Tree nodes map each key (`app.bsky.feed.post/<rkey>`) to the record's CID, with keys
prefix-compressed within a node. The file is therefore streamed twice: once to collect the MST's CID -> key map
and the repo's DID from the commit, once to turn `app.bsky.feed.post` records into posts (at:// URIs as ids,
`reply.parent`/`reply.root` as parent and conversation). Reposts (`app.bsky.feed.repost`) are counted as reposts.
DAG-CBOR decoding is libipld's. A block over `ingest.max_record_size` bytes is read past (and reported as
"too large" once, in the second pass), never held, and a structure that is not what the format promises costs
only its record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

import libipld

from roost.config import IngestConfig
from roost.data.posts import Post, as_text
from roost.data.problems import Problems
from roost.data.sources import Source, SourceFile
from roost.data.timeparse import parse_time

POST_TYPE = "app.bsky.feed.post"
REPOST_TYPE = "app.bsky.feed.repost"
LINK_FACET = "app.bsky.richtext.facet#link"


MAX_VARINT_BYTES = 9  # a CAR length is an unsigned 63-bit varint
SKIP_CHUNK = 1 << 16


class CarError(Exception):
    pass


def read_bluesky(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    for file in source.files:
        with problems.reading():
            try:
                did, keys = _scan_repo(file, config)
                yield from _posts(file, did, keys, config, problems)
            except CarError as exc:
                problems.report(file.name, str(exc), "bad file")


def _read_varint(stream: BinaryIO) -> int | None:
    shift = value = 0
    for _ in range(MAX_VARINT_BYTES):
        byte = stream.read(1)
        if not byte:
            if shift:
                raise CarError("truncated CAR file (varint cut short)")
            return None
        value |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return value
        shift += 7
    raise CarError(f"not a CAR file: a length varint longer than {MAX_VARINT_BYTES} bytes")


def _cid_length(frame: bytes) -> int:
    """Length of the CID at the start of a block frame (CIDv1: version, codec, multihash code and length)."""
    if frame[:2] == b"\x12\x20":  # CIDv0: a bare sha2-256 multihash
        return 34
    pos = 0
    for _ in range(3):  # version, codec, hash code
        while frame[pos] & 0x80:
            pos += 1
        pos += 1
    size = 0
    shift = 0
    while True:
        byte = frame[pos]
        size |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return pos + size
        shift += 7


def iter_blocks(file: SourceFile, config: IngestConfig) -> Iterator[tuple[bytes, bytes | None, int]]:
    """(cid, data, block number) for each block of a CAR v1 file, one block in memory at a time.

    A block larger than `config.max_record_size` is read past and comes with data None.
    """
    with file.open(config) as stream:
        header_len = _read_varint(stream)
        if header_len is None:
            raise CarError("file is empty")
        if header_len > config.max_record_size:
            raise CarError(f"not a CAR file: a header of {header_len:,} bytes")
        try:
            header = libipld.decode_dag_cbor(stream.read(header_len))
        except Exception as exc:  # noqa: BLE001 -- libipld raises ValueError and others for bad CBOR
            raise CarError(f"not a CAR file: bad header ({exc})") from None
        if not isinstance(header, dict) or header.get("version") != 1:
            raise CarError("not a CAR v1 file (header without version 1)")
        number = 0
        while (length := _read_varint(stream)) is not None:
            number += 1
            if length > config.max_record_size:
                _skip(stream, length, number)
                yield b"", None, number
                continue
            frame = stream.read(length)
            if len(frame) < length:
                raise CarError(f"truncated CAR file in block {number}")
            try:
                cid_len = _cid_length(frame)
            except IndexError:
                raise CarError(f"block {number}: bad CID") from None
            yield frame[:cid_len], frame[cid_len:], number


def _skip(stream: BinaryIO, length: int, number: int) -> None:
    while length > 0:
        got = len(stream.read(min(length, SKIP_CHUNK)))
        if not got:
            raise CarError(f"truncated CAR file in block {number}")
        length -= got


def _decode(data: bytes | None) -> Any:
    if data is None:
        return None
    try:
        return libipld.decode_dag_cbor(data)
    except Exception:  # noqa: BLE001 -- a block that is not DAG-CBOR (e.g. raw media) is not a record
        return None


def _scan_repo(file: SourceFile, config: IngestConfig) -> tuple[str, dict[bytes, str]]:
    """The repo's DID and the MST's map from record CID to record key."""
    did = ""
    keys: dict[bytes, str] = {}
    quiet = Problems("skip")  # a malformed tree node only costs its records their keys (they fall back to CIDs)
    for _, data, _ in iter_blocks(file, config):
        node = _decode(data)
        if not isinstance(node, dict):
            continue
        if "did" in node and "data" in node and "sig" in node:
            did = str(node["did"])
        elif "e" in node and "l" in node:
            with quiet.record("tree node"):
                _add_keys(node["e"], keys)
    return did, keys


def _add_keys(entries: list[dict[str, Any]], keys: dict[bytes, str]) -> None:
    key = b""
    for entry in entries:
        prefix, suffix, cid = entry["p"], entry["k"], entry["v"]
        if not (isinstance(prefix, int) and isinstance(suffix, bytes) and isinstance(cid, bytes)):
            raise TypeError("tree entry fields of the wrong type")
        key = key[:prefix] + suffix  # prefix-compressed against the previous entry
        keys[cid.removeprefix(b"\x00")] = key.decode("utf-8", errors="replace")


def _posts(
    file: SourceFile, did: str, keys: dict[bytes, str], config: IngestConfig, problems: Problems
) -> Iterator[Post]:
    for cid, data, number in iter_blocks(file, config):
        where = f"{file.name}: block {number}"
        if data is None:
            problems.report(where, f"block larger than {config.max_record_size:,} bytes (ingest.max_record_size)",
                            "too large")  # fmt: skip
            continue
        record = _decode(data)
        if not isinstance(record, dict) or record.get("$type") not in (POST_TYPE, REPOST_TYPE):
            continue
        post = None
        with problems.record(where):
            post = _record_post(record, cid, did, keys, file, where, problems)
        if post is not None:
            yield post


def _record_post(
    record: dict[str, Any], cid: bytes, did: str, keys: dict[bytes, str], file: SourceFile, where: str,
    problems: Problems,
) -> Post | None:  # fmt: skip
    key = keys.get(cid, f"{record['$type']}/{libipld.encode_cid(cid)}")
    try:
        created = parse_time(record.get("createdAt"))
    except ValueError:
        problems.report(where, f"bad createdAt {str(record.get('createdAt'))[:80]!r}", "malformed record")
        return None
    common = dict(
        id=f"at://{did}/{key}", author=did, account=did, created_at=created, source="bluesky", origin=file.name
    )
    if record["$type"] == REPOST_TYPE:
        return Post(text="", is_repost=True, **common)
    text = record.get("text")
    if not isinstance(text, str):
        problems.report(where, "post record without text", "malformed record")
        return None
    if not problems.check_utf8(where, text):
        return None
    reply = record.get("reply") or {}
    langs = record.get("langs") or []
    return Post(
        text=text,
        lang=as_text(langs[0]) if langs else None,
        parent_id=as_text((reply.get("parent") or {}).get("uri")),
        conversation_id=as_text((reply.get("root") or {}).get("uri")),
        links=_facet_links(text, record.get("facets") or []),
        **common,
    )


def _facet_links(text: str, facets: list[Any]) -> list[dict[str, str]]:
    """Links whose shown text is shortened: the facet's byte range names the shown part, its uri the full link."""
    raw = text.encode("utf-8")
    links = []
    for facet in facets:
        index = facet.get("index") or {}
        for feature in facet.get("features") or []:
            if feature.get("$type") == LINK_FACET and "byteStart" in index:
                shown = raw[index["byteStart"] : index["byteEnd"]].decode("utf-8", errors="replace")
                links.append({"url": shown, "expanded": as_text(feature.get("uri")) or ""})
    return links
