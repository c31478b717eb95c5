"""Bits per byte: each post scored alone from its start, end marker included, long posts in windows."""

from __future__ import annotations

import json
import math

import pytest
import torch
import torch.nn.functional as F
from train_helpers import (
    copy_data,
    prepared_run,
    write_posts,
)

from roost.checkpoint import load_model
from roost.cli import main
from roost.run import Run
from roost.tokenizer import load_tokenizer
from roost.train.evaluate import evaluate_text, post_windows

# Short enough to fit one 32-token training window each with the 512-token test vocabulary.
POSTS = ["@user birds back 🐦", "", "short", "Ünïcödé ✓ bytes"]


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Run:
    root = tmp_path_factory.mktemp("eval")
    data = prepared_run(root / "data", write_posts(root / "posts.txt"))
    run = copy_data(data, root / "run")
    assert main(["pretrain", "--run", str(run.root), "--set", "train.max_steps=4"]) == 0
    return run


def manual_bits(run: Run, post: str) -> float:
    """Bits to predict a post's tokens and the end marker after a boundary, from one full forward pass."""
    tokenizer = load_tokenizer(run.tokenizer_file)
    model, _ = load_model(run.root)
    ids = [tokenizer.boundary_id, *tokenizer.encode(post), tokenizer.boundary_id]
    with torch.no_grad():
        logits = model(torch.tensor([ids[:-1]]))
    return F.cross_entropy(logits[0], torch.tensor(ids[1:]), reduction="sum").item() / math.log(2)


@pytest.mark.parametrize("length", [2, 3, 7, 16, 17, 40, 101])
@pytest.mark.parametrize("context", [4, 8, 16])
def test_windows_score_every_target_once_within_the_context(length, context):
    sequence = list(range(length))
    scored = []
    for piece in post_windows(sequence, context):
        assert 0 < len(piece.inputs) <= context and len(piece.inputs) == len(piece.targets)
        assert piece.targets == [t + 1 for t in piece.inputs]  # targets are the next tokens
        scored += piece.targets[piece.skip :]
        if piece.skip:
            assert piece.skip >= context // 2 - 1  # later windows keep about half a context of history
    assert scored == sequence[1:]


def test_bits_per_byte_matches_scoring_each_post_by_hand(trained, tmp_path):
    file = tmp_path / "posts.txt"
    file.write_text("\n".join(POSTS) + "\n", encoding="utf-8")
    result = evaluate_text(trained, [file])
    kept = [p for p in POSTS if p]
    nbytes = sum(len(p.encode("utf-8")) for p in kept)
    assert result.posts == 3 and result.bytes == nbytes  # empty lines are not posts
    tokenizer = load_tokenizer(trained.tokenizer_file)
    assert all(len(tokenizer.encode(p)) + 1 <= 32 for p in kept)
    expected = sum(manual_bits(trained, p) for p in kept) / nbytes
    assert result.bits_per_byte == pytest.approx(expected, rel=1e-5)
    tokenizer = load_tokenizer(trained.tokenizer_file)
    assert result.tokens == sum(len(tokenizer.encode(p)) + 1 for p in kept)


def test_posts_longer_than_the_context_are_scored_in_windows(trained, tmp_path):
    long_post = " ".join(["the lake was full of herons and a kingfisher"] * 30)
    file = tmp_path / "long.txt"
    file.write_text(long_post + "\n", encoding="utf-8")
    tokenizer = load_tokenizer(trained.tokenizer_file)
    n_tokens = len(tokenizer.encode(long_post)) + 1
    model, checkpoint = load_model(trained.root)
    context = checkpoint.meta["seq_len"]  # windows as long as the training sequences, not the model's maximum
    assert context == 32 < model.config.max_seq_len and n_tokens > 2 * context
    result = evaluate_text(trained, [file])
    assert result.tokens == n_tokens
    assert 0 < result.bits_per_byte < 20
    # Batched and padded scoring equals scoring each window alone.
    ids = [tokenizer.boundary_id, *tokenizer.encode(long_post), tokenizer.boundary_id]
    nats = 0.0
    with torch.no_grad():
        for piece in post_windows(ids, context):
            logits = model(torch.tensor([piece.inputs]))[0, piece.skip :]
            nats += F.cross_entropy(logits, torch.tensor(piece.targets[piece.skip :]), reduction="sum").item()
    assert result.bits_per_byte == pytest.approx(nats / math.log(2) / result.bytes, rel=1e-5)


def test_eval_cli_reports_json_and_one_line_errors(trained, tmp_path, capsys):
    file = tmp_path / "posts.txt"
    file.write_text("\n".join(POSTS) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["eval", "--run", str(trained.root), "--text", str(file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["text"]["bits_per_byte"] == pytest.approx(evaluate_text(trained, [file]).bits_per_byte)
    for argv, message in [
        (["--text", str(tmp_path / "missing.txt")], "text file not found"),
        ([], "nothing to evaluate"),
    ]:
        assert main(["eval", "--run", str(trained.root), *argv]) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("roost eval: error: ") and message in err and "\n" not in err
    untrained = Run(tmp_path / "untrained")
    untrained.root.mkdir()
    assert main(["eval", "--run", str(untrained.root), "--text", str(file)]) == 1
    assert "error:" in capsys.readouterr().err


def test_eval_cli_scores_conversations_with_the_pretrained_checkpoint(trained, tmp_path, capsys):
    file = tmp_path / "conversations.jsonl"
    messages = [{"role": "user", "content": "seen any herons?"}, {"role": "assistant", "content": "two, at dawn"}]
    file.write_text(json.dumps({"messages": messages}) + "\n", encoding="utf-8")
    capsys.readouterr()
    argv = [
        "eval",
        "--run",
        str(trained.root),
        "--conversations",
        str(file),
        "--checkpoint",
        str(trained.checkpoints_dir),
    ]
    assert main([*argv, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["conversations"]
    tokenizer = load_tokenizer(trained.tokenizer_file)
    assert report["tokens"] == len(tokenizer.encode("two, at dawn")) + 1  # assistant content and its <|end|>
    assert 0 < report["loss"] < 20
