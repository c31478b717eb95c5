"""Chat templates: a conversation rendered as text exactly as transformers' `apply_chat_template` renders it.

A chat template is the Jinja source a model ships in `tokenizer_config.json` (or `chat_template.jinja`). It is
rendered in a sandboxed, immutable Jinja environment with transformers' settings (`trim_blocks`,
`lstrip_blocks`, loop controls) and its helpers (`raise_exception`, `strftime_now`, a `tojson` that keeps
non-ASCII text), and with the variables transformers passes: `messages`, `tools`, `add_generation_prompt` and
the special tokens' text (`bos_token`, `eos_token`, ...). A template is untrusted input; the sandbox keeps it
from reaching Python's internals.

`render_marked` renders with each message's content fenced by two noncharacters, so the caller can tell the
template's own text (where control tokens may appear) from message content (always plain text).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from jinja2 import TemplateError
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

from roost.errors import RoostError

# Unicode noncharacters: never assigned, so real text does not carry them; they fence message content.
CONTENT_OPEN, CONTENT_CLOSE = "\ufdd0", "\ufdd1"


@dataclass(frozen=True)
class ContentSpan:
    """Where one message's content sits in a rendering: characters [start, end)."""

    start: int
    end: int


@dataclass(frozen=True)
class MarkedRendering:
    text: str
    content: list[ContentSpan]


@dataclass(frozen=True)
class ChatTemplate:
    source: str
    special_tokens: tuple[tuple[str, str], ...] = ()  # ("bos_token", "<s>"), ... as the template sees them

    def render(self, messages: list[dict[str, Any]], add_generation_prompt: bool = False, tools: list | None = None) -> str:
        variables = dict(self.special_tokens)
        try:
            return _compile(self.source).render(
                messages=messages, tools=tools, add_generation_prompt=add_generation_prompt, **variables
            )
        except TemplateError as exc:
            raise RoostError(f"chat template: {exc}") from None

    def render_marked(
        self, messages: list[dict[str, Any]], add_generation_prompt: bool = False, tools: list | None = None
    ) -> MarkedRendering:
        """The rendering with each string content's span recorded; identical text to `render`.

        A template may transform content as a whole (`| upper`: the span holds the result); stripping it
        (Llama 3's `| trim`) is followed too. A template that cuts into content is refused, since what it keeps
        could not be told apart from the template's own text.
        """
        plain = self.render(messages, add_generation_prompt, tools)
        for edit in (lambda text: text, str.strip):
            marked = self.render([_fence(m, edit) for m in messages], add_generation_prompt, tools)
            rendering = _unfence(marked)
            if rendering is not None and rendering.text == plain:
                return rendering
        raise RoostError("chat template changes message content in a way roost cannot follow (it cuts into it)")


def _fence(message: dict[str, Any], edit) -> dict[str, Any]:
    content = message.get("content")
    if not isinstance(content, str):
        return message
    if CONTENT_OPEN in content or CONTENT_CLOSE in content:
        raise RoostError("message content contains the Unicode noncharacters U+FDD0/U+FDD1, which roost reserves")
    return {**message, "content": CONTENT_OPEN + edit(content) + CONTENT_CLOSE}


def _unfence(marked: str) -> MarkedRendering | None:
    """Remove the fences, recording where each fenced span lands in the text; None if they do not pair up."""
    pieces: list[str] = []
    spans: list[ContentSpan] = []
    length, position = 0, 0
    while True:
        start = marked.find(CONTENT_OPEN, position)
        if start < 0:
            tail = marked[position:]
            if CONTENT_CLOSE in tail:
                return None
            pieces.append(tail)
            return MarkedRendering("".join(pieces), spans)
        end = marked.find(CONTENT_CLOSE, start)
        if end < 0 or CONTENT_CLOSE in marked[position:start] or CONTENT_OPEN in marked[start + 1 : end]:
            return None
        pieces += [marked[position:start], marked[start + 1 : end]]
        length += start - position
        spans.append(ContentSpan(length, length + end - start - 1))
        length += end - start - 1
        position = end + 1


def _raise_exception(message: str):
    raise TemplateError(message)


def _tojson(value: Any, ensure_ascii: bool = False, indent: int | None = None, separators=None, sort_keys=False) -> str:
    return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def _strftime_now(format: str) -> str:
    return datetime.now().strftime(format)


@lru_cache(maxsize=16)
def _compile(source: str):
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    try:
        return env.from_string(source)
    except TemplateError as exc:
        raise RoostError(f"chat template is not valid Jinja: {exc}") from None
