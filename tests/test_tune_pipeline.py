"""`roost sft` (full and LoRA), `--merge`, `--resume`, `evaluate_conversations` and `roost dpo` on a real run folder:
a tokenizer and a tiny model checkpoint, and conversations from the twitter-dialogue reply threads."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import pytest
import torch
from corpora import dialogue_text, have_corpora

from roost.chat_model import chat_model_path
from roost.checkpoint import find_checkpoint, load_model, save_checkpoint
from roost.cli import main
from roost.config import ModelConfig, load_config
from roost.errors import RoostError
from roost.model import Transformer
from roost.run import Run
from roost.tokenizer import load_tokenizer, train_tokenizer
from roost.tune.dpo import dpo
from roost.tune.sft import evaluate_conversations, merge, sft

THREADS = 240 if have_corpora() else 80  # conversations to tune on; the next 40 (or what is left) are held out
SETTINGS = [
    "sft.batch_size=8", "sft.max_steps=24", "sft.lr=3e-3", "sft.warmup_steps=4", "sft.eval_every=12",
    "sft.checkpoint_every=12", "sft.val_fraction=0.15", "sft.lora_rank=8", "sft.lora_alpha=16", "train.log_every=4",
    "dpo.batch_size=4", "dpo.max_steps=16", "dpo.checkpoint_every=8", "dpo.lr=2e-3", "dpo.beta=0.5",
]


def reply_threads(limit: int) -> list[list[str]]:
    """The twitter-dialogue corpus's short conversations (blank-line separated; short enough for the tiny model's
    context), or without the corpora the demo's reply chains."""
    threads = [c.strip().splitlines() for c in re.split(r"\n\s*\n\s*\n\s*\n", dialogue_text())]
    return [t for t in threads if len(t) >= 2 and sum(map(len, t)) <= 160][:limit]


def as_messages(turns: list[str]) -> list[dict]:
    return [{"role": "assistant" if (len(turns) - i) % 2 else "user", "content": t} for i, t in enumerate(turns)]


def write_conversations(path: Path, threads: list[list[str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"messages": as_messages(t)}) + "\n" for t in threads), encoding="utf-8")
    return path


def make_run(root: Path, overrides: list[str] = ()) -> Run:
    """A run folder as `roost pretrain` leaves it: config, tokenizer, one (randomly initialised) checkpoint."""
    run = Run(root)
    root.mkdir(parents=True)
    config = load_config("tiny", overrides=[*SETTINGS, *overrides])
    run.save_config(config)
    text = dialogue_text().splitlines()
    train_tokenizer(iter(text), vocab_size=512).save(run.tokenizer_dir)
    model_config = ModelConfig(
        vocab_size=512, dim=48, n_layers=2, n_heads=4, n_kv_heads=2, ffn_dim=128, max_seq_len=128
    )
    model = Transformer(model_config)
    model.init_weights(0)
    save_checkpoint(run.checkpoints_dir, 100, model.state_dict(), model_config, meta={"stage": "pretrain"})
    write_conversations(run.conversations, reply_threads(THREADS))
    return run



@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Run:
    return make_run(tmp_path_factory.mktemp("tune") / "r")


def test_full_sft_lowers_held_out_loss_and_becomes_the_chat_model(run):
    config = run.load_config()
    result = sft(run, config)
    assert result.steps == 24 and not result.lora
    data = result.data
    assert data["read"] == THREADS and data["read"] == data["kept"] + sum(data["skipped"].values())
    assert result.val_conversations == round(result.data["kept"] * 0.15)
    assert result.val_loss < result.base_val_loss - 0.5
    assert chat_model_path(run) == run.root / "sft"
    _model, checkpoint = load_model(run.root / "sft")  # a plain checkpoint, as the engine loads it
    assert checkpoint.step == 24 and checkpoint.meta["base"] == "checkpoints/step-100"
    records = [json.loads(line) for line in (run.root / "sft" / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in records if "val_loss" in r] == [0, 12, 24]

    held_out = write_conversations(run.root / "heldout.jsonl", reply_threads(THREADS + 40)[THREADS:])
    base = evaluate_conversations(run, held_out, checkpoint=run.checkpoints_dir)
    tuned = evaluate_conversations(run, held_out)  # the run's chat model: the SFT one
    assert base.conversations == tuned.conversations > 0 and base.tokens == tuned.tokens > 0
    assert tuned.checkpoint == run.root / "sft" / "step-24"
    assert tuned.loss < base.loss


def test_lora_sft_saves_only_adapters_and_merge_makes_a_plain_checkpoint_with_the_same_loss(tmp_path):
    run = make_run(tmp_path / "r", ["sft.lora=true", "sft.lr=1e-2"])
    result = sft(run, run.load_config())
    assert result.lora and result.checkpoint.parent == run.root / "lora"
    assert result.val_loss < result.base_val_loss
    adapter = find_checkpoint(run.root / "lora")
    names = set(adapter.load_weights())
    assert names and all(".lora_A" in n or ".lora_B" in n for n in names - {"embed_tokens.token_delta"})
    assert {"embed_tokens.lora_A", "embed_tokens.token_delta"} <= names and adapter.meta["lora"]["token_ids"] == sorted(
        load_tokenizer(run.tokenizer_dir).hf.token_to_id(t) for t in ("<|system|>", "<|user|>", "<|assistant|>", "<|end|>")
    )
    assert chat_model_path(run) == run.root / "lora"  # the chat model: base plus adapter, merged when loaded

    held_out = write_conversations(run.root / "heldout.jsonl", reply_threads(THREADS + 40)[THREADS:])
    unmerged = evaluate_conversations(run, held_out, checkpoint=run.root / "lora")

    pairs = write_pairs(run.root / "pairs.jsonl", 4)
    preferred = dpo(run, load_config(base=run.load_config(), overrides=[f"dpo.data={json.dumps(str(pairs))}"]))
    assert preferred.started_from == adapter.path  # DPO tunes the LoRA chat model, merged into one plain model
    assert set(load_model(run.root / "dpo")[0].state_dict()) == set(load_model(run.checkpoints_dir)[0].state_dict())
    merged = merge(run)
    assert merged.layers == 2 * 7 + 1 and chat_model_path(run) == run.root / "sft"  # projections and the embedding
    model, _checkpoint = load_model(run.root / "sft")
    assert "lora" not in json.dumps(sorted(model.state_dict()))
    after = evaluate_conversations(run, held_out)
    assert math.isclose(after.loss, unmerged.loss, rel_tol=1e-5)
    assert after.loss < evaluate_conversations(run, held_out, checkpoint=run.checkpoints_dir).loss


@pytest.mark.parametrize("lora", [False, True], ids=["full", "lora"])
def test_resumed_sft_ends_where_an_uninterrupted_one_does(tmp_path, lora):
    straight = make_run(tmp_path / "straight", ["sft.lora=true"] if lora else [])
    sft(straight, straight.load_config())
    folder = "lora" if lora else "sft"
    # What a run killed between its checkpoints at steps 12 and 24 leaves behind: `latest` naming step-12.
    stopped = Run(tmp_path / "stopped")
    shutil.copytree(straight.root, stopped.root)
    shutil.rmtree(stopped.root / folder / "step-24")
    (stopped.root / folder / "latest").write_text("step-12\n")

    result = sft(stopped, stopped.load_config(), resume=True)
    assert result.steps == 24 and result.base_val_loss is not None
    want = find_checkpoint(straight.root / folder).load_weights()
    got = find_checkpoint(stopped.root / folder).load_weights()
    assert want.keys() == got.keys()
    for name in want:
        torch.testing.assert_close(got[name], want[name], atol=1e-6, rtol=1e-5)


def test_cli_reports_a_bad_line_by_number_and_skips_it_when_told(tmp_path, capsys):
    run = make_run(tmp_path / "r", ["sft.max_steps=2", "sft.eval_every=1"])
    lines = run.conversations.read_text().splitlines()
    lines[4] = json.dumps({"messages": [{"role": "user", "content": "anyone there?"}]})
    run.conversations.write_text("\n".join(lines) + "\n")

    assert main(["sft", "--run", str(run.root)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"roost sft: error: {run.conversations}:5: conversation has no assistant turn, so nothing to train on "
        "(set sft.on_error=skip to leave such lines out)"
    )
    assert main(["sft", "--run", str(run.root), "--set", "sft.on_error=skip"]) == 0
    out = capsys.readouterr().out
    assert f"{THREADS} read, {THREADS - 1} kept, skipped {{'no_assistant': 1}}" in out
    assert "held-out assistant-token loss" in out and "trained 2 steps" in out
    with pytest.raises(RoostError, match="no LoRA adapter"):
        merge(run)

    pairs = write_pairs(run.root / "pairs.jsonl", 4)
    assert main(["dpo", "--run", str(run.root), "--set", "dpo.max_steps=2"]) == 1
    assert capsys.readouterr().err.strip() == (
        "roost dpo: error: dpo.data is not set: give a preference-pairs JSONL file with --set dpo.data=PATH"
    )
    data = f"dpo.data={json.dumps(str(pairs))}"
    assert main(["dpo", "--run", str(run.root), "--set", data, "--set", "dpo.max_steps=2"]) == 0
    assert "pairs: 4 read, 4 kept" in capsys.readouterr().out
    dpo_model = find_checkpoint(chat_model_path(run))
    assert dpo_model.meta["started_from"] == str(run.root / "sft" / "step-2")  # DPO starts from the SFT model


def write_pairs(path: Path, count: int) -> Path:
    """Preference pairs from reply threads: the real reply is chosen over a dismissive one."""
    rows = []
    for turns in reply_threads(count):
        messages = as_messages(turns)
        rows.append({"messages": messages[:-1], "chosen": messages[-1]["content"], "rejected": "lol no"})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_dpo_loss_falls_and_the_margin_grows(tmp_path):
    run = make_run(tmp_path / "r")
    pairs = write_pairs(run.root / "pairs.jsonl", 8)
    config = load_config(base=run.load_config(), overrides=[f"dpo.data={json.dumps(str(pairs))}"])
    result = dpo(run, config)
    assert result.pairs == 8 and result.started_from == run.root / "checkpoints" / "step-100"
    assert math.isclose(result.initial.loss, math.log(2), rel_tol=1e-4) and abs(result.initial.reward_margin) < 1e-4
    assert result.final.loss < result.initial.loss - 0.2
    assert result.final.reward_margin > 0.5 and result.final.reward_accuracy == 1.0
    logged = [json.loads(line)["loss"] for line in (run.root / "dpo" / "metrics.jsonl").read_text().splitlines()]
    assert logged[-1] < logged[0]
    assert chat_model_path(run) == run.root / "dpo"
    load_model(run.root / "dpo")


def test_resumed_dpo_ends_where_an_uninterrupted_one_does(tmp_path, capsys):
    straight = make_run(tmp_path / "straight")
    pairs = write_pairs(straight.root / "pairs.jsonl", 8)
    overrides = ["--set", f"dpo.data={json.dumps(str(pairs))}"]
    assert main(["dpo", "--run", "straight", "--runs-dir", str(tmp_path), *overrides]) == 0
    # What a run killed between its checkpoints at steps 8 and 16 leaves behind: `latest` naming step-8.
    stopped = Run(tmp_path / "stopped")
    shutil.copytree(straight.root, stopped.root)
    shutil.rmtree(stopped.root / "dpo" / "step-16")
    (stopped.root / "dpo" / "latest").write_text("step-8\n")
    stopped.chat_pointer.unlink()  # an interrupted DPO has not made itself the chat model yet
    assert main(["dpo", "--resume", "--run", "stopped", "--runs-dir", str(tmp_path), *overrides]) == 0
    assert "DPO loss 0.6931 -> " in capsys.readouterr().out  # the starting loss came back from the checkpoint
    want = find_checkpoint(straight.root / "dpo").load_weights()
    got = find_checkpoint(stopped.root / "dpo").load_weights()
    for name in want:
        torch.testing.assert_close(got[name], want[name], atol=1e-6, rtol=1e-5)
    steps = [json.loads(line)["step"] for line in (stopped.root / "dpo" / "metrics.jsonl").read_text().splitlines()]
    assert steps == sorted(set(steps)) and steps[-1] == 16  # steps 9..16 logged once, after 1..8
    assert chat_model_path(stopped) == stopped.root / "dpo"

    # pairs that are not the ones the checkpoint trained on: refused, naming the checkpoint
    write_pairs(pairs, 6)
    (stopped.root / "dpo" / "latest").write_text("step-8\n")
    assert main(["dpo", "--resume", "--run", "stopped", "--runs-dir", str(tmp_path), *overrides]) == 1
    err = capsys.readouterr().err
    assert "step-8: checkpoint does not fit this DPO run: it was trained on 8 preference pairs" in err
