"""roost ingest on hostile input: decompression bombs, huge records, deep nesting, control characters, bad types.

Every case ends in a one-line error naming the file (`on_error = "fail"`) or a counted skip (`"skip"`) with
read = kept + skipped, never a traceback; the bombs run `roost ingest` in a child process whose peak RSS is read
with getrusage, so memory is measured, not assumed.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import zstandard

from roost.cli import main
from roost.config import load_config
from roost.data.clean import CleanStats, PostCleaner, clean
from roost.data.ingest import ingest
from roost.errors import RoostError
from roost.run import open_run

ZEROS_MIB = 256  # the bomb's decompressed size: big enough that holding it would show, small enough to build fast
MIB = 1 << 20
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
# Runs the command given as arguments and prints its peak RSS (KiB) and exit code, then passes on its output. A
# fresh process, so RUSAGE_CHILDREN holds this one child and nothing the test session ran before.
MEASURE = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
    "sys.stdout.write(done.stdout)\n"
    "sys.stderr.write(done.stderr)\n"
)


def _zeros(write, mib: int = ZEROS_MIB, byte: bytes = b"\0") -> None:
    block = byte * MIB
    for _ in range(mib):
        write(block)


def bomb_zip(path: Path, member: str) -> Path:
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(member, "w", force_zip64=True) as out,
    ):
        _zeros(out.write)
    return path


def bomb_gz(path: Path) -> Path:
    """Spaces, not NULs: valid JSON whitespace, so nothing but the stream's cap can stop the reading."""
    with gzip.open(path, "wb", compresslevel=1) as out:
        _zeros(out.write, byte=b" ")
    return path


def bomb_zst(path: Path) -> Path:
    with open(path, "wb") as raw, zstandard.ZstdCompressor(level=1).stream_writer(raw) as out:
        _zeros(out.write)
    return path


def roost_ingest_measured(tmp_path: Path, source: Path, *options: str) -> tuple[int, int, str, str]:
    """(peak RSS in bytes, exit code, stdout, stderr) of `roost ingest SOURCE` in a child process."""
    command = [sys.executable, "-m", "roost", "ingest", str(source), "--run", str(tmp_path / "run"), *options]
    env = {**os.environ, "COLUMNS": "200"}  # the summary table on one line per row
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, timeout=300, check=False, env=env
    )
    measured, _, stdout = done.stdout.partition("\n")
    rss_kib, code = measured.split()
    return int(rss_kib) * 1024, int(code), stdout, done.stderr


BOMBS = {
    # name: (builder, file name, on_error, what the message says)
    "zip member, fail": (lambda p: bomb_zip(p, "posts.txt"), "bomb.zip", "fail", "declares 268,435,456 bytes"),
    "zip member, skip": (lambda p: bomb_zip(p, "data/posts.jsonl"), "bomb.zip", "skip", "declares"),
    "gz stream, fail": (bomb_gz, "posts.jsonl.gz", "fail", "decompresses to more than its cap"),
    "zst stream, skip": (bomb_zst, "posts.txt.zst", "skip", "decompresses to more than its cap"),
}


@pytest.mark.parametrize("case", BOMBS)
def test_decompression_bomb_ends_in_one_line_in_bounded_memory(tmp_path, case):
    build, name, on_error, expected = BOMBS[case]
    source = build(tmp_path / name)
    assert source.stat().st_size < 2 * MIB  # a real bomb: megabytes that expand a hundredfold and more
    # The cap is the larger of max_decompressed_bytes and 100x the compressed size: here about 30 MB.
    rss, code, stdout, stderr = roost_ingest_measured(
        tmp_path, source, "--on-error", on_error, "--set", "ingest.max_decompressed_bytes=65536"
    )
    assert rss < 1 << 30
    assert "Traceback" not in stderr
    if on_error == "fail":
        assert code == 1
        assert stderr.count("\n") == 1 and stderr.startswith("roost ingest: error: ")
        assert str(source) in stderr and expected in stderr
    else:
        assert code == 0, stderr
        assert pq.read_metadata(tmp_path / "run" / "data" / "posts.parquet").num_rows == 0
        counts = {" ".join(line.split()[:-1]): line.split()[-1] for line in stdout.splitlines() if line.split()}
        assert (counts["read"], counts["kept"], counts["skipped: too large"]) == ("1", "0", "1")
        assert expected in " ".join(stderr.split())


def test_a_line_of_a_quarter_gigabyte_is_read_past_not_held(tmp_path):
    """Default caps: the stream is under its cap, so the record bound alone keeps memory small."""
    source = tmp_path / "posts.txt.zst"
    with open(source, "wb") as raw, zstandard.ZstdCompressor(level=1).stream_writer(raw) as out:
        out.write(b"first post\n")
        _zeros(out.write)
        out.write(b"\nlast post\n")
    rss, code, _, stderr = roost_ingest_measured(tmp_path, source, "--on-error", "skip")
    assert code == 0, stderr
    assert rss < 400 * MIB  # holding the line would take more than 256 MiB on its own
    posts = pq.read_table(tmp_path / "run" / "data" / "posts.parquet").column("text").to_pylist()
    assert posts == ["first post", "last post"]


def _ingest(tmp_path: Path, sources: list[Path], *overrides: str):
    run = open_run(tmp_path / "run")
    return ingest(run, load_config("tiny", overrides=list(overrides)), [str(s) for s in sources]), run


DEEP = "[" * 10_000 + "]" * 10_000
DEEP_OBJECT = '{"a":' * 10_000 + "1" + "}" * 10_000
NESTED_FILES = {
    "posts.jsonl": '{"text": "before the deep line"}\n' + DEEP + '\n{"text": "after the deep line"}\n',
    "api.jsonl": '{"id_str": "1", "full_text": "before"}\n{"id_str": "2", "full_text": ' + DEEP_OBJECT + "}\n",
    "tweets.js": 'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": ' + DEEP + "}}]",
    "outbox.json": '{"orderedItems": [' + DEEP_OBJECT + "]}",
}


@pytest.mark.parametrize("name", NESTED_FILES)
@pytest.mark.parametrize("on_error", ["fail", "skip"])
def test_json_nested_ten_thousand_deep_is_an_error_not_a_crash(tmp_path, name, on_error):
    path = tmp_path / name
    path.write_text(NESTED_FILES[name])
    if on_error == "fail":
        with pytest.raises(RoostError, match="nested too deeply") as error:
            _ingest(tmp_path, [path])
        assert str(path) in str(error.value) and "\n" not in str(error.value)
        return
    stats, _ = _ingest(tmp_path, [path], "ingest.on_error=skip")
    assert stats.skipped == {"malformed record": 1}
    assert stats.read == stats.kept + 1
    if name == "posts.jsonl":
        assert stats.kept == 2  # JSON Lines resynchronise on the next line


RECORD_CAP = 4096
LONG_RECORDS = {
    # file name: content with one record over the cap between two good ones, line of the long one
    "posts.txt": f"short one\n{'x' * 10_000}\nshort two\n",
    "posts.csv": f'id,text\n1,short one\n2,"{"y" * 10_000}"\n3,short two\n',
    "quoted.csv": 'id,text\n1,short one\n2,"never closed\n' + "z,\n" * 3_000,
    "posts.jsonl": '{"text": "short one"}\n{"text": "' + "w" * 10_000 + '"}\n{"text": "short two"}\n',
    "array.json": "[" + ",".join(f'{{"text": "post {i}"}}' for i in range(1_000)) + "]",
}


@pytest.mark.parametrize("name", LONG_RECORDS)
def test_records_over_the_size_cap(tmp_path, name):
    path = tmp_path / name
    path.write_text(LONG_RECORDS[name])
    cap = f"ingest.max_record_size={RECORD_CAP}"
    if name == "array.json":  # 20 KB as one array: over the cap as a value, so it streams element by element
        stats, _ = _ingest(tmp_path, [path], cap)
        assert (stats.kept, stats.skipped) == (1_000, {})
        return
    with pytest.raises(RoostError, match="larger than 4,096 characters") as error:
        _ingest(tmp_path, [path], cap)
    assert f"{path}:" in str(error.value)
    stats, run = _ingest(tmp_path, [path], cap, "ingest.on_error=skip")
    texts = pq.read_table(run.posts).column("text").to_pylist()
    assert stats.read == stats.kept + sum(stats.skipped.values())
    if name == "quoted.csv":  # past the unclosed quote's cap, the rest reads as (odd) rows again
        assert texts[0] == "short one" and stats.skipped["too large"] == 1
        return
    assert stats.skipped == {"too large": 1}
    assert texts == ["short one", "short two"]


def test_odd_types_surrogates_and_times_are_counted_not_crashes(tmp_path):
    path = tmp_path / "posts.jsonl"
    lines = [
        {"text": "fine post", "lang": "en"},
        {"text": "lone surrogate \ud800 here"},  # json.dumps escapes it; the decoder brings it back unpaired
        {"text": "lang is a list", "lang": [5], "parent_id": {"nested": True}},  # kept, odd fields dropped
        {"text": "year ten thousand", "created_at": "9999-12-31T23:59:59-05:00"},
        {"text": "time beyond time_t", "created_at": 1e30},
        {"text": "id is a list", "id": [1, 2]},
        {"text": "x" * 10, "author": ["a"]},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n" + "9" * 5_000 + "\n")
    stats, run = _ingest(tmp_path, [path], "ingest.on_error=skip")
    assert stats.skipped == {"invalid utf-8": 1, "malformed record": 3}
    table = pq.read_table(run.posts).to_pylist()
    assert [p["text"] for p in table] == ["fine post", "lang is a list", "id is a list", "x" * 10]
    assert table[1]["lang"] is None and table[1]["parent_id"] is None
    assert stats.read == stats.kept + 4


@pytest.mark.parametrize("name", ["posts.jsonl.gz", "posts.txt.zst", "archive.zip"])
def test_corrupt_and_truncated_streams(tmp_path, name):
    content = b"".join(b'{"text": "post number %d"}\n' % i for i in range(2_000))
    path = tmp_path / name
    if name.endswith(".gz"):
        path.write_bytes(gzip.compress(content)[:-100])  # truncated
    elif name.endswith(".zst"):
        packed = bytearray(zstandard.ZstdCompressor(write_checksum=True).compress(content))
        packed[len(packed) // 2] ^= 0xFF  # corrupt
        path.write_bytes(bytes(packed))
    else:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("posts.jsonl", content)
        packed = bytearray(path.read_bytes())
        packed[200] ^= 0xFF  # inside the deflated member: a CRC or inflate error
        path.write_bytes(bytes(packed))
    with pytest.raises(RoostError) as error:
        _ingest(tmp_path, [path])
    assert str(path) in str(error.value) and "\n" not in str(error.value)
    stats, _ = _ingest(tmp_path, [path], "ingest.on_error=skip")
    assert stats.read == stats.kept + sum(stats.skipped.values()) and stats.skipped


def test_clean_drops_nul_posts_and_strips_other_control_characters(tmp_path):
    path = tmp_path / "posts.jsonl"
    texts = [
        "an ordinary post about swifts",
        "binary junk \x00\x00\x00 from a broken export",
        "a bell \x07 and an escape \x1b[31m red\x1b[0m and a C1 \x85 control",
        "tabs\tand\r\nline breaks stay whitespace",
    ]
    path.write_text("\n".join(json.dumps({"text": t}) for t in texts) + "\n")
    stats, run = _ingest(tmp_path, [path])
    assert stats.kept == 4
    config = load_config("tiny", overrides=["clean.dedup_near=false"])
    cleaned = clean(run, config)
    kept = pq.read_table(run.clean).column("text").to_pylist()
    assert kept == [
        "an ordinary post about swifts",
        "a bell and an escape [31m red[0m and a C1 control",
        "tabs and\nline breaks stay whitespace",
    ]
    assert cleaned.dropped["control characters"] == 1
    assert cleaned.control_chars_removed == 4
    on_disk = json.loads(run.clean_stats.read_text())
    assert on_disk["read"] == on_disk["kept"] + sum(on_disk["dropped"].values()) == 4
    assert not any(ch in text for text in kept for ch in "\x00\x07\x1b\x85")


def test_cli_prints_hostile_problems_verbatim(tmp_path, capsys):
    """Problems quote file content and names: rich markup like '[/]' in them is text, and a name is one line."""
    bad_js = tmp_path / "tweets.js"
    bad_js.write_text("[/]not an archive [bold")
    odd_name = tmp_path / "line\nbreak.txt"
    odd_name.write_bytes(b"good post\n\xff[/] bad byte\n")
    code = main(["ingest", str(bad_js), str(odd_name), "--run", str(tmp_path / "run"), "--on-error", "skip"])
    err = capsys.readouterr().err
    assert code == 0
    flat = "".join(err.split())  # rich wraps long lines
    assert "got'[/]notanarchive[bold'" in flat
    assert "line\\nbreak.txt:2:notvalidUTF-8" in flat
    code = main(["ingest", str(odd_name), "--run", str(tmp_path / "run2")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "line\\nbreak.txt:2" in err


def test_pathological_html_and_addresses_are_linear(tmp_path):
    """Half a megabyte of unclosed tags (quadratic in the stdlib HTMLParser) and of address-like text (quadratic
    in a naive e-mail pattern): both finish, with the text kept as text (the suite's timeout is the bound)."""
    outbox = {
        "orderedItems": [
            {
                "type": "Create",
                "actor": "https://social.example/users/alice",
                "object": {"id": "n1", "content": "<a " * 150_000 + "tail", "to": [PUBLIC]},
            }
        ]
    }
    (tmp_path / "outbox.json").write_text(json.dumps(outbox))
    (tmp_path / "posts.jsonl").write_text(json.dumps({"text": "x" * 500_000 + " a@b.example"}) + "\n")
    stats, run = _ingest(tmp_path, [tmp_path / "outbox.json", tmp_path / "posts.jsonl"])
    texts = pq.read_table(run.posts).column("text").to_pylist()
    assert stats.kept == 2 and texts[0].endswith("<a tail") and len(texts[0]) == 450_004
    cleaner = PostCleaner(load_config("tiny").clean, CleanStats())
    assert cleaner.text(texts[1], [], False).endswith(" <email>")
