"""The moderation hook points of the request path.

The server asks a `ModerationHook` about the prompt text before anything is generated, and about each choice's
text so far while streaming: every `serve.moderation_stride_chars` new characters and at the end, before that text
is sent. A verdict of "block" on the input answers
400 `content_filter`; on the output it ends that choice with `finish_reason: "content_filter"` without sending
the offending text. Every "flag" or "block" is written to serve.db's audit table by the server, with the rule that
fired, so a policy only has to decide. `AllowAll` allows everything; `PolicyHook` is roost's moderation policy
(`roost.moderation.policy`) as a hook.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from roost.moderation.policy import ACTION_RANK, Policy, PolicyResult
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


# The server asks about a choice's output each time it has grown by `serve.moderation_stride_chars` characters (and
# at the end), so all but the newest stride (plus the token that crossed it) was judged already. Judging only the
# last stride + OUTPUT_CONTEXT characters (regexes still see the text before them for word boundaries) finds every
# match that ends in the new text and is shorter than OUTPUT_CONTEXT minus one token, at a cost per check that does
# not grow with the answer; a classifier scores that window, about a post's length, as it was trained to.
OUTPUT_CONTEXT = 512


class PolicyHook:
    """The policy as a hook. A verdict names the strongest rule that fired (a block before a flag) and carries every
    other flagging or blocking rule in `more`, so the audit log gets one row per rule; a blocked input carries the
    operator's refusal text for the reply."""

    def __init__(self, policy: Policy, stride_chars: int = 32):
        self.policy = policy
        self.output_window = stride_chars + OUTPUT_CONTEXT

    def check_input(self, text: str, key: KeyRecord | None) -> Verdict:
        return to_verdict(self.policy.check(text, "input", key))

    def check_output(self, text: str, key: KeyRecord | None) -> Verdict:
        return to_verdict(self.policy.check(text, "output", key, start=max(0, len(text) - self.output_window)))


def to_verdict(result: PolicyResult) -> Verdict:
    hits = sorted(result.enforced_hits, key=lambda hit: -ACTION_RANK[hit.action])  # stable: policy order within
    if not hits:
        return ALLOW
    first, *rest = (Verdict(hit.action, hit.category, hit.rule, hit.excerpt) for hit in hits)
    return Verdict(first.action, first.category, first.rule, first.excerpt, refusal=result.refusal or "",
                   more=tuple(rest))
