"""Packed batches compute what unpacked conversations compute; the loader resumes; LoRA starts at the base model,
trains only its adapters, and merges into a plain model with the same logits."""

from __future__ import annotations

import random

import pytest
import torch

from roost.config import ModelConfig
from roost.lora import LoRALinear, adapted_weight, apply_lora, lora_state_dict, merge_lora
from roost.model import Transformer
from roost.tune.batching import ConversationLoader, collate, forward, pack_rows
from roost.tune.conversations import Example

VOCAB = 97



def tiny_model(seed: int = 0, tie_embeddings: bool = True) -> Transformer:
    config = ModelConfig(vocab_size=VOCAB, dim=32, n_layers=2, n_heads=4, n_kv_heads=2, ffn_dim=64, max_seq_len=64,
                         tie_embeddings=tie_embeddings)
    model = Transformer(config)
    model.init_weights(seed)
    return model


def random_examples(n: int, seed: int = 0) -> list[Example]:
    rng = random.Random(seed)
    examples = []
    for line in range(n):
        length = rng.randint(4, 30)
        ids = [0] + [rng.randrange(5, VOCAB) for _ in range(length - 1)]
        mask = [False] * (length // 2) + [True] * (length - length // 2)
        examples.append(Example(line + 1, ids, mask))
    return examples


def test_first_fit_packing_fills_rows_without_overflow():
    lengths = [30, 20, 12, 33, 5, 9]
    rows = pack_rows(lengths, row_len=32)
    assert sorted(i for row in rows for i in row) == list(range(len(lengths)))
    assert all(sum(lengths[i] - 1 for i in row) <= 32 for row in rows)
    assert rows == [[0], [1, 2], [3], [4, 5]]  # first fit, in order
    with pytest.raises(ValueError):
        pack_rows([40], row_len=32)


def test_packed_conversations_get_the_logits_they_get_alone():
    model = tiny_model()
    examples = random_examples(12)
    rows = [[examples[i] for i in row] for row in pack_rows([len(e) for e in examples], 64)]
    assert any(len(row) > 1 for row in rows)
    batch = collate(rows, 64, pad_id=0)
    with torch.no_grad():
        packed = forward(model, batch)
        for r, row in enumerate(rows):
            for s, example in enumerate(row):
                alone = model(torch.tensor([example.ids[:-1]]))[0]
                torch.testing.assert_close(packed[r][batch.segments[r] == s], alone, atol=1e-5, rtol=1e-5)
    assert batch.loss_tokens == sum(sum(e.loss_mask[1:]) for e in examples)


def test_loader_resumes_at_the_same_batch_and_reshuffles_each_epoch():
    examples = random_examples(40)
    loader = ConversationLoader(examples, batch_size=3, row_len=64, pad_id=0, seed=7)
    first_epoch_rows = len(loader.rows)
    for _ in range(5):
        loader.next_batch()
    state = loader.state_dict()
    expected = [loader.next_batch() for _ in range(6)]  # crosses into the next epoch
    assert loader.epoch >= 1 or first_epoch_rows > 33
    resumed = ConversationLoader(examples, batch_size=3, row_len=64, pad_id=0, seed=7)
    resumed.load_state_dict(state)
    for want in expected:
        got = resumed.next_batch()
        assert torch.equal(got.inputs, want.inputs) and torch.equal(got.targets, want.targets)
    epoch0 = ConversationLoader(examples, 3, 64, 0, seed=7)._pack_epoch()
    epoch0_ids = [[e.line for e in row] for row in epoch0]
    loader.epoch = 1
    assert [[e.line for e in row] for row in loader._pack_epoch()] != epoch0_ids


LINEARS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
SETUPS = {  # tied head?, targets, adapter tensors beyond the linear layers' lora_A / lora_B
    "tied-embedding": (
        True, [*LINEARS, "embed_tokens"], {"embed_tokens.lora_A", "embed_tokens.lora_B", "embed_tokens.token_delta"}
    ),
    "untied-rows-only": (False, LINEARS, {"embed_tokens.token_delta", "lm_head.token_delta"}),
    "untied-both": (False, [*LINEARS, "embed_tokens", "lm_head"], {"embed_tokens.lora_A", "embed_tokens.lora_B",
                    "lm_head.lora_A", "lm_head.lora_B", "embed_tokens.token_delta", "lm_head.token_delta"}),
}


@pytest.mark.parametrize("setup", list(SETUPS))
def test_lora_starts_at_base_trains_only_adapters_and_merges_to_the_same_logits(setup):
    tied, targets, vocab_adapters = SETUPS[setup]
    model = tiny_model(tie_embeddings=tied)
    base_state = {k: v.clone() for k, v in model.state_dict().items()}
    special = [3, 4]  # the chat template's tokens: their embedding rows and logits get a trained delta
    tokens = torch.randint(5, VOCAB, (2, 24))
    tokens[:, ::5] = 3  # a special token occurs, so its rows get gradient
    with torch.no_grad():
        base_logits = model(tokens)

    wrapped = apply_lora(model, rank=4, alpha=8.0, targets=targets, seed=1, token_ids=special)
    linears = [n for n in wrapped if n not in ("embed_tokens", "lm_head")]
    assert len(linears) == 2 * 7 and all(isinstance(model.get_submodule(n), LoRALinear) for n in linears)
    with torch.no_grad():
        assert torch.equal(model(tokens), base_logits)  # B = 0 and zero deltas: the adapted model starts as the base
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable == set(lora_state_dict(model))
    assert {n for n in trainable if not n.startswith("layers.")} == vocab_adapters

    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for _ in range(5):
        loss = torch.nn.functional.cross_entropy(model(tokens[:, :-1]).flatten(0, 1), tokens[:, 1:].flatten())
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    with torch.no_grad():
        lora_logits = model(tokens)
    assert not torch.allclose(lora_logits, base_logits, atol=1e-3)
    for name, value in base_state.items():  # the base weights never moved
        assert torch.equal(model.state_dict()[name], value), name
    if setup == "untied-rows-only":
        with torch.no_grad():
            delta = adapted_weight(model.embed_tokens) - model.embed_tokens.weight
        assert delta[special].abs().sum() > 0 and delta[5:].abs().sum() == 0  # only the special rows moved

    merge_lora(model)
    assert not any(isinstance(m, LoRALinear) for m in model.modules())
    assert set(model.state_dict()) == set(base_state)  # the plain layout, loadable as a pretrained checkpoint
    assert (model.lm_head.weight is model.embed_tokens.weight) == tied
    with torch.no_grad():
        torch.testing.assert_close(model(tokens), lora_logits, atol=1e-5, rtol=1e-5)
