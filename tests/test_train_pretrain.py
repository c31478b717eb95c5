"""roost pretrain on one process: data from text, metrics, exact resume, Muon/WSD, time budget, bad input, SIGKILL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
import torch
from safetensors.torch import load_file
from train_helpers import (
    TINY,
    copy_data,
    prepared_run,
    read_metrics,
    rewind,
    write_posts,
)

from roost.checkpoint import find_checkpoint, load_model, save_checkpoint
from roost.cli import main
from roost.config import TrainConfig
from roost.run import Run
from roost.tokenizer import load_tokenizer
from roost.train.budget import SAFETY, steps_for_budget


@pytest.fixture(scope="module")
def data_run(tmp_path_factory) -> Run:
    root = tmp_path_factory.mktemp("train")
    return prepared_run(root / "data", write_posts(root / "posts.txt"))


def pretrain(run: Run, *overrides: str, resume: bool = False) -> int:
    argv = ["pretrain", "--run", str(run.root)] + [arg for item in overrides for arg in ("--set", item)]
    return main(argv + (["--resume"] if resume else []))


def test_pretrain_from_text_builds_tokenizer_shards_metrics_and_checkpoints(tmp_path):
    text = write_posts(tmp_path / "posts.txt", count=800)
    run = Run(tmp_path / "fresh")
    sets = [arg for item in [*TINY, f'train.data=["{text}"]'] for arg in ("--set", item)]
    assert main(["pretrain", "--run", str(run.root), "--preset", "tiny", *sets]) == 0

    tokenizer = load_tokenizer(run.tokenizer_file)
    assert json.loads((run.tokens_dir / "index.json").read_text())["splits"]["val"]
    assert run.load_config().model.vocab_size == tokenizer.vocab_size  # the model's vocabulary is the tokenizer's
    records = [json.loads(line) for line in run.metrics.read_text().splitlines()]
    steps = [r for r in records if "loss" in r]
    evals = [r for r in records if "val_loss" in r]
    assert [r["step"] for r in steps] == list(range(1, 9))
    assert {"step", "loss", "lr", "tokens", "tokens_per_s", "elapsed"} <= set(steps[0])
    assert [r["step"] for r in evals] == [4, 8]
    assert all(0 < r["val_bpb"] < 20 for r in evals)
    assert steps[-1]["loss"] < steps[0]["loss"]
    assert steps[-1]["tokens"] == 8 * 8 * 32
    assert sorted(p.name for p in run.checkpoints_dir.glob("step-*")) == ["step-4", "step-8"]
    model, checkpoint = load_model(run.root)
    assert checkpoint.step == 8 and model.config.vocab_size == tokenizer.vocab_size


@pytest.mark.parametrize(
    "setting",
    [
        ["train.optimizer=adamw", "train.schedule=cosine"],
        ["train.optimizer=muon", "train.schedule=wsd", "train.grad_accum=2", "train.decay_fraction=0.5"],
    ],
    ids=["adamw-cosine", "muon-wsd-accum"],
)
def test_resume_continues_exactly_like_an_uninterrupted_run(data_run, tmp_path, setting):
    whole = copy_data(data_run, tmp_path / "whole")
    assert pretrain(whole, *setting) == 0
    resumed = copy_data(data_run, tmp_path / "resumed")
    assert pretrain(resumed, *setting) == 0
    rewind(resumed, 4)
    assert pretrain(resumed, *setting, resume=True) == 0

    whole_train, whole_val = read_metrics(whole)
    resumed_train, resumed_val = read_metrics(resumed)
    assert list(resumed_train) == list(range(1, 9))  # the metrics file reads as one run, records past step 4 replaced
    assert resumed_train == whole_train  # bit-for-bit: same data, optimizer state, schedule and RNG
    assert resumed_val == whole_val
    a = load_file(whole.checkpoints_dir / "step-8" / "model.safetensors")
    b = load_file(resumed.checkpoints_dir / "step-8" / "model.safetensors")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    if "train.optimizer=muon" in setting:
        state = find_checkpoint(resumed.root).load_state()
        assert set(state["optimizers"]) == {"adamw", "muon"}


def test_compiled_training_follows_eager_training(data_run, tmp_path):
    """train.compile (on in the tiny preset) trains the same model: losses agree step by step, to float rounding."""
    eager = copy_data(data_run, tmp_path / "eager")
    assert pretrain(eager, "train.compile=false", "train.max_steps=4", "train.eval_every=4") == 0
    compiled = copy_data(data_run, tmp_path / "compiled")
    assert pretrain(compiled, "train.compile=true", "train.max_steps=4", "train.eval_every=4") == 0
    eager_train, eager_val = read_metrics(eager)
    compiled_train, compiled_val = read_metrics(compiled)
    assert list(compiled_train) == [1, 2, 3, 4]
    assert compiled_train == pytest.approx(eager_train, rel=1e-3)
    assert compiled_val == pytest.approx(eager_val, rel=1e-3)


def test_time_budget_sizes_the_schedule_to_end_decayed(data_run, tmp_path):
    run = copy_data(data_run, tmp_path / "budget")
    assert (
        pretrain(
            run,
            "train.time_budget_minutes=0.2",
            "train.max_steps=1000000",
            "train.eval_every=1000",
            "train.checkpoint_every=1000000",
            "train.min_lr_ratio=0.1",
        )
        == 0
    )
    records = [json.loads(line) for line in run.metrics.read_text().splitlines() if '"lr"' in line]
    last = records[-1]
    assert 10 < last["step"] < 1_000_000  # sized from the 10 timed steps, not from train.max_steps
    assert last["lr"] == pytest.approx(1e-2 * 0.1)  # the last update ran at the decayed rate
    state = find_checkpoint(run.root).load_state()
    assert state["max_steps"] == last["step"] == find_checkpoint(run.root).step


def test_budget_planning_counts_validation_and_always_leaves_a_decay_step():
    config = TrainConfig(eval_batches=30, eval_every=100, grad_accum=1)
    # 0.1 s steps, validation 30 x 0.1 / 3 = 1 s every 100 steps (0.01 s per step) and once at the end.
    assert steps_for_budget(100.0, 0.1, config) == int((100 * SAFETY - 1.0) / 0.11)
    # A pace measured over steps that included validations is not charged for them twice.
    assert steps_for_budget(100.0, 0.11, config, evals_included=True) == int((100 * SAFETY - 1.1) / 0.11)
    assert steps_for_budget(-5.0, 0.1, config) == 1  # budget already spent: one last step at the final rate


def _cli_error(capsys, run: Run, *overrides: str, resume: bool = False) -> str:
    assert pretrain(run, *overrides, resume=resume) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("roost pretrain: error: ") and "\n" not in err and "Traceback" not in err
    return err


def test_bad_input_is_one_line_and_exit_1(data_run, tmp_path, capsys):
    def fresh(name: str) -> Run:
        return copy_data(data_run, tmp_path / name)

    assert "text file not found" in _cli_error(capsys, Run(tmp_path / "a"), 'train.data=["/no/such/posts.txt"]')
    assert "no token shards" in _cli_error(capsys, Run(tmp_path / "b"))
    assert "did you mean 'train.lr'" in _cli_error(capsys, Run(tmp_path / "c"), "train.lrr=1e-3")
    assert "train.lr" in _cli_error(capsys, Run(tmp_path / "d"), "train.lr=-1")
    assert "train.batch_size" in _cli_error(capsys, Run(tmp_path / "e"), "train.batch_size=0")
    assert "exceeds model.max_seq_len" in _cli_error(capsys, fresh("f"), "train.seq_len=128")
    assert "no checkpoint" in _cli_error(capsys, fresh("g"), resume=True)
    assert "fewer than one global batch" in _cli_error(capsys, fresh("h"), "train.batch_size=100000")


@pytest.fixture(scope="module")
def trained_run(data_run, tmp_path_factory) -> Run:
    run = copy_data(data_run, tmp_path_factory.mktemp("trained") / "run")
    assert pretrain(run, "train.max_steps=4") == 0
    return run


def test_weights_only_checkpoint_continues_pretraining(trained_run, tmp_path):
    """An imported model has weights but no training state: --resume continues from its weights, fresh optimizer."""
    model, checkpoint = load_model(trained_run.root)
    continued, fresh = copy_data(trained_run, tmp_path / "continued"), copy_data(trained_run, tmp_path / "fresh")
    save_checkpoint(continued.checkpoints_dir, 0, model.state_dict(), checkpoint.model_config)
    assert pretrain(continued, "train.max_steps=2", resume=True) == 0
    assert pretrain(fresh, "train.max_steps=2") == 0
    assert read_metrics(continued)[0][1] < read_metrics(fresh)[0][1]  # it starts from the trained weights
    assert find_checkpoint(continued.root).step == 2


def test_a_base_model_in_base_is_adapted_and_kept(trained_run, tmp_path):
    """`speedrun --base` imports into base/: pretraining starts from those weights and leaves them untouched."""
    model, checkpoint = load_model(trained_run.root)
    adapted, fresh = copy_data(trained_run, tmp_path / "adapted"), copy_data(trained_run, tmp_path / "fresh")
    save_checkpoint(adapted.base_dir, 0, model.state_dict(), checkpoint.model_config)
    before = load_file(find_checkpoint(adapted.base_dir).path / "model.safetensors")
    assert pretrain(adapted, "train.max_steps=2") == 0
    assert pretrain(fresh, "train.max_steps=2") == 0
    assert read_metrics(adapted)[0][1] < read_metrics(fresh)[0][1]  # it starts from the base's weights
    after = load_file(find_checkpoint(adapted.base_dir).path / "model.safetensors")
    assert find_checkpoint(adapted.root).step == 2 and all(torch.equal(before[k], after[k]) for k in before)


LORA = ("base.lora=true", "base.lora_rank=4", "train.lr=1e-2", "train.max_steps=8", "train.checkpoint_every=4")


def test_lora_adaptation_keeps_the_base_trains_projections_and_resumes_exactly(trained_run, tmp_path):
    """base.lora: checkpoints are the plain adapted model (projections moved, embedding the base's own), and a
    resumed run ends bit for bit where an uninterrupted one does."""
    model, checkpoint = load_model(trained_run.root)
    runs = [copy_data(trained_run, tmp_path / name) for name in ("whole", "resumed")]
    for run in runs:
        save_checkpoint(run.base_dir, 0, model.state_dict(), checkpoint.model_config)
        assert pretrain(run, *LORA) == 0
    rewind(runs[1], 4)
    assert pretrain(runs[1], *LORA, resume=True) == 0
    base = model.state_dict()
    whole, resumed = (load_file(find_checkpoint(run.root).path / "model.safetensors") for run in runs)
    assert whole.keys() == resumed.keys() and all(torch.equal(whole[k], resumed[k]) for k in whole)
    assert torch.equal(whole["embed_tokens.weight"], base["embed_tokens.weight"])
    assert not torch.equal(whole["layers.0.self_attn.q_proj.weight"], base["layers.0.self_attn.q_proj.weight"])
    assert load_model(runs[0].root)[0].config == checkpoint.model_config  # loads as a plain model
    adapters = find_checkpoint(runs[0].root).load_state()["lora"]
    assert adapters and all(".lora_" in name and name.startswith("layers.") for name in adapters)


@pytest.mark.parametrize("damage", ["model.safetensors", "state.pt"])
def test_corrupt_checkpoint_is_one_line_error(trained_run, tmp_path, capsys, damage):
    run = Run(tmp_path / "run")
    shutil.copytree(trained_run.root, run.root)
    target = run.checkpoints_dir / f"step-4/{damage}"
    target.write_bytes(target.read_bytes()[:100])
    capsys.readouterr()
    err = _cli_error(capsys, run, "train.max_steps=8", resume=True)
    assert "corrupt" in err


def test_a_latest_pointing_nowhere_resumes_from_the_newest_intact_checkpoint(trained_run, tmp_path):
    run = Run(tmp_path / "run")
    shutil.copytree(trained_run.root, run.root)
    (run.checkpoints_dir / "latest").write_text("step-99\n")
    assert pretrain(run, "train.max_steps=8", resume=True) == 0
    assert find_checkpoint(run.root).step == 8
    assert sorted(read_metrics(run)[0]) == list(range(1, 9))  # steps 5-8 continue the saved 1-4


def test_sigkill_during_save_leaves_previous_checkpoint_loadable_and_resumable(data_run, tmp_path):
    # A wider model makes each save take long enough to be caught in the middle of one.
    shape = [
        "model.dim=128",
        "model.n_heads=4",
        "model.n_kv_heads=2",
        "model.ffn_dim=256",
        "model.n_layers=3",
        "train.checkpoint_every=1",
        "train.keep_checkpoints=3",
        "train.min_lr_ratio=1.0",
        "train.eval_every=1000",
    ]
    run = copy_data(data_run, tmp_path / "killed")
    sets = [arg for item in [*shape, "train.max_steps=10000"] for arg in ("--set", item)]
    process = subprocess.Popen(
        [sys.executable, "-m", "roost", "pretrain", "--run", str(run.root), *sets],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )
    caught = False
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            if (run.checkpoints_dir / "step-3").is_dir() and any(run.checkpoints_dir.glob(".step-*.tmp-*")):
                os.kill(process.pid, signal.SIGKILL)
                caught = True
                break
            time.sleep(0.001)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
    assert caught, "the trainer never started a save that could be interrupted"

    checkpoint = find_checkpoint(run.root)  # `latest` names a complete checkpoint
    load_model(run.root)  # the weights load
    assert checkpoint.load_state()["step"] == checkpoint.step >= 3
    step = checkpoint.step

    # Resuming after the kill matches a run that was never interrupted (the lr is flat after warmup,
    # so the reference may stop early without changing the schedule).
    assert pretrain(run, *shape, f"train.max_steps={step + 3}", resume=True) == 0
    reference = copy_data(data_run, tmp_path / "reference")
    assert pretrain(reference, *shape, f"train.max_steps={step + 3}", "train.checkpoint_every=1000") == 0
    resumed_train, _ = read_metrics(run)
    reference_train, _ = read_metrics(reference)
    assert [resumed_train[s] for s in range(step + 1, step + 4)] == [
        reference_train[s] for s in range(step + 1, step + 4)
    ]
    assert not list(run.checkpoints_dir.glob(".step-*.tmp-*"))  # the unfinished save was cleaned up
