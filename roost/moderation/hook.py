"""The policy as the server's moderation hook: each check becomes a `roost.serve.hooks.Verdict`.

The verdict names the strongest rule that fired (a block before a flag) and carries every other flagging or
blocking rule in `more`, so the server's audit log gets one row per rule; a blocked input carries the operator's
refusal text for the reply.
"""

from __future__ import annotations

from roost.moderation.policy import ACTION_RANK, Policy, PolicyResult, Stage
from roost.serve.db import KeyRecord
from roost.serve.hooks import ALLOW, Verdict


class PolicyHook:
    def __init__(self, policy: Policy):
        self.policy = policy

    def check_input(self, text: str, key: KeyRecord | None) -> Verdict:
        return self._check(text, "input", key)

    def check_output(self, text: str, key: KeyRecord | None) -> Verdict:
        return self._check(text, "output", key)

    def _check(self, text: str, stage: Stage, key: KeyRecord | None) -> Verdict:
        return to_verdict(self.policy.check(text, stage, key))


def to_verdict(result: PolicyResult) -> Verdict:
    hits = sorted(result.enforced_hits, key=lambda hit: -ACTION_RANK[hit.action])  # stable: policy order within
    if not hits:
        return ALLOW
    first, *rest = (Verdict(hit.action, hit.category, hit.rule, hit.excerpt) for hit in hits)
    return Verdict(first.action, first.category, first.rule, first.excerpt, refusal=result.refusal or "",
                   more=tuple(rest))
