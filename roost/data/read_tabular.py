"""Posts made by hand: CSV (columns mapped by config), JSON Lines (text field by config) and plain text.

Plain text is one post per line (`text_mode = "line"`) or blank-line-separated paragraphs (`"paragraph"`).
Lines are decoded as UTF-8 (a leading byte-order mark, as Excel writes, is dropped) with
errors="surrogateescape", so a byte that is not UTF-8 costs only the record it is in.
Records without an id get `FILE:LINE`, which is stable across reruns. Lines are read with a bound
(`ingest.max_record_size`): a longer line, paragraph or CSV row is skipped as "too large" without being held.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import Any

from roost.config import IngestConfig
from roost.data.jsonstream import JsonStream, iter_json_records
from roost.data.posts import Post, as_text
from roost.data.problems import Problems
from roost.data.sources import Source, SourceFile
from roost.data.timeparse import parse_time

# Long posts are legitimate (the default 128 KiB would reject them); BoundedLines bounds a whole row instead.
csv.field_size_limit(sys.maxsize)
DRAIN_CHARS = 1 << 16


class RecordTooLarge(Exception):
    def __init__(self, line: int, max_chars: int):
        super().__init__(f"record larger than {max_chars:,} characters (ingest.max_record_size)")
        self.line = line


class BoundedLines:
    """Lines of a text stream, none held longer than `max_chars`, and at most `max_chars` per record.

    A longer line raises RecordTooLarge and is read past in small pieces on the next call (the iterator stays
    usable, so the csv reader, which starts each row afresh, goes on with the next line). `start_record()` resets the count
    of characters in the record being read, for records (CSV rows, paragraphs) that span lines.
    """

    def __init__(self, text: io.TextIOWrapper, max_chars: int):
        self._text = text
        self.max_chars = max_chars
        self.number = 0  # line number of the last line returned
        self._record_chars = 0
        self._in_long_line = False

    def start_record(self) -> None:
        self._record_chars = 0

    def __iter__(self) -> BoundedLines:
        return self

    def __next__(self) -> str:
        if self._in_long_line:  # read past the rest of the line that was too long, now that it is reported
            while (rest := self._text.readline(DRAIN_CHARS)) and not rest.endswith(("\n", "\r")):
                pass
            self._in_long_line = False
        line = self._text.readline(self.max_chars + 1)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > self.max_chars and not line.endswith(("\n", "\r")):
            self._in_long_line = True
            self._record_chars = 0
            raise RecordTooLarge(self.number, self.max_chars)
        self._record_chars += len(line)
        if self._record_chars > self.max_chars:
            self._record_chars = 0
            raise RecordTooLarge(self.number, self.max_chars)
        return line


def _text_lines(file: SourceFile, config: IngestConfig) -> io.TextIOWrapper:
    return io.TextIOWrapper(file.open(config), encoding="utf-8-sig", errors="surrogateescape", newline="")


def read_text(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    for file in source.files:
        with problems.reading(), _text_lines(file, config) as text:
            empty = True
            for number, record in _records(BoundedLines(text, config.max_record_size), config.text_mode):
                empty = False
                where = f"{file.name}:{number}"
                if isinstance(record, RecordTooLarge):
                    problems.report(where, str(record), "too large")
                elif problems.check_utf8(where, record):
                    yield Post(id=where, text=record, source="text", origin=file.name)
            if empty:
                problems.report(file.name, "file is empty", "bad file")


def _records(lines: BoundedLines, mode: str) -> Iterator[tuple[int, str | RecordTooLarge]]:
    """(first line, text) per post; a record over the size bound comes as (its line, RecordTooLarge)."""
    paragraph: list[str] = []
    start = 0
    while True:
        try:
            line = next(lines)
        except StopIteration:
            break
        except RecordTooLarge as exc:
            yield (start if paragraph else exc.line), exc
            paragraph = []
            if mode == "paragraph":
                _skip_paragraph(lines)
            continue
        if mode == "line":
            lines.start_record()
            if text := line.rstrip():
                yield lines.number, text
        elif line.strip():
            if not paragraph:
                start = lines.number
            paragraph.append(line.rstrip())
        elif paragraph:
            yield start, "\n".join(paragraph)
            paragraph = []
            lines.start_record()
        else:
            lines.start_record()
    if paragraph:
        yield start, "\n".join(paragraph)


def _skip_paragraph(lines: BoundedLines) -> None:
    """After a paragraph over the bound: read past the rest of it, up to the next blank line."""
    while True:
        lines.start_record()
        try:
            if not next(lines).strip():
                return
        except StopIteration:
            return
        except RecordTooLarge:
            continue


def read_csv(source: Source, config: IngestConfig, problems: Problems) -> Iterator[Post]:
    for file in source.files:
        with problems.reading(), _text_lines(file, config) as text:
            lines = BoundedLines(text, config.max_record_size)
            reader = csv.reader(lines, delimiter="\t" if file.basename.lower().endswith(".tsv") else ",")
            try:
                header = next(reader)
            except StopIteration:
                problems.report(file.name, "file is empty", "bad file")
                continue
            except (csv.Error, RecordTooLarge) as exc:
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
            yield from _csv_rows(file, reader, lines, column, config, problems)


def _csv_rows(
    file: SourceFile, reader: Any, lines: BoundedLines, column: dict[str, int], config: IngestConfig, problems: Problems
) -> Iterator[Post]:
    def cell(row: list[str], name: str) -> str:
        index = column.get(name)
        return row[index] if index is not None and index < len(row) else ""

    while True:
        lines.start_record()
        try:
            row = next(reader)
        except StopIteration:
            return
        except RecordTooLarge as exc:
            problems.report(f"{file.name}:{exc.line}", str(exc), "too large")
            continue
        except csv.Error as exc:
            problems.report(f"{file.name}:{lines.number}", f"bad CSV row: {exc}", "malformed record")
            continue
        where = f"{file.name}:{lines.number}"
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
        with problems.reading(), file.open(config) as binary:
            stream = JsonStream(binary, file.name, config.max_record_size)
            if stream.is_empty():
                problems.report(file.name, "file is empty", "bad file")
                continue
            for record, where in iter_json_records(stream, problems):
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
    with problems.record(where):
        return Post(
            id=as_text(item.get("id")) or where,
            text=text,
            author=as_text(item.get("author")) or "",
            created_at=created,
            lang=as_text(item.get("lang")),
            parent_id=as_text(item.get("parent_id")),
            source="jsonl",
            origin=origin,
        )
    return None
