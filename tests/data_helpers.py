"""Small, faithful source fixtures for the data tests: a Mastodon outbox, a Bluesky repo CAR, Twitter API dumps.

There is no real Mastodon or Bluesky sample in shared/corpora, so these follow the real formats field by field:
ActivityPub `Create`/`Announce` activities with HTML content and `to`/`cc` audiences; a CAR v1 file whose
blocks are DAG-CBOR (encoded by libipld) with a signed-commit block, records and a Merkle Search Tree node.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import libipld

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
ACTOR = "https://social.example/users/alice"
DID = "did:plc:alicetestdid"


def _note(number: int, content: str, to: list[str], cc: list[str], reply_to: str | None = None) -> dict:
    note_id = f"{ACTOR}/statuses/{number}"
    return {
        "id": f"{note_id}/activity",
        "type": "Create",
        "actor": ACTOR,
        "published": f"2024-05-0{number}T10:00:00Z",
        "to": to,
        "cc": cc,
        "object": {
            "id": note_id,
            "type": "Note",
            "summary": None,
            "inReplyTo": reply_to,
            "published": f"2024-05-0{number}T10:00:00Z",
            "url": f"https://social.example/@alice/{number}",
            "attributedTo": ACTOR,
            "to": to,
            "cc": cc,
            "conversation": "tag:social.example,2024-05-01:objectId=1:objectType=Conversation",
            "content": content,
            "contentMap": {"en": content},
            "attachment": [],
            "tag": [],
        },
    }


def mastodon_outbox() -> dict:
    followers = f"{ACTOR}/followers"
    items = [
        _note(
            1,
            '<p>Spring is here &amp; the swifts are back!</p><p>Details: <a href="https://birds.example/swifts/2024" '
            'rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="ellipsis">'
            'birds.example/swifts</span><span class="invisible">/2024</span></a></p>',
            [PUBLIC],
            [followers],
        ),
        _note(
            2,
            '<p><span class="h-card"><a href="https://other.example/@bob" class="u-url mention">@<span>bob</span>'
            "</a></span> yes, three pairs nest under the eaves<br>come and see</p>",
            [followers],
            [PUBLIC],
            reply_to="https://other.example/users/bob/statuses/99",
        ),
        _note(3, "<p>followers only: my street address</p>", [followers], []),
        {
            "id": f"{ACTOR}/statuses/4/activity",
            "type": "Announce",
            "actor": ACTOR,
            "published": "2024-05-04T10:00:00Z",
            "to": [PUBLIC],
            "cc": [followers],
            "object": "https://other.example/users/bob/statuses/100",
        },
    ]
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": f"{ACTOR}/outbox",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }


def write_mastodon_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("actor.json", json.dumps({"id": ACTOR, "preferredUsername": "alice"}))
        archive.writestr("outbox.json", json.dumps(mastodon_outbox(), indent=2))
    return path


# -- Bluesky ------------------------------------------------------------------------------------------------------


def _cid(data: bytes) -> bytes:
    return bytes([0x01, 0x71, 0x12, 0x20]) + hashlib.sha256(data).digest()  # CIDv1, dag-cbor, sha2-256


class _Link:
    def __init__(self, cid: bytes):
        self.cid = cid


def _encode(value) -> bytes:
    """DAG-CBOR via libipld, with CID links (tag 42) substituted for placeholders libipld cannot express."""
    links: list[bytes] = []

    def swap(node):
        if isinstance(node, _Link):
            links.append(node.cid)
            return node.cid
        if isinstance(node, dict):
            return {k: swap(v) for k, v in node.items()}
        if isinstance(node, list):
            return [swap(v) for v in node]
        return node

    encoded = libipld.encode_dag_cbor(swap(value))
    for cid in links:  # bytes(36) -> tag 42 over bytes(37) with the 0x00 multibase prefix
        encoded = encoded.replace(b"\x58\x24" + cid, b"\xd8\x2a\x58\x25\x00" + cid)
    return encoded


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def write_bluesky_car(path: Path) -> Path:
    text1 = "Swifts are back over the roofs! birds.example/swi..."
    link_start = text1.encode().index(b"birds.example")
    post1 = {
        "$type": "app.bsky.feed.post",
        "text": text1,
        "createdAt": "2024-05-01T10:00:00.000Z",
        "langs": ["en"],
        "facets": [
            {
                "index": {"byteStart": link_start, "byteEnd": len(text1.encode())},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://birds.example/swifts/2024"}],
            }
        ],
    }
    post1_block = _encode(post1)
    post1_uri = f"at://{DID}/app.bsky.feed.post/3kaaaaaaaaa2a"
    ref = {"uri": post1_uri, "cid": libipld.encode_cid(_cid(post1_block))}
    post2 = {
        "$type": "app.bsky.feed.post",
        "text": "Counted eleven of them this evening.",
        "createdAt": "2024-05-01T20:00:00Z",
        "reply": {"root": ref, "parent": ref},
    }
    repost = {
        "$type": "app.bsky.feed.repost",
        "createdAt": "2024-05-02T08:00:00Z",
        "subject": {"uri": "at://did:plc:bob/app.bsky.feed.post/3kbbbbbbbbb2b", "cid": ref["cid"]},
    }
    records = [post1_block, _encode(post2), _encode(repost)]
    keys = [
        b"app.bsky.feed.post/3kaaaaaaaaa2a",
        b"app.bsky.feed.post/3kaaaaaaaaa3c",
        b"app.bsky.feed.repost/3kccccccccc2c",
    ]
    entries, previous = [], b""
    for key, block in zip(keys, records):
        shared = next((i for i, (a, b) in enumerate(zip(key, previous)) if a != b), min(len(key), len(previous)))
        entries.append({"p": shared, "k": key[shared:], "v": _Link(_cid(block)), "t": None})
        previous = key
    mst = _encode({"l": None, "e": entries})
    commit = _encode(
        {"did": DID, "version": 3, "data": _Link(_cid(mst)), "rev": "3kdddddddd2d", "prev": None, "sig": b"\x01" * 64}
    )
    header = _encode({"roots": [_Link(_cid(commit))], "version": 1})
    blocks = [commit, *records, b"\x89PNG not cbor", mst]  # the MST last: keys must be found before records are read
    with open(path, "wb") as out:
        out.write(_varint(len(header)) + header)
        for block in blocks:
            cid = _cid(block)
            out.write(_varint(len(cid) + len(block)) + cid + block)
    return path


# -- Twitter API --------------------------------------------------------------------------------------------------


def twitter_v1_lines() -> list[dict]:
    long_text = "A long post about nest boxes. " * 12
    return [
        {
            "created_at": "Wed Oct 10 20:19:24 +0000 2018",
            "id": 1050118621198921728,
            "id_str": "1050118621198921728",
            "text": "A long post about nest boxes. A long post… https://t.co/abc",
            "truncated": True,
            "user": {"id_str": "6253282", "screen_name": "roostbird"},
            "lang": "en",
            "extended_tweet": {
                "full_text": long_text + "https://t.co/abc",
                "entities": {"urls": [{"url": "https://t.co/abc", "expanded_url": "https://nests.example/box"}]},
            },
            "in_reply_to_status_id_str": None,
        },
        {
            "created_at": "Wed Oct 10 21:00:00 +0000 2018",
            "id_str": "1050118621198921999",
            "text": "@roostbird which wood is best?",
            "user": {"screen_name": "newbie"},
            "lang": "en",
            "in_reply_to_status_id_str": "1050118621198921728",
            "in_reply_to_screen_name": "roostbird",
            "entities": {"urls": []},
        },
        {
            "created_at": "Wed Oct 10 22:00:00 +0000 2018",
            "id_str": "1050118621198922000",
            "text": "RT @roostbird: A long post about nest boxes.",
            "user": {"screen_name": "fan"},
            "retweeted_status": {"id_str": "1050118621198921728"},
        },
    ]


def twitter_v2_page() -> dict:
    return {
        "data": [
            {
                "id": "2001",
                "text": "@roostbird untreated larch, 19 mm",
                "author_id": "11",
                "created_at": "2023-01-02T10:00:00.000Z",
                "conversation_id": "2000",
                "lang": "en",
                "referenced_tweets": [{"type": "replied_to", "id": "2000"}],
                "edit_history_tweet_ids": ["2001"],
            },
            {
                "id": "2002",
                "text": "RT @someone: nests",
                "author_id": "12",
                "created_at": "2023-01-02T11:00:00.000Z",
                "referenced_tweets": [{"type": "retweeted", "id": "1999"}],
                "edit_history_tweet_ids": ["2002"],
            },
        ],
        "includes": {
            "users": [
                {"id": "11", "username": "roostbird"},
                {"id": "12", "username": "fan"},
                {"id": "13", "username": "newbie"},
            ],
            "tweets": [
                {
                    "id": "2000",
                    "text": "which wood for a swift box?",
                    "author_id": "13",
                    "conversation_id": "2000",
                    "created_at": "2023-01-02T09:00:00.000Z",
                    "edit_history_tweet_ids": ["2000"],
                }
            ],
        },
        "meta": {"result_count": 2},
    }
