"""The continuous-batching engine: many streaming requests share one decode loop.

Requests wait in a queue; between decode steps the loop admits as many as there are free slots (prefilled in
batches of similar-length prompts, each sampling its first token), then runs one decode step for
every running request together, each at its own position and with its own sampling settings. A request leaves
the batch the moment it finishes or is cancelled; the others never wait for it. Rows stay packed (see
`KVCache`), so a step's cost follows the number of running requests.

The loop runs in its own thread and never waits for the event loop: the event loop (and the HTTP server on it)
stays responsive while a step computes, and a slow reader does not slow the batch. All slot bookkeeping happens
in that thread between steps; the event loop only queues requests, flags cancellations and hands each
request's events to its stream (one wake-up per step).

What the steps read and write per slot (KV cache rows, sampler settings, last tokens, positions) is one
`DecodeState`, sized from a memory budget (`CacheSize`): as many slots of the context as the budget holds, up
to `max_batch_size`.

Small-batch decoding costs dispatch, not arithmetic. `StaticDecoder` fixes each step's shapes and removes that
cost: on CUDA by replaying captured CUDA graphs (on by default), on CPU (`static_decode=True`) by running a
`torch.compile`d step with sampling inside it several times per round, so the per-token Python is paid once
per round (`_decode_round`). A compiled step is built in the background, started when the engine is idle after
it was first wanted (a few seconds the first time on a machine, under one from inductor's disk cache); until
then its steps run eagerly, so no stream stalls. Otherwise the step runs eagerly through `DecodeModel`, on CPU
with roost's own attention kernel (`native.py`), which also prefills prompts unpadded.

One request's failure is its own: a prefill that fails is retried request by request, and a sampling pass that
fails is retried row by row, so only the request that fails alone gets an error event and leaves; the others
carry on. (A failure of the shared forward itself, out of memory say, still fails every request in it.)
"""

from __future__ import annotations

import asyncio
import functools
import secrets
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch

from roost.chat_model import load_inference_model
from roost.engine.cache import CacheSize
from roost.engine.decode import DecodeModel
from roost.engine.detokenize import Detokenizer, TokenBytes
from roost.engine.sampling import GREEDY, PLAIN, Features, SampleOutput, SamplingParams
from roost.engine.state import DecodeState, eager_step
from roost.engine.static import StaticDecoder
from roost.errors import RoostError
from roost.model import Transformer
from roost.tokenizer import Tokenizer

SPAN_STEP = 32
# Decode rounds with sampling compiled into the step (Engine._decode_round): at most this many steps, sized so a
# round takes about ROUND_SECONDS, short enough that streamed text still reads as continuous.
ROUND_STEPS = 16
ROUND_SECONDS = 0.02


class ContextLengthError(RoostError):
    """The prompt leaves no room for a generated token within the model's context window."""


@dataclass
class TokenEvent:
    """One generated token. `text` may be "" while a UTF-8 sequence or a possible stop string is pending."""

    token_id: int
    text: str
    logprob: float | None = None
    top_logprobs: list[tuple[int, float]] | None = None
    finish_reason: str | None = None  # None while running; "stop" or "length" on the last event


@dataclass(eq=False)
class Request:
    prompt_ids: list[int]
    params: SamplingParams
    max_new_tokens: int  # the request's own limit, clipped to the context window
    seed: int
    stop_ids: frozenset[int]
    detokenizer: Detokenizer
    events: asyncio.Queue
    generated: int = 0
    decode_steps: int = 0  # decode steps this request took part in (what cancellation must stop)
    loop: asyncio.AbstractEventLoop | None = None  # the event loop the stream is read on
    cancelled: bool = False
    finished: bool = False

    @property
    def length(self) -> int:
        return len(self.prompt_ids) + self.generated


def _put_all(deliveries: list[tuple[asyncio.Queue, list]]) -> None:
    for queue, items in deliveries:
        for item in items:
            queue.put_nowait(item)


class Stream:
    """Async iterator over one request's events. Closing it, dropping it or cancelling its task frees the slot."""

    def __init__(self, engine: Engine, request: Request):
        self.engine = engine
        self.request = request
        self._done = False

    def __aiter__(self) -> Stream:
        return self

    async def __anext__(self) -> TokenEvent:
        if self._done:
            raise StopAsyncIteration
        try:
            item = await self.request.events.get()
        except BaseException:  # the consuming task was cancelled while waiting
            self._cancel()
            raise
        if isinstance(item, BaseException):
            self._done = True
            raise item
        if item.finish_reason is not None:
            self._done = True
        return item

    async def aclose(self) -> None:
        self._cancel()

    def __del__(self) -> None:
        self._cancel()

    def _cancel(self) -> None:
        if not self._done:
            self._done = True
            self.engine.cancel(self.request)


class Engine:
    """Serves one model to many concurrent streaming requests (see the module docstring)."""

    def __init__(
        self,
        model: Transformer,
        tokenizer: Tokenizer,
        max_batch_size: int = 32,
        static_decode: bool | None = None,
        cpu_threads: int | None = None,
        max_context: int | None = None,
        kv_cache_memory: float = 0,
    ):
        """`max_context` caps the tokens a request may hold (prompt and answer) below the model's context.

        `kv_cache_memory` is the KV cache's budget: bytes (> 1), a share of free memory (<= 1) or 0 for the
        default share (`cache.DEFAULT_SHARE`). The engine runs as many requests at once as the budget holds at
        the full context, at most `max_batch_size` (and at least one, whose context shrinks to fit if need be).
        """
        self.model = model.eval().requires_grad_(False)
        self.tokenizer = tokenizer
        parameter = next(model.parameters())
        self.device, self.dtype = parameter.device, parameter.dtype
        context = min(model.config.max_seq_len, max_context or model.config.max_seq_len)
        self.size = CacheSize.plan(model.config, self.dtype, self.device, max_batch_size, context, kv_cache_memory)
        self.max_seq_len, self.max_batch_size = self.size.context, self.size.rows
        self.vocab_size = model.config.vocab_size
        self.state = DecodeState(model.config, self.max_batch_size, self.max_seq_len, self.device, self.dtype,
                                 valid_vocab=tokenizer.vocab_size)  # fmt: skip
        self.fast = DecodeModel(model)
        self.token_bytes = TokenBytes(tokenizer)
        self.default_stop_ids = tokenizer.stop_ids
        self.decode_steps = 0
        self._round_steps = 1  # grows to fit ROUND_SECONDS once a round has been timed
        # Most (padded) prompt tokens prefilled in one forward; a GPU wants big batches. On CPU, padded prefill
        # gave 1.4x the throughput at 256 as at 2048 (32 prompts of 4-66 tokens); the kernel's unpadded prefill
        # measured the same from 256 to 4096, and small groups keep running requests' steps coming.
        self.prefill_tokens = 4096 if self.device.type == "cuda" else 256
        # Decode is many small ops: on CPU, OpenMP fan-out costs more than it saves until matmuls are large,
        # and on a busy machine it stalls for milliseconds. The worker sets its own thread count (per-thread
        # in OpenMP), leaving the rest of the process alone.
        if cpu_threads is None:
            cpu_threads = 1 if sum(p.numel() for p in model.parameters()) < 50_000_000 else torch.get_num_threads()
        self._cpu_threads = cpu_threads
        self._decode: Callable[[int, int], torch.Tensor] = functools.partial(eager_step, self.fast, self.state)
        if static_decode if static_decode is not None else self.device.type == "cuda":
            self._decode = StaticDecoder(self.fast, self.state, eager_step, cpu_threads)
        self._active: list[Request] = []  # index = slot
        self._waiting: deque[Request] = deque()
        self._work = threading.Condition()  # guards _waiting and the stop flag; wakes the worker
        self._stopping = False
        self._worker: threading.Thread | None = None

    @classmethod
    def from_checkpoint(
        cls,
        path: str | Path,
        device: str = "cpu",
        max_batch_size: int = 32,
        dtype: torch.dtype | None = None,
        static_decode: bool | None = None,
        max_context: int | None = None,
        kv_cache_memory: float = 0,
    ) -> Engine:
        """Load a run folder (tokenizer/ + checkpoints/latest), a checkpoints folder (also sft/, dpo/) or a step folder.

        A LoRA chat checkpoint is loaded on its base model with the adapter merged in: serving pays nothing for it.
        """
        chat = load_inference_model(Path(path), device)
        if dtype is None:
            dtype = torch.bfloat16 if chat.model.rope_cos.device.type == "cuda" else torch.float32
        return cls(
            chat.model.to(dtype), chat.tokenizer, max_batch_size=max_batch_size, static_decode=static_decode,
            max_context=max_context, kv_cache_memory=kv_cache_memory,
        )  # fmt: skip

    @property
    def queue_depth(self) -> int:
        return len(self._waiting)

    @property
    def running(self) -> int:
        return sum(not r.cancelled for r in self._active)

    @property
    def cache_usage(self) -> float:
        """The share of the KV cache's positions that running requests hold now (0 to 1)."""
        return sum(r.length for r in list(self._active)) / (self.max_batch_size * self.max_seq_len)

    def generate(self, prompt_ids: list[int], params: SamplingParams | None = None) -> Stream:
        """Queue a request and return its event stream; raises ContextLengthError / RoostError at once if invalid.

        Must be called with an event loop running (events are delivered to it); starts the engine if needed.
        """
        request = self._make_request(list(prompt_ids), params or SamplingParams())
        self._ensure_running()
        with self._work:
            self._waiting.append(request)
            self._work.notify()
        return Stream(self, request)

    def cancel(self, request: Request) -> None:
        """Stop a request: dropped from the queue now, or evicted from its slot before the next step."""
        request.cancelled = True
        with self._work:
            if request in self._waiting:
                self._waiting.remove(request)
            self._work.notify()

    async def start(self) -> None:
        self._ensure_running()

    async def warm_up(self) -> None:
        """Start building the one-request decode steps (greedy and sampled: what a first chat or completion
        needs) in the background; returns at once. On CUDA, capture the one-request graph (milliseconds).

        Requests are served meanwhile, eagerly until their step is built (see `StaticDecoder`). Others are wanted
        when first needed and built when the engine is next idle.
        """
        decoder = self._decode
        if not isinstance(decoder, StaticDecoder):
            return
        if decoder.cuda:
            params = SamplingParams(temperature=0.0, max_new_tokens=2, seed=0, ignore_eos=True)
            async for _ in self.generate([self.tokenizer.boundary_id], params):
                pass
            return
        for features in (GREEDY, PLAIN):
            decoder.want(decoder.variant(1, 0, features))
        self._ensure_running()
        with self._work:
            self._work.notify()

    def wait_built(self) -> None:
        """Block until the compiled decode steps wanted so far are built (benchmarks and tests; serving never waits)."""
        if isinstance(self._decode, StaticDecoder):
            self._decode.wait_built()

    async def stop(self) -> None:
        """Stop the decode thread; requests still queued or running end with a RoostError."""
        worker = self._worker
        if worker is None:
            return
        with self._work:
            self._stopping = True
            self._work.notify()
        await asyncio.to_thread(worker.join)
        if isinstance(self._decode, StaticDecoder):
            self._decode.close()
        self._worker, self._stopping = None, False
        stranded = list(self._waiting) + self._clear()
        self._waiting.clear()
        self._deliver({request: [RoostError("engine stopped")] for request in stranded})

    def _ensure_running(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._stopping = False
            self._worker = threading.Thread(target=self._work_loop, name="roost-engine", daemon=True)
            self._worker.start()

    # ---- the worker thread (and _deliver, also used by stop) ----

    def _work_loop(self) -> None:
        torch.set_num_threads(self._cpu_threads)  # per thread under OpenMP: the rest of the process keeps its own
        decoder = self._decode if isinstance(self._decode, StaticDecoder) else None
        while True:
            with self._work:
                while not (self._waiting or self._active or self._stopping or (decoder and decoder.idle_work)):
                    self._work.wait()
                if self._stopping:
                    return
                free = self.max_batch_size - self.running
                admit = [self._waiting.popleft() for _ in range(min(free, len(self._waiting)))]
            if admit or self._active:
                self._deliver(self._step(admit))
            else:  # idle: build the decode steps wanted while busy, in the background (requests never wait)
                decoder.build_in_background()

    def _deliver(self, results: dict[Request, list]) -> None:
        """Hand each request's events to its stream: one wake-up per event loop per step, not one per request."""
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Queue, list]]] = {}
        for request, events in results.items():
            if request.loop is None or request.loop.is_closed():
                continue
            if not request.cancelled or isinstance(events[-1], BaseException):
                by_loop.setdefault(request.loop, []).append((request.events, events))
        for loop, deliveries in by_loop.items():
            loop.call_soon_threadsafe(_put_all, deliveries)

    def _step(self, admit: list[Request]) -> dict[Request, list]:
        """Evict cancelled rows, prefill new requests, run one decode step for all; events per request.

        A request that fails alone ends with an error event (`_fail`) and leaves; the rest go on.
        """
        results: dict[Request, list] = {}
        try:
            with torch.inference_mode():
                self._evict()
                for group in _prefill_groups([r for r in admit if not r.cancelled], self.prefill_tokens):
                    self._admit(group, results)
                self._evict()
                if self._active:
                    self._decode_step(results)
                self._evict()
        except Exception as exc:  # noqa: BLE001 -- the shared forward failed (out of memory, say): all in it fail
            for request in [*self._clear(), *(r for r in admit if r not in results)]:
                results[request] = [RoostError(f"generation failed: {exc}")]
        return results

    def _admit(self, group: list[Request], results: dict[Request, list]) -> None:
        """Prefill a group of prompts; if that fails, each on its own, so that only a request failing alone fails."""
        try:
            self._prefill(group, results)
        except Exception as exc:  # noqa: BLE001 -- isolated below: one request's failure is its own
            for row in range(len(self._active), len(self._active) + len(group)):
                self.state.clear(row)
            if len(group) == 1:
                self._fail(group[0], exc, results)
            else:
                for request in group:
                    self._admit([request], results)

    def _prefill(self, requests: list[Request], results: dict[Request, list]) -> None:
        """Prefill prompts into the next free slots and sample their first tokens; they join `_active` if it worked.

        With the CPU kernel every prompt token is a row of the decode path (unpadded, fused weights); otherwise
        the prompts are one right-padded batch through the model's own forward.
        """
        first, state = len(self._active), self.state
        for row, request in enumerate(requests):
            state.start(first + row, request.params, request.prompt_ids, request.seed)
        lengths = torch.tensor([len(r.prompt_ids) for r in requests], device=self.device)
        if state.cache.flat_prefill:
            ids = torch.tensor([token for r in requests for token in r.prompt_ids])
            positions = torch.cat([torch.arange(len(r.prompt_ids)) for r in requests])
            state.cache.decode(positions, slots=torch.arange(first, first + len(requests)).repeat_interleave(lengths))
            logits = self.fast(ids, state.cache, logits_at=lengths.cumsum(0) - 1)
        else:
            ids = torch.zeros(len(requests), int(lengths.max()), dtype=torch.long)
            for row, request in enumerate(requests):
                ids[row, : len(request.prompt_ids)] = torch.tensor(request.prompt_ids)
            state.cache.prefill(first)
            logits = self.model(ids.to(self.device), cache=state.cache, logits_at=lengths - 1)[:, 0]
        sample = state.sampler.sample(logits, first, first + len(requests))
        state.prefilled(first, sample.tokens, lengths)
        self._active.extend(requests)
        self._emit(requests, sample, results)

    def _decode_step(self, results: dict[Request, list]) -> None:
        rows = len(self._active)
        features = self.state.sampler.features(0, rows)
        fused = isinstance(self._decode, StaticDecoder) and self._decode.fuses(rows, features)
        if fused and self._decode_round(rows, features, results):
            return
        # Every row's next position is below the longest length; rounding up to SPAN_STEP lets the cache reuse
        # its attention windows for that many steps (the mask hides the extra positions).
        span = min(self.max_seq_len, -(-max(r.length for r in self._active) // SPAN_STEP) * SPAN_STEP)
        logits = self._decode(rows, span)
        self.decode_steps += 1
        for request in self._active:
            request.decode_steps += 1
        try:
            sample = self.state.sampler.sample(logits, 0, rows, features)
        except Exception:  # noqa: BLE001 -- find which rows fail: each samples alone, and only those fail
            self._sample_rows_alone(logits, results)
            return
        self.state.advanced(rows, sample.tokens)
        self._emit(self._active, sample, results)

    def _sample_rows_alone(self, logits: torch.Tensor, results: dict[Request, list]) -> None:
        """Sample each row on its own: a row that fails fails its request, the others take their tokens."""
        for row, request in enumerate(self._active):
            try:
                sample = self.state.sampler.sample(logits[row : row + 1], row, row + 1)
            except Exception as exc:  # noqa: BLE001 -- this request's own failure
                self._fail(request, exc, results)
                continue
            self.state.last_token[row] = sample.tokens[0]
            self.state.position[row] += 1
            self._emit([request], sample, results)

    def _decode_round(self, rows: int, features: Features, results: dict[Request, list]) -> bool:
        """Several decode steps with sampling inside the compiled step, their tokens emitted together afterwards.

        Per-token Python (sampling, emitting, the hand-over to the event loop) is paid once per round. A round
        never runs past a request's token limit; a request that stops early (stop token or string) drops the
        round's later tokens. Requests join, leave or are cancelled between rounds.
        """
        steps = min(self._round_steps, min(r.max_new_tokens - r.generated for r in self._active))
        started = time.perf_counter()
        last_position = max(r.length for r in self._active) + steps - 2  # where the round's last step writes
        round_tokens = self._decode.round(rows, steps, last_position, features)
        if round_tokens is None:
            return False
        tokens = round_tokens.tolist()
        per_step = (time.perf_counter() - started) / steps
        self._round_steps = max(1, min(ROUND_STEPS, int(ROUND_SECONDS / per_step)))
        self.decode_steps += steps
        for request in self._active:
            request.decode_steps += steps
        for step_tokens in tokens:
            for request, token in zip(self._active, step_tokens, strict=True):
                if not request.finished:
                    self._take(request, token, None, results)
        return True

    def _emit(self, requests: list[Request], sample: SampleOutput, results: dict[Request, list]) -> None:
        tokens = sample.tokens.tolist()
        logprobs = sample.logprobs.tolist() if sample.logprobs is not None else None
        top_ids = sample.top_ids.tolist() if sample.top_ids is not None else None
        top_logprobs = sample.top_logprobs.tolist() if sample.top_logprobs is not None else None
        for row, request in enumerate(requests):
            k = request.params.logprobs
            top = None
            if k is not None:
                top = (logprobs[row], list(zip(top_ids[row][:k], top_logprobs[row][:k])) if k else [])
            self._take(request, tokens[row], top, results)

    def _take(
        self, request: Request, token: int, logprobs: tuple[float, list] | None, results: dict[Request, list]
    ) -> None:
        """One generated token into its request's events; a failure here (detokenizing, say) fails that request."""
        try:
            event = self._advance(request, token)
        except Exception as exc:  # noqa: BLE001 -- this request's own failure
            self._fail(request, exc, results)
            return
        if logprobs is not None:
            event.logprob, event.top_logprobs = logprobs
        results.setdefault(request, []).append(event)

    def _fail(self, request: Request, exc: Exception, results: dict[Request, list]) -> None:
        """End one request with an error event; it leaves its slot at the next eviction."""
        print(f"roost engine: a request failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        request.finished = True
        results.setdefault(request, []).append(RoostError(f"generation failed: {exc}"))

    def _advance(self, request: Request, token: int) -> TokenEvent:
        """Take one generated token into its request: its text so far, and whether (and why) it is finished."""
        request.generated += 1
        finish = None
        if token in request.stop_ids:
            text, finish = request.detokenizer.flush(), "stop"
        else:
            text, hit = request.detokenizer.add(token)
            if hit:
                finish = "stop"
            elif request.generated >= request.max_new_tokens:
                text, finish = text + request.detokenizer.flush(), "length"
        request.finished = finish is not None
        return TokenEvent(token_id=token, text=text, finish_reason=finish)

    def _evict(self) -> None:
        """Drop finished and cancelled rows, moving the last row into each hole so rows stay packed."""
        slot = 0
        while slot < len(self._active):
            request = self._active[slot]
            if not (request.finished or request.cancelled):
                slot += 1
                continue
            last = len(self._active) - 1
            if slot != last:
                moved = self._active[last]
                self.state.move(last, slot, moved.length)
                self._active[slot] = moved
            else:
                self.state.clear(last)
            self._active.pop()

    def _clear(self) -> list[Request]:
        """Empty every slot (after a failure or at stop); returns the requests that were running."""
        stranded, self._active = self._active, []
        self.state.clear_all()
        return stranded

    def _make_request(self, prompt_ids: list[int], params: SamplingParams) -> Request:
        if not prompt_ids:
            raise RoostError("prompt is empty: at least one token is needed")
        if len(prompt_ids) >= self.max_seq_len:
            raise ContextLengthError(
                f"prompt is {len(prompt_ids)} tokens; the context here is {self.max_seq_len} tokens, "
                "including at least one generated token"
            )
        if min(prompt_ids) < 0 or max(prompt_ids) >= self.vocab_size:
            raise RoostError(f"prompt has a token id outside the model's vocabulary of {self.vocab_size}")
        params.validate(self.vocab_size)
        stop_ids = frozenset(params.stop_token_ids) | (frozenset() if params.ignore_eos else self.default_stop_ids)
        return Request(
            prompt_ids=prompt_ids,
            params=params,
            max_new_tokens=min(params.max_new_tokens, self.max_seq_len - len(prompt_ids)),
            seed=params.seed if params.seed is not None else secrets.randbits(63),
            stop_ids=stop_ids,
            detokenizer=Detokenizer(self.token_bytes, params.stop),
            events=asyncio.Queue(),
            loop=asyncio.get_running_loop(),
        )


def _prefill_groups(requests: list[Request], budget: int) -> list[list[Request]]:
    """Batches of similar-length prompts whose padded size (count x longest) stays within `budget` tokens."""
    groups: list[list[Request]] = []
    for request in sorted(requests, key=lambda r: len(r.prompt_ids)):
        if groups and (len(groups[-1]) + 1) * len(request.prompt_ids) <= budget:
            groups[-1].append(request)
        else:
            groups.append([request])
    return groups
