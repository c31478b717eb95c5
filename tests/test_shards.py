"""Token shard format: atomic writing, exact resume, and disjoint rank sharding."""

import numpy as np
import pytest

from roost.errors import RoostError
from roost.shards import ShardWriter, TokenLoader, read_index


def write_tokens(tmp_path, n_tokens=10_000, vocab=70_000, shard_tokens=3_000):
    writer = ShardWriter(tmp_path / "tokens", vocab_size=vocab, shard_tokens=shard_tokens)
    ids = np.arange(n_tokens) % vocab
    for start in range(0, n_tokens, 500):
        writer.add("train", ids[start : start + 500])
    writer.add("val", ids[:1000])
    writer.close()
    return tmp_path / "tokens"


def test_writer_index_and_dtype(tmp_path):
    tokens = write_tokens(tmp_path)
    index = read_index(tokens)
    assert index["dtype"] == "uint32"  # vocabulary over 65,536
    assert sum(s["tokens"] for s in index["splits"]["train"]) == 10_000
    assert len(index["splits"]["train"]) == 4
    assert not list(tmp_path.glob(".tokens.tmp-*"))


def test_windows_are_consecutive_tokens(tmp_path):
    loader = TokenLoader(write_tokens(tmp_path), "train", batch_size=4, seq_len=16, seed=1)
    inputs, targets = loader.next_batch()
    assert inputs.shape == (4, 16)
    assert (targets[:, :-1] == inputs[:, 1:]).all()
    assert ((targets - inputs) == 1).all()  # ids are a running count, so each target is its input + 1


def test_resume_gives_the_same_batches(tmp_path):
    tokens = write_tokens(tmp_path)
    loader = TokenLoader(tokens, "train", batch_size=8, seq_len=32, seed=3)
    for _ in range(50):  # runs past an epoch boundary
        loader.next_batch()
    state = loader.state_dict()
    expected = [loader.next_batch()[0] for _ in range(5)]
    resumed = TokenLoader(tokens, "train", batch_size=8, seq_len=32, seed=3)
    resumed.load_state_dict(state)
    for batch in expected:
        assert (resumed.next_batch()[0] == batch).all()


def test_ranks_get_disjoint_windows(tmp_path):
    tokens = write_tokens(tmp_path)
    seen = []
    for rank in range(2):
        loader = TokenLoader(tokens, "train", batch_size=4, seq_len=16, rank=rank, world_size=2, seed=0)
        seen.append({tuple(row.tolist()) for row in loader.next_batch()[0]})
    assert len(seen[0]) == 4 and not seen[0] & seen[1]


def test_missing_or_too_small_data_is_a_clear_error(tmp_path):
    with pytest.raises(RoostError, match="roost pack"):
        TokenLoader(tmp_path / "nothing", "train", 4, 16)
    with pytest.raises(RoostError, match="fewer than one global batch"):
        TokenLoader(write_tokens(tmp_path, n_tokens=200, shard_tokens=100), "train", 64, 16)
