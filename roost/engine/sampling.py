"""Sampling settings and the vectorised sampler: one pass over the whole batch, each row with its own settings.

Every setting lives in a per-slot tensor, so a decode step samples all rows at once with tensor arithmetic:
logit bias, repetition / presence / frequency penalties, temperature, min-p, top-k, top-p, then one draw by
inverse CDF. Greedy rows (temperature 0) take the argmax of the penalised logits.

Randomness is counter-based: a row's uniform number for its n-th token is a hash of (its seed, n), computed
with integer tensor ops. So a seeded request draws the same numbers whatever else is in the batch, on any
device, and the draw needs no per-row generator calls (and is capturable in a CUDA graph).

Settings are clipped to what the per-slot tensors can carry and still give sensible numbers: a top_k past the
vocabulary keeps it all, a temperature or repetition penalty too small for float32 is the smallest one that
still divides, huge biases and penalties saturate instead of becoming inf (and inf - inf, NaN), and top-p
always keeps the most likely token. A request's settings can therefore never make a batched step fail.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch

from roost.errors import RoostError

MAX_LOGPROBS = 20
_MASK32 = 0xFFFFFFFF
# What the sampler's float32 tensors carry: temperature and repetition penalty in [SMALLEST, LARGEST] (0
# temperature stays 0: greedy), biases and additive penalties within +-LARGEST. Past these bounds every setting
# already means "this token always" or "never" (logits are tens at most).
SMALLEST, LARGEST = 1e-5, 1e4


@dataclass
class SamplingParams:
    max_new_tokens: int = 256
    temperature: float = 1.0
    top_k: int = 0
    top_p: float = 1.0
    min_p: float = 0.0
    repetition_penalty: float = 1.0
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    logit_bias: dict[int, float] = field(default_factory=dict)
    seed: int | None = None
    stop: list[str] = field(default_factory=list)
    stop_token_ids: list[int] = field(default_factory=list)
    # None: no logprobs; k >= 0: the chosen token's logprob plus the top-k alternatives, all under the model's own
    # distribution (before bias, penalties, temperature and truncation), as vLLM reports them by default
    logprobs: int | None = None
    ignore_eos: bool = False  # True: do not stop at <|end|> / <|endoftext|> (benchmarks, raw continuation)

    def validate(self, vocab_size: int) -> None:
        """Raise RoostError naming the first bad field."""
        checks = [
            (self.max_new_tokens >= 1, "max_new_tokens", "must be at least 1"),
            (self.temperature >= 0, "temperature", "must be >= 0"),
            (self.top_k >= 0, "top_k", "must be >= 0"),
            (0 < self.top_p <= 1, "top_p", "must be in (0, 1]"),
            (0 <= self.min_p <= 1, "min_p", "must be in [0, 1]"),
            (self.repetition_penalty > 0, "repetition_penalty", "must be > 0"),
            (self.logprobs is None or 0 <= self.logprobs <= MAX_LOGPROBS, "logprobs", f"must be in [0, {MAX_LOGPROBS}]"),
        ]
        for name in ("temperature", "top_p", "min_p", "repetition_penalty", "presence_penalty", "frequency_penalty"):
            if not math.isfinite(getattr(self, name)):
                raise RoostError(f"sampling: {name}={getattr(self, name)!r} must be a finite number")
        if not all(math.isfinite(float(bias)) for bias in self.logit_bias.values()):
            raise RoostError("sampling: logit_bias values must be finite numbers")
        for ok, name, rule in checks:
            if not ok:
                raise RoostError(f"sampling: {name}={getattr(self, name)!r} {rule}")
        for token_id in [*self.logit_bias, *self.stop_token_ids]:
            if not 0 <= int(token_id) < vocab_size:
                raise RoostError(f"sampling: token id {token_id} out of range (vocabulary has {vocab_size})")


@dataclass
class SampleOutput:
    """What one sampling pass returns, still on the device."""

    tokens: torch.Tensor  # (rows,) int64
    logprobs: torch.Tensor | None = None  # (rows,) chosen token's logprob under the model
    top_ids: torch.Tensor | None = None  # (rows, k)
    top_logprobs: torch.Tensor | None = None  # (rows, k)


@dataclass(frozen=True)
class Features:
    """Which optional stages any row in the pass needs; a stage nobody uses costs nothing."""

    all_greedy: bool
    bias: bool
    penalties: bool
    min_p: bool
    top_k_only: int  # > 0: every sampling row has a top-k (and none has top-p): topk(this) instead of a sort
    truncate: bool  # some row has top-k or top-p
    logprobs: int  # -1: nobody asked; else the largest k asked

    def compiled(self) -> Features:
        """The stages a compiled step runs for these rows: one of three, whatever the settings' values.

        A compiled step is built per set of stages, and settings travel in the sampler's tensors, so no value a
        request sends (a new top_k, say) can call for a new compilation: greedy, plain sampling (temperature
        only), or every stage at once (neutral settings leave a row's logits unchanged, bit for bit).
        """
        if self.all_greedy and not (self.bias or self.penalties):
            return GREEDY
        if not (self.bias or self.penalties or self.min_p or self.truncate):
            return PLAIN
        return EVERY_STAGE


GREEDY = Features(all_greedy=True, bias=False, penalties=False, min_p=False, top_k_only=0, truncate=False, logprobs=-1)
PLAIN = Features(all_greedy=False, bias=False, penalties=False, min_p=False, top_k_only=0, truncate=False, logprobs=-1)
EVERY_STAGE = Features(all_greedy=False, bias=True, penalties=True, min_p=True, top_k_only=0, truncate=True, logprobs=-1)


class Sampler:
    """Per-slot sampling state for up to `max_batch_size` rows over a `vocab_size` vocabulary."""

    def __init__(self, max_batch_size: int, vocab_size: int, device: torch.device | str, valid_vocab: int | None = None):
        def floats() -> torch.Tensor:
            return torch.zeros(max_batch_size, device=device)

        def longs() -> torch.Tensor:
            return torch.zeros(max_batch_size, device=device, dtype=torch.long)

        self.vocab_size = vocab_size
        self.temperature, self.top_p, self.min_p = floats(), floats(), floats()
        self.repetition, self.presence, self.frequency = floats(), floats(), floats()
        self.top_k, self.seed_lo, self.seed_hi, self.drawn = longs(), longs(), longs(), longs()
        self.bias = torch.zeros(max_batch_size, vocab_size, device=device)
        self.prompt_seen = torch.zeros(max_batch_size, vocab_size, device=device, dtype=torch.bool)
        self.counts = torch.zeros(max_batch_size, vocab_size, device=device)
        self.params: list[SamplingParams | None] = [None] * max_batch_size
        # Token ids the model has rows for but the tokenizer does not (a model vocabulary padded up) never sample.
        self.vocab_mask = None
        if valid_vocab is not None and valid_vocab < vocab_size:
            self.vocab_mask = torch.zeros(vocab_size, device=device)
            self.vocab_mask[valid_vocab:] = float("-inf")
        self._ranks = torch.arange(vocab_size, device=device)

    def set_row(self, row: int, params: SamplingParams, prompt_ids: list[int], seed: int) -> None:
        """Take a request's (validated) settings into `row`, clipped to what the tensors carry (module docstring)."""
        self.params[row] = params
        self.temperature[row] = _clip(params.temperature, SMALLEST, LARGEST) if params.temperature > 0 else 0.0
        self.top_p[row] = params.top_p  # a top_p that float32 rounds to 0 still keeps the most likely token
        self.min_p[row] = params.min_p
        self.top_k[row] = min(params.top_k, self.vocab_size)
        self.repetition[row] = _clip(params.repetition_penalty, SMALLEST, LARGEST)
        self.presence[row] = _clip(params.presence_penalty, -LARGEST, LARGEST)
        self.frequency[row] = _clip(params.frequency_penalty, -LARGEST, LARGEST)
        self.seed_lo[row] = seed & _MASK32
        self.seed_hi[row] = (seed >> 32) & _MASK32
        self.drawn[row] = 0
        self.bias[row].zero_()
        if params.logit_bias:
            ids = torch.tensor([int(k) for k in params.logit_bias], device=self.bias.device)
            biases = [_clip(float(v), -LARGEST, LARGEST) for v in params.logit_bias.values()]
            self.bias[row, ids] = torch.tensor(biases, device=self.bias.device)
        self.counts[row].zero_()
        self.prompt_seen[row].zero_()
        if params.repetition_penalty != 1.0:
            self.prompt_seen[row, torch.tensor(prompt_ids, device=self.prompt_seen.device)] = True

    def move(self, source: int, target: int) -> None:
        self.params[target] = self.params[source]
        self.params[source] = None
        for tensor in (
            self.temperature, self.top_p, self.min_p, self.top_k, self.repetition, self.presence, self.frequency,
            self.seed_lo, self.seed_hi, self.drawn, self.bias, self.prompt_seen, self.counts,
        ):
            tensor[target] = tensor[source]

    def clear(self, row: int) -> None:
        self.params[row] = None

    def sample(self, logits: torch.Tensor, start: int, stop: int, features: Features | None = None) -> SampleOutput:
        """Sample one token for each of rows start..stop-1 from logits (stop-start, vocab).

        `features` is `self.features(start, stop)`, passed in when the caller has it already.
        """
        rows = slice(start, stop)
        features = features or self.features(start, stop)
        raw = self.valid(logits)
        out = SampleOutput(tokens=self.draw(raw, rows, features))
        if features.logprobs >= 0:
            log_probs = torch.log_softmax(raw, dim=-1)
            out.logprobs = log_probs.gather(1, out.tokens[:, None]).squeeze(1)
            if features.logprobs > 0:
                out.top_logprobs, out.top_ids = log_probs.topk(features.logprobs, dim=-1)
        return out

    def valid(self, logits: torch.Tensor) -> torch.Tensor:
        """fp32 logits with the ids the tokenizer lacks masked out: what sampling and logprobs start from."""
        logits = logits.float()
        return logits + self.vocab_mask if self.vocab_mask is not None else logits

    def draw(self, logits: torch.Tensor, rows: slice, features: Features) -> torch.Tensor:
        """One token per row from its `valid` logits, advancing each row's draw counter (and token counts).

        Tensor operations only, steered by `features`, so a compiled decode step can sample inside its graph.
        """
        if features.bias:
            logits = logits + self.bias[rows]
        if features.penalties:
            logits = self._penalise(logits, rows)
        greedy = logits.argmax(dim=-1)
        if features.all_greedy:
            tokens = greedy
        else:
            tokens = torch.where(self.temperature[rows] == 0, greedy, self._draw(logits, rows, features))
        if features.penalties:
            self.counts[rows].scatter_add_(1, tokens[:, None], torch.ones_like(tokens[:, None], dtype=torch.float))
        self.drawn[rows] += 1
        return tokens

    def _penalise(self, logits: torch.Tensor, rows: slice) -> torch.Tensor:
        counts = self.counts[rows]
        seen = counts > 0
        penalty = self.repetition[rows, None]
        repeated = torch.where(logits > 0, logits / penalty, logits * penalty)  # HF/CTRL convention
        logits = torch.where(seen | self.prompt_seen[rows], repeated, logits)
        return logits - self.presence[rows, None] * seen - self.frequency[rows, None] * counts

    def _draw(self, logits: torch.Tensor, rows: slice, features: Features) -> torch.Tensor:
        """Draw from each row's truncated distribution, always in vocabulary order.

        Truncation (min-p, top-k, top-p) becomes a per-row probability floor, and the draw walks the
        vocabulary in id order whatever stages ran, so a row's token depends only on its own logits,
        settings and seed, never on what its batch neighbours asked for.
        """
        temperature = self.temperature[rows].clamp_min(1e-5)[:, None]
        probs = torch.softmax(logits / temperature, dim=-1)
        floor = torch.zeros_like(probs[:, :1])
        if features.min_p:
            floor = self.min_p[rows, None] * probs.amax(dim=-1, keepdim=True)
        if features.truncate:
            floor = torch.maximum(floor, self._truncation_floor(probs, rows, features))
        if features.min_p or features.truncate:
            probs = probs.masked_fill(probs < floor, 0.0)
        uniform = _uniform(self.seed_lo[rows], self.seed_hi[rows], self.drawn[rows])
        return _inverse_cdf(probs, uniform)

    def _truncation_floor(self, probs: torch.Tensor, rows: slice, features: Features) -> torch.Tensor:
        """Per row, the smallest probability top-k and top-p keep (0 where neither applies)."""
        top_k = self.top_k[rows, None]
        if features.top_k_only:
            ordered = probs.topk(features.top_k_only, dim=-1).values
            last_kept = (top_k - 1).clamp(0, features.top_k_only - 1)
        else:
            ordered = probs.sort(dim=-1, descending=True).values
            before = ordered.cumsum(dim=-1) - ordered  # mass strictly above each token; the first always stays
            top_p = self.top_p[rows, None]
            kept = ((before < top_p) | (top_p >= 1.0)).sum(dim=-1, keepdim=True).clamp_min(1)
            last_kept = torch.where(top_k > 0, torch.minimum(kept, top_k), kept) - 1
        floor = ordered.gather(1, last_kept)
        applies = (top_k > 0) | (self.top_p[rows, None] < 1.0)
        return torch.where(applies, floor, torch.zeros_like(floor))

    def features(self, start: int, stop: int) -> Features:
        """What rows start..stop-1 need from a sampling pass (computed in Python, once per pass)."""
        active = [p for p in self.params[start:stop] if p is not None]
        sampling = [p for p in active if p.temperature > 0]
        top_k_only = 0
        if sampling and all(p.top_k > 0 and p.top_p >= 1.0 for p in sampling):  # topk(k) costs what k is
            top_k_only = min(max(p.top_k for p in sampling), self.vocab_size)
        asked = [p.logprobs for p in active if p.logprobs is not None]
        return Features(
            all_greedy=not sampling,
            bias=any(p.logit_bias for p in active),
            penalties=any(
                p.repetition_penalty != 1.0 or p.presence_penalty != 0.0 or p.frequency_penalty != 0.0 for p in active
            ),
            min_p=any(p.min_p > 0 for p in sampling),
            top_k_only=top_k_only,
            truncate=any(p.top_k > 0 or p.top_p < 1.0 for p in sampling),
            logprobs=max(asked) if asked else -1,
        )


def _clip(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def _inverse_cdf(weights: torch.Tensor, uniform: torch.Tensor) -> torch.Tensor:
    """Index drawn from each row of non-negative `weights` (unnormalised) by its uniform number in [0, 1)."""
    cdf = weights.cumsum(dim=-1)
    target = uniform[:, None] * cdf[:, -1:]
    index = torch.searchsorted(cdf, target, right=True).squeeze(1)
    return index.clamp_max(weights.size(-1) - 1)


def _uniform(seed_lo: torch.Tensor, seed_hi: torch.Tensor, counter: torch.Tensor) -> torch.Tensor:
    """A uniform float in [0, 1) per row from (seed, counter), by murmur3's 32-bit finaliser."""
    mixed = _mix32(seed_lo ^ _mix32((counter + _mix32(seed_hi ^ 0x9E3779B9)) & _MASK32))
    return (mixed >> 8).float() * (1.0 / (1 << 24))


def _mix32(x: torch.Tensor) -> torch.Tensor:
    x = x ^ (x >> 16)
    x = _mulmod32(x, 0x85EBCA6B)
    x = x ^ (x >> 13)
    x = _mulmod32(x, 0xC2B2AE35)
    return x ^ (x >> 16)


def _mulmod32(x: torch.Tensor, constant: int) -> torch.Tensor:
    """(x * constant) mod 2**32 for 32-bit values in int64 tensors, without overflowing int64."""
    low, high = x & 0xFFFF, x >> 16
    return (low * constant + (((high * constant) & 0xFFFF) << 16)) & _MASK32
