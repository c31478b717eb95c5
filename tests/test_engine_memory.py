"""The KV cache is sized from a memory budget, and a real model's shape serves inside a small RSS.

The shape is SmolLM2-135M's (30 layers, width 576, 9 heads, 3 kv heads, FFN 1536, vocabulary 49,152, context
8,192), randomly initialised: what is measured is the engine's memory, not the weights' values. A batch of 32 at the
full context would be 11 GiB of cache; the engine must hold far less.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import torch

from roost.config import ModelConfig
from roost.engine.cache import CacheSize, position_bytes
from roost.errors import RoostError

SMOLLM2 = ModelConfig(
    vocab_size=49_152, dim=576, n_layers=30, n_heads=9, n_kv_heads=3, ffn_dim=1536, max_seq_len=8192, rope_theta=100_000.0
)
CPU = torch.device("cpu")


def test_the_budget_sets_how_many_requests_of_what_context_the_cache_holds():
    per_position = position_bytes(SMOLLM2, torch.float32)
    assert per_position == 2 * 30 * 3 * 64 * 4  # a key and a value per layer and kv head, fp32
    full = 8192 * per_position  # one request at the whole context: 360 MiB
    assert CacheSize.plan(SMOLLM2, torch.float32, CPU, 32, 8192, memory=2.5 * full) == CacheSize(2, 8192, int(2.5 * full))
    # max_context caps one request: more of them fit the same budget, up to max_batch_size
    assert CacheSize.plan(SMOLLM2, torch.float32, CPU, 32, 1024, memory=2.5 * full).rows == 20
    assert CacheSize.plan(SMOLLM2, torch.float32, CPU, 4, 1024, memory=2.5 * full).rows == 4
    # a budget under one full context: one request, of the context that fits
    small = CacheSize.plan(SMOLLM2, torch.float32, CPU, 32, 8192, memory=100 * 2**20)
    assert (small.rows, small.context) == (1, 100 * 2**20 // per_position)
    # a share of free memory: never more than that share
    share = CacheSize.plan(SMOLLM2, torch.float32, CPU, 32, 8192, memory=0.05)
    assert share.bytes(SMOLLM2, torch.float32) <= share.budget and 1 <= share.rows <= 32
    with pytest.raises(RoostError, match="serve.kv_cache_memory: 1000 bytes hold no position"):
        CacheSize.plan(SMOLLM2, torch.float32, CPU, 32, 8192, memory=1000)


SERVE_ONE = """
import asyncio, json, resource, sys
from pathlib import Path
import torch
from roost.config import ModelConfig
from roost.engine import Engine, SamplingParams
from roost.engine.cache import position_bytes
from roost.model import Transformer
from roost.tokenizer import load_tokenizer

torch.set_num_threads(1)
config = ModelConfig.model_validate_json(sys.argv[1])
tokenizer = load_tokenizer(Path(sys.argv[2]))
engine = Engine(Transformer(config), tokenizer, max_batch_size=32)  # the default budget


async def one():
    prompt = [tokenizer.boundary_id, *tokenizer.encode("good morning, how are the birds today? " * 30)]
    params = SamplingParams(temperature=0, max_new_tokens=8, ignore_eos=True)
    events = [event async for event in engine.generate(prompt, params)]
    await engine.stop()
    return len(prompt), len(events)


prompt, answer = asyncio.run(one())
size = engine.size
print(json.dumps({
    "prompt": prompt, "answer": answer, "rows": size.rows, "context": size.context, "budget": size.budget,
    "cache_bytes": size.bytes(config, torch.float32), "position_bytes": position_bytes(config, torch.float32),
    "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
}))
"""


def test_a_smollm2_shaped_model_serves_within_2_gb(tokenizer, tmp_path):
    """Default settings, batch 32, the model's whole 8,192-position context: the cache is sized from the budget,
    and the process stays under 2 GB at its peak while it answers a request (the cache commits what is written)."""
    tokenizer.save(tmp_path / "tokenizer")
    done = subprocess.run(
        [sys.executable, "-c", SERVE_ONE, SMOLLM2.model_dump_json(), str(tmp_path / "tokenizer")],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["answer"] == 8 and got["prompt"] > 200
    assert got["context"] == 8192 and 1 <= got["rows"] <= 32
    assert got["cache_bytes"] == got["rows"] * 8192 * got["position_bytes"] <= got["budget"]
    assert got["peak_rss"] < 2 * 10**9, got
