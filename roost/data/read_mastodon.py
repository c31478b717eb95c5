"""Mastodon archives: `outbox.json` (alone or inside the archive `.zip`), an ActivityPub OrderedCollection.

`Create` activities carry a Note whose `content` is HTML; `Announce` activities are boosts (reposts). Visibility
is not a field: a post is public when the ActivityStreams Public collection is in `to` (public) or `cc`
(unlisted); followers-only and direct posts are skipped and counted unless `mastodon_public_only` is off.
The outbox can be large, so `orderedItems` is streamed element by element.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from roost.config import IngestConfig
from roost.data.jsonstream import JsonStream, JsonSyntaxError
from roost.data.posts import Post, as_text
from roost.data.problems import Problems
from roost.data.sources import Source
from roost.data.timeparse import parse_time

ORDERED_ITEMS = re.compile(r'"orderedItems"\s*:\s*')
PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}


def read_mastodon(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    for file in source.files:
        with problems.reading(), file.open(config) as binary:
            stream = JsonStream(binary, file.name, config.max_record_size)
            try:
                if stream.is_empty():
                    problems.report(file.name, "file is empty", "bad file")
                    continue
                stream.seek_to(ORDERED_ITEMS, 'the outbox\'s "orderedItems" array')
                for activity in stream.array():
                    where = stream.where(stream.value_start)
                    post = None
                    with problems.record(where):
                        post = _activity_post(activity, config, file.name, where, problems)
                    if post is not None:
                        yield post
            except JsonSyntaxError as exc:
                problems.report(exc.where, exc.message, exc.reason)


def _activity_post(activity: Any, config: IngestConfig, origin: str, where: str, problems: Problems) -> Post | None:
    if not isinstance(activity, dict) or activity.get("type") not in ("Create", "Announce"):
        return None  # likes, follows and other activities are not posts
    actor = str(activity.get("actor", ""))
    note = activity.get("object")
    if activity["type"] == "Announce":
        return Post(
            id=str(activity.get("id", "")),
            text="",
            author=_handle(actor),
            created_at=_time(activity.get("published")),
            parent_id=None,
            is_repost=True,
            account=_handle(actor),
            source="mastodon",
            origin=origin,
        )
    if not isinstance(note, dict) or not note.get("id") or not isinstance(note.get("content", ""), str):
        problems.report(where, "Create activity without a Note object", "malformed record")
        return None
    audience = set(_as_list(note.get("to", activity.get("to")))) | set(_as_list(note.get("cc", activity.get("cc"))))
    if config.mastodon_public_only and not audience & PUBLIC:
        problems.counts["not public"] += 1
        return None
    text = html_to_text(note.get("content") or "")
    if not problems.check_utf8(where, text):
        return None
    content_map = note.get("contentMap") or {}
    return Post(
        id=str(note["id"]),
        text=text,
        author=_handle(str(note.get("attributedTo", actor))),
        created_at=_time(note.get("published") or activity.get("published")),
        lang=next(iter(content_map), None) if isinstance(content_map, dict) else None,
        parent_id=as_text(note.get("inReplyTo")),
        conversation_id=as_text(note.get("conversation")),
        account=_handle(actor),
        source="mastodon",
        origin=origin,
    )


def _handle(actor_url: str) -> str:
    """https://mastodon.social/users/alice -> alice@mastodon.social"""
    match = re.match(r"https?://([^/]+)/(?:users/|@)([^/]+)", actor_url)
    return f"{match.group(2)}@{match.group(1)}" if match else actor_url


def _time(value: Any):
    try:
        return parse_time(value)
    except ValueError:
        return None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


# One tag: `<` up to the next `>` with no `<` between, so a run of unclosed tags costs linear time. (The standard
# library's HTMLParser rescans to the end for each unclosed `<a `: quadratic, hours on a 1 MB hostile post.)
TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)?[^<>]*>")


def html_to_text(content: str) -> str:
    """Mastodon HTML to plain text: paragraphs become blank lines, <br> a newline, links their full URL.

    Mastodon sends a sanitised subset (p, br, a, span), with `<` in text escaped, so tags are found by pattern;
    text between them is kept (the invisible parts of a shortened link included) and entities are unescaped.
    """
    if "<" not in content and "&" not in content:
        return content
    parts: list[str] = []
    position = 0
    for tag in TAG.finditer(content):
        if tag.start() > position:
            parts.append(html.unescape(content[position : tag.start()]))
        position = tag.end()
        name = (tag.group(2) or "").lower()
        if tag.group(1) or not name:
            continue  # end tags, comments and declarations add nothing
        if name == "br":
            parts.append("\n")
        elif name == "p" and parts:
            parts.append("\n\n")
    parts.append(html.unescape(content[position:]))
    return "".join(parts).strip()
