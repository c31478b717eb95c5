"""Stage caching of `roost speedrun`: fingerprints, skipping, reruns on changed inputs or config, interruption."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from roost.config import load_config
from roost.data.ingest import IngestStats
from roost.demo import demo_sources
from roost.records import read_stage_log
from roost.run import open_run
from roost.speedrun import STAGE_NAMES, STAGES, Stage, run_stages

INGEST = next(stage for stage in STAGES if stage.name == "ingest")


@pytest.fixture
def demo_copy(tmp_path: Path) -> list[str]:
    """The demo archives copied, so a test can touch their files."""
    copies = []
    for source in demo_sources():
        target = tmp_path / "sources" / Path(source).name
        shutil.copytree(source, target)
        copies.append(str(target))
    return copies


def test_a_done_stage_is_skipped_and_reruns_when_its_inputs_change(tmp_path, demo_copy):
    run, config = open_run(tmp_path / "run"), load_config("tiny")
    first = run_stages(run, config, demo_copy, [INGEST])
    assert first.ran == ["ingest"]
    log = read_stage_log(run)
    assert log.result("ingest", IngestStats).kept >= 400
    assert log.stages["ingest"].throughput.endswith("posts/s")
    assert log.pending == {}

    again = run_stages(run, config, demo_copy, [INGEST])
    assert again.ran == [] and again.skipped == ["ingest"]

    tweets = Path(demo_copy[1]) / "data" / "tweets.js"
    stat = tweets.stat()
    os.utime(tweets, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert run_stages(run, config, demo_copy, [INGEST]).ran == ["ingest"]
    assert read_stage_log(run).fingerprint("ingest") != log.fingerprint("ingest")

    assert run_stages(run, config, demo_copy[:1], [INGEST]).ran == ["ingest"]  # a different set of sources


def test_a_config_change_reruns_the_stage_and_a_missing_output_too(tmp_path, demo_copy):
    run, config = open_run(tmp_path / "run"), load_config("tiny")
    run_stages(run, config, demo_copy, [INGEST])
    kept = read_stage_log(run).result("ingest", IngestStats).kept
    unrelated = load_config("tiny", overrides=["train.lr=1e-3"])
    assert run_stages(run, unrelated, demo_copy, [INGEST]).skipped == ["ingest"]
    changed = load_config("tiny", overrides=["ingest.include_deleted=true"])
    assert run_stages(run, changed, demo_copy, [INGEST]).ran == ["ingest"]
    assert read_stage_log(run).result("ingest", IngestStats).kept == kept + 3  # the 3 deleted posts now ingested too
    run.posts.unlink()
    assert run_stages(run, changed, demo_copy, [INGEST]).ran == ["ingest"]
    assert run.posts.exists()


def test_an_upstream_rerun_invalidates_downstream_and_an_interrupt_records_nothing(tmp_path, demo_copy):
    run, config = open_run(tmp_path / "run"), load_config("tiny")
    count_file = tmp_path / "count.txt"

    def count_posts(run_, config_, ctx):
        import pyarrow.parquet as pq

        count_file.write_text(str(pq.read_metadata(run_.posts).num_rows))

    downstream = Stage("count", "counting", (), ("ingest",), lambda r, c: [count_file], count_posts)
    assert run_stages(run, config, demo_copy, [INGEST, downstream]).ran == ["ingest", "count"]
    assert run_stages(run, config, demo_copy, [INGEST, downstream]).ran == []
    changed = load_config("tiny", overrides=["ingest.include_deleted=true"])
    assert run_stages(run, changed, demo_copy, [INGEST, downstream]).ran == ["ingest", "count"]
    assert int(count_file.read_text()) == read_stage_log(run).result("ingest", IngestStats).kept

    def interrupted(run_, config_, ctx):
        raise KeyboardInterrupt

    stopping = Stage("count", "counting", (), ("ingest",), lambda r, c: [count_file], interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_stages(run, config, demo_copy, [INGEST, stopping])
    log = read_stage_log(run)
    assert log.pending == {"count": log.pending["count"]}  # started, never recorded as done
    assert json.loads(run.stages_file.read_text())["count"]["fingerprint"] != log.pending["count"]
    assert run_stages(run, config, demo_copy, [INGEST, downstream]).ran == ["count"]
    assert read_stage_log(run).pending == {}


def test_a_missing_source_is_a_clear_error(tmp_path):
    from roost.errors import RoostError

    run, config = open_run(tmp_path / "run"), load_config("tiny")
    with pytest.raises(RoostError, match="source not found"):
        run_stages(run, config, [str(tmp_path / "nope.zip")], [INGEST])


def test_a_glob_source_is_fingerprinted_by_the_files_it_matches(tmp_path, demo_copy):
    run, config = open_run(tmp_path / "run"), load_config("tiny")
    pattern = str(Path(demo_copy[0]).parent / "*")
    assert run_stages(run, config, [pattern], [INGEST]).ran == ["ingest"]
    assert read_stage_log(run).result("ingest", IngestStats).kept >= 400
    assert run_stages(run, config, [pattern], [INGEST]).skipped == ["ingest"]


def test_no_conversations_means_no_chat_tuning_and_the_report_says_why(tmp_path):
    from roost.report import write_report

    run, config = open_run(tmp_path / "run"), load_config("tiny")
    run.conversations.parent.mkdir(parents=True)
    run.conversations.write_text("")  # one account's archive: no reply had its parent
    sft_stage = next(stage for stage in STAGES if stage.name == "sft")
    result = run_stages(run, config, [], [sft_stage])
    assert result.ran == ["sft"] and not (run.root / "sft").exists()
    assert read_stage_log(run).stages["sft"].not_run.startswith("no conversations")
    assert "SFT: _not run_: no conversations to tune on" in write_report(run, STAGE_NAMES).read_text()


def test_a_cut_short_training_stage_resumes_only_for_the_same_fingerprint(tmp_path):
    run = open_run(tmp_path / "run")
    calls: list[bool] = []

    def train(run_, config_, ctx):
        calls.append(ctx.resume)
        (run_.checkpoints_dir / "latest").parent.mkdir(parents=True, exist_ok=True)
        (run_.checkpoints_dir / "latest").write_text("step-2\n")
        run_.metrics.write_text('{"step": 2}\n')
        if len(calls) == 1:
            raise KeyboardInterrupt  # stopped after its first checkpoint

    stage = Stage(
        "pretrain", "pretraining", ("train",), (), lambda r, c: [r.checkpoints_dir / "latest"], train, resumable=True
    )
    config = load_config("tiny")
    with pytest.raises(KeyboardInterrupt):
        run_stages(run, config, [], [stage])
    assert run_stages(run, config, [], [stage]).ran == ["pretrain"]
    assert calls == [False, True]  # the second run continued from the checkpoint

    longer = load_config("tiny", overrides=["train.max_steps=5000"])
    stale = run.checkpoints_dir / "step-999"
    stale.mkdir()
    assert run_stages(run, longer, [], [stage]).ran == ["pretrain"]
    assert calls[-1] is False and not stale.exists()  # a new fingerprint starts fresh, old checkpoints cleared
