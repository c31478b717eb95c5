"""Engine output in OpenAI's shapes: SSE chunk streams and whole responses, for chat and text completions.

Streams follow OpenAI exactly: a chat stream opens each choice with a `{"role": "assistant", "content": ""}` delta,
sends content deltas, closes each choice with an empty delta carrying `finish_reason`, then (with
`stream_options.include_usage`) one chunk with `choices: []` and the usage, then `data: [DONE]`. Usage is written
to serve.db before that last chunk leaves, so what a client is told it used is already on record. An engine
failure mid-stream is sent as an `{"error": ...}` event, which the official client raises as an APIError.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator

from roost.engine import TokenEvent
from roost.serve.generation import ChoiceUpdate, Job, ServerState, Ticket, run_job
from roost.serve.schemas import (
    APIError,
    AssistantMessage,
    ChatChoice,
    ChatChunkChoice,
    ChatCompletion,
    ChatCompletionChunk,
    ChatLogprobs,
    ChunkDelta,
    Completion,
    CompletionChoice,
    CompletionLogprobs,
    TokenLogprob,
    TopLogprob,
    Usage,
)
from roost.tokenizer import Tokenizer

DONE = "data: [DONE]\n\n"


def sse(payload: dict) -> str:
    return f"data: {json.dumps(payload, ensure_ascii=False, separators=(',', ':'))}\n\n"


def usage_of(ticket: Ticket) -> Usage:
    meter = ticket.meter
    return Usage(
        prompt_tokens=meter.prompt_tokens,
        completion_tokens=meter.completion_tokens,
        total_tokens=meter.prompt_tokens + meter.completion_tokens,
    )


def token_text(tokenizer: Tokenizer, token_id: int) -> tuple[str, list[int]]:
    """A token as OpenAI shows it in logprobs: its text, or `bytes:\\xNN..` when it is part of a character."""
    raw = tokenizer.token_bytes(token_id)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = "bytes:" + "".join(f"\\x{b:02x}" for b in raw)
    return text, list(raw)


def chat_logprobs(tokenizer: Tokenizer, events: list[TokenEvent]) -> ChatLogprobs:
    content = []
    for event in events:
        if event.logprob is None:
            continue
        text, raw = token_text(tokenizer, event.token_id)
        top = []
        for token_id, logprob in event.top_logprobs or []:
            alt_text, alt_raw = token_text(tokenizer, token_id)
            top.append(TopLogprob(token=alt_text, logprob=logprob, bytes=alt_raw))
        content.append(TokenLogprob(token=text, logprob=event.logprob, bytes=raw, top_logprobs=top))
    return ChatLogprobs(content=content)


def completion_logprobs(tokenizer: Tokenizer, events: list[TokenEvent], offset: int) -> CompletionLogprobs:
    result = CompletionLogprobs(tokens=[], token_logprobs=[], top_logprobs=[], text_offset=[])
    for event in events:
        if event.logprob is None:
            continue
        text, _ = token_text(tokenizer, event.token_id)
        result.tokens.append(text)
        result.token_logprobs.append(event.logprob)
        result.top_logprobs.append({token_text(tokenizer, t)[0]: lp for t, lp in event.top_logprobs or []})
        result.text_offset.append(offset)
        offset += len(event.text)
    return result


def _error_event(exc: Exception) -> str:
    error = exc if isinstance(exc, APIError) else APIError(500, f"generation failed: {exc}", type="server_error")
    return sse(error.body())


# ---- chat ----------------------------------------------------------------------------------------------------


async def chat_stream(state: ServerState, ticket: Ticket, include_usage: bool, logprobs: bool) -> AsyncIterator[str]:
    job = ticket.job
    tokenizer = state.engine.tokenizer

    def chunk(choices: list[ChatChunkChoice], usage: Usage | None = None) -> str:
        body = ChatCompletionChunk(
            id=job.request_id, created=job.created, model=state.model_id, choices=choices, usage=usage
        ).model_dump()
        if not include_usage:
            del body["usage"]
        return sse(body)

    for spec in job.choices:
        yield chunk([ChatChunkChoice(index=spec.index, delta=ChunkDelta(role="assistant", content=""))])
    try:
        async with contextlib.aclosing(run_job(state, ticket)) as updates:
            async for update in updates:
                if update.text:
                    lp = chat_logprobs(tokenizer, update.events) if logprobs else None
                    yield chunk([ChatChunkChoice(index=update.index, delta=ChunkDelta(content=update.text), logprobs=lp)])
                if update.finish_reason is not None:
                    yield chunk([ChatChunkChoice(index=update.index, delta=ChunkDelta(), finish_reason=update.finish_reason)])
    except Exception as exc:  # noqa: BLE001 - the stream has started; the error travels as an event
        yield _error_event(exc)
        return
    if include_usage:
        yield chunk([], usage_of(ticket))
    yield DONE


async def chat_response(state: ServerState, ticket: Ticket, logprobs: bool) -> ChatCompletion:
    updates = await _collect(state, ticket)
    tokenizer = state.engine.tokenizer
    choices = [
        ChatChoice(
            index=index,
            message=AssistantMessage(content="".join(u.text for u in parts)),
            logprobs=chat_logprobs(tokenizer, [e for u in parts for e in u.events]) if logprobs else None,
            finish_reason=parts[-1].finish_reason,
        )
        for index, parts in sorted(updates.items())
    ]
    return ChatCompletion(
        id=ticket.job.request_id, created=ticket.job.created, model=state.model_id, choices=choices, usage=usage_of(ticket)
    )


# ---- text completions ----------------------------------------------------------------------------------------


async def completion_stream(
    state: ServerState, ticket: Ticket, include_usage: bool, logprobs: bool
) -> AsyncIterator[str]:
    job = ticket.job
    tokenizer = state.engine.tokenizer
    offsets = {spec.index: _prompt_chars(job, spec.prompt_index) for spec in job.choices}

    def chunk(choices: list[CompletionChoice], usage: Usage | None = None) -> str:
        body = Completion(id=job.request_id, created=job.created, model=state.model_id, choices=choices, usage=usage).model_dump()
        if not include_usage:
            del body["usage"]
        return sse(body)

    try:
        async with contextlib.aclosing(run_job(state, ticket)) as updates:
            async for update in updates:
                if not update.text and update.finish_reason is None:
                    continue
                lp = None
                if logprobs:
                    lp = completion_logprobs(tokenizer, update.events, offsets[update.index])
                offsets[update.index] += len(update.text)
                yield chunk([CompletionChoice(index=update.index, text=update.text, logprobs=lp, finish_reason=update.finish_reason)])
    except Exception as exc:  # noqa: BLE001 - the stream has started; the error travels as an event
        yield _error_event(exc)
        return
    if include_usage:
        yield chunk([], usage_of(ticket))
    yield DONE


async def completion_response(state: ServerState, ticket: Ticket, logprobs: bool) -> Completion:
    updates = await _collect(state, ticket)
    tokenizer = state.engine.tokenizer
    prompt_of = {spec.index: spec.prompt_index for spec in ticket.job.choices}
    choices = [
        CompletionChoice(
            index=index,
            text="".join(u.text for u in parts),
            logprobs=(
                completion_logprobs(tokenizer, [e for u in parts for e in u.events], _prompt_chars(ticket.job, prompt_of[index]))
                if logprobs
                else None
            ),
            finish_reason=parts[-1].finish_reason,
        )
        for index, parts in sorted(updates.items())
    ]
    return Completion(
        id=ticket.job.request_id, created=ticket.job.created, model=state.model_id, choices=choices, usage=usage_of(ticket)
    )


async def _collect(state: ServerState, ticket: Ticket) -> dict[int, list[ChoiceUpdate]]:
    updates: dict[int, list[ChoiceUpdate]] = {spec.index: [] for spec in ticket.job.choices}
    async with contextlib.aclosing(run_job(state, ticket)) as stream:
        async for update in stream:
            updates[update.index].append(update)
    return updates


def _prompt_chars(job: Job, prompt_index: int) -> int:
    return job.prompt_chars[prompt_index] if prompt_index < len(job.prompt_chars) else 0
