"""The OpenAI-compatible API, driven by the official `openai` client against a real uvicorn on 127.0.0.1."""

from __future__ import annotations

import time

import httpx
import openai
import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app
from roost.serve.db import Store
from roost.serve.keys import create_key, revoke_key
from roost.tokenizer import load_tokenizer

MODEL = "tiny-chat"
HELLO = [{"role": "user", "content": "good morning, how are you?"}]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return build_tiny_run(tmp_path_factory.mktemp("serve"), name=MODEL)


@pytest.fixture(scope="module")
def key(run):
    return create_key(run.serve_db, "tests")


@pytest.fixture(scope="module")
def server(run):
    with running_server(create_app(run, serve_config())) as url:
        yield url


@pytest.fixture(scope="module")
def client(server, key):
    return openai.OpenAI(base_url=server + "/v1", api_key=key, max_retries=0)


def usage_rows(run):
    store = Store(run.serve_db)
    try:
        return store.usage_rows()
    finally:
        store.close()


def test_models_list_and_retrieve(client):
    models = client.models.list()
    assert [m.id for m in models.data] == [MODEL]
    assert client.models.retrieve(MODEL).id == MODEL
    with pytest.raises(openai.NotFoundError) as err:
        client.models.retrieve("gpt-4o")
    assert err.value.code == "model_not_found"


def test_chat_completion_counts_usage_on_the_server(client, run):
    response = client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=12, seed=7)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    prompt = tokenizer.render_chat(HELLO, add_generation_prompt=True).ids
    choice = response.choices[0]
    assert response.object == "chat.completion" and choice.message.role == "assistant"
    assert choice.finish_reason in ("stop", "length")
    assert response.usage.prompt_tokens == len(prompt)
    assert 1 <= response.usage.completion_tokens <= 12
    if choice.finish_reason == "length":
        assert response.usage.completion_tokens == 12
    row = next(r for r in usage_rows(run) if r.request_id == response.id)
    assert (row.prompt_tokens, row.completion_tokens, row.status) == (len(prompt), response.usage.completion_tokens, "ok")


def test_stream_with_usage_matches_the_non_streamed_answer(client):
    kwargs = dict(model=MODEL, messages=HELLO, max_tokens=16, seed=11, temperature=0.9)
    whole = client.chat.completions.create(**kwargs)
    chunks = list(client.chat.completions.create(**kwargs, stream=True, stream_options={"include_usage": True}))
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == [whole.choices[0].finish_reason]
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == whole.usage.completion_tokens
    assert all(c.usage is None for c in chunks[:-1])
    assert len({c.id for c in chunks}) == 1


def test_n_choices_stream_and_whole(client):
    whole = client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=8, n=3, seed=5)
    assert [c.index for c in whole.choices] == [0, 1, 2]
    assert len({c.message.content for c in whole.choices}) > 1  # distinct seeds per choice
    texts = {0: "", 1: "", 2: ""}
    for chunk in client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=8, n=3, seed=5, stream=True):
        for choice in chunk.choices:
            texts[choice.index] += choice.delta.content or ""
    assert texts == {c.index: c.message.content for c in whole.choices}


def test_seed_reproduces_and_differs(client):
    def text(seed):
        return client.completions.create(model=MODEL, prompt="I feel", max_tokens=12, seed=seed).choices[0].text

    assert text(42) == text(42)
    assert len({text(s) for s in (1, 2, 3)}) > 1


def test_stop_string_cuts_the_text_before_it(client):
    kwargs = dict(model=MODEL, prompt="so happy today", max_tokens=40, seed=3, extra_body={"ignore_eos": True})
    full = client.completions.create(**kwargs).choices[0].text
    assert len(full) > 8
    stop = full[4:7]
    cut = client.completions.create(**kwargs, stop=[stop, "never-there"]).choices[0]
    assert cut.finish_reason == "stop"
    assert cut.text == full[: full.index(stop)]


def test_logprobs_chat_and_completions(client):
    chat = client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=5, seed=1, logprobs=True, top_logprobs=3)
    content = chat.choices[0].logprobs.content
    assert 1 <= len(content) <= 5 and all(len(t.top_logprobs) == 3 for t in content)
    assert all(t.logprob <= 0 and t.top_logprobs[0].logprob >= t.top_logprobs[-1].logprob for t in content)
    text = client.completions.create(model=MODEL, prompt="hello", max_tokens=4, seed=1, logprobs=2, extra_body={"ignore_eos": True})
    lp = text.choices[0].logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == 4 and lp.text_offset[0] == len("hello")


def test_roost_sampling_extras_are_accepted(client):
    response = client.chat.completions.create(
        model=MODEL, messages=HELLO, max_tokens=6, temperature=0.7, top_p=0.9, presence_penalty=0.5,
        frequency_penalty=0.5, logit_bias={"5": -100}, user="someone",
        extra_body={"top_k": 20, "min_p": 0.05, "repetition_penalty": 1.1},
    )
    assert response.usage.completion_tokens >= 1


def test_greedy_is_deterministic_without_seed(client):
    kwargs = dict(model=MODEL, prompt="the weather", max_tokens=10, temperature=0)
    assert client.completions.create(**kwargs).choices[0].text == client.completions.create(**kwargs).choices[0].text


def test_errors_use_openai_envelope(client, server):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=MODEL, messages=HELLO, extra_body={"frobnicate": 1})
    assert err.value.param == "frobnicate" and err.value.code == "unknown_parameter"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=MODEL, messages=HELLO, tools=[{"type": "function", "function": {"name": "f"}}])
    assert err.value.param == "tools" and err.value.code == "unsupported_parameter"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=MODEL, messages=HELLO, temperature=3)
    assert err.value.param == "temperature"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=MODEL, messages=[{"role": "tool", "content": "x"}])
    assert err.value.param == "messages[0].role"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=MODEL, messages=HELLO, n=99)
    assert err.value.param == "n"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=MODEL, messages=HELLO, stop=["a", "b", "c", "d", "e"])
    assert err.value.param == "stop"
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(model="gpt-4o", messages=HELLO)
    assert err.value.code == "model_not_found" and err.value.param == "model"
    response = httpx.post(server + "/v1/chat/completions", content=b"{not json", headers={
        "Authorization": f"Bearer {client.api_key}", "Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_json"
    response = httpx.get(server + "/v1/nothing-here", headers={"Authorization": f"Bearer {client.api_key}"})
    assert response.status_code == 404 and response.json()["error"]["type"] == "invalid_request_error"


def test_context_length_exceeded(client):
    long_prompt = [{"role": "user", "content": "hello " * 1200}]
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model=MODEL, messages=long_prompt, max_tokens=10)
    assert err.value.code == "context_length_exceeded" and err.value.param == "messages"
    assert "maximum context length is 1024 tokens" in err.value.message
    with pytest.raises(openai.BadRequestError) as err:
        client.completions.create(model=MODEL, prompt="hi", max_tokens=1024)
    assert err.value.param in ("prompt", "max_tokens")


def test_body_size_cap(server, key):
    body = b'{"model": "tiny-chat", "prompt": "' + b"x" * (1 << 20) + b'"}'
    response = httpx.post(server + "/v1/completions", content=body, headers={
        "Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"

    def chunked():  # no Content-Length: the server counts the bytes as they arrive
        yield body[: 1 << 19]
        yield body[1 << 19 :]

    response = httpx.post(server + "/v1/completions", content=chunked(), headers={
        "Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"


def test_keys_are_required_and_revocation_is_immediate(server, run):
    for api_key in ("sk-roost-not-a-real-key", "wrong"):
        bad = openai.OpenAI(base_url=server + "/v1", api_key=api_key, max_retries=0)
        with pytest.raises(openai.AuthenticationError) as err:
            bad.models.list()
        assert err.value.code == "invalid_api_key"
    assert httpx.get(server + "/v1/models").status_code == 401
    assert httpx.get(server + "/metrics").status_code == 401
    assert httpx.get(server + "/openapi.json").status_code == 401
    assert httpx.get(server + "/health").json()["status"] == "ok"
    assert "<title>roost chat</title>" in httpx.get(server + "/").text
    secret = create_key(run.serve_db, "short-lived")
    short = openai.OpenAI(base_url=server + "/v1", api_key=secret, max_retries=0)
    assert short.models.list().data
    revoke_key(run.serve_db, "short-lived")
    with pytest.raises(openai.AuthenticationError):
        short.models.list()


def test_aborted_stream_is_metered_and_frees_its_slot(client, server, run):
    stream = client.chat.completions.create(
        model=MODEL, messages=HELLO, max_tokens=1000, stream=True, extra_body={"ignore_eos": True}
    )
    received = 0
    for chunk in stream:
        received += bool(chunk.choices and chunk.choices[0].delta.content)
        if received >= 3:
            break
    request_id = chunk.id
    stream.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        rows = [r for r in usage_rows(run) if r.request_id == request_id]
        health = httpx.get(server + "/health").json()
        if rows and rows[0].status != "pending" and health["running"] == 0:  # pending: written as it streams
            break
        time.sleep(0.05)
    assert rows[0].status == "aborted"
    assert 3 <= rows[0].completion_tokens < 1000  # charged for what was computed, not for max_tokens
    assert health["running"] == 0 and health["queued"] == 0


def test_metrics_report_requests_tokens_and_latencies(client, server, key):
    client.completions.create(model=MODEL, prompt="metrics", max_tokens=3)
    text = httpx.get(server + "/metrics", headers={"Authorization": f"Bearer {key}"}).text
    for name in ("roost_requests_total", "roost_completion_tokens_total", "roost_queue_depth",
                 "roost_time_to_first_token_seconds_count", "roost_inter_token_latency_seconds_count"):
        assert name in text
    assert 'route="/v1/completions",status="200"' in text


def test_completions_with_several_prompts_and_token_prompts(client, run):
    response = client.completions.create(model=MODEL, prompt=["happy", "sad"], n=2, max_tokens=3, seed=1)
    assert [c.index for c in response.choices] == [0, 1, 2, 3]
    tokenizer = load_tokenizer(run.tokenizer_dir)
    assert response.usage.prompt_tokens == 2 + len(tokenizer.encode("happy")) + len(tokenizer.encode("sad"))
    ids = tokenizer.encode("happy")
    by_ids = client.completions.create(model=MODEL, prompt=[tokenizer.boundary_id, *ids], max_tokens=5, seed=4)
    by_text = client.completions.create(model=MODEL, prompt="happy", max_tokens=5, seed=4)
    assert by_ids.choices[0].text == by_text.choices[0].text  # a text prompt starts a new document
    for kwargs, param in ((dict(echo=True), "echo"), (dict(suffix="end"), "suffix"), (dict(best_of=3), "best_of"),
                          (dict(prompt=[99999]), "prompt"), (dict(logit_bias={"abc": 1}), "logit_bias"),
                          (dict(stream_options={"include_usage": True}), "stream_options")):
        with pytest.raises(openai.BadRequestError) as err:
            client.completions.create(**{"model": MODEL, "prompt": "x", "max_tokens": 2, **kwargs})
        assert err.value.param == param


def test_non_streamed_request_is_cancelled_when_the_client_leaves(server, key, run):
    body = {"model": MODEL, "prompt": "leaving", "max_tokens": 1000, "ignore_eos": True}
    before = len(usage_rows(run))
    # The client gives up reading long before 1,000 tokens can be generated, even on a fast, idle machine.
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(server + "/v1/completions", json=body, headers={"Authorization": f"Bearer {key}"},
                   timeout=httpx.Timeout(10.0, read=0.1))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        health = httpx.get(server + "/health").json()
        rows = usage_rows(run)[before:]  # none when it left before a token was made: nothing to bill
        if health["running"] == 0 and all(r.status != "pending" for r in rows):  # pending: written as it streams
            break
        time.sleep(0.05)
    assert health["running"] == 0
    assert all(r.status == "aborted" and r.completion_tokens < 1000 for r in rows)


def test_openapi_schema_carries_the_server_caps(server, key):
    schema = httpx.get(server + "/openapi.json", headers={"Authorization": f"Bearer {key}"}).json()
    chat = schema["components"]["schemas"]["ChatCompletionRequest"]["properties"]
    assert {"type": "integer", "minimum": 1, "maximum": 8} in chat["n"]["anyOf"]
    assert any(b.get("maxItems") == 4 for b in chat["stop"]["anyOf"])
    assert set(schema["paths"]) >= {"/v1/models", "/v1/models/{model}", "/v1/chat/completions", "/v1/completions"}
