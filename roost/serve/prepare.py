"""From a validated OpenAI request body to a `Job`: prompt tokens, per-choice sampling settings, and the checks
that answer 400 before anything is admitted (caps on n, stop and max_tokens; logit_bias ids; context length).

`check_prompt_size` runs before this, on the event loop: it refuses a prompt over `serve.max_prompt_chars` at once
(413), so a large prompt costs nothing before it is refused. Preparing tokenizes, so the server runs it for a long
prompt in a worker thread: a long prompt never pauses other requests' streams.

Sampling settings are brought into the range the engine's tensors represent, keeping their meaning: a `top_k` at or
above the vocabulary is no top-k; a temperature or `top_p` below `SAMPLING_EPS` (denormals such as 5e-324 included)
is greedy decoding, which is what both tend to; a `repetition_penalty` below `MIN_REPETITION_PENALTY` is that floor
(dividing logits by a denormal overflows them); a seed plus the choice's index wraps around within int64.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from roost.engine import SamplingParams
from roost.errors import RoostError
from roost.serve.db import KeyRecord
from roost.serve.generation import ChoiceSpec, Job, ServerState
from roost.serve.schemas import APIError, ChatCompletionRequest, CompletionRequest, SamplingRequest
from roost.tokenizer import Tokenizer

SAMPLING_EPS = 1e-5  # as vLLM: a temperature or top_p below this samples greedily
MIN_REPETITION_PENALTY = 1e-2

def prompt_chars(body: ChatCompletionRequest | CompletionRequest) -> int:
    """Characters in the request's prompt text, before any tokenizing (a token id counts as one)."""
    if isinstance(body, ChatCompletionRequest):
        return sum(len(message.text()) for message in body.messages)
    prompt = body.prompt
    if isinstance(prompt, str):
        return len(prompt)
    return sum(len(item) if isinstance(item, (str, list)) else 1 for item in prompt)


def check_prompt_size(state: ServerState, body: ChatCompletionRequest | CompletionRequest) -> int:
    """The prompt's characters; 413 if over `serve.max_prompt_chars`, before anything tokenizes it."""
    chars, cap = prompt_chars(body), state.config.max_prompt_chars
    if chars > cap:
        param = "messages" if isinstance(body, ChatCompletionRequest) else "prompt"
        raise APIError(
            413, f"The prompt is too long: {chars} characters; this server accepts at most {cap}.", param=param,
            code="request_too_large",
        )
    return chars


@dataclass
class Prepared:
    job: Job
    reserve_tokens: int  # what the rate limiter reserves: prompts plus every choice's max_tokens
    moderation_text: str  # what the moderation hook judges before generation


def prepare_chat(state: ServerState, body: ChatCompletionRequest, key: KeyRecord | None) -> Prepared:
    tokenizer = state.engine.tokenizer
    messages = [{"role": "system" if m.role == "developer" else m.role, "content": m.text()} for m in body.messages]
    try:
        prompt = tokenizer.render_chat(messages, add_generation_prompt=True, loss_mask=False).ids
    except RoostError as exc:  # the model's template refused these messages (a role it has no turn for, ...)
        raise APIError(400, f"The messages cannot be rendered in this model's chat template: {exc}", param="messages") from None
    if body.max_tokens is not None and body.max_completion_tokens is not None and body.max_tokens != body.max_completion_tokens:
        raise APIError(400, "Give max_tokens or max_completion_tokens, not both with different values.", param="max_tokens")
    logprobs = (body.top_logprobs or 0) if body.logprobs else None
    if body.top_logprobs is not None and not body.logprobs:
        raise APIError(400, "top_logprobs requires logprobs to be true.", param="top_logprobs")
    if body.store:
        raise APIError(400, "store=true is not supported: roost does not keep completions.", param="store", code="unsupported_parameter")
    job = _job(state, body, key, "chat.completions", [prompt], [0], body.max_completion_tokens or body.max_tokens, logprobs, "messages")
    text = "\n".join(m["content"] for m in messages)
    return Prepared(job, _reserve(job), text)


def prepare_completion(state: ServerState, body: CompletionRequest, key: KeyRecord | None) -> Prepared:
    tokenizer = state.engine.tokenizer
    if body.echo:
        raise APIError(400, "echo is not supported.", param="echo", code="unsupported_parameter")
    if body.suffix:
        raise APIError(400, "suffix is not supported: roost's models do not insert text.", param="suffix", code="unsupported_parameter")
    if body.best_of is not None and body.best_of != (body.n or 1):
        raise APIError(400, "best_of is not supported (it may only equal n).", param="best_of", code="unsupported_parameter")
    prompts, texts = _completion_prompts(tokenizer, body.prompt)
    job = _job(state, body, key, "completions", prompts, [len(t) for t in texts], body.max_tokens, body.logprobs, "prompt")
    return Prepared(job, _reserve(job), "\n".join(texts))


def _completion_prompts(tokenizer: Tokenizer, prompt: str | list) -> tuple[list[list[int]], list[str]]:
    """Each prompt as token ids, starting a new document (<|endoftext|>) as every training post does."""
    if isinstance(prompt, str):
        items: list = [prompt]
    elif prompt and all(isinstance(p, int) for p in prompt):
        items = [prompt]
    else:
        items = list(prompt)
    if not items:
        raise APIError(400, "prompt must not be an empty list.", param="prompt")
    prompts, texts = [], []
    for item in items:
        if isinstance(item, str):
            prompts.append([tokenizer.boundary_id, *tokenizer.encode(item)])
            texts.append(item)
            continue
        bad = [t for t in item if not 0 <= t < tokenizer.vocab_size]
        if bad:
            raise APIError(400, f"prompt token id {bad[0]} is outside the vocabulary (0..{tokenizer.vocab_size - 1}).", param="prompt")
        prompts.append(list(item) or [tokenizer.boundary_id])
        texts.append(tokenizer.decode(item))
    return prompts, texts


def _job(
    state: ServerState,
    body: SamplingRequest,
    key: KeyRecord | None,
    endpoint: str,
    prompts: list[list[int]],
    prompt_chars: list[int],
    max_tokens: int | None,
    logprobs: int | None,
    prompt_param: str,
) -> Job:
    config = state.config
    n = body.n or 1
    if body.stream_options is not None and not body.stream:
        raise APIError(400, "stream_options is only allowed when stream is true.", param="stream_options")
    if body.model != state.model_id:
        raise APIError(
            404, f"The model '{body.model}' does not exist or you do not have access to it.", param="model", code="model_not_found"
        )
    if n * len(prompts) > config.max_n:
        raise APIError(400, f"n is too large: at most {config.max_n} choices per request (prompts x n).", param="n")
    stop = body.stop_list()
    if len(stop) > config.max_stop:
        raise APIError(400, f"At most {config.max_stop} stop sequences are allowed, got {len(stop)}.", param="stop")
    if max_tokens is not None and max_tokens > config.max_tokens_cap:
        raise APIError(
            400, f"max_tokens is too large: {max_tokens}. This server allows at most {config.max_tokens_cap}.", param="max_tokens"
        )
    context = state.engine.max_seq_len
    longest = max(len(p) for p in prompts)
    budget = max_tokens if max_tokens is not None else min(config.max_tokens_cap, context - longest)
    if longest + max(budget, 1) > context:
        raise APIError(
            400,
            f"This model's maximum context length is {context} tokens. However, you requested {longest + max(budget, 1)} "
            f"tokens ({longest} in the {prompt_param}, {max(budget, 1)} in the completion). "
            f"Please reduce the length of the {prompt_param} or completion.",
            param=prompt_param,
            code="context_length_exceeded",
        )
    vocab_size = state.engine.tokenizer.vocab_size
    bias = _logit_bias(body.logit_bias, vocab_size)
    temperature = 1.0 if body.temperature is None else body.temperature
    top_p = 1.0 if body.top_p is None else body.top_p
    if temperature < SAMPLING_EPS or top_p < SAMPLING_EPS:
        temperature, top_p = 0.0, 1.0  # OpenAI accepts top_p=0, which leaves only the most likely token
    top_k = body.top_k or 0
    if top_k >= vocab_size:
        top_k = 0  # keeps every token anyway; one setting for all such values
    repetition_penalty = 1.0 if body.repetition_penalty is None else max(body.repetition_penalty, MIN_REPETITION_PENALTY)
    choices = []
    for prompt_index in range(len(prompts)):
        for j in range(n):
            index = prompt_index * n + j
            params = SamplingParams(
                max_new_tokens=budget,
                temperature=temperature,
                top_k=top_k,
                top_p=top_p,
                min_p=body.min_p or 0.0,
                repetition_penalty=repetition_penalty,
                presence_penalty=body.presence_penalty or 0.0,
                frequency_penalty=body.frequency_penalty or 0.0,
                logit_bias=bias,
                seed=None if body.seed is None else _int64(body.seed + index),  # distinct choices, reproducible together
                stop=stop,
                logprobs=logprobs,
                ignore_eos=bool(body.ignore_eos),
            )
            choices.append(ChoiceSpec(index=index, prompt_index=prompt_index, params=params))
    return Job(
        request_id=f"{'chatcmpl' if endpoint == 'chat.completions' else 'cmpl'}-{uuid.uuid4().hex}",
        endpoint=endpoint,
        created=int(time.time()),
        prompts=prompts,
        choices=choices,
        key=key,
        prompt_chars=prompt_chars,
    )


def _logit_bias(raw: dict[str, float] | None, vocab_size: int) -> dict[int, float]:
    """Token id -> bias; the schema has already checked that keys are ASCII digits and values lie in [-100, 100]."""
    bias = {}
    for token, value in (raw or {}).items():
        if int(token) >= vocab_size:
            raise APIError(400, f"logit_bias key {token!r} is not a token id of this model (0..{vocab_size - 1}).", param="logit_bias")
        bias[int(token)] = float(value)
    return bias


def _int64(value: int) -> int:
    return (value + 2**63) % 2**64 - 2**63


def _reserve(job: Job) -> int:
    return job.prompt_tokens + sum(spec.params.max_new_tokens for spec in job.choices)
