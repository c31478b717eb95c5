"""Learning-rate schedules and the optimizer split (Muon for hidden matrices, AdamW for the rest)."""

from __future__ import annotations

import itertools

import pytest
import torch

from roost.config import ModelConfig, TrainConfig
from roost.model import Transformer
from roost.train.optim import build_optimizers
from roost.train.schedule import Schedule


def test_cosine_warms_up_linearly_then_decays_to_the_floor():
    schedule = Schedule.from_config(TrainConfig(schedule="cosine", warmup_steps=10, min_lr_ratio=0.1), max_steps=111)
    lrs = [schedule.multiplier(step) for step in range(111)]
    assert lrs[:10] == pytest.approx([(i + 1) / 10 for i in range(10)])
    assert lrs[10] == pytest.approx(1.0)
    assert all(a >= b for a, b in itertools.pairwise(lrs[10:]))
    assert lrs[60] == pytest.approx(0.55)  # half way through the cosine: midway between 1 and the floor
    assert lrs[-1] == pytest.approx(0.1)


def test_wsd_holds_then_decays_linearly_over_its_fraction():
    schedule = Schedule.from_config(
        TrainConfig(schedule="wsd", warmup_steps=5, decay_fraction=0.2, min_lr_ratio=0.0), max_steps=100
    )
    lrs = [schedule.multiplier(step) for step in range(100)]
    assert lrs[4] == pytest.approx(1.0) and lrs[0] == pytest.approx(0.2)
    assert lrs[5:80] == pytest.approx([1.0] * 75)
    assert lrs[80] == pytest.approx(1 - 1 / 20)
    assert lrs[-1] == pytest.approx(0.0)


def test_schedules_survive_runs_shorter_than_their_warmup():
    for kind in ("cosine", "wsd"):  # warmup is capped at half the run
        schedule = Schedule.from_config(TrainConfig(schedule=kind, warmup_steps=50, min_lr_ratio=0.1), max_steps=3)
        lrs = [schedule.multiplier(step) for step in range(3)]
        assert all(0 < lr <= 1 for lr in lrs) and lrs[-1] == pytest.approx(0.1)


def test_muon_takes_the_hidden_matrices_and_adamw_the_rest():
    model = Transformer(ModelConfig(vocab_size=64, dim=16, n_layers=2, n_heads=2, n_kv_heads=1, ffn_dim=32))
    optimizers = build_optimizers(model, TrainConfig(optimizer="muon", lr=1e-3, muon_lr=0.02), torch.device("cpu"))
    groups = dict(optimizers)
    names = {id(p): n for n, p in model.named_parameters()}
    muon = {names[id(p)] for g in groups["muon"].param_groups for p in g["params"]}
    adamw_decay, adamw_plain = ({names[id(p)] for p in g["params"]} for g in groups["adamw"].param_groups)
    assert muon == {n for n, p in model.named_parameters() if p.dim() == 2 and n.startswith("layers.")}
    assert adamw_decay == {"embed_tokens.weight"}  # tied with lm_head: one tensor
    assert all(n.endswith("norm.weight") for n in adamw_plain)
    assert groups["adamw"].param_groups[1]["weight_decay"] == 0.0
    optimizers.set_lr_multiplier(0.5)
    assert groups["muon"].param_groups[0]["lr"] == pytest.approx(0.01)
    assert optimizers.lr == pytest.approx(5e-4)


def test_adamw_alone_covers_every_parameter_once():
    model = Transformer(
        ModelConfig(vocab_size=64, dim=16, n_layers=2, n_heads=2, n_kv_heads=1, ffn_dim=32, tie_embeddings=False)
    )
    optimizers = build_optimizers(model, TrainConfig(optimizer="adamw"), torch.device("cpu"))
    params = [p for _, opt in optimizers for g in opt.param_groups for p in g["params"]]
    assert len(params) == len({id(p) for p in params}) == len(list(model.parameters()))
    assert [name for name, _ in optimizers] == ["adamw"]
