"""Everything GPU-specific, checked and timed in one call on a lent accelerator.

A lent GPU machine gives a session minutes, not hours, so this script runs the CUDA paths in one go, each with
its own time limit so one slow check cannot starve the others, and prints every RESULT line it collects:

    1. bench/train_step.py on the gpt2-small shape: bf16 autocast, torch.compile, MFU against 989 TFLOP/s,
       roost vs transformers' LlamaForCausalLM on the same weights and batches.
    2. bench/decode.py on the gpt2-small shape: batch-1 decode (CUDA graphs) and 32 concurrent requests through
       the continuous batcher, roost vs transformers' generate.

    python bench/gpu_check.py [--budget-seconds 420]

On a machine without CUDA it runs the same scripts on the CPU at the tiny shape, so the script itself is tested
before device time is spent on it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import torch

BENCH = Path(__file__).parent


def checks(cuda: bool) -> list[tuple[str, list[str], float]]:
    """(name, command, share of the budget) for each check."""
    if cuda:
        return [
            ("train_step", ["train_step.py", "--device", "cuda", "--shapes", "gpt2-small", "--rounds", "3"], 0.55),
            ("decode", ["decode.py", "--device", "cuda", "--preset", "gpt2-small", "--repeats", "2"], 0.45),
        ]
    return [
        ("train_step", ["train_step.py", "--device", "cpu", "--shapes", "tiny", "--rounds", "2", "--steps", "2"], 0.5),
        ("decode", ["decode.py", "--device", "cpu", "--preset", "tiny", "--repeats", "1", "--concurrent", "8"], 0.5),
    ]


def run_check(name: str, command: list[str], timeout: float) -> list[str]:
    print(f"== {name}: {' '.join(command)} (limit {timeout:.0f}s)", flush=True)
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, str(BENCH / command[0]), *command[1:]], check=False, capture_output=True, text=True, timeout=timeout
        )
        output, status = result.stdout + result.stderr, f"exit {result.returncode}"
    except subprocess.TimeoutExpired as exc:
        output = (exc.stdout or b"").decode(errors="replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        status = "timed out"
    print(output[-4000:], flush=True)
    print(f"== {name}: {status} after {time.perf_counter() - started:.0f}s", flush=True)
    return [line for line in output.splitlines() if line.startswith("RESULT ")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget-seconds", type=float, default=420.0)
    args = parser.parse_args()
    cuda = torch.cuda.is_available()
    print(f"device: {torch.cuda.get_device_name(0) if cuda else 'cpu'}; torch {torch.__version__}", flush=True)
    results = []
    for name, command, share in checks(cuda):
        results += run_check(name, command, args.budget_seconds * share)
    print("\n".join(results))


if __name__ == "__main__":
    main()
