"""Fuzz every reader (hypothesis): random, truncated and corrupted versions of a valid file of each format.

The only outcomes allowed are a one-line RoostError or success whose counts reconcile (read = kept + skipped, and
the posts table holds exactly `kept` rows), in both `on_error` modes. Seeds are small valid files from the data
tests' fixtures; mutations truncate, flip, delete and splice bytes, and insert fragments known to hurt parsers
(deep nesting, lone surrogates, huge numbers, NULs, wrong types). ROOST_FUZZ_EXAMPLES raises the example count
for a longer local hunt.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import zstandard
from data_helpers import mastodon_outbox, twitter_v1_lines, twitter_v2_page, write_bluesky_car
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roost.config import load_config
from roost.data.clean import clean
from roost.data.ingest import ingest
from roost.errors import RoostError
from roost.run import open_run

EXAMPLES = int(os.environ.get("ROOST_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the repository; a failure prints its input to reproduce it
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
RECORD_CAP = 4096  # low, so that inserted runs of bytes reach it

TWEET = '{"tweet": {"id_str": "%d", "full_text": "post number %d @friend https://t.co/x", "lang": "en", '
TWEET += '"created_at": "Fri Mar 06 13:02:05 +0000 2026", "in_reply_to_status_id_str": "%d", '
TWEET += '"entities": {"urls": [{"url": "https://t.co/x", "expanded_url": "https://example.com/a"}]}}}'
TWEETS_JS = (
    "window.YTD.tweets.part0 = [\n  " + ",\n  ".join(TWEET % (i, i, i - 1) for i in range(1, 5)) + "\n]"
).encode()
MANIFEST_JS = b'window.__THAR_CONFIG = {"userInfo": {"userName": "owner", "displayName": "Owner"}}'
NOTE_JS = (
    b'window.YTD.note_tweet.part0 = [{"noteTweet": {"noteTweetId": "9", "createdAt": "2026-03-06T13:02:05.000Z",'
    b' "core": {"text": "post number 1 @friend and much more"}}}]'
)
CSV = b'id,text,author,created_at,parent_id\n1,hello there,alice,2024-05-01T10:00:00Z,\n2,"a ""quoted"", post",bob,,1\n'
JSONL = b"".join(
    json.dumps({"id": str(i), "text": f"post {i} \u00e9\u4e2d", "created_at": 1714557600 + i}).encode() + b"\n"
    for i in range(4)
)
TEXT = "first line of text\n\nsecond paragraph, caf\u00e9\nstill second\n".encode()
HOSTILE = [
    b"[" * 3000,
    b'{"a":' * 3000,
    b'"\\ud800"',
    b'"\\udc80"',
    b"\x00" * 64,
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"9" * 5000,
    b"1e999999",
    b"-",
    b'"',
    b"\n",
    b"\r",
    b",",
    b"]",
    b"}",
    b"null",
    b"[]",
    b"{}",
    b'{"text": [1]}',
    b'{"text": "t", "lang": {"x": 1}, "id": [1], "created_at": 1e300}',
    b'"created_at": "9999-12-31T23:59:59-05:00", ',
    b'"entities": [], ',
    b'"id_str": {}, ',
    b"x" * (RECORD_CAP + 10),
    b'"' + b"y" * (RECORD_CAP + 10) + b'"',
    b"\x80" * 10,
]


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """`seed` with one to four mutations, or entirely random bytes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2048))
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["truncate", "flip", "delete", "insert", "hostile", "duplicate"]))
        if operation == "truncate":
            del data[at:]
        elif operation == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif operation == "hostile":
            data[at:at] = draw(st.sampled_from(HOSTILE))
        elif operation == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 256))]
    return bytes(data)


def check_ingest(write: Callable[[Path], Path], on_error: str) -> None:
    """Ingest what `write` puts in a fresh folder: a one-line RoostError, or success whose counts reconcile."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = write(root)
        run = open_run(root / "run")
        config = load_config("tiny", overrides=[f"ingest.on_error={on_error}", f"ingest.max_record_size={RECORD_CAP}"])
        try:
            stats = ingest(run, config, [str(source)])
        except RoostError as exc:
            assert "\n" not in str(exc), str(exc)
            assert on_error == "fail" or "not a readable zip" in str(exc) or "no sources" in str(exc), str(exc)
            return
        assert stats.read == stats.kept + sum(stats.skipped.values())
        assert pq.read_metadata(run.posts).num_rows == stats.kept


def _file(name: str, content: bytes) -> Callable[[Path], Path]:
    def write(root: Path) -> Path:
        (root / name).write_bytes(content)
        return root / name

    return write


def _seed_car() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return write_bluesky_car(Path(folder) / "repo.car").read_bytes()


SEEDS = {
    "tweets.js": TWEETS_JS,
    "twitter-v1.jsonl": b"".join(json.dumps(t).encode() + b"\n" for t in twitter_v1_lines()),
    "twitter-v2.json": json.dumps(twitter_v2_page(), indent=1).encode(),
    "outbox.json": json.dumps(mastodon_outbox(), indent=1).encode(),
    "repo.car": _seed_car(),
    "posts.csv": CSV,
    "posts.jsonl": JSONL,
    "posts.txt": TEXT,
}
ON_ERROR = st.sampled_from(["fail", "skip"])


def _reader_test(name: str):
    @FUZZ
    @given(content=mutated(SEEDS[name]), on_error=ON_ERROR)
    def test(content: bytes, on_error: str) -> None:
        check_ingest(_file(name, content), on_error)

    test.__name__ = f"test_fuzz_{name.replace('.', '_').replace('-', '_')}"
    return test


test_fuzz_x_tweets_js = _reader_test("tweets.js")
test_fuzz_twitter_v1_jsonl = _reader_test("twitter-v1.jsonl")
test_fuzz_twitter_v2_json = _reader_test("twitter-v2.json")
test_fuzz_mastodon_outbox = _reader_test("outbox.json")
test_fuzz_bluesky_car = _reader_test("repo.car")
test_fuzz_csv = _reader_test("posts.csv")
test_fuzz_jsonl = _reader_test("posts.jsonl")
test_fuzz_text = _reader_test("posts.txt")


@FUZZ
@given(
    tweets=mutated(TWEETS_JS),
    manifest=mutated(MANIFEST_JS),
    notes=mutated(NOTE_JS),
    as_zip=st.booleans(),
    on_error=ON_ERROR,
)
def test_fuzz_x_archive_zip_and_folder(tweets: bytes, manifest: bytes, notes: bytes, as_zip: bool, on_error: str):
    files = {"data/tweets.js": tweets, "data/manifest.js": manifest, "data/note-tweet.js": notes}

    def write(root: Path) -> Path:
        if as_zip:
            with zipfile.ZipFile(root / "twitter.zip", "w", zipfile.ZIP_DEFLATED) as archive:
                for name, content in files.items():
                    archive.writestr(name, content)
            return root / "twitter.zip"
        for name, content in files.items():
            (root / "archive" / name).parent.mkdir(parents=True, exist_ok=True)
            (root / "archive" / name).write_bytes(content)
        return root / "archive"

    check_ingest(write, on_error)


@FUZZ
@given(
    name=st.sampled_from(["posts.jsonl", "twitter-v1.jsonl", "posts.txt", "outbox.json"]),
    codec=st.sampled_from(["gz", "zst", "zip"]),
    data=st.data(),
    on_error=ON_ERROR,
)
def test_fuzz_compressed_streams(name: str, codec: str, data: st.DataObject, on_error: str):
    """Mutations of the compressed bytes: truncated and corrupt .gz, .zst and zip members."""
    if codec == "gz":
        packed, file_name = gzip.compress(SEEDS[name]), f"{name}.gz"
    elif codec == "zst":
        packed, file_name = zstandard.ZstdCompressor(write_checksum=True).compress(SEEDS[name]), f"{name}.zst"
    else:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "archive.zip"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(name, SEEDS[name])
            packed, file_name = path.read_bytes(), "archive.zip"
    check_ingest(_file(file_name, data.draw(mutated(packed))), on_error)


@settings(FUZZ, max_examples=max(10, EXAMPLES // 3))  # clean's thread pool makes each example dearer
@given(texts=st.lists(st.text(min_size=0, max_size=60), min_size=1, max_size=20))
def test_fuzz_clean_control_characters(texts: list[str]):
    """Any text, control characters included, through ingest and clean: counts reconcile, no control char kept."""
    lines = b"".join(json.dumps({"text": text}).encode() + b"\n" for text in texts)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "posts.jsonl").write_bytes(lines)
        run = open_run(root / "run")
        config = load_config("tiny", overrides=["ingest.on_error=skip", "clean.min_chars=0", "clean.dedup_near=false"])
        ingested = ingest(run, config, [str(root / "posts.jsonl")])
        stats = clean(run, config)
        assert stats.read == ingested.kept == stats.kept + sum(stats.dropped.values())
        for text in pq.read_table(run.clean).column("text").to_pylist():
            assert not any(ch in text for ch in "\x00\x01\x07\x1b\x7f\x85\x9f"), repr(text)
