"""GGUF export: one file that llama.cpp, llama-cpp-python and Ollama load, with the tokenizer inside.

Written with the `gguf` package (llama.cpp's own writer), following what llama.cpp's `convert_hf_to_gguf.py`
does for the same Hugging Face architectures:

- arch `llama` (Llama layout), `qwen3` (when QK-norm is on) or `qwen2` (when q/k/v carry biases); tensor names
  from gguf's HF-to-GGUF name map.
- llama.cpp's `llama` arch applies RoPE to adjacent pairs (interleaved), while roost and Hugging Face rotate
  halves. So, as the converter does, the rows of q_proj and k_proj are permuted within each head from
  half-split to interleaved order. `qwen3` and `qwen2` use llama.cpp's NeoX (rotate-half) RoPE and need no
  permutation.
- The tokenizer is embedded as llama.cpp's `gpt2` byte-level BPE: tokens, token types (special tokens are
  CONTROL), merges, the text split under llama.cpp's name for it (GPT-2's for roost's own, SmolLM2's, Qwen's or
  Llama 3's for an imported model), and the run's own bos/eos/pad ids, add_bos and chat template. Token slots
  beyond the tokenizer (the model's vocabulary may be padded) are `[PADn]` tokens of type UNUSED, so n_vocab
  matches the embedding rows.
- f32 keeps every tensor in float32; f16 and q8_0 store matrices in that type and keep the norm vectors in
  float32 (as the converter does); a matrix whose rows do not split into q8_0 blocks of 32 falls back to f16.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import gguf
import numpy as np
import torch
from tokenizers import Regex, pre_tokenizers

from roost.config import ModelConfig
from roost.errors import RoostError
from roost.export.hf import export_model, to_hf_name
from roost.run import Run, atomic_path
from roost.tokenizer import Tokenizer

GGUFType = Literal["f32", "f16", "q8_0"]
FILE_TYPES = {
    "f32": gguf.LlamaFileType.ALL_F32,
    "f16": gguf.LlamaFileType.MOSTLY_F16,
    "q8_0": gguf.LlamaFileType.MOSTLY_Q8_0,
}
MATRIX_TYPES = {
    "f32": gguf.GGMLQuantizationType.F32,
    "f16": gguf.GGMLQuantizationType.F16,
    "q8_0": gguf.GGMLQuantizationType.Q8_0,
}


@dataclass
class GGUFExportResult:
    path: Path
    architecture: str
    dtype: str
    tensors: int
    size_bytes: int

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path)}


def export_gguf(
    run: Run, out_path: Path | None = None, dtype: GGUFType = "f16", checkpoint: Path | None = None
) -> GGUFExportResult:
    """Write the run's chat model (or `checkpoint`) and tokenizer as a GGUF file."""
    if dtype not in FILE_TYPES:
        raise RoostError(f"unknown GGUF type {dtype!r} (choose one of {', '.join(FILE_TYPES)})")
    out_path = out_path or run.export_dir / f"model-{dtype}.gguf"
    model, tokenizer = export_model(run, checkpoint)
    config = model.config
    arch = gguf_arch(config)
    tensors = gguf_tensors(model.state_dict(), config, dtype)

    with atomic_path(out_path) as tmp:
        writer = gguf.GGUFWriter(tmp, gguf.MODEL_ARCH_NAMES[arch])
        writer.add_name(run.name)
        _add_hparams(writer, config, FILE_TYPES[dtype])
        _add_tokenizer(writer, tokenizer, config.vocab_size)
        for name, (data, qtype) in tensors.items():
            writer.add_tensor(name, data, raw_dtype=qtype)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
    return GGUFExportResult(
        path=out_path,
        architecture=gguf.MODEL_ARCH_NAMES[arch],
        dtype=dtype,
        tensors=len(tensors),
        size_bytes=out_path.stat().st_size,
    )


def gguf_tensors(
    weights: dict[str, torch.Tensor], config: ModelConfig, dtype: GGUFType
) -> dict[str, tuple[np.ndarray, gguf.GGMLQuantizationType]]:
    """roost weights -> {gguf name: (stored array, ggml type)}: embeddings, then block by block, then the head."""
    arch = gguf_arch(config)
    names = gguf.get_tensor_name_map(arch, config.n_layers)
    out = {}
    for name, tensor in sorted(weights.items(), key=lambda item: _tensor_order(item[0])):
        if name == "lm_head.weight" and config.tie_embeddings:
            continue  # llama.cpp reuses token_embd when output.weight is absent
        gguf_name = names.get_name(to_hf_name(name), try_suffixes=(".weight", ".bias"))
        if gguf_name is None:
            raise RoostError(f"no GGUF name for tensor {name!r}")
        data = tensor.detach().to(torch.float32).numpy()
        if arch == gguf.MODEL_ARCH.LLAMA and name.endswith("self_attn.q_proj.weight"):
            data = interleave_rope_rows(data, config.n_heads)
        elif arch == gguf.MODEL_ARCH.LLAMA and name.endswith("self_attn.k_proj.weight"):
            data = interleave_rope_rows(data, config.n_kv_heads)
        out[gguf_name] = _encode(data, dtype)
    return out


def gguf_arch(config: ModelConfig) -> gguf.MODEL_ARCH:
    """llama.cpp's architecture for the model: the one whose graph computes exactly what roost's does."""
    if config.qk_norm and config.attention_bias:
        raise RoostError("GGUF export: llama.cpp has no architecture with both QK-norm and q/k/v biases")
    if config.qk_norm:
        return gguf.MODEL_ARCH.QWEN3
    return gguf.MODEL_ARCH.QWEN2 if config.attention_bias else gguf.MODEL_ARCH.LLAMA


def _tensor_order(name: str) -> tuple[int, int, str]:
    if name.startswith("layers."):
        return 1, int(name.split(".")[1]), name
    return (0 if name.startswith("embed_tokens") else 2), 0, name


def interleave_rope_rows(weight: np.ndarray, n_heads: int) -> np.ndarray:
    """Reorder each head's rows from rotate-half order (x0..x_{d/2-1}, then their partners) to adjacent pairs."""
    rows = weight.shape[0]
    return weight.reshape(n_heads, 2, rows // n_heads // 2, *weight.shape[1:]).swapaxes(1, 2).reshape(weight.shape)


def _encode(data: np.ndarray, dtype: GGUFType) -> tuple[np.ndarray, gguf.GGMLQuantizationType]:
    if data.ndim == 1 or dtype == "f32":
        return data, gguf.GGMLQuantizationType.F32
    qtype = MATRIX_TYPES[dtype]
    if qtype == gguf.GGMLQuantizationType.Q8_0 and data.shape[-1] % gguf.GGML_QUANT_SIZES[qtype][0]:
        qtype = gguf.GGMLQuantizationType.F16
    return gguf.quants.quantize(data, qtype), qtype


def _add_hparams(writer: gguf.GGUFWriter, config: ModelConfig, file_type: gguf.LlamaFileType) -> None:
    writer.add_context_length(config.max_seq_len)
    writer.add_embedding_length(config.dim)
    writer.add_block_count(config.n_layers)
    writer.add_feed_forward_length(config.ffn_dim)
    writer.add_head_count(config.n_heads)
    writer.add_head_count_kv(config.n_kv_heads)
    writer.add_key_length(config.head_dim)
    writer.add_value_length(config.head_dim)
    writer.add_rope_dimension_count(config.head_dim)
    writer.add_rope_freq_base(config.rope_theta)
    writer.add_layer_norm_rms_eps(config.norm_eps)
    writer.add_vocab_size(config.vocab_size)
    writer.add_file_type(file_type)


def _add_tokenizer(writer: gguf.GGUFWriter, tokenizer: Tokenizer, vocab_size: int) -> None:
    """Embed the byte-level BPE as llama.cpp's `gpt2` tokenizer, with the pre-tokenization llama.cpp knows it by."""
    vocab = tokenizer.hf.get_vocab(with_added_tokens=True)
    by_id = {index: token for token, index in vocab.items()}
    added = {index: token.special for index, token in tokenizer.hf.get_added_tokens_decoder().items()}
    tokens, types = [], []
    for index in range(vocab_size):
        if index not in by_id:
            tokens.append(f"[PAD{index}]")
            types.append(gguf.TokenType.UNUSED)
        elif index in added:
            tokens.append(by_id[index])
            types.append(gguf.TokenType.CONTROL if added[index] else gguf.TokenType.USER_DEFINED)
        else:
            tokens.append(by_id[index])
            types.append(gguf.TokenType.NORMAL)
    spec = json.loads(tokenizer.hf.to_str())
    if spec["model"]["type"] != "BPE":
        raise RoostError(f"GGUF export needs a byte-level BPE tokenizer; this one is {spec['model']['type']}")
    merges = spec["model"]["merges"]
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre(llama_cpp_pre_tokenizer(tokenizer))
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges([m if isinstance(m, str) else " ".join(m) for m in merges])
    _add_special_ids(writer, tokenizer)
    if tokenizer.chat_template:
        writer.add_chat_template(tokenizer.chat_template)


# The text splits llama.cpp's byte-level BPE knows (`tokenizer.ggml.pre`), as tokenizers builds them. roost's own
# tokenizers split as GPT-2 does; SmolLM/SmolLM2 split digits one by one first; Qwen2/2.5/3 and Llama 3 split by
# their own patterns, which differ only in how many digits go together.
_CONTRACTIONS_LETTERS = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+"
_PUNCTUATION_SPACES = r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"


def _split_then_bytes(pattern: str) -> pre_tokenizers.PreTokenizer:
    return pre_tokenizers.Sequence(
        [pre_tokenizers.Split(Regex(pattern), behavior="isolated"), pre_tokenizers.ByteLevel(False, use_regex=False)]
    )


LLAMA_CPP_PRE_TOKENIZERS: dict[str, pre_tokenizers.PreTokenizer] = {
    "gpt-2": pre_tokenizers.ByteLevel(add_prefix_space=False),
    "smollm": pre_tokenizers.Sequence(
        [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)]
    ),
    "qwen2": _split_then_bytes(_CONTRACTIONS_LETTERS + r"|\p{N}" + _PUNCTUATION_SPACES),
    "llama-bpe": _split_then_bytes(_CONTRACTIONS_LETTERS + r"|\p{N}{1,3}" + _PUNCTUATION_SPACES),
}
# Text on which each of those splits differently from every other: contractions in both cases, runs of digits,
# newlines after punctuation, runs of spaces and tabs, letters beyond ASCII, emoji.
_PRE_TOKENIZER_PROBE = "I'm 1234567 DON'T  do\tit!!\n\n   Ünïcödé,\r\n 3.14159 🎵🎵 a  \n"


def llama_cpp_pre_tokenizer(tokenizer: Tokenizer) -> str:
    """llama.cpp's name for how this tokenizer splits text, found by how it splits a probe (as llama.cpp's own
    converter recognises a tokenizer by how it encodes one), so the JSON's spelling does not matter."""
    pre = tokenizer.hf.pre_tokenizer
    decoder = json.loads(tokenizer.hf.to_str()).get("decoder") or {}
    if pre is not None and decoder.get("type") == "ByteLevel":
        pieces = pre.pre_tokenize_str(_PRE_TOKENIZER_PROBE)
        for name, known in LLAMA_CPP_PRE_TOKENIZERS.items():
            if known.pre_tokenize_str(_PRE_TOKENIZER_PROBE) == pieces:
                return name
    raise RoostError(
        "GGUF export: llama.cpp would split this tokenizer's text differently; roost writes byte-level BPE "
        f"tokenizers that split as one of {', '.join(LLAMA_CPP_PRE_TOKENIZERS)} do"
    )


def _add_special_ids(writer: gguf.GGUFWriter, tokenizer: Tokenizer) -> None:
    """bos / eos / end of turn / pad, and whether text starts with bos, as the run's tokenizer_config.json says.

    roost's own models start every document with `<|endoftext|>` (bos, add_bos_token true), so llama.cpp adds
    it to a raw prompt as roost does; a chat template that writes it too is not doubled (llama.cpp drops a
    rendered leading bos when it adds one). llama.cpp stops at eos and eot; the run's other stop ids
    (`<|endoftext|>`, `<|im_end|>`, `<|eot_id|>`, ...) are end-of-generation to llama.cpp by their text.
    """
    config = tokenizer.config
    if tokenizer.bos_id is not None:
        writer.add_bos_token_id(tokenizer.bos_id)
    if tokenizer.eos_id is not None:
        writer.add_eos_token_id(tokenizer.eos_id)
        writer.add_eot_token_id(tokenizer.eos_id)
    if config.pad_token:
        writer.add_pad_token_id(tokenizer.hf.token_to_id(config.pad_token))
    writer.add_add_bos_token(config.add_bos_token and tokenizer.bos_id is not None)
    writer.add_add_eos_token(False)
