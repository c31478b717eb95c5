"""Conversation and preference files for chat tuning: read JSONL, validate each line, render it to tokens.

Conversations use OpenAI's fine-tuning format, one per line:
    {"messages": [{"role": "system" | "user" | "assistant", "content": "..."}, ...]}
Preference pairs (for DPO) add the two candidate answers to a prompt:
    {"prompt": "..." | [messages], "chosen": "..." | {"role": "assistant", ...} | [that], "rejected": ...}
    {"messages": [...], "chosen": ..., "rejected": ...}

Every conversation renders through the run's chat template (`Tokenizer.render_chat`), so a model keeps its own
format. A line that is not JSON, has the wrong shape, has an unknown role, has no assistant turn, cannot be
rendered by the template, or renders longer than the model's context is a user error naming the file and line. With on_error="skip" such a line is left out and
counted by reason, so `read == kept + sum(skipped)` always holds. Blank lines are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from roost.errors import RoostError
from roost.tokenizer import ROLES, ChatTokens, Tokenizer

OnError = Literal["fail", "skip"]


class BadLine(Exception):
    """A line that cannot be used; `reason` is the skip-count key, the message says what is wrong."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass
class Example:
    """One rendered conversation: token ids, which of them carry loss, and the file line it came from."""

    line: int
    ids: list[int]
    loss_mask: list[bool]

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class PreferencePair:
    """A prompt rendered up to the generation prompt, and the chosen and rejected answers as the template ends them."""

    line: int
    prompt_ids: list[int]
    chosen_ids: list[int]
    rejected_ids: list[int]

    def example(self, which: Literal["chosen", "rejected"]) -> Example:
        answer = self.chosen_ids if which == "chosen" else self.rejected_ids
        mask = [False] * len(self.prompt_ids) + [True] * len(answer)
        return Example(self.line, self.prompt_ids + answer, mask)


@dataclass
class ReadStats:
    """What happened to every non-blank line of a file."""

    path: str
    read: int = 0
    kept: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "read": self.read, "kept": self.kept, "skipped": dict(self.skipped)}


def read_conversations(
    path: Path, tokenizer: Tokenizer, max_tokens: int, on_error: OnError = "fail"
) -> tuple[list[Example], ReadStats]:
    """Render every conversation of a JSONL file; a bad line raises (on_error="fail") or is counted and skipped."""

    def render(record: Any) -> Example:
        messages = _messages(record, "messages")
        if not any(m["role"] == "assistant" for m in messages):
            raise BadLine("no_assistant", "conversation has no assistant turn, so nothing to train on")
        chat = _render(tokenizer, messages)
        _check_length(len(chat.ids), max_tokens)
        return Example(0, chat.ids, chat.loss_mask)

    return _read(path, render, on_error, "sft.on_error")


def read_preferences(
    path: Path, tokenizer: Tokenizer, max_tokens: int, on_error: OnError = "fail"
) -> tuple[list[PreferencePair], ReadStats]:
    """Render every preference pair of a JSONL file; a bad line raises or is counted and skipped."""

    def render(record: Any) -> PreferencePair:
        if not isinstance(record, dict):
            raise BadLine("bad_format", "expected a JSON object with prompt/messages, chosen and rejected")
        if "prompt" in record and isinstance(record["prompt"], str):
            prompt = [{"role": "user", "content": record["prompt"]}]
        else:
            prompt = _messages(record, "prompt" if "prompt" in record else "messages")
        prompt_ids = _render(tokenizer, prompt, add_generation_prompt=True).ids
        chosen_ids = _answer_ids(tokenizer, prompt, prompt_ids, _answer(record, "chosen"))
        rejected_ids = _answer_ids(tokenizer, prompt, prompt_ids, _answer(record, "rejected"))
        _check_length(len(prompt_ids) + max(len(chosen_ids), len(rejected_ids)), max_tokens)
        return PreferencePair(0, prompt_ids, chosen_ids, rejected_ids)

    return _read(path, render, on_error, "dpo.on_error")


def _read(path: Path, render, on_error: OnError, setting: str) -> tuple[list, ReadStats]:
    stats = ReadStats(str(path))
    items = []
    for number, line in _lines(path):
        stats.read += 1
        try:
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise BadLine("not_json", f"not valid JSON ({exc})") from None
            item = render(record)
        except BadLine as bad:
            if on_error == "fail":
                raise RoostError(f"{path}:{number}: {bad} (set {setting}=skip to leave such lines out)") from None
            stats.skipped[bad.reason] = stats.skipped.get(bad.reason, 0) + 1
            continue
        item.line = number
        items.append(item)
        stats.kept += 1
    return items, stats


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    if not path.is_file():
        raise RoostError(f"conversations file not found: {path}")
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line
    except UnicodeDecodeError as exc:
        raise RoostError(f"{path}: not UTF-8 text ({exc})") from None


def _messages(record: Any, key: str) -> list[dict[str, str]]:
    """The record's list of messages under `key`, each checked for a known role and string content."""
    messages = record.get(key) if isinstance(record, dict) else None
    if not isinstance(messages, list) or not messages:
        raise BadLine("bad_format", f'expected a JSON object with a non-empty "{key}" list')
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or not isinstance(message.get("content"), str):
            raise BadLine("bad_format", f'{key}[{index}]: expected {{"role": ..., "content": "<text>"}}')
        if message.get("role") not in ROLES:
            raise BadLine(
                "unknown_role", f"{key}[{index}]: unknown role {message.get('role')!r} (expected {', '.join(ROLES)})"
            )
    return messages


def _answer(record: dict, key: str) -> str:
    """A chosen/rejected answer given as text, as an assistant message, or as a one-message list."""
    value = record.get(key)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict):
        if value.get("role", "assistant") != "assistant":
            raise BadLine("unknown_role", f'"{key}" must be an assistant message, got role {value.get("role")!r}')
        value = value.get("content")
    if not isinstance(value, str):
        raise BadLine("bad_format", f'"{key}" must be text or an assistant message')
    return value


def _render(tokenizer: Tokenizer, messages: list[dict[str, str]], add_generation_prompt: bool = False) -> ChatTokens:
    try:
        return tokenizer.render_chat(messages, add_generation_prompt=add_generation_prompt)
    except RoostError as exc:
        raise BadLine("template", str(exc)) from None


def _answer_ids(tokenizer: Tokenizer, prompt: list[dict[str, str]], prompt_ids: list[int], answer: str) -> list[int]:
    """The tokens the template adds for `answer` after the prompt's generation prompt (its end-of-turn included)."""
    full = _render(tokenizer, [*prompt, {"role": "assistant", "content": answer}]).ids
    if full[: len(prompt_ids)] != prompt_ids:
        raise BadLine("template", "the chat template renders the prompt differently once an answer follows")
    return full[len(prompt_ids) :]


def _check_length(tokens: int, max_tokens: int) -> None:
    if tokens > max_tokens:
        raise BadLine("too_long", f"renders to {tokens} tokens, longer than the model's context of {max_tokens}")
