"""From an admitted request to engine work and back: admission, the choices of one request, their merged events.

A request (a `Job`) has one or more choices: `n` per prompt, and text completions may carry several prompts. Each
choice is one engine request, run as its own task that pushes the engine's `TokenEvent`s into one queue; `run_job`
reads the queue and yields `ChoiceUpdate`s in arrival order, observing time to first token and inter-token latency.
Each choice's text is held back until the moderation hook has passed it: the hook sees the whole text so far each
time it has grown by `serve.moderation_stride_chars` characters (the first text at once), and at the end. The stride exists
because a policy check over the whole text costs far more than a decode step; 1 checks every token.

Admission (`admit`) happens after every check that can refuse a request: it reserves the request's tokens with the
rate limiter (the request itself was counted before its prompt was tokenized), takes a place among the server's
bounded in-flight choices (batch slots plus queue), and opens the request's usage meter. A `Ticket` gives all three
back exactly once when the job ends, however it ends; if the client goes away, the job's generator is cancelled and
its cleanup cancels the choice tasks, which frees their engine slots at once. The meter writes the tokens of each
update before the update is yielded (and so before it is sent).

Open tickets are kept by the server state, so `watch_revocations` can end every request of a key revoked while it
runs (from `roost keys revoke` in another process): each is sent a 401 error in its own queue, which ends its
stream with an error event and bills what it generated.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from roost.config import ServeConfig
from roost.engine import Engine, SamplingParams, TokenEvent
from roost.serve.db import AuditRecord, KeyRecord, Store
from roost.serve.hooks import ModerationHook, Verdict
from roost.serve.limits import Limits, RateLimiter, Reservation
from roost.serve.metering import Meter
from roost.serve.metrics import ServerMetrics
from roost.serve.schemas import APIError

ENDED = -1  # the queue index of an error that ends the whole job (`Ticket.end`)


@dataclass
class ServerState:
    """Everything the request path shares, built once per app."""

    engine: Engine
    store: Store
    limiter: RateLimiter
    metrics: ServerMetrics
    moderation: ModerationHook
    config: ServeConfig
    model_id: str
    auth: bool
    in_flight: int = 0  # admitted choices not yet finished
    tickets: set[Ticket] = field(default_factory=set)  # admitted requests not yet finished

    @property
    def capacity(self) -> int:
        return self.config.max_batch_size + self.config.max_queue


@dataclass
class ChoiceSpec:
    index: int
    prompt_index: int
    params: SamplingParams


@dataclass
class Job:
    request_id: str
    endpoint: str  # "chat.completions" or "completions"
    created: int
    prompts: list[list[int]]
    choices: list[ChoiceSpec]
    key: KeyRecord | None
    prompt_chars: list[int] = field(default_factory=list)  # text length of each prompt, for logprobs text_offset

    @property
    def prompt_tokens(self) -> int:
        return sum(len(p) for p in self.prompts)

    @property
    def key_id(self) -> int:
        return self.key.id if self.key else 0


@dataclass
class ChoiceUpdate:
    """New output of one choice: its text delta, the engine events it covers, and the finish reason on its last."""

    index: int
    text: str
    events: list[TokenEvent]
    finish_reason: str | None = None


@dataclass(eq=False)  # kept in a set, by identity
class Ticket:
    """An admitted request's claims on the server, all given back by `close`."""

    state: ServerState
    job: Job
    reservation: Reservation
    meter: Meter
    started: float = field(default_factory=time.perf_counter)
    closed: bool = False
    # where `run_job` reads its choices' events; `end` puts an error there to stop the job from outside
    queue: asyncio.Queue = field(default_factory=asyncio.Queue)

    def end(self, error: APIError) -> None:
        """Stop the job with `error` (answered as a 401 or an error event); what it generated is billed."""
        self.queue.put_nowait((ENDED, error))

    def close(self, status: str) -> None:
        if self.closed:
            return
        self.closed = True
        self.state.tickets.discard(self)
        self.state.in_flight -= len(self.job.choices)
        if status == "aborted" and self.meter.completion_tokens == 0:
            self.state.limiter.cancel(self.reservation)  # the client left before anything was generated
            return
        self.meter.record(status)
        self.state.limiter.settle(self.reservation, self.meter.prompt_tokens + self.meter.completion_tokens)
        self.state.metrics.prompt_tokens.inc(self.meter.prompt_tokens)
        self.state.metrics.completion_tokens.inc(self.meter.completion_tokens)
        self.state.metrics.request_duration.observe(time.perf_counter() - self.started)


def key_limits(state: ServerState, key: KeyRecord | None) -> Limits:
    return Limits(
        requests_per_minute=(key.requests_per_minute if key else None) or state.config.requests_per_minute,
        tokens_per_minute=(key.tokens_per_minute if key else None) or state.config.tokens_per_minute,
    )


def count_request(state: ServerState, key: KeyRecord | None) -> Reservation:
    """Count a request against its key's rate limits (429 if none is left), before any costly work on it."""
    return state.limiter.take_request(key.id if key else 0, key_limits(state, key))


def admit(state: ServerState, job: Job, reserve_tokens: int, reservation: Reservation) -> Ticket:
    """Reserve the job's tokens and take in-flight places for it, or raise 429/503."""
    state.limiter.reserve_tokens(reservation, key_limits(state, job.key), reserve_tokens)
    if state.in_flight + len(job.choices) > state.capacity:
        state.limiter.cancel(reservation)
        raise APIError(
            503,
            "The server is overloaded: every batch slot and queue place is taken. Please retry shortly.",
            type="server_error",
            code="server_overloaded",
            headers={**reservation.headers, "retry-after": "1", "retry-after-ms": "1000"},
        )
    state.in_flight += len(job.choices)
    meter = Meter(state.store, job.key_id, job.request_id, job.endpoint, state.model_id, job.prompt_tokens)
    ticket = Ticket(state, job, reservation, meter)
    state.tickets.add(ticket)
    return ticket


async def watch_revocations(state: ServerState, every: float = 0.25) -> None:
    """End the open requests of any key revoked since they were admitted; runs for the server's life."""
    while True:
        await asyncio.sleep(every)
        keyed = {ticket.job.key_id for ticket in state.tickets if ticket.job.key is not None}
        if not keyed:
            continue
        revoked = await asyncio.to_thread(state.store.revoked_among, keyed)
        for ticket in [t for t in state.tickets if t.job.key_id in revoked]:
            ticket.end(APIError(401, "The API key of this request was revoked.", code="invalid_api_key"))


def check_input(state: ServerState, job: Job, text: str, param: str) -> None:
    """Ask the moderation hook about the prompt; log what it flags, refuse what it blocks."""
    verdict = state.moderation.check_input(text, job.key)
    for fired in verdict.all():
        _audit(state, job, "input", fired)
    if verdict.action == "block":
        raise APIError(
            400,
            verdict.refusal
            or f"The prompt was blocked by this server's content policy (rule {verdict.rule!r}, category {verdict.category!r}).",
            param=param,
            code="content_filter",
        )


async def run_job(state: ServerState, ticket: Ticket) -> AsyncIterator[ChoiceUpdate]:
    """Run every choice of the job on the engine and yield their updates as they arrive; closes the ticket."""
    job = ticket.job
    queue: asyncio.Queue[tuple[int, TokenEvent | BaseException]] = ticket.queue
    tasks = {
        spec.index: asyncio.create_task(_pump(state.engine, job.prompts[spec.prompt_index], spec, queue))
        for spec in job.choices
    }
    texts = {index: "" for index in tasks}  # text each choice has sent
    pending = {index: "" for index in tasks}  # text generated but not yet checked and sent
    held: dict[int, list[TokenEvent]] = {index: [] for index in tasks}  # the events behind the pending text
    flagged: set[tuple[int, str]] = set()
    last_time: dict[int, float] = {}
    stride = state.config.moderation_stride_chars
    blocked = False
    status = "aborted"
    try:
        while tasks:
            index, item = await queue.get()
            if index == ENDED:
                status = "revoked"
                raise item
            if index not in tasks:
                continue  # a choice already cut off by the moderation hook
            if isinstance(item, BaseException):
                raise item
            ticket.meter.completion_tokens += 1
            now = time.perf_counter()
            if index in last_time:
                state.metrics.inter_token_latency.observe(now - last_time[index])
            else:
                state.metrics.time_to_first_token.observe(now - ticket.started)
            last_time[index] = now
            held[index].append(item)
            pending[index] += item.text
            finished = item.finish_reason is not None
            first = not texts[index]  # the first text goes out at once: it is cheap to check and sets TTFT
            if not finished and not (pending[index] and (first or len(pending[index]) >= stride)):
                continue
            if pending[index]:
                verdict = state.moderation.check_output(texts[index] + pending[index], job.key)
                for fired in verdict.all():
                    if fired.action != "allow" and (index, fired.rule) not in flagged:
                        flagged.add((index, fired.rule))
                        _audit(state, job, "output", fired)
                if verdict.action == "block":
                    blocked = True
                    tasks.pop(index).cancel()
                    ticket.meter.progress()
                    yield ChoiceUpdate(index, "", held[index], "content_filter")
                    continue
            text, pending[index] = pending[index], ""
            texts[index] += text
            events, held[index] = held[index], []
            if finished:
                tasks.pop(index)
            ticket.meter.progress()
            yield ChoiceUpdate(index, text, events, item.finish_reason)
        status = "content_filter" if blocked else "ok"
    except Exception:
        if status != "revoked":
            status = "error"
        raise
    finally:
        for task in tasks.values():
            task.cancel()  # frees the engine slot; the task finishes on its own
        ticket.close(status)


async def _pump(engine: Engine, prompt: list[int], spec: ChoiceSpec, queue: asyncio.Queue) -> None:
    """Forward one choice's engine events into the job's queue (an engine error travels the same way)."""
    try:
        async with contextlib.aclosing(engine.generate(prompt, spec.params)) as events:
            async for event in events:
                queue.put_nowait((spec.index, event))
                if event.finish_reason is not None:
                    return
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - re-raised in run_job, where the request is answered
        queue.put_nowait((spec.index, exc))


def _audit(state: ServerState, job: Job, stage: str, verdict: Verdict) -> None:
    if verdict.action == "allow":
        return
    state.store.record_audit(
        AuditRecord(
            key_id=job.key_id,
            request_id=job.request_id,
            stage=stage,
            category=verdict.category,
            rule=verdict.rule,
            action=verdict.action,
            excerpt=verdict.excerpt[:200],
        )
    )
