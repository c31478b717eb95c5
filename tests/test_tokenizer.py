"""Tokenizer: byte-level round trip, special tokens, and the chat template's loss mask."""

import pytest

from roost.errors import RoostError
from roost.tokenizer import load_tokenizer, train_tokenizer

TEXTS = ["the heron landed on the roof 🐦", "Grüße aus Berlin!", "日本語のテキスト", "rooftop garden at dawn"] * 50


@pytest.fixture(scope="module")
def tokenizer():
    return train_tokenizer(iter(TEXTS), vocab_size=400, min_frequency=1)


def test_round_trip_and_bytes(tokenizer):
    for text in TEXTS[:4]:
        ids = tokenizer.encode(text)
        assert tokenizer.decode(ids) == text
        assert b"".join(tokenizer.token_bytes(i) for i in ids) == text.encode()


def test_special_tokens_are_single_ids(tokenizer):
    assert tokenizer.encode("<|user|>hi<|end|>")[0] == tokenizer.role_ids["user"]
    assert tokenizer.encode("<|user|>hi<|end|>")[-1] == tokenizer.end_id


def test_chat_mask_covers_exactly_assistant_content_and_end(tokenizer):
    messages = [
        {"role": "system", "content": "be kind"},
        {"role": "user", "content": "the heron?"},
        {"role": "assistant", "content": "on the roof"},
        {"role": "user", "content": "and now?"},
        {"role": "assistant", "content": "at dawn"},
    ]
    chat = tokenizer.render_chat(messages)
    trained = [i for i, m in zip(chat.ids, chat.loss_mask) if m]
    expected = tokenizer.encode("on the roof") + [tokenizer.end_id] + tokenizer.encode("at dawn") + [tokenizer.end_id]
    assert trained == expected
    full = "<|endoftext|>" + "".join(f"<|{m['role']}|>{m['content']}<|end|>" for m in messages)
    assert chat.ids == tokenizer.encode(full)  # piecewise rendering equals the template applied as one string


def test_unknown_role_and_missing_file(tokenizer, tmp_path):
    with pytest.raises(RoostError, match="unknown role 'bot'"):
        tokenizer.render_chat([{"role": "bot", "content": "x"}])
    with pytest.raises(RoostError, match="tokenizer not found"):
        load_tokenizer(tmp_path)


def test_save_and_load(tokenizer, tmp_path):
    tokenizer.save(tmp_path)
    again = load_tokenizer(tmp_path)
    assert again.encode(TEXTS[0]) == tokenizer.encode(TEXTS[0])
    assert (tmp_path / "tokenizer_config.json").exists()
