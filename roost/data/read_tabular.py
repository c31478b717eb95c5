"""Posts made by hand: CSV (columns mapped by config), JSON Lines (text field by config) and plain text.

Plain text is one post per line (`text_mode = "line"`) or blank-line-separated paragraphs (`"paragraph"`).
Lines are decoded as UTF-8 (a leading byte-order mark, as Excel writes, is dropped) with
errors="surrogateescape", so a byte that is not UTF-8 costs only the record it is in.
Records without an id get `FILE:LINE`, which is stable across reruns.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import Any

from roost.config import IngestConfig
from roost.data.jsonstream import JsonStream, JsonSyntaxError
from roost.data.posts import Post
from roost.data.problems import Problems
from roost.data.sources import Source, SourceFile
from roost.data.timeparse import parse_time

csv.field_size_limit(sys.maxsize)  # long posts are legitimate; the default 128 KiB limit would reject them


def _text_lines(file: SourceFile) -> io.TextIOWrapper:
    return io.TextIOWrapper(file.open(), encoding="utf-8-sig", errors="surrogateescape", newline="")


def read_text(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    for file in source.files:
        with _text_lines(file) as lines:
            empty = True
            for number, text in _records(lines, config.text_mode):
                empty = False
                where = f"{file.name}:{number}"
                if problems.check_utf8(where, text):
                    yield Post(id=where, text=text, source="text", origin=file.name)
            if empty:
                problems.report(file.name, "file is empty", "bad file")


def _records(lines: io.TextIOWrapper, mode: str) -> Iterator[tuple[int, str]]:
    if mode == "line":
        for number, line in enumerate(lines, start=1):
            text = line.rstrip()
            if text:
                yield number, text
        return
    paragraph: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not paragraph:
                start = number
            paragraph.append(line.rstrip())
        elif paragraph:
            yield start, "\n".join(paragraph)
            paragraph = []
    if paragraph:
        yield start, "\n".join(paragraph)


def read_csv(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    for file in source.files:
        with _text_lines(file) as lines:
            reader = csv.reader(lines, delimiter="\t" if file.basename.lower().endswith(".tsv") else ",")
            try:
                header = next(reader)
            except StopIteration:
                problems.report(file.name, "file is empty", "bad file")
                continue
            except csv.Error as exc:
                problems.report(f"{file.name}:1", f"bad CSV header: {exc}", "bad file")
                continue
            if config.csv_text_column not in header:
                found = ", ".join(repr(h) for h in header[:12])
                problems.report(
                    f"{file.name}:1",
                    f"no text column {config.csv_text_column!r} (columns: {found}; set ingest.csv_text_column)",
                    "bad file",
                )
                continue
            column = {name: header.index(name) for name in header}
            yield from _csv_rows(file, reader, column, config, problems)


def _csv_rows(
    file: SourceFile, reader: Any, column: dict[str, int], config: IngestConfig, problems: Problems
) -> Iterator[Post]:
    def cell(row: list[str], name: str) -> str:
        index = column.get(name)
        return row[index] if index is not None and index < len(row) else ""

    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.report(f"{file.name}:{reader.line_num}", f"bad CSV row: {exc}", "malformed record")
            continue
        where = f"{file.name}:{reader.line_num}"
        if not row:
            continue
        if len(row) != len(column):
            problems.report(where, f"row has {len(row)} fields, header has {len(column)}", "malformed record")
            continue
        text = cell(row, config.csv_text_column)
        if not problems.check_utf8(where, text, cell(row, config.csv_author_column)):
            continue
        try:
            created = parse_time(cell(row, config.csv_time_column))
        except ValueError:
            problems.report(
                where, f"bad {config.csv_time_column} {cell(row, config.csv_time_column)!r}", "malformed record"
            )
            continue
        yield Post(
            id=cell(row, config.csv_id_column) or where,
            text=text,
            author=cell(row, config.csv_author_column),
            created_at=created,
            parent_id=cell(row, config.csv_parent_column) or None,
            source="csv",
            origin=file.name,
        )


def read_jsonl(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    """JSON Lines (or a JSON array) of objects holding a text field; other fields by their common names."""
    field = config.jsonl_text_field
    for file in source.files:
        with file.open() as binary:
            stream = JsonStream(binary, file.name)
            if stream.is_empty():
                problems.report(file.name, "file is empty", "bad file")
                continue
            records = stream.values()
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    break
                except JsonSyntaxError as exc:
                    problems.report(exc.where, exc.message, "malformed record")
                    stream.skip_line()
                    records = stream.values()
                    continue
                where = stream.where(stream.value_start)
                for item in record if isinstance(record, list) else [record]:
                    post = _json_post(item, field, where, file.name, problems)
                    if post is not None:
                        yield post


def _json_post(item: Any, field: str, where: str, origin: str, problems: Problems) -> Post | None:
    if not isinstance(item, dict) or not isinstance(item.get(field), str):
        problems.report(
            where, f"record without a string {field!r} field (set ingest.jsonl_text_field)", "malformed record"
        )
        return None
    text = item[field]
    accepted, created = problems.accepts(where, text, item.get("created_at"))
    if not accepted:
        return None
    parent = item.get("parent_id")
    return Post(
        id=str(item.get("id") or where),
        text=text,
        author=str(item.get("author") or ""),
        created_at=created,
        lang=item.get("lang"),
        parent_id=None if parent in (None, "") else str(parent),
        source="jsonl",
        origin=origin,
    )
