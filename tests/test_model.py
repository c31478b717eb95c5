"""The transformer: shapes, causality, positions, GQA, QK-norm, tying and FLOP counting."""

import torch

from roost.config import ModelConfig
from roost.model import Transformer, count_parameters, flops_per_token

SMALL = ModelConfig(vocab_size=97, dim=32, n_layers=2, n_heads=4, n_kv_heads=2, ffn_dim=64, max_seq_len=32)


def build(**changes) -> Transformer:
    torch.manual_seed(0)
    model = Transformer(SMALL.model_copy(update=changes))
    model.init_weights(seed=0)
    return model


def test_logits_shape_and_causality():
    model = build()
    tokens = torch.randint(0, 97, (2, 12))
    logits = model(tokens)
    assert logits.shape == (2, 12, 97)
    changed = tokens.clone()
    changed[:, 8:] = (changed[:, 8:] + 1) % 97
    assert torch.allclose(model(changed)[:, :8], logits[:, :8], atol=1e-6)  # the future never leaks back
    assert not torch.allclose(model(changed)[:, 8:], logits[:, 8:])


def test_explicit_positions_match_implicit():
    model = build()
    tokens = torch.randint(0, 97, (2, 10))
    positions = torch.arange(10).expand(2, 10)
    assert torch.allclose(model(tokens, positions=positions), model(tokens), atol=1e-6)


def test_gqa_and_qk_norm_parameters():
    gqa = build()
    assert gqa.layers[0].self_attn.k_proj.weight.shape == (2 * 8, 32)
    qwen = build(qk_norm=True)
    names = dict(qwen.named_parameters())
    assert "layers.0.self_attn.q_norm.weight" in names and "layers.0.self_attn.k_norm.weight" in names
    assert "layers.0.self_attn.q_norm.weight" not in dict(gqa.named_parameters())


def test_tied_and_untied_embeddings():
    tied, untied = build(), build(tie_embeddings=False)
    assert tied.lm_head.weight is tied.embed_tokens.weight
    assert count_parameters(untied) - count_parameters(tied) == 97 * 32


def test_flops_per_token_counts_matmul_weights():
    config = SMALL
    model = build()
    matmul_weights = count_parameters(model, include_embeddings=False) - sum(
        p.numel() for n, p in model.named_parameters() if p.dim() == 1
    )
    expected = 6 * (matmul_weights + 97 * 32) + 12 * 2 * 4 * 8 * 16
    assert flops_per_token(config, 16) == expected


def test_init_is_seeded():
    assert torch.equal(build().layers[0].mlp.up_proj.weight, build().layers[0].mlp.up_proj.weight)
