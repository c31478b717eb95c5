"""Where the tests find the shared corpora, and the repository's own posts they use when the corpora are absent.

One setting: ROOST_CORPORA names the corpora folder (default `../shared/corpora` beside the repository, where CI
has it; a relative value is taken from the repository root). With the corpora, the tests read the same files as
always. Without them, tests that only need real posts take them from the bundled demo corpus (hand-written X
archives), and tests that measure something about a corpus itself (golden counts of the X archive sample, accuracy
on TweetEval) skip, saying why.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path

import pytest

from roost.demo import demo_sources

REPO = Path(__file__).resolve().parents[1]
CORPORA = (REPO / os.environ.get("ROOST_CORPORA", "../shared/corpora")).resolve()
NEEDS_CORPORA = f"needs the shared corpora: set ROOST_CORPORA (nothing at {CORPORA})"
needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason=NEEDS_CORPORA)


def have_corpora() -> bool:
    return CORPORA.is_dir()


def corpus_path(*parts: str) -> Path:
    """A file or folder of the corpora; skips the calling test (or fixture) when the corpora are absent."""
    if not have_corpora():
        pytest.skip(NEEDS_CORPORA)
    return CORPORA.joinpath(*parts)


def post_lines(*parts: str, limit: int | None = None) -> list[str]:
    """The first `limit` lines of a one-post-a-line corpus file (e.g. "tweeteval", "hate", "train_text.txt"), or
    without the corpora the demo corpus's posts (about 400)."""
    if have_corpora():
        return CORPORA.joinpath(*parts).read_text(encoding="utf-8").splitlines()[:limit]
    return [text.replace("\n", " ") for text in demo_posts()][:limit]


def dialogue_text() -> str:
    """Reply threads, one turn a line, threads apart by three empty lines: the twitter-dialogue corpus, or without the
    corpora the demo corpus's reply chains with each post cut to its first sentence (as short as the corpus's turns)."""
    if have_corpora():
        return (CORPORA / "twitter-dialogue" / "TwitterConvCorpus.txt").read_text(encoding="utf-8")
    chains = [[re.split(r"(?<=[.!?])\s", turn)[0] for turn in turns] for turns in demo_reply_chains()]
    return "\n\n\n\n".join("\n".join(turns) for turns in chains) + "\n"


@cache
def _archive_tweets(source: str) -> tuple[dict, ...]:
    text = (Path(source) / "data" / "tweets.js").read_text(encoding="utf-8")
    return tuple(item["tweet"] for item in json.loads(text[text.index("=") + 1 :]))


def _demo_tweets(sources: list[str] | None = None) -> list[dict]:
    return [tweet for source in sources or demo_sources() for tweet in _archive_tweets(source)]


def demo_posts(sources: list[str] | None = None) -> list[str]:
    """The text of every post in the demo corpus's archives (or in `sources`, some of them), archive by archive."""
    return [tweet["full_text"] for tweet in _demo_tweets(sources)]


def demo_reply_chains() -> list[list[str]]:
    """For each demo reply whose parent is in the corpus, the chain from its thread's first post down to it."""
    by_id = {tweet["id_str"]: tweet for tweet in _demo_tweets()}
    chains = []
    for tweet in _demo_tweets():
        chain = [tweet]
        while chain[0].get("in_reply_to_status_id_str") in by_id:
            chain.insert(0, by_id[chain[0]["in_reply_to_status_id_str"]])
        if len(chain) > 1:
            chains.append([t["full_text"].replace("\n", " ") for t in chain])
    return chains
