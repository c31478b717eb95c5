"""`roost pretrain` and `roost eval`: train the base model, and measure a checkpoint."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from rich.console import Console
from rich.table import Table

from roost.cli.common import add_run_args, resolve_run
from roost.errors import RoostError


def register(subparsers: argparse._SubParsersAction) -> None:
    pretrain = subparsers.add_parser(
        "pretrain",
        help="pretrain the base model on the run's token shards",
        description="Pretrain on runs/NAME/tokens (or on train.data text files, one post per line). Runs on one CPU "
        "or GPU, or under `torchrun --nproc_per_node N -m -- roost pretrain --run NAME` with DDP (FSDP2 with --set "
        "train.parallel=fsdp); the `--` stops torchrun from reading --run as its own --run-path.",
    )
    pretrain.add_argument("--resume", action="store_true", help="continue from the run's latest checkpoint")
    pretrain.add_argument("--json", action="store_true", help="print the result as JSON")
    add_run_args(pretrain)
    pretrain.set_defaults(handler=_pretrain)

    evaluate = subparsers.add_parser(
        "eval",
        help="loss and bits per byte of a checkpoint on text, conversations or lm-eval tasks",
        description="Score the run's latest checkpoint: --text FILE... (one post per line, bits per byte), "
        "--conversations FILE (assistant-token loss), --tasks NAME... (lm-eval).",
    )
    evaluate.add_argument(
        "--text", nargs="+", type=Path, default=[], metavar="FILE", help="text files, one post per line"
    )
    evaluate.add_argument("--conversations", type=Path, default=None, metavar="FILE", help="conversations JSONL")
    evaluate.add_argument(
        "--tasks", nargs="+", default=[], metavar="NAME",
        help="lm-eval task names or YAML files (needs the evals extra: pip install 'roost[evals]')",
    )
    evaluate.add_argument("--limit", type=int, default=None, help="lm-eval: examples per task")
    evaluate.add_argument(
        "--checkpoint", type=Path, default=None, help="a checkpoint folder instead of the run's latest"
    )
    evaluate.add_argument("--json", action="store_true", help="print the results as JSON")
    add_run_args(evaluate, run_default=None)
    evaluate.set_defaults(handler=_eval)


def _pretrain(args: argparse.Namespace) -> int:
    from roost.train.pretrain import pretrain

    run, config = resolve_run(args)
    result = pretrain(run, config, resume=args.resume)
    if int(os.environ.get("RANK", "0")) == 0:  # under torchrun, one report, not one per process
        _show("pretrain", result.to_dict(), args.json)
    return 0


def _eval(args: argparse.Namespace) -> int:
    if not (args.text or args.conversations or args.tasks):
        raise RoostError("nothing to evaluate: give --text FILE..., --conversations FILE or --tasks NAME...")
    run, _ = resolve_run(args, must_exist=True)
    results: dict[str, dict] = {}
    if args.text:
        from roost.train.evaluate import evaluate_text

        results["text"] = evaluate_text(run, args.text, checkpoint=args.checkpoint).to_dict()
    if args.conversations:
        from roost.tune.sft import evaluate_conversations

        results["conversations"] = evaluate_conversations(run, args.conversations, checkpoint=args.checkpoint).to_dict()
    if args.tasks:
        from roost.export.lmeval import run_tasks

        results["tasks"] = run_tasks(run, args.tasks, limit=args.limit, checkpoint=args.checkpoint).to_dict()
    if args.json:
        print(json.dumps(results, indent=2, default=str))
    else:
        for name, result in results.items():
            _show(f"eval {name}", result, as_json=False)
    return 0


def _show(title: str, result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, indent=2, default=str))
        return
    table = Table(title=title, show_header=False, box=None)
    for key, value in result.items():
        table.add_row(key, f"{value:.4f}" if isinstance(value, float) else str(value))
    Console().print(table)
