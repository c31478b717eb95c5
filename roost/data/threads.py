"""`roost threads`: reply chains and ready-made conversation files -> `data/conversations.jsonl`.

Reply chains are rebuilt from parent ids among the clean posts: every post that has no reply in the set ends one
chain, walked up to its root. Roles: with `threads.assistant = "owner"`, posts by the owner of the first source
that has one (an archive's account; pooled archives list the voice to learn first) are the assistant's and
everyone else's are the user's; a handle names the assistant directly; a chain from a
source without an owner alternates, ending on the assistant. Consecutive turns of one side are merged, a
conversation opens on a user turn and ends on an assistant turn, and shorter ones than `min_turns` are counted
as dropped. Conversation files are OpenAI-format JSONL, or plain text with one turn per line and three blank
lines between conversations (the twitter-dialogue corpus format).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from roost.config import RunConfig, ThreadsConfig
from roost.data.posts import iter_post_batches, open_posts
from roost.data.problems import Problems
from roost.errors import RoostError
from roost.run import Run, atomic_path

BLANK_LINES_BETWEEN = 3  # conversations in plain-text files are separated by (at least) three blank lines
ROLES = ("system", "user", "assistant")
MAX_DEPTH = 10_000  # longer parent walks than this can only be a cycle in the data


@dataclass
class ThreadStats:
    read: int = 0  # candidate conversations: reply chains plus conversations in files
    kept: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    from_replies: int = 0
    from_files: int = 0
    turns: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class _Node:
    author: str
    text: str
    parent: str | None


def build_threads(run: Run, config: RunConfig, sources: list[str] = []) -> ThreadStats:  # noqa: B006 (contract)
    stats = ThreadStats()
    problems = Problems(config.ingest.on_error)
    # Conversation files alone are enough; without them the run's clean posts are required.
    with_posts = run.clean.exists() or not sources
    if with_posts:
        open_posts(run.clean, "clean")
    assistant = _assistant(run, config.threads) if with_posts else ""
    with atomic_path(run.conversations) as tmp, open(tmp, "w", encoding="utf-8") as out:
        for chain in _reply_chains(run) if with_posts else ():
            stats.read += 1
            messages = _shape(_roles_from_authors(chain, assistant), config.threads, stats)
            if messages:
                stats.from_replies += 1
                _write(out, messages, stats)
        for source in sources:
            for conversation in read_conversation_file(Path(source), problems):
                stats.read += 1
                messages = _shape(conversation, config.threads, stats)
                if messages:
                    stats.from_files += 1
                    _write(out, messages, stats)
    for reason, count in problems.counts.items():
        stats.dropped[reason] = stats.dropped.get(reason, 0) + count
        stats.read += count
    return stats


def _write(out, messages: list[dict[str, str]], stats: ThreadStats) -> None:
    out.write(json.dumps({"messages": messages}, ensure_ascii=False) + "\n")
    stats.kept += 1
    stats.turns += len(messages)


def _reply_chains(run: Run) -> Iterator[list[_Node]]:
    """Root-to-leaf chains of replies whose parents are among the clean posts."""
    parent_of: dict[str, str] = {}
    ids: set[str] = set()
    for batch in iter_post_batches(run.clean, "clean", columns=["id", "parent_id"]):
        for post_id, parent in zip(*(col.to_pylist() for col in batch.columns)):
            ids.add(post_id)
            if parent is not None:
                parent_of[post_id] = parent
    linked = {child: parent for child, parent in parent_of.items() if parent in ids}
    in_chain = set(linked) | set(linked.values())
    if not in_chain:
        return
    nodes: dict[str, _Node] = {}
    for batch in iter_post_batches(run.clean, "clean", columns=["id", "author", "text"]):
        for post_id, author, text in zip(*(col.to_pylist() for col in batch.columns)):
            if post_id in in_chain:
                nodes[post_id] = _Node(author or "", text, linked.get(post_id))
    has_reply = set(linked.values())
    for leaf in sorted(in_chain - has_reply):
        chain: list[_Node] = []
        current: str | None = leaf
        while current is not None and len(chain) < MAX_DEPTH:
            chain.append(nodes[current])
            current = nodes[current].parent
        yield chain[::-1]


def _assistant(run: Run, config: ThreadsConfig) -> str:
    """The assistant's handle: configured, or the owner of the first source that has one (sources keep their order)."""
    if config.assistant != "owner":
        return config.assistant.lstrip("@")
    if not run.posts.exists():
        return ""
    for batch in iter_post_batches(run.posts, "ingest", columns=["account"]):
        owner = next((account for account in batch.column(0).to_pylist() if account), None)
        if owner:
            return owner
    return ""


def _roles_from_authors(chain: list[_Node], assistant: str) -> list[dict[str, str]]:
    if not assistant:
        return _alternate([n.text for n in chain])
    return [
        {"role": "assistant" if n.author.lower() == assistant.lower() else "user", "content": n.text} for n in chain
    ]


def _alternate(turns: list[str]) -> list[dict[str, str]]:
    """Speakers unknown: alternate, so that the last turn is the assistant's."""
    last = len(turns) - 1
    return [{"role": "assistant" if (last - i) % 2 == 0 else "user", "content": t} for i, t in enumerate(turns)]


def _shape(messages: list[dict[str, str]], config: ThreadsConfig, stats: ThreadStats) -> list[dict[str, str]] | None:
    """Merge same-side runs, open on a user turn, end on an assistant turn; None (counted) if too little is left."""
    system = [m for m in messages if m["role"] == "system"]
    merged: list[dict[str, str]] = []
    for message in messages:
        if message["role"] == "system":
            continue
        if merged and merged[-1]["role"] == message["role"]:
            merged[-1] = {"role": message["role"], "content": merged[-1]["content"] + "\n\n" + message["content"]}
        else:
            merged.append(dict(message))
    while merged and merged[0]["role"] != "user":
        merged.pop(0)
    while merged and merged[-1]["role"] != "assistant":
        merged.pop()
    if not merged:
        reason = "no assistant reply to a user"
    elif len(merged) < config.min_turns:
        reason = "too few turns"
    else:
        if not system and config.system_prompt:
            system = [{"role": "system", "content": config.system_prompt}]
        return system[:1] + merged
    stats.dropped[reason] = stats.dropped.get(reason, 0) + 1
    return None


def read_conversation_file(path: Path, problems: Problems) -> Iterator[list[dict[str, str]]]:
    if not path.is_file():
        raise RoostError(f"conversation file not found: {path}")
    if path.suffix in (".jsonl", ".json"):
        yield from _read_jsonl_conversations(path, problems)
        return
    with open(path, encoding="utf-8", errors="surrogateescape") as lines:
        turns: list[str] = []
        bad = False  # a turn that is not valid UTF-8 costs its whole conversation (the turns would misalign)
        blank_run = 0
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                blank_run += 1
                continue
            if blank_run >= BLANK_LINES_BETWEEN and (turns or bad):
                if not bad:
                    yield _alternate(turns)
                turns, bad = [], False
            blank_run = 0
            if not bad and problems.check_utf8(f"{path}:{number}", line):
                turns.append(line.strip())
            else:
                bad = True
        if turns and not bad:
            yield _alternate(turns)


def _read_jsonl_conversations(path: Path, problems: Problems) -> Iterator[list[dict[str, str]]]:
    with open(path, encoding="utf-8", errors="surrogateescape") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.report(where, f"not valid JSON: {exc.msg} (column {exc.colno})", "malformed conversation")
                continue
            messages = record.get("messages") if isinstance(record, dict) else None
            bad = _check_messages(messages)
            if bad:
                problems.report(where, bad, "malformed conversation")
                continue
            if problems.check_utf8(where, *(m["content"] for m in messages)):
                yield [{"role": m["role"], "content": m["content"]} for m in messages]


def _check_messages(messages: object) -> str | None:
    if not isinstance(messages, list) or not messages:
        return 'expected {"messages": [...]} with at least one message'
    for index, message in enumerate(messages):
        if (
            not isinstance(message, dict)
            or message.get("role") not in ROLES
            or not isinstance(message.get("content"), str)
        ):
            return f"message {index}: needs a role ({', '.join(ROLES)}) and string content"
    return None
