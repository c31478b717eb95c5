"""Decode steps with fixed shapes, which take the per-step dispatch cost out of small-batch decoding: CUDA graphs on
a GPU, and on CPU `torch.compile`d steps with sampling inside, run several to a round (`Engine._decode_round`).

A `StaticDecoder` is given the decode state (`state.py`), the model's decode path and the eager step to fall back
on; it never sees the engine or its requests.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

import torch

from roost.engine.decode import DecodeModel
from roost.engine.sampling import Features
from roost.engine.state import DecodeState

CPU_COMPILED_ROWS = 4  # larger batches decode eagerly on CPU (see StaticDecoder)
BUILD_SWITCH_INTERVAL = 1e-4  # seconds: the interpreter's thread switch interval while a step compiles

Variant = tuple[int, int, Features]  # (rows bucket, attention span, sampling stages): one compiled step each
EagerStep = Callable[[DecodeModel, DecodeState, int, int], torch.Tensor]


def sample_step(
    forward: DecodeModel, state: DecodeState, rows: int, span: int, features: Features, active: torch.Tensor
) -> torch.Tensor:
    """One decode step that samples, feeds the sampled tokens back and advances the active rows, in place."""
    logits = forward.static(state.last_token[:rows], state.position[:rows], state.cache, span)
    tokens = state.sampler.draw(state.sampler.valid(logits), slice(0, rows), features)
    state.last_token[:rows] = tokens
    state.position[:rows] += active
    return tokens


class StaticDecoder:
    """Decode steps with fixed shapes, one per batch-size bucket (on CPU, per attention window and sampling stages).

    On CUDA, `__call__` replays a CUDA graph of the forward per batch-size bucket (1, 2, 4, ... max batch),
    which removes the per-kernel launch cost; rows past the running count are padding (free slots at position 0,
    whose cache rows nobody reads).

    On CPU, `round` runs a `torch.compile`d step (C++ kernels with the norms, RoPE, cache writes, attention and
    activations fused between the matmuls, sampling included, called from C++ with the GIL released) several
    times in a row, so a token costs its arithmetic rather than ~150 Python dispatches and a round of Python
    bookkeeping. Rows are padded to the same buckets; a padded row stays at position 0 and its token is dropped.
    Measured at the tiny preset, forward alone, compiled/eager: 0.32/0.61 ms at 1 row, 0.72/1.03 at 4, 3.1/3.6
    at 32 (64 positions). Past CPU_COMPILED_ROWS rows the eager step with roost's attention kernel (cache.py) is
    as fast as any compiled one measured (2.4-2.9 ms at 32 rows: compiled with the kernel as an opaque op and
    dynamic rows, no faster; with attention compiled in, slower), and rounds there would pad rows and end at
    every finishing request, so those stay eager. Requests that ask for logprobs decode eagerly, as does
    everything if a step cannot be compiled.

    The variants are few and fixed: sampling settings travel in the sampler's tensors and a step is built for
    one of three sets of sampling stages (`Features.compiled`), so at most 3 x buckets x spans exist whatever
    requests send. CUDA graphs are captured on first use (milliseconds). CPU steps take seconds to compile (under
    one from inductor's disk cache): a variant first wanted is built in a background thread, started when the
    engine is next idle, while every request keeps decoding eagerly, so no request waits for a compilation.
    """

    def __init__(self, forward: DecodeModel, state: DecodeState, eager: EagerStep, cpu_threads: int = 1):
        self.forward, self.state, self.eager = forward, state, eager
        self.cuda = state.device.type == "cuda"
        self.cpu_threads = cpu_threads
        sizes = [1, 2, 4, 8, 16, 32, 64, 128, 256]
        self.buckets = [b for b in sizes if b < state.rows] + [state.rows]
        self.graphs: dict[int, Callable[[], torch.Tensor]] = {}
        self.pool = None
        self.compiled: dict[Variant, Callable[..., torch.Tensor]] = {}
        spans = [64 << i for i in range(12) if 64 << i < state.context]
        self.spans = [*spans, state.context]  # attention windows a compiled step is built for
        self.failed = False
        self.wanted: list[Variant] = []  # variants asked for and not built yet, oldest first
        self._checked: set[Variant] = set()  # variants called once on live state, guards and all
        self._broken: set[Variant] = set()  # variants whose live call failed: those rows decode eagerly
        self._lock = threading.Condition()  # guards wanted, compiled and the builder; wakes wait_built
        self._builder: threading.Thread | None = None
        self._closing = False
        # torch.compiler.set_stance is process-wide: a round's unsafe stance and a build never overlap
        self._stance = threading.Lock()

    def __call__(self, rows: int, span: int) -> torch.Tensor:
        """Logits for rows 0..rows-1 (CUDA graphs; eager on CPU, whose compiled steps sample in `round`)."""
        if self.failed or not self.cuda:
            return self.eager(self.forward, self.state, rows, span)
        bucket = next(b for b in self.buckets if b >= rows)
        if bucket not in self.graphs:
            try:
                self.graphs[bucket] = self._capture(bucket)
            except RuntimeError as exc:  # capture unsupported here: decode eagerly rather than fail requests
                print(f"roost engine: CUDA graph capture failed, decoding eagerly: {exc}", file=sys.stderr)
                self.failed = True
                return self.eager(self.forward, self.state, rows, span)
        return self.graphs[bucket]()[:rows]

    def fuses(self, rows: int, features: Features) -> bool:
        """Whether `round` can decode these rows (CPU, at most CPU_COMPILED_ROWS of them, no logprobs asked)."""
        return not self.cuda and not self.failed and rows <= CPU_COMPILED_ROWS and features.logprobs < 0

    def variant(self, rows: int, last_position: int, features: Features) -> Variant:
        """The step that decodes `rows` rows whose furthest write is at `last_position`.

        Steps attend over the smallest window in `spans` that holds `last_position`: at short contexts
        attending over the whole cache would be a sixth of the step (measured at the tiny preset).
        """
        span = next(s for s in self.spans if s > last_position)
        return next(b for b in self.buckets if b >= rows), span, features.compiled()

    def want(self, variant: Variant) -> None:
        with self._lock:
            if variant not in self.compiled and variant not in self.wanted and variant not in self._broken:
                self.wanted.append(variant)

    def round(self, rows: int, steps: int, last_position: int, features: Features) -> torch.Tensor | None:
        """Run `steps` compiled decode steps for rows 0..rows-1: their tokens (steps, rows), or None where that
        variant is not built yet (it is then wanted), is being built, or failed (the engine then decodes eagerly;
        a failed round is undone first)."""
        key = self.variant(rows, last_position, features)
        bucket, span, compiled_features = key
        step = self.compiled.get(key)
        if step is None:
            self.want(key)
            return None
        if not self._stance.acquire(blocking=False):  # a build is compiling: this round decodes eagerly
            return None
        snapshot = self.state.snapshot(rows, counts=compiled_features.penalties)
        try:
            active = torch.arange(bucket, device=self.state.device) < rows  # padded rows keep still
            args = (self.forward, self.state, bucket, span, compiled_features, active)
            tokens = []
            if key not in self._checked:  # the first live call checks every guard: a mismatch recompiles
                tokens.append(step(*args))
                self._checked.add(key)
            # Only the guards that tell variants apart: within a round nothing else about the step changes
            with torch.compiler.set_stance("default", skip_guard_eval_unsafe=True):
                tokens += [step(*args) for _ in range(steps - len(tokens))]
            return torch.stack(tokens)[:, :rows]
        except Exception as exc:  # noqa: BLE001 -- undo the round and decode these rows eagerly from now on
            print(f"roost engine: a compiled decode step failed, decoding its rows eagerly: {exc}", file=sys.stderr)
            self.state.restore(snapshot)
            with self._lock:
                self.compiled.pop(key, None)
                self._broken.add(key)
            return None
        finally:
            self._stance.release()

    @property
    def idle_work(self) -> bool:
        """Whether there is a variant to build and nothing building it (the engine starts a build when idle)."""
        return bool(self.wanted) and not self.failed and self._builder is None

    def build_in_background(self) -> None:
        """Start building the wanted variants, oldest first, in a thread of their own (the engine calls this when
        idle). Compiling keeps the interpreter busy and decoding runs slower meanwhile (measured: the decode
        thread waits for the interpreter lock at every operation), which is why a build starts only when idle;
        but requests arriving meanwhile decode at once, eagerly."""
        with self._lock:
            if self._builder is not None or not self.wanted or self.failed:
                return
            self._closing = False
            self._builder = threading.Thread(target=self._build_wanted, name="roost-compile", daemon=True)
            self._builder.start()

    def wait_built(self) -> None:
        """Block until every wanted variant is built, or building has failed."""
        while True:
            self.build_in_background()
            with self._lock:
                if self.failed or not (self.wanted or self._builder):
                    return
                self._lock.wait(timeout=0.5)  # a builder that was closing may end without building the rest

    def close(self) -> None:
        """Start no other build after the one in progress, if any (which is not waited for: a 30-layer model's
        takes minutes, and stopping must not). `build_in_background` starts again."""
        with self._lock:
            self._closing = True

    def _build_wanted(self) -> None:
        torch.set_num_threads(self.cpu_threads)
        scratch: DecodeState | None = None
        # Every op of an eager decode step lets go of the interpreter lock and takes it back, and taking it back
        # waits for the compiling thread to yield: after the switch interval, 5 ms by default. A short interval
        # while building keeps that wait small (SmolLM2-135M: 16 tokens took 5-9 s during a build at 5 ms).
        switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(BUILD_SWITCH_INTERVAL)
        try:
            while True:
                with self._lock:
                    if not self.wanted or self.failed or self._closing:
                        return
                    key = self.wanted[0]
                scratch = scratch or self.state.scratch(min(CPU_COMPILED_ROWS, self.state.rows))
                step = self._build(key, scratch)
                with self._lock:
                    if step is None:
                        self.failed, self.wanted = True, []
                    else:
                        self.compiled[key] = step
                        self.wanted.remove(key)
                    self._lock.notify_all()
        finally:
            sys.setswitchinterval(switch_interval)
            with self._lock:
                self._builder = None
                self._lock.notify_all()

    def _build(self, key: Variant, scratch: DecodeState) -> Callable[..., torch.Tensor] | None:
        """Compile a variant by running it once on scratch state: the step, or None if it cannot be compiled.

        Guards check tensors' shapes and types, not which tensors they are, so live calls reuse what the scratch
        run built.
        """
        bucket, span, features = key
        print(f"roost engine: compiling the decode step for {bucket} rows and {span} positions in the background "
              "(cached on disk after the first time)", file=sys.stderr)
        # One compiled region per variant (isolate_recompiles): a call checks its own guards, not every variant's
        step = torch.compile(
            sample_step, fullgraph=True, dynamic=False, options={"cpp_wrapper": True}, isolate_recompiles=True,
        )  # fmt: skip
        try:
            with self._stance, torch.inference_mode():
                step(self.forward, scratch, bucket, span, features, torch.arange(bucket, device=scratch.device) < 1)
            return step
        except Exception as exc:  # noqa: BLE001 -- no compiler, or an unsupported op: decode eagerly instead
            print(f"roost engine: compiling the decode step failed, decoding eagerly: {exc}", file=sys.stderr)
            return None

    def _forward(self, rows: int) -> torch.Tensor:
        state = self.state
        return self.forward.static(state.last_token[:rows], state.position[:rows], state.cache)

    def _capture(self, rows: int) -> Callable[[], torch.Tensor]:
        # Warm-up on a side stream before capture, as PyTorch prescribes. The warm-up writes the same k/v the
        # replay will (same tokens, same positions), so running it on live rows is harmless.
        side = torch.cuda.Stream()
        side.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(side):
            for _ in range(2):
                self._forward(rows)
        torch.cuda.current_stream().wait_stream(side)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph, pool=self.pool):
            logits = self._forward(rows)
        self.pool = graph.pool()

        def replay() -> torch.Tensor:
            graph.replay()
            return logits

        return replay
