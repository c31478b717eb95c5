"""roost ingest: the real X archive (golden counts), and every other reader on faithful fixtures."""

from __future__ import annotations

import gzip
import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import zstandard
from corpora import CORPORA, corpus_path, have_corpora
from data_helpers import DID, mastodon_outbox, twitter_v1_lines, twitter_v2_page, write_bluesky_car, write_mastodon_zip

from roost.cli import main
from roost.config import load_config
from roost.data.ingest import ingest
from roost.run import open_run


def _ingest(tmp_path: Path, sources: list, *overrides: str):
    run = open_run(tmp_path / "run")
    stats = ingest(run, load_config("tiny", overrides=list(overrides)), [str(s) for s in sources])
    return stats, pq.read_table(run.posts).to_pylist()


def test_x_archive_folder_golden_counts(tmp_path):
    stats, posts = _ingest(tmp_path, [corpus_path("x-archive-sample")])
    assert (stats.read, stats.kept, stats.skipped) == (2045, 2045, {})
    assert stats.reposts == 239  # recognisable only by "RT @": every one has "retweeted": false
    assert stats.replies == 1780
    assert stats.replies_linked == 41
    assert len({p["id"] for p in posts}) == 2045
    assert {p["author"] for p in posts} == {"milahu104"}  # from manifest.js: tweets carry no author
    first = posts[0]
    assert first["id"] == "2029905358261502168"
    assert first["created_at"] == datetime(2026, 3, 6, 13, 2, 5, tzinfo=UTC)
    assert first["parent_id"] == "2029903943413772741"
    assert first["links"] == [
        {"url": "https://t.co/2UHqruPk7w", "expanded": "https://x.com/milahu104/status/2027739112069878026"}
    ]
    langs = [p["lang"] for p in posts]
    assert langs.count("de") == 1060 and langs.count("en") == 857


def test_x_archive_zip_with_deleted_tweets(tmp_path):
    archive = tmp_path / "twitter-2026-03-06.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for file in sorted((corpus_path("x-archive-sample") / "data").iterdir()):
            out.write(file, f"data/{file.name}")
    stats, posts = _ingest(tmp_path, [archive], "ingest.include_deleted=true")
    assert stats.kept == 2045 + 47
    assert sum(p["is_deleted"] for p in posts) == 47
    assert all(p["origin"].startswith(f"{archive}:data/") for p in posts)


def test_mastodon_outbox_alone_and_in_archive(tmp_path):
    outbox = tmp_path / "outbox.json"
    outbox.write_text(json.dumps(mastodon_outbox()))
    for source in (outbox, write_mastodon_zip(tmp_path / "archive-20240505.zip")):
        stats, posts = _ingest(tmp_path, [source])
        assert stats.skipped == {"not public": 1}  # the followers-only post
        assert stats.read == 4 and stats.kept == 3 and stats.reposts == 1
        first, reply, boost = posts
        assert first["text"] == "Spring is here & the swifts are back!\n\nDetails: https://birds.example/swifts/2024"
        assert first["author"] == "alice@social.example" and first["lang"] == "en"
        assert reply["text"] == "@bob yes, three pairs nest under the eaves\ncome and see"  # unlisted counts as public
        assert reply["parent_id"] == "https://other.example/users/bob/statuses/99"
        assert boost["is_repost"] and boost["text"] == ""


def test_mastodon_private_posts_kept_when_asked(tmp_path):
    outbox = tmp_path / "outbox.json"
    outbox.write_text(json.dumps(mastodon_outbox()))
    stats, _ = _ingest(tmp_path, [outbox], "ingest.mastodon_public_only=false")
    assert stats.kept == 4 and stats.skipped == {}


def test_bluesky_car_repository(tmp_path):
    stats, posts = _ingest(tmp_path, [write_bluesky_car(tmp_path / "repo.car")])
    assert stats.kept == 3 and stats.reposts == 1 and stats.replies_linked == 1
    by_id = {p["id"]: p for p in posts}
    root = by_id[f"at://{DID}/app.bsky.feed.post/3kaaaaaaaaa2a"]
    assert root["lang"] == "en" and root["author"] == DID
    assert root["links"] == [{"url": "birds.example/swi...", "expanded": "https://birds.example/swifts/2024"}]
    reply = by_id[f"at://{DID}/app.bsky.feed.post/3kaaaaaaaaa3c"]  # key rebuilt from the MST's prefix compression
    assert reply["parent_id"] == root["id"] and reply["conversation_id"] == root["id"]


def test_twitter_api_v1_jsonl_and_v2_page(tmp_path):
    v1 = tmp_path / "v1.jsonl"
    v1.write_text("\n".join(json.dumps(t) for t in twitter_v1_lines()) + "\n")
    v2 = tmp_path / "v2.json"
    v2.write_text(json.dumps(twitter_v2_page(), indent=1))
    stats, posts = _ingest(tmp_path, [v1, v2])
    assert stats.kept == 6 and stats.reposts == 2 and stats.replies == 2 and stats.replies_linked == 2
    by_id = {p["id"]: p for p in posts}
    assert by_id["1050118621198921728"]["text"].startswith("A long post about nest boxes. " * 12)  # extended_tweet
    assert by_id["1050118621198921728"]["author"] == "roostbird"
    assert by_id["2001"]["author"] == "roostbird" and by_id["2001"]["parent_id"] == "2000"
    assert by_id["2001"]["conversation_id"] == "2000"
    assert by_id["2000"]["author"] == "newbie"  # a parent from includes.tweets


def test_csv_column_mapping_text_paragraphs_compression_and_globs(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "posts.csv").write_text(
        'tweet,who,when\n"hello, world",ann,2024-01-01T00:00:00+02:00\nsecond post,bob,\n'
    )
    (tmp_path / "in" / "notes.txt.gz").write_bytes(gzip.compress(b"first paragraph\ncontinues\n\n\nsecond one\n"))
    (tmp_path / "in" / "lines.txt.zst").write_bytes(zstandard.ZstdCompressor().compress(b"one\ntwo  \n\nthree\n"))
    _, posts = _ingest(
        tmp_path,
        [tmp_path / "in" / "*.csv", tmp_path / "in" / "notes.txt.gz"],
        "ingest.csv_text_column=tweet",
        "ingest.csv_author_column=who",
        "ingest.csv_time_column=when",
        "ingest.text_mode=paragraph",
    )
    assert [p["text"] for p in posts] == ["hello, world", "second post", "first paragraph\ncontinues", "second one"]
    assert posts[0]["author"] == "ann" and posts[0]["created_at"] == datetime(2023, 12, 31, 22, tzinfo=UTC)
    _stats, posts = _ingest(tmp_path, [tmp_path / "in" / "lines.txt.zst"])
    assert [p["text"] for p in posts] == ["one", "two", "three"]
    assert posts[1]["id"].endswith("lines.txt.zst:2")


def test_cli_ingest_prints_summary(tmp_path, capsys):
    shutil.copytree(corpus_path("x-archive-sample"), tmp_path / "archive")
    code = main(["ingest", str(tmp_path / "archive"), "--run", str(tmp_path / "run")])
    out = capsys.readouterr().out
    assert code == 0
    assert "2,045" in out and "239" in out
    assert pq.read_metadata(tmp_path / "run" / "data" / "posts.parquet").num_rows == 2045


def test_long_posts_come_whole_from_note_tweets(tmp_path):
    from roost.demo import ARCHIVES_DIR  # the bundled demo archive has four long posts in note-tweet.js

    _stats, posts = _ingest(tmp_path, [ARCHIVES_DIR / "kestrelroost"])
    long_posts = [p for p in posts if len(p["text"]) > 280]
    assert len(long_posts) == 4
    assert not any(p["text"].endswith("…") for p in long_posts)


def test_small_read_chunks_give_the_same_posts(tmp_path, monkeypatch):
    """Elements straddle chunk borders all the time when the stream reads 997 characters at once."""
    from roost.demo import ARCHIVES_DIR

    archive = CORPORA / "x-archive-sample" if have_corpora() else ARCHIVES_DIR / "kestrelroost"
    _, expected = _ingest(tmp_path / "a", [archive])
    monkeypatch.setattr("roost.data.jsonstream.CHUNK_CHARS", 997)
    stats, posts = _ingest(tmp_path / "b", [archive])
    assert stats.kept == (2045 if have_corpora() else 218) == len(expected)
    assert [p["text"] for p in posts] == [p["text"] for p in expected]


def test_a_folder_of_archives_is_one_source_per_archive(tmp_path):
    from roost.demo import ARCHIVES_DIR

    stats, posts = _ingest(tmp_path, [ARCHIVES_DIR])
    archives = sorted(p.name for p in ARCHIVES_DIR.iterdir() if p.is_dir())
    assert sorted({p["account"] for p in posts}) == sorted(archives)  # each archive's own owner, from its account.js
    assert all(p["author"] == p["account"] for p in posts)
    assert stats.replies_linked > stats.replies / 2  # pooled archives link replies across accounts


def test_byte_order_marks_are_not_text(tmp_path):
    (tmp_path / "excel.csv").write_bytes("\ufefftext,author\nfrom a spreadsheet,ann\n".encode())
    (tmp_path / "dump.jsonl").write_bytes('\ufeff{"text": "from a dump"}\n'.encode())
    _, posts = _ingest(tmp_path, [tmp_path / "excel.csv", tmp_path / "dump.jsonl"])
    assert [p["text"] for p in posts] == ["from a spreadsheet", "from a dump"]


def test_twitter_api_v2_flattened_tweets(tmp_path):
    """twarc2-style flattened tweets: one tweet per line with its author embedded."""
    lines = [
        {"id": "3001", "text": "swifts at dusk", "author_id": "21", "author": {"id": "21", "username": "eve"},
         "created_at": "2023-06-01T20:00:00.000Z", "conversation_id": "3001", "edit_history_tweet_ids": ["3001"]},
        {"id": "3002", "text": "@eve how many?", "author_id": "22", "author": {"id": "22", "username": "max"},
         "created_at": "2023-06-01T20:05:00.000Z", "conversation_id": "3001",
         "referenced_tweets": [{"type": "replied_to", "id": "3001"}], "edit_history_tweet_ids": ["3002"]},
    ]  # fmt: skip
    path = tmp_path / "flat.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(line) for line in lines).encode()))
    stats, posts = _ingest(tmp_path, [path])
    assert [(p["author"], p["parent_id"]) for p in posts] == [("eve", None), ("max", "3001")]
    assert stats.replies_linked == 1
