"""X (Twitter) "Download your data" archives: `tweets.js`, `tweets-partN.js` or the older `tweet.js`.

Each data file is a JavaScript assignment, `window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]`, with every
number written as a string. The account owner comes from `manifest.js` (or `account.js`); tweets carry no author
of their own. Retweets are marked only by their `RT @` text. Long posts are truncated in `tweets.js` and stored
whole in `note-tweet.js`, matched back by creation time. Deleted tweets are read when `include_deleted` is on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from roost.config import IngestConfig
from roost.data.jsonstream import JsonStream, JsonSyntaxError
from roost.data.posts import Post, as_text
from roost.data.problems import Problems
from roost.data.sources import Source, SourceFile
from roost.data.timeparse import parse_time

ASSIGNMENT = re.compile(r"window\.(?:YTD\.[\w]+\.part\d+|__THAR_CONFIG)\s*=\s*")
TWEET_FILE = re.compile(r"^tweets?(?:-part\d+)?\.js$")
DELETED_FILE = re.compile(r"^deleted-tweets(?:-part\d+)?\.js$")
NOTE_FILE = re.compile(r"^note-tweet(?:-part\d+)?\.js$")


def read_x_archive(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    by_name = {f.basename: f for f in source.files}
    owner = _owner(by_name, config)
    notes = _note_texts([f for f in source.files if NOTE_FILE.match(f.basename)], config, problems)
    if len(source.files) == 1 and not (notes or by_name.keys() & {"manifest.js", "account.js"}):
        tweet_files = list(source.files)  # one .js file named on the command line: whatever its name, it holds tweets
    else:
        tweet_files = [f for f in source.files if TWEET_FILE.match(f.basename)]
        if config.include_deleted:
            tweet_files += [f for f in source.files if DELETED_FILE.match(f.basename)]
    for file in tweet_files:
        deleted = DELETED_FILE.match(file.basename) is not None
        for tweet, where in iter_ytd(file, config, problems):
            post = None
            with problems.record(where):
                post = _tweet_post(tweet.get("tweet", tweet), owner, deleted, notes, file.name, where, problems)
            if post is not None:
                yield post


def iter_ytd(file: SourceFile, config: IngestConfig, problems: Problems) -> Iterator[tuple[dict[str, Any], str]]:
    """The elements of one `window.YTD...` file, each with its position; a malformed file is reported."""
    with problems.reading(), file.open(config) as binary:
        stream = JsonStream(binary, file.name, config.max_record_size)
        try:
            if stream.is_empty():
                problems.report(file.name, "file is empty", "bad file")
                return
            stream.expect(ASSIGNMENT, "an X archive assignment like 'window.YTD.tweets.part0 = ['")
        except JsonSyntaxError as exc:
            problems.report(exc.where, exc.message, "bad file")
            return
        try:
            for element in stream.array():
                where = stream.where(stream.value_start)
                if not isinstance(element, dict):
                    problems.report(where, "expected an object in the archive array", "malformed record")
                    continue
                yield element, where
            if not stream.at_end():
                problems.report(stream.where(), "unexpected text after the archive array", "malformed record")
        except JsonSyntaxError as exc:
            problems.report(exc.where, exc.message, exc.reason)


def _owner(by_name: dict[str, SourceFile], config: IngestConfig) -> str:
    """The archive owner's handle; an unreadable manifest or account file only costs the name."""
    quiet = Problems("skip")
    if "manifest.js" in by_name:
        with quiet.reading(), quiet.record("manifest"), by_name["manifest.js"].open(config) as binary:
            stream = JsonStream(binary, by_name["manifest.js"].name, config.max_record_size)
            try:
                stream.expect(ASSIGNMENT, "'window.__THAR_CONFIG = {'")
                return str(stream.value()["userInfo"]["userName"])
            except JsonSyntaxError:
                pass  # account.js may still have it
    if "account.js" in by_name:
        for element, _ in iter_ytd(by_name["account.js"], config, quiet):
            with quiet.record("account"):
                return str(element["account"]["username"])
    return ""


def _note_texts(files: list[SourceFile], config: IngestConfig, problems: Problems) -> dict[datetime, str]:
    """Full texts of long posts, keyed by creation time (the tweet in tweets.js holds only the first part)."""
    notes: dict[datetime, str] = {}
    quiet = Problems("skip")  # a note that cannot be matched only leaves its tweet truncated
    for file in files:
        for element, _ in iter_ytd(file, config, problems):
            with quiet.record("note"):
                note = element.get("noteTweet", {})
                created = parse_time(note.get("createdAt"))
                text = note.get("core", {}).get("text")
                if created is not None and isinstance(text, str):
                    notes[created.replace(microsecond=0)] = text
    return notes


def _tweet_post(
    tweet: dict[str, Any],
    owner: str,
    deleted: bool,
    notes: dict[datetime, str],
    origin: str,
    where: str,
    problems: Problems,
) -> Post | None:
    tweet_id = as_text(tweet.get("id_str")) or as_text(tweet.get("id"))
    text = tweet.get("full_text", tweet.get("text"))
    if not tweet_id or not isinstance(text, str):
        problems.report(where, "tweet without id_str or full_text", "malformed record")
        return None
    accepted, created = problems.accepts(where, text, tweet.get("created_at"))
    if not accepted:
        return None
    if created is not None and created in notes and _is_prefix_of(text, notes[created]):
        text = notes[created]
    entities = tweet.get("entities") or {}
    links = [
        {"url": u["url"], "expanded": u.get("expanded_url") or ""} for u in entities.get("urls", []) if u.get("url")
    ]
    media = (tweet.get("extended_entities") or entities).get("media", [])
    links += [{"url": m["url"], "expanded": ""} for m in media if m.get("url")]  # attachments: nothing to expand to
    return Post(
        id=str(tweet_id),
        text=text,
        author=owner,
        created_at=created,
        lang=as_text(tweet.get("lang")),
        parent_id=as_text(tweet.get("in_reply_to_status_id_str")),
        reply_to_author=as_text(tweet.get("in_reply_to_screen_name")),
        is_repost=text.startswith("RT @"),
        is_deleted=deleted,
        account=owner,
        links=links,
        source="x-archive",
        origin=origin,
    )


def _is_prefix_of(short: str, full: str) -> bool:
    head = short.rstrip("…").split("https://t.co/")[0].strip()[:40]
    return bool(head) and full.startswith(head[: max(1, len(head) - 2)])
