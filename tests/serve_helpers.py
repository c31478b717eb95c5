"""Helpers for the serve tests: a small run with a real tokenizer and model, and a real uvicorn on 127.0.0.1.

The model is a randomly initialised tiny Transformer (fast to build, deterministic); the tokenizer is trained on a
few thousand real tweets (the demo corpus's posts when the shared corpora are absent). `build_tiny_run` is the one
place to swap in a briefly trained shared model.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from corpora import post_lines

from roost.checkpoint import save_checkpoint
from roost.config import ModelConfig, RunConfig, load_config
from roost.model import Transformer
from roost.run import Run, open_run
from roost.tokenizer import train_tokenizer


def tweets(limit: int = 3000) -> list[str]:
    """TweetEval's emotion training posts (without the corpora, the demo corpus's)."""
    lines = post_lines("tweeteval", "emotion", "train_text.txt", limit=limit)
    return [line.strip() for line in lines if line.strip()]


def build_tiny_run(root: Path, name: str = "tiny-chat", max_seq_len: int = 1024) -> Run:
    """A run folder holding tokenizer/ and checkpoints/step-0 of a tiny random model."""
    run = open_run(root / name)
    tokenizer = train_tokenizer(iter(tweets()), vocab_size=512, min_frequency=2)
    tokenizer.save(run.tokenizer_dir)
    config = ModelConfig(
        vocab_size=tokenizer.vocab_size, dim=64, n_layers=2, n_heads=4, n_kv_heads=2, ffn_dim=128, max_seq_len=max_seq_len
    )
    model = Transformer(config)
    model.init_weights(seed=0)
    save_checkpoint(run.checkpoints_dir, 0, model.state_dict(), config)
    return run


def serve_config(**serve: object) -> RunConfig:
    """The tiny preset with `serve.*` overrides given as keyword arguments."""
    overrides = [f"serve.{key}={_toml(value)}" for key, value in serve.items()]
    return load_config("tiny", overrides=overrides)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


@contextmanager
def running_server(app, **settings: object) -> Iterator[str]:
    """Run `app` under a real uvicorn on a free 127.0.0.1 port in a thread; yields the base URL.

    `settings` are uvicorn.Config's (`roost.serve.app.uvicorn_settings` gives the server's own, minus host and port).
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", **settings))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
