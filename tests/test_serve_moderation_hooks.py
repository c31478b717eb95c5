"""The moderation hook points: input blocked with 400 content_filter, output cut with finish_reason content_filter,
every flag and block in the audit table, and the CLI's `keys` and `usage` reports over the same serve.db."""

from __future__ import annotations

import openai
import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.cli import main
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
    run, policy, client = setup
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


def test_cli_keys_and_usage(setup, capsys):
    run, policy, client = setup
    runs_dir, name = str(run.root.parent), run.name
    assert main(["keys", "create", "cli-key", "--rpm", "5", "--run", name, "--runs-dir", runs_dir]) == 0
    secret = capsys.readouterr().out.splitlines()[0]
    assert secret.startswith("sk-roost-")
    assert secret not in run.serve_db.read_bytes().decode("latin-1")  # only the hash is stored
    cli_client = openai.OpenAI(base_url=str(client.base_url), api_key=secret, max_retries=0)
    cli_client.completions.create(model=MODEL, prompt="cli", max_tokens=3)
    assert main(["keys", "list", "--run", name, "--runs-dir", runs_dir]) == 0
    listing = capsys.readouterr().out
    assert "cli-key" in listing and secret[9:17] in listing and secret not in listing
    assert main(["usage", "--run", name, "--runs-dir", runs_dir, "--key", "cli-key"]) == 0
    report = capsys.readouterr().out.splitlines()
    assert len(report) == 2 and ":cli-key" in report[1] and report[1].split()[2] == "1"
    assert main(["keys", "revoke", "cli-key", "--run", name, "--runs-dir", runs_dir]) == 0
    capsys.readouterr()
    with pytest.raises(openai.AuthenticationError):
        cli_client.models.list()
    assert main(["keys", "revoke", "no-such-key", "--run", name, "--runs-dir", runs_dir]) == 1
    assert "no key matches 'no-such-key'" in capsys.readouterr().err


def test_cli_usage_rejects_unknown_key_and_bad_days(setup, capsys):
    run, _, _ = setup
    args = ["--run", run.name, "--runs-dir", str(run.root.parent)]
    assert main(["usage", *args, "--key", "nobody"]) == 1
    assert "no key match 'nobody'" in capsys.readouterr().err
    assert main(["usage", *args, "--days", "0"]) == 1
    assert "--days must be at least 1" in capsys.readouterr().err
    assert main(["usage", *args, "--days", "1"]) == 0
    assert ":hooks" in capsys.readouterr().out
