"""`roost serve` as a real process, and `roost keys` / `roost usage` over its serve.db."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import httpx
import openai
import pytest
from serve_helpers import build_tiny_run

from roost.cli import main

MODEL = "cli-run"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    run = build_tiny_run(tmp_path_factory.mktemp("cli"), name=MODEL)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "roost", "serve", "--run", MODEL, "--runs-dir", str(run.root.parent), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        assert process.poll() is None, process.stdout.read()
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            assert time.monotonic() < deadline, "roost serve did not start"
            time.sleep(0.2)
    yield run, url, process
    if process.poll() is None:
        process.kill()


def test_keys_usage_and_revocation_against_a_served_run(served, capsys):
    run, url, _ = served
    where = ["--run", MODEL, "--runs-dir", str(run.root.parent)]
    assert main(["keys", "create", "cli-key", "--rpm", "5", *where]) == 0
    secret = capsys.readouterr().out.splitlines()[0]
    assert secret.startswith("sk-roost-")
    assert secret not in run.serve_db.read_bytes().decode("latin-1")  # only the hash is stored
    client = openai.OpenAI(base_url=url + "/v1", api_key=secret, max_retries=0)
    answer = client.completions.create(model=MODEL, prompt="cli", max_tokens=3)
    assert main(["keys", "list", *where]) == 0
    listing = capsys.readouterr().out
    assert "cli-key" in listing and secret[9:17] in listing and secret not in listing and "active" in listing
    assert main(["usage", *where, "--key", "cli-key"]) == 0
    report = capsys.readouterr().out.splitlines()
    assert len(report) == 2 and ":cli-key" in report[1]
    assert report[1].split()[2:] == ["1", str(answer.usage.prompt_tokens), str(answer.usage.completion_tokens),
                                     str(answer.usage.total_tokens)]
    assert main(["keys", "revoke", "cli-key", *where]) == 0
    capsys.readouterr()
    with pytest.raises(openai.AuthenticationError):
        client.models.list()
    assert main(["keys", "revoke", "no-such-key", *where]) == 1
    assert "no key matches 'no-such-key'" in capsys.readouterr().err


def test_usage_rejects_unknown_key_and_bad_days(served, capsys):
    run, _, _ = served
    where = ["--run", MODEL, "--runs-dir", str(run.root.parent)]
    assert main(["usage", *where, "--key", "nobody"]) == 1
    assert "no key match 'nobody'" in capsys.readouterr().err
    assert main(["usage", *where, "--days", "0"]) == 1
    assert "--days must be at least 1" in capsys.readouterr().err


def test_serve_stops_cleanly_on_interrupt(served):
    _, _url, process = served
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 0
    assert f"serving '{MODEL}' at http://127.0.0.1:" in output
    assert "no API keys yet" in output  # printed at start, before the test created one
    run, _, _ = served
    assert "port = 8000" in run.config_path.read_text()  # --port held for that server only


def test_serve_refuses_a_run_without_a_model(tmp_path, capsys):
    assert main(["serve", "--run", "empty", "--runs-dir", str(tmp_path)]) == 1
    assert "roost serve: error: run not found" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["serve", "--run", "empty", "--runs-dir", str(tmp_path)]) == 1
    assert "no checkpoint found" in capsys.readouterr().err
