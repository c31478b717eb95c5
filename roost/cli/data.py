"""`roost ingest`, `roost clean`, `roost threads`, `roost tokenizer`, `roost pack`: the data stages."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from roost.cli.common import add_run_args, resolve_run


def register(subparsers: argparse._SubParsersAction) -> None:
    ingest = subparsers.add_parser(
        "ingest",
        help="read posts from archives and dumps into data/posts.parquet",
        description="Read X archives (.zip or folder), Twitter API v1.1/v2 JSON(L), Mastodon outbox.json (or its "
        "archive .zip), Bluesky repo .car files, CSV, JSONL and plain text (optionally .gz/.zst; folders and globs) "
        "into the run's canonical posts table.",
    )
    ingest.add_argument("sources", nargs="+", metavar="SOURCE", help="file, folder, archive or glob")
    ingest.add_argument(
        "--on-error", choices=["fail", "skip"], default=None, help="stop at bad input (default) or count and skip it"
    )
    ingest.add_argument(
        "--include-deleted", action="store_true", default=None, help="also read an X archive's deleted tweets"
    )
    add_run_args(ingest)
    ingest.set_defaults(handler=_ingest)

    clean = subparsers.add_parser(
        "clean",
        help="filter and normalise posts into data/clean.parquet",
        description="Drop reposts, expand and mask links, mask mentions and PII, filter length and "
        "language, remove exact and near duplicates; every drop is counted by reason.",
    )
    add_run_args(clean)
    clean.set_defaults(handler=_clean)

    threads = subparsers.add_parser(
        "threads",
        help="rebuild reply chains into data/conversations.jsonl",
        description="Turn reply chains among the clean posts, plus ready-made conversation "
        "files (blank-line separated turns, or OpenAI-format JSONL), into chat conversations.",
    )
    threads.add_argument("conversations", nargs="*", metavar="FILE", help="extra conversation files")
    add_run_args(threads)
    threads.set_defaults(handler=_threads)

    tokenizer = subparsers.add_parser("tokenizer", help="train the byte-level BPE tokenizer on the clean posts")
    add_run_args(tokenizer)
    tokenizer.set_defaults(handler=_tokenizer)

    pack = subparsers.add_parser("pack", help="tokenize the clean posts into train/val token shards")
    add_run_args(pack)
    pack.set_defaults(handler=_pack)


def _print_counts(
    title: str, read: int, kept: int, dropped: dict[str, int], extra: dict[str, object], verb: str = "dropped"
) -> None:
    table = Table(title=title, show_header=False, box=None)
    table.add_row("read", f"{read:,}")
    table.add_row("kept", f"{kept:,}")
    for reason, count in dropped.items():
        table.add_row(f"  {verb}: {reason}", f"{count:,}")
    for name, value in extra.items():
        table.add_row(name, f"{value:,}" if isinstance(value, int) else str(value))
    Console().print(table)


def _ingest(args: argparse.Namespace) -> int:
    from roost.data.ingest import ingest

    if args.on_error:
        args.overrides.append(f"ingest.on_error={args.on_error}")
    if args.include_deleted:
        args.overrides.append("ingest.include_deleted=true")
    run, config = resolve_run(args)
    stats = ingest(run, config, args.sources)
    extra = {
        "by source": ", ".join(f"{k} {v:,}" for k, v in stats.by_source.items()) or "-",
        "reposts": stats.reposts,
        "replies": stats.replies,
        "replies to a post in the set": stats.replies_linked,
        "seconds": stats.seconds,
    }
    _print_counts(f"ingest -> {run.posts}", stats.read, stats.kept, stats.skipped, extra, verb="skipped")
    for problem in stats.problems:
        # escape: the problem quotes file content, and "[/]" there is not rich markup
        Console(stderr=True).print(f"[yellow]skipped[/] {escape(problem)}", highlight=False)
    return 0


def _clean(args: argparse.Namespace) -> int:
    from roost.data.clean import clean

    run, config = resolve_run(args, must_exist=True)
    stats = clean(run, config)
    _print_counts(
        f"clean -> {run.clean}",
        stats.read,
        stats.kept,
        stats.dropped,
        {"links expanded": stats.links_expanded, "seconds": stats.seconds},
    )
    return 0


def _threads(args: argparse.Namespace) -> int:
    from roost.data.threads import build_threads

    run, config = resolve_run(args, must_exist=True)
    stats = build_threads(run, config, args.conversations)
    _print_counts(
        f"threads -> {run.conversations}",
        stats.read,
        stats.kept,
        stats.dropped,
        {"from reply chains": stats.from_replies, "from files": stats.from_files, "turns": stats.turns},
    )
    return 0


def _tokenizer(args: argparse.Namespace) -> int:
    from roost.data.tokenize import build_tokenizer

    run, config = resolve_run(args, must_exist=True)
    stats = build_tokenizer(run, config)
    print(
        f"tokenizer -> {run.tokenizer_file}: {stats.vocab_size:,} tokens, trained on {stats.posts:,} posts "
        f"in {stats.seconds:.1f}s, {stats.bytes_per_token:.2f} bytes per token"
    )
    if not stats.fast_encoder_matches:
        print("note: tiktoken's ids differ from tokenizers' on these posts; roost pack will use tokenizers (slower)")
    return 0


def _pack(args: argparse.Namespace) -> int:
    from roost.data.pack import pack

    run, config = resolve_run(args, must_exist=True)
    stats = pack(run, config)
    print(
        f"pack -> {run.tokens_dir}: train {stats.train_posts:,} posts / {stats.train_tokens:,} tokens, "
        f"val {stats.val_posts:,} posts / {stats.val_tokens:,} tokens ({stats.dtype}), "
        f"{stats.tokens_per_second:,.0f} tokens/s"
    )
    return 0
