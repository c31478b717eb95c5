"""Read labeled posts for training and scoring moderation classifiers.

Three layouts are accepted:
  - CSV with a header, one post per row, a text column and a label column;
  - JSONL, one object per line with a text field and a label field;
  - a plain text file with one post per line and a sibling labels file with one label per line, the layout of
    TweetEval (`train_text.txt` + `train_labels.txt`).
A label is positive when it is 1 / true / yes, or equal to `positive` when one is given; 0 / false / no, or any
other value when `positive` is given, is negative. Any malformed row is an error naming the file and line.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from roost.errors import RoostError
from roost.moderation.classifier import LabeledText

TRUE_LABELS = {"1", "true", "yes", "y", "t"}
FALSE_LABELS = {"0", "false", "no", "n", "f"}


@dataclass(frozen=True)
class LabelFields:
    text: str = "text"
    label: str = "label"
    positive: str | None = None  # a label value naming the positive class (e.g. "offensive")


def read_labeled(path: Path, fields: LabelFields = LabelFields()) -> LabeledText:
    if not path.is_file():
        raise RoostError(f"labeled file not found: {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        pairs = _read_csv(path, fields)
    elif suffix in (".jsonl", ".json"):
        pairs = _read_jsonl(path, fields)
    elif suffix == ".txt":
        pairs = _read_text_and_labels(path)
    else:
        raise RoostError(f"{path}: unknown labeled format {suffix!r}; use .csv, .jsonl or a TweetEval *_text.txt")
    if not pairs:
        raise RoostError(f"{path}: no labeled examples")
    texts = [text for text, _, _ in pairs]
    labels = np.array([_parse_label(raw, fields.positive, path, line) for _, raw, line in pairs], dtype=np.int64)
    return LabeledText(texts, labels)


def _parse_label(raw: object, positive: str | None, path: Path, line: int) -> int:
    value = str(raw).strip().lower() if not isinstance(raw, bool) else str(raw).lower()
    if positive is not None:
        return int(value == positive.strip().lower())
    if value in TRUE_LABELS:
        return 1
    if value in FALSE_LABELS:
        return 0
    raise RoostError(f"{path}:{line}: label {raw!r} is not 0/1 or true/false (use --positive LABEL for named classes)")


def _read_csv(path: Path, fields: LabelFields) -> list[tuple[str, object, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        for name in (fields.text, fields.label):
            if name not in header:
                raise RoostError(f"{path}:1: no column {name!r} (columns: {', '.join(header)})")
        return [(row[fields.text] or "", row[fields.label], reader.line_num) for row in reader]


def _read_jsonl(path: Path, fields: LabelFields) -> list[tuple[str, object, int]]:
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RoostError(f"{path}:{line_number}: not valid JSON: {exc.msg}") from None
            if not isinstance(record, dict) or fields.text not in record or fields.label not in record:
                raise RoostError(f"{path}:{line_number}: needs fields {fields.text!r} and {fields.label!r}")
            if not isinstance(record[fields.text], str):
                raise RoostError(f"{path}:{line_number}: field {fields.text!r} is not a string")
            pairs.append((record[fields.text], record[fields.label], line_number))
    return pairs


def _read_text_and_labels(path: Path) -> list[tuple[str, object, int]]:
    if not path.name.endswith("_text.txt"):
        raise RoostError(f"{path}: a plain-text labeled file must be named *_text.txt beside a *_labels.txt")
    labels_path = path.with_name(path.name[: -len("_text.txt")] + "_labels.txt")
    if not labels_path.is_file():
        raise RoostError(f"{path}: labels file not found: {labels_path}")
    texts = path.read_text(encoding="utf-8").splitlines()
    labels = labels_path.read_text(encoding="utf-8").splitlines()
    if len(texts) != len(labels):
        raise RoostError(f"{labels_path}: {len(labels)} labels for {len(texts)} texts in {path.name}")
    return [(text, label, i) for i, (text, label) in enumerate(zip(texts, labels), start=1)]
