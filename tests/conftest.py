"""Settings shared by the whole suite."""

import pytest
import torch


@pytest.fixture(autouse=True, scope="session")
def one_torch_thread():
    """The test models are tiny: one intra-op thread steps them fastest, and on a shared 2-core machine two
    threads spend most of each small op waiting for each other (an AdamW step goes from 0.2 ms to 250 ms)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
