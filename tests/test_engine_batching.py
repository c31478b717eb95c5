"""The continuous-batching engine end to end: real model, real tokenizer, real threads and event loops."""

from __future__ import annotations

import asyncio
import itertools

import pytest
import torch
from torch._dynamo.utils import counters

from roost.config import ModelConfig
from roost.engine import ContextLengthError, Engine, SamplingParams
from roost.errors import RoostError
from roost.model import Transformer


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


PROMPTS = ["good morning", "the birds are", "I love", "why would anyone", "#blessed sunday", "ok", "what a game"]


def prompt_ids(tokenizer, text: str) -> list[int]:
    return [tokenizer.boundary_id, *tokenizer.encode(text)]


async def collect(engine, ids, params):
    return [event async for event in engine.generate(ids, params)]


def test_greedy_batched_equals_alone(engine, tokenizer):
    requests = [
        (prompt_ids(tokenizer, text), SamplingParams(temperature=0, max_new_tokens=10 + 5 * i, ignore_eos=True))
        for i, text in enumerate(PROMPTS)
    ]

    async def alone():
        return [await collect(engine, ids, params) for ids, params in requests]

    async def together():  # 7 requests through 4 slots: requests join as others leave
        return await asyncio.gather(*(collect(engine, ids, params) for ids, params in requests))

    expected = asyncio.run(alone())
    steps_before = engine.decode_steps
    got = asyncio.run(together())
    assert [[e.token_id for e in events] for events in got] == [[e.token_id for e in events] for events in expected]
    assert [len(events) for events in got] == [10 + 5 * i for i in range(len(PROMPTS))]
    assert all(events[-1].finish_reason == "length" for events in got)
    assert engine.decode_steps - steps_before < sum(len(events) for events in got) // 2  # steps were shared


def test_compiled_cpu_decode_rounds_give_the_eager_stream(engine, model, tokenizer):
    """On CPU the static decoder samples inside compiled steps, several per round: the streams are the eager ones.

    Four greedy requests of different lengths share four, three (padded to four), two and one rows (rounds cut at
    each request's token limit, one answer grows past the smallest attention window); a seeded request with
    top-p and a repetition penalty stops on a stop string that can fall mid-round. The first time through the
    steps are not built: the greedy batch decodes eagerly without waiting, and the engine builds each wanted step
    once idle, on scratch state, so the second time through runs them without compiling anything more.
    """
    greedy = [
        (prompt_ids(tokenizer, text), SamplingParams(temperature=0, max_new_tokens=6 + 4 * i, ignore_eos=True))
        for i, text in enumerate(PROMPTS[:3])
    ]
    long_prompt = prompt_ids(tokenizer, " ".join(PROMPTS * 4))[:56]  # its answer crosses the 64-position window
    greedy.append((long_prompt, SamplingParams(temperature=0, max_new_tokens=20, ignore_eos=True)))
    ids = prompt_ids(tokenizer, "why would anyone")
    sampled = SamplingParams(temperature=0.8, top_p=0.9, repetition_penalty=1.3, seed=7, max_new_tokens=30, ignore_eos=True)
    answer = "".join(e.text for e in asyncio.run(collect(engine, ids, sampled)))
    with_stop = SamplingParams(**{**sampled.__dict__, "stop": [answer[12:15]]})

    async def all_of_them(on):
        batch = await asyncio.gather(*(collect(on, prompt, params) for prompt, params in greedy))
        return [*batch, await collect(on, ids, with_stop)]

    def stream(events):
        return [(e.token_id, e.text, e.finish_reason) for e in events]

    compiled = Engine(model, tokenizer, max_batch_size=4, static_decode=True)
    try:
        unbuilt = asyncio.run(all_of_them(compiled))
        compiled._decode.wait_built()
        graphs, built, steps_before = counters["stats"]["unique_graphs"], len(compiled._decode.compiled), compiled.decode_steps
        got = asyncio.run(all_of_them(compiled))
    finally:
        asyncio.run(compiled.stop())
    assert not compiled._decode.failed and {rows for rows, _, _ in compiled._decode.compiled} == {1, 2, 4}
    assert {span for _, span, _ in compiled._decode.compiled} == {64, 96}
    # one graph per build (a variant first wanted this time is built in an idle moment): live calls compiled none
    assert counters["stats"]["unique_graphs"] - graphs == len(compiled._decode.compiled) - built
    assert compiled.decode_steps - steps_before < sum(len(events) for events in got)  # rounds were shared
    expected = [stream(events) for events in asyncio.run(all_of_them(engine))]
    assert [stream(events) for events in got] == [stream(events) for events in unbuilt] == expected
    assert got[-1][-1].finish_reason == "stop" and len(got[-1]) < 30


def test_a_step_that_cannot_compile_leaves_the_engine_decoding_eagerly(engine, model, tokenizer, monkeypatch, capsys):
    """No compiler (or an unsupported op): the idle build fails once, says so, and every stream is still served."""

    def no_compiler(function, **options):
        def fails(*args, **kwargs):
            raise RuntimeError("no C++ compiler here")

        return fails

    monkeypatch.setattr(torch, "compile", no_compiler)
    ids = prompt_ids(tokenizer, "good morning")
    params = SamplingParams(temperature=0, max_new_tokens=12, ignore_eos=True)
    compiled = Engine(model, tokenizer, max_batch_size=4, static_decode=True)
    try:
        first = asyncio.run(collect(compiled, ids, params))
        compiled._decode.wait_built()  # returns: the failure ends the build queue
        again = asyncio.run(collect(compiled, ids, params))
    finally:
        asyncio.run(compiled.stop())
    assert compiled._decode.failed and not compiled._decode.compiled and not compiled._decode.wanted
    assert "compiling the decode step failed, decoding eagerly: no C++ compiler here" in capsys.readouterr().err
    expected = asyncio.run(collect(engine, ids, params))
    assert [e.token_id for e in first] == [e.token_id for e in again] == [e.token_id for e in expected]


def test_max_context_caps_the_cache_and_each_request(model, tokenizer):
    capped = Engine(model, tokenizer, max_batch_size=2, max_context=32)
    assert capped.max_seq_len == 32 and capped.state.cache.keys[0].size(2) == 32  # the model's context is 96
    # compiled steps are built on scratch state of the live cache's shapes
    assert capped.state.scratch(rows=1).cache.keys[0].shape == capped.state.cache.keys[0].shape
    with pytest.raises(ContextLengthError, match="prompt is 40 tokens; the context here is 32 tokens"):
        capped.generate([1] * 40, SamplingParams())
    ids = prompt_ids(tokenizer, "good morning")

    async def watched():  # the share of the cache held, seen while the request runs
        stream = capped.generate(ids, SamplingParams(temperature=0, max_new_tokens=50, ignore_eos=True))
        events = [await anext(stream)]
        usage = capped.cache_usage
        return events + [event async for event in stream], usage

    try:
        events, usage = asyncio.run(watched())
    finally:
        asyncio.run(capped.stop())
    assert len(ids) + len(events) == 32 and events[-1].finish_reason == "length"
    assert len(ids) / 64 < usage <= 32 / 64 and capped.cache_usage == 0  # two rows of 32 positions


def test_warm_up_builds_the_one_request_steps_before_any_request(model, tokenizer):
    compiled = Engine(model, tokenizer, max_batch_size=4, static_decode=True)
    try:
        asyncio.run(compiled.warm_up())  # returns at once: the steps build in the background
        compiled._decode.wait_built()
    finally:
        asyncio.run(compiled.stop())
    built = {(rows, features.all_greedy) for rows, _, features in compiled._decode.compiled}
    assert built == {(1, True), (1, False)}  # greedy and sampling, one request each
    assert compiled.running == 0 and compiled.queue_depth == 0


def test_greedy_matches_the_model_without_cache(engine, model, tokenizer):
    ids = prompt_ids(tokenizer, "the birds are")
    events = asyncio.run(collect(engine, ids, SamplingParams(temperature=0, max_new_tokens=12, ignore_eos=True)))
    sequence = list(ids)
    with torch.inference_mode():
        for _ in range(12):
            sequence.append(int(model(torch.tensor([sequence]))[0, -1, : tokenizer.vocab_size].argmax()))
    assert [e.token_id for e in events] == sequence[len(ids) :]


def test_seeded_sampling_reproduces_in_any_company(engine, tokenizer):
    ids = prompt_ids(tokenizer, "I love")
    params = SamplingParams(temperature=1.0, top_p=0.95, max_new_tokens=20, seed=123, ignore_eos=True)
    alone = asyncio.run(collect(engine, ids, params))

    async def crowded():
        others = [
            collect(engine, prompt_ids(tokenizer, t), SamplingParams(temperature=0.7, top_k=20, max_new_tokens=15))
            for t in PROMPTS[:3]
        ]
        results = await asyncio.gather(collect(engine, ids, params), *others)
        return results[0]

    again = asyncio.run(crowded())
    assert [e.token_id for e in again] == [e.token_id for e in alone]
    other_seed = asyncio.run(collect(engine, ids, SamplingParams(**{**params.__dict__, "seed": 124})))
    assert [e.token_id for e in other_seed] != [e.token_id for e in alone]


def test_streamed_text_is_the_decoded_tokens(engine, tokenizer):
    params = SamplingParams(temperature=1.0, max_new_tokens=40, seed=9, ignore_eos=True)
    events = asyncio.run(collect(engine, prompt_ids(tokenizer, "why would anyone"), params))
    tokens = [e.token_id for e in events]
    assert "".join(e.text for e in events) == tokenizer.decode(tokens)


def test_stop_string_in_the_stream(engine, tokenizer):
    ids = prompt_ids(tokenizer, "good morning")
    greedy = SamplingParams(temperature=0, max_new_tokens=30, ignore_eos=True)
    events = asyncio.run(collect(engine, ids, greedy))
    full = "".join(e.text for e in events)
    # a stop string that straddles a token boundary: the end of one token's text and the start of the next
    boundary = len(events[2].text) and sum(len(e.text) for e in events[:3])
    stop = full[boundary - 1 : boundary + 2]
    assert len(stop) == 3 and full.find(stop) == boundary - 1
    stopped = asyncio.run(collect(engine, ids, SamplingParams(**{**greedy.__dict__, "stop": [stop]})))
    assert "".join(e.text for e in stopped) == full[: boundary - 1]
    ends = list(itertools.accumulate(len(e.text) for e in events))  # a token may hold back part of a character
    completed = next(i for i, end in enumerate(ends) if end >= boundary + 2)  # the token that completes the stop
    assert stopped[-1].finish_reason == "stop" and len(stopped) == completed + 1


def test_end_token_stops_by_default(engine, tokenizer):
    params = SamplingParams(temperature=0, max_new_tokens=10, logit_bias={tokenizer.eos_id: 100.0})
    events = asyncio.run(collect(engine, prompt_ids(tokenizer, "ok"), params))
    assert len(events) == 1 and events[0].token_id == tokenizer.eos_id
    assert events[0].text == "" and events[0].finish_reason == "stop"


def test_logprobs_in_events(engine, tokenizer):
    params = SamplingParams(temperature=0, max_new_tokens=3, logprobs=2, ignore_eos=True)
    events = asyncio.run(collect(engine, prompt_ids(tokenizer, "ok"), params))
    for event in events:
        assert len(event.top_logprobs) == 2 and event.top_logprobs[0][0] == event.token_id
        assert event.logprob == pytest.approx(event.top_logprobs[0][1]) and event.logprob <= 0


def test_context_length_is_checked_up_front_and_caps_generation(engine, tokenizer):
    async def scenario():
        with pytest.raises(ContextLengthError, match="96 tokens"):
            engine.generate([tokenizer.boundary_id] * 96, SamplingParams())
        with pytest.raises(RoostError, match="temperature"):
            engine.generate([1, 2], SamplingParams(temperature=-1))
        return await collect(engine, [tokenizer.boundary_id] * 90, SamplingParams(max_new_tokens=50, ignore_eos=True))

    events = asyncio.run(scenario())
    assert len(events) == 6 and events[-1].finish_reason == "length"


def test_cancelled_request_stops_consuming_compute(engine, tokenizer):
    long = SamplingParams(temperature=0.8, max_new_tokens=80, seed=1, ignore_eos=True)

    async def scenario():
        victim = engine.generate(prompt_ids(tokenizer, "I love"), long)
        survivor = engine.generate(prompt_ids(tokenizer, "what a game"), long)
        for _ in range(3):
            await victim.__anext__()
        await victim.aclose()
        steps_at_close = victim.request.decode_steps
        received = [event async for event in survivor]
        return victim.request, steps_at_close, received

    victim, steps_at_close, received = asyncio.run(scenario())
    assert len(received) == 80  # the other request ran to the end
    assert victim.decode_steps <= steps_at_close + 1  # at most the step already in flight
    assert victim.decode_steps < 40 and engine.running == 0


def test_cancelling_the_consumer_task_frees_the_slot(engine, tokenizer):
    async def scenario():
        started = asyncio.Event()

        async def consume():
            async for _ in engine.generate(prompt_ids(tokenizer, "ok"), SamplingParams(max_new_tokens=90, ignore_eos=True)):
                started.set()

        task = asyncio.create_task(consume())
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        for _ in range(200):  # the worker evicts it before its next step
            if engine.running == 0:
                return True
            await asyncio.sleep(0.01)
        return False

    assert asyncio.run(scenario())


def test_queue_depth_counts_requests_waiting_for_a_slot(engine, tokenizer):
    async def scenario():
        params = SamplingParams(max_new_tokens=30, ignore_eos=True)
        streams = [engine.generate(prompt_ids(tokenizer, "ok"), params) for _ in range(6)]
        depth = engine.queue_depth
        results = [[e async for e in s] for s in streams]
        return depth, results

    depth, results = asyncio.run(scenario())
    assert depth >= 2 and all(len(r) == 30 for r in results)
    assert engine.queue_depth == 0


def test_stop_ends_open_streams_and_the_engine_restarts(model, tokenizer):
    engine = Engine(model, tokenizer, max_batch_size=2)

    async def scenario():
        await engine.start()
        params = SamplingParams(max_new_tokens=90, ignore_eos=True)
        streams = [engine.generate(prompt_ids(tokenizer, "ok"), params) for _ in range(3)]  # one waits for a slot
        await streams[0].__anext__()
        await engine.stop()
        errors = []
        for stream in streams:
            with pytest.raises(RoostError, match="engine stopped"):
                async for _ in stream:
                    pass
            errors.append(True)
        again = await collect(engine, prompt_ids(tokenizer, "ok"), SamplingParams(max_new_tokens=5, ignore_eos=True))
        await engine.stop()
        return errors, again

    errors, again = asyncio.run(scenario())
    assert len(errors) == 3 and len(again) == 5 and again[-1].finish_reason == "length"
