"""Arguments every run-based command shares: --run, --runs-dir, --preset, --config, --set."""

from __future__ import annotations

import argparse
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
