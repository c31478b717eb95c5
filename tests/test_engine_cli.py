"""`roost generate` and `roost chat` as real processes on a real run folder (tokenizer + checkpoint)."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch

from roost.checkpoint import save_checkpoint
from roost.config import ModelConfig
from roost.engine import Engine, SamplingParams
from roost.engine.generate import chat_reply, generate_text
from roost.model import Transformer


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory, tokenizer):
    root = tmp_path_factory.mktemp("runs") / "chatty"
    tokenizer.save(root / "tokenizer")
    config = ModelConfig(vocab_size=640, dim=64, n_layers=2, n_heads=4, n_kv_heads=1, ffn_dim=128, max_seq_len=64)
    model = Transformer(config)
    model.init_weights(seed=1)
    save_checkpoint(root / "checkpoints", 10, model.state_dict(), config)
    return root


def roost(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "roost", *args], input=stdin, check=False, capture_output=True, text=True, timeout=120
    )


def test_generate_prints_a_seeded_continuation(run_dir):
    result = roost("generate", "--run", str(run_dir), "good morning", "--max-tokens", "8", "--seed", "4")
    assert result.returncode == 0, result.stderr
    engine = Engine.from_checkpoint(run_dir, max_batch_size=1)
    params = SamplingParams(max_new_tokens=8, temperature=0.8, top_p=0.95, seed=4)
    assert result.stdout == generate_text(engine, "good morning", params).text + "\n"


def test_chat_streams_replies_for_each_turn(run_dir):
    result = roost("chat", "--run", str(run_dir), "--max-tokens", "5", "--temperature", "0", stdin="hi there\n/reset\nand again\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("assistant> ") == 2 and "(conversation cleared)" in result.stdout


def test_chat_reply_drops_old_turns_to_fit_the_context(run_dir):
    engine = Engine.from_checkpoint(run_dir / "checkpoints", max_batch_size=1)
    long_turn = "birds " * 20
    messages = [{"role": "user", "content": long_turn}, {"role": "assistant", "content": long_turn},
                {"role": "user", "content": "hi"}]
    reply = chat_reply(engine, messages, SamplingParams(max_new_tokens=10, temperature=0))
    assert len(reply.token_ids) >= 1


def test_bad_sampling_value_is_a_one_line_error(run_dir):
    bad = roost("generate", "--run", str(run_dir), "hi", "--top-p", "0")
    assert bad.returncode == 1 and bad.stderr.startswith("roost generate: error: sampling: top_p")
    assert "Traceback" not in bad.stderr


def test_lora_chat_checkpoint_is_served_with_its_adapter(run_dir):
    from roost.checkpoint import load_model
    from roost.lora import apply_lora, lora_state_dict

    model, _ = load_model(run_dir / "checkpoints")
    targets = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
    apply_lora(model, rank=2, alpha=4.0, targets=targets)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name.endswith("lora_B"):
                param.normal_(0, 5.0, generator=torch.Generator().manual_seed(len(name)))
    meta = {"stage": "sft", "base": "checkpoints/step-10", "lora": {"rank": 2, "alpha": 4.0, "targets": targets}}
    save_checkpoint(run_dir / "sft", 3, lora_state_dict(model), model.config, meta=meta)

    engine = Engine.from_checkpoint(run_dir / "sft", max_batch_size=1)
    ids = engine.tokenizer.render_chat([{"role": "user", "content": "hello"}], add_generation_prompt=True).ids
    reply = chat_reply(engine, [{"role": "user", "content": "hello"}], SamplingParams(max_new_tokens=8, temperature=0, ignore_eos=True))
    sequence = list(ids)
    with torch.inference_mode():
        for _ in range(8):
            sequence.append(int(model(torch.tensor([sequence]))[0, -1, : engine.tokenizer.vocab_size].argmax()))
    assert reply.token_ids == sequence[len(ids) :]
    base = Engine.from_checkpoint(run_dir / "checkpoints", max_batch_size=1)
    base_reply = chat_reply(base, [{"role": "user", "content": "hello"}], SamplingParams(max_new_tokens=8, temperature=0, ignore_eos=True))
    assert base_reply.token_ids != reply.token_ids  # the adapter really changes the model
