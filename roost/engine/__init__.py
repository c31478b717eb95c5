"""Inference: KV cache, sampling, stop handling, incremental detokenization and continuous batching."""

from roost.engine.engine import ContextLengthError, Engine, Stream, TokenEvent
from roost.engine.sampling import SamplingParams

__all__ = ["ContextLengthError", "Engine", "SamplingParams", "Stream", "TokenEvent"]
