"""A crash mid-stream loses no billing: `roost serve` killed with SIGKILL while streaming, then started again,
bills every token the client was sent (the usage row is written as the stream goes, and closed at the next start)."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import httpx
import openai
from serve_helpers import build_tiny_run

from roost.cli import main
from roost.serve.db import Store

MODEL = "crash"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(run) -> tuple[subprocess.Popen, str]:
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
                return process, url
        except httpx.HTTPError:
            assert time.monotonic() < deadline, "roost serve did not start"
            time.sleep(0.2)


def usage_row(run, request_id: str):
    store = Store(run.serve_db)
    try:
        return next(row for row in store.usage_rows() if row.request_id == request_id)
    finally:
        store.close()


def test_kill_9_mid_stream_bills_what_was_streamed(tmp_path, capsys):
    run = build_tiny_run(tmp_path, name=MODEL, max_seq_len=2048)
    where = ["--run", MODEL, "--runs-dir", str(run.root.parent)]
    assert main(["keys", "create", "crash-key", *where]) == 0
    secret = capsys.readouterr().out.splitlines()[0]
    process, url = start_server(run)
    try:
        client = openai.OpenAI(base_url=url + "/v1", api_key=secret, max_retries=0)
        stream = client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "tell me everything"}], max_tokens=1000, stream=True,
            logprobs=True, extra_body={"ignore_eos": True},
        )
        received = 0  # tokens the client was sent: one logprobs entry per token
        for chunk in stream:
            if chunk.choices and chunk.choices[0].logprobs:
                received += len(chunk.choices[0].logprobs.content)
            if received >= 20:
                break
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        process.stdout.close()
    cut = usage_row(run, chunk.id)
    assert cut.status == "pending" and received <= cut.completion_tokens < 1000  # written before it was sent

    process, url = start_server(run)  # the next start closes the row the crash left open
    try:
        assert usage_row(run, chunk.id).status == "interrupted"
        assert usage_row(run, chunk.id).completion_tokens == cut.completion_tokens
        assert main(["usage", *where, "--key", "crash-key"]) == 0
        report = capsys.readouterr().out.splitlines()
        assert report[1].split()[2:4] == ["1", str(cut.prompt_tokens)]
        assert report[1].split()[4] == str(cut.completion_tokens)
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=60)
    assert "1 request(s) were cut off when the server last stopped" in output
