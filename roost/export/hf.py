"""Hugging Face folders: export a roost checkpoint as a Llama / Qwen3 model, and import one back.

roost's model already uses Llama's parameter names and rotate-half RoPE, so both directions are a renaming
(`model.` prefix on everything but `lm_head`) plus a config translation:

    roost ModelConfig     config.json
    dim                   hidden_size
    n_layers              num_hidden_layers
    n_heads / n_kv_heads  num_attention_heads / num_key_value_heads
    ffn_dim               intermediate_size
    max_seq_len           max_position_embeddings
    rope_theta, norm_eps  rope_theta, rms_norm_eps
    tie_embeddings        tie_word_embeddings
    qk_norm               Qwen3ForCausalLM (per-head q/k RMSNorm) instead of LlamaForCausalLM

The exported folder loads with `AutoModelForCausalLM` / `AutoTokenizer` offline and in vLLM. Import accepts the
same two architectures from any local folder (single or sharded safetensors) and refuses, in one line, whatever
roost's model cannot represent exactly (biases, rope scaling, sliding windows, a foreign head size).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from tokenizers import AddedToken, processors
from tokenizers import Tokenizer as HFTokenizer

from roost.chat_model import chat_model_path, load_inference_model
from roost.checkpoint import save_checkpoint
from roost.config import ModelConfig, RunConfig
from roost.errors import RoostError
from roost.model import Transformer
from roost.run import Run, atomic_path, atomic_write_text
from roost.tokenizer import SPECIAL_TOKENS, Tokenizer, read_tokenizer_config

LLAMA = "LlamaForCausalLM"
QWEN3 = "Qwen3ForCausalLM"
MODEL_TYPES = {LLAMA: "llama", QWEN3: "qwen3"}


@dataclass
class HFExportResult:
    out_dir: Path
    architecture: str
    parameters: int
    files: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "out_dir": str(self.out_dir)}


@dataclass
class HFImportResult:
    source: Path
    architecture: str
    checkpoint: Path
    model_config: ModelConfig
    added_tokens: list[str] = field(default_factory=list)  # roost special tokens the source tokenizer lacked

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": str(self.source),
            "architecture": self.architecture,
            "checkpoint": str(self.checkpoint),
            "model": self.model_config.model_dump(),
            "added_tokens": self.added_tokens,
        }


# ---------------------------------------------------------------------------------------------------- export


def export_hf(run: Run, out_dir: Path | None = None, checkpoint: Path | None = None) -> HFExportResult:
    """Write the run's chat model (or `checkpoint`) and tokenizer as a Hugging Face folder."""
    out_dir = out_dir or run.export_dir / "hf"
    model, tokenizer = export_model(run, checkpoint)
    config = model.config
    weights = model.state_dict()
    architecture = QWEN3 if config.qk_norm else LLAMA
    out_dir.mkdir(parents=True, exist_ok=True)

    hf_weights = {to_hf_name(name): tensor.detach().contiguous() for name, tensor in weights.items()}
    if config.tie_embeddings:
        hf_weights.pop("lm_head.weight", None)
    with atomic_path(out_dir / "model.safetensors") as tmp:
        save_file(hf_weights, tmp, metadata={"format": "pt"})
    dtype = str(next(iter(hf_weights.values())).dtype).removeprefix("torch.")
    _write_json(out_dir / "config.json", hf_config(config, tokenizer, dtype))
    _write_json(out_dir / "generation_config.json", generation_config(tokenizer, config.vocab_size))
    atomic_write_text(out_dir / "tokenizer.json", tokenizer_json(tokenizer))
    _write_json(out_dir / "tokenizer_config.json", tokenizer.config.tokenizer_config())
    _write_json(out_dir / "special_tokens_map.json", special_tokens_map(tokenizer))
    files = sorted(p.name for p in out_dir.iterdir() if not p.name.startswith("."))
    parameters = sum(t.numel() for t in hf_weights.values())
    return HFExportResult(out_dir=out_dir, architecture=architecture, parameters=parameters, files=files)


def export_model(run: Run, checkpoint: Path | None = None, device: str = "cpu") -> tuple[Transformer, Tokenizer]:
    """The model to export or evaluate, with the run's tokenizer.

    `checkpoint` if given, else the run's chat model (the pretrained one before any tuning); a LoRA adapter is
    merged into its base model, as the engine does when it serves one.
    """
    chat = load_inference_model(checkpoint or chat_model_path(run), device)
    return chat.model, chat.tokenizer


def to_hf_name(name: str) -> str:
    return name if name == "lm_head.weight" else f"model.{name}"


def tokenizer_json(tokenizer: Tokenizer) -> str:
    """The run's tokenizer.json, made to add the bos its tokenizer_config.json promises (`add_bos_token`).

    roost's own models are trained on documents that start with `<|endoftext|>` (their bos, add_bos_token
    true), but a tokenizers BPE adds nothing by itself, and transformers' fast tokenizer goes by tokenizer.json's
    post-processor, not by add_bos_token. So `tok(text)` would continue text without the token every training
    document began with. A TemplateProcessing post-processor adds it, as transformers writes one for Llama; a
    tokenizer whose post-processor already adds its bos (an imported Llama 3) is written as it is.
    """
    bos, bos_id = tokenizer.config.bos_token, tokenizer.bos_id
    if not tokenizer.config.add_bos_token or bos is None or bos_id is None:
        return tokenizer.hf.to_str()
    hf = HFTokenizer.from_str(tokenizer.hf.to_str())
    if hf.encode("a", add_special_tokens=True).ids[:1] == [bos_id]:
        return hf.to_str()
    add_bos = processors.TemplateProcessing(
        single=f"{bos}:0 $A:0", pair=f"{bos}:0 $A:0 {bos}:1 $B:1", special_tokens=[(bos, bos_id)]
    )
    hf.post_processor = add_bos if hf.post_processor is None else processors.Sequence([hf.post_processor, add_bos])
    return hf.to_str()


def hf_config(config: ModelConfig, tokenizer: Tokenizer, dtype: str = "float32") -> dict[str, Any]:
    """config.json for the architecture roost's config maps onto."""
    architecture = QWEN3 if config.qk_norm else LLAMA
    out: dict[str, Any] = {
        "architectures": [architecture],
        "model_type": MODEL_TYPES[architecture],
        "vocab_size": config.vocab_size,
        "hidden_size": config.dim,
        "intermediate_size": config.ffn_dim,
        "num_hidden_layers": config.n_layers,
        "num_attention_heads": config.n_heads,
        "num_key_value_heads": config.n_kv_heads,
        "head_dim": config.head_dim,
        "hidden_act": "silu",
        "max_position_embeddings": config.max_seq_len,
        "rms_norm_eps": config.norm_eps,
        "rope_theta": config.rope_theta,
        "rope_scaling": None,
        "attention_bias": False,
        "attention_dropout": 0.0,
        "tie_word_embeddings": config.tie_embeddings,
        "bos_token_id": tokenizer.bos_id,
        "eos_token_id": tokenizer.eos_id,
        "pad_token_id": _pad_id(tokenizer),
        "initializer_range": 0.02,
        "use_cache": True,
        "torch_dtype": dtype,
    }
    if architecture == LLAMA:
        out.update(mlp_bias=False, pretraining_tp=1)
    else:
        out.update(use_sliding_window=False, sliding_window=None, max_window_layers=config.n_layers)
    return out


def generation_config(tokenizer: Tokenizer, vocab_size: int) -> dict[str, Any]:
    """Generation stops at every id roost's engine stops at (the run's stop ids: end of turn, eos, boundary).

    The eos comes first: transformers pads finished rows with the first id when there is no pad token.
    Embedding rows past the tokenizer (a padded vocabulary) are suppressed, as roost's engine never samples them.
    """
    stops = sorted(tokenizer.stop_ids, key=lambda token_id: (token_id != tokenizer.eos_id, token_id))
    out: dict[str, Any] = {"bos_token_id": tokenizer.bos_id, "eos_token_id": stops, "pad_token_id": _pad_id(tokenizer)}
    if vocab_size > tokenizer.vocab_size:
        out["suppress_tokens"] = list(range(tokenizer.vocab_size, vocab_size))
    return out


def special_tokens_map(tokenizer: Tokenizer) -> dict[str, Any]:
    """The run's bos/eos/pad, and every other special token of its vocabulary, in id order."""
    config = tokenizer.config
    named = {config.bos_token, config.eos_token, config.pad_token}
    special = [tokenizer.hf.id_to_token(token_id) for token_id in sorted(tokenizer.special_ids)]
    return {
        "bos_token": config.bos_token,
        "eos_token": config.eos_token,
        "pad_token": config.pad_token,
        "additional_special_tokens": [token for token in special if token not in named],
    }


def _pad_id(tokenizer: Tokenizer) -> int | None:
    pad = tokenizer.config.pad_token
    return tokenizer.hf.token_to_id(pad) if pad else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(data, indent=2) + "\n")


# ---------------------------------------------------------------------------------------------------- import


def import_hf(run: Run, config: RunConfig, source: Path) -> HFImportResult:
    """Turn a local Llama / Qwen3 folder into the run's checkpoint (step 0) and tokenizer; save the run config."""
    if (run.checkpoints_dir / "latest").exists():
        raise RoostError(f"{run.checkpoints_dir}: the run already has checkpoints; import into a new run")
    hf = _read_json(source / "config.json")
    architecture = _architecture(source, hf)
    model_config = _model_config(source, hf, architecture)
    tokenizer, added = _import_tokenizer(source)
    weights = _load_hf_weights(source)
    state = _roost_state(source, weights, model_config)
    if tokenizer.vocab_size > model_config.vocab_size:
        state, model_config = _grow_vocab(state, model_config, tokenizer.vocab_size)

    checkpoint = save_checkpoint(
        run.checkpoints_dir,
        step=0,
        model_state=state,
        model_config=model_config,
        meta={"imported_from": str(source.resolve()), "architecture": architecture, "added_tokens": added},
        keep=config.train.keep_checkpoints,
    )
    tokenizer.save(run.tokenizer_dir)
    tokenizer_section = config.tokenizer.model_copy(update={"vocab_size": tokenizer.vocab_size})
    run.save_config(config.model_copy(update={"model": model_config, "tokenizer": tokenizer_section}))
    return HFImportResult(
        source=source, architecture=architecture, checkpoint=checkpoint, model_config=model_config, added_tokens=added
    )


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise RoostError(f"{path}: not found (expected a Hugging Face model folder)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise RoostError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise RoostError(f"{path}: expected a JSON object")
    return data


def _architecture(source: Path, hf: dict[str, Any]) -> str:
    names = hf.get("architectures") or []
    name = names[0] if names else hf.get("model_type", "unknown")
    if name not in MODEL_TYPES:
        raise RoostError(
            f"{source / 'config.json'}: unsupported architecture {name!r} (roost imports {', '.join(MODEL_TYPES)})"
        )
    return name


def _model_config(source: Path, hf: dict[str, Any], architecture: str) -> ModelConfig:
    """Translate config.json, refusing any feature roost's model would silently drop."""
    where = source / "config.json"

    def get(key: str) -> Any:
        if key not in hf:
            raise RoostError(f"{where}: missing {key!r}")
        return hf[key]

    rope = hf.get("rope_parameters") or hf.get("rope_scaling") or {}
    unsupported = {
        "hidden_act": hf.get("hidden_act", "silu") != "silu",
        "attention_bias": bool(hf.get("attention_bias")),
        "mlp_bias": bool(hf.get("mlp_bias")),
        "rope_scaling": rope.get("rope_type", rope.get("type", "default")) != "default",
        "use_sliding_window": bool(hf.get("use_sliding_window")),
    }
    for key, bad in unsupported.items():
        if bad:
            raise RoostError(f"{where}: {key}={hf.get(key, rope)!r} is not supported by roost's model")
    dim, n_heads = get("hidden_size"), get("num_attention_heads")
    head_dim = hf.get("head_dim") or dim // n_heads
    rope_theta = hf.get("rope_theta", rope.get("rope_theta", 10000.0))
    try:
        return ModelConfig(
            vocab_size=get("vocab_size"),
            dim=dim,
            n_layers=get("num_hidden_layers"),
            n_heads=n_heads,
            n_kv_heads=hf.get("num_key_value_heads") or n_heads,
            ffn_dim=get("intermediate_size"),
            max_seq_len=get("max_position_embeddings"),
            rope_theta=rope_theta,
            norm_eps=hf.get("rms_norm_eps", 1e-6),
            tie_embeddings=bool(hf.get("tie_word_embeddings", False)),
            qk_norm=architecture == QWEN3,
            head_dim_override=0 if head_dim * n_heads == dim else head_dim,
        )
    except ValueError as exc:
        raise RoostError(f"{where}: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}") from None


def _import_tokenizer(source: Path) -> tuple[Tokenizer, list[str]]:
    """Load tokenizer.json, adding roost's special tokens (boundary, roles, end of turn) where it lacks them."""
    file = source / "tokenizer.json"
    if not file.is_file():
        raise RoostError(f"{file}: missing tokenizer (roost imports tokenizer.json, the fast-tokenizer format)")
    try:
        hf = HFTokenizer.from_file(str(file))
    except Exception as exc:  # noqa: BLE001 -- tokenizers raises plain Exception on a bad file
        raise RoostError(f"{file}: not a valid tokenizer.json: {exc}") from None
    decoder = json.loads(hf.to_str()).get("decoder") or {}
    if decoder.get("type") != "ByteLevel":  # the engine streams exact bytes through the byte-level table
        raise RoostError(f"{file}: roost needs a byte-level BPE tokenizer; this one decodes with {decoder.get('type')}")
    missing = [tok for tok in SPECIAL_TOKENS if hf.token_to_id(tok) is None]
    hf.add_special_tokens([AddedToken(tok, special=True, normalized=False) for tok in missing])
    return Tokenizer(hf, read_tokenizer_config(source, hf)), missing


def _load_hf_weights(source: Path) -> dict[str, torch.Tensor]:
    index = source / "model.safetensors.index.json"
    if index.is_file():
        files = sorted(set(_read_json(index).get("weight_map", {}).values()))
    elif (source / "model.safetensors").is_file():
        files = ["model.safetensors"]
    else:
        raise RoostError(f"{source}: no model.safetensors or model.safetensors.index.json")
    weights: dict[str, torch.Tensor] = {}
    for name in files:
        try:
            weights.update(load_file(source / name))
        except (SafetensorError, OSError) as exc:
            raise RoostError(f"{source / name}: unreadable safetensors file: {exc}") from None
    return weights


def _roost_state(source: Path, weights: dict[str, torch.Tensor], config: ModelConfig) -> dict[str, torch.Tensor]:
    """Rename to roost's keys, cast to float32 and check every tensor's shape against the model config."""
    with torch.device("meta"):
        expected = {name: tuple(t.shape) for name, t in Transformer(config).state_dict().items()}
    if config.tie_embeddings:
        expected.pop("lm_head.weight")
        weights = {k: v for k, v in weights.items() if k != "lm_head.weight"}
    state = {}
    for hf_name, tensor in weights.items():
        if hf_name.endswith("rotary_emb.inv_freq"):  # a buffer older exports saved; recomputed from rope_theta
            continue
        name = hf_name.removeprefix("model.")
        if name not in expected:
            raise RoostError(f"{source}: unexpected tensor {hf_name!r} for this architecture")
        if tuple(tensor.shape) != expected[name]:
            raise RoostError(
                f"{source}: tensor {hf_name!r} has shape {list(tensor.shape)}, "
                f"config.json implies {list(expected[name])}"
            )
        state[name] = tensor.to(torch.float32)
    missing = sorted(set(expected) - set(state))
    if missing:
        raise RoostError(f"{source}: missing tensor {to_hf_name(missing[0])!r} ({len(missing)} missing in all)")
    return state


def _grow_vocab(
    state: dict[str, torch.Tensor], config: ModelConfig, vocab_size: int
) -> tuple[dict[str, torch.Tensor], ModelConfig]:
    """Add rows for tokens the tokenizer gained; new rows start at the mean embedding so they are not outliers."""
    for name in ("embed_tokens.weight", "lm_head.weight"):
        if name in state:
            old = state[name]
            extra = old.mean(dim=0, keepdim=True).expand(vocab_size - old.size(0), -1)
            state[name] = torch.cat([old, extra], dim=0)
    return state, config.model_copy(update={"vocab_size": vocab_size})
