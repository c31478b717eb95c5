"""The trainable classifier on real TweetEval posts: `roost moderation train|eval` with held-out metrics, files that
are safetensors + JSON only, scores from the model inside a policy, and clear errors for bad labeled files.

The full-data bar (macro-F1 >= 0.70 on TweetEval `offensive` val) is measured by bench/moderation.py; here a
2,000-post subset keeps the test fast and must still clear 0.64.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json

import numpy as np
import pytest
from corpora import CORPORA, demo_posts, have_corpora, needs_corpora
from safetensors.numpy import load_file

from roost.cli import main
from roost.errors import RoostError
from roost.moderation.classifier import LabeledText, load_classifier, split_holdout
from roost.moderation.labeled import LabelFields, read_labeled
from roost.moderation.policy import load_policy

OFFENSIVE = CORPORA / "tweeteval" / "offensive"
TRAIN_POSTS = 2000


def _lines(name: str, limit: int | None = None) -> list[str]:
    if have_corpora():
        return (OFFENSIVE / name).read_text(encoding="utf-8").splitlines()[:limit]
    # without the corpora: the demo's posts, labelled by whether they address someone (the tests that measure what
    # the classifier learnt skip; the others need a classifier, not a good one)
    posts = [post.replace("\n", " ") for post in demo_posts()]
    posts = posts[:300] if name.startswith("train") else posts[300:]
    return (posts if name.endswith("_text.txt") else [str(int(post.startswith("@"))) for post in posts])[:limit]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A classifier trained through the CLI on 2,000 real posts given as CSV, held out on val given as JSONL."""
    root = tmp_path_factory.mktemp("moderation")
    train_csv = root / "train.csv"
    with train_csv.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["tweet", "label"])
        names = {"0": "clean", "1": "offensive"}
        for text, label in zip(_lines("train_text.txt", TRAIN_POSTS), _lines("train_labels.txt", TRAIN_POSTS)):
            writer.writerow([text, names[label]])
    val_jsonl = root / "val.jsonl"
    val_jsonl.write_text(
        "".join(json.dumps({"tweet": t, "label": names[y]}) + "\n" for t, y in zip(_lines("val_text.txt"), _lines("val_labels.txt"))),
        encoding="utf-8",
    )
    out = root / "offensive-model"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        status = main(["moderation", "train", str(train_csv), "--category", "harassment", "--out", str(out),
                       "--text-field", "tweet", "--positive", "offensive", "--val", str(val_jsonl), "--json"])
    assert status == 0
    return root, out, json.loads(printed.getvalue()), val_jsonl


@needs_corpora
def test_train_reports_heldout_metrics_and_writes_safetensors_and_json(trained):
    _root, out, report, _ = trained
    assert report["train_examples"] == TRAIN_POSTS and report["heldout_source"].endswith("val.jsonl")
    heldout = report["heldout"]
    assert heldout["examples"] == 1324 and heldout["positives"] == 459
    assert heldout["macro_f1"] >= 0.64
    assert heldout["macro_f1"] == pytest.approx((heldout["f1"] + heldout["negative_f1"]) / 2)
    assert sorted(p.name for p in out.iterdir()) == ["classifier.json", "classifier.safetensors"]
    tensors = load_file(str(out / "classifier.safetensors"))
    header = json.loads((out / "classifier.json").read_text(encoding="utf-8"))
    assert header["category"] == "harassment" and len(header["vocabulary"]) == len(tensors["weight"]) == report["features"]


@needs_corpora
def test_eval_scores_another_file_the_same_way(trained, capsys):
    _root, out, _, val_jsonl = trained
    assert main(["moderation", "eval", str(out), str(OFFENSIVE / "val_text.txt"), "--json"]) == 0
    on_txt = json.loads(capsys.readouterr().out)
    assert main(["moderation", "eval", str(out), str(val_jsonl), "--text-field", "tweet", "--positive", "offensive", "--json"]) == 0
    on_jsonl = json.loads(capsys.readouterr().out)
    assert on_txt["metrics"] == on_jsonl["metrics"] and on_txt["metrics"]["macro_f1"] >= 0.64
    assert main(["moderation", "eval", str(out), str(OFFENSIVE / "val_text.txt"), "--threshold", "0.9"]) == 0
    strict = capsys.readouterr().out
    assert "threshold 0.9" in strict and "macro-F1" in strict


@needs_corpora
def test_scores_come_from_the_model_and_drive_a_policy(trained, tmp_path, capsys):
    _root, out, _, _ = trained
    model = load_classifier(out)
    texts = ["@user you are a disgusting pathetic clown, shut your mouth", "@user thank you so much, lovely photo of the lake"]
    scores = model.score(texts)
    assert 0.0 < scores[1] < 0.5 < scores[0] < 1.0
    policy_dir = tmp_path / "policies"
    policy_dir.mkdir()
    (policy_dir / "p.toml").write_text(
        f'[categories.harassment]\naction = "flag"\n[[categories.harassment.detectors]]\nname = "model"\n'
        f'classifier = "{out}"\nthreshold = 0.5\n',
        encoding="utf-8",
    )
    policy = load_policy(policy_dir / "p.toml")
    rude, kind = (policy.check(text) for text in texts)
    assert rude.action == "flag" and rude.hits[0].rule == "harassment:model"
    assert rude.category_scores["harassment"] == pytest.approx(scores[0], abs=1e-5)
    assert rude.hits[0].reason == f"classifier score {scores[0]:.3f} >= threshold 0.5"
    assert kind.action == "allow" and kind.category_scores["harassment"] == pytest.approx(scores[1], abs=1e-5)
    assert main(["policy", "check", texts[1], "--policy", str(policy_dir / "p.toml")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "no rule fires", f"classifier scores: harassment {scores[1]:.3f}", "verdict: allow"]


def test_classifier_path_is_relative_to_the_policy_file(trained, tmp_path):
    root, out, _, _ = trained
    (root / "policy.toml").write_text(
        f'[categories.hate]\naction = "block"\n[[categories.hate.detectors]]\nclassifier = "{out.name}"\nthreshold = 0.99\n',
        encoding="utf-8",
    )
    policy = load_policy(root / "policy.toml")
    assert policy.categories["hate"].detectors[0].threshold == 0.99


def test_bad_labeled_files_name_the_file_and_line(tmp_path):
    bad_label = tmp_path / "bad.jsonl"
    bad_label.write_text('{"text": "fine", "label": 0}\n{"text": "hmm", "label": "maybe"}\n', encoding="utf-8")
    with pytest.raises(RoostError, match=r"bad.jsonl:2: label 'maybe' is not 0/1"):
        read_labeled(bad_label)
    no_column = tmp_path / "posts.csv"
    no_column.write_text("body,label\nhello,1\n", encoding="utf-8")
    with pytest.raises(RoostError, match=r"posts.csv:1: no column 'text' \(columns: body, label\)"):
        read_labeled(no_column)
    assert read_labeled(no_column, LabelFields(text="body")).texts == ["hello"]
    (tmp_path / "x_text.txt").write_text("a\nb\nc\n", encoding="utf-8")
    (tmp_path / "x_labels.txt").write_text("0\n1\n", encoding="utf-8")
    with pytest.raises(RoostError, match="2 labels for 3 texts"):
        read_labeled(tmp_path / "x_text.txt")
    one_class = tmp_path / "one.jsonl"
    one_class.write_text("".join(json.dumps({"text": f"post {i}", "label": 1}) + "\n" for i in range(5)))
    out = tmp_path / "m"
    assert main(["moderation", "train", str(one_class), "--category", "hate", "--out", str(out), "--val-fraction", "0.2"]) == 1
    assert not out.exists()


def test_holdout_split_is_stratified_and_disjoint():
    data = LabeledText([f"t{i}" for i in range(100)], np.array([1] * 20 + [0] * 80))
    train, held = split_holdout(data, 0.1, seed=3)
    assert (len(train), len(held), int(held.labels.sum())) == (90, 10, 2)
    assert not set(train.texts) & set(held.texts)


def test_damaged_classifier_folders_are_refused(trained, tmp_path):
    _, out, _, _ = trained
    with pytest.raises(RoostError, match="not a classifier folder"):
        load_classifier(tmp_path)
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "classifier.safetensors").write_bytes((out / "classifier.safetensors").read_bytes())
    header = json.loads((out / "classifier.json").read_text(encoding="utf-8"))
    header["vocabulary"] = header["vocabulary"][:-1]
    (damaged / "classifier.json").write_text(json.dumps(header), encoding="utf-8")
    with pytest.raises(RoostError, match="vocabulary and weights disagree"):
        load_classifier(damaged)
    del header["threshold"]
    (damaged / "classifier.json").write_text(json.dumps(header), encoding="utf-8")
    with pytest.raises(RoostError, match="damaged classifier"):
        load_classifier(damaged)
    (damaged / "classifier.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(RoostError, match="unreadable classifier"):
        load_classifier(damaged)
