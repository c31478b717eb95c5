"""Twitter API dumps: v1.1 tweets and v2 tweets (response pages with `data`/`includes`, or flattened tweets).

Accepts a JSON array, one JSON document, or JSON Lines, mixing both versions freely. v1.1: the long text is
`extended_tweet.full_text` (or `full_text`), a retweet has `retweeted_status`. v2: authors come from
`includes.users` (or an embedded `author`), replies and retweets from `referenced_tweets`, threads from
`conversation_id`, long posts from `note_tweet`. Referenced tweets in `includes.tweets` are posts too, which is
how reply parents from other accounts reach `roost threads`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from roost.config import IngestConfig
from roost.data.jsonstream import JsonStream, iter_json_records
from roost.data.posts import Post, as_text
from roost.data.problems import Problems
from roost.data.sources import Source


def read_twitter_api(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    for file in source.files:
        with problems.reading(), file.open(config) as binary:
            stream = JsonStream(binary, file.name, config.max_record_size)
            if stream.is_empty():
                problems.report(file.name, "file is empty", "bad file")
                continue
            for document, where in iter_json_records(stream, problems):
                for item in document if isinstance(document, list) else [document]:
                    yield from _document_posts(item, stream.name, where, problems)


def _document_posts(document: Any, origin: str, where: str, problems: Problems) -> Iterator[Post]:
    if not isinstance(document, dict):
        problems.report(where, "expected a tweet object", "malformed record")
        return
    if "data" in document and isinstance(document["data"], (list, dict)):
        includes = document.get("includes")
        includes = includes if isinstance(includes, dict) else {}
        users = {
            as_text(u.get("id")): u.get("username", "") for u in _list(includes.get("users")) if isinstance(u, dict)
        }
        data = document["data"] if isinstance(document["data"], list) else [document["data"]]
        for tweet in [*data, *_list(includes.get("tweets"))]:
            post = None
            with problems.record(where):
                post = _v2_post(tweet, users, origin, where, problems)
            if post is not None:
                yield post
        return
    post = None
    with problems.record(where):
        if "user" in document or "id_str" in document or "full_text" in document:
            post = _v1_post(document, origin, where, problems)
        else:
            post = _v2_post(document, {}, origin, where, problems)
    if post is not None:
        yield post


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _v1_post(tweet: dict[str, Any], origin: str, where: str, problems: Problems) -> Post | None:
    extended = tweet.get("extended_tweet") or {}
    text = extended.get("full_text") or tweet.get("full_text") or tweet.get("text")
    tweet_id = tweet.get("id_str") or tweet.get("id")
    if tweet_id is None or not isinstance(text, str):
        problems.report(where, "v1.1 tweet without id or text", "malformed record")
        return None
    accepted, created = problems.accepts(where, text, tweet.get("created_at"))
    if not accepted:
        return None
    entities = extended.get("entities") or tweet.get("entities") or {}
    user = tweet.get("user") or {}
    return Post(
        id=str(tweet_id),
        text=text,
        author=str(user.get("screen_name", "")),
        created_at=created,
        lang=tweet.get("lang"),
        parent_id=_str_or_none(tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")),
        reply_to_author=tweet.get("in_reply_to_screen_name"),
        is_repost="retweeted_status" in tweet or text.startswith("RT @"),
        links=_links(entities),
        source="twitter-api",
        origin=origin,
    )


def _v2_post(tweet: Any, users: dict[Any, str], origin: str, where: str, problems: Problems) -> Post | None:
    if not isinstance(tweet, dict) or tweet.get("id") is None or not isinstance(tweet.get("text"), str):
        problems.report(where, "v2 tweet without id or text", "malformed record")
        return None
    note = tweet.get("note_tweet") or {}
    text = note.get("text") or tweet["text"]
    accepted, created = problems.accepts(where, text, tweet.get("created_at"))
    if not accepted:
        return None
    references = {
        ref.get("type"): ref.get("id") for ref in tweet.get("referenced_tweets") or [] if isinstance(ref, dict)
    }
    author = tweet.get("author") if isinstance(tweet.get("author"), dict) else {}
    return Post(
        id=str(tweet["id"]),
        text=text,
        author=str(
            author.get("username") or users.get(as_text(tweet.get("author_id")), "") or tweet.get("author_id") or ""
        ),
        created_at=created,
        lang=tweet.get("lang"),
        parent_id=_str_or_none(references.get("replied_to")),
        conversation_id=_str_or_none(tweet.get("conversation_id")),
        is_repost="retweeted" in references or text.startswith("RT @"),
        links=_links(note.get("entities") or tweet.get("entities") or {}),
        source="twitter-api",
        origin=origin,
    )


def _links(entities: dict[str, Any]) -> list[dict[str, str]]:
    links = [
        {"url": u["url"], "expanded": u.get("expanded_url") or ""} for u in entities.get("urls", []) if u.get("url")
    ]
    links += [{"url": m["url"], "expanded": ""} for m in entities.get("media", []) if m.get("url")]
    return links


def _str_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)
