"""The policy as the server's moderation hook: each check becomes a `roost.serve.hooks.Verdict`.

The verdict names the strongest rule that fired (a block before a flag) and carries every other flagging or
blocking rule in `more`, so the server's audit log gets one row per rule; a blocked input carries the operator's
refusal text for the reply.
"""

from __future__ import annotations

from roost.moderation.policy import ACTION_RANK, Policy, PolicyResult
from roost.serve.db import KeyRecord
from roost.serve.hooks import ALLOW, Verdict

# The server asks about a choice's output each time it has grown by `serve.moderation_stride_chars` characters (and
# at the end), so all but the newest stride (plus the token that crossed it) was judged already. Judging only the
# last stride + OUTPUT_CONTEXT characters (regexes still see the text before them for word boundaries) finds every
# match that ends in the new text and is shorter than OUTPUT_CONTEXT minus one token, at a cost per check that does
# not grow with the answer; a classifier scores that window, about a post's length, as it was trained to.
OUTPUT_CONTEXT = 512


class PolicyHook:
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
