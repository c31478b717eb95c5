"""Decode steps with fixed shapes, which take the per-step dispatch cost out of small-batch decoding: CUDA graphs on
a GPU, and on CPU `torch.compile`d steps with sampling inside, run several to a round (`Engine._decode_round`).
"""

from __future__ import annotations

import copy
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import torch

from roost.engine.sampling import Features

if TYPE_CHECKING:
    from roost.engine.engine import Engine

CPU_COMPILED_ROWS = 4  # larger batches decode eagerly on CPU (see StaticDecoder)


class StaticDecoder:
    """Decode steps with fixed shapes, one per batch-size bucket (on CPU, per attention window and sampling too).

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
    everything if a step cannot be compiled. CUDA graphs are captured on first use (milliseconds); CPU steps are
    compiled by `build_next` when the engine is idle, and decode eagerly until then.
    """

    def __init__(self, engine: Engine):
        self.engine = engine
        self.cuda = engine.device.type == "cuda"
        sizes = [1, 2, 4, 8, 16, 32, 64, 128, 256]
        self.buckets = [b for b in sizes if b < engine.max_batch_size] + [engine.max_batch_size]
        self.graphs: dict[int, Callable[[], torch.Tensor]] = {}
        self.pool = None
        self.compiled: dict[tuple[int, int, Features], Callable[..., torch.Tensor]] = {}
        spans = [64 << i for i in range(12) if 64 << i < engine.max_seq_len]
        self.spans = [*spans, engine.max_seq_len]  # attention windows a compiled step is built for
        self.failed = False
        self.wanted: list[tuple[int, int, Features]] = []  # variants asked for and not built yet, oldest first
        self._checked: set[tuple[int, int, Features]] = set()  # variants called once on live state, guards and all
        self._scratch: Engine | None = None
        self._built = threading.Condition()

    def __call__(self, rows: int, span: int) -> torch.Tensor:
        """Logits for rows 0..rows-1 (CUDA graphs; eager on CPU, whose compiled steps sample in `round`)."""
        if self.failed or not self.cuda:
            return self.engine._decode_eager(rows, span)
        bucket = next(b for b in self.buckets if b >= rows)
        if bucket not in self.graphs:
            try:
                self.graphs[bucket] = self._capture(bucket)
            except RuntimeError as exc:  # capture unsupported here: decode eagerly rather than fail requests
                print(f"roost engine: CUDA graph capture failed, decoding eagerly: {exc}", file=sys.stderr)
                self.failed = True
                return self.engine._decode_eager(rows, span)
        return self.graphs[bucket]()[:rows]

    def fuses(self, rows: int, features: Features) -> bool:
        """Whether `round` can decode these rows (CPU, at most CPU_COMPILED_ROWS of them, no logprobs asked)."""
        return not self.cuda and not self.failed and rows <= CPU_COMPILED_ROWS and features.logprobs < 0

    def round(self, rows: int, steps: int, last_position: int, features: Features) -> torch.Tensor | None:
        """Run `steps` compiled decode steps for rows 0..rows-1: their tokens (steps, rows), or None if that
        variant is not built yet (it is then wanted: see `build_next`) or cannot be (the engine decodes eagerly).

        Steps attend over the smallest window in `spans` that holds `last_position`: at short contexts
        attending over the whole cache would be a sixth of the step (measured at the tiny preset).
        """
        span = next(s for s in self.spans if s > last_position)
        bucket = next(b for b in self.buckets if b >= rows)
        key = (bucket, span, features)
        step = self.compiled.get(key)
        if step is None:
            if key not in self.wanted:
                self.wanted.append(key)
            return None
        engine = self.engine
        active = torch.arange(bucket, device=engine.device) < rows  # padded rows keep still
        tokens = []
        if key not in self._checked:  # the first live call checks every guard: a mismatch recompiles, never misruns
            tokens.append(step(self, bucket, span, features, active))
            self._checked.add(key)
        # Only the guards that tell variants apart: within a round nothing else about the step changes
        with torch.compiler.set_stance("default", skip_guard_eval_unsafe=True):
            tokens += [step(self, bucket, span, features, active) for _ in range(steps - len(tokens))]
        return torch.stack(tokens)[:, :rows]

    def build_next(self) -> None:
        """Compile the oldest wanted variant (the engine calls this when idle), by running it once on scratch state.

        Compiling takes seconds the first time on a machine (under one from inductor's disk cache), and the
        process's Python is busy meanwhile, so it happens between requests rather than in the middle of one:
        until then those steps decode eagerly. (Compiling in a background thread was tried: the decode thread
        then waits for the interpreter lock at every operation, and decoded slower than with a pause.) Guards
        check tensors' shapes and types, not which tensors they are, so live calls reuse what the scratch run built.
        """
        bucket, span, features = key = self.wanted[0]
        print(f"roost engine: compiling the decode step for {bucket} rows and {span} positions while idle "
              "(cached on disk after the first time)", file=sys.stderr)
        # One compiled region per variant (isolate_recompiles): a call checks its own guards, not every variant's
        step = torch.compile(
            StaticDecoder._sample_step, fullgraph=True, dynamic=False, options={"cpp_wrapper": True},
            isolate_recompiles=True,
        )  # fmt: skip
        scratch = copy.copy(self)
        try:
            rows = min(CPU_COMPILED_ROWS, self.engine.max_batch_size)  # the largest bucket a round runs
            scratch.engine = self._scratch = self._scratch or self.engine.scratch(rows)
            with torch.inference_mode():
                step(scratch, bucket, span, features, torch.arange(bucket, device=self.engine.device) < 1)
            self.compiled[key] = step
        except Exception as exc:  # noqa: BLE001 -- no compiler, or an unsupported op: decode eagerly instead
            print(f"roost engine: compiling the decode step failed, decoding eagerly: {exc}", file=sys.stderr)
            self.failed = True
        with self._built:
            self.wanted = [] if self.failed else self.wanted[1:]
            if not self.wanted:
                self._scratch = None  # its memory back until something else is wanted
            self._built.notify_all()

    def wait_built(self) -> None:
        """Block until every wanted variant is built (the engine's thread builds them once it is idle)."""
        with self._built:
            while self.wanted:
                self._built.wait()

    def _sample_step(self, rows: int, span: int, features: Features, active: torch.Tensor) -> torch.Tensor:
        """One decode step that samples, feeds the sampled tokens back and advances the active rows, in place."""
        engine = self.engine
        logits = engine.fast.static(engine.last_token[:rows], engine.position[:rows], engine.cache, span)
        tokens = engine.sampler.draw(engine.sampler.valid(logits), slice(0, rows), features)
        engine.last_token[:rows] = tokens
        engine.position[:rows] += active
        return tokens

    def _forward(self, rows: int) -> torch.Tensor:
        engine = self.engine
        return engine.fast.static(engine.last_token[:rows], engine.position[:rows], engine.cache)

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
