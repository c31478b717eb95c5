"""lm-eval adapter: score a roost model on EleutherAI's evaluation harness tasks through its Python API.

`RoostLM` is an lm-eval `TemplateLM` registered as model "roost":

- loglikelihood: every context starts with `<|endoftext|>`, as every document roost trains on does; requests
  are sorted by length and scored in right-padded batches (causal attention makes right padding harmless).
- loglikelihood_rolling: lm-eval's rolling windows over the model's context, scored the same way.
- generate_until: all requests go to roost's continuous-batching `Engine` at once, greedy unless the task
  asks for a temperature, with the task's `until` strings as stop strings.

`run_tasks(run, tasks)` takes task names lm-eval knows or paths to task YAML files; a YAML file's relative
`data_files` are resolved against its own folder, so a task and its JSONL can live side by side anywhere and
run with nothing downloaded.
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from roost.errors import RoostError

try:  # the evals extra; `roost eval --tasks` imports this module only when asked for tasks
    import yaml
    from lm_eval import simple_evaluate
    from lm_eval.api.model import TemplateLM
    from lm_eval.api.registry import register_model
    from lm_eval.tasks import TaskManager
    from lm_eval.utils import get_rolling_token_windows, make_disjoint_window
except ImportError as exc:
    raise RoostError("roost eval --tasks needs lm-eval: pip install 'roost[evals]'") from exc

from roost.engine import Engine, SamplingParams
from roost.export.hf import export_model
from roost.model import Transformer
from roost.run import Run
from roost.tokenizer import Tokenizer

# lm-eval's (request strings, context ids, continuation ids)
Scored = tuple[tuple[str, str] | None, list[int], list[int]]


@register_model("roost")
class RoostLM(TemplateLM):
    """A roost model behind lm-eval's model interface."""

    def __init__(self, model: Transformer, tokenizer: Tokenizer, batch_size: int = 16):
        super().__init__()
        self.model = model.eval()
        self.roost_tokenizer = tokenizer
        self.batch_size = batch_size
        self.max_seq_len = model.config.max_seq_len

    @classmethod
    def from_run(
        cls, run: Run, checkpoint: Path | None = None, device: str = "cpu", batch_size: int = 16
    ) -> RoostLM:
        """The run's chat model (the pretrained one before SFT), or `checkpoint`, with the run's tokenizer."""
        return cls(*export_model(run, checkpoint, device), batch_size)

    @property
    def eot_token_id(self) -> int:
        return self.roost_tokenizer.boundary_id

    @property
    def tokenizer_name(self) -> str:
        return "roost"

    def chat_template(self, chat_template: bool | str = False) -> str | None:
        return self.roost_tokenizer.chat_template if chat_template else None

    def apply_chat_template(self, chat_history: list[dict[str, str]], add_generation_prompt: bool = True) -> str:
        rendered = self.roost_tokenizer.render_chat(chat_history, add_generation_prompt=add_generation_prompt, loss_mask=False)
        return self.roost_tokenizer.decode(rendered.ids, skip_special=False)

    def tok_encode(self, string: str, add_special_tokens: bool | None = None, **kwargs: Any) -> list[int]:
        return self.roost_tokenizer.encode(string)

    def _encode_pair(self, context: str, continuation: str) -> tuple[list[int], list[int]]:
        context_ids, continuation_ids = super()._encode_pair(context, continuation)
        return [self.eot_token_id, *context_ids], continuation_ids

    def _loglikelihood_tokens(self, requests: list[Scored], disable_tqdm: bool = False, **kwargs: Any):
        """(sum of log-probabilities of the continuation, whether greedy decoding would produce it) per request."""
        results: list[tuple[float, bool]] = [(0.0, True)] * len(requests)
        order = sorted(range(len(requests)), key=lambda i: -(len(requests[i][1]) + len(requests[i][2])))
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            for index, result in zip(batch, self._score_batch([requests[i][1:] for i in batch])):
                results[index] = result
                if requests[index][0] is not None:
                    self.cache_hook.add_partial("loglikelihood", requests[index][0], result)
        return results

    @torch.inference_mode()
    def _score_batch(self, pairs: list[tuple[list[int], list[int]]]) -> list[tuple[float, bool]]:
        rows = []
        for context, continuation in pairs:
            continuation = continuation[-self.max_seq_len :]
            inputs = (context + continuation)[-(self.max_seq_len + 1) : -1]
            rows.append((inputs, continuation))
        width = max(len(inputs) for inputs, _ in rows)
        device = self.model.embed_tokens.weight.device
        tokens = torch.zeros(len(rows), width, dtype=torch.long, device=device)
        for row, (inputs, _) in enumerate(rows):
            tokens[row, : len(inputs)] = torch.tensor(inputs)
        logits = self.model(tokens)
        out = []
        for row, (inputs, continuation) in enumerate(rows):
            # normalise only the positions that predict the continuation, not the whole padded batch
            span = F.log_softmax(logits[row, len(inputs) - len(continuation) : len(inputs)].float(), dim=-1)
            target = torch.tensor(continuation, device=device)
            total = span.gather(1, target[:, None]).sum().item()
            out.append((total, bool((span.argmax(dim=-1) == target).all())))
        return out

    def loglikelihood_rolling(self, requests, disable_tqdm: bool = False) -> list[float]:
        """Log-likelihood of whole documents, window by window over the model's context."""
        results = []
        for request in requests:
            (text,) = request.args
            windows = [
                make_disjoint_window(window)
                for window in get_rolling_token_windows(
                    token_list=self.tok_encode(text),
                    prefix_token=self.eot_token_id,
                    max_seq_len=self.max_seq_len,
                    context_len=1,
                )
            ]
            scored = self._loglikelihood_tokens([(None, context, cont) for context, cont in windows])
            total = sum(logprob for logprob, _ in scored)
            self.cache_hook.add_partial("loglikelihood_rolling", (text,), total)
            results.append(total)
        return results

    def generate_until(self, requests, disable_tqdm: bool = False) -> list[str]:
        return asyncio.run(self._generate_all([request.args for request in requests]))

    async def _generate_all(self, requests: list[tuple[str, dict[str, Any]]]) -> list[str]:
        engine = Engine(self.model, self.roost_tokenizer, max_batch_size=self.batch_size)
        try:
            return await asyncio.gather(*(self._generate_one(engine, context, kwargs) for context, kwargs in requests))
        finally:
            await engine.stop()

    async def _generate_one(self, engine: Engine, context: str, kwargs: dict[str, Any]) -> str:
        until = kwargs.get("until") or []
        max_new = int(kwargs.get("max_gen_toks", 256))
        temperature = float(kwargs.get("temperature", 0.0)) if kwargs.get("do_sample") else 0.0
        room = self.max_seq_len - min(max_new, self.max_seq_len // 2)
        prompt = [self.eot_token_id, *self.tok_encode(context)][-room:]
        params = SamplingParams(
            max_new_tokens=max_new, temperature=temperature, stop=[until] if isinstance(until, str) else list(until)
        )
        text = "".join([event.text async for event in engine.generate(prompt, params)])
        self.cache_hook.add_partial("generate_until", (context, kwargs), text)
        return text


@dataclass
class LMEvalResult:
    """Scores per task: {task: {metric: value}} (stderr entries included when lm-eval computed them)."""

    tasks: dict[str, dict[str, float]] = field(default_factory=dict)
    samples: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"tasks": self.tasks, "samples": self.samples}


def run_tasks(
    run: Run,
    tasks: list[str],
    limit: int | None = None,
    num_fewshot: int | None = None,
    checkpoint: Path | None = None,
    device: str = "cpu",
    batch_size: int = 16,
) -> LMEvalResult:
    """Score the run's chat model (or `checkpoint`) on lm-eval tasks: names lm-eval knows, or task YAML files."""
    if not tasks:
        raise RoostError("no lm-eval tasks given")
    lm = RoostLM.from_run(run, checkpoint, device, batch_size)
    specs = [task_spec(task) for task in tasks]
    try:
        output = simple_evaluate(
            model=lm,
            tasks=specs,
            num_fewshot=num_fewshot,
            limit=limit,
            # indexing lm-eval's thousands of built-in task files takes a minute; skip it when none is named
            task_manager=TaskManager(include_defaults=any(isinstance(spec, str) for spec in specs)),
            bootstrap_iters=0,
            log_samples=False,
        )
    except (KeyError, ValueError) as exc:  # lm-eval's way of saying a task name is unknown or a config is bad
        raise RoostError(f"lm-eval could not load tasks {', '.join(tasks)}: {exc}") from None
    result = LMEvalResult()
    for task, metrics in output["results"].items():
        result.tasks[task] = {
            name.split(",")[0]: float(value)
            for name, value in metrics.items()
            if isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(value)
            and name != "sample_len"
        }
        result.samples[task] = int(output.get("n-samples", {}).get(task, {}).get("effective", 0))
    return result


def task_spec(task: str) -> str | dict[str, Any]:
    """A registered task name stays a name; a YAML file becomes a task config with data paths made absolute."""
    path = Path(task)
    if path.suffix not in (".yaml", ".yml"):
        return task
    if not path.is_file():
        raise RoostError(f"lm-eval task file not found: {path}")
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RoostError(f"{path}: not a plain YAML task config: {exc}") from None
    if not isinstance(config, dict) or "task" not in config:
        raise RoostError(f"{path}: a task config needs a 'task' name")
    data_files = config.get("dataset_kwargs", {}).get("data_files")
    if isinstance(data_files, str):
        config["dataset_kwargs"]["data_files"] = str(path.parent / data_files)
    elif isinstance(data_files, dict):
        config["dataset_kwargs"]["data_files"] = {split: str(path.parent / f) for split, f in data_files.items()}
    return config
