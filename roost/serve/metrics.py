"""Prometheus metrics for the server: requests, tokens, queue depth, time to first token, inter-token latency.

Each app gets its own registry, so several servers (tests, benchmarks) can live in one process. Queue depth and
running requests are read from the engine when scraped rather than mirrored by hand.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class ServerMetrics:
    def __init__(
        self, queue_depth: Callable[[], float], running: Callable[[], float], cache_usage: Callable[[], float] = float
    ):
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "roost_requests", "HTTP requests answered, by route and status code", ["route", "status"], registry=self.registry
        )
        self.prompt_tokens = Counter("roost_prompt_tokens", "Prompt tokens of admitted requests", registry=self.registry)
        self.completion_tokens = Counter("roost_completion_tokens", "Tokens generated", registry=self.registry)
        self.queue_depth = Gauge("roost_queue_depth", "Requests waiting for an engine slot", registry=self.registry)
        self.queue_depth.set_function(queue_depth)
        self.running = Gauge("roost_running", "Requests in the engine's running batch", registry=self.registry)
        self.running.set_function(running)
        self.cache_usage = Gauge(
            "roost_kv_cache_usage_ratio", "Share of the KV cache's positions held by running requests", registry=self.registry
        )
        self.cache_usage.set_function(cache_usage)
        self.time_to_first_token = Histogram(
            "roost_time_to_first_token_seconds", "Time from admission to a choice's first token",
            buckets=LATENCY_BUCKETS, registry=self.registry,
        )
        self.inter_token_latency = Histogram(
            "roost_inter_token_latency_seconds", "Time between consecutive tokens of a choice",
            buckets=LATENCY_BUCKETS, registry=self.registry,
        )
        self.request_duration = Histogram(
            "roost_request_duration_seconds", "Time from admission to the last token of a request",
            buckets=LATENCY_BUCKETS, registry=self.registry,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
