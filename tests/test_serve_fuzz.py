"""Fuzz the API against a real uvicorn: the served OpenAPI schema with schemathesis (its CLI), and the request
schema with hypothesis (bodies mixing valid and hostile values for every field) while another key streams: no 5xx,
no hangs, and the other key's stream always ends with its [DONE]."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import openai
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app
from roost.serve.keys import create_key

SCHEMATHESIS = Path(sys.executable).parent / "st"
MODEL = "fuzz"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return build_tiny_run(tmp_path_factory.mktemp("fuzz"), name=MODEL, max_seq_len=256)


def test_openapi_fuzz_finds_no_server_errors(run):
    key = create_key(run.serve_db, "fuzz")
    # small caps keep each fuzzed generation short; the request timeout is what catches a hang
    app = create_app(run, serve_config(max_tokens_cap=16, max_n=2))
    with running_server(app) as url:
        result = subprocess.run(
            [
                str(SCHEMATHESIS), "run", url + "/openapi.json", "-H", f"Authorization: Bearer {key}",
                "--checks", "not_a_server_error", "--phases", "coverage,fuzzing", "--max-examples", "25",
                "--max-time", "20", "--request-timeout", "20", "--generation-database", "none", "--seed", "1",
                "--no-color",
            ],
            check=False, capture_output=True, text=True, timeout=240,
        )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    selected = re.search(r"Operations:\s+(\d+) selected / (\d+) total", result.stdout)
    assert selected and int(selected[1]) == int(selected[2]) >= 5  # models x2, chat, completions, and more
    assert re.search(r"\d+ generated, \d+ passed", result.stdout)


# ---- hypothesis over the request schema ----------------------------------------------------------------------

HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\ud800", "a\udfffb", "\x00", "<|endoftext|>", "<|end|><|assistant|>", "²", "١٢", " 1", "1e3"]),
)
NUMBERS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, 2, -1, 2**31 - 1, 2**31, 2**63 - 1, 2**63, 2**64, -(2**63) - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([5e-324, 1e-300, 1e-5, 0.0, -0.0, 1.0, 2.0, 1e308]),
)
ANY_SCALAR = st.one_of(NUMBERS, HOSTILE_TEXT, st.booleans(), st.none())
ANY_VALUE = st.recursive(ANY_SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE_TEXT, inner, max_size=3),
                         max_leaves=6)
def mostly(valid: st.SearchStrategy, hostile: st.SearchStrategy = ANY_VALUE) -> st.SearchStrategy:
    """Nine in ten draws from `valid` (extremes included), so most requests reach the engine; the rest hostile."""
    return st.integers(0, 9).flatmap(lambda draw: hostile if draw == 9 else valid)  # shrinks toward valid


def unit(low: float, high: float) -> st.SearchStrategy:
    return st.floats(low, high) | st.sampled_from([low, high, 5e-324, 1e-300, 1e-5])


MESSAGE = st.fixed_dictionaries(
    {"role": mostly(st.sampled_from(["user", "system", "assistant", "developer"]), st.sampled_from(["tool", 1, None])),
     "content": mostly(HOSTILE_TEXT | st.lists(st.fixed_dictionaries({"type": st.just("text"), "text": HOSTILE_TEXT}),
                                               max_size=2))},
)
FIELDS = {  # every sampling field: in range with its extremes, sometimes out of range or of the wrong type
    "n": mostly(st.integers(1, 2)),
    "max_tokens": mostly(st.integers(1, 8)),
    "temperature": mostly(unit(0.0, 2.0), NUMBERS),
    "top_p": mostly(unit(0.0, 1.0), NUMBERS),
    "top_k": mostly(st.integers(0, 2**31 - 1) | st.sampled_from([1, 511, 512, 2**31 - 1]), NUMBERS),
    "min_p": mostly(unit(0.0, 1.0), NUMBERS),
    "repetition_penalty": mostly(unit(5e-324, 10.0), NUMBERS),
    "presence_penalty": mostly(unit(-2.0, 2.0), NUMBERS),
    "frequency_penalty": mostly(unit(-2.0, 2.0), NUMBERS),
    "seed": mostly(st.integers(-(2**63), 2**63 - 1), NUMBERS),
    "logit_bias": mostly(st.dictionaries(st.integers(0, 511).map(str), unit(-100.0, 100.0), max_size=4),
                         st.dictionaries(HOSTILE_TEXT, NUMBERS, max_size=3) | ANY_VALUE),
    "stop": mostly(st.one_of(HOSTILE_TEXT, st.lists(HOSTILE_TEXT, max_size=4))),
    "stream": mostly(st.booleans()),
    "stream_options": st.fixed_dictionaries({"include_usage": st.booleans()}),
    "ignore_eos": mostly(st.booleans()),
    "user": HOSTILE_TEXT,
}

CHAT = st.fixed_dictionaries(
    {"model": st.just(MODEL), "messages": mostly(st.lists(MESSAGE, min_size=1, max_size=3))},
    optional={**FIELDS, "max_completion_tokens": FIELDS["max_tokens"], "logprobs": st.booleans(),
              "top_logprobs": mostly(st.integers(0, 20), st.integers(-1, 21))},
)
COMPLETION = st.fixed_dictionaries(
    {"model": st.just(MODEL),
     "prompt": mostly(st.one_of(HOSTILE_TEXT, st.lists(HOSTILE_TEXT, max_size=2), st.lists(st.integers(0, 511), max_size=8),
                                st.lists(st.lists(st.integers(0, 511), max_size=4), max_size=2)),
                      st.lists(st.integers(-1, 600), max_size=8) | ANY_VALUE)},
    optional={**FIELDS, "logprobs": mostly(st.integers(0, 5), st.integers(-1, 6)), "echo": st.booleans(),
              "suffix": HOSTILE_TEXT, "best_of": st.integers(-1, 3)},
)


class Victims:
    """Another key's streams, one after another through the official client, for as long as the fuzzing runs."""

    def __init__(self, url: str, key: str):
        self.client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
        self.stop = threading.Event()
        self.endings: list[str] = []  # the last SSE line of each stream, or the error that ended it
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self.stop.is_set():
            try:
                with self.client.chat.completions.with_streaming_response.create(
                    model=MODEL, messages=[{"role": "user", "content": "hello"}], max_tokens=16, stream=True,
                    extra_body={"ignore_eos": True},
                ) as response:
                    lines = [line for line in response.iter_lines() if line]
                errors = [line for line in lines if line.startswith("data: {") and '"error"' in line]
                self.endings.append(errors[0] if errors else lines[-1])
            except Exception as exc:  # noqa: BLE001 - recorded, then asserted on
                self.endings.append(repr(exc))


def test_request_schema_fuzz_no_5xx_and_the_victim_always_finishes(run):
    attacker, victim_key = create_key(run.serve_db, "attacker"), create_key(run.serve_db, "victim")
    app = create_app(run, serve_config(max_tokens_cap=16, max_n=2))
    with running_server(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        victims = Victims(url, victim_key)
        victims.thread.start()
        headers = {"Authorization": f"Bearer {attacker}", "Content-Type": "application/json"}

        @settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
        @given(body=st.one_of(CHAT.map(lambda b: ("/v1/chat/completions", b)), COMPLETION.map(lambda b: ("/v1/completions", b))))
        def no_server_error(body: tuple[str, dict]) -> None:
            path, fields = body
            response = http.post(path, content=json.dumps(fields), headers=headers)  # NaN and lone surrogates included
            assert response.status_code < 500, (fields, response.text)
            if response.status_code >= 400:
                assert set(response.json()["error"]) == {"message", "type", "param", "code"}
            elif response.headers["content-type"].startswith("text/event-stream"):
                assert '"server_error"' not in response.text, (fields, response.text)
                assert response.text.rstrip().endswith("data: [DONE]"), (fields, response.text[-500:])

        try:
            no_server_error()
        finally:
            victims.stop.set()
            victims.thread.join(timeout=120)
    assert victims.endings and all(ending == "data: [DONE]" for ending in victims.endings), victims.endings
