"""Bluesky repository exports (`.car`): the account's signed repo as a CAR v1 file of DAG-CBOR blocks.

A CAR file is a header followed by blocks, each `varint(length) CID data`. Records do not carry their own keys:
the Merkle Search Tree nodes map each key (`app.bsky.feed.post/<rkey>`) to the record's CID, with keys
prefix-compressed within a node. The file is therefore streamed twice: once to collect the MST's CID -> key map
and the repo's DID from the commit, once to turn `app.bsky.feed.post` records into posts (at:// URIs as ids,
`reply.parent`/`reply.root` as parent and conversation). Reposts (`app.bsky.feed.repost`) are counted as reposts.
DAG-CBOR decoding is libipld's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

import libipld

from roost.config import IngestConfig
from roost.data.posts import Post
from roost.data.problems import Problems
from roost.data.sources import Source, SourceFile
from roost.data.timeparse import parse_time

POST_TYPE = "app.bsky.feed.post"
REPOST_TYPE = "app.bsky.feed.repost"
LINK_FACET = "app.bsky.richtext.facet#link"


class CarError(Exception):
    pass


def read_bluesky(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    for file in source.files:
        try:
            did, keys = _scan_repo(file)
            yield from _posts(file, did, keys, problems)
        except CarError as exc:
            problems.report(file.name, str(exc), "bad file")


def _read_varint(stream: BinaryIO) -> int | None:
    shift = value = 0
    while True:
        byte = stream.read(1)
        if not byte:
            if shift:
                raise CarError("truncated CAR file (varint cut short)")
            return None
        value |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return value
        shift += 7


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


def iter_blocks(file: SourceFile) -> Iterator[tuple[bytes, bytes, int]]:
    """(cid, data, block number) for each block of a CAR v1 file, one block in memory at a time."""
    with file.open() as stream:
        header_len = _read_varint(stream)
        if header_len is None:
            raise CarError("file is empty")
        try:
            header = libipld.decode_dag_cbor(stream.read(header_len))
        except Exception as exc:  # noqa: BLE001 -- libipld raises ValueError and others for bad CBOR
            raise CarError(f"not a CAR file: bad header ({exc})") from None
        if not isinstance(header, dict) or header.get("version") != 1:
            raise CarError("not a CAR v1 file (header without version 1)")
        number = 0
        while (length := _read_varint(stream)) is not None:
            number += 1
            frame = stream.read(length)
            if len(frame) < length:
                raise CarError(f"truncated CAR file in block {number}")
            try:
                cid_len = _cid_length(frame)
            except IndexError:
                raise CarError(f"block {number}: bad CID") from None
            yield frame[:cid_len], frame[cid_len:], number


def _decode(data: bytes) -> Any:
    try:
        return libipld.decode_dag_cbor(data)
    except Exception:  # noqa: BLE001 -- a block that is not DAG-CBOR (e.g. raw media) is not a record
        return None


def _scan_repo(file: SourceFile) -> tuple[str, dict[bytes, str]]:
    """The repo's DID and the MST's map from record CID to record key."""
    did = ""
    keys: dict[bytes, str] = {}
    for _, data, _ in iter_blocks(file):
        node = _decode(data)
        if not isinstance(node, dict):
            continue
        if "did" in node and "data" in node and "sig" in node:
            did = str(node["did"])
        elif "e" in node and "l" in node:
            key = b""
            for entry in node["e"]:
                key = key[: entry["p"]] + entry["k"]  # prefix-compressed against the previous entry
                keys[bytes(entry["v"]).removeprefix(b"\x00")] = key.decode("utf-8", errors="replace")
    return did, keys


def _posts(file: SourceFile, did: str, keys: dict[bytes, str], problems: Problems) -> Iterator[Post]:
    for cid, data, number in iter_blocks(file):
        record = _decode(data)
        if not isinstance(record, dict) or record.get("$type") not in (POST_TYPE, REPOST_TYPE):
            continue
        where = f"{file.name}: block {number}"
        key = keys.get(cid, f"{record['$type']}/{libipld.encode_cid(cid)}")
        try:
            created = parse_time(record.get("createdAt"))
        except ValueError:
            problems.report(where, f"bad createdAt {record.get('createdAt')!r}", "malformed record")
            continue
        common = dict(
            id=f"at://{did}/{key}", author=did, account=did, created_at=created, source="bluesky", origin=file.name
        )
        if record["$type"] == REPOST_TYPE:
            yield Post(text="", is_repost=True, **common)
            continue
        text = record.get("text")
        if not isinstance(text, str):
            problems.report(where, "post record without text", "malformed record")
            continue
        if not problems.check_utf8(where, text):
            continue
        reply = record.get("reply") or {}
        langs = record.get("langs") or []
        yield Post(
            text=text,
            lang=langs[0] if langs else None,
            parent_id=(reply.get("parent") or {}).get("uri"),
            conversation_id=(reply.get("root") or {}).get("uri"),
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
                links.append({"url": shown, "expanded": str(feature.get("uri", ""))})
    return links
