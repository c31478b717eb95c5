"""lm-eval adapter: a local multiple-choice task (YAML + JSONL under tests/data) runs end to end through
lm-eval's Python API with nothing downloaded, and its accuracy equals scoring the choices by hand; rolling
log-likelihood and generate_until agree with plain computations on roost's model."""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ["HF_DATASETS_OFFLINE"] = "1"  # datasets reads these at import: set them before lm-eval loads it
os.environ["HF_HUB_OFFLINE"] = "1"

import pytest
import torch
import torch.nn.functional as F
from lm_eval.api.instance import Instance
from test_export_hf import greedy, make_run

from roost.errors import RoostError
from roost.export.lmeval import RoostLM, run_tasks
from roost.tokenizer import load_tokenizer

TASK = Path(__file__).parent / "data" / "lmeval" / "roost_tweet_mc.yaml"
ITEMS = TASK.with_suffix(".jsonl")


@torch.no_grad()
def continuation_logprob(model, context: list[int], continuation: list[int]) -> float:
    logprobs = F.log_softmax(model(torch.tensor([(context + continuation)[:-1]]))[0], dim=-1)
    return sum(float(logprobs[len(context) - 1 + i, token]) for i, token in enumerate(continuation))


def test_local_multiple_choice_task_end_to_end(tmp_path, monkeypatch):
    run, model = make_run(tmp_path / "run", seed=3)
    monkeypatch.chdir(tmp_path)  # the task's data path must resolve against the YAML, not the working directory
    result = run_tasks(run, [str(TASK)])
    assert set(result.tasks) == {"roost_tweet_mc"} and result.samples == {"roost_tweet_mc": 6}

    tokenizer = load_tokenizer(run.tokenizer_dir)
    hits = []
    for line in ITEMS.read_text().splitlines():
        item = json.loads(line)
        context = [tokenizer.boundary_id, *tokenizer.encode(item["question"])]
        scores = []
        for choice in item["choices"]:
            whole = tokenizer.encode(item["question"] + " " + choice)  # lm-eval joins with a space
            scores.append(continuation_logprob(model, context, whole[len(context) - 1 :]))
        hits.append(max(range(len(scores)), key=scores.__getitem__) == item["label"])
    assert result.tasks["roost_tweet_mc"]["acc"] == pytest.approx(sum(hits) / len(hits))
    assert 0.0 <= result.tasks["roost_tweet_mc"]["acc_norm"] <= 1.0
    assert result.to_dict()["samples"] == {"roost_tweet_mc": 6}


def test_rolling_loglikelihood_and_generate_until(tmp_path):
    run, model = make_run(tmp_path / "run", seed=4)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    lm = RoostLM(model, tokenizer, batch_size=4)

    short = "@user sunshine and coffee, what a morning"
    long = " ".join(["the bus was late again and nobody was surprised at all"] * 12)
    long_ids = tokenizer.encode(long)
    assert len(long_ids) > 2 * model.config.max_seq_len  # forces several windows
    requests = [Instance("loglikelihood_rolling", {}, (text,), i) for i, text in enumerate([short, long])]
    got_short, got_long = lm.loglikelihood_rolling(requests)

    ids = tokenizer.encode(short)
    assert got_short == pytest.approx(continuation_logprob(model, [tokenizer.boundary_id], ids), abs=1e-3)
    # disjoint windows of max_seq_len predicted tokens; each is conditioned on as many tokens before it as still
    # fit in the context (one for a full window), the first on <|endoftext|>
    size, expected = model.config.max_seq_len, 0.0
    for start in range(0, len(long_ids), size):
        chunk = long_ids[start : start + size]
        context = long_ids[start - (size + 1 - len(chunk)) : start] if start else [tokenizer.boundary_id]
        expected += continuation_logprob(model, context, chunk)
    assert got_long == pytest.approx(expected, abs=1e-2)

    contexts = ["@user the weather today is", "Monday again,"]
    kwargs = {"until": ["\n\n"], "max_gen_toks": 10}
    requests = [Instance("generate_until", {}, (c, dict(kwargs)), i) for i, c in enumerate(contexts)]
    outputs = lm.generate_until(requests)
    for context, output in zip(contexts, outputs):
        prompt = [tokenizer.boundary_id, *tokenizer.encode(context)]
        reference = []
        for token in greedy(model, prompt, 10, tokenizer.vocab_size)[len(prompt):]:
            if token in (tokenizer.eos_id, tokenizer.boundary_id):
                break
            reference.append(token)
        assert output == tokenizer.decode(reference).split("\n\n")[0]


def test_bad_tasks_are_one_line_errors(tmp_path):
    run, _ = make_run(tmp_path / "run")
    with pytest.raises(RoostError, match="task file not found"):
        run_tasks(run, [str(tmp_path / "missing.yaml")])
    broken = tmp_path / "broken.yaml"
    broken.write_text("dataset_path: json\n")
    with pytest.raises(RoostError, match="needs a 'task' name"):
        run_tasks(run, [str(broken)])
    with pytest.raises(RoostError, match="no lm-eval tasks"):
        run_tasks(run, [])


def test_roost_eval_tasks_command(tmp_path, capsys):
    from roost.cli import main

    run, _ = make_run(tmp_path / "run", seed=3)
    assert main(["eval", "--run", str(run.root), "--tasks", str(TASK), "--limit", "3", "--json"]) == 0
    out = capsys.readouterr().out
    scores = json.loads(out[out.index("{") :])["tasks"]
    assert scores["samples"] == {"roost_tweet_mc": 3} and 0.0 <= scores["tasks"]["roost_tweet_mc"]["acc"] <= 1.0
