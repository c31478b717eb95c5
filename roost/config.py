"""The run configuration: one TOML file with a section per stage, loaded into typed objects.

A run's config is built in layers: the preset (`roost/presets/NAME.toml`), then the user's TOML file, then
`--set section.key=value` overrides. The resolved result is written to `runs/NAME/roost.toml`, so every stage
reads exactly what was used. Unknown keys and bad values fail with one line that names the key and, for a
typo, the closest valid key.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from roost.errors import RoostError
from roost.validation import describe_validation_error, suggest

PRESETS_DIR = Path(__file__).parent / "presets"


class Section(BaseModel):
    """Base for config sections: unknown keys are errors, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class IngestConfig(Section):
    on_error: Literal["fail", "skip"] = "fail"
    include_deleted: bool = False
    mastodon_public_only: bool = True
    csv_text_column: str = "text"
    csv_id_column: str = "id"
    csv_author_column: str = "author"
    csv_time_column: str = "created_at"
    csv_parent_column: str = "parent_id"
    jsonl_text_field: str = "text"
    text_mode: Literal["line", "paragraph"] = "line"
    # Hostile-input bounds (docs/data.md). One record (a JSON value, a line, a CSV row, a paragraph, a Bluesky block)
    # over this many characters (bytes for a .car block) is skipped as "too large": 1 MiB is 40x the longest post
    # X allows and 3x a full Twitter API v2 page, yet keeps a batch of the biggest records well under 1 GB.
    max_record_size: int = Field(default=1 << 20, ge=1024)
    # A zip member or .gz/.zst stream may expand to the larger of these: a bomb (deflate reaches 1000:1) stops at
    # 1 GiB, while a genuine dump (text rarely compresses past 20:1) of any size gets 100x its compressed size.
    max_decompressed_bytes: int = Field(default=1 << 30, ge=1 << 16)
    max_compression_ratio: int = Field(default=100, ge=1)


class CleanConfig(Section):
    mentions: Literal["keep", "mask", "drop"] = "mask"
    links: Literal["keep", "mask", "drop"] = "mask"
    mask_pii: bool = True
    drop_reposts: bool = True
    min_chars: int = Field(default=8, ge=0)
    max_chars: int = Field(default=4000, ge=1)
    languages: list[str] = Field(default_factory=list)  # empty: keep every language
    dedup_exact: bool = True
    dedup_near: bool = True
    near_dup_threshold: float = Field(default=0.7, gt=0.0, le=1.0)
    minhash_num_perm: int = Field(default=112, ge=16)
    shingle_chars: int = Field(default=5, ge=1)


class ThreadsConfig(Section):
    assistant: str = "owner"  # "owner" (the archive's account) or an author handle
    min_turns: int = Field(default=2, ge=2)
    system_prompt: str = ""


class TokenizerConfig(Section):
    vocab_size: int = Field(default=8192, ge=300, le=1 << 20)
    min_frequency: int = Field(default=2, ge=1)


class PackConfig(Section):
    val_fraction: float = Field(default=0.02, ge=0.0, lt=1.0)
    shard_tokens: int = Field(default=50_000_000, ge=1024)
    workers: int = Field(default=0, ge=0)  # 0: one per core


class ModelConfig(Section):
    """Shape of the decoder-only transformer (Llama layout; Qwen3 layout when qk_norm is on)."""

    vocab_size: int = Field(default=8192, ge=2)
    dim: int = Field(default=128, ge=8)
    n_layers: int = Field(default=4, ge=1)
    n_heads: int = Field(default=4, ge=1)
    n_kv_heads: int = Field(default=4, ge=1)
    ffn_dim: int = Field(default=384, ge=1)
    max_seq_len: int = Field(default=256, ge=8)
    rope_theta: float = Field(default=10000.0, gt=0)
    norm_eps: float = Field(default=1e-5, gt=0)
    tie_embeddings: bool = True
    qk_norm: bool = False
    # 0: dim // n_heads. Qwen3 checkpoints often set their own (Qwen3-0.6B: 16 heads of 128 over a 1,024 width).
    head_dim_override: int = Field(default=0, ge=0)
    attention_bias: bool = False  # biases on the q, k and v projections (Qwen2 / Qwen2.5)

    @property
    def head_dim(self) -> int:
        return self.head_dim_override or self.dim // self.n_heads


class TrainConfig(Section):
    data: list[str] = Field(default_factory=list)  # text files to train on when the run has no token shards
    batch_size: int = Field(default=32, ge=1)  # sequences per micro-batch per process
    seq_len: int = Field(default=128, ge=8)
    grad_accum: int = Field(default=1, ge=1)
    max_steps: int = Field(default=1000, ge=1)
    time_budget_minutes: float = Field(default=0.0, ge=0.0)  # >0: size max_steps from measured step time
    optimizer: Literal["adamw", "muon"] = "adamw"
    lr: float = Field(default=3e-3, gt=0)
    muon_lr: float = Field(default=0.02, gt=0)
    min_lr_ratio: float = Field(default=0.1, ge=0.0, le=1.0)
    weight_decay: float = Field(default=0.1, ge=0.0)
    beta1: float = Field(default=0.9, ge=0.0, lt=1.0)
    beta2: float = Field(default=0.95, ge=0.0, lt=1.0)
    schedule: Literal["cosine", "wsd"] = "cosine"
    warmup_steps: int = Field(default=50, ge=0)
    decay_fraction: float = Field(default=0.2, gt=0.0, le=1.0)  # wsd: share of steps spent decaying
    grad_clip: float = Field(default=1.0, ge=0.0)
    precision: Literal["auto", "fp32", "bf16"] = "auto"
    compile: bool = False
    device: Literal["auto", "cpu", "cuda"] = "auto"
    threads: int = Field(default=0, ge=0)  # CPU threads for torch; 0: torch's default (one per core)
    parallel: Literal["ddp", "fsdp"] = "ddp"
    seed: int = 1337
    log_every: int = Field(default=10, ge=1)
    eval_every: int = Field(default=200, ge=1)
    eval_batches: int = Field(default=20, ge=1)
    checkpoint_every: int = Field(default=500, ge=1)
    keep_checkpoints: int = Field(default=2, ge=1)


class SFTConfig(Section):
    data: str = ""  # conversations file; empty: the run's data/conversations.jsonl
    lr: float = Field(default=1e-3, gt=0)
    batch_size: int = Field(default=16, ge=1)
    max_steps: int = Field(default=300, ge=1)
    time_budget_minutes: float = Field(default=0.0, ge=0.0)
    warmup_steps: int = Field(default=20, ge=0)
    val_fraction: float = Field(default=0.1, ge=0.0, lt=1.0)
    lora: bool = False
    lora_rank: int = Field(default=8, ge=1)
    lora_alpha: float = Field(default=16.0, gt=0)
    lora_token_rows: bool = True  # also train the embedding rows of the chat template's special tokens
    lora_targets: list[str] = Field(
        default_factory=lambda: [
            "q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj", "embed_tokens"
        ]
    )
    weight_decay: float = Field(default=0.0, ge=0.0)
    grad_clip: float = Field(default=1.0, ge=0.0)
    on_error: Literal["fail", "skip"] = "fail"
    eval_every: int = Field(default=100, ge=1)
    checkpoint_every: int = Field(default=100, ge=1)
    seed: int = 1337


class DPOConfig(Section):
    data: str = ""
    beta: float = Field(default=0.1, gt=0)
    lr: float = Field(default=5e-5, gt=0)
    batch_size: int = Field(default=8, ge=1)
    max_steps: int = Field(default=100, ge=1)
    checkpoint_every: int = Field(default=50, ge=1)
    grad_clip: float = Field(default=1.0, ge=0.0)
    on_error: Literal["fail", "skip"] = "fail"
    seed: int = 1337


class ServeConfig(Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    auth: bool = True
    max_batch_size: int = Field(default=32, ge=1)
    # tokens a request may hold, prompt and answer; 0: the model's max_seq_len
    max_context: int = Field(default=0, ge=0)
    # The KV cache's memory budget: bytes (> 1), a share of free memory (0 < x <= 1), or 0 for the default (0.8 of
    # free GPU memory; on CPU 0.2 of available RAM, committed only as requests write it). The engine serves as
    # many requests at once as the budget holds at max_context, at most max_batch_size, at least one.
    kv_cache_memory: float = Field(default=0, ge=0)
    max_queue: int = Field(default=256, ge=1)
    max_tokens_cap: int = Field(default=1024, ge=1)
    max_n: int = Field(default=8, ge=1)
    max_stop: int = Field(default=4, ge=0)
    max_body_bytes: int = Field(default=1 << 20, ge=1024)
    # characters of prompt text a request may carry (413 before anything tokenizes it)
    max_prompt_chars: int = Field(default=100_000, ge=1)
    # Connections (uvicorn's settings): seconds an idle keep-alive connection stays open, seconds a client has to
    # send a request's headers once connected or after its last answer, the largest header block in bytes, and
    # how many connections and requests at once before new ones are answered 503.
    timeout_keep_alive: int = Field(default=5, ge=1)
    header_timeout: float = Field(default=10.0, gt=0)
    max_header_bytes: int = Field(default=64 * 1024, ge=1024)
    limit_concurrency: int = Field(default=1024, ge=1)
    requests_per_minute: int = Field(default=600, ge=1)
    tokens_per_minute: int = Field(default=200_000, ge=1)
    policy: str = ""  # moderation policy file; empty: the shipped default
    model_name: str = ""  # the model id clients ask for; empty: the run's name
    device: Literal["auto", "cpu", "cuda"] = "auto"
    moderation_stride_chars: int = Field(default=32, ge=1)  # output is checked (and sent) every this many characters
    # Small-batch decode steps with fixed shapes: CUDA graphs on a GPU, torch.compile on CPU (each compiled when the
    # engine is idle after it was first wanted, seconds the first time on a machine; eager decoding until then).
    static_decode: bool = True


class BaseConfig(Section):
    """An open model to start from instead of training from scratch (`roost speedrun SOURCE --base PATH`)."""

    path: str = ""  # a Hugging Face folder or a GGUF file; empty: pretrain from scratch
    # Adapt with low-rank adapters on the attention and MLP projections instead of every weight: cheaper steps,
    # and the base's own weights (what it knows beyond the posts) stay as they were.
    lora: bool = False
    lora_rank: int = Field(default=16, ge=1)
    lora_alpha: float = Field(default=32.0, gt=0)


class RunConfig(Section):
    """The whole run: one section per stage."""

    preset: str = "tiny"
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    clean: CleanConfig = Field(default_factory=CleanConfig)
    threads: ThreadsConfig = Field(default_factory=ThreadsConfig)
    tokenizer: TokenizerConfig = Field(default_factory=TokenizerConfig)
    pack: PackConfig = Field(default_factory=PackConfig)
    base: BaseConfig = Field(default_factory=BaseConfig)
    model: ModelConfig = Field(default_factory=ModelConfig)
    train: TrainConfig = Field(default_factory=TrainConfig)
    sft: SFTConfig = Field(default_factory=SFTConfig)
    dpo: DPOConfig = Field(default_factory=DPOConfig)
    serve: ServeConfig = Field(default_factory=ServeConfig)

    def to_toml(self) -> str:
        return tomli_w.dumps(self.model_dump(mode="json"))


def preset_names() -> list[str]:
    return sorted(p.stem for p in PRESETS_DIR.glob("*.toml"))


def load_config(
    preset: str | None = None,
    path: Path | None = None,
    overrides: list[str] = (),
    base: RunConfig | None = None,
) -> RunConfig:
    """Build a RunConfig in layers: `base` (a run's saved config) or a preset, a TOML file, then overrides."""
    tree: dict[str, Any] = {}
    if path is not None:
        tree = _read_toml(path)
    if base is not None and preset is None and path is None:
        merged = base.model_dump(mode="json")
    else:
        preset = preset or tree.get("preset") or "tiny"
        if preset not in preset_names():
            names = ", ".join(preset_names())
            raise RoostError(f"unknown preset {preset!r}{suggest(preset, preset_names())}; presets: {names}")
        merged = _read_toml(PRESETS_DIR / f"{preset}.toml")
        _deep_merge(merged, tree)
        merged["preset"] = preset
    for item in overrides:
        _apply_override(merged, item)
    return validate_config(merged, source=str(path) if path else "config")


def validate_config(tree: dict[str, Any], source: str = "config") -> RunConfig:
    """Validate a nested dict into a RunConfig, turning pydantic's report into one line."""
    try:
        return RunConfig.model_validate(tree)
    except ValidationError as exc:
        raise RoostError(f"{source}: {describe_validation_error(exc, tree, RunConfig)}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise RoostError(f"config file not found: {path}")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RoostError(f"{path}: not valid TOML: {exc}") from None


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _deep_merge(base[key], value)
        else:
            base[key] = value


def _apply_override(tree: dict[str, Any], item: str) -> None:
    key, sep, raw = item.partition("=")
    parts = key.strip().split(".")
    if not sep or len(parts) != 2 or not all(parts):
        raise RoostError(f"--set {item!r}: expected section.key=value, e.g. train.lr=3e-4")
    section, name = parts
    tree.setdefault(section, {})
    if not isinstance(tree[section], dict):
        raise RoostError(f"--set {item!r}: {section!r} is not a config section")
    tree[section][name] = _parse_value(raw.strip())


def _parse_value(raw: str) -> Any:
    """Parse an override value as TOML (numbers, booleans, lists, quoted strings), else keep it as a string."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw
