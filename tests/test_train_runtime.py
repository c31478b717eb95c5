"""The training runtime pretraining, chat tuning and DPO share: the device, the precision rule, the time-budget
planner, and `parallelize` building the model on the meta device and initialising it on its own."""

from __future__ import annotations

import json

import pytest
import torch

from roost.checkpoint import save_checkpoint
from roost.config import ModelConfig, load_config
from roost.device import pick_device
from roost.errors import RoostError
from roost.model import Transformer
from roost.run import Run
from roost.tokenizer import train_tokenizer
from roost.train import distributed as D
from roost.train.budget import MEASURE_STEPS, WARMUP_STEPS
from roost.train.runtime import forward_loss, use_bf16
from roost.tune.sft import sft

SHAPE = ModelConfig(vocab_size=512, dim=32, n_layers=2, n_heads=2, n_kv_heads=1, ffn_dim=64, max_seq_len=64)
ANIMALS = ["heron", "wren", "kestrel", "plover", "finch", "owl", "swift", "lark"]


def tuning_run(root, overrides: list[str]) -> Run:
    """A run as pretraining leaves it (tokenizer, one checkpoint) with conversations to tune on."""
    run = Run(root)
    root.mkdir(parents=True)
    run.save_config(load_config("tiny", overrides=overrides))
    questions = [(f"Which bird did you see at {hour} o'clock?", f"A {bird}, near the water.")
                 for hour in range(1, 13) for bird in ANIMALS]
    train_tokenizer(iter([text for pair in questions for text in pair]), vocab_size=512).save(run.tokenizer_dir)
    model = Transformer(SHAPE)
    model.init_weights(0)
    save_checkpoint(run.checkpoints_dir, 10, model.state_dict(), SHAPE, meta={"stage": "pretrain"})
    run.conversations.parent.mkdir(parents=True)
    lines = [json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]})
             for q, a in questions]
    run.conversations.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return run


def test_a_model_built_on_the_meta_device_starts_where_an_eager_one_does():
    """parallelize materialises the meta model on its device and runs the model's own init: the same weights as a
    model built and initialised directly, the embedding still tied to the head, the RoPE tables computed."""
    config = load_config("tiny", overrides=["train.compile=false"]).train
    with torch.device("meta"):
        model = Transformer(SHAPE)
    info = D.DistInfo(rank=0, world_size=1, local_rank=0, device=torch.device("cpu"))
    built, loss_fn = D.parallelize(model, config, info, lambda m: m.init_weights(7), forward_loss)
    eager = Transformer(SHAPE)
    eager.init_weights(7)
    assert built.lm_head.weight is built.embed_tokens.weight
    for name, tensor in eager.state_dict().items():
        assert torch.equal(built.state_dict()[name], tensor), name
    assert torch.equal(built.rope_cos, eager.rope_cos) and torch.equal(built.rope_sin, eager.rope_sin)
    tokens = torch.randint(0, SHAPE.vocab_size, (2, 9))
    assert torch.equal(loss_fn(built, tokens[:, :-1], tokens[:, 1:]), forward_loss(eager, tokens[:, :-1], tokens[:, 1:]))


def test_one_precision_rule_bf16_on_cuda_only():
    cpu = torch.device("cpu")
    assert not use_bf16(cpu, "auto") and not use_bf16(cpu, "fp32")
    with pytest.raises(RoostError, match="train.precision = 'bf16' needs a CUDA device"):
        use_bf16(cpu, "bf16")
    assert use_bf16(torch.device("cuda", 0), "auto") and not use_bf16(torch.device("cuda", 0), "fp32")


def test_chat_tuning_refuses_bf16_on_the_cpu_as_pretraining_does(tmp_path):
    run = tuning_run(tmp_path / "r", ["train.device=cpu", "train.precision=bf16", "sft.max_steps=2"])
    with pytest.raises(RoostError, match="train.precision = 'bf16' needs a CUDA device"):
        sft(run, run.load_config())
    assert not run.sft_dir.exists()


@pytest.mark.skipif(torch.cuda.is_available(), reason="asks for CUDA on a machine without it")
def test_asking_for_cuda_without_it_names_the_setting():
    assert pick_device("auto") == torch.device("cpu")
    with pytest.raises(RoostError, match="serve.device = 'cuda' but no CUDA device is available"):
        pick_device("cuda", "serve.device")


def test_chat_tuning_sizes_its_steps_with_the_shared_budget_planner(tmp_path):
    """A budget already spent when the planner first measures leaves exactly one more step, at the final rate."""
    settings = ["train.device=cpu", "sft.max_steps=200", "sft.time_budget_minutes=0.0001", "sft.batch_size=4",
                "sft.eval_every=1000", "sft.checkpoint_every=1000"]
    run = tuning_run(tmp_path / "r", settings)
    result = sft(run, run.load_config())
    assert result.steps == WARMUP_STEPS + MEASURE_STEPS + 1
    assert result.checkpoint.name == f"step-{result.steps}"
