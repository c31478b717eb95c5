"""Two real processes on gloo under torchrun: DDP and FSDP2 match one process with the same global batch, and
their checkpoints resume in one process.

Tolerance: 1e-5 absolute on the loss. The two runs see identical data and start from identical weights; they
differ only in the order floating-point sums are taken (gradients all-reduced across processes, sharded
optimizer updates), which moves a loss of about 6 by around 1e-6 over these steps.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from train_helpers import (
    copy_data,
    prepared_run,
    read_metrics,
    rewind,
    write_posts,
)

from roost.cli import main
from roost.run import Run

TOLERANCE = 1e-5
STEPS = ["train.max_steps=6", "train.checkpoint_every=3", "train.eval_every=3"]


def _sets(*overrides: str) -> list[str]:
    return [arg for item in overrides for arg in ("--set", item)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Run]:
    """One single-process run and two 2-process runs (DDP, FSDP2) on the same data and global batch of 8."""
    root = tmp_path_factory.mktemp("dist")
    data = prepared_run(root / "data", write_posts(root / "posts.txt"))
    single = copy_data(data, root / "single")
    assert main(["pretrain", "--run", str(single.root), *_sets(*STEPS, "train.batch_size=8")]) == 0
    launched = {}
    for parallel in ("ddp", "fsdp"):
        run = copy_data(data, root / parallel)
        # `--` keeps torchrun's own parser from reading roost's --run as its --run-path.
        command = [
            sys.executable,
            "-m",
            "torch.distributed.run",
            "--standalone",
            "--nproc_per_node",
            "2",
            "-m",
            "--",
            "roost",
            "pretrain",
            "--run",
            str(run.root),
            *_sets(*STEPS, "train.batch_size=4", f"train.parallel={parallel}"),
        ]
        launched[parallel] = (
            run,
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True),
        )
    for parallel, (run, process) in launched.items():
        output, _ = process.communicate(timeout=600)
        assert process.returncode == 0, output[-3000:]
    return {"single": single, **{name: run for name, (run, _) in launched.items()}}


@pytest.mark.parametrize("parallel", ["ddp", "fsdp"])
def test_two_processes_match_one_with_the_same_global_batch(runs, parallel):
    single_train, single_val = read_metrics(runs["single"])
    multi_train, multi_val = read_metrics(runs[parallel])
    assert list(multi_train) == list(range(1, 7)) and list(multi_val) == [3, 6]
    for step, loss in single_train.items():
        assert multi_train[step] == pytest.approx(loss, abs=TOLERANCE), step
    for step, loss in single_val.items():
        assert multi_val[step] == pytest.approx(loss, abs=TOLERANCE), step
    assert single_train[6] < single_train[1]  # it trains, so matching is not two flat lines agreeing


@pytest.mark.parametrize("parallel", ["ddp", "fsdp"])
def test_two_process_checkpoint_resumes_in_one_process(runs, parallel, tmp_path):
    run = Run(tmp_path / parallel)
    shutil.copytree(runs[parallel].root, run.root)
    rewind(run, 3)
    # Same global batch in one process: 8 rows instead of 2 x 4.
    assert (
        main(
            ["pretrain", "--run", str(run.root), "--resume", *_sets(*STEPS, "train.batch_size=8", "train.parallel=ddp")]
        )
        == 0
    )
    resumed_train, resumed_val = read_metrics(run)
    single_train, single_val = read_metrics(runs["single"])
    for step in (4, 5, 6):
        assert resumed_train[step] == pytest.approx(single_train[step], abs=TOLERANCE), step
    assert resumed_val[6] == pytest.approx(single_val[6], abs=TOLERANCE)
