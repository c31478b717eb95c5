"""The moderation hook points: input blocked with 400 content_filter, output cut with finish_reason content_filter,
and every flag and block in the audit table."""

from __future__ import annotations

import openai
import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app
from roost.serve.db import KeyRecord, Store
from roost.serve.hooks import ALLOW, Verdict
from roost.serve.keys import create_key

MODEL = "hooked"


class WordPolicy:
    """A tiny real policy: block prompts containing `blocked_input`, flag or block outputs containing a word."""

    def __init__(self):
        self.blocked_input = "forbidden-word"
        self.output_word: str | None = None
        self.output_action = "block"

    def check_input(self, text: str, key: KeyRecord | None) -> Verdict:
        if self.blocked_input in text:
            return Verdict("block", category="test", rule="input-word", excerpt=self.blocked_input)
        return ALLOW

    def check_output(self, text: str, key: KeyRecord | None) -> Verdict:
        if self.output_word and self.output_word in text:
            return Verdict(self.output_action, category="test", rule="output-word", excerpt=self.output_word)
        return ALLOW


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    run = build_tiny_run(tmp_path_factory.mktemp("hooks"), name=MODEL)
    key = create_key(run.serve_db, "hooks")
    policy = WordPolicy()
    with running_server(create_app(run, serve_config(moderation_stride_chars=1), moderation=policy)) as url:
        yield run, policy, openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)


def audit(run):
    store = Store(run.serve_db)
    try:
        return store.audit_rows()
    finally:
        store.close()


def test_blocked_input_is_a_400_and_audited(setup):
    run, _policy, client = setup
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "say forbidden-word"}])
    assert err.value.code == "content_filter" and err.value.param == "messages"
    row = audit(run)[-1]
    assert (row.stage, row.rule, row.action, row.key_id) == ("input", "input-word", "block", 1)


def test_blocked_output_ends_the_choice_with_content_filter(setup):
    run, policy, client = setup
    kwargs = dict(model=MODEL, prompt="good day", max_tokens=40, seed=9, extra_body={"ignore_eos": True})
    full = client.completions.create(**kwargs).choices[0].text
    policy.output_word = full[10:14]
    try:
        chunks = list(client.completions.create(**kwargs, stream=True, stream_options={"include_usage": True}))
        whole = client.completions.create(**kwargs)
    finally:
        policy.output_word = None
    text = "".join(c.choices[0].text for c in chunks if c.choices)
    assert chunks[-1].usage is not None
    assert [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason] == ["content_filter"]
    assert full[10:14] not in text and full.startswith(text) and len(text) <= 14
    assert whole.choices[0].finish_reason == "content_filter" and whole.choices[0].text == text
    rows = [r for r in audit(run) if r.stage == "output"]
    assert len(rows) == 2 and all(r.action == "block" and r.rule == "output-word" for r in rows)


def test_flagged_output_is_logged_once_and_delivered(setup):
    run, policy, client = setup
    kwargs = dict(model=MODEL, prompt="flag me", max_tokens=30, seed=4, extra_body={"ignore_eos": True})
    full = client.completions.create(**kwargs).choices[0].text
    policy.output_word, policy.output_action = full[2:5], "flag"
    try:
        flagged = client.completions.create(**kwargs).choices[0]
    finally:
        policy.output_word, policy.output_action = None, "block"
    assert flagged.text == full and flagged.finish_reason == "length"
    rows = [r for r in audit(run) if r.action == "flag"]
    assert len(rows) == 1 and rows[0].excerpt == full[2:5]


class RecordingPolicy:
    """Allows everything and remembers every text it was shown."""

    def __init__(self):
        self.outputs: list[str] = []

    def check_input(self, text: str, key: KeyRecord | None) -> Verdict:
        return ALLOW

    def check_output(self, text: str, key: KeyRecord | None) -> Verdict:
        self.outputs.append(text)
        return ALLOW


def test_nothing_is_streamed_before_the_hook_has_seen_it(setup):
    run, _, _ = setup
    policy = RecordingPolicy()
    key = create_key(run.serve_db, "stride")
    with running_server(create_app(run, serve_config(moderation_stride_chars=8), moderation=policy)) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
        stream = client.completions.create(model=MODEL, prompt="stride", max_tokens=40, seed=2, stream=True,
                                           extra_body={"ignore_eos": True})
        pieces = [c.choices[0].text for c in stream if c.choices and c.choices[0].text]
    sent = ["".join(pieces[: i + 1]) for i in range(len(pieces))]
    assert sent and all(prefix in policy.outputs for prefix in sent)  # every prefix a client saw had passed
    assert all(len(piece) >= 8 for piece in pieces[1:-1])  # checked every 8 characters, the first text at once
    assert len(policy.outputs) < 40  # fewer checks than tokens
