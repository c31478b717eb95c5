"""`roost import gguf`: a real released model (SmolLM2-135M-Instruct, Q4_1) imports faithfully, and small GGUFs made
here cover every tensor type and architecture.

SmolLM2 is checked against transformers loading the same file: logits within 1e-3 on 10 prompts, 64-token greedy
chat answers identical, and a tokenizer (rebuilt from the metadata) that encodes real tweets, emoji, numbers,
code and runs of spaces exactly as transformers' does, with the model's own chat template and stop ids. The small
files check each tensor type against transformers' own dequantization, Qwen2's biases and Qwen3's norms against
the model they were written from, each text split llama.cpp names, and the one-line refusals.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from pathlib import Path

import numpy as np
import pytest
import torch
from corpora import post_lines
from model_helpers import CHATML_SPECIALS, smollm2_gguf, write_gguf

from roost.checkpoint import load_model
from roost.cli import main
from roost.engine import Engine, SamplingParams
from roost.run import open_run
from roost.tokenizer import load_tokenizer

os.environ["HF_HUB_OFFLINE"] = "1"  # every load below is from a local file

QUESTIONS = [
    "What is the capital of France? Answer in one sentence.",
    "Write a haiku about the sea.",
    "How many legs does a spider have?",
    "Give me three tips for sleeping better.",
    "What is 12 times 7?",
    "Translate 'good morning' into Spanish.",
    "Who wrote Romeo and Juliet?",
    "Explain what a tweet is in one sentence.",
    "Name a primary color.",
    "Summarize: the train was late again this morning, so I missed my meeting.",
]
TRICKY = [
    "12345 apples, 3.14159 and $1,000,000 at 10:30pm on 2024-01-05",
    "hello  world\n\n\nthree newlines   \t tab and trailing spaces   ",
    "I'm 😀🎉!! DON'T you'll we've 👩‍👩‍👧 🇫🇷 ¯\\_(ツ)_/¯",
    "def f(x):\n    return x * 2  # doubled\n\n\nclass A:\n\tpass\n",
    "  leading spaces and Ünïcödé, 日本語のテキスト, Привет, مرحبا",
    "@user @user #not #blessed http://t.co/abc RT: lol.....???!!!",
    "\r\n\r\nwindows lines\r\n",
]


def real_texts() -> list[str]:
    tweets = post_lines("tweeteval", "emoji", "train_text.txt", limit=1500)
    return tweets + post_lines("tweeteval", "hate", "train_text.txt", limit=500) + TRICKY


# ---------------------------------------------------------------------------------------------------- SmolLM2


@pytest.fixture(scope="module")
def smol(tmp_path_factory):
    """SmolLM2-135M-Instruct imported once through the CLI, and transformers' model and tokenizer for the file."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = smollm2_gguf()
    root = tmp_path_factory.mktemp("smol") / "run"
    assert main(["import", "gguf", str(path), "--run", str(root)]) == 0
    model, checkpoint = load_model(root)
    hf_model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32).eval()
    hf_tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    return {
        "path": path,
        "run": open_run(root),
        "model": model.eval(),
        "checkpoint": checkpoint,
        "tokenizer": load_tokenizer(root / "tokenizer"),
        "hf_model": hf_model,
        "hf_tokenizer": hf_tokenizer,
    }


def chat_ids(tokenizer, question: str) -> list[int]:
    return tokenizer.render_chat([{"role": "user", "content": question}], add_generation_prompt=True).ids


def test_smollm2_imports_as_the_file_describes_it(smol, capsys):
    model, checkpoint, run = smol["model"], smol["checkpoint"], smol["run"]
    assert checkpoint.step == 0 and checkpoint.meta["architecture"] == "LlamaForCausalLM"
    config = model.config
    assert (config.n_layers, config.dim, config.n_heads, config.n_kv_heads, config.ffn_dim) == (30, 576, 9, 3, 1536)
    assert config.vocab_size == 49152 and config.tie_embeddings and config.rope_theta == 100000.0
    assert not config.attention_bias and not config.qk_norm
    assert run.load_config().model == config
    generation = json.loads((run.tokenizer_dir / "generation_config.json").read_text())
    assert 2 in generation["eos_token_id"]  # <|im_end|>, the model's end of turn


def test_smollm2_logits_match_transformers(smol):
    tokenizer, model, hf_model = smol["tokenizer"], smol["model"], smol["hf_model"]
    worst = 0.0
    with torch.no_grad():
        for question in QUESTIONS:
            ids = torch.tensor([chat_ids(tokenizer, question)])
            worst = max(worst, (model(ids) - hf_model(ids).logits).abs().max().item())
    assert worst <= 1e-3, worst


def test_smollm2_greedy_chat_answers_match_transformers(smol):
    """64-token greedy answers through roost's engine and transformers' generate, compared up to the first stop."""
    tokenizer, hf_model = smol["tokenizer"], smol["hf_model"]
    prompts = [chat_ids(tokenizer, question) for question in QUESTIONS]
    engine = Engine(smol["model"], tokenizer, max_batch_size=len(prompts), max_context=256)

    async def answer(ids: list[int]) -> list[int]:
        params = SamplingParams(temperature=0, max_new_tokens=64)
        return [event.token_id async for event in engine.generate(ids, params)]

    async def answers() -> list[list[int]]:
        try:
            return await asyncio.gather(*(answer(ids) for ids in prompts))
        finally:
            await engine.stop()

    ours = asyncio.run(answers())
    stops = tokenizer.stop_ids

    def until_stop(ids: list[int]) -> list[int]:
        return next((ids[:i] for i, token in enumerate(ids) if token in stops), ids)

    width = max(map(len, prompts))  # transformers generates for all prompts at once, padded on the left
    batch = torch.tensor([[0] * (width - len(ids)) + ids for ids in prompts])
    mask = torch.tensor([[0] * (width - len(ids)) + [1] * len(ids) for ids in prompts])
    with torch.no_grad():
        theirs = hf_model.generate(batch, attention_mask=mask, max_new_tokens=64, do_sample=False)[:, width:]
    same = sum(until_stop(mine) == until_stop(row) for mine, row in zip(ours, theirs.tolist()))
    assert same >= 9, f"{same} of 10 answers identical"
    france = tokenizer.decode(until_stop(ours[0]))
    assert "Paris" in france, france


def test_smollm2_tokenizer_encodes_as_transformers(smol):
    tokenizer, hf_tokenizer = smol["tokenizer"], smol["hf_tokenizer"]
    assert tokenizer.vocab_size == 49152  # nothing added
    texts = real_texts()
    ours = tokenizer.encode_batch(texts)
    theirs = hf_tokenizer(texts, add_special_tokens=False)["input_ids"]
    differ = [text for text, a, b in zip(texts, ours, theirs) if a != b]
    assert not differ, f"{len(differ)} of {len(texts)} texts encode differently, e.g. {differ[:3]}"
    assert all(tokenizer.decode(ids) == text for ids, text in zip(ours[-len(TRICKY) :], TRICKY))


def test_smollm2_keeps_its_chat_template_and_special_tokens(smol):
    tokenizer, hf_tokenizer = smol["tokenizer"], smol["hf_tokenizer"]
    assert tokenizer.chat_template == hf_tokenizer.chat_template and "<|im_start|>" in tokenizer.chat_template
    saved = json.loads((smol["run"].tokenizer_dir / "tokenizer_config.json").read_text())
    assert saved["chat_template"] == hf_tokenizer.chat_template
    assert (saved["bos_token"], saved["eos_token"], saved["add_bos_token"]) == ("<|im_start|>", "<|im_end|>", False)
    assert {0, 2} <= tokenizer.stop_ids  # <|endoftext|> and <|im_end|>, as llama.cpp stops at both
    conversations = [
        [{"role": "user", "content": "hi there"}],
        [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "2+2?"},
         {"role": "assistant", "content": "4"}, {"role": "user", "content": "and 3+3? 😀"}],
    ]  # fmt: skip
    for messages in conversations:
        ours = tokenizer.render_chat(messages, add_generation_prompt=True).ids
        theirs = hf_tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        theirs = theirs["input_ids"] if isinstance(theirs, dict) or hasattr(theirs, "keys") else theirs
        assert ours == list(theirs)


# ---------------------------------------------------------------------------------------------------- small files

TYPES = ["F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_1", "Q4_K", "Q5_K", "Q6_K"]
_TOKENIZERS: dict[str, object] = {}


def small_tokenizer():
    """A byte-level BPE (about 380 tokens) learnt across every boundary, with ChatML specials and a user token."""
    if "bpe" not in _TOKENIZERS:
        from tokenizers import AddedToken, decoders, models, pre_tokenizers, trainers
        from tokenizers import Tokenizer as HFTokenizer

        hf = HFTokenizer(models.BPE())
        hf.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
        hf.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(vocab_size=380, special_tokens=list(CHATML_SPECIALS), show_progress=False,
                                      initial_alphabet=pre_tokenizers.ByteLevel.alphabet())  # fmt: skip
        lines = post_lines("tweeteval", "irony", "train_text.txt", limit=1500) + TRICKY * 50
        hf.train_from_iterator(lines, trainer=trainer)
        hf.add_tokens([AddedToken("<think>", special=False, normalized=False)])
        _TOKENIZERS["bpe"] = hf
    return _TOKENIZERS["bpe"]


def small_model(arch: str, tie: bool = False, seed: int = 0):
    """A random transformers model whose rows split into K-quant blocks (256 wide), with norms away from 1."""
    from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM, Qwen3Config, Qwen3ForCausalLM

    classes = {"llama": (LlamaConfig, LlamaForCausalLM), "qwen2": (Qwen2Config, Qwen2ForCausalLM),
               "qwen3": (Qwen3Config, Qwen3ForCausalLM)}  # fmt: skip
    config_class, model_class = classes[arch]
    config = config_class(
        vocab_size=small_tokenizer().get_vocab_size(), hidden_size=256, intermediate_size=512, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, head_dim=64, max_position_embeddings=128, rope_theta=10000.0,
        rms_norm_eps=1e-6, tie_word_embeddings=tie,
    )  # fmt: skip
    torch.manual_seed(seed)
    model = model_class(config).eval()
    with torch.no_grad():
        for name, param in model.named_parameters():
            if param.dim() == 1:  # norms and biases far from their init, so a misplaced one shows
                param.copy_((0.0 if name.endswith("bias") else 1.0) + 0.3 * torch.randn(param.shape))
            else:
                param.copy_(0.08 * torch.randn(param.shape))
    return model


def import_file(path: Path, root: Path):
    assert main(["import", "gguf", str(path), "--run", str(root)]) == 0
    return load_model(root)[0].eval(), load_tokenizer(root / "tokenizer")


SAMPLE = "@user I just love it when the train is late on a Monday #not 12345 😀"


@pytest.mark.parametrize("qtype", TYPES)
def test_each_tensor_type_reads_as_transformers_reads_it(tmp_path, qtype):
    """Every matrix in `qtype` (a llama file, so q/k rows are interleaved): roost's logits equal those of
    transformers, which dequantizes with its own code; in F32 they equal the model the file was written from."""
    from transformers import AutoModelForCausalLM

    source = small_model("llama", tie=qtype in ("Q4_0", "Q6_K"))
    path = write_gguf(tmp_path / f"small-{qtype}.gguf", source, "llama", small_tokenizer(), "smollm", qtype)
    model, tokenizer = import_file(path, tmp_path / "run")
    hf_model = AutoModelForCausalLM.from_pretrained(tmp_path, gguf_file=path.name, dtype=torch.float32).eval()
    ids = torch.tensor([[tokenizer.boundary_id, *tokenizer.encode(SAMPLE)]])
    with torch.no_grad():
        ours, theirs = model(ids), hf_model(ids).logits
        assert (ours - theirs).abs().max().item() <= 1e-4 * max(1.0, theirs.abs().max().item())
        if qtype == "F32":
            assert (ours - source(ids).logits).abs().max().item() <= 1e-4


@pytest.mark.parametrize("arch", ["qwen2", "qwen3"])
def test_qwen_files_import_as_the_model_they_were_written_from(tmp_path, arch):
    """Qwen2's q/k/v biases and Qwen3's q/k norms arrive; the engine's decode path carries the biases too."""
    source = small_model(arch, tie=arch == "qwen2")
    path = write_gguf(tmp_path / f"{arch}.gguf", source, arch, small_tokenizer(), "qwen2", "Q8_0")
    model, tokenizer = import_file(path, tmp_path / "run")
    assert model.config.attention_bias == (arch == "qwen2") and model.config.qk_norm == (arch == "qwen3")
    f32 = write_gguf(tmp_path / f"{arch}-f32.gguf", source, arch, small_tokenizer(), "qwen2", "F32")
    exact, _ = import_file(f32, tmp_path / "run-f32")
    ids = [tokenizer.boundary_id, *tokenizer.encode(SAMPLE)]
    with torch.no_grad():
        assert (exact(torch.tensor([ids])) - source(torch.tensor([ids])).logits).abs().max().item() <= 1e-4
        expected = list(ids)
        for _ in range(8):  # greedy by recomputing the whole sequence: the plainest reference
            expected.append(int(exact(torch.tensor([expected]))[0, -1].argmax()))

    engine = Engine(exact, tokenizer, max_batch_size=1, max_context=64)

    async def generate() -> list[int]:
        try:
            params = SamplingParams(temperature=0, max_new_tokens=8, ignore_eos=True)
            return [event.token_id async for event in engine.generate(ids, params)]
        finally:
            await engine.stop()

    assert asyncio.run(generate()) == expected[len(ids) :]


@pytest.mark.parametrize("pre", ["gpt-2", "smollm", "qwen2", "llama-bpe"])
def test_each_text_split_encodes_as_transformers(tmp_path, pre):
    from transformers import AutoTokenizer

    path = write_gguf(tmp_path / "small.gguf", small_model("llama"), "llama", small_tokenizer(), pre, "Q8_0")
    _, tokenizer = import_file(path, tmp_path / "run")
    hf_tokenizer = AutoTokenizer.from_pretrained(tmp_path, gguf_file=path.name)
    if pre == "smollm":  # transformers splits these as GPT-2 does; llama.cpp and SmolLM2's tokenizer.json first
        from tokenizers import pre_tokenizers  # split digits one by one, so the reference gets SmolLM2's own split

        hf_tokenizer.backend_tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
            [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)]
        )
    texts = real_texts()[::4] + [f"a <think> b{SAMPLE}"]
    ours = tokenizer.encode_batch(texts)
    theirs = hf_tokenizer(texts, add_special_tokens=False)["input_ids"]
    differ = [text for text, a, b in zip(texts, ours, theirs) if a != b]
    assert not differ, f"{len(differ)} of {len(texts)} texts encode differently, e.g. {differ[:3]}"
    assert tokenizer.hf.token_to_id("<think>") in ours[-1]  # a USER_DEFINED token is matched whole, as llama.cpp does
    assert tokenizer.vocab_size == small_tokenizer().get_vocab_size() and tokenizer.render_chat(
        [{"role": "user", "content": "hi"}], add_generation_prompt=True
    ).ids[:1] == [tokenizer.hf.token_to_id("<|im_start|>")]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"arch_name": "phi2"}, "unsupported architecture 'phi2'"),
        ({"tokenizer_model": "llama"}, "tokenizer.ggml.model='llama'; roost imports byte-level BPE"),
        ({"pre": "martian"}, "tokenizer.ggml.pre='martian' is a text split roost does not know"),
        ({"extra_tensors": {"rope_freqs.weight": np.ones(32, dtype=np.float32)}}, "rope_freqs.weight"),
        ({"extra_tensors": {"blk.0.odd.weight": np.ones(4, dtype=np.float32)}}, "'blk.0.odd.weight' has no place"),
        ({"extra_tensors": {"blk.0.attn_q.bias": np.ones(256, dtype=np.float64)}}, "stored as F64, which roost cannot"),
        ({"junk": True}, "not a readable GGUF file"),
    ],
    ids=["architecture", "sentencepiece", "split", "rope-scaling", "tensor", "tensor-type", "junk"],
)
def test_bad_files_are_refused_in_one_line(tmp_path, capsys, options, message):
    path = tmp_path / "bad.gguf"
    if options.pop("junk", False):
        path.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\xff" * 64)
    else:
        pre = options.pop("pre", "smollm")
        write_gguf(path, small_model("llama"), "llama", small_tokenizer(), pre, "F16", **options)
    code = main(["import", "gguf", str(path), "--run", str(tmp_path / "target")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("roost import: error: ") and err.count("\n") == 1, err
    assert str(path) in err and re.search(re.escape(message), err), err
    assert not (tmp_path / "target" / "checkpoints").exists()
