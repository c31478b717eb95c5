"""The operator's policy enforced by a real `roost serve` app on 127.0.0.1, through the official openai client:
a blocked input answered with the operator's refusal, an output blocked mid-stream with `content_filter`, a
flagged-but-allowed answer, per-key overrides, the audit rows all of these leave, `roost audit`, and
`POST /v1/moderations` in OpenAI's shape. A bad policy file stops `roost serve` before it starts."""

from __future__ import annotations

import re

import httpx
import openai
import pytest
import tomli_w
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.cli import main
from roost.moderation.policy import OPENAI_CATEGORIES, load_policy
from roost.serve.app import create_app
from roost.serve.db import Store
from roost.serve.hooks import PolicyHook
from roost.serve.keys import create_key

MODEL = "moderated"
REFUSAL = "Our crew does not discuss the forbidden topic. Ask about anything else!"

BASE_POLICY = {
    "name": "crew-policy",
    "refusal": "Not on this server.",
    "categories": {
        "harassment": {"action": "flag", "detectors": [{"name": "insults", "words": ["idiot"]}]},
        "illicit": {
            "action": "block", "applies_to": "input", "refusal": REFUSAL,
            "detectors": [{"name": "forbidden", "words": ["forbidden topic"]}],
        },
    },
    "overrides": [{"keys": ["research"], "categories": {"harassment": {"action": "allow"}}}],
}


def write_policy(path, tree: dict):
    path.write_text(tomli_w.dumps(tree), encoding="utf-8")
    return path


def with_output_rule(text: str, action: str) -> dict:
    """The base policy plus a custom output category that fires on `text` exactly."""
    tree = {**BASE_POLICY, "categories": dict(BASE_POLICY["categories"])}
    tree["categories"]["leak"] = {
        "custom": True, "action": action, "applies_to": "output",
        "detectors": [{"name": "secret", "patterns": [re.escape(text)], "case_sensitive": True}],
    }
    return tree


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("moderated")
    run = build_tiny_run(root, name=MODEL)
    policy_path = write_policy(root / "policy.toml", BASE_POLICY)
    alice, research = create_key(run.serve_db, "alice"), create_key(run.serve_db, "research")
    hook = PolicyHook(load_policy(policy_path))  # the test swaps its policy to aim output rules at known text
    app = create_app(run, serve_config(policy=str(policy_path)), moderation=hook)
    with running_server(app) as url:
        clients = {name: openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0) for name, key in
                   (("alice", alice), ("research", research))}
        yield run, root, hook, url, clients


def audit(run):
    store = Store(run.serve_db)
    try:
        return store.audit_rows()
    finally:
        store.close()


def new_rows(run, before: int):
    return audit(run)[before:]


def test_blocked_input_gets_the_operators_refusal_and_is_audited(served):
    run, _, _, _, clients = served
    before = len(audit(run))
    with pytest.raises(openai.BadRequestError) as err:
        clients["alice"].chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "you idiot, tell me about the Forbidden  Topic"}]
        )
    assert err.value.code == "content_filter" and err.value.param == "messages"
    assert err.value.body["message"] == REFUSAL
    rows = new_rows(run, before)
    assert [(r.stage, r.rule, r.action) for r in rows] == [("input", "illicit:forbidden", "block"),
                                                          ("input", "harassment:insults", "flag")]
    assert rows[0].request_id == rows[1].request_id and rows[0].excerpt.endswith("Forbidden  Topic")
    assert rows[0].key_id == 1  # alice


def test_flagged_input_is_answered_and_logged_unless_the_key_allows_it(served):
    run, _, _, _, clients = served
    before = len(audit(run))
    for name in ("alice", "research"):
        reply = clients[name].chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "what an idiot"}], max_tokens=4
        )
        assert reply.choices[0].finish_reason in ("stop", "length")
    rows = new_rows(run, before)
    assert [(r.stage, r.rule, r.action, r.key_id) for r in rows] == [("input", "harassment:insults", "flag", 1)]


def _chat(client, **extra):
    return client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "good day"}], max_tokens=40, seed=11,
        extra_body={"ignore_eos": True}, **extra,
    )


def test_blocked_output_stops_the_stream_with_content_filter(served):
    run, root, hook, _, clients = served
    full = _chat(clients["alice"]).choices[0].message.content
    secret = full[12:18]
    assert len(secret) == 6
    hook.policy = load_policy(write_policy(root / "block-output.toml", with_output_rule(secret, "block")))
    before = len(audit(run))
    try:
        chunks = list(_chat(clients["alice"], stream=True))
    finally:
        hook.policy = load_policy(root / "policy.toml")
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    reasons = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert reasons == ["content_filter"]
    assert secret not in streamed and full.startswith(streamed) and len(streamed) < 18
    rows = new_rows(run, before)
    assert [(r.stage, r.category, r.rule, r.action) for r in rows] == [("output", "leak", "leak:secret", "block")]
    assert secret in rows[0].excerpt


def test_flagged_output_is_delivered_whole_and_logged_once(served):
    run, root, hook, _, clients = served
    full = _chat(clients["alice"]).choices[0].message.content
    hook.policy = load_policy(write_policy(root / "flag-output.toml", with_output_rule(full[5:9], "flag")))
    before = len(audit(run))
    try:
        answer = _chat(clients["alice"]).choices[0]
    finally:
        hook.policy = load_policy(root / "policy.toml")
    assert answer.message.content == full and answer.finish_reason == "length"
    rows = new_rows(run, before)
    assert [(r.stage, r.rule, r.action) for r in rows] == [("output", "leak:secret", "flag")]


def test_moderations_endpoint_speaks_openais_format(served):
    _run, _, _, url, clients = served
    result = clients["alice"].moderations.create(input=["you idiot", "a calm morning by the lake"])
    assert result.id.startswith("modr-") and result.model == "crew-policy" and len(result.results) == 2
    rude, calm = result.results
    assert rude.flagged and rude.categories.harassment and rude.category_scores.harassment == 1.0
    assert not rude.categories.sexual_minors and rude.category_scores.sexual_minors == 0.0
    assert not calm.flagged and not any(calm.categories.model_dump().values())
    raw = httpx.post(url + "/v1/moderations", json={"input": "you idiot", "model": "omni-moderation-latest"},
                     headers={"Authorization": f"Bearer {clients['alice'].api_key}"}).json()
    body = raw["results"][0]
    assert list(body["categories"]) == list(body["category_scores"]) == list(OPENAI_CATEGORIES)
    assert set(body) >= {"flagged", "categories", "category_scores", "category_applied_input_types", "rules"}
    assert body["category_applied_input_types"]["sexual/minors"] == ["text"]
    assert body["rules"] == [{"rule": "harassment:insults", "category": "harassment", "action": "flag", "score": 1.0,
                              "reason": "word 'idiot' matched 'idiot'"}]
    research = clients["research"].moderations.create(input="you idiot").results[0]
    assert not research.flagged and research.category_scores.harassment == 1.0  # scored, but this key allows it
    single = clients["alice"].moderations.create(input="tell me the forbidden topic").results[0]
    assert single.flagged and single.categories.illicit  # every category counts here, whatever its stage


def test_moderations_endpoint_refuses_bad_requests(served):
    _, _, _, url, clients = served
    headers = {"Authorization": f"Bearer {clients['alice'].api_key}"}
    image = {"input": [{"type": "image_url", "image_url": {"url": "http://x/y.png"}}]}
    for body, code in ((image, "unsupported_input"), ({"input": []}, "invalid_value"), ({"inputs": "x"}, None)):
        response = httpx.post(url + "/v1/moderations", json=body, headers=headers)
        assert response.status_code == 400 and "error" in response.json()
        if code:
            assert response.json()["error"]["code"] == code
    assert httpx.post(url + "/v1/moderations", json={"input": "x"}).status_code == 401


def test_roost_audit_lists_what_the_server_logged(served, capsys):
    run, _, _, _, _ = served
    assert len(audit(run)) >= 5
    assert main(["audit", "--run", run.name, "--runs-dir", str(run.root.parent), "--action", "block"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("illicit:forbidden" in line and "alice" in line and "input" in line for line in lines)
    assert any("leak:secret" in line and "output" in line for line in lines)
    assert all(" block " in line for line in lines)


def test_a_bad_policy_stops_serve_before_it_starts(served, capsys):
    run, root, _, _, _ = served
    bad = write_policy(root / "bad.toml", {"categories": {"hate": {"action": "flag", "detectors": [{"patterns": ["[a-"]}]}}})
    status = main(["serve", "--run", run.name, "--runs-dir", str(run.root.parent), "--set", f"serve.policy={bad}"])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1
    assert err.startswith(f"roost serve: error: {bad}: category 'hate' detector 1: bad regular expression '[a-'")
