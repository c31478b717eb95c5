"""The report card copes with whatever a run has: nothing at all, or only the data stages."""

from __future__ import annotations

import json

import pytest

from roost.config import load_config
from roost.demo import demo_sources
from roost.errors import RoostError
from roost.records import StageEntry, StageLog, dump, read_stage_log, write_stage_log
from roost.report import write_report
from roost.run import open_run
from roost.speedrun import STAGE_NAMES, STAGES, run_stages
from roost.tune.sft import SFTResult

SECTIONS = [
    "Data funnel",
    "Conversations",
    "Tokenizer",
    "Model card",
    "Pretraining",
    "Chat tuning (SFT)",
    "Evaluation",
    "Time per stage",
    "Hardware",
    "Resolved config",
]


def test_an_empty_run_reports_every_stage_as_not_run(tmp_path):
    run = open_run(tmp_path / "empty")
    text = write_report(run, STAGE_NAMES).read_text()
    for section in SECTIONS:
        assert f"## {section}" in text
    body = text.split("## Hardware")[0]
    assert body.count("_not run_") == 8  # every stage section and the stage table
    assert "torch" in text.split("## Hardware")[1]


def test_data_stages_give_a_reconciled_funnel_and_the_rest_says_not_run(tmp_path):
    run, config = open_run(tmp_path / "data-only"), load_config("tiny")
    run.save_config(config)
    data_stages = [stage for stage in STAGES if stage.name in ("ingest", "clean", "threads")]
    run_stages(run, config, demo_sources(), data_stages)
    text = write_report(run, STAGE_NAMES).read_text()

    stats = json.loads(run.clean_stats.read_text())
    funnel = text.split("## Data funnel")[1].split("## Conversations")[0]
    assert f"| read | {stats['read']} |" in funnel and f"| **kept** | **{stats['kept']}** |" in funnel
    assert "Every post is accounted for" in funnel
    for reason, count in stats["dropped"].items():
        if count:
            assert f"| dropped: {reason} | {count} |" in funnel
    assert f"{read_stage_log(run).stages['ingest'].result['read']}** records read" in funnel
    assert (run.plots_dir / "funnel.png").read_bytes()[:4] == b"\x89PNG"

    conversations = text.split("## Conversations")[1].split("## Tokenizer")[0]
    assert f"**{len(run.conversations.read_text().splitlines())}** conversations" in conversations
    assert "BPE tokenizer: _not run_" in text and "Pretraining: _not run_" in text
    table = text.split("## Time per stage")[1].split("## Hardware")[0]
    assert "| ingest | done |" in table and "| pretrain | not run |" in table
    assert f"[tokenizer]\nvocab_size = {config.tokenizer.vocab_size}" in text  # the resolved config, as saved


def test_a_record_missing_a_field_is_a_one_line_error_naming_the_file_and_field(tmp_path):
    """The report reads stages.json and eval.json as their producers' dataclasses: no guessed keys, no "?"."""
    run = open_run(tmp_path / "renamed")
    sft = dump(SFTResult(run.sft_dir, False, 3, 10, 2, 2.5, 2.0, 1.9, 640, 1.0, {"read": 12, "kept": 12}))
    del sft["trained_tokens"]  # as if a later roost had renamed the field
    entry = StageEntry("f" * 16, "done", "2026-01-01T00:00:00+00:00", 1.0, "640 tokens/s", sft)
    write_stage_log(run, StageLog(run.stages_file, {"sft": entry}))
    with pytest.raises(RoostError) as error:
        write_report(run, STAGE_NAMES)
    message = str(error.value)
    assert message.startswith(f"{run.stages_file}: field 'sft.result.trained_tokens' is missing") and "\n" not in message

    run.stages_file.unlink()
    run.eval_file.write_text(json.dumps({"conversations": None, "temperature": 0.7}))
    with pytest.raises(RoostError, match=r"eval\.json: field 'eval\.samples' is missing"):
        write_report(run, STAGE_NAMES)
