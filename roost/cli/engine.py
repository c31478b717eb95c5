"""`roost generate` (prompt in, text out) and `roost chat` (terminal, multi-turn, streaming).

`generate` continues a post with the pretrained model; `chat` talks to the run's chat model (the tuned one once
`roost sft` or `roost dpo` has made it, else the pretrained).
"""

from __future__ import annotations

import argparse
import sys

from roost.cli.common import add_run_args, resolve_run


def register(subparsers: argparse._SubParsersAction) -> None:
    generate = subparsers.add_parser("generate", help="continue a prompt with the run's model")
    add_run_args(generate)
    generate.add_argument("prompt", help="text to continue")
    _add_sampling_args(generate, max_tokens=128)
    generate.set_defaults(handler=_generate)

    chat = subparsers.add_parser("chat", help="talk to the run's model in the terminal")
    add_run_args(chat)
    chat.add_argument("--system", default="", help="system prompt")
    _add_sampling_args(chat, max_tokens=256)
    chat.set_defaults(handler=_chat)


def _add_sampling_args(parser: argparse.ArgumentParser, max_tokens: int) -> None:
    parser.add_argument("--max-tokens", type=int, default=max_tokens, help=f"most tokens to generate ({max_tokens})")
    parser.add_argument("--temperature", type=float, default=0.8, help="0 is greedy (0.8)")
    parser.add_argument("--top-k", type=int, default=0, help="keep the k likeliest tokens; 0 keeps all (0)")
    parser.add_argument("--top-p", type=float, default=0.95, help="nucleus sampling mass (0.95)")
    parser.add_argument("--min-p", type=float, default=0.0, help="drop tokens below this share of the likeliest (0)")
    parser.add_argument("--repetition-penalty", type=float, default=1.0, help="above 1 discourages repeats (1.0)")
    parser.add_argument("--seed", type=int, default=None, help="same seed, same output")
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"], help="auto: cuda when available")


def _sampling(args: argparse.Namespace):
    from roost.engine import SamplingParams

    return SamplingParams(
        max_new_tokens=args.max_tokens,
        temperature=args.temperature,
        top_k=args.top_k,
        top_p=args.top_p,
        min_p=args.min_p,
        repetition_penalty=args.repetition_penalty,
        seed=args.seed,
    )


def _device(args: argparse.Namespace) -> str:
    from roost.device import pick_device

    return str(pick_device(args.device, "--device"))


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _generate(args: argparse.Namespace) -> int:
    from roost.engine import Engine
    from roost.engine.generate import generate_text

    run, _ = resolve_run(args, must_exist=True)
    params = _sampling(args)
    params.validate(1 << 31)
    engine = Engine.from_checkpoint(run.checkpoints_dir, device=_device(args), max_batch_size=1)
    generate_text(engine, args.prompt, params, on_text=_write)
    _write("\n")
    return 0


def _chat(args: argparse.Namespace) -> int:
    from roost.chat_model import chat_model_path
    from roost.engine import Engine
    from roost.engine.generate import chat_session

    run, _ = resolve_run(args, must_exist=True)
    params = _sampling(args)
    params.validate(1 << 31)
    engine = Engine.from_checkpoint(chat_model_path(run), device=_device(args), max_batch_size=1)
    if sys.stdin.isatty():
        print(f"chatting with {run.name} (/reset clears the conversation, /exit or Ctrl-D quits)", file=sys.stderr)
    chat_session(engine, params, read_line=input if sys.stdin.isatty() else _read_piped, write=_write, system=args.system)
    return 0


def _read_piped(prompt: str) -> str:
    """Piped input: no prompt echo, EOFError at the end, like input()."""
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line
