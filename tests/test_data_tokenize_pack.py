"""roost tokenizer and roost pack: BPE on the clean posts, tiktoken ids identical to tokenizers, token shards."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from corpora import CORPORA, demo_posts, have_corpora

from roost.cli import main
from roost.data.pack import is_val
from roost.data.tokenize import FastEncoder
from roost.demo import demo_sources
from roost.shards import TokenLoader
from roost.tokenizer import load_tokenizer, train_tokenizer

# Devanagari and Arabic posts, held out when the corpora (and their Hindi and Arabic tweets) are absent
SCRIPTS = ["नमस्ते, आज मौसम बहुत अच्छा है", "الطقس جميل اليوم في المدينة"]


def _lines(path: Path) -> list[str]:
    return [line.rstrip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_tiktoken_gives_the_ids_of_tokenizers_on_tweeteval():
    if have_corpora():
        train = _lines(CORPORA / "tweeteval" / "hate" / "train_text.txt")
        held_out = [t for path in sorted((CORPORA / "tweeteval").rglob("val_text.txt")) for t in _lines(path)]
        held_out += _lines(CORPORA / "xlm-t-umsab" / "hindi" / "val_text.txt") + _lines(
            CORPORA / "xlm-t-umsab" / "arabic" / "val_text.txt"
        )
    else:  # the demo's posts: members' to train on, the owner's (en, de, fr, es) held out, with other scripts
        owner, *members = demo_sources()
        train, held_out = demo_posts(members), demo_posts([owner]) + SCRIPTS
    tokenizer = train_tokenizer(iter(train), vocab_size=2048)
    held_out += ["it's   spaced\t\tout  \n\n and 'll 'VE contractions", "<|endoftext|> inside a post", "🦅🦅 emoji", ""]
    encoder = FastEncoder(tokenizer, threads=2)
    expected = tokenizer.encode_batch(held_out)
    assert [encoder.encode(t) for t in held_out] == expected
    flat = encoder.encode_documents(held_out)
    assert flat == [token for ids in expected for token in [tokenizer.boundary_id, *ids]]
    assert encoder.verify(held_out)


def test_tokenizer_and_pack_commands(tmp_path, capsys):
    run_dir = tmp_path / "run"
    if have_corpora():
        sources = [str(CORPORA / "x-archive-sample"), str(CORPORA / "tweeteval" / "irony" / "train_text.txt")]
    else:
        sources = demo_sources()
    common = ["--run", str(run_dir)]
    assert (
        main(["ingest", *sources, *common, "--set", "tokenizer.vocab_size=1024", "--set", "pack.val_fraction=0.1"]) == 0
    )
    assert main(["clean", *common]) == 0
    assert main(["tokenizer", *common]) == 0
    assert "bytes per token" in capsys.readouterr().out
    tokenizer = load_tokenizer(run_dir / "tokenizer")
    assert tokenizer.vocab_size == 1024
    assert json.loads((run_dir / "tokenizer" / "tokenizer_config.json").read_text())["chat_template"]

    assert main(["pack", *common]) == 0
    index = json.loads((run_dir / "tokens" / "index.json").read_text())
    assert index["dtype"] == "uint16"
    shards = {
        split: np.concatenate([np.fromfile(run_dir / "tokens" / s["file"], dtype=np.uint16) for s in files])
        for split, files in index["splits"].items()
    }
    import pyarrow.parquet as pq

    ids = pq.read_table(run_dir / "data" / "clean.parquet").column("id").to_pylist()
    val_ids = [i for i in ids if is_val(i, 0.1)]
    # every post starts with the boundary token, and each post is in exactly one split
    assert (shards["train"] == tokenizer.boundary_id).sum() == len(ids) - len(val_ids)
    assert (shards["val"] == tokenizer.boundary_id).sum() == len(val_ids)
    assert shards["train"][0] == tokenizer.boundary_id and shards["val"][0] == tokenizer.boundary_id
    assert 0.05 < len(val_ids) / len(ids) < 0.15

    first_train = (run_dir / "tokens" / "train-00000.bin").read_bytes()
    assert main(["pack", *common]) == 0  # deterministic: the same split and the same tokens
    assert (run_dir / "tokens" / "train-00000.bin").read_bytes() == first_train

    loader = TokenLoader(run_dir / "tokens", "train", batch_size=2, seq_len=16)
    inputs, targets = loader.next_batch()
    assert inputs.shape == (2, 16) and (inputs[:, 1:] == targets[:, :-1]).all()


def test_posts_that_spell_control_tokens_pack_as_plain_text():
    texts = ["hello there"] * 40 + ["a post about <|end|> and <|user|> markers", "even <|endoftext|> is text"]
    tokenizer = train_tokenizer(iter(texts), vocab_size=300, min_frequency=1)
    encoder = FastEncoder(tokenizer, threads=1)
    ids = encoder.encode_documents(texts[-3:])
    assert [i for i in ids if i in tokenizer.special_ids] == [tokenizer.boundary_id] * 3
    assert encoder.verify(texts)
