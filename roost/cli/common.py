"""What every command shares: the run arguments (--run, --runs-dir, --preset, --config, --set), and a quiet exit
when whoever reads the output stops reading (`roost keys create NAME | head -1`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from roost.config import RunConfig, load_config
from roost.run import DEFAULT_RUNS_DIR, Run, open_run


def add_run_args(parser: argparse.ArgumentParser, run_default: str | None = "default") -> None:
    parser.add_argument("--run", default=run_default, required=run_default is None, help="run name or folder")
    parser.add_argument("--runs-dir", type=Path, default=DEFAULT_RUNS_DIR, help="where runs live (default: runs/)")
    parser.add_argument("--preset", default=None, help="config preset (tiny, gpt2-small, ...)")
    parser.add_argument("--config", type=Path, default=None, help="a TOML config file")
    parser.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE", help="override a config value"
    )


def resolve_run(args: argparse.Namespace, must_exist: bool = False) -> tuple[Run, RunConfig]:
    """Open the run folder, layer the config (saved run config or preset, file, --set) and save the result."""
    run = open_run(args.run, args.runs_dir, must_exist=must_exist)
    saved = run.load_config() if run.config_path.exists() else None
    config = load_config(preset=args.preset, path=args.config, overrides=args.overrides, base=saved)
    if saved is None or config != saved:
        run.save_config(config)
    return run, config


CLOSED_PIPE_EXIT = 141  # 128 + SIGPIPE, what a shell reports for a tool its reader stopped early


def closed_pipe_exit() -> int:
    """Exit status for a command whose stdout reader went away, with no traceback now or at interpreter exit.

    Python ignores SIGPIPE so that a closed pipe is a BrokenPipeError; whatever is still buffered for stdout would
    raise again when Python flushes it at exit, so stdout is pointed at /dev/null first.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return CLOSED_PIPE_EXIT
