"""`roost serve` (the OpenAI-compatible API and web chat page), `roost keys create|list|revoke`, `roost usage`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from roost.cli.common import add_run_args, resolve_run


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="serve the run's chat model: OpenAI-compatible API and web chat page",
        description="Serve the run's chat model (tuned if there is one, else pretrained) over an OpenAI-compatible "
        "HTTP API with API keys, per-key rate limits and usage metering in runs/NAME/serve.db, Prometheus metrics at "
        "/metrics and a chat page at /. Create a key first with `roost keys create NAME`.",
    )
    add_run_args(serve)
    serve.add_argument("--host", default=None, help="address to listen on (serve.host, default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port to listen on (serve.port, default 8000)")
    serve.add_argument("--no-auth", action="store_true", help="accept requests without a key (local use only)")
    serve.set_defaults(handler=_serve)

    keys = subparsers.add_parser("keys", help="create, list and revoke API keys", description="Manage the API keys in serve.db.")
    key_commands = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    create = key_commands.add_parser("create", help="create a key (shown once)")
    add_run_args(create)
    create.add_argument("name", help="who or what the key is for")
    create.add_argument("--rpm", type=int, default=None, help="requests per minute for this key (default: serve.requests_per_minute)")
    create.add_argument("--tpm", type=int, default=None, help="tokens per minute for this key (default: serve.tokens_per_minute)")
    create.set_defaults(handler=_keys_create)
    listing = key_commands.add_parser("list", help="list keys (prefixes only)")
    add_run_args(listing)
    listing.set_defaults(handler=_keys_list)
    revoke = key_commands.add_parser("revoke", help="revoke a key by id, prefix or name")
    add_run_args(revoke)
    revoke.add_argument("key", help="id, prefix or name from `roost keys list`")
    revoke.set_defaults(handler=_keys_revoke)

    usage = subparsers.add_parser("usage", help="token usage per key and day", description="Usage recorded in serve.db, per key and UTC day.")
    add_run_args(usage)
    usage.add_argument("--days", type=int, default=None, help="only the last N days")
    usage.add_argument("--key", default=None, help="only this key (id, prefix or name)")
    usage.set_defaults(handler=_usage)


def _serve(args: argparse.Namespace) -> int:
    from roost.config import validate_config
    from roost.serve.app import serve

    run, config = resolve_run(args, must_exist=True)
    # --host, --port and --no-auth hold for this server only; unlike --set they are not saved in the run's config,
    # so auth is never left off by accident for the next start.
    tree = config.model_dump(mode="json")
    flags = {"host": args.host, "port": args.port, "auth": False if args.no_auth else None}
    tree["serve"].update({name: value for name, value in flags.items() if value is not None})
    serve(run, validate_config(tree, source="command line"))
    return 0


def _keys_create(args: argparse.Namespace) -> int:
    from roost.serve.keys import create_key

    run, _ = resolve_run(args, must_exist=True)
    secret = create_key(run.serve_db, args.name, requests_per_minute=args.rpm, tokens_per_minute=args.tpm)
    print(secret)
    print(f"key {args.name!r} created; it is shown only this once, so store it now", flush=True)
    return 0


def _keys_list(args: argparse.Namespace) -> int:
    from roost.serve.keys import list_keys

    run, _ = resolve_run(args, must_exist=True)
    records = list_keys(run.serve_db)
    if not records:
        print("no keys yet: create one with `roost keys create NAME`")
        return 0
    print(f"{'id':>4}  {'prefix':<10} {'name':<24} {'created (UTC)':<17} {'rpm':>6} {'tpm':>8}  status")
    for key in records:
        status = "revoked " + _time(key.revoked) if key.revoked else "active"
        print(
            f"{key.id:>4}  {key.prefix:<10} {key.name:<24} {_time(key.created):<17} "
            f"{key.requests_per_minute or '-':>6} {key.tokens_per_minute or '-':>8}  {status}"
        )
    return 0


def _keys_revoke(args: argparse.Namespace) -> int:
    from roost.serve.keys import revoke_key

    run, _ = resolve_run(args, must_exist=True)
    key = revoke_key(run.serve_db, args.key)
    print(f"revoked key {key.id} ({key.name}, prefix {key.prefix})")
    return 0


def _usage(args: argparse.Namespace) -> int:
    from roost.serve.metering import usage_report

    run, _ = resolve_run(args, must_exist=True)
    rows = usage_report(run.serve_db, days=args.days, key=args.key)
    if not rows:
        print("no usage recorded")
        return 0
    print(f"{'day':<10}  {'key':<24} {'requests':>8} {'prompt':>10} {'completion':>10} {'total':>10}")
    for row in rows:
        name = f"{row.key_id}:{row.key_name}"
        print(f"{row.day:<10}  {name:<24} {row.requests:>8} {row.prompt_tokens:>10} {row.completion_tokens:>10} {row.total_tokens:>10}")
    return 0


def _time(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=UTC).strftime("%Y-%m-%d %H:%M")
