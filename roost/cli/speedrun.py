"""`roost speedrun` (posts to a served chat model, one command) and `roost report` (the run's report card)."""

from __future__ import annotations

import argparse

from roost.cli.common import add_run_args, resolve_run


def register(subparsers: argparse._SubParsersAction) -> None:
    speedrun = subparsers.add_parser(
        "speedrun",
        help="ingest -> clean -> threads -> tokenizer -> pack -> pretrain -> sft -> eval -> report -> serve",
        description="Grow a chat model from posts and serve it, in one command. With no SOURCE it uses the bundled "
        "demo corpus (X archives of a fictional community). Stages already done for the same inputs and config "
        "are skipped, so an interrupted speedrun continues where it stopped (runs/NAME/stages.json).",
    )
    speedrun.add_argument("sources", nargs="*", metavar="SOURCE", help="archives, exports or files to learn from")
    add_run_args(speedrun)
    speedrun.add_argument("--no-serve", action="store_true", help="stop after the report instead of serving")
    speedrun.add_argument("--port", type=int, default=None, help="port to serve on (serve.port, default 8000)")
    speedrun.set_defaults(handler=_speedrun)

    report = subparsers.add_parser(
        "report",
        help="write the run's report card (report.md + plots/)",
        description="Write runs/NAME/report.md and runs/NAME/plots/*.png from whatever stages the run has done.",
    )
    add_run_args(report)
    report.set_defaults(handler=_report)


def _speedrun(args: argparse.Namespace) -> int:
    from roost.speedrun import speedrun

    if args.port is not None:
        args.overrides = [*args.overrides, f"serve.port={args.port}"]
    run, config = resolve_run(args)
    speedrun(run, config, args.sources, serve=not args.no_serve)
    return 0


def _report(args: argparse.Namespace) -> int:
    from roost.report import write_report
    from roost.speedrun import STAGE_NAMES

    run, _ = resolve_run(args, must_exist=True)
    print(write_report(run, STAGE_NAMES))
    return 0
