"""The `roost` command: parses arguments and calls into the package. No logic lives here.

Each command group has its own module in this package with a `register(subparsers)` function; handlers
are small functions that resolve the run and config, then call one function of the package. User errors
(`RoostError`) are printed as one line with a non-zero exit, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from roost.cli.common import closed_pipe_exit
from roost.errors import RoostError

# Command-group modules, in the order their commands appear in `roost --help`.
COMMAND_MODULES = [
    "roost.cli.data",
    "roost.cli.train",
    "roost.cli.tune",
    "roost.cli.engine",
    "roost.cli.serve",
    "roost.cli.operator",
    "roost.cli.moderation",
    "roost.cli.export",
    "roost.cli.speedrun",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="roost", description="Grow a chat model from social posts and serve it.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result = args.handler(args)
        sys.stdout.flush()  # a reader that went away shows here, not as a traceback at exit
    except BrokenPipeError:
        return closed_pipe_exit()
    except RoostError as exc:
        print(f"roost {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"roost {args.command}: interrupted", file=sys.stderr)
        return 130
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
