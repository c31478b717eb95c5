"""roost threads: reply chains with the assistant side chosen by config, and ready-made conversation files."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from corpora import corpus_path

from roost.config import load_config
from roost.data.clean import clean
from roost.data.ingest import ingest
from roost.data.threads import build_threads
from roost.errors import RoostError
from roost.run import open_run

THREAD_CSV = """id,author,parent_id,text
1,newbie,,which wood should I use for a swift nest box?
2,roost,1,untreated larch or spruce at least 19 mm thick
3,newbie,2,and how big should the entrance hole be?
4,roost,3,an oval of 65 by 30 millimetres works for common swifts
5,other,2,thanks from me as well for this advice
6,newbie,99,replying to a post that is not in the set at all
"""


def _conversations(run) -> list[list[dict]]:
    return [json.loads(line)["messages"] for line in run.conversations.read_text().splitlines()]


def _prepare(tmp_path: Path, *overrides: str):
    source = tmp_path / "thread.csv"
    source.write_text(THREAD_CSV)
    run = open_run(tmp_path / "run")
    config = load_config("tiny", overrides=["clean.dedup_near=false", *overrides])
    ingest(run, config, [str(source)])
    clean(run, config)
    return run, config


def test_reply_chains_with_a_named_assistant(tmp_path):
    run, config = _prepare(tmp_path, "threads.assistant=roost")
    stats = build_threads(run, config)
    conversations = _conversations(run)
    assert stats.read == 2 and stats.kept == 2  # chains end at posts 4 and 5; post 6's parent is not in the set
    assert [m["role"] for m in conversations[0]] == ["user", "assistant", "user", "assistant"]
    assert conversations[0][-1]["content"].startswith("an oval of 65")
    # the chain that ends on someone else's post is cut back to the assistant's last turn
    assert [m["content"][:10] for m in conversations[1]] == ["which wood", "untreated "]


def test_reply_chains_without_owner_alternate_and_end_on_assistant(tmp_path):
    run, config = _prepare(tmp_path, "threads.system_prompt='You are the roost.'")
    stats = build_threads(run, config)
    conversations = _conversations(run)
    assert stats.kept == 2 and stats.from_replies == 2
    for messages in conversations:
        assert messages[0] == {"role": "system", "content": "You are the roost."}
        roles = [m["role"] for m in messages[1:]]
        assert roles[0] == "user" and roles[-1] == "assistant"
        assert all(a != b for a, b in itertools.pairwise(roles))


def test_x_archive_self_replies_have_no_user_side(tmp_path):
    run = open_run(tmp_path / "run")
    config = load_config("tiny")
    ingest(run, config, [str(corpus_path("x-archive-sample"))])
    clean(run, config)
    stats = build_threads(run, config)
    # the archive's in-set replies are the owner answering themself: no user turn to learn from
    assert stats.kept == 0 and stats.read > 0
    assert stats.dropped == {"no assistant reply to a user": stats.read}


def test_twitter_dialogue_corpus(tmp_path):
    run, config = _prepare(tmp_path)
    stats = build_threads(run, config, [str(corpus_path("twitter-dialogue", "TwitterConvCorpus.txt"))])
    assert stats.from_replies == 2
    assert stats.from_files + sum(stats.dropped.values()) == 1733  # every conversation in the file, kept or counted
    conversations = _conversations(run)
    assert stats.from_files > 1700
    for messages in conversations:
        roles = [m["role"] for m in messages]
        assert roles[0] == "user" and roles[-1] == "assistant" and len(roles) >= 2
        assert all(a != b for a, b in itertools.pairwise(roles))
    assert any(len(m) >= 10 for m in conversations)


def test_openai_jsonl_conversations_and_bad_lines(tmp_path):
    run, config = _prepare(tmp_path)
    file = tmp_path / "chats.jsonl"
    good = {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello there"}]}
    file.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({"messages": [{"role": "bot", "content": "x"}]}) + "\n"
    )
    with pytest.raises(RoostError, match=r"chats.jsonl:2: not valid JSON"):
        build_threads(run, config, [str(file)])
    skip = load_config("tiny", overrides=["ingest.on_error=skip"])
    stats = build_threads(run, skip, [str(file)])
    assert stats.from_files == 1 and stats.dropped["malformed conversation"] == 2
    assert good["messages"] in _conversations(run)


def test_conversation_file_with_a_bad_byte(tmp_path):
    run, config = _prepare(tmp_path)
    file = tmp_path / "dialogue.txt"
    file.write_bytes(b"hello\nhi there\n\n\n\nbad \xff turn\nreply\n\n\n\nhow are you\nfine thanks\n")
    with pytest.raises(RoostError, match=r"dialogue.txt:6: not valid UTF-8"):
        build_threads(run, config, [str(file)])
    stats = build_threads(run, load_config("tiny", overrides=["ingest.on_error=skip"]), [str(file)])
    assert stats.from_files == 2 and stats.dropped == {"invalid utf-8": 1}
