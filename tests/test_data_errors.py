"""Malformed input: one clear error naming file and position; with --on-error skip, counted and the rest kept."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from roost.cli import main
from roost.config import load_config
from roost.data.ingest import ingest
from roost.errors import RoostError
from roost.run import open_run

GOOD_TWEET = (
    '{"tweet": {"id_str": "%s", "full_text": "post number %s", "created_at": "Fri Mar 06 13:02:05 +0000 2026"}}'
)


def tweets_js(*elements: str) -> str:
    return "window.YTD.tweets.part0 = [\n  " + ",\n  ".join(elements) + "\n]"


CASES = {
    # name: (file name, content, what the error must say)
    "truncated json": ("tweets.js", tweets_js(GOOD_TWEET % (1, 1), GOOD_TWEET % (2, 2))[:-40], "tweets.js:3:"),
    "wrong prefix": (
        "tweets.js",
        "var tweets = " + tweets_js(GOOD_TWEET % (1, 1))[26:],
        "expected an X archive assignment",
    ),
    "csv without text column": ("posts.csv", "id,body\n1,hello\n", "no text column 'text'"),
    "non-utf8 byte": (
        "posts.txt",
        b"good line\n" + b"bad \xff line\n" + b"another good line\n",
        "posts.txt:2: not valid UTF-8 (byte 0xff",
    ),
    "empty file": ("empty.jsonl", "", "file is empty"),
    "bad jsonl line": ("posts.jsonl", '{"text": "fine"}\n{"text": "broken\n{"text": "fine too"}\n', "posts.jsonl:2:"),
}


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode()
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("case", CASES)
def test_malformed_input_fails_with_file_and_position(tmp_path, case):
    name, content, expected = CASES[case]
    path = _write(tmp_path, name, content)
    with pytest.raises(RoostError) as error:
        ingest(open_run(tmp_path / "run"), load_config("tiny"), [str(path)])
    message = str(error.value)
    assert str(path) in message and expected in message
    assert "\n" not in message


def test_truncated_json_reports_the_record(tmp_path):
    content = tweets_js(GOOD_TWEET % (1, 1), GOOD_TWEET % (2, 2))[:-30]
    path = _write(tmp_path, "tweets.js", content)
    with pytest.raises(RoostError, match="truncated JSON"):
        ingest(open_run(tmp_path / "run"), load_config("tiny"), [str(path)])


def test_skip_counts_bad_records_and_keeps_the_rest(tmp_path):
    sources = []
    for number, (name, content, _) in enumerate(CASES.values()):
        (tmp_path / str(number)).mkdir()
        sources.append(str(_write(tmp_path / str(number), name, content)))
    stats = ingest(open_run(tmp_path / "run"), load_config("tiny", overrides=["ingest.on_error=skip"]), sources)
    assert stats.skipped == {"bad file": 3, "invalid utf-8": 1, "malformed record": 2}
    # kept: tweet 1 before the truncation, the two good text lines, the two good JSON lines
    assert stats.kept == 5
    assert stats.read == stats.kept + sum(stats.skipped.values())
    assert len(stats.problems) == 5  # the first few, each with its file and position
    texts = pq.read_table(tmp_path / "run" / "data" / "posts.parquet").column("text").to_pylist()
    assert texts == ["post number 1", "good line", "another good line", "fine", "fine too"]


def test_cli_reports_one_line_and_exit_code(tmp_path, capsys):
    path = _write(tmp_path, "posts.csv", "id,body\n1,hello\n")
    assert main(["ingest", str(path), "--run", str(tmp_path / "run")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("roost ingest: error: ") and str(path) in err and len(err.splitlines()) == 1
    assert main(["ingest", str(path), "--run", str(tmp_path / "run"), "--on-error", "skip"]) == 0


def test_missing_source_and_empty_glob(tmp_path):
    run, config = open_run(tmp_path / "run"), load_config("tiny")
    with pytest.raises(RoostError, match="source not found"):
        ingest(run, config, [str(tmp_path / "nope.js")])
    with pytest.raises(RoostError, match="no files match"):
        ingest(run, config, [str(tmp_path / "*.json")])


def test_non_utf8_byte_inside_a_json_record_costs_only_that_record(tmp_path):
    good, bad = (
        (GOOD_TWEET % (1, 1)).encode(),
        (GOOD_TWEET % (2, 2)).encode().replace(b"post number", b"post \xe9 number"),
    )
    content = (
        b"window.YTD.tweets.part0 = [\n  " + good + b",\n  " + bad + b",\n  " + (GOOD_TWEET % (3, 3)).encode() + b"\n]"
    )
    path = _write(tmp_path, "tweets.js", content)
    with pytest.raises(RoostError, match=r"tweets\.js:3:3: not valid UTF-8 \(byte 0xe9"):
        ingest(open_run(tmp_path / "run"), load_config("tiny"), [str(path)])
    stats = ingest(open_run(tmp_path / "run"), load_config("tiny", overrides=["ingest.on_error=skip"]), [str(path)])
    assert stats.kept == 2 and stats.skipped == {"invalid utf-8": 1}
