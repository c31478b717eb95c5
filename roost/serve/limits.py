"""Per-key rate limits: requests per minute and tokens per minute, with OpenAI's `x-ratelimit-*` headers.

Each key has two token buckets that refill continuously (limit/60 per second) up to one minute's worth. A request
is counted in two steps: `take_request` counts it against the requests bucket as soon as its key is known, before
any costly work (tokenizing a large prompt), so a key sending oversized prompts is held to its rate like any other;
once the prompt is tokenized, `reserve_tokens` reserves `prompt + n * max_tokens` tokens, as OpenAI estimates. When
the request ends, the tokens it did not use are given back. A request turned away because the server is overloaded
gives back everything, so a client's retry is not charged twice; any other refusal still counts as a request.
The limiter lives in the server process: roost serves one machine.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from roost.serve.schemas import APIError


@dataclass(frozen=True)
class Limits:
    requests_per_minute: int
    tokens_per_minute: int


@dataclass
class Bucket:
    capacity: float
    level: float
    updated: float

    @property
    def rate(self) -> float:
        return self.capacity / 60.0

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + (now - self.updated) * self.rate)
        self.updated = now

    def seconds_until(self, amount: float) -> float:
        return max(0.0, (amount - self.level) / self.rate)

    def seconds_until_full(self) -> float:
        return self.seconds_until(self.capacity)


@dataclass
class Reservation:
    key_id: int
    tokens: int
    headers: dict[str, str] = field(default_factory=dict)
    settled: bool = False


class RateLimiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._buckets: dict[int, tuple[Bucket, Bucket]] = {}

    def _buckets_for(self, key_id: int, limits: Limits) -> tuple[Bucket, Bucket]:
        now = self.clock()
        buckets = self._buckets.get(key_id)
        if buckets is None or buckets[0].capacity != limits.requests_per_minute or buckets[1].capacity != limits.tokens_per_minute:
            buckets = (
                Bucket(limits.requests_per_minute, limits.requests_per_minute, now),
                Bucket(limits.tokens_per_minute, limits.tokens_per_minute, now),
            )
            self._buckets[key_id] = buckets
        for bucket in buckets:
            bucket.refill(now)
        return buckets

    def acquire(self, key_id: int, limits: Limits, tokens: int) -> Reservation:
        """Reserve one request and `tokens` tokens at once, or raise a 429 and take nothing."""
        reservation = self.take_request(key_id, limits)
        try:
            self.reserve_tokens(reservation, limits, tokens)
        except APIError:
            self.cancel(reservation)
            raise
        return reservation

    def take_request(self, key_id: int, limits: Limits) -> Reservation:
        """Count one request, or raise a 429 if the key has none left or its tokens are spent."""
        requests, token_bucket = self._buckets_for(key_id, limits)
        for bucket, amount, kind, limit in ((requests, 1, "requests", limits.requests_per_minute), (token_bucket, 1, "tokens", limits.tokens_per_minute)):
            if bucket.level < amount:
                raise self._limited(requests, token_bucket, bucket, amount, kind, limit)
        requests.level -= 1
        return Reservation(key_id, 0, _headers(requests, token_bucket))

    def reserve_tokens(self, reservation: Reservation, limits: Limits, tokens: int) -> None:
        """Reserve `tokens` more for a counted request, or raise a 429 that says which limit and when to retry."""
        requests, token_bucket = self._buckets_for(reservation.key_id, limits)
        if tokens > token_bucket.capacity:
            raise APIError(
                429,
                f"Request too large: limit {limits.tokens_per_minute} tokens per minute, requested {tokens}. "
                "Lower max_tokens or n, or shorten the prompt.",
                type="tokens",
                code="rate_limit_exceeded",
                headers=_headers(requests, token_bucket, retry_after=60.0),
            )
        if token_bucket.level < tokens:
            raise self._limited(requests, token_bucket, token_bucket, tokens, "tokens", limits.tokens_per_minute)
        token_bucket.level -= tokens
        reservation.tokens += tokens
        reservation.headers = _headers(requests, token_bucket)

    @staticmethod
    def _limited(requests: Bucket, tokens: Bucket, bucket: Bucket, amount: int, kind: str, limit: int) -> APIError:
        wait = bucket.seconds_until(amount)
        return APIError(
            429,
            f"Rate limit reached for {kind} per minute: limit {limit}, used {limit - int(bucket.level)}, "
            f"requested {amount}. Please try again in {_duration(wait)}.",
            type=kind,
            code="rate_limit_exceeded",
            headers=_headers(requests, tokens, retry_after=wait),
        )

    def settle(self, reservation: Reservation, used_tokens: int) -> None:
        """Give back the tokens a finished request reserved but did not use."""
        self._give_back(reservation, requests=0, tokens=max(0, reservation.tokens - used_tokens))

    def cancel(self, reservation: Reservation) -> None:
        """Give back the whole reservation of a request that was turned away before producing anything."""
        self._give_back(reservation, requests=1, tokens=reservation.tokens)

    def _give_back(self, reservation: Reservation, requests: int, tokens: int) -> None:
        if reservation.settled:
            return
        reservation.settled = True
        buckets = self._buckets.get(reservation.key_id)
        if buckets is None:
            return
        for bucket, amount in zip(buckets, (requests, tokens)):
            bucket.refill(self.clock())
            bucket.level = min(bucket.capacity, bucket.level + amount)


def _headers(requests: Bucket, tokens: Bucket, retry_after: float | None = None) -> dict[str, str]:
    headers = {
        "x-ratelimit-limit-requests": str(int(requests.capacity)),
        "x-ratelimit-limit-tokens": str(int(tokens.capacity)),
        "x-ratelimit-remaining-requests": str(max(0, int(requests.level))),
        "x-ratelimit-remaining-tokens": str(max(0, int(tokens.level))),
        "x-ratelimit-reset-requests": _duration(requests.seconds_until_full()),
        "x-ratelimit-reset-tokens": _duration(tokens.seconds_until_full()),
    }
    if retry_after is not None:
        headers["retry-after"] = str(max(1, math.ceil(retry_after)))
        headers["retry-after-ms"] = str(max(1, math.ceil(retry_after * 1000)))
    return headers


def _duration(seconds: float) -> str:
    """OpenAI's reset format: "20ms", "1.5s", "6m0s"."""
    if seconds < 1:
        return f"{math.ceil(seconds * 1000)}ms"
    if seconds < 60:
        return f"{seconds:.3g}s"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}m{rest:.0f}s"
