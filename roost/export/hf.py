"""Hugging Face folders: export a roost checkpoint as a Llama / Qwen3 model (import: roost/export/hf_import.py).

roost's model already uses Llama's parameter names and rotate-half RoPE, so export is a renaming
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
    attention_bias        Qwen2ForCausalLM (biases on q, k and v, none on o) instead of LlamaForCausalLM

The exported folder loads with `AutoModelForCausalLM` / `AutoTokenizer` offline and in vLLM.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from safetensors.torch import save_file
from tokenizers import Tokenizer as HFTokenizer
from tokenizers import processors

from roost.chat_model import chat_model_path, load_inference_model
from roost.config import ModelConfig
from roost.errors import RoostError
from roost.model import Transformer
from roost.run import Run, atomic_path, atomic_write_text
from roost.tokenizer import Tokenizer

LLAMA = "LlamaForCausalLM"
QWEN2 = "Qwen2ForCausalLM"
QWEN3 = "Qwen3ForCausalLM"
MODEL_TYPES = {LLAMA: "llama", QWEN2: "qwen2", QWEN3: "qwen3"}


@dataclass
class HFExportResult:
    out_dir: Path
    architecture: str
    parameters: int
    files: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "out_dir": str(self.out_dir)}


# ---------------------------------------------------------------------------------------------------- export


def export_hf(run: Run, out_dir: Path | None = None, checkpoint: Path | None = None) -> HFExportResult:
    """Write the run's chat model (or `checkpoint`) and tokenizer as a Hugging Face folder."""
    out_dir = out_dir or run.export_dir / "hf"
    model, tokenizer = export_model(run, checkpoint)
    config = model.config
    weights = model.state_dict()
    architecture = hf_architecture(config)
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


def hf_architecture(config: ModelConfig) -> str:
    """The transformers class that computes exactly what roost's model does.

    Llama's and Qwen3's `attention_bias` would put a bias on o_proj too, which roost's model never has; Qwen2's
    q/k/v biases are the layout roost's `attention_bias` stands for.
    """
    if config.qk_norm and config.attention_bias:
        raise RoostError("Hugging Face export: no transformers architecture has QK-norm with q/k/v biases only")
    if config.qk_norm:
        return QWEN3
    return QWEN2 if config.attention_bias else LLAMA


def hf_config(config: ModelConfig, tokenizer: Tokenizer, dtype: str = "float32") -> dict[str, Any]:
    """config.json for the architecture roost's config maps onto."""
    architecture = hf_architecture(config)
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
        "attention_bias": False,  # Llama's / Qwen3's bias on every projection; Qwen2 has its q/k/v biases always
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
