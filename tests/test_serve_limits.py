"""Rate limits (429 with OpenAI's headers), the bounded queue (503), and metering that never double-counts."""

from __future__ import annotations

import httpx
import openai
import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app
from roost.serve.db import Store
from roost.serve.keys import create_key
from roost.serve.limits import Limits, RateLimiter
from roost.serve.schemas import APIError

MODEL = "limits"
HELLO = [{"role": "user", "content": "hi"}]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return build_tiny_run(tmp_path_factory.mktemp("limits"), name=MODEL)


def usage_rows(run):
    store = Store(run.serve_db)
    try:
        return store.usage_rows()
    finally:
        store.close()


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_token_buckets_refill_and_refund():
    clock = Clock()
    limiter = RateLimiter(clock)
    limits = Limits(requests_per_minute=2, tokens_per_minute=600)
    first = limiter.acquire(1, limits, 300)
    assert first.headers["x-ratelimit-remaining-requests"] == "1"
    assert first.headers["x-ratelimit-remaining-tokens"] == "300"
    limiter.settle(first, used_tokens=100)  # 200 of the 300 reserved come back
    second = limiter.acquire(1, limits, 500)
    assert second.headers["x-ratelimit-remaining-tokens"] == "0"
    with pytest.raises(APIError) as err:
        limiter.acquire(1, limits, 1)
    assert err.value.status == 429 and err.value.type == "requests" and err.value.code == "rate_limit_exceeded"
    assert int(err.value.headers["retry-after"]) == 30  # one request refills in 60 s / 2
    clock.now += 30
    with pytest.raises(APIError) as err:
        limiter.acquire(1, limits, 400)  # a request is back, but only 300 tokens are
    assert err.value.type == "tokens" and int(err.value.headers["retry-after"]) == 10
    limiter.cancel(second)  # turned away later: everything comes back
    assert limiter.acquire(1, limits, 400).headers["x-ratelimit-remaining-tokens"] == "200"  # 300 + 500 capped at 600
    assert limiter.acquire(2, limits, 600)  # keys have their own buckets
    with pytest.raises(APIError, match="Request too large"):
        limiter.acquire(3, limits, 601)


def test_requests_per_minute_429_with_headers_and_no_usage_row(run):
    key = create_key(run.serve_db, "slow", requests_per_minute=2)
    with running_server(create_app(run, serve_config())) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
        ok = client.chat.completions.with_raw_response.create(model=MODEL, messages=HELLO, max_tokens=2)
        assert ok.headers["x-ratelimit-limit-requests"] == "2"
        assert ok.headers["x-ratelimit-remaining-requests"] == "1"
        assert "x-ratelimit-reset-tokens" in ok.headers
        client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=2)
        before = len(usage_rows(run))
        with pytest.raises(openai.RateLimitError) as err:
            client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=2)
        headers = err.value.response.headers
        assert err.value.code == "rate_limit_exceeded"
        assert headers["x-ratelimit-remaining-requests"] == "0" and int(headers["retry-after"]) >= 1
        assert headers["x-ratelimit-limit-tokens"] and headers["x-ratelimit-reset-requests"]
        assert len(usage_rows(run)) == before  # a refused request is never metered


def test_tokens_per_minute_counts_max_tokens(run):
    key = create_key(run.serve_db, "small", tokens_per_minute=100)
    with running_server(create_app(run, serve_config())) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
        with pytest.raises(openai.RateLimitError) as err:
            client.completions.create(model=MODEL, prompt="hello", max_tokens=200)
        assert "Request too large" in err.value.message
        assert client.completions.create(model=MODEL, prompt="hello", max_tokens=20).usage.completion_tokens >= 1


def test_max_context_caps_what_a_request_may_hold(run):
    """serve.max_context sizes the KV cache below the model's context; requests past it are refused up front."""
    key = create_key(run.serve_db, "short")
    app = create_app(run, serve_config(max_context=48))
    with running_server(app) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
        with pytest.raises(openai.BadRequestError) as err:
            client.completions.create(model=MODEL, prompt="hi", max_tokens=60)
        assert err.value.code == "context_length_exceeded" and "maximum context length is 48 tokens" in err.value.message
        answer = client.completions.create(model=MODEL, prompt="hi", max_tokens=40, extra_body={"ignore_eos": True})
        assert answer.usage.completion_tokens == 40 and answer.usage.prompt_tokens + 40 <= 48


def test_full_queue_answers_503_and_disconnects_free_slots(run):
    key = create_key(run.serve_db, "queue")
    app = create_app(run, serve_config(max_batch_size=1, max_queue=1))
    with running_server(app) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
        long = dict(model=MODEL, messages=HELLO, max_tokens=1000, stream=True, extra_body={"ignore_eos": True})
        holders = [client.chat.completions.create(**long) for _ in range(2)]  # one running, one queued
        for chunk in holders[0]:  # the first is generating, and its usage row is written
            if chunk.choices and chunk.choices[0].delta.content:
                break
        before = len(usage_rows(run))
        with pytest.raises(openai.InternalServerError) as err:
            client.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=2)
        assert err.value.status_code == 503 and err.value.response.headers["retry-after"] == "1"
        assert err.value.code == "server_overloaded"
        assert len(usage_rows(run)) == before
        for stream in holders:
            stream.close()
        # slots come back as soon as the server sees the disconnects; a retrying client then gets through
        retrying = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=8)
        answer = retrying.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=2)
        assert answer.usage.completion_tokens >= 1
        statuses = sorted(r.status for r in usage_rows(run)[before:])
        assert statuses.count("ok") == 1  # the retried request is counted once
        assert httpx.get(url + "/health").json()["running"] == 0


def test_auth_off_serves_without_a_key_and_meters_as_key_zero(run, capsys):
    from roost.cli import main

    with running_server(create_app(run, serve_config(auth=False))) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key="anything", max_retries=0)
        response = client.completions.with_raw_response.create(model=MODEL, prompt="open", max_tokens=2)
        assert response.headers["x-request-id"] == response.parse().id
        assert httpx.get(url + "/v1/models").status_code == 200  # no Authorization header at all
    row = usage_rows(run)[-1]
    assert row.key_id == 0 and row.request_id == response.parse().id
    assert main(["usage", "--run", run.name, "--runs-dir", str(run.root.parent)]) == 0
    assert "0:(auth off)" in capsys.readouterr().out
