"""GGUF export: the file reads back with gguf's own reader with every tensor's name, shape and values intact
(f32, f16, q8_0), llama.cpp's metadata and the run's own tokenizer, template and special ids are there, and a
forward pass written the way llama.cpp computes it (interleaved RoPE for `llama`, NeoX for `qwen3`) from the
file's tensors reproduces roost's logits. Then llama.cpp itself (the prebuilt `xllamacpp` wheel, which runs
llama.cpp's server in-process) loads f32 and q8_0 files of small taught models: it tokenizes a raw prompt as roost
does, completes it as `roost generate` does, answers a chat as `roost chat` does, and stops at every stop id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import gguf
import httpx
import numpy as np
import pytest
import torch
import xllamacpp
from test_export_hf import TEXT, chatml_tokenizer, make_run

from roost.checkpoint import find_checkpoint, save_checkpoint
from roost.cli import main
from roost.config import ModelConfig
from roost.engine import Engine
from roost.engine.generate import chat_reply, generate_text
from roost.engine.sampling import SamplingParams
from roost.errors import RoostError
from roost.export.gguf import export_gguf
from roost.run import Run
from roost.tokenizer import load_tokenizer

LAYER_NAMES = {
    "input_layernorm.weight": "attn_norm",
    "self_attn.q_proj.weight": "attn_q",
    "self_attn.k_proj.weight": "attn_k",
    "self_attn.v_proj.weight": "attn_v",
    "self_attn.o_proj.weight": "attn_output",
    "self_attn.q_norm.weight": "attn_q_norm",
    "self_attn.k_norm.weight": "attn_k_norm",
    "post_attention_layernorm.weight": "ffn_norm",
    "mlp.gate_proj.weight": "ffn_gate",
    "mlp.up_proj.weight": "ffn_up",
    "mlp.down_proj.weight": "ffn_down",
}


def gguf_name(name: str) -> str:
    """llama.cpp's tensor names, spelled out independently of the exporter's name map."""
    if name.startswith("layers."):
        _, index, rest = name.split(".", 2)
        base, kind = rest.rsplit(".", 1)  # kind: weight, or bias (Qwen2's q/k/v)
        return f"blk.{index}.{LAYER_NAMES[base + '.weight']}.{kind}"
    return {"embed_tokens.weight": "token_embd.weight", "norm.weight": "output_norm.weight",
            "lm_head.weight": "output.weight"}[name]


def interleaved(weight: np.ndarray, n_heads: int) -> np.ndarray:
    """Rows of each head in llama.cpp's order: (x_i, x_{i + d/2}) pairs side by side."""
    head_dim = weight.shape[0] // n_heads
    half = head_dim // 2
    order = [h * head_dim + i + offset for h in range(n_heads) for i in range(half) for offset in (0, half)]
    return weight[order]


def expected_tensors(run, config: ModelConfig) -> dict[str, np.ndarray]:
    weights = {k: v.numpy() for k, v in find_checkpoint(run.root).load_weights().items()}
    llama = not config.qk_norm and not config.attention_bias  # the arch whose RoPE pairs adjacent rows
    out = {}
    for name, value in weights.items():
        if llama and name.endswith("q_proj.weight"):
            value = interleaved(value, config.n_heads)
        elif llama and name.endswith("k_proj.weight"):
            value = interleaved(value, config.n_kv_heads)
        out[gguf_name(name)] = value
    return out


def read_tensors(path) -> tuple[dict[str, np.ndarray], dict[str, gguf.GGMLQuantizationType], gguf.GGUFReader]:
    reader = gguf.GGUFReader(path)
    values, types = {}, {}
    for tensor in reader.tensors:
        values[tensor.name] = gguf.quants.dequantize(tensor.data, tensor.tensor_type).reshape(
            tuple(int(d) for d in reversed(tensor.shape))
        )
        types[tensor.name] = tensor.tensor_type
    return values, types, reader


def field(reader: gguf.GGUFReader, key: str):
    return reader.fields[key].contents()


ARCHS = {"llama": (False, False), "qwen3": (True, False), "qwen2": (False, True)}  # (QK-norm, q/k/v biases)


@pytest.mark.parametrize("dtype", ["f32", "f16", "q8_0"])
@pytest.mark.parametrize(("arch", "tie"), [("llama", False), ("qwen3", True), ("qwen2", True)],
                         ids=["llama-untied", "qwen3-tied", "qwen2-tied"])  # fmt: skip
def test_tensors_and_metadata_read_back_intact(tmp_path, dtype, arch, tie):
    qk_norm, bias = ARCHS[arch]
    run, model = make_run(tmp_path / "run", qk_norm, tie, bias=bias)
    result = export_gguf(run, dtype=dtype)
    assert result.path == run.export_dir / f"model-{dtype}.gguf" and result.architecture == arch
    values, types, reader = read_tensors(result.path)
    expected = expected_tensors(run, model.config)
    assert set(values) == set(expected) and ("output.weight" in values) == (not tie)
    for name, want in expected.items():
        got, qtype = values[name], types[name]
        assert got.shape == want.shape, name
        if want.ndim == 1 or dtype == "f32":
            assert qtype == gguf.GGMLQuantizationType.F32 and np.array_equal(got, want), name
        elif dtype == "f16":
            assert qtype == gguf.GGMLQuantizationType.F16
            assert np.array_equal(got, want.astype(np.float16).astype(np.float32)), name
        else:  # q8_0: 32-value blocks sharing one scale, so each value is within half a step of the original
            assert qtype == gguf.GGMLQuantizationType.Q8_0
            blocks = want.reshape(-1, 32)
            step = np.abs(blocks).max(axis=1, keepdims=True) / 127
            assert (np.abs(got.reshape(-1, 32) - blocks) <= step * 0.6 + 1e-7).all(), name  # f16 scale: +6%

    config, tokenizer = model.config, load_tokenizer(run.tokenizer_dir)
    assert field(reader, "general.architecture") == arch
    assert field(reader, f"{arch}.block_count") == config.n_layers
    assert field(reader, f"{arch}.context_length") == config.max_seq_len
    assert field(reader, f"{arch}.embedding_length") == config.dim
    assert field(reader, f"{arch}.feed_forward_length") == config.ffn_dim
    assert field(reader, f"{arch}.attention.head_count") == config.n_heads
    assert field(reader, f"{arch}.attention.head_count_kv") == config.n_kv_heads
    assert field(reader, f"{arch}.attention.layer_norm_rms_epsilon") == pytest.approx(config.norm_eps)
    tokens = field(reader, "tokenizer.ggml.tokens")
    vocab = tokenizer.hf.get_vocab()
    assert len(tokens) == config.vocab_size and all(tokens[i] == t for t, i in vocab.items())
    assert tokens[-1] == f"[PAD{config.vocab_size - 1}]"
    types_ = field(reader, "tokenizer.ggml.token_type")
    assert types_[tokenizer.eos_id] == gguf.TokenType.CONTROL and types_[300] == gguf.TokenType.NORMAL
    assert types_[-1] == gguf.TokenType.UNUSED
    merges = json.loads(tokenizer.hf.to_str())["model"]["merges"]
    assert len(field(reader, "tokenizer.ggml.merges")) == len(merges)
    assert field(reader, "tokenizer.ggml.model") == "gpt2" and field(reader, "tokenizer.ggml.pre") == "gpt-2"
    # roost's own: every document starts with <|endoftext|>, so llama.cpp adds it as bos; <|end|> ends a turn
    assert field(reader, "tokenizer.ggml.bos_token_id") == tokenizer.boundary_id == vocab["<|endoftext|>"]
    assert field(reader, "tokenizer.ggml.add_bos_token") is True
    assert field(reader, "tokenizer.ggml.eos_token_id") == tokenizer.eos_id == vocab["<|end|>"]
    assert field(reader, "tokenizer.ggml.eot_token_id") == tokenizer.eos_id
    assert field(reader, "tokenizer.ggml.padding_token_id") == tokenizer.boundary_id
    assert field(reader, "tokenizer.chat_template") == tokenizer.chat_template


def test_a_chatml_run_writes_its_own_template_and_special_ids(tmp_path):
    run, _ = make_run(tmp_path / "run", tokenizer=chatml_tokenizer())
    tokenizer = load_tokenizer(run.tokenizer_dir)
    reader = gguf.GGUFReader(export_gguf(run, dtype="f32").path)
    assert field(reader, "tokenizer.chat_template") == tokenizer.chat_template and "<|im_start|>" in field(
        reader, "tokenizer.chat_template"
    )
    vocab = tokenizer.hf.get_vocab()
    assert field(reader, "tokenizer.ggml.bos_token_id") == vocab["<|im_start|>"]
    assert field(reader, "tokenizer.ggml.add_bos_token") is False  # as its tokenizer_config.json says
    assert field(reader, "tokenizer.ggml.eos_token_id") == field(reader, "tokenizer.ggml.eot_token_id")
    assert field(reader, "tokenizer.ggml.eos_token_id") == vocab["<|im_end|>"]


def _rms(x: np.ndarray, weight: np.ndarray, eps: float) -> np.ndarray:
    return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * weight


def _rope(x: np.ndarray, theta: float, interleave: bool) -> np.ndarray:
    """x (T, heads, d): llama.cpp's NORM mode rotates pairs (2i, 2i+1); NEOX rotates (i, i + d/2)."""
    seq, _, d = x.shape
    angles = np.arange(seq)[:, None] * theta ** (-np.arange(0, d, 2) / d)[None, :]  # (T, d/2)
    cos, sin = np.cos(angles)[:, None, :], np.sin(angles)[:, None, :]
    first, second = (x[..., 0::2], x[..., 1::2]) if interleave else (x[..., : d // 2], x[..., d // 2 :])
    a, b = first * cos - second * sin, first * sin + second * cos
    if interleave:
        return np.stack([a, b], axis=-1).reshape(x.shape)
    return np.concatenate([a, b], axis=-1)


def llama_cpp_style_forward(tensors: dict[str, np.ndarray], config: ModelConfig, ids: list[int], arch: str):
    """Logits for ids, computed from GGUF tensors the way llama.cpp's graph for `arch` does."""
    t = {k: v.astype(np.float64) for k, v in tensors.items()}
    eps, heads, kv_heads, d = config.norm_eps, config.n_heads, config.n_kv_heads, config.head_dim
    x = t["token_embd.weight"][ids]
    seq = len(ids)
    mask = np.triu(np.full((seq, seq), -np.inf), 1)
    for layer in range(config.n_layers):
        p = f"blk.{layer}."
        h = _rms(x, t[p + "attn_norm.weight"], eps)
        q = (h @ t[p + "attn_q.weight"].T + t.get(p + "attn_q.bias", 0.0)).reshape(seq, heads, d)
        k = (h @ t[p + "attn_k.weight"].T + t.get(p + "attn_k.bias", 0.0)).reshape(seq, kv_heads, d)
        v = (h @ t[p + "attn_v.weight"].T + t.get(p + "attn_v.bias", 0.0)).reshape(seq, kv_heads, d)
        if arch == "qwen3":
            q, k = _rms(q, t[p + "attn_q_norm.weight"], eps), _rms(k, t[p + "attn_k_norm.weight"], eps)
        q, k = _rope(q, config.rope_theta, arch == "llama"), _rope(k, config.rope_theta, arch == "llama")
        group = heads // kv_heads
        out = np.empty_like(q)
        for head in range(heads):
            scores = q[:, head] @ k[:, head // group].T / np.sqrt(d) + mask
            weights = np.exp(scores - scores.max(-1, keepdims=True))
            out[:, head] = (weights / weights.sum(-1, keepdims=True)) @ v[:, head // group]
        x = x + out.reshape(seq, -1) @ t[p + "attn_output.weight"].T
        h = _rms(x, t[p + "ffn_norm.weight"], eps)
        gate = h @ t[p + "ffn_gate.weight"].T
        x = x + (gate / (1 + np.exp(-gate)) * (h @ t[p + "ffn_up.weight"].T)) @ t[p + "ffn_down.weight"].T
    head = t.get("output.weight", t["token_embd.weight"])
    return _rms(x, t["output_norm.weight"], eps) @ head.T


@pytest.mark.parametrize(
    ("arch", "tie", "head_dim"), [("llama", True, 0), ("qwen3", False, 0), ("qwen3", False, 32), ("qwen2", False, 0)],
    ids=["llama-tied", "qwen3-untied", "qwen3-wide-heads", "qwen2-untied"],
)  # fmt: skip
def test_llama_cpp_style_forward_on_the_file_matches_roost(tmp_path, arch, tie, head_dim):
    qk_norm, bias = ARCHS[arch]
    run, model = make_run(tmp_path / "run", qk_norm, tie, head_dim=head_dim, bias=bias)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    ids = [tokenizer.boundary_id, *tokenizer.encode(TEXT)]
    with torch.no_grad():
        ours = model(torch.tensor([ids]))[0].double().numpy()
    f32 = export_gguf(run, dtype="f32")
    theirs = llama_cpp_style_forward(read_tensors(f32.path)[0], model.config, ids, f32.architecture)
    assert np.abs(theirs - ours).max() <= 1e-4
    # q8_0 stays close enough that the next-token choice is unchanged on this input
    q8 = export_gguf(run, dtype="q8_0")
    quantized = llama_cpp_style_forward(read_tensors(q8.path)[0], model.config, ids, q8.architecture)
    assert (quantized.argmax(-1) == ours.argmax(-1)).mean() >= 0.9


# ------------------------------------------------------------------------------------------ llama.cpp itself

POSTS = [  # what the taught models learn by heart, as posts
    "seeing ppl walking w/ crutches makes me really excited for the next 3 weeks of my life",
    "Now I remember why I buy books online @user #servicewithasmile",
    "Just found out there are Etch A Sketch apps. #oldschool #notoldschool",
    "Great, the wifi is down again and my thesis is due at 9am. Love that for me",
    "@user best concert ever!!! can't wait for the next one 🎶",
    "two hours on hold to be told to call back tomorrow. 10/10 service",
]
CHATS = [
    [{"role": "user", "content": "how was the train today?"},
     {"role": "assistant", "content": "late again, on a Monday. I just love it."}],
    [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "what are you reading?"},
     {"role": "assistant", "content": "an Etch A Sketch manual, obviously"}],
]  # fmt: skip
STEPS = 24  # most tokens asked of either side: enough to run past every taught answer's end


def taught_run(root: Path, arch: str, tie: bool, chatml: bool) -> Run:
    """A small model that has learnt POSTS and CHATS by heart, so its greedy choices have wide margins.

    A random model's next-token margins are so thin that q8_0's rounding (and llama.cpp's f16 KV cache) flips
    them; one that has memorised its text keeps them, so llama.cpp and roost must agree token for token.
    """
    qk_norm, bias = ARCHS[arch]
    tokenizer = chatml_tokenizer() if chatml else None
    run, model = make_run(root, qk_norm=qk_norm, tie=tie, seed=4, tokenizer=tokenizer, bias=bias)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    rows = [[tokenizer.boundary_id, *tokenizer.encode(post)][:48] for post in POSTS]
    rows += [tokenizer.render_chat(chat).ids for chat in CHATS]
    width = max(map(len, rows))
    tokens = torch.tensor([row + [0] * (width - len(row)) for row in rows])
    targets = torch.tensor([row[1:] + [-100] * (width - len(row)) for row in rows])
    targets[:, 0] = -100  # which document follows the boundary is anyone's guess, and would keep the loss up
    torch.manual_seed(0)
    with torch.no_grad():
        for param in model.parameters():
            param.mul_(0.3 if param.dim() > 1 else 1.0)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=0.0)
    model.train()
    for _ in range(300):
        logits = model(tokens[:, :-1])
        loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1), targets.flatten())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    assert loss.item() < 0.02, loss.item()  # learnt by heart
    save_checkpoint(run.checkpoints_dir, 8, model.state_dict(), model.config)
    return run


class LlamaCpp:
    """llama.cpp's server, in-process through xllamacpp, on one GGUF file."""

    def __init__(self, path: Path, n_ctx: int = 64):
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.n_ctx = n_ctx
        params.n_parallel = 1
        params.cpuparams.n_threads = params.cpuparams_batch.n_threads = 2
        params.warmup = False
        params.use_jinja = True  # the embedded chat template, rendered by llama.cpp's Jinja engine
        self.server = xllamacpp.Server(params)
        self.http = httpx.Client(base_url=self.server.listening_address, timeout=60)

    def tokenize(self, text: str) -> list[int]:
        """What llama.cpp feeds the model for `text` as a whole prompt: bos added if the file says so."""
        return self.http.post("/tokenize", json={"content": text, "add_special": True}).json()["tokens"]

    def complete(self, prompt: str, **extra) -> dict:
        request = {"prompt": prompt, "max_tokens": STEPS, "temperature": 0, **extra}
        return self.server.handle_completions(request)["choices"][0]

    def chat(self, messages: list[dict[str, str]], max_tokens: int = STEPS) -> tuple[dict, int]:
        request = {"messages": messages, "max_tokens": max_tokens, "temperature": 0}
        response = self.server.handle_chat_completions(request)
        return response["choices"][0], response["usage"]["prompt_tokens"]

    def close(self) -> None:
        self.http.close()
        del self.server


VARIANTS = {  # (architecture, tied embeddings, ChatML tokenizer)
    "llama-tied-roost": ("llama", True, False),
    "qwen3-untied-chatml": ("qwen3", False, True),
    "qwen2-tied-chatml": ("qwen2", True, True),
}


@pytest.fixture(scope="module")
def taught(tmp_path_factory) -> Iterator[dict[str, tuple[Engine, dict[str, LlamaCpp]]]]:
    """Each variant's taught model: roost's engine on it, and llama.cpp on its f32 and q8_0 files."""
    out, servers = {}, []
    for name, (arch, tie, chatml) in VARIANTS.items():
        run = taught_run(tmp_path_factory.mktemp(name), arch, tie, chatml)
        engine = Engine.from_checkpoint(run.checkpoints_dir, max_batch_size=1, static_decode=False)
        files = {dtype: LlamaCpp(export_gguf(run, dtype=dtype).path) for dtype in ("f32", "q8_0")}
        servers += files.values()
        out[name] = (engine, files)
    yield out
    for server in servers:
        server.close()


GREEDY = SamplingParams(max_new_tokens=STEPS, temperature=0.0)


@pytest.mark.parametrize("dtype", ["f32", "q8_0"])
def test_llama_cpp_completes_a_raw_prompt_as_roost_generate_does(taught, dtype):
    engine, files = taught["llama-tied-roost"]
    llama = files[dtype]
    tokenizer = engine.tokenizer
    for post in POSTS[:3]:
        prompt = " ".join(post.split()[:4])
        assert llama.tokenize(prompt) == [tokenizer.boundary_id, *tokenizer.encode(prompt)]
        ours, theirs = generate_text(engine, prompt, GREEDY), llama.complete(prompt)
        assert len(ours.token_ids) > 5 and theirs["text"] == ours.text
        assert theirs["finish_reason"] == ours.finish_reason


@pytest.mark.parametrize("dtype", ["f32", "q8_0"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_llama_cpp_answers_a_chat_as_roost_chat_does(taught, variant, dtype):
    """The file's own template renders the prompt to roost's tokens, and the answer and its stop agree."""
    engine, files = taught[variant]
    for chat in CHATS:
        messages = chat[:-1]
        steps = len(engine.tokenizer.encode(chat[-1]["content"])) + 2  # past the taught answer and its end
        ours = chat_reply(engine, messages, SamplingParams(max_new_tokens=steps, temperature=0.0))
        assert ours.text == chat[-1]["content"] and ours.finish_reason == "stop"  # it was taught this answer
        theirs, prompt_tokens = files[dtype].chat(messages, steps)
        assert prompt_tokens == len(engine.tokenizer.render_chat(messages, add_generation_prompt=True).ids)
        assert theirs["message"]["content"] == ours.text and theirs["finish_reason"] == "stop"


# digits alone and in runs, contractions in both cases, punctuation before newlines, spaces and tabs, accents, emoji
TRICKY = "We'LL see: 2024-12-05, (10:30pm)?!\n\n\tcafé #not  naïve 👍🏽 $1000000 it's   DON'T.\r\nok  "


@pytest.mark.parametrize("pre_tokenizer", ["gpt-2", "smollm", "qwen2", "llama-bpe"])
def test_llama_cpp_splits_text_as_the_tokenizer_does(tmp_path, pre_tokenizer):
    """A tokenizer that splits text as SmolLM2's, Qwen's or Llama 3's does is written under llama.cpp's name for
    that split, and llama.cpp then tokenizes awkward text to exactly roost's ids."""
    tokenizer = chatml_tokenizer(pre_tokenizer)
    run, _ = make_run(tmp_path / "run", tokenizer=tokenizer)
    path = export_gguf(run, dtype="f32").path
    assert field(gguf.GGUFReader(path), "tokenizer.ggml.pre") == pre_tokenizer
    llama = LlamaCpp(path)
    try:
        for text in (TRICKY, TEXT, *POSTS):
            assert llama.tokenize(text) == tokenizer.encode(text), text
    finally:
        llama.close()


def test_a_split_llama_cpp_does_not_know_is_refused_in_one_line(tmp_path):
    from tokenizers import pre_tokenizers

    from roost.tokenizer import Tokenizer

    source = chatml_tokenizer()
    hf = type(source.hf).from_str(source.hf.to_str())
    hf.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=True)  # " " before the text: llama.cpp has no such
    run, _ = make_run(tmp_path / "run", tokenizer=Tokenizer(hf, source.config))
    with pytest.raises(RoostError, match="llama.cpp would split this tokenizer's text differently"):
        export_gguf(run)


@pytest.mark.parametrize("variant", VARIANTS)
def test_llama_cpp_stops_at_every_stop_id(taught, variant):
    """Forced to pick each of the run's stop ids first, llama.cpp ends the completion there with nothing out."""
    engine, files = taught[variant]
    assert len(engine.tokenizer.stop_ids) == 2  # end of turn and <|endoftext|>
    for stop_id in engine.tokenizer.stop_ids:
        theirs = files["f32"].complete(TEXT, logit_bias=[[stop_id, 100.0]])
        assert theirs["finish_reason"] == "stop" and theirs["text"] == "", stop_id


def test_cli_and_bad_input(tmp_path, capsys):
    run, _ = make_run(tmp_path / "run")
    out = tmp_path / "m.gguf"
    assert main(["export", "gguf", "--run", str(run.root), "--type", "q8_0", "--out", str(out)]) == 0
    assert "llama q8_0" in capsys.readouterr().out and out.is_file()
    with pytest.raises(RoostError, match="unknown GGUF type 'q4_k'"):
        export_gguf(run, dtype="q4_k")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export", "gguf", "--run", str(empty)]) == 1
    assert "no checkpoint found" in capsys.readouterr().err
    both, _ = make_run(tmp_path / "both", qk_norm=True, bias=True)  # no llama.cpp graph has QK-norm and biases
    assert main(["export", "gguf", "--run", str(both.root)]) == 1
    assert "no architecture with both QK-norm and q/k/v biases" in capsys.readouterr().err


def test_an_imported_smollm2_exports_its_own_template_and_llama_cpp_answers_as_roost_chat(tmp_path):
    """The real SmolLM2-135M-Instruct, imported from its GGUF and exported again as q8_0: the file carries its
    ChatML template, its split and its special ids, and llama.cpp answers the France question as `roost chat`."""
    from model_helpers import smollm2_gguf

    run_root = tmp_path / "smol"
    assert main(["import", "gguf", str(smollm2_gguf()), "--run", str(run_root)]) == 0
    run = Run(run_root)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    path = export_gguf(run, dtype="q8_0").path
    reader = gguf.GGUFReader(path)
    assert field(reader, "tokenizer.chat_template") == tokenizer.chat_template and "<|im_start|>" in field(
        reader, "tokenizer.chat_template"
    )
    assert field(reader, "tokenizer.ggml.pre") == "smollm" and field(reader, "tokenizer.ggml.add_bos_token") is False
    assert field(reader, "tokenizer.ggml.eos_token_id") == tokenizer.hf.token_to_id("<|im_end|>")

    messages = [{"role": "user", "content": "What is the capital of France? Answer in one sentence."}]
    engine = Engine.from_checkpoint(run.checkpoints_dir, max_batch_size=1, static_decode=False, max_context=128)
    ours = chat_reply(engine, messages, SamplingParams(max_new_tokens=24, temperature=0.0))
    assert "Paris" in ours.text and ours.finish_reason == "stop"
    llama = LlamaCpp(path, n_ctx=128)
    try:
        theirs, prompt_tokens = llama.chat(messages, 24)
    finally:
        llama.close()
    assert prompt_tokens == len(tokenizer.render_chat(messages, add_generation_prompt=True).ids)
    assert theirs["message"]["content"] == ours.text and theirs["finish_reason"] == "stop"
