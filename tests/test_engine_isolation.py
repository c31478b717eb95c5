"""One request never hurts another: extreme settings, a request that fails mid-step, and compiled-variant growth.

Real model, tokenizer and engine threads. Failures are injected by wrapping the sampler's real `draw` so that it
raises for one marked request only (as a corrupt row or a bug would), the way a missing compiler is simulated in
test_engine_batching.
"""

from __future__ import annotations

import asyncio

import pytest
import torch
from torch._dynamo.utils import counters

from roost.config import ModelConfig
from roost.engine import Engine, SamplingParams
from roost.engine.sampling import EVERY_STAGE, GREEDY, PLAIN, Sampler
from roost.errors import RoostError
from roost.model import Transformer

POISON = 0.777  # the temperature that marks the request whose sampling fails


@pytest.fixture(scope="module")
def model(tokenizer):
    config = ModelConfig(
        vocab_size=tokenizer.vocab_size + 8, dim=64, n_layers=2, n_heads=4, n_kv_heads=2, ffn_dim=128, max_seq_len=96,
        tie_embeddings=False,
    )
    model = Transformer(config)
    model.init_weights(seed=5)
    with torch.no_grad():
        model.lm_head.weight.mul_(40)  # peaked next-token distributions: greedy paths are not near-ties
    return model.eval()


@pytest.fixture(scope="module")
def engine(model, tokenizer):
    engine = Engine(model, tokenizer, max_batch_size=4)
    yield engine
    asyncio.run(engine.stop())


def ids_of(tokenizer, text: str) -> list[int]:
    return [tokenizer.boundary_id, *tokenizer.encode(text)]


async def outcome(engine, ids, params) -> tuple[list[int], str]:
    """The stream's token ids and how it ended: its finish reason, or the error it raised."""
    tokens = []
    try:
        async for event in engine.generate(ids, params):
            tokens.append(event.token_id)
            if event.finish_reason:
                return tokens, event.finish_reason
    except RoostError as exc:
        return tokens, f"error: {exc}"
    return tokens, "no end"


def victims(tokenizer) -> list[tuple[list[int], SamplingParams]]:
    return [
        (ids_of(tokenizer, "good morning"), SamplingParams(temperature=0, max_new_tokens=24, ignore_eos=True)),
        (ids_of(tokenizer, "I love"), SamplingParams(temperature=0.9, top_p=0.9, seed=3, max_new_tokens=20, ignore_eos=True)),
        (ids_of(tokenizer, "what a game"), SamplingParams(temperature=1.0, top_k=30, seed=4, max_new_tokens=16, ignore_eos=True)),
    ]  # fmt: skip


def test_extreme_but_valid_settings_sample_sensibly_beside_others(engine, tokenizer):
    """top_k past int64, a denormal top_p, a temperature that float32 cannot hold, a huge seed, huge bias and
    penalties: each stream runs to its end, means what the setting says, and the others' streams are unchanged."""
    ids = ids_of(tokenizer, "why would anyone")
    base = dict(max_new_tokens=12, ignore_eos=True)
    greedy = SamplingParams(temperature=0, **base)
    extreme = {
        "top_k": SamplingParams(top_k=2**63, seed=11, **base),
        "top_p": SamplingParams(top_p=5e-324, seed=12, **base),
        "temperature": SamplingParams(temperature=1e-300, seed=13, **base),
        "seed": SamplingParams(seed=2**200 + 5, **base),
        "bias": SamplingParams(temperature=0, logit_bias={7: 1e300}, **base),
        "penalties": SamplingParams(presence_penalty=1e300, repetition_penalty=1e300, seed=14, **base),
        "tiny penalty": SamplingParams(repetition_penalty=1e-300, frequency_penalty=-1e300, seed=15, **base),
    }
    alone = [asyncio.run(outcome(engine, prompt, params)) for prompt, params in victims(tokenizer)]

    async def together():
        streams = [outcome(engine, prompt, params) for prompt, params in victims(tokenizer)]
        streams += [outcome(engine, ids, params) for params in extreme.values()]
        return await asyncio.gather(*streams)

    results = asyncio.run(together())
    assert results[: len(alone)] == alone  # the victims' streams are the ones they get alone
    got = dict(zip(extreme, results[len(alone) :], strict=True))
    assert all(finish == "length" and len(tokens) == 12 for tokens, finish in got.values()), got
    expected_greedy, _ = asyncio.run(outcome(engine, ids, greedy))
    no_top_k, _ = asyncio.run(outcome(engine, ids, SamplingParams(seed=11, **base)))
    assert got["top_k"][0] == no_top_k  # a top_k past the vocabulary keeps every token
    assert got["top_p"][0] == got["temperature"][0] == expected_greedy  # both keep only the most likely token
    assert got["bias"][0] == [7] * 12  # a huge bias saturates: that token always
    assert len(set(got["penalties"][0])) == 12  # a huge presence penalty: never the same token twice
    with pytest.raises(RoostError, match="temperature=nan must be a finite number"):
        engine.generate(ids, SamplingParams(temperature=float("nan")))


def _poisoned_draw(after: int):
    """Sampler.draw that fails for rows whose temperature is POISON once they have drawn `after` tokens."""
    real = Sampler.draw

    def draw(self, logits, rows, features):
        marked = (self.temperature[rows] == POISON) & (self.drawn[rows] >= after)
        if bool(marked.any()):
            raise RuntimeError("this row's sampling is broken")
        return real(self, logits, rows, features)

    return draw


@pytest.mark.parametrize("after", [0, 5], ids=["in-prefill", "mid-decode"])
def test_a_request_that_fails_ends_alone_and_the_others_finish(engine, tokenizer, monkeypatch, after):
    alone = [asyncio.run(outcome(engine, prompt, params)) for prompt, params in victims(tokenizer)]
    monkeypatch.setattr(Sampler, "draw", _poisoned_draw(after))
    poisoned = SamplingParams(temperature=POISON, seed=1, max_new_tokens=30, ignore_eos=True)

    async def together():  # the failing request shares its prefill group and its decode steps with the victims
        streams = [outcome(engine, prompt, params) for prompt, params in victims(tokenizer)]
        return await asyncio.gather(outcome(engine, ids_of(tokenizer, "ok"), poisoned), *streams)

    failed, *others = asyncio.run(together())
    assert others == alone
    assert failed[1] == "error: generation failed: this row's sampling is broken" and len(failed[0]) == after
    assert engine.running == 0 and engine.queue_depth == 0  # its slot was freed
    monkeypatch.undo()
    assert asyncio.run(outcome(engine, *victims(tokenizer)[0])) == alone[0]  # and the engine serves on


def test_compiled_variants_do_not_grow_with_sampling_values(model, tokenizer):
    """Sampling settings are tensors, not part of a compiled step's key: new top_k / top_p / temperature values
    need no new compilation (which would make requests wait or run slower while it builds)."""
    ids = ids_of(tokenizer, "good morning")
    base = dict(max_new_tokens=8, ignore_eos=True, seed=2)
    first = [
        SamplingParams(temperature=0, **base), SamplingParams(temperature=0.8, **base),
        SamplingParams(top_k=5, **base), SamplingParams(top_p=0.9, temperature=0.7, min_p=0.05, **base),
    ]  # fmt: skip
    then = [SamplingParams(top_k=k, temperature=t, **base) for k, t in [(3, 0.3), (40, 1.9), (2**63, 1.2), (17, 0.6)]]
    then += [SamplingParams(top_p=p, temperature=t, **base) for p, t in [(0.5, 0.4), (5e-324, 1.1), (0.99, 0.2)]]
    then += [SamplingParams(temperature=t, **base) for t in (0.05, 0.33, 1.7)]
    engine = Engine(model, tokenizer, max_batch_size=2, static_decode=True)
    decoder = engine._decode

    async def each(on, params_list):  # one at a time: every one decodes in one-row rounds
        return [await outcome(on, ids, params) for params in params_list]

    try:
        asyncio.run(each(engine, first))
        decoder.wait_built()
        built, graphs = dict(decoder.compiled), counters["stats"]["unique_graphs"]
        compiled_run = asyncio.run(each(engine, then))  # every value new
        decoder.wait_built()
    finally:
        asyncio.run(engine.stop())
    assert not decoder.failed and {features for _, _, features in built} == {GREEDY, PLAIN, EVERY_STAGE}
    assert decoder.compiled == built and not decoder.wanted
    assert counters["stats"]["unique_graphs"] == graphs  # nothing more was compiled
    eager = Engine(model, tokenizer, max_batch_size=2)
    try:
        assert asyncio.run(each(eager, then)) == compiled_run  # and the compiled steps sample as the eager ones
    finally:
        asyncio.run(eager.stop())


def test_a_compiled_round_that_fails_is_undone_and_its_rows_decode_eagerly(engine, model, tokenizer, capsys):
    """A compiled step that fails part-way through a round (after earlier steps advanced the state): the round is
    undone, that variant is dropped, and the stream is exactly the eager one."""
    ids = ids_of(tokenizer, "the birds are")
    params = SamplingParams(temperature=0.9, top_k=20, seed=8, max_new_tokens=40, ignore_eos=True)
    expected = asyncio.run(outcome(engine, ids, params))
    compiled = Engine(model, tokenizer, max_batch_size=2, static_decode=True)
    decoder = compiled._decode
    try:
        asyncio.run(outcome(compiled, ids, params))  # wants the variant
        decoder.wait_built()
        (key, step), *_ = [(k, s) for k, s in decoder.compiled.items() if k[2] == EVERY_STAGE and k[0] == 1]
        calls = []

        def fails_on_the_fifth_call(*args):
            calls.append(1)
            if len(calls) == 5:
                raise RuntimeError("compiled step broke")
            return step(*args)

        decoder.compiled[key] = fails_on_the_fifth_call
        got = asyncio.run(outcome(compiled, ids, params))
    finally:
        asyncio.run(compiled.stop())
    assert len(calls) == 5 and key not in decoder.compiled  # it ran, failed once, and is not used again
    assert "a compiled decode step failed, decoding its rows eagerly: compiled step broke" in capsys.readouterr().err
    assert got == expected
