"""Checkpoints: atomic layout, latest pointer, pruning, tied weights, and corrupt files as clear errors."""

import pytest
import torch

from roost.checkpoint import find_checkpoint, load_model, save_checkpoint
from roost.config import ModelConfig
from roost.errors import RoostError
from roost.model import Transformer

CONFIG = ModelConfig(vocab_size=64, dim=16, n_layers=1, n_heads=2, n_kv_heads=1, ffn_dim=32, max_seq_len=16)


def test_save_load_prune_and_latest(tmp_path):
    model = Transformer(CONFIG)
    model.init_weights(seed=1)
    for step in (10, 20, 30):
        save_checkpoint(tmp_path, step, model.state_dict(), CONFIG, train_state={"step": step}, keep=2)
    assert sorted(p.name for p in tmp_path.glob("step-*")) == ["step-20", "step-30"]
    assert (tmp_path / "latest").read_text().strip() == "step-30"
    loaded, checkpoint = load_model(tmp_path)
    assert checkpoint.step == 30 and checkpoint.load_state()["step"] == 30
    tokens = torch.randint(0, 64, (1, 8))
    assert torch.equal(loaded(tokens), model(tokens))
    assert loaded.lm_head.weight is loaded.embed_tokens.weight


def test_corrupt_and_missing_checkpoints(tmp_path):
    with pytest.raises(RoostError, match="no checkpoint found"):
        find_checkpoint(tmp_path)
    path = save_checkpoint(tmp_path, 1, Transformer(CONFIG).state_dict(), CONFIG)
    (path / "model.safetensors").write_bytes(b"\x00garbage")
    with pytest.raises(RoostError, match="corrupt or unreadable checkpoint"):
        load_model(tmp_path)


def test_a_truncated_latest_checkpoint_falls_back_to_the_previous_intact_one(tmp_path, capsys):
    model = Transformer(CONFIG)
    model.init_weights(seed=2)
    save_checkpoint(tmp_path, 10, model.state_dict(), CONFIG, keep=3)
    later = Transformer(CONFIG)
    later.init_weights(seed=3)
    latest = save_checkpoint(tmp_path, 20, later.state_dict(), CONFIG, keep=3)
    weights = latest / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])  # a copy cut short
    loaded, checkpoint = load_model(tmp_path)
    assert checkpoint.step == 10
    tokens = torch.randint(0, 64, (1, 8))
    assert torch.equal(loaded(tokens), model(tokens))
    warning = capsys.readouterr().err
    assert "warning" in warning and "step-20" in warning and str(tmp_path / "step-10") in warning
    with pytest.raises(RoostError, match="corrupt or unreadable checkpoint"):
        find_checkpoint(latest)  # a step folder named directly is never swapped for another
    (tmp_path / "step-10" / "model.json").write_text("{")
    with pytest.raises(RoostError, match="step-20"):
        find_checkpoint(tmp_path)  # nothing intact: the latest's own error
