"""Load test of `roost serve`: N concurrent streaming clients for a fixed time, against roost and a baseline.

Both servers serve the same model (the tiny preset's shape, random weights; or `--run` for a trained run) on
127.0.0.1, one after the other, each in its own process, started the way a user would:
    roost      `python -m roost serve` (continuous batching engine, keys, limits, metering)
    baseline   plain Hugging Face `transformers`: the same weights exported with `roost export hf`, loaded with
               `AutoModelForCausalLM`, one `model.generate` per request in its own thread, streamed by FastAPI
Each client loops for `--duration` seconds: a streaming chat completion of exactly `--max-tokens` tokens (roost:
`ignore_eos`; baseline: `min_new_tokens`), a tweet from TweetEval as the user message. Metrics as vLLM's
`bench serve` defines them: TTFT (request sent -> first content chunk), ITL (gap between consecutive content
chunks), TPOT ((latency - TTFT) / (tokens - 1)), output throughput (completion tokens / wall time of the run).
For roost it also checks that serve.db holds one usage row per finished request and exactly the tokens the
clients were told they received. Ends with `RESULT` lines (ratio > 1: roost is better).

    python bench/serve_load.py --concurrency 64 --duration 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
MODEL_ID = "bench"


@dataclass
class RequestResult:
    ok: bool
    status: int
    ttft: float = 0.0
    latency: float = 0.0
    gaps: list[float] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    error: str = ""


@dataclass
class LoadResult:
    name: str
    requests: list[RequestResult]
    elapsed: float
    warmup: RequestResult  # not in the figures, but metered like any other request

    @property
    def finished(self) -> list[RequestResult]:
        return [r for r in self.requests if r.ok]

    @property
    def server_errors(self) -> int:
        return sum(r.status >= 500 for r in self.requests)

    @property
    def throughput(self) -> float:
        return sum(r.completion_tokens for r in self.finished) / self.elapsed

    def ttft_ms(self, q: float) -> float:
        return _quantile([r.ttft for r in self.finished], q) * 1000

    def itl_ms(self, q: float) -> float:
        return _quantile([g for r in self.finished for g in r.gaps], q) * 1000

    def tpot_ms(self) -> float:
        values = [(r.latency - r.ttft) / (r.completion_tokens - 1) for r in self.finished if r.completion_tokens > 1]
        return statistics.median(values) * 1000

    def summary(self) -> str:
        return (
            f"{self.name}: {len(self.finished)} requests finished, {self.server_errors} 5xx, "
            f"{len(self.requests) - len(self.finished)} failed, {self.elapsed:.1f} s, "
            f"output {self.throughput:.0f} tok/s, TTFT median {self.ttft_ms(0.5):.0f} ms p99 {self.ttft_ms(0.99):.0f} ms, "
            f"ITL median {self.itl_ms(0.5):.1f} ms p99 {self.itl_ms(0.99):.1f} ms, TPOT median {self.tpot_ms():.1f} ms"
        )


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# ---- the model -------------------------------------------------------------------------------------------------


def build_run(root: Path):
    """A run with a tokenizer trained on TweetEval and a randomly initialised model of the tiny preset's shape."""
    from roost.checkpoint import save_checkpoint
    from roost.config import load_config
    from roost.model import Transformer
    from roost.run import open_run
    from roost.tokenizer import train_tokenizer

    run = open_run(root / MODEL_ID)
    config = load_config("tiny")
    tokenizer = train_tokenizer(iter(tweets("train")), vocab_size=config.tokenizer.vocab_size)
    tokenizer.save(run.tokenizer_dir)
    model_config = config.model.model_copy(update={"vocab_size": tokenizer.vocab_size})
    model = Transformer(model_config)
    model.init_weights(seed=0)
    save_checkpoint(run.checkpoints_dir, 0, model.state_dict(), model_config)
    run.save_config(config)
    return run


def tweets(split: str) -> list[str]:
    lines = []
    for path in sorted((CORPORA / "tweeteval").glob(f"*/{split}_text.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


# ---- servers -------------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError("server did not become healthy")


def start_roost(run_root: Path, port: int, concurrency: int, stride: int | None) -> subprocess.Popen:
    overrides = [
        f"serve.max_batch_size={concurrency}", "serve.max_queue=4096", 'serve.device="cpu"',
        "serve.requests_per_minute=10000000", "serve.tokens_per_minute=1000000000", f'serve.model_name="{MODEL_ID}"',
    ]
    if stride is not None:
        overrides.append(f"serve.moderation_stride_chars={stride}")
    args = [sys.executable, "-m", "roost", "serve", "--run", str(run_root), "--port", str(port)]
    for item in overrides:
        args += ["--set", item]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def start_baseline(hf_dir: Path, port: int) -> subprocess.Popen:
    args = [sys.executable, __file__, "--baseline-server", str(hf_dir), "--port", str(port)]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def baseline_app(hf_dir: Path):
    """FastAPI + transformers `generate`, one thread per request, streamed in OpenAI's chunk format."""
    import torch
    from fastapi import FastAPI
    from fastapi.responses import StreamingResponse
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.generation.streamers import BaseStreamer

    model = AutoModelForCausalLM.from_pretrained(hf_dir, dtype=torch.float32).eval()
    tokenizer = AutoTokenizer.from_pretrained(hf_dir)
    app = FastAPI()

    class QueueStreamer(BaseStreamer):
        def __init__(self, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue):
            self.loop, self.queue, self.prompt_seen = loop, queue, False

        def put(self, value):
            if not self.prompt_seen:  # generate first hands over the prompt
                self.prompt_seen = True
                return
            self.loop.call_soon_threadsafe(self.queue.put_nowait, int(value.reshape(-1)[0]))

        def end(self):
            self.loop.call_soon_threadsafe(self.queue.put_nowait, None)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.post("/v1/chat/completions")
    async def chat(body: dict):
        ids = tokenizer.apply_chat_template(body["messages"], add_generation_prompt=True, return_tensors="pt", return_dict=False)
        max_tokens = body["max_tokens"]
        queue: asyncio.Queue = asyncio.Queue()
        streamer = QueueStreamer(asyncio.get_running_loop(), queue)

        def work():
            with torch.inference_mode():
                model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_tokens, min_new_tokens=max_tokens,
                               do_sample=True, temperature=body.get("temperature", 1.0), top_k=0, streamer=streamer,
                               pad_token_id=tokenizer.pad_token_id)

        threading.Thread(target=work, daemon=True).start()

        async def events():
            count = 0
            while (token := await queue.get()) is not None:
                count += 1
                chunk = {"id": "x", "object": "chat.completion.chunk", "model": MODEL_ID, "created": 0,
                         "choices": [{"index": 0, "delta": {"content": tokenizer.decode([token])}, "finish_reason": None}]}
                yield f"data: {json.dumps(chunk)}\n\n"
            usage = {"prompt_tokens": ids.shape[1], "completion_tokens": count, "total_tokens": ids.shape[1] + count}
            yield f"data: {json.dumps({'id': 'x', 'object': 'chat.completion.chunk', 'choices': [], 'usage': usage})}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return app


# ---- the load -------------------------------------------------------------------------------------------------------


async def one_request(client: httpx.AsyncClient, url: str, key: str, prompt: str, max_tokens: int) -> RequestResult:
    body = {
        "model": MODEL_ID, "messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens,
        "temperature": 1.0, "stream": True, "stream_options": {"include_usage": True}, "ignore_eos": True,
    }
    start = time.perf_counter()
    result = RequestResult(ok=False, status=0)
    last = None
    try:
        async with client.stream("POST", url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}) as response:
            result.status = response.status_code
            if response.status_code != 200:
                result.error = (await response.aread()).decode(errors="replace")[:200]
                return result
            async for line in response.aiter_lines():
                if not line.startswith("data: ") or line == "data: [DONE]":
                    continue
                chunk = json.loads(line[6:])
                now = time.perf_counter()
                if chunk.get("usage"):
                    result.prompt_tokens = chunk["usage"]["prompt_tokens"]
                    result.completion_tokens = chunk["usage"]["completion_tokens"]
                if chunk["choices"] and chunk["choices"][0]["delta"].get("content"):
                    if last is None:
                        result.ttft = now - start
                    else:
                        result.gaps.append(now - last)
                    last = now
        result.latency = time.perf_counter() - start
        result.ok = result.completion_tokens > 0
        result.error = "" if result.ok else "stream ended without usage"
    except httpx.HTTPError as exc:
        result.error = f"{type(exc).__name__}: {exc}"
    return result


async def load(name: str, url: str, key: str, concurrency: int, duration: float, max_tokens: int) -> LoadResult:
    prompts = tweets("val")
    results: list[RequestResult] = []
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    async with httpx.AsyncClient(timeout=httpx.Timeout(600.0), limits=limits) as client:
        warmup = await one_request(client, url, key, prompts[0], 4)
        start = time.perf_counter()
        deadline = start + duration

        async def worker(index: int) -> None:
            n = index
            while time.perf_counter() < deadline:
                results.append(await one_request(client, url, key, prompts[n % len(prompts)], max_tokens))
                n += concurrency

        await asyncio.gather(*(worker(i) for i in range(concurrency)))
        elapsed = time.perf_counter() - start
    return LoadResult(name, results, elapsed, warmup)


def check_usage(db_path: Path, result: LoadResult, key_name: str) -> bool:
    from roost.serve.db import Store

    store = Store(db_path)
    try:
        key_id = next(k.id for k in store.list_keys() if k.name == key_name)
        rows = [r for r in store.usage_rows() if r.key_id == key_id]
    finally:
        store.close()
    finished = [result.warmup, *result.finished]
    delivered = sum(r.completion_tokens for r in finished)
    recorded = sum(r.completion_tokens for r in rows)
    prompt_ok = sum(r.prompt_tokens for r in rows) == sum(r.prompt_tokens for r in finished)
    ok = len(rows) == len(finished) and recorded == delivered and prompt_ok
    print(f"CHECK usage rows={len(rows)} finished requests={len(finished)} recorded completion tokens={recorded} "
          f"delivered={delivered} prompt tokens match={prompt_ok}: {'ok' if ok else 'MISMATCH'}")
    return ok


def run_server(process: subprocess.Popen, url: str, name: str, key: str, args: argparse.Namespace) -> LoadResult:
    try:
        wait_healthy(url, process)
        result = asyncio.run(load(name, url, key, args.concurrency, args.duration, args.max_tokens))
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    print(result.summary(), flush=True)
    for error in sorted({r.error for r in result.requests if r.error}):
        print(f"  failure: {error}", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load per server")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--run", type=Path, default=None, help="a trained run to serve (default: tiny random model)")
    parser.add_argument("--stride", type=int, default=None, help="serve.moderation_stride_chars (default: the server's)")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--baseline-server", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline_server is not None:
        import uvicorn

        uvicorn.run(baseline_app(args.baseline_server), host="127.0.0.1", port=args.port, log_level="warning")
        return 0

    from roost.export.hf import export_hf
    from roost.run import open_run
    from roost.serve.keys import create_key

    workdir = Path(tempfile.mkdtemp(prefix="roost-serve-bench-"))
    run = open_run(args.run.resolve(), must_exist=True) if args.run else build_run(workdir)
    key_name = f"bench-{os.getpid()}"
    key = create_key(run.serve_db, key_name)
    print(f"machine: {os.cpu_count()} CPUs; concurrency {args.concurrency}, {args.duration:.0f} s per server, "
          f"{args.max_tokens} tokens per request", flush=True)

    port = free_port()
    roost = run_server(start_roost(run.root, port, args.concurrency, args.stride), f"http://127.0.0.1:{port}", "roost", key, args)
    usage_ok = check_usage(run.serve_db, roost, key_name)
    if args.no_baseline:
        return 0 if usage_ok and roost.server_errors == 0 else 1

    hf_dir = workdir / "hf"
    export_hf(run, hf_dir)
    port = free_port()
    base = run_server(start_baseline(hf_dir, port), f"http://127.0.0.1:{port}", "baseline", key, args)

    c = args.concurrency
    print(f"RESULT name=serve_output_throughput_c{c} roost={roost.throughput:.1f} baseline={base.throughput:.1f} "
          f"unit=tokens/s ratio={roost.throughput / base.throughput:.2f}")
    print(f"RESULT name=serve_ttft_median_c{c} roost={roost.ttft_ms(0.5):.1f} baseline={base.ttft_ms(0.5):.1f} "
          f"unit=ms ratio={base.ttft_ms(0.5) / roost.ttft_ms(0.5):.2f}")
    print(f"RESULT name=serve_itl_median_c{c} roost={roost.itl_ms(0.5):.2f} baseline={base.itl_ms(0.5):.2f} "
          f"unit=ms ratio={base.itl_ms(0.5) / roost.itl_ms(0.5):.2f}")
    print(f"RESULT name=serve_tpot_median_c{c} roost={roost.tpot_ms():.2f} baseline={base.tpot_ms():.2f} "
          f"unit=ms ratio={base.tpot_ms() / roost.tpot_ms():.2f}")
    return 0 if usage_ok and roost.server_errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
