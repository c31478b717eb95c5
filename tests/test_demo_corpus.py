"""The bundled demo corpus: real X archive format, threads that can be rebuilt, and a deterministic build."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from corpora import CORPORA

from roost.demo import ARCHIVES_DIR, OWNER_HANDLE, demo_sources
from roost.demo.build_demo import build_archives

SAMPLE = CORPORA / "x-archive-sample" / "data"  # when present, the real archive whose tweet shape the demo copies


def read_ytd(path: Path) -> tuple[str, list[dict]]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"window\.(YTD\.\w+\.part\d+) = ", text)
    assert match, f"{path}: no window.YTD prefix"
    return match.group(1), json.loads(text[match.end() :])


def all_tweets() -> dict[str, tuple[str, dict]]:
    tweets = {}
    for source in demo_sources():
        handle = Path(source).name
        _, items = read_ytd(Path(source) / "data" / "tweets.js")
        for item in items:
            tweets[item["tweet"]["id_str"]] = (handle, item["tweet"])
    return tweets


def test_sources_list_the_owner_first_and_exist():
    sources = demo_sources()
    assert Path(sources[0]).name == OWNER_HANDLE
    assert len(sources) >= 3
    for source in sources:
        assert (Path(source) / "data" / "tweets.js").is_file()
        assert (Path(source) / "data" / "manifest.js").is_file()


def test_tweets_use_the_real_archive_shape():
    tweets = all_tweets()
    assert 400 <= len(tweets) <= 600
    sample_keys = None
    if SAMPLE.is_dir():
        _, sample = read_ytd(SAMPLE / "tweets.js")
        sample_keys = set(sample[0]["tweet"])
    for handle, tweet in tweets.values():
        datetime.strptime(tweet["created_at"], "%a %b %d %H:%M:%S +0000 %Y")
        assert tweet["id"] == tweet["id_str"] and tweet["id_str"].isdigit()
        assert isinstance(tweet["favorite_count"], str) and isinstance(tweet["retweet_count"], str)
        assert tweet["display_text_range"] == ["0", str(len(tweet["full_text"]))]
        assert tweet["edit_info"]["initial"]["editTweetIds"] == [tweet["id_str"]]
        for entity in tweet["entities"]["user_mentions"] + tweet["entities"]["urls"] + tweet["entities"]["hashtags"]:
            start, end = (int(i) for i in entity["indices"])
            fragment = tweet["full_text"][start:end]
            assert fragment in (f"@{entity.get('screen_name')}", entity.get("url"), f"#{entity.get('text')}")
        if sample_keys is not None:
            assert sample_keys <= set(tweet) | {
                "in_reply_to_status_id",
                "in_reply_to_status_id_str",
                "in_reply_to_user_id",
                "in_reply_to_user_id_str",
                "in_reply_to_screen_name",
                "possibly_sensitive",
            }


def test_reply_threads_can_be_rebuilt_across_archives():
    tweets = all_tweets()
    replies = [t for _, t in tweets.values() if "in_reply_to_status_id_str" in t]
    linked = [t for t in replies if t["in_reply_to_status_id_str"] in tweets]
    assert len(linked) >= 150
    assert len(replies) > len(linked)  # some parents are absent, as in real archives
    owner_answers = [
        t
        for t in linked
        if tweets[t["id_str"]][0] == OWNER_HANDLE and tweets[t["in_reply_to_status_id_str"]][0] != OWNER_HANDLE
    ]
    assert len(owner_answers) >= 60
    for reply in linked:
        parent = tweets[reply["in_reply_to_status_id_str"]][1]
        assert reply["in_reply_to_screen_name"] == tweets[parent["id_str"]][0]
        is_self_reply = tweets[reply["id_str"]][0] == tweets[parent["id_str"]][0]
        assert reply["full_text"].startswith("@") != is_self_reply  # X adds the parent's @handle, not one's own


def test_corpus_exercises_the_cleaner():
    tweets = [t for _, t in all_tweets().values()]
    texts = [t["full_text"] for t in tweets]
    assert sum(text.startswith("RT @") for text in texts) >= 5
    assert Counter(t["lang"] for t in tweets).keys() >= {"en", "de", "fr", "es"}
    assert any(re.search(r"[\w.]+@[\w.]+\.example", text) for text in texts)
    assert any(re.search(r"\b0\d{2,3} ?\d{3,4} ?\d{4}\b", text) for text in texts)
    assert any(count > 1 for count in Counter(texts).values())  # exact duplicates
    assert any(t["entities"]["urls"] and "t.co" in t["full_text"] for t in tweets)


def test_long_posts_are_in_note_tweet_js_and_match_their_truncated_tweets():
    data = Path(demo_sources()[0]) / "data"
    name, notes = read_ytd(data / "note-tweet.js")
    assert name == "YTD.note_tweet.part0" and len(notes) >= 3
    by_time = {datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S +0000 %Y"): t for _, t in all_tweets().values()}
    for item in notes:
        note = item["noteTweet"]
        assert len(note["core"]["text"]) > 280
        tweet = by_time[datetime.strptime(note["createdAt"], "%Y-%m-%dT%H:%M:%S.000Z")]
        preview = tweet["full_text"].split("…")[0]
        assert note["core"]["text"].startswith(preview) and "…" in tweet["full_text"]


def test_manifest_counts_match_the_files():
    for source in demo_sources():
        text = (Path(source) / "data" / "manifest.js").read_text(encoding="utf-8")
        config = json.loads(text.removeprefix("window.__THAR_CONFIG = "))
        assert config["userInfo"]["userName"] == Path(source).name
        for entry in config["dataTypes"].values():
            for file in entry["files"]:
                name, items = read_ytd(Path(source) / file["fileName"])
                assert name == file["globalName"]
                assert int(file["count"]) == len(items)


@pytest.mark.parametrize("archive", ["kestrelroost", "dev_sparrow"])
def test_build_is_deterministic_and_matches_the_committed_files(tmp_path, archive):
    build_archives(tmp_path)
    for path in sorted((ARCHIVES_DIR / archive / "data").iterdir()):
        assert (tmp_path / archive / "data" / path.name).read_bytes() == path.read_bytes(), path.name
