"""The run's report card: `runs/NAME/report.md` and `runs/NAME/plots/*.png`, from what the stages left behind.

Reads only files in the run folder (clean-stats.json, conversations.jsonl, the tokenizer, checkpoints, metrics,
stages.json from `roost speedrun`, eval.json), so it can be written for any run at any time; a stage whose
outputs are missing is reported as "not run". Stage results are read as their producers' dataclasses
(roost/records.py), so a field a record lacks is an error naming the file and the field, never a "?".
"""

from __future__ import annotations

import json
import math
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from roost.checkpoint import find_checkpoint
from roost.data.clean import CleanStats
from roost.data.ingest import IngestStats
from roost.errors import RoostError
from roost.evaluation import RunEval
from roost.records import StageLog, load, read_eval, read_stage_log
from roost.run import Run, atomic_path, atomic_write_text
from roost.tune.sft import SFTResult

NOT_RUN = "_not run_"
TOKENIZER_SAMPLE_POSTS = 5000  # posts encoded to measure bytes per token


@dataclass
class Section:
    title: str
    body: str

    def render(self) -> str:
        return f"## {self.title}\n\n{self.body.strip()}\n"


def write_report(run: Run, stage_names: Sequence[str]) -> Path:
    """Write report.md and its plots for the run, timing `stage_names` (the pipeline's stages, in order);
    returns the report's path."""
    run.plots_dir.mkdir(parents=True, exist_ok=True)
    stages = read_stage_log(run)
    sections = [
        data_section(run, stages),
        threads_section(run),
        tokenizer_section(run),
        model_section(run),
        pretrain_section(run),
        sft_section(run, stages),
        eval_section(run),
        stages_section(stages, stage_names),
        hardware_section(),
        config_section(run),
    ]
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = f"# Report card: run `{run.name}`\n\nWritten {now} by `roost report`.\n"
    atomic_write_text(run.report, "\n".join([header, *(s.render() for s in sections)]))
    return run.report


# -- data ------------------------------------------------------------------------------------------------------


def data_section(run: Run, stages: StageLog) -> Section:
    lines = []
    ingest = stages.result("ingest", IngestStats)
    if ingest:
        lines.append(
            f"Ingest: **{ingest.read}** records read, **{ingest.kept}** posts kept"
            + (f", skipped: {format_counts(ingest.skipped)}" if ingest.skipped else "")
            + f"; {ingest.replies} replies, {ingest.replies_linked} with their parent present, "
            f"{ingest.reposts} reposts."
        )
    if not run.clean_stats.exists():
        lines.append(f"Cleaning: {NOT_RUN}")
        return Section("Data funnel", "\n\n".join(lines))
    stats = load(CleanStats, read_json(run.clean_stats), run.clean_stats, "clean-stats")
    read, kept = stats.read, stats.kept
    dropped = {reason: count for reason, count in stats.dropped.items() if count}
    lines.append(f"Cleaning: **{read}** posts read, **{kept}** kept ({percent(kept, read)}).\n")
    lines.append("| step | posts |\n|---|---:|\n" + f"| read | {read} |")
    for reason, count in sorted(dropped.items(), key=lambda kv: -kv[1]):
        lines[-1] += f"\n| dropped: {reason} | {count} |"
    lines[-1] += f"\n| **kept** | **{kept}** |"
    if read == kept + sum(dropped.values()):
        lines.append("Every post is accounted for: read = kept + sum of dropped.")
    else:
        lines.append(f"**Counts do not reconcile**: read {read} != kept {kept} + dropped {sum(dropped.values())}.")
    plot = plot_funnel(run, read, kept, dropped)
    lines.append(f"![data funnel](plots/{plot.name})")
    return Section("Data funnel", "\n\n".join(lines))


def plot_funnel(run: Run, read: int, kept: int, dropped: dict[str, int]) -> Path:
    plt = pyplot()
    labels = ["read", *dropped.keys(), "kept"]
    values = [read, *dropped.values(), kept]
    colors = ["#4c72b0", *["#c44e52"] * len(dropped), "#55a868"]
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(labels) + 1.2))
    ax.barh(labels[::-1], values[::-1], color=colors[::-1])
    for y, value in enumerate(values[::-1]):
        ax.text(value, y, f" {value}", va="center", fontsize=8)
    ax.set_xlabel("posts")
    ax.set_title("Data funnel: posts read, dropped by reason, kept")
    return save_plot(fig, run.plots_dir / "funnel.png")


def threads_section(run: Run) -> Section:
    if not run.conversations.exists():
        return Section("Conversations", f"Reply threads: {NOT_RUN}")
    turns = []
    with open(run.conversations, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                messages = json.loads(line).get("messages", [])
                turns.append(sum(m.get("role") != "system" for m in messages))
    if not turns:
        return Section("Conversations", "No conversations were rebuilt from reply threads.")
    histogram: dict[int, int] = {}
    for n in turns:
        histogram[n] = histogram.get(n, 0) + 1
    shape = ", ".join(f"{n} turns: {histogram[n]}" for n in sorted(histogram))
    body = (
        f"**{len(turns)}** conversations rebuilt from reply threads, {sum(turns)} turns "
        f"(mean {sum(turns) / len(turns):.1f}); {shape}."
    )
    return Section("Conversations", body)


def tokenizer_section(run: Run) -> Section:
    if not run.tokenizer_file.exists():
        return Section("Tokenizer", f"BPE tokenizer: {NOT_RUN}")
    from roost.tokenizer import load_tokenizer

    tokenizer = load_tokenizer(run.tokenizer_dir)
    lines = [f"Byte-level BPE, vocabulary **{tokenizer.vocab_size}** tokens (`tokenizer/tokenizer.json`)."]
    texts = sample_texts(run.clean, TOKENIZER_SAMPLE_POSTS)
    if texts:
        n_bytes = sum(len(t.encode("utf-8")) for t in texts)
        n_tokens = sum(len(ids) for ids in tokenizer.encode_batch(texts))
        lines.append(
            f"On {len(texts)} cleaned posts: {n_bytes} bytes -> {n_tokens} tokens, "
            f"**{n_bytes / max(n_tokens, 1):.2f} bytes per token** ({n_tokens / len(texts):.1f} tokens per post)."
        )
    return Section("Tokenizer", "\n\n".join(lines))


def sample_texts(parquet: Path, limit: int) -> list[str]:
    if not parquet.exists():
        return []
    import pyarrow.parquet as pq

    table = pq.read_table(parquet, columns=["text"])
    return [t for t in table.column("text").to_pylist()[:limit] if t]


# -- model and training ----------------------------------------------------------------------------------------


def model_section(run: Run) -> Section:
    try:
        checkpoint = find_checkpoint(run.root)
    except RoostError:
        return Section("Model card", f"Pretrained model: {NOT_RUN}")
    from roost.model import flops_per_token

    config = checkpoint.model_config
    total = stored_parameters(checkpoint.path / "model.safetensors")
    non_embedding = total - config.vocab_size * config.dim * (1 if config.tie_embeddings else 2)
    layout = "Qwen3 (QK-norm)" if config.qk_norm else "Llama"
    rows = [
        ("architecture", f"decoder-only transformer, {layout} layout (RMSNorm, RoPE, SwiGLU, GQA)"),
        ("layers x width", f"{config.n_layers} x {config.dim}"),
        ("attention heads (kv heads)", f"{config.n_heads} ({config.n_kv_heads}), head size {config.head_dim}"),
        ("feed-forward", str(config.ffn_dim)),
        ("vocabulary", str(config.vocab_size)),
        ("context", f"{config.max_seq_len} tokens"),
        ("tied embeddings", "yes" if config.tie_embeddings else "no"),
        ("parameters", f"{total:,} ({non_embedding:,} without embeddings)"),
        ("training FLOPs per token", f"{flops_per_token(config, config.max_seq_len):.3g}"),
        ("checkpoint", f"`{checkpoint.path.relative_to(run.root)}` (step {checkpoint.step})"),
    ]
    table = "| | |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in rows)
    return Section("Model card", table)


def stored_parameters(weights: Path) -> int:
    """Parameters in a safetensors file, from its header alone (tied embeddings are stored once)."""
    from safetensors import safe_open

    with safe_open(weights, framework="numpy") as handle:
        return sum(math.prod(handle.get_slice(name).get_shape()) for name in handle.keys())  # noqa: SIM118 (not a dict)


def read_metrics(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    records = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line cut by a kill mid-write
    return records


def pretrain_section(run: Run) -> Section:
    records = read_metrics(run.metrics)
    if not records:
        return Section("Pretraining", f"Pretraining: {NOT_RUN}")
    train = [(r["step"], r["loss"]) for r in records if is_number(r.get("loss")) and "step" in r]
    val = [(r["step"], r["val_loss"]) for r in records if is_number(r.get("val_loss")) and "step" in r]
    lines = []
    if train:
        lines.append(f"{train[-1][0]} steps; final training loss **{train[-1][1]:.3f}**.")
    last_val = next((r for r in reversed(records) if is_number(r.get("val_loss"))), None)
    if last_val:
        bpb = last_val["val_bpb"] if is_number(last_val.get("val_bpb")) else None  # None: no tokenizer to count bytes
        lines.append(
            f"Validation loss **{last_val['val_loss']:.3f}** nats/token"
            + (f", **{bpb:.3f} bits per byte**" if bpb is not None else "")
            + f" at step {last_val['step']}."
        )
    else:
        lines.append(
            "No validation loss during training: the val split is smaller than one training batch "
            "(see Evaluation for the held-out posts' bits per byte)."
        )
    rate = next((r["tokens_per_s"] for r in reversed(records) if is_number(r.get("tokens_per_s"))), None)
    if rate is not None:
        lines.append(f"Throughput at the end: {rate:,.0f} tokens/s.")
    if train:
        plot = plot_losses(run.plots_dir / "pretrain_loss.png", "Pretraining loss", train, val)
        lines.append(f"![pretraining loss](plots/{plot.name})")
    return Section("Pretraining", "\n\n".join(lines))


@dataclass
class TuningSummary:
    """What the report says of chat tuning: from the speedrun's record, or from the latest tuning checkpoint."""

    lora: bool
    steps: int
    trained_tokens: int | None = None  # a merged LoRA checkpoint's meta names its adapter, not these
    base_val_loss: float | None = None
    val_loss: float | None = None
    data: dict[str, Any] = field(default_factory=dict)
    val_conversations: int | None = None


def sft_section(run: Run, stages: StageLog) -> Section:
    entry = stages.stages.get("sft")
    if entry is not None and entry.not_run is not None:
        return Section("Chat tuning (SFT)", f"SFT: _not run_: {entry.not_run}.")
    result = stages.result("sft", SFTResult)
    summary = tuning_summary(result) if result else sft_checkpoint_summary(run)
    records = read_metrics(run.sft_metrics) or read_metrics(run.lora_metrics)
    if not summary and not records:
        return Section("Chat tuning (SFT)", f"SFT: {NOT_RUN}")
    lines = []
    if summary:
        lines.append(
            f"{'LoRA' if summary.lora else 'Full'} tuning, {summary.steps} steps, "
            f"{summary.trained_tokens} assistant tokens trained."
        )
        data = summary.data
        if data:
            skipped = data["skipped"]
            lines.append(
                f"Conversations: {data['read']} read, {data['kept']} usable"
                + (f" (skipped: {format_counts(skipped)})" if skipped else "")
                + (
                    f"; {summary.val_conversations} held out for validation."
                    if summary.val_conversations is not None
                    else "."
                )
            )
        base, after = summary.base_val_loss, summary.val_loss
        if is_number(base) and is_number(after):
            lines.append(f"Held-out assistant-token loss: **{base:.3f} -> {after:.3f}** nats/token.")
    train = [(r["step"], r["loss"]) for r in records if is_number(r.get("loss"))]
    val = [(r["step"], r["val_loss"]) for r in records if is_number(r.get("val_loss"))]
    if train or val:
        plot = plot_losses(run.plots_dir / "sft_loss.png", "Chat tuning loss (assistant tokens)", train, val)
        lines.append(f"![sft loss](plots/{plot.name})")
    return Section("Chat tuning (SFT)", "\n\n".join(lines))


def tuning_summary(result: SFTResult) -> TuningSummary:
    return TuningSummary(
        lora=result.lora,
        steps=result.steps,
        trained_tokens=result.trained_tokens,
        base_val_loss=result.base_val_loss,
        val_loss=result.val_loss,
        data=result.data,
        val_conversations=result.val_conversations,
    )


def sft_checkpoint_summary(run: Run) -> TuningSummary | None:
    """What the latest tuning checkpoint remembers, for runs tuned outside `roost speedrun`."""
    for folder in (run.sft_dir, run.lora_dir):
        try:
            checkpoint = find_checkpoint(folder)
        except RoostError:
            continue
        meta = checkpoint.meta
        return load(TuningSummary, {**meta, "lora": bool(meta.get("lora")), "steps": checkpoint.step},
                    checkpoint.path / "meta.json", "meta")
    return None


def plot_losses(path: Path, title: str, train: list[tuple[int, float]], val: list[tuple[int, float]]) -> Path:
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(7, 4))
    if train:
        ax.plot([s for s, _ in train], [v for _, v in train], label="train", color="#4c72b0", linewidth=1)
    if val:
        ax.plot([s for s, _ in val], [v for _, v in val], "o-", label="validation", color="#c44e52")
    ax.set_xlabel("step")
    ax.set_ylabel("loss (nats/token)")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend()
    return save_plot(fig, path)


def eval_section(run: Run) -> Section:
    result = read_eval(run, RunEval)
    if result is None:
        return Section("Evaluation", f"Evaluation: {NOT_RUN}")
    lines = []
    text = result.text
    if text:
        lines.append(
            f"Pretrained model on {text.posts} held-out posts of the val split ({text.bytes:,} bytes), "
            f"each scored on its own from its start: loss **{text.loss:.3f}** nats/token, "
            f"**{text.bits_per_byte:.3f} bits per byte**."
        )
    chat = result.conversations
    if chat:
        lines.append(
            f"Chat model on {chat.conversations} conversations: assistant-token loss "
            f"**{chat.loss:.3f}** nats/token over {chat.tokens} tokens."
        )
    if result.samples:
        lines.append(f"Sample answers of the chat model (temperature {result.temperature}):")
        lines += [_quote(sample.prompt, sample.answer) for sample in result.samples]
    return Section("Evaluation", "\n\n".join(lines) or "No evaluation results recorded.")


def _quote(prompt: str, answer: str) -> str:
    return f"> **user:** {prompt}\n>\n> **roost:** {_one_line(answer)}"


def _one_line(text: str) -> str:
    return text.strip().replace("\n", " ") or "(empty)"


# -- stages, hardware, config ----------------------------------------------------------------------------------


def stages_section(stages: StageLog, stage_names: Sequence[str]) -> Section:
    if not stages.stages:
        return Section("Time per stage", f"Stage timings ({NOT_RUN}: they are recorded by `roost speedrun`).")
    rows = ["| stage | status | time | throughput |", "|---|---|---:|---|"]
    total = 0.0
    for name in stage_names:
        entry = stages.stages.get(name)
        if entry is None:
            rows.append(f"| {name} | {'writing now' if name == 'report' else 'not run'} | | |")
            continue
        total += entry.seconds
        rows.append(f"| {name} | {entry.status} | {format_seconds(entry.seconds)} | {entry.throughput} |")
    rows.append(f"| **total** | | **{format_seconds(total)}** | |")
    return Section("Time per stage", "\n".join(rows))


def hardware_section() -> Section:
    import torch

    gpu = "none"
    if torch.cuda.is_available():
        names = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
        gpu = ", ".join(names)
    rows = [
        ("CPU", f"{cpu_model()} ({os.cpu_count()} logical cores)"),
        ("memory", memory_total()),
        ("GPU", gpu),
        ("OS", platform.platform()),
        ("Python", sys.version.split()[0]),
        ("torch", torch.__version__),
    ]
    return Section("Hardware", "| | |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in rows))


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_total() -> str:
    try:
        pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        return f"{pages * page_size / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        return "unknown"


def config_section(run: Run) -> Section:
    if not run.config_path.exists():
        return Section("Resolved config", f"`roost.toml`: {NOT_RUN}")
    return Section(
        "Resolved config", f"`runs/{run.name}/roost.toml`:\n\n```toml\n{run.config_path.read_text().strip()}\n```"
    )


# -- helpers ---------------------------------------------------------------------------------------------------


def pyplot():
    import matplotlib

    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    return plt


def save_plot(fig, path: Path) -> Path:
    with atomic_path(path) as tmp:
        fig.tight_layout()
        fig.savefig(tmp, format="png", dpi=110)
    pyplot().close(fig)
    return path


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RoostError(f"{path}: not valid JSON ({exc})") from None


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def format_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def format_seconds(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    return f"{int(seconds // 60)} min {seconds % 60:.0f} s"
