"""Engine building blocks on a real (tiny, random-init) model and a real BPE tokenizer: KV cache, sampler, detokenizer."""

from __future__ import annotations

import math

import pytest
import torch

from roost.config import ModelConfig
from roost.engine.cache import KVCache
from roost.engine.decode import DecodeModel
from roost.engine.detokenize import Detokenizer, TokenBytes
from roost.engine.sampling import Sampler, SamplingParams
from roost.errors import RoostError
from roost.model import Transformer


def tiny_model(qk_norm: bool = False, vocab_size: int = 512, head_dim: int = 0) -> Transformer:
    config = ModelConfig(
        vocab_size=vocab_size, dim=64, n_layers=2, n_heads=4, n_kv_heads=2, ffn_dim=128, max_seq_len=64, qk_norm=qk_norm,
        head_dim_override=head_dim,
    )
    model = Transformer(config)
    model.init_weights(seed=3)
    return model.eval()


def cache_for(model: Transformer, max_batch_size: int, attention: str) -> KVCache:
    """A KV cache whose CPU decode attention is roost's kernel ("native") or PyTorch's SDPA ("sdpa")."""
    cache = KVCache(model.config, max_batch_size=max_batch_size)
    if attention == "sdpa":
        cache._native = None
    elif cache._native is None:
        pytest.skip("no C compiler to build the CPU decode-attention kernel")
    return cache


@pytest.mark.parametrize("attention", ["native", "sdpa"])
@pytest.mark.parametrize(("qk_norm", "head_dim"), [(False, 0), (True, 0), (True, 32)], ids=["llama", "qwen3", "wide-heads"])
@torch.inference_mode()
def test_cached_decode_logits_equal_full_forward(qk_norm, head_dim, attention):
    """Prompts prefilled through the model, then decode steps through the fast path (RoPE applied by the cache's
    attention), with a row leaving halfway: every step's logits are the full forward's over the same tokens.
    "wide-heads": 4 heads of 32 over a width of 64, as Qwen3 checkpoints have."""
    model = tiny_model(qk_norm, head_dim=head_dim)
    fast = DecodeModel(model)
    generator = torch.Generator().manual_seed(0)
    sequences = [torch.randint(0, 512, (n,), generator=generator).tolist() for n in (7, 3, 9)]
    cache = cache_for(model, 4, attention)
    for slot, prompt in enumerate(sequences):
        cache.prefill(slot)
        cached = model(torch.tensor([prompt]), cache=cache)
        torch.testing.assert_close(cached, model(torch.tensor([prompt])), rtol=1e-5, atol=1e-5)
    for step in range(12):
        if step == 6:  # row 0 leaves: the last row is moved into its place, as the engine compacts
            cache.move(2, 0, len(sequences[2]))
            sequences = [sequences[2], sequences[1]]
        tokens = torch.randint(0, 512, (len(sequences),), generator=generator)
        positions = torch.tensor([len(s) for s in sequences])
        for seq, token in zip(sequences, tokens.tolist()):
            seq.append(token)
        cache.decode(positions, span=int(positions.max()) + 1)
        full = torch.cat([model(torch.tensor([s]))[:, -1] for s in sequences])
        torch.testing.assert_close(fast(tokens, cache), full, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("qk_norm", [False, True])
@torch.inference_mode()
def test_flat_prefill_equals_full_forward(qk_norm):
    """Prompts of different lengths as one unpadded batch of decode rows, into cache slots 1..3 (the CPU kernel)."""
    model = tiny_model(qk_norm)
    fast = DecodeModel(model)
    cache = cache_for(model, 4, "native")
    generator = torch.Generator().manual_seed(2)
    prompts = [torch.randint(0, 512, (n,), generator=generator).tolist() for n in (6, 1, 11)]
    lengths = torch.tensor([len(p) for p in prompts])
    positions = torch.cat([torch.arange(n) for n in lengths.tolist()])
    cache.decode(positions, slots=torch.arange(1, 4).repeat_interleave(lengths))
    logits = fast(torch.tensor([t for p in prompts for t in p]), cache, logits_at=lengths.cumsum(0) - 1)
    full = torch.cat([model(torch.tensor([p]))[:, -1] for p in prompts])
    torch.testing.assert_close(logits, full, rtol=1e-4, atol=1e-5)
    for slot, prompt in enumerate(prompts, start=1):  # what decode steps will attend over
        reference = KVCache(model.config, max_batch_size=1)
        reference.prefill(0)
        model(torch.tensor([prompt]), cache=reference)
        torch.testing.assert_close(cache.keys[0][slot, :, : len(prompt)], reference.keys[0][0, :, : len(prompt)])


@torch.inference_mode()
def test_static_padded_decode_equals_tight_decode():
    """What a CUDA graph replays or a compiled CPU step runs: a batch-size bucket with padding rows, whole cache."""
    model = tiny_model()
    fast = DecodeModel(model)
    prompts = [[3, 4, 5, 6], [7, 8]]
    tight, padded = KVCache(model.config, max_batch_size=4), KVCache(model.config, max_batch_size=4)
    for cache in (tight, padded):
        for slot, prompt in enumerate(prompts):
            cache.prefill(slot)
            model(torch.tensor([prompt]), cache=cache)
    tokens, positions = torch.tensor([9, 10]), torch.tensor([4, 2])
    tight.decode(positions, span=5)
    expected = fast(tokens, tight)
    got = fast.static(torch.tensor([9, 10, 0, 0]), torch.tensor([4, 2, 0, 0]), padded)  # rows 2, 3: free slots
    torch.testing.assert_close(got[:2], expected, rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(padded.keys[0][:2, :, :5], tight.keys[0][:2, :, :5])  # the new k/v were written


def test_logits_at_picks_one_position_per_row():
    model = tiny_model()
    tokens = torch.randint(0, 512, (2, 9))
    with torch.inference_mode():
        full = model(tokens)
        torch.testing.assert_close(model(tokens, logits_at=torch.tensor([8, 3])), full[[0, 1], [8, 3]].unsqueeze(1))


def _sampler(rows: list[SamplingParams], vocab: int = 50, seeds: list[int] | None = None) -> Sampler:
    sampler = Sampler(max_batch_size=len(rows), vocab_size=vocab, device="cpu")
    for row, params in enumerate(rows):
        sampler.set_row(row, params, prompt_ids=[0, 1], seed=(seeds or [row] * len(rows))[row])
    return sampler


def test_greedy_rows_take_the_argmax_and_mix_with_sampling_rows():
    logits = torch.randn(3, 50, generator=torch.Generator().manual_seed(1))
    sampler = _sampler([SamplingParams(temperature=0), SamplingParams(temperature=1.0), SamplingParams(top_k=1)])
    out = sampler.sample(logits, 0, 3)
    assert out.tokens[0] == logits[0].argmax()
    assert out.tokens[2] == logits[2].argmax()


def test_seeded_draws_do_not_depend_on_batch_company():
    logits = torch.zeros(1, 50)
    alone = _sampler([SamplingParams(seed=7)], seeds=[7])
    draws_alone = [alone.sample(logits, 0, 1).tokens.item() for _ in range(20)]
    crowd = _sampler([SamplingParams(temperature=0.5), SamplingParams(top_p=0.5), SamplingParams()], seeds=[1, 2, 7])
    draws_crowd = [crowd.sample(torch.zeros(3, 50), 0, 3).tokens[2].item() for _ in range(20)]
    assert draws_alone == draws_crowd
    other = _sampler([SamplingParams()], seeds=[8])
    assert draws_alone != [other.sample(logits, 0, 1).tokens.item() for _ in range(20)]


def test_draws_follow_the_distribution():
    probs = torch.tensor([0.5, 0.3, 0.2] + [0.0] * 7)
    logits = probs.log().expand(400, 10)
    sampler = _sampler([SamplingParams()] * 400, vocab=10, seeds=list(range(400)))
    counts = torch.bincount(sampler.sample(logits, 0, 400).tokens, minlength=10).float()
    assert counts[3:].sum() == 0
    assert torch.allclose(counts[:3] / 400, probs[:3], atol=0.07)


def test_top_p_top_k_and_min_p_keep_only_their_candidates():
    probs = torch.tensor([0.5, 0.3, 0.17] + [0.03 / 47] * 47)
    logits = probs.log()  # top_p 0.9 keeps tokens 0, 1, 2 (0.8 lies above token 2, 0.97 above token 3)
    cases = [(SamplingParams(top_p=0.9), {0, 1, 2}), (SamplingParams(top_k=2), {0, 1}),
             (SamplingParams(min_p=0.1), {0, 1, 2}), (SamplingParams(top_k=2, top_p=0.9), {0, 1})]
    for params, allowed in cases:
        sampler = _sampler([params] * 300, seeds=list(range(300)))
        drawn = set(sampler.sample(logits.expand(300, 50), 0, 300).tokens.tolist())
        assert drawn == allowed, params


def test_logit_bias_and_penalties_steer_tokens():
    logits = torch.zeros(1, 50)
    logits[0, 5] = 3.0
    biased = _sampler([SamplingParams(temperature=0, logit_bias={9: 10.0})])
    assert biased.sample(logits, 0, 1).tokens.item() == 9
    # presence penalty: once token 5 is out, it is never picked again
    presence = _sampler([SamplingParams(temperature=0, presence_penalty=5.0)])
    picks = [presence.sample(logits, 0, 1).tokens.item() for _ in range(3)]
    assert picks[0] == 5 and 5 not in picks[1:]
    # repetition penalty also covers the prompt (ids 0 and 1)
    prompt_logits = torch.zeros(1, 50)
    prompt_logits[0, 1], prompt_logits[0, 7] = 1.0, 0.8
    assert _sampler([SamplingParams(temperature=0, repetition_penalty=2.0)]).sample(prompt_logits, 0, 1).tokens.item() == 7


def test_padded_vocabulary_rows_are_never_sampled():
    sampler = Sampler(max_batch_size=64, vocab_size=20, device="cpu", valid_vocab=10)
    logits = torch.zeros(64, 20)
    logits[:, 15] = 50.0
    for row in range(64):
        sampler.set_row(row, SamplingParams(), [0], seed=row)
    assert sampler.sample(logits, 0, 64).tokens.max() < 10


def test_logprobs_are_the_model_distribution():
    logits = torch.randn(1, 50, generator=torch.Generator().manual_seed(4))
    out = _sampler([SamplingParams(temperature=0, logprobs=3)]).sample(logits, 0, 1)
    expected = logits.log_softmax(-1)
    assert out.logprobs.item() == pytest.approx(expected.max().item(), abs=1e-6)
    assert out.top_ids[0].tolist() == expected[0].topk(3).indices.tolist()


def test_bad_sampling_values_name_the_field():
    with pytest.raises(RoostError, match="top_p"):
        SamplingParams(top_p=0).validate(100)
    with pytest.raises(RoostError, match="token id 100"):
        SamplingParams(logit_bias={100: 1.0}).validate(100)


def test_streaming_never_splits_a_utf8_sequence(tokenizer):
    text = "birds 🐦 flock 鳥 and ünïcödé 🦜🦜 done"
    ids = tokenizer.encode(text)
    assert len(ids) > len(text.split()) + 6  # the rare characters really are split into byte tokens
    detokenizer = Detokenizer(TokenBytes(tokenizer))
    pieces = [detokenizer.add(token)[0] for token in ids]
    assert "".join(pieces) + detokenizer.flush() == text
    assert "" in pieces and not any("\ufffd" in p for p in pieces)


def test_stop_string_across_tokens_stops_and_is_not_emitted(tokenizer):
    text = "we went birdwatching at dawn and saw herons"
    ids = tokenizer.encode(text)
    stop = "watching at"
    token_texts = [tokenizer.decode([i]) for i in ids]
    assert not any(stop in t for t in token_texts)  # spans several tokens
    detokenizer = Detokenizer(TokenBytes(tokenizer), stop=[stop, "zzz"])
    emitted, stopped_at = "", None
    for index, token in enumerate(ids):
        piece, hit = detokenizer.add(token)
        emitted += piece
        if hit:
            stopped_at = index
            break
    assert emitted == "we went bird"
    assert stopped_at is not None and tokenizer.decode(ids[: stopped_at + 1]).endswith(("at", "at "))


def test_held_text_is_released_when_no_stop_follows(tokenizer):
    detokenizer = Detokenizer(TokenBytes(tokenizer), stop=["dawn!"])
    emitted = "".join(detokenizer.add(t)[0] for t in tokenizer.encode("at daw"))
    assert emitted == "at "  # "daw" could still become the stop string
    assert detokenizer.flush() == "daw"


def test_uniform_hash_covers_the_unit_interval():
    from roost.engine.sampling import _uniform

    counter = torch.arange(20000)
    u = _uniform(torch.full_like(counter, 12345), torch.zeros_like(counter), counter)
    assert 0 <= u.min() and u.max() < 1
    histogram = torch.histc(u, bins=10, min=0, max=1)
    assert (histogram - 2000).abs().max() < 6 * math.sqrt(2000)
