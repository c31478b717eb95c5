"""The moderation hook points of the request path.

The server asks a `ModerationHook` about the prompt text before anything is generated, and about each choice's
text so far while streaming: every `serve.moderation_stride_chars` new characters and at the end, before that text
is sent. A verdict of "block" on the input answers
400 `content_filter`; on the output it ends that choice with `finish_reason: "content_filter"` without sending
the offending text. Every "flag" or "block" is written to serve.db's audit table by the server, with the rule that
fired, so a policy only has to decide. The default allows everything; roost's moderation policy plugs in here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from roost.serve.db import KeyRecord

Action = Literal["allow", "flag", "block"]


@dataclass(frozen=True)
class Verdict:
    action: Action = "allow"
    category: str = ""
    rule: str = ""
    excerpt: str = ""  # the matched text, for the audit log
    refusal: str = ""  # a blocked input's reply, written by the operator; empty: the server's own message
    more: tuple[Verdict, ...] = ()  # further rules that fired on the same text, audited one row each

    def all(self) -> tuple[Verdict, ...]:
        return (self, *self.more)


ALLOW = Verdict()


class ModerationHook(Protocol):
    def check_input(self, text: str, key: KeyRecord | None) -> Verdict:
        """Judge a request's prompt text (all messages joined by newlines) before generation."""
        ...

    def check_output(self, text: str, key: KeyRecord | None) -> Verdict:
        """Judge one choice's generated text so far; called each time it grows."""
        ...


class AllowAll:
    """The default hook: no policy, nothing flagged."""

    def check_input(self, text: str, key: KeyRecord | None) -> Verdict:
        return ALLOW

    def check_output(self, text: str, key: KeyRecord | None) -> Verdict:
        return ALLOW
