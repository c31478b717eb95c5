"""Settings and fixtures shared by the whole suite."""

import pytest
import torch
from corpora import post_lines

from roost.tokenizer import Tokenizer, train_tokenizer


@pytest.fixture(autouse=True, scope="session")
def one_torch_thread():
    """The test models are tiny: one intra-op thread steps them fastest, and on a shared 2-core machine two
    threads spend most of each small op waiting for each other (an AdamW step goes from 0.2 ms to 250 ms)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def tokenizer() -> Tokenizer:
    """A small real BPE (600 tokens) trained on 2,000 TweetEval tweets (without the corpora, the demo corpus's
    posts), for tests that need any real tokenizer."""
    lines = post_lines("tweeteval", "emoji", "train_text.txt", limit=2000)
    return train_tokenizer(iter(lines), vocab_size=600)
