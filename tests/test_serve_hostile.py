"""Hostile requests against a live server: each is refused with a clean 4xx in OpenAI's envelope, or served
sensibly, and none of them hurts another key's stream. Also the server's own limits: a rate-limited key sending
huge prompts gets 429s, revoking a key ends its open streams, silent connections are closed, serve.db is 0600,
and a CLI whose reader went away exits without a traceback."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import httpx
import openai
import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app, uvicorn_settings
from roost.serve.db import Store
from roost.serve.keys import create_key, revoke_key

MODEL = "hostile"
HELLO = [{"role": "user", "content": "hi"}]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return build_tiny_run(tmp_path_factory.mktemp("hostile"), name=MODEL, max_seq_len=2048)


@pytest.fixture(scope="module")
def server(run):
    config = serve_config(max_tokens_cap=2000, header_timeout=0.5)
    settings = {k: v for k, v in uvicorn_settings(config.serve).items() if k not in ("host", "port")}
    with running_server(create_app(run, config), **settings) as url:
        yield url


@pytest.fixture(scope="module")
def key(run):
    return create_key(run.serve_db, "attacker")


def post(url: str, key: str, path: str, body: dict | str) -> httpx.Response:
    content = body if isinstance(body, str) else json.dumps(body)
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    return httpx.post(url + path, content=content, headers=headers, timeout=60)


class Victim:
    """Another key's long stream, read through the official client, running while the attack goes on."""

    def __init__(self, url: str, key: str):
        self.client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
        self.lines: list[str] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            with self.client.chat.completions.with_streaming_response.create(
                model=MODEL, messages=HELLO, max_tokens=64, stream=True, extra_body={"ignore_eos": True}
            ) as response:
                self.lines = [line for line in response.iter_lines() if line]
        except BaseException as exc:  # noqa: BLE001 - reported by finish()
            self.error = exc

    def start(self) -> None:
        self.thread.start()

    def join(self) -> None:
        self.thread.join(timeout=120)

    def finished_with_done(self) -> bool:
        chunks = [json.loads(line[6:]) for line in self.lines[:-1]]
        return (
            self.error is None and self.lines[-1] == "data: [DONE]" and all("error" not in c for c in chunks)
            and chunks[-1]["choices"][0]["finish_reason"] == "length"
        )


# (body fields over a valid chat request, the param the 400 must name)
REFUSED = [
    ({"top_k": 2**63}, "top_k"),
    ({"top_k": -1}, "top_k"),
    ({"seed": 2**64}, "seed"),
    ({"n": "2"}, "n"),
    ({"max_tokens": True}, "max_tokens"),
    ({"max_tokens": 2.0}, "max_tokens"),
    ({"stream": "yes"}, "stream"),
    ({"temperature": "0.5"}, "temperature"),
    ({"logit_bias": {"²": 1}}, "logit_bias"),
    ({"logit_bias": {"9" * 5000: 1}}, "logit_bias"),
    ({"logit_bias": {" 1": 1}}, "logit_bias"),
    ({"logit_bias": {"1": 101}}, "logit_bias"),
    ({"logit_bias": {"100000": 1}}, "logit_bias"),
    ({"messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}]}, "messages"),
]

# served: extreme but valid settings the engine must take in its stride
SERVED = [
    {"top_k": 2**31 - 1},
    {"top_p": 5e-324},
    {"top_p": 1e-300, "temperature": 2.0},
    {"temperature": 5e-324},
    {"seed": 2**63 - 1, "n": 2},
    {"seed": -(2**63)},
    {"repetition_penalty": 5e-324},
    {"repetition_penalty": 10.0, "presence_penalty": -2.0, "frequency_penalty": 2.0},
    {"min_p": 1.0},
    {"logit_bias": {"0": 100, "1": -100}},
    {"stop": ["", "\x00"]},
]


def test_hostile_requests_are_clean_4xx_and_never_cut_another_keys_stream(run, server, key):
    victim_key = create_key(run.serve_db, "victim")
    victim = Victim(server, victim_key)
    victim.start()
    try:
        for fields, param in REFUSED:
            response = post(server, key, "/v1/chat/completions", {"model": MODEL, "messages": HELLO, "max_tokens": 4, **fields})
            assert response.status_code == 400, (fields, response.text)
            error = response.json()["error"]
            assert error["type"] == "invalid_request_error" and error["param"].startswith(param), (fields, error)
        for fields in SERVED:
            response = post(server, key, "/v1/chat/completions", {"model": MODEL, "messages": HELLO, "max_tokens": 4, **fields})
            assert response.status_code == 200, (fields, response.text)
            assert response.json()["usage"]["completion_tokens"] >= 1
    finally:
        victim.join()
    assert victim.finished_with_done(), (victim.error, victim.lines[-3:])


def test_lone_surrogates_are_400_not_500(server, key):
    escaped = '"hi \\ud800 there"'  # valid JSON; decodes to a string no UTF-8 tokenizer can take
    bodies = [
        ("/v1/chat/completions", f'{{"model": "{MODEL}", "messages": [{{"role": "user", "content": {escaped}}}]}}', "messages"),
        ("/v1/chat/completions",
         f'{{"model": "{MODEL}", "messages": [{{"role": "user", "content": [{{"type": "text", "text": {escaped}}}]}}]}}',
         "messages"),
        ("/v1/completions", f'{{"model": "{MODEL}", "prompt": {escaped}, "max_tokens": 2}}', "prompt"),
        ("/v1/completions", f'{{"model": "{MODEL}", "prompt": ["ok", {escaped}], "max_tokens": 2}}', "prompt"),
        ("/v1/completions", f'{{"model": "{MODEL}", "prompt": "ok", "stop": {escaped}, "max_tokens": 2}}', "stop"),
        ("/v1/moderations", f'{{"input": {escaped}}}', "input"),
    ]
    for path, body, param in bodies:
        response = post(server, key, path, body)
        assert response.status_code == 400, (body, response.text)
        error = response.json()["error"]
        assert error["param"].startswith(param) and "surrogate" in error["message"], error


def test_malformed_bodies_are_400_in_openai_envelope(server, key):
    bodies = [
        "[" * 100_000,  # nested past Python's recursion limit
        f'{{"model": "{MODEL}", "prompt": "x", "seed": -{"9" * 4400}}}',  # past int()'s digit limit
        f'{{"model": "{MODEL}", "prompt": "x", "max_tokens": 1e400}}',
        f'{{"model": "{MODEL}", "prompt": "x", "temperature": NaN}}',
        f'{{"model": "{MODEL}", "prompt": "x", "top_p": -Infinity}}',
        "null",
        "",
    ]
    for body in bodies:
        for path in ("/v1/completions", "/v1/chat/completions", "/v1/moderations"):
            response = post(server, key, path, body)
            assert response.status_code == 400, (path, body[:60], response.text)
            assert set(response.json()["error"]) == {"message", "type", "param", "code"}


def test_a_rate_limited_key_sending_huge_prompts_gets_429s(run, server):
    slow = create_key(run.serve_db, "huge-prompts", requests_per_minute=2)
    huge = "a" * 1_000_000  # under the 1 MiB body limit, over serve.max_prompt_chars
    statuses = [post(server, slow, "/v1/completions", {"model": MODEL, "prompt": huge, "max_tokens": 2}) for _ in range(4)]
    assert [r.status_code for r in statuses] == [413, 413, 429, 429]
    assert statuses[0].json()["error"]["code"] == "request_too_large"
    assert statuses[2].json()["error"]["code"] == "rate_limit_exceeded"


def test_revoking_a_key_ends_its_open_streams_and_bills_them(run, server):
    doomed = create_key(run.serve_db, "doomed")
    client = openai.OpenAI(base_url=server + "/v1", api_key=doomed, max_retries=0)
    stream = client.chat.completions.create(
        model=MODEL, messages=HELLO, max_tokens=2000, stream=True, extra_body={"ignore_eos": True}
    )  # seconds of work: revocation ends it long before its end
    chunks = iter(stream)
    first = next(chunks)
    while not (first.choices and first.choices[0].delta.content):  # a token was streamed, so some is billed
        first = next(chunks)
    revoke_key(run.serve_db, "doomed")  # from another connection, as `roost keys revoke` does
    with pytest.raises(openai.APIError, match="revoked"):
        for _ in chunks:
            pass
    store = Store(run.serve_db)
    try:
        row = next(r for r in store.usage_rows() if r.request_id == first.id)
    finally:
        store.close()
    assert row.status == "revoked" and 1 <= row.completion_tokens < 2000


def test_silent_and_slow_header_connections_are_closed(server):
    address = urlparse(server)
    for send in (b"", b"GET /health HTTP/1.1\r\nHost: x\r\n"):  # nothing at all; headers that never end
        with socket.create_connection((address.hostname, address.port), timeout=60) as sock:
            sock.sendall(send)
            assert sock.recv(1024) == b""  # closed by the server (serve.header_timeout), not by our timeout
    assert httpx.get(server + "/health").status_code == 200


def test_serve_db_is_private(run, server):
    for path in Path(run.serve_db).parent.glob("serve.db*"):
        assert path.stat().st_mode & 0o777 == 0o600, path


def test_cli_into_a_closed_pipe_exits_without_a_traceback(run):
    command = [sys.executable, "-m", "roost", "keys", "list", "--run", MODEL, "--runs-dir", str(run.root.parent)]
    # `true` exits without reading, so every write of the CLI finds the pipe closed
    result = subprocess.run(f"{' '.join(command)} | true; echo status=${{PIPESTATUS[0]}}", shell=True, check=False,
                            executable="/bin/bash", capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "BrokenPipeError" not in result.stderr, result.stderr
    assert "status=141" in result.stdout
