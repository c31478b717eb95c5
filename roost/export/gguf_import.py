"""`roost import gguf`: a llama.cpp GGUF file read into the parts a Hugging Face folder holds, then imported as one.

GGUF keeps a model's config, tokenizer and chat template as metadata under llama.cpp's key names, and its weights
under llama.cpp's tensor names, often quantized. This module turns them back into Hugging Face's form
(`ModelParts`), and `roost.export.hf_import.import_parts` writes the run, as for a folder:

- architectures `llama`, `qwen2` (q/k/v biases) and `qwen3` (q/k norms): LlamaForCausalLM, Qwen2ForCausalLM and
  Qwen3ForCausalLM. Anything the model cannot carry (rope scaling, a partial rotary, per-layer head counts) is
  refused in one line.
- weights are dequantized to float32 by the `gguf` library's own code (`gguf.quants.dequantize`: F32, F16, BF16,
  Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, the K-quants and the IQ types). llama.cpp's converter reorders the rows of a
  `llama` model's q and k projections within each head, from rotate-half to interleaved pairs, for its RoPE;
  that is undone here. `qwen2`/`qwen3` use llama.cpp's NeoX RoPE and are stored in Hugging Face's order.
- the tokenizer is rebuilt as a `tokenizers` byte-level BPE from the vocabulary, the merges and the token types
  (CONTROL tokens become special tokens, USER_DEFINED ones added tokens, as llama.cpp treats them), splitting
  text as `tokenizer.ggml.pre` names (llama.cpp's split for each name, written as the model's own tokenizer.json
  writes it). bos/eos/pad, add_bos and the chat template come from the metadata; generation stops at eos, eot,
  eom and the control tokens llama.cpp itself ends generation at by their text (`<|im_end|>`, `<|eot_id|>`, ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gguf
import numpy as np
import torch
from tokenizers import AddedToken, Regex, decoders, models, pre_tokenizers, processors
from tokenizers import Tokenizer as HFTokenizer

from roost.config import RunConfig
from roost.errors import RoostError
from roost.export.hf_import import LLAMA, QWEN2, QWEN3, ImportResult, ModelParts, check_new_run, import_parts
from roost.run import Run
from roost.tokenizer import TokenizerConfig

ARCHITECTURES = {"llama": LLAMA, "qwen2": QWEN2, "qwen3": QWEN3}

# GGUF tensor names -> Hugging Face's, per block (`blk.N.`) and for the whole model.
BLOCK_TENSORS = {
    "attn_norm.weight": "input_layernorm.weight",
    "attn_q.weight": "self_attn.q_proj.weight",
    "attn_k.weight": "self_attn.k_proj.weight",
    "attn_v.weight": "self_attn.v_proj.weight",
    "attn_q.bias": "self_attn.q_proj.bias",
    "attn_k.bias": "self_attn.k_proj.bias",
    "attn_v.bias": "self_attn.v_proj.bias",
    "attn_output.weight": "self_attn.o_proj.weight",
    "attn_q_norm.weight": "self_attn.q_norm.weight",
    "attn_k_norm.weight": "self_attn.k_norm.weight",
    "ffn_norm.weight": "post_attention_layernorm.weight",
    "ffn_gate.weight": "mlp.gate_proj.weight",
    "ffn_up.weight": "mlp.up_proj.weight",
    "ffn_down.weight": "mlp.down_proj.weight",
}
MODEL_TENSORS = {
    "token_embd.weight": "model.embed_tokens.weight",
    "output_norm.weight": "model.norm.weight",
    "output.weight": "lm_head.weight",
}


@dataclass(frozen=True)
class TextSplit:
    """How a vocabulary's text is split before BPE: llama.cpp's regexes for it, applied one after another."""

    patterns: tuple[str, ...]
    ignore_merges: bool = False  # a word that is a token as a whole is that token (Llama 3's BPE)


_GPT2 = r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"
_CONTRACTIONS_LETTERS = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+"
_PUNCTUATION_SPACES = r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
_LLAMA3 = TextSplit((_CONTRACTIONS_LETTERS + r"|\p{N}{1,3}" + _PUNCTUATION_SPACES,), ignore_merges=True)
_DIGITS_THEN_GPT2 = TextSplit((r"\p{N}", _GPT2))

# `tokenizer.ggml.pre` -> the split, for the names llama.cpp gives byte-level vocabularies of these families.
TEXT_SPLITS: dict[str, TextSplit] = {
    **dict.fromkeys(("gpt-2", "mpt", "olmo", "jais"), TextSplit((_GPT2,))),
    **dict.fromkeys(("smollm", "starcoder", "refact", "command-r", "codeshell", "exaone"), _DIGITS_THEN_GPT2),
    **dict.fromkeys(("llama3", "llama-v3", "llama-bpe", "falcon3", "pixtral"), _LLAMA3),
    **dict.fromkeys(("dbrx", "smaug-bpe"), TextSplit(_LLAMA3.patterns)),
    **dict.fromkeys(
        ("qwen2", "qwen2.5", "deepseek-r1-qwen", "stablelm2"),
        TextSplit((_CONTRACTIONS_LETTERS + r"|\p{N}" + _PUNCTUATION_SPACES,)),
    ),
}

# Token texts llama.cpp ends generation at whatever the metadata says (llama-vocab.cpp's end-of-generation list).
END_OF_GENERATION_TEXTS = frozenset(
    ("<|eot_id|>", "<|eom_id|>", "<|im_end|>", "<|end|>", "<end_of_turn>", "<|endoftext|>", "<|end_of_text|>", "<EOT>")
)


def import_gguf(run: Run, config: RunConfig, path: Path) -> ImportResult:
    """Turn a GGUF file into the run's step-0 checkpoint, tokenizer and config."""
    check_new_run(run)
    return import_parts(run, config, read_gguf(path))


def read_gguf(path: Path) -> ModelParts:
    """The model in a GGUF file as a Hugging Face folder would hold it."""
    reader = _open(path)
    meta = {name: field.contents() for name, field in reader.fields.items()}
    arch = meta.get("general.architecture")
    if arch not in ARCHITECTURES:
        raise RoostError(
            f"{path}: unsupported architecture {arch!r} (roost imports GGUF architectures {', '.join(ARCHITECTURES)})"
        )
    tensors = {tensor.name: tensor for tensor in reader.tensors}
    config = _hf_config(path, arch, meta, tensors)
    tokenizer, tokenizer_config = _tokenizer(path, meta)
    return ModelParts(
        source=path,
        where=str(path),
        architecture=ARCHITECTURES[arch],
        config=config,
        weights=_hf_weights(path, arch, config, tensors),
        tokenizer=tokenizer,
        tokenizer_config=tokenizer_config,
    )


def _open(path: Path) -> gguf.GGUFReader:
    if not path.is_file():
        raise RoostError(f"{path}: not found (expected a GGUF file)")
    try:
        return gguf.GGUFReader(path)
    except Exception as exc:  # noqa: BLE001 -- the reader raises ValueError, struct.error, IndexError, ...
        raise RoostError(f"{path}: not a readable GGUF file: {exc}") from None


def _hf_config(path: Path, arch: str, meta: dict[str, Any], tensors: dict[str, Any]) -> dict[str, Any]:
    """config.json from the `{arch}.*` hyperparameters; refuses what roost's model cannot carry."""

    def get(key: str, default: Any = None) -> Any:
        value = meta.get(f"{arch}.{key}", default)
        if value is None:
            raise RoostError(f"{path}: missing metadata {arch}.{key}")
        if isinstance(value, list):
            raise RoostError(f"{path}: {arch}.{key} differs per layer, which roost's model does not support")
        return value

    if "token_embd.weight" not in tensors:
        raise RoostError(f"{path}: missing tensor 'token_embd.weight'")
    if "rope_freqs.weight" in tensors:
        raise RoostError(f"{path}: rope_freqs.weight (Llama 3.1-style RoPE scaling) is not supported by roost's model")
    scaling = meta.get(f"{arch}.rope.scaling.type", "none")
    if scaling != "none":
        raise RoostError(f"{path}: {arch}.rope.scaling.type={scaling!r} is not supported by roost's model")
    dim, n_heads = get("embedding_length"), get("attention.head_count")
    head_dim = get("attention.key_length", dim // n_heads)
    for key, value in (("attention.value_length", get("attention.value_length", head_dim)),
                       ("rope.dimension_count", get("rope.dimension_count", head_dim))):  # fmt: skip
        if value != head_dim:
            raise RoostError(
                f"{path}: {arch}.{key}={value} differs from the head size {head_dim}, unlike roost's model"
            )
    return {
        "architectures": [ARCHITECTURES[arch]],
        "model_type": arch,
        "vocab_size": int(tensors["token_embd.weight"].shape[-1]),  # GGUF shapes are innermost first
        "hidden_size": dim,
        "intermediate_size": get("feed_forward_length"),
        "num_hidden_layers": get("block_count"),
        "num_attention_heads": n_heads,
        "num_key_value_heads": get("attention.head_count_kv", n_heads),
        "head_dim": head_dim,
        "max_position_embeddings": get("context_length"),
        "rope_theta": float(get("rope.freq_base", 10000.0)),
        "rms_norm_eps": float(get("attention.layer_norm_rms_epsilon")),
        "tie_word_embeddings": "output.weight" not in tensors,  # llama.cpp reuses token_embd when it is absent
        "hidden_act": "silu",
        "bos_token_id": meta.get("tokenizer.ggml.bos_token_id"),
        "eos_token_id": meta.get("tokenizer.ggml.eos_token_id"),
    }


def _hf_weights(path: Path, arch: str, config: dict[str, Any], tensors: dict[str, Any]) -> dict[str, torch.Tensor]:
    """Every tensor dequantized to float32 under its Hugging Face name, q/k rows back in rotate-half order."""
    weights = {}
    for name, tensor in tensors.items():
        hf_name = _hf_name(name)
        if hf_name is None:
            raise RoostError(f"{path}: tensor {name!r} has no place in roost's model")
        try:
            data = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
        except NotImplementedError:
            raise RoostError(
                f"{path}: tensor {name!r} is stored as {tensor.tensor_type.name}, which roost cannot dequantize"
            ) from None
        data = np.array(data, dtype=np.float32).reshape([int(n) for n in reversed(tensor.shape)])  # a copy: the file is read-only
        if arch == "llama" and hf_name.endswith(("q_proj.weight", "q_proj.bias")):
            data = _rotate_half_rows(data, config["num_attention_heads"])
        elif arch == "llama" and hf_name.endswith(("k_proj.weight", "k_proj.bias")):
            data = _rotate_half_rows(data, config["num_key_value_heads"])
        weights[hf_name] = torch.from_numpy(np.ascontiguousarray(data))
    return weights


def _hf_name(name: str) -> str | None:
    if name in MODEL_TENSORS:
        return MODEL_TENSORS[name]
    parts = name.split(".", 2)
    if len(parts) == 3 and parts[0] == "blk" and parts[1].isdigit() and parts[2] in BLOCK_TENSORS:
        return f"model.layers.{parts[1]}.{BLOCK_TENSORS[parts[2]]}"
    return None


def _rotate_half_rows(rows: np.ndarray, n_heads: int) -> np.ndarray:
    """Undo llama.cpp's reordering of each head's rows (interleaved pairs back to rotate-half halves)."""
    per_head = rows.shape[0] // n_heads
    return rows.reshape(n_heads, per_head // 2, 2, *rows.shape[1:]).swapaxes(1, 2).reshape(rows.shape)


def _tokenizer(path: Path, meta: dict[str, Any]) -> tuple[HFTokenizer, TokenizerConfig]:
    """The byte-level BPE the metadata describes, and its tokenizer_config (template, special tokens, stops)."""
    kind = meta.get("tokenizer.ggml.model")
    if kind != "gpt2":
        raise RoostError(
            f"{path}: tokenizer.ggml.model={kind!r}; roost imports byte-level BPE vocabularies ('gpt2') only"
        )
    pre = meta.get("tokenizer.ggml.pre", "default")
    split = TEXT_SPLITS.get(pre)
    if split is None:
        raise RoostError(f"{path}: tokenizer.ggml.pre={pre!r} is a text split roost does not know")
    tokens: list[str] = meta.get("tokenizer.ggml.tokens") or []
    types: list[int] = meta.get("tokenizer.ggml.token_type") or [gguf.TokenType.NORMAL] * len(tokens)
    merges: list[str] = meta.get("tokenizer.ggml.merges") or []
    vocab = {token: index for index, token in enumerate(tokens)}
    if len(vocab) != len(tokens) or len(types) != len(tokens):
        raise RoostError(f"{path}: the tokenizer's token list repeats tokens or does not match its token types")
    pairs = []
    for merge in merges:
        cut = merge.find(" ", 1)  # as llama.cpp splits a merge (a part is never empty)
        pairs.append((merge[:cut], merge[cut + 1 :]))
    hf = HFTokenizer(models.BPE(vocab=vocab, merges=pairs, ignore_merges=split.ignore_merges))
    hf.pre_tokenizer = _pre_tokenizer(split)
    hf.decoder = decoders.ByteLevel()
    hf.add_special_tokens(
        [AddedToken(t, special=True, normalized=False) for t, k in zip(tokens, types) if k == gguf.TokenType.CONTROL]
    )
    hf.add_tokens(
        [
            AddedToken(t, special=False, normalized=False)
            for t, k in zip(tokens, types)
            if k == gguf.TokenType.USER_DEFINED
        ]
    )

    def token(key: str) -> str | None:
        index = meta.get(f"tokenizer.ggml.{key}")
        if index is None or not 0 <= index < len(tokens):
            return None
        return tokens[index]

    bos, eos = token("bos_token_id"), token("eos_token_id")
    add_bos = bool(meta.get("tokenizer.ggml.add_bos_token", split is _LLAMA3)) and bos is not None
    if add_bos:  # transformers' fast tokenizer adds bos by the post-processor, as Llama's tokenizer.json does
        hf.post_processor = processors.TemplateProcessing(
            single=f"{bos}:0 $A:0", pair=f"{bos}:0 $A:0 {bos}:1 $B:1", special_tokens=[(bos, vocab[bos])]
        )
    ends = [meta.get(f"tokenizer.ggml.{key}_token_id") for key in ("eos", "eot", "eom")]
    ends += [index for index, (t, k) in enumerate(zip(tokens, types))
             if k == gguf.TokenType.CONTROL and t in END_OF_GENERATION_TEXTS]  # fmt: skip
    stop_ids = tuple(dict.fromkeys(i for i in ends if i is not None and 0 <= i < len(tokens)))
    template = meta.get("tokenizer.chat_template")
    config = TokenizerConfig(
        chat_template=template if isinstance(template, str) else None,
        bos_token=bos,
        eos_token=eos,
        pad_token=token("padding_token_id"),
        add_bos_token=add_bos,
        stop_ids=stop_ids,
    )
    return hf, config


def _pre_tokenizer(split: TextSplit) -> pre_tokenizers.PreTokenizer:
    steps = [pre_tokenizers.Split(Regex(pattern), behavior="isolated") for pattern in split.patterns]
    return pre_tokenizers.Sequence([*steps, pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
