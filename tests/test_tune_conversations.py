"""Conversation and preference files: the loss mask of a multi-turn chat, line-numbered errors, skip counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpora import dialogue_text

from roost.errors import RoostError
from roost.tokenizer import train_tokenizer
from roost.tune.batching import IGNORE, collate
from roost.tune.conversations import read_conversations, read_preferences


@pytest.fixture(scope="module")
def tokenizer():
    return train_tokenizer(iter(dialogue_text().splitlines()), vocab_size=400)


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def chat(*turns: tuple[str, str]) -> dict:
    return {"messages": [{"role": role, "content": content} for role, content in turns]}


MULTI_TURN = chat(
    ("system", "be brief"),
    ("user", "what day are you coming?"),
    ("assistant", "tomorrow"),
    ("user", "make sure I have a seat saved next to you!"),
    ("assistant", "gotchu 😍"),
)


def test_multi_turn_conversation_trains_on_exactly_the_assistant_tokens(tokenizer, tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [MULTI_TURN])
    (example,), stats = read_conversations(path, tokenizer, max_tokens=256)
    assert stats.kept == 1 and example.line == 1

    # The expected rendering, piece by piece: only assistant content and its <|end|> carry loss.
    expected_ids, expected_mask = [tokenizer.boundary_id], [False]
    for message in MULTI_TURN["messages"]:
        trained = message["role"] == "assistant"
        content = tokenizer.encode(message["content"])
        role_id = tokenizer.hf.token_to_id(f"<|{message['role']}|>")
        expected_ids += [role_id, *content, tokenizer.eos_id]
        expected_mask += [False] + [trained] * (len(content) + 1)
    assert example.ids == expected_ids
    assert example.loss_mask == expected_mask

    trained_text = tokenizer.decode([i for i, m in zip(example.ids, example.loss_mask) if m], skip_special=False)
    assert trained_text == "tomorrow<|end|>gotchu 😍<|end|>"

    # In a batch, exactly those tokens are targets: input position t predicts token t + 1.
    batch = collate([[example]], row_len=len(example.ids) + 3, pad_id=tokenizer.boundary_id)
    targets = batch.targets[0].tolist()
    scored = [t for t in targets if t != IGNORE]
    assert scored == [i for i, m in zip(example.ids, example.loss_mask) if m]
    assert all(t == IGNORE for t in targets[len(example.ids) - 1 :])  # padding carries no loss


BAD_LINES = [
    ("not json", "{this is not json", "not_json", "not valid JSON"),
    ("unknown role", chat(("user", "hi"), ("bot", "hello")), "unknown_role", "unknown role 'bot'"),
    ("no assistant", chat(("system", "s"), ("user", "hi")), "no_assistant", "no assistant turn"),
    ("too long", chat(("user", "hi " * 300), ("assistant", "ok")), "too_long", "longer than the model's context of 64"),
    ("bad shape", {"messages": [{"role": "user"}]}, "bad_format", "messages[0]"),
    ("no messages", {"text": "hello"}, "bad_format", '"messages"'),
]


@pytest.mark.parametrize("name,line,reason,fragment", BAD_LINES, ids=[b[0] for b in BAD_LINES])
def test_bad_line_is_an_error_naming_file_and_line(tokenizer, tmp_path, name, line, reason, fragment):
    good = chat(("user", "hi"), ("assistant", "hello"))
    path = write_jsonl(tmp_path / "c.jsonl", [good, "", line, good])  # the bad line is line 3
    with pytest.raises(RoostError) as info:
        read_conversations(path, tokenizer, max_tokens=64)
    message = str(info.value)
    assert message.startswith(f"{path}:3: ") and fragment in message and "\n" not in message
    assert "sft.on_error=skip" in message


def test_skip_mode_goes_on_and_counts_every_reason(tokenizer, tmp_path):
    good = chat(("user", "hi"), ("assistant", "hello"))
    path = write_jsonl(tmp_path / "c.jsonl", [good] + [b[1] for b in BAD_LINES] + ["", good, BAD_LINES[0][1]])
    examples, stats = read_conversations(path, tokenizer, max_tokens=64, on_error="skip")
    assert [e.line for e in examples] == [1, 9]
    assert stats.read == 9 and stats.kept == 2
    assert stats.skipped == {"not_json": 2, "unknown_role": 1, "no_assistant": 1, "too_long": 1, "bad_format": 2}
    assert stats.read == stats.kept + sum(stats.skipped.values())


def test_missing_file_is_a_one_line_error(tokenizer, tmp_path):
    with pytest.raises(RoostError, match="conversations file not found"):
        read_conversations(tmp_path / "absent.jsonl", tokenizer, max_tokens=64)


def test_preference_pairs_in_every_accepted_shape_render_like_the_chat_template(tokenizer, tmp_path):
    messages = [{"role": "user", "content": "coffee or tea?"}]
    lines = [
        {"prompt": "coffee or tea?", "chosen": "coffee, always", "rejected": "no"},
        {"messages": messages, "chosen": {"role": "assistant", "content": "coffee, always"}, "rejected": "no"},
        {"prompt": messages, "chosen": [{"role": "assistant", "content": "coffee, always"}], "rejected": ["no"][0]},
        {"prompt": "x", "chosen": {"role": "user", "content": "wrong role"}, "rejected": "no"},
        {"prompt": "x", "chosen": 3, "rejected": "no"},
    ]
    path = write_jsonl(tmp_path / "p.jsonl", lines)
    pairs, stats = read_preferences(path, tokenizer, max_tokens=64, on_error="skip")
    assert stats.kept == 3 and stats.skipped == {"unknown_role": 1, "bad_format": 1}
    expected = tokenizer.render_chat(messages + [{"role": "assistant", "content": "coffee, always"}])
    for pair in pairs:
        chosen = pair.example("chosen")
        assert chosen.ids == expected.ids
        assert chosen.loss_mask == expected.loss_mask  # only the answer and its <|end|> are scored
        assert pair.rejected_ids == tokenizer.encode("no") + [tokenizer.eos_id]
    with pytest.raises(RoostError, match=r"p\.jsonl:4: .*assistant message"):
        read_preferences(path, tokenizer, max_tokens=64)
