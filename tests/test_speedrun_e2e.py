"""A scaled-down `roost speedrun` on the demo corpus: every stage, every artifact, then the served model answers
through the official `openai` client; a second speedrun skips every stage that is done."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from openai import OpenAI

# A tiny model and a few steps per stage: the pipeline, not the quality, is under test.
OVERRIDES = [
    "tokenizer.vocab_size=512",
    "model.dim=64",
    "model.n_layers=2",
    "model.n_heads=2",
    "model.n_kv_heads=1",
    "model.ffn_dim=128",
    "model.max_seq_len=128",
    "pack.val_fraction=0.2",  # enough held-out tokens for a validation batch
    "train.batch_size=8",
    "train.seq_len=64",
    "train.max_steps=12",
    "train.warmup_steps=2",
    "train.eval_every=6",
    "train.eval_batches=2",
    "train.log_every=2",
    "train.checkpoint_every=6",
    "sft.batch_size=4",
    "sft.max_steps=6",
    "sft.warmup_steps=1",
    "sft.eval_every=3",
    'sft.on_error="skip"',  # a 128-token context cannot hold every demo thread
    "serve.max_batch_size=4",
    "train.compile=false",  # compiled training has its own test; here it would only add compile time
]
STAGES = ["ingest", "clean", "threads", "tokenizer", "pack", "pretrain", "sft", "eval", "report"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def roost_command(run_dir: Path, *extra: str) -> list[str]:
    command = [sys.executable, "-m", "roost", "speedrun", "--run", str(run_dir)]
    for item in OVERRIDES:
        command += ["--set", item]
    return command + list(extra)


def wait_for_key(process: subprocess.Popen, lines: list[str]) -> tuple[str, str]:
    """Read the speedrun's output until it prints the chat URL and the API key (or exits)."""
    url = key = None
    for line in process.stdout:
        lines.append(line)
        if match := re.search(r"chat page: (http://\S+)", line):
            url = match.group(1)
        if match := re.search(r"API key \(shown once\): (\S+)", line):
            key = match.group(1)
            return url, key
    raise AssertionError("speedrun exited before serving:\n" + "".join(lines[-60:]))


def wait_until_serving(url: str, process: subprocess.Popen, lines: list[str]) -> None:
    """The key is printed before the model loads and the port opens: poll /health until it answers."""
    while process.poll() is None:
        try:
            if httpx.get(url + "health", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise AssertionError("speedrun stopped before serving:\n" + "".join(lines[-60:]))


@pytest.fixture(scope="module")
def served_speedrun(tmp_path_factory: pytest.TempPathFactory):
    """One speedrun for the module, left serving while the tests talk to it."""
    tmp_path = tmp_path_factory.mktemp("speedrun")
    port = free_port()
    env = {**os.environ, "COLUMNS": "200", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        roost_command(tmp_path / "run", "--port", str(port)),
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    timer = threading.Timer(300, process.kill)  # a hung speedrun fails the test instead of the suite
    timer.start()
    try:
        url, key = wait_for_key(process, lines)
        drain = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
        drain.start()
        wait_until_serving(url, process, lines)
        yield tmp_path / "run", url, key, lines
    finally:
        timer.cancel()
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_speedrun_builds_every_artifact_and_serves_an_answer(served_speedrun):
    run, url, key, lines = served_speedrun
    output = "".join(lines)
    assert "demo corpus" in output
    for number, stage in enumerate(STAGES, 1):
        assert f"[{number}/{len(STAGES)}] {stage}" in output

    # data
    stats = json.loads((run / "data" / "clean-stats.json").read_text())
    assert stats["read"] == stats["kept"] + sum(stats["dropped"].values()) and stats["kept"] > 300
    conversations = (run / "data" / "conversations.jsonl").read_text().splitlines()
    assert len(conversations) >= 30
    first = json.loads(conversations[0])["messages"]
    assert first[0]["role"] == "user" and first[-1]["role"] == "assistant"
    answers = [m["content"] for line in conversations for m in json.loads(line)["messages"] if m["role"] == "assistant"]
    assert sum(a.startswith("That's a ") for a in answers) >= 10  # the collective's bird IDs: its voice is learned
    assert (run / "data" / "posts.parquet").is_file() and (run / "data" / "clean.parquet").is_file()
    assert json.loads((run / "tokenizer" / "tokenizer.json").read_text())["model"]["type"] == "BPE"
    assert json.loads((run / "tokens" / "index.json").read_text())["splits"]["train"]

    # training
    assert (run / "checkpoints" / "latest").read_text().strip() == "step-12"
    metrics = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    assert max(r["step"] for r in metrics) == 12 and any("val_loss" in r for r in metrics)
    assert (run / "sft" / "latest").is_file()

    # eval, stages, report
    evaluation = json.loads((run / "eval.json").read_text())
    assert evaluation["conversations"]["tokens"] > 0 and len(evaluation["samples"]) >= 1
    record = json.loads((run / "stages.json").read_text())
    assert all(record[stage]["status"] == "done" for stage in STAGES) and record["pending"] == {}
    assert record["pretrain"]["throughput"].endswith("tokens/s")
    report = (run / "report.md").read_text()
    for heading in [
        "Data funnel",
        "Tokenizer",
        "Model card",
        "Pretraining",
        "Chat tuning",
        "Evaluation",
        "Time per stage",
        "Hardware",
        "Resolved config",
    ]:
        assert f"## {heading}" in report
    assert "not run" not in report.split("## Time per stage")[0]
    assert "bytes per token" in report and "bits per byte" in report
    for plot in ["funnel.png", "pretrain_loss.png", "sft_loss.png"]:
        assert (run / "plots" / plot).read_bytes()[:4] == b"\x89PNG"

    # serving, through the official client
    client = OpenAI(base_url=url + "v1", api_key=key, max_retries=0, timeout=60)
    models = [model.id for model in client.models.list()]
    assert models
    reply = client.chat.completions.create(
        model=models[0], messages=[{"role": "user", "content": "When is the Saturday walk?"}], max_tokens=12, seed=1
    )
    assert isinstance(reply.choices[0].message.content, str)
    assert reply.choices[0].finish_reason in ("stop", "length")
    assert 0 < reply.usage.completion_tokens <= 12
    wrong = OpenAI(base_url=url + "v1", api_key="sk-wrong", max_retries=0)
    with pytest.raises(Exception) as denied:
        wrong.models.list()
    assert getattr(denied.value, "status_code", None) == 401


def test_a_second_speedrun_skips_every_finished_stage(served_speedrun):
    run, _url, _key, _lines = served_speedrun
    again = subprocess.run(
        roost_command(run, "--no-serve"),
        cwd=run.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert again.returncode == 0, again.stderr[-2000:]
    for number, stage in enumerate(STAGES[:-1], 1):
        assert f"[{number}/{len(STAGES)}] {stage}: up to date, skipped" in again.stdout
    assert f"[{len(STAGES)}/{len(STAGES)}] report: done" in again.stdout  # the report is always rewritten
    assert "API key" not in again.stdout
