"""Importing an open model into a run: a Hugging Face folder here, and the one path every import ends in.

An imported model, whatever file it came from, is first read into `ModelParts`: what a Hugging Face folder holds
(config.json, weights under Hugging Face's names, tokenizer.json, tokenizer_config.json with the chat template and
bos/eos/pad tokens, generation_config.json's stop ids). `import_parts` then checks the parts against roost's
model and writes the run: the step-0 checkpoint, the `tokenizer/` folder exactly as the model ships it (roost adds
no token and no template of its own) and the run config with the model's shape. `roost import gguf`
(roost/export/gguf_import.py) reads a GGUF file into the same parts.

roost's model is Llama's layout; the architectures that map onto it exactly:

    LlamaForCausalLM    as is
    Qwen2ForCausalLM    biases on q, k and v (`model.attention_bias`)
    Qwen3ForCausalLM    per-head q/k RMSNorm (`model.qk_norm`), heads that may be wider than hidden / heads

Whatever else a config asks for (rope scaling, sliding windows, other biases, another activation) is refused in
one line rather than dropped, and so is a tokenizer that is not a byte-level BPE (the engine streams exact bytes
through the byte-level table).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file
from tokenizers import Tokenizer as HFTokenizer

from roost.checkpoint import save_checkpoint
from roost.config import ModelConfig, RunConfig
from roost.errors import RoostError
from roost.model import Transformer
from roost.run import Run
from roost.tokenizer import Tokenizer, TokenizerConfig, read_json_object, read_tokenizer_config

LLAMA = "LlamaForCausalLM"
QWEN2 = "Qwen2ForCausalLM"
QWEN3 = "Qwen3ForCausalLM"
ARCHITECTURES = (LLAMA, QWEN2, QWEN3)


@dataclass
class ModelParts:
    """An open model as a Hugging Face folder holds it, read from a folder or a GGUF file."""

    source: Path  # the folder or file, for messages and the checkpoint's record
    where: str  # what to name in a message about the config (config.json, or the GGUF file)
    architecture: str  # one of ARCHITECTURES
    config: dict[str, Any]  # config.json
    weights: dict[str, torch.Tensor]  # Hugging Face names (`model.layers.0.self_attn.q_proj.weight`, `lm_head.weight`)
    tokenizer: HFTokenizer
    tokenizer_config: TokenizerConfig  # chat template, bos/eos/pad, add_bos_token, every stop id


@dataclass
class ImportResult:
    source: Path
    architecture: str
    checkpoint: Path
    model_config: ModelConfig

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": str(self.source),
            "architecture": self.architecture,
            "checkpoint": str(self.checkpoint),
            "model": self.model_config.model_dump(),
        }


def import_hf(run: Run, config: RunConfig, source: Path) -> ImportResult:
    """Turn a local Llama / Qwen2 / Qwen3 folder into the run's step-0 checkpoint and tokenizer."""
    check_new_run(run)
    return import_parts(run, config, read_hf_folder(source))


def check_new_run(run: Run) -> None:
    if (run.checkpoints_dir / "latest").exists():
        raise RoostError(f"{run.checkpoints_dir}: the run already has checkpoints; import into a new run")


def import_parts(run: Run, config: RunConfig, parts: ModelParts) -> ImportResult:
    """Write the run from an imported model's parts: checkpoint step 0, tokenizer/ as shipped, the run config."""
    check_new_run(run)
    model_config = model_config_of(parts.where, parts.config, parts.architecture)
    tokenizer = Tokenizer(parts.tokenizer, parts.tokenizer_config)  # checks the special tokens are in the vocabulary
    if tokenizer.vocab_size > model_config.vocab_size:
        raise RoostError(
            f"{parts.source}: the tokenizer has {tokenizer.vocab_size} tokens, the model's embedding only "
            f"{model_config.vocab_size} rows"
        )
    state = roost_state(parts.source, parts.weights, model_config)
    checkpoint = save_checkpoint(
        run.checkpoints_dir,
        step=0,
        model_state=state,
        model_config=model_config,
        meta={"imported_from": str(parts.source.resolve()), "architecture": parts.architecture},
        keep=config.train.keep_checkpoints,
    )
    tokenizer.save(run.tokenizer_dir)
    tokenizer_section = config.tokenizer.model_copy(update={"vocab_size": tokenizer.vocab_size})
    run.save_config(config.model_copy(update={"model": model_config, "tokenizer": tokenizer_section}))
    return ImportResult(
        source=parts.source, architecture=parts.architecture, checkpoint=checkpoint, model_config=model_config
    )


# ---------------------------------------------------------------------------------------------------- HF folders


def read_hf_folder(source: Path) -> ModelParts:
    """config.json, the safetensors weights and the tokenizer files of a local Hugging Face model folder."""
    where = source / "config.json"
    config = _read_json(where)
    names = config.get("architectures") or []
    architecture = names[0] if names else config.get("model_type", "unknown")
    if architecture not in ARCHITECTURES:
        raise RoostError(
            f"{where}: unsupported architecture {architecture!r} (roost imports {', '.join(ARCHITECTURES)})"
        )
    tokenizer = _read_tokenizer(source)
    tokenizer_config = read_tokenizer_config(source, tokenizer)
    if not tokenizer_config.stop_ids:  # no generation_config.json: transformers takes config.json's eos ids
        eos = config.get("eos_token_id")
        stops = [eos] if isinstance(eos, int) else eos if isinstance(eos, list) else []
        tokenizer_config = replace(tokenizer_config, stop_ids=tuple(i for i in stops if isinstance(i, int)))
    return ModelParts(
        source=source,
        where=str(where),
        architecture=architecture,
        config=config,
        weights=_load_hf_weights(source),
        tokenizer=tokenizer,
        tokenizer_config=tokenizer_config,
    )


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise RoostError(f"{path}: not found (expected a Hugging Face model folder)")
    return read_json_object(path)


def _read_tokenizer(source: Path) -> HFTokenizer:
    """tokenizer.json as it is; a tokenizer that is not byte-level BPE is refused."""
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
    return hf


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


# ---------------------------------------------------------------------------------------------------- shared checks


def model_config_of(where: str, hf: dict[str, Any], architecture: str) -> ModelConfig:
    """Translate config.json, refusing any feature roost's model would silently drop."""

    def get(key: str) -> Any:
        if key not in hf:
            raise RoostError(f"{where}: missing {key!r}")
        return hf[key]

    rope = hf.get("rope_parameters") or hf.get("rope_scaling") or {}
    unsupported = {
        "hidden_act": hf.get("hidden_act", "silu") != "silu",
        # Llama and Qwen3 put a bias on o_proj too when they have one; only Qwen2's q/k/v-only biases map
        "attention_bias": architecture != QWEN2 and bool(hf.get("attention_bias")),
        "mlp_bias": bool(hf.get("mlp_bias")),
        "rope_scaling": rope.get("rope_type", rope.get("type", "default")) != "default",
        "use_sliding_window": bool(hf.get("use_sliding_window")),
    }
    for key, bad in unsupported.items():
        if bad:
            raise RoostError(f"{where}: {key}={hf.get(key, rope)!r} is not supported by roost's model")
    dim, n_heads = get("hidden_size"), get("num_attention_heads")
    head_dim = hf.get("head_dim") or dim // n_heads
    try:
        return ModelConfig(
            vocab_size=get("vocab_size"),
            dim=dim,
            n_layers=get("num_hidden_layers"),
            n_heads=n_heads,
            n_kv_heads=hf.get("num_key_value_heads") or n_heads,
            ffn_dim=get("intermediate_size"),
            max_seq_len=get("max_position_embeddings"),
            rope_theta=hf.get("rope_theta", rope.get("rope_theta", 10000.0)),
            norm_eps=hf.get("rms_norm_eps", 1e-6),
            tie_embeddings=bool(hf.get("tie_word_embeddings", False)),
            qk_norm=architecture == QWEN3,
            head_dim_override=0 if head_dim * n_heads == dim else head_dim,
            attention_bias=architecture == QWEN2,
        )
    except ValueError as exc:
        raise RoostError(f"{where}: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}") from None


def roost_state(source: Path, weights: dict[str, torch.Tensor], config: ModelConfig) -> dict[str, torch.Tensor]:
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
                f"{source}: tensor {hf_name!r} has shape {list(tensor.shape)}, config implies {list(expected[name])}"
            )
        state[name] = tensor.to(torch.float32)
    missing = sorted(set(expected) - set(state))
    if missing:
        first = missing[0] if missing[0] == "lm_head.weight" else f"model.{missing[0]}"
        raise RoostError(f"{source}: missing tensor {first!r} ({len(missing)} missing in all)")
    return state
