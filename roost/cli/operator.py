"""`roost operator create|list|revoke`: the credentials that open the operator console at /admin."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from roost.cli.common import add_run_args, resolve_run


def register(subparsers: argparse._SubParsersAction) -> None:
    operator = subparsers.add_parser(
        "operator",
        help="create, list and revoke operator logins for the console at /admin",
        description="Operators log in to the console at /admin (keys, usage, live figures, moderation) with a token "
        "made here. Operator tokens are not API keys: the API refuses them and the console refuses API keys.",
    )
    commands = operator.add_subparsers(dest="operator_command", metavar="ACTION", required=True)
    create = commands.add_parser("create", help="create an operator token (shown once)")
    add_run_args(create)
    create.add_argument("name", help="who the operator is")
    create.set_defaults(handler=_create)
    listing = commands.add_parser("list", help="list operators")
    add_run_args(listing)
    listing.set_defaults(handler=_list)
    revoke = commands.add_parser("revoke", help="revoke an operator by id or name; their console sessions end")
    add_run_args(revoke)
    revoke.add_argument("operator", help="id or name from `roost operator list`")
    revoke.set_defaults(handler=_revoke)


def _create(args: argparse.Namespace) -> int:
    from roost.serve.operators import create_operator

    run, _ = resolve_run(args, must_exist=True)
    token = create_operator(run.serve_db, args.name)
    print(token)
    print(f"operator {args.name.strip()!r} created; log in at /admin with this token. It is shown only this once.",
          flush=True)
    return 0


def _list(args: argparse.Namespace) -> int:
    from roost.serve.operators import list_operators

    run, _ = resolve_run(args, must_exist=True)
    records = list_operators(run.serve_db)
    if not records:
        print("no operators yet: create one with `roost operator create NAME`")
        return 0
    print(f"{'id':>4}  {'prefix':<10} {'name':<24} {'created (UTC)':<17}  status")
    for record in records:
        status = "revoked " + _time(record.revoked) if record.revoked else "active"
        print(f"{record.id:>4}  {record.prefix:<10} {record.name:<24} {_time(record.created):<17}  {status}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from roost.serve.operators import revoke_operator_by

    run, _ = resolve_run(args, must_exist=True)
    record = revoke_operator_by(run.serve_db, args.operator)
    print(f"revoked operator {record.id} ({record.name}); their console sessions are closed")
    return 0


def _time(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=UTC).strftime("%Y-%m-%d %H:%M")
