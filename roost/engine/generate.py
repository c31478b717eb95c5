"""Synchronous helpers over the async engine: one completion, and a terminal chat session.

These drive the engine from plain code (the CLI, scripts, evaluation): each call runs its own event loop,
streaming text to a callback as it arrives.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from roost.engine.engine import ContextLengthError, Engine
from roost.engine.sampling import SamplingParams


@dataclass
class Generation:
    text: str
    token_ids: list[int] = field(default_factory=list)
    finish_reason: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "tokens": len(self.token_ids), "finish_reason": self.finish_reason}


def generate_ids(
    engine: Engine, prompt_ids: list[int], params: SamplingParams, on_text: Callable[[str], None] | None = None
) -> Generation:
    """Generate from token ids, calling `on_text` with each text delta as it streams."""

    async def run() -> Generation:
        out = Generation(text="")
        pieces: list[str] = []
        async for event in engine.generate(prompt_ids, params):
            out.token_ids.append(event.token_id)
            out.finish_reason = event.finish_reason
            if event.text:
                pieces.append(event.text)
                if on_text is not None:
                    on_text(event.text)
        out.text = "".join(pieces)
        return out

    return asyncio.run(run())


def generate_text(
    engine: Engine, prompt: str, params: SamplingParams, on_text: Callable[[str], None] | None = None
) -> Generation:
    """Continue `prompt` as a new post (it follows <|endoftext|>, as every post does in training)."""
    ids = [engine.tokenizer.boundary_id, *engine.tokenizer.encode(prompt)]
    return generate_ids(engine, ids, params, on_text)


def chat_reply(
    engine: Engine,
    messages: list[dict[str, str]],
    params: SamplingParams,
    on_text: Callable[[str], None] | None = None,
) -> Generation:
    """The assistant's next turn for a conversation; the oldest turns are dropped if it would not fit the context."""
    history = list(messages)
    while True:
        ids = engine.tokenizer.render_chat(history, add_generation_prompt=True, loss_mask=False).ids
        room = engine.max_seq_len - len(ids)
        if room >= min(params.max_new_tokens, engine.max_seq_len // 4) or len(history) <= 1:
            break
        first_turn = 1 if history[0]["role"] == "system" else 0
        if len(history) - first_turn <= 1:
            break
        del history[first_turn]
    if len(ids) >= engine.max_seq_len:
        raise ContextLengthError(
            f"the message is {len(ids)} tokens with the chat template; the context here is {engine.max_seq_len}"
        )
    return generate_ids(engine, ids, params, on_text)


def chat_session(
    engine: Engine,
    params: SamplingParams,
    read_line: Callable[[str], str],
    write: Callable[[str], None],
    system: str = "",
) -> int:
    """A multi-turn terminal chat: read a line, stream the reply; /reset clears, /exit or end of input quits.

    Returns the number of assistant turns.
    """
    messages: list[dict[str, str]] = [{"role": "system", "content": system}] if system else []
    turns = 0
    while True:
        try:
            line = read_line("you> ")
        except EOFError:
            write("\n")
            return turns
        line = line.strip()
        if line in ("/exit", "/quit"):
            return turns
        if line == "/reset":
            messages = messages[:1] if system else []
            write("(conversation cleared)\n")
            continue
        if not line:
            continue
        messages.append({"role": "user", "content": line})
        write("assistant> ")
        try:
            reply = chat_reply(engine, messages, params, on_text=write)
        except ContextLengthError as exc:
            messages.pop()
            write(f"(skipped: {exc})\n")
            continue
        write("\n")
        messages.append({"role": "assistant", "content": reply.text})
        turns += 1
