"""The run's report card: `runs/NAME/report.md` and `runs/NAME/plots/*.png`, from what the stages left behind.

Reads only files in the run folder (clean-stats.json, conversations.jsonl, the tokenizer, checkpoints, metrics,
stages.json from `roost speedrun`, eval.json), so it can be written for any run at any time; a stage whose
outputs are missing is reported as "not run".
"""

from __future__ import annotations

import json
import math
import os
import platform
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from roost.run import Run, atomic_path, atomic_write_text
from roost.speedrun import STAGE_NAMES, read_eval, read_stages

NOT_RUN = "_not run_"
TOKENIZER_SAMPLE_POSTS = 5000  # posts encoded to measure bytes per token


@dataclass
class Section:
    title: str
    body: str

    def render(self) -> str:
        return f"## {self.title}\n\n{self.body.strip()}\n"


def write_report(run: Run) -> Path:
    """Write report.md and its plots for the run; returns the report's path."""
    run.plots_dir.mkdir(parents=True, exist_ok=True)
    stages = read_stages(run)
    sections = [
        data_section(run, stages),
        threads_section(run),
        tokenizer_section(run),
        model_section(run),
        pretrain_section(run),
        sft_section(run, stages),
        eval_section(run),
        stages_section(stages),
        hardware_section(),
        config_section(run),
    ]
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = f"# Report card: run `{run.name}`\n\nWritten {now} by `roost report`.\n"
    atomic_write_text(run.report, "\n".join([header, *(s.render() for s in sections)]))
    return run.report


# -- data ------------------------------------------------------------------------------------------------------


def data_section(run: Run, stages: dict[str, Any]) -> Section:
    lines = []
    ingest = stages.get("ingest", {}).get("result")
    if ingest:
        skipped = ingest.get("skipped") or {}
        lines.append(
            f"Ingest: **{ingest.get('read', '?')}** records read, **{ingest.get('kept', '?')}** posts kept"
            + (f", skipped: {format_counts(skipped)}" if skipped else "")
            + f"; {ingest.get('replies', 0)} replies, {ingest.get('replies_linked', 0)} with their parent present, "
            f"{ingest.get('reposts', 0)} reposts."
        )
    stats = read_json(run.clean_stats)
    if stats is None:
        lines.append(f"Cleaning: {NOT_RUN}")
        return Section("Data funnel", "\n\n".join(lines))
    read, kept, dropped = funnel_numbers(stats)
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


def funnel_numbers(stats: dict[str, Any]) -> tuple[int, int, dict[str, int]]:
    """read, kept and dropped-by-reason from clean-stats.json, whichever of the usual key names it uses."""
    dropped = stats.get("dropped") or stats.get("dropped_by_reason") or {}
    if isinstance(dropped, int):
        dropped = {"all reasons": dropped}
    dropped = {str(k): int(v) for k, v in dropped.items() if v}
    kept = int(stats.get("kept", 0))
    read = int(stats.get("read", kept + sum(dropped.values())))
    return read, kept, dropped


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
    from roost.checkpoint import find_checkpoint
    from roost.errors import RoostError

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
        bpb = first_number(last_val, "val_bpb", "val_bits_per_byte", "bits_per_byte", "bpb")
        lines.append(
            f"Validation loss **{last_val['val_loss']:.3f}** nats/token"
            + (f", **{bpb:.3f} bits per byte**" if bpb is not None else "")
            + f" at step {last_val.get('step', '?')}."
        )
    else:
        lines.append(
            "No validation loss during training: the val split is smaller than one training batch "
            "(see Evaluation for the held-out posts' bits per byte)."
        )
    rates = [first_number(r, "tokens_per_s", "tokens_per_second") for r in records]
    rate = next((value for value in reversed(rates) if value is not None), None)
    if rate is not None:
        lines.append(f"Throughput at the end: {rate:,.0f} tokens/s.")
    if train:
        plot = plot_losses(run.plots_dir / "pretrain_loss.png", "Pretraining loss", train, val)
        lines.append(f"![pretraining loss](plots/{plot.name})")
    return Section("Pretraining", "\n\n".join(lines))


def sft_section(run: Run, stages: dict[str, Any]) -> Section:
    result = stages.get("sft", {}).get("result") or sft_checkpoint_summary(run)
    if result and "not_run" in result:
        return Section("Chat tuning (SFT)", f"SFT: _not run_: {result['not_run']}.")
    records = read_metrics(run.root / "sft" / "metrics.jsonl") or read_metrics(run.root / "lora" / "metrics.jsonl")
    if not result and not records:
        return Section("Chat tuning (SFT)", f"SFT: {NOT_RUN}")
    lines = []
    if result:
        lines.append(
            f"{'LoRA' if result.get('lora') else 'Full'} tuning, {result.get('steps')} steps, "
            f"{result.get('trained_tokens')} assistant tokens trained."
        )
        data = result.get("data") or {}
        if data:
            skipped = data.get("skipped") or {}
            lines.append(
                f"Conversations: {data.get('read')} read, {data.get('kept')} usable"
                + (f" (skipped: {format_counts(skipped)})" if skipped else "")
                + (
                    f"; {result['val_conversations']} held out for validation."
                    if "val_conversations" in result
                    else "."
                )
            )
        base, after = result.get("base_val_loss"), result.get("val_loss")
        if is_number(base) and is_number(after):
            lines.append(f"Held-out assistant-token loss: **{base:.3f} -> {after:.3f}** nats/token.")
    train = [(r["step"], r["loss"]) for r in records if is_number(r.get("loss"))]
    val = [(r["step"], r["val_loss"]) for r in records if is_number(r.get("val_loss"))]
    if train or val:
        plot = plot_losses(run.plots_dir / "sft_loss.png", "Chat tuning loss (assistant tokens)", train, val)
        lines.append(f"![sft loss](plots/{plot.name})")
    return Section("Chat tuning (SFT)", "\n\n".join(lines))


def sft_checkpoint_summary(run: Run) -> dict[str, Any] | None:
    """What the latest tuning checkpoint remembers, for runs tuned outside `roost speedrun`."""
    from roost.checkpoint import find_checkpoint
    from roost.errors import RoostError

    for folder in ("sft", "lora"):
        try:
            checkpoint = find_checkpoint(run.root / folder)
        except RoostError:
            continue
        meta = checkpoint.meta
        return {
            "lora": bool(meta.get("lora")),
            "steps": checkpoint.step,
            **{k: meta.get(k) for k in ("trained_tokens", "base_val_loss", "val_loss", "data")},
        }
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
    result = read_eval(run)
    if result is None:
        return Section("Evaluation", f"Evaluation: {NOT_RUN}")
    lines = []
    text = result.get("text")
    if text:
        bpb = first_number(text, "bits_per_byte", "bpb")
        lines.append(
            f"Pretrained model on {text.get('posts')} {text.get('source', 'held-out posts')} ({text.get('bytes', 0):,} bytes), "
            f"each scored on its own from its start: loss **{text.get('loss', float('nan')):.3f}** nats/token"
            + (f", **{bpb:.3f} bits per byte**" if bpb is not None else "")
            + "."
        )
    chat = result.get("conversations")
    if chat:
        lines.append(
            f"Chat model on {chat.get('conversations')} conversations: assistant-token loss "
            f"**{chat.get('loss', float('nan')):.3f}** nats/token over {chat.get('tokens')} tokens."
        )
    samples = result.get("samples") or []
    if samples:
        lines.append("Sample answers of the chat model (temperature {}):".format(result.get("temperature", "?")))
        for sample in samples:
            answer = sample["answer"].strip().replace("\n", " ") or "(empty)"
            lines.append(f"> **user:** {sample['prompt']}\n>\n> **roost:** {answer}")
    return Section("Evaluation", "\n\n".join(lines) or "No evaluation results recorded.")


# -- stages, hardware, config ----------------------------------------------------------------------------------


def stages_section(stages: dict[str, Any]) -> Section:
    if not stages:
        return Section("Time per stage", f"Stage timings ({NOT_RUN}: they are recorded by `roost speedrun`).")
    rows = ["| stage | status | time | throughput |", "|---|---|---:|---|"]
    total = 0.0
    for name in STAGE_NAMES:
        entry = stages.get(name)
        if entry is None:
            rows.append(f"| {name} | {'writing now' if name == 'report' else 'not run'} | | |")
            continue
        seconds = float(entry.get("seconds", 0.0))
        total += seconds
        rows.append(
            f"| {name} | {entry.get('status', 'done')} | {format_seconds(seconds)} | {entry.get('throughput', '')} |"
        )
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


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def first_number(record: dict[str, Any], *keys: str) -> float | None:
    return next((float(record[k]) for k in keys if is_number(record.get(k))), None)


def format_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def format_seconds(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    return f"{int(seconds // 60)} min {seconds % 60:.0f} s"
