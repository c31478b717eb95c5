"""Hugging Face export: transformers loads the folder offline and agrees with roost to 1e-4 on logits
and exactly on greedy tokens (Llama and Qwen3, tied and untied); its tokenizer starts text with the token roost's
models are trained after, so a raw prompt continues as `roost generate` continues it; a ChatML run exports its own
template and stop ids (import: tests/test_import_hf.py). `make_run` builds the small trained-tokenizer,
random-weight run the other export and import tests use (roost's tokenizer, or a ChatML one)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import torch
from corpora import post_lines

from roost.checkpoint import save_checkpoint
from roost.config import ModelConfig
from roost.export.hf import export_hf
from roost.model import Transformer
from roost.run import Run, open_run
from roost.tokenizer import Tokenizer, TokenizerConfig, load_tokenizer, train_tokenizer

os.environ["HF_HUB_OFFLINE"] = "1"  # nothing may be fetched: every load below is from a local folder

TWEETS = post_lines("tweeteval", "irony", "train_text.txt", limit=1500)  # the demo's posts without the corpora
TEXT = "@user I just love it when the train is late on a Monday #not"
_TOKENIZERS: dict[int | str, Tokenizer] = {}  # roost's own by vocabulary size, ChatML ones by their split


def tweet_tokenizer(vocab_size: int = 400) -> Tokenizer:
    if vocab_size not in _TOKENIZERS:
        _TOKENIZERS[vocab_size] = train_tokenizer(iter(TWEETS), vocab_size=vocab_size)
    return _TOKENIZERS[vocab_size]


CHATML = (  # the ChatML layout SmolLM2 and Qwen speak, as an imported model's tokenizer_config.json carries it
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)


def chatml_tokenizer(split: str | None = None) -> Tokenizer:
    """An imported model's tokenizer as roost keeps it: ChatML specials, no bos added, <|im_end|> ends a turn.

    By default a BPE trained on GPT-2's pieces of tweets. `split` (llama.cpp's name for a way of splitting text:
    SmolLM2's "smollm", Qwen's "qwen2", ...): merges are learnt across every boundary (digits, contractions,
    punctuation, newlines) and then text is split that way, so any other split would give other ids.
    """
    key = split or "chatml"
    if key not in _TOKENIZERS:
        from tokenizers import Tokenizer as HFTokenizer
        from tokenizers import decoders, models, pre_tokenizers, trainers

        from roost.export.gguf import LLAMA_CPP_PRE_TOKENIZERS

        hf = HFTokenizer(models.BPE())
        hf.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=split is None)
        hf.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(
            vocab_size=400, special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"], show_progress=False,
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        )  # fmt: skip
        lines = list(TWEETS)
        if split is not None:
            lines += ["In 2024 WE'LL pay $1000000, DON'T!!\n\n\tok #not  3.14159 it's (10:30)"] * 200
        hf.train_from_iterator(lines, trainer=trainer)
        if split is not None:
            hf.pre_tokenizer = LLAMA_CPP_PRE_TOKENIZERS[split]
        config = TokenizerConfig(CHATML, "<|im_start|>", "<|im_end|>", "<|im_end|>", add_bos_token=False, stop_ids=(2,))
        _TOKENIZERS[key] = Tokenizer(hf, config)
    return _TOKENIZERS[key]


def make_run(
    root: Path,
    qk_norm: bool = False,
    tie: bool = True,
    seed: int = 0,
    head_dim: int = 0,
    tokenizer: Tokenizer | None = None,
    bias: bool = False,
) -> tuple[Run, Transformer]:
    """A run with a tokenizer trained on real tweets and a random model whose logits are far from uniform.

    The model's vocabulary (416) is padded past the tokenizer's (400), as training presets do. `head_dim` gives
    the heads their own width, as Qwen3 checkpoints do (0: dim / heads = 16). `tokenizer`: another than roost's
    own trained on tweets, such as an imported model's `chatml_tokenizer()`. `bias`: q/k/v biases, as Qwen2 has.
    """
    run = open_run(root)
    (tokenizer or tweet_tokenizer()).save(run.tokenizer_dir)
    config = ModelConfig(
        vocab_size=416, dim=64, n_layers=2, n_heads=4, n_kv_heads=2, ffn_dim=128, max_seq_len=64,
        qk_norm=qk_norm, tie_embeddings=tie, head_dim_override=head_dim, attention_bias=bias,
    )
    model = Transformer(config)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for param in model.parameters():
            if param.dim() == 1:  # norm weights (and biases) away from 1 so a misplaced norm shows
                param.copy_(1 + 0.3 * torch.randn(param.shape, generator=generator))
            else:  # large enough that greedy choices have clear margins
                param.copy_(0.15 * torch.randn(param.shape, generator=generator))
    save_checkpoint(run.checkpoints_dir, 7, model.state_dict(), config)
    return run, model.eval()


@torch.no_grad()
def greedy(model: Transformer, ids: list[int], steps: int, vocab_size: int | None = None) -> list[int]:
    """Greedy decoding by recomputing the whole sequence each step: the plainest possible reference.

    `vocab_size` leaves out the padding ids past the tokenizer, as roost's engine does."""
    ids = list(ids)
    for _ in range(steps):
        ids.append(int(model(torch.tensor([ids]))[0, -1, :vocab_size].argmax()))
    return ids


VARIANTS = {  # (QK-norm, tied, head width, q/k/v biases)
    "llama-tied": (False, True, 0, False),
    "llama-untied": (False, False, 0, False),
    "qwen3-tied": (True, True, 0, False),
    "qwen3-untied": (True, False, 0, False),
    "qwen3-wide-heads": (True, False, 32, False),
    "qwen2-tied": (False, True, 0, True),
}


@pytest.mark.parametrize(("qk_norm", "tie", "head_dim", "bias"), VARIANTS.values(), ids=VARIANTS.keys())
def test_transformers_loads_export_and_agrees(tmp_path, qk_norm, tie, head_dim, bias):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    run, model = make_run(tmp_path / "run", qk_norm, tie, head_dim=head_dim, bias=bias)
    result = export_hf(run)
    out = run.export_dir / "hf"
    assert result.out_dir == out and {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                                      "generation_config.json", "special_tokens_map.json"} <= set(result.files)
    architecture = "Qwen3ForCausalLM" if qk_norm else "Qwen2ForCausalLM" if bias else "LlamaForCausalLM"
    assert result.architecture == architecture

    hf_model = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32).eval()
    hf_tokenizer = AutoTokenizer.from_pretrained(out)
    assert type(hf_model).__name__ == architecture
    assert (hf_model.lm_head.weight.data_ptr() == hf_model.model.embed_tokens.weight.data_ptr()) == tie

    tokenizer = load_tokenizer(run.tokenizer_dir)
    ids = [tokenizer.boundary_id, *tokenizer.encode(TEXT)]
    assert hf_tokenizer(TEXT)["input_ids"] == ids  # <|endoftext|> first, as every document roost trains on
    assert hf_tokenizer(TEXT, add_special_tokens=False)["input_ids"] == ids[1:]
    messages = [{"role": "user", "content": "hi there"}, {"role": "assistant", "content": "hello"}]
    rendered = hf_tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    chat_ids = tokenizer.render_chat(messages, True).ids
    assert hf_tokenizer(rendered, add_special_tokens=False)["input_ids"] == chat_ids
    # the template writes <|endoftext|> itself, and apply_chat_template does not add it a second time
    assert hf_tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_dict=True)["input_ids"] == chat_ids

    tokens = torch.tensor([ids])
    with torch.no_grad():
        diff = (hf_model(tokens).logits - model(tokens)).abs().max().item()
    assert diff <= 1e-4

    expected = greedy(model, ids, 12, tokenizer.vocab_size)  # generation_config suppresses the padding rows
    with torch.no_grad():
        generated = hf_model.generate(tokens, max_new_tokens=12, do_sample=False)[0].tolist()
    # HF stops early only at <|end|> / <|endoftext|>, which the reference must then have produced too
    assert generated == expected[: len(generated)] and len(generated) > len(ids)
    assert len(generated) == len(expected) or generated[-1] in (tokenizer.eos_id, tokenizer.boundary_id)


@pytest.mark.parametrize("qk_norm", [False, True], ids=["llama", "qwen3"])
def test_transformers_continues_a_raw_prompt_as_roost_generate_does(tmp_path, qk_norm):
    """`tok(text)` with transformers' defaults, then greedy `generate`, gives what `roost generate` streams."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from roost.engine import Engine
    from roost.engine.generate import generate_text
    from roost.engine.sampling import SamplingParams

    run, _ = make_run(tmp_path / "run", qk_norm=qk_norm, seed=2)
    out = export_hf(run).out_dir
    engine = Engine.from_checkpoint(run.checkpoints_dir, max_batch_size=1, static_decode=False)
    ours = generate_text(engine, TEXT, SamplingParams(max_new_tokens=12, temperature=0.0))

    hf_tokenizer = AutoTokenizer.from_pretrained(out)
    hf_model = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32).eval()
    inputs = hf_tokenizer(TEXT, return_tensors="pt")
    assert inputs["input_ids"][0, 0].item() == engine.tokenizer.boundary_id
    with torch.no_grad():
        generated = hf_model.generate(**inputs, max_new_tokens=12, do_sample=False)[0, inputs["input_ids"].size(1) :]
    assert generated.tolist() == ours.token_ids  # a stop id ends both, and both include it
    assert hf_tokenizer.decode(generated, skip_special_tokens=True) == ours.text


def test_a_chatml_run_exports_its_own_template_and_stop_ids(tmp_path):
    """An imported ChatML model's run: the export carries its template, bos/eos and stop ids, not roost's, and
    transformers answers a chat as roost's engine does."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from roost.engine import Engine
    from roost.engine.generate import chat_reply
    from roost.engine.sampling import SamplingParams

    run, _ = make_run(tmp_path / "run", seed=3, tokenizer=chatml_tokenizer())
    out = export_hf(run).out_dir
    tokenizer = load_tokenizer(run.tokenizer_dir)
    im_start, im_end = tokenizer.hf.token_to_id("<|im_start|>"), tokenizer.hf.token_to_id("<|im_end|>")
    assert tokenizer.stop_ids == {im_end, tokenizer.boundary_id} and tokenizer.boundary_id == 0
    config = json.loads((out / "tokenizer_config.json").read_text())
    assert config["chat_template"] == tokenizer.chat_template and "<|user|>" not in config["chat_template"]
    assert (config["bos_token"], config["eos_token"], config["add_bos_token"]) == ("<|im_start|>", "<|im_end|>", False)
    generation = json.loads((out / "generation_config.json").read_text())
    assert generation["eos_token_id"] == [im_end, 0] and generation["bos_token_id"] == im_start
    model_config = json.loads((out / "config.json").read_text())
    assert (model_config["bos_token_id"], model_config["eos_token_id"]) == (im_start, im_end)
    special = json.loads((out / "special_tokens_map.json").read_text())
    assert special["additional_special_tokens"] == ["<|endoftext|>"]

    hf_tokenizer = AutoTokenizer.from_pretrained(out)
    assert hf_tokenizer(TEXT)["input_ids"] == tokenizer.encode(TEXT)  # this model's text starts with nothing
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi there"}]
    rendered = hf_tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_dict=True)["input_ids"]
    assert rendered == tokenizer.render_chat(messages, add_generation_prompt=True).ids
    assert hf_tokenizer.decode(rendered).endswith("<|im_start|>assistant\n")

    engine = Engine.from_checkpoint(run.checkpoints_dir, max_batch_size=1, static_decode=False)
    ours = chat_reply(engine, messages, SamplingParams(max_new_tokens=12, temperature=0.0))
    hf_model = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32).eval()
    with torch.no_grad():
        generated = hf_model.generate(torch.tensor([rendered]), max_new_tokens=12, do_sample=False)[0, len(rendered) :]
    assert generated.tolist() == ours.token_ids


def test_the_exported_tokenizer_adds_bos_only_where_its_config_says_and_only_once():
    """roost's own gains a post-processor adding <|endoftext|>; a post-processor already there is kept and
    followed (Qwen's ByteLevel offsets), one that already adds the bos (Llama 3's) is left alone, and a tokenizer
    whose config adds nothing (ChatML) is written as it is."""
    from tokenizers import Tokenizer as HFTokenizer
    from tokenizers import processors

    from roost.export.hf import tokenizer_json

    own = tweet_tokenizer()
    exported = HFTokenizer.from_str(tokenizer_json(own))
    assert exported.encode(TEXT).ids == [own.boundary_id, *own.encode(TEXT)]
    assert exported.encode(TEXT, add_special_tokens=False).ids == own.encode(TEXT)

    byte_level = HFTokenizer.from_str(own.hf.to_str())
    byte_level.post_processor = processors.ByteLevel(trim_offsets=True)
    kept = HFTokenizer.from_str(tokenizer_json(Tokenizer(byte_level, own.config)))
    encoding = kept.encode(TEXT)
    assert encoding.ids == [own.boundary_id, *own.encode(TEXT)]
    assert encoding.offsets[1:] == byte_level.encode(TEXT).offsets  # the ByteLevel post-processor still trims

    adds_already = HFTokenizer.from_str(tokenizer_json(own))
    assert tokenizer_json(Tokenizer(adds_already, own.config)) == adds_already.to_str()
    chatml = chatml_tokenizer()
    assert tokenizer_json(chatml) == chatml.hf.to_str()


def test_transformers_never_generates_padding_ids(tmp_path):
    """Embedding rows past the tokenizer are suppressed in generation_config, as roost's engine leaves them out."""
    from transformers import AutoModelForCausalLM

    run, model = make_run(tmp_path / "run", tie=False)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    ids = [tokenizer.boundary_id, *tokenizer.encode(TEXT)]
    with torch.no_grad():  # make padding id 405 outscore the real winner wherever that one wins
        winner = int(model(torch.tensor([ids]))[0, -1].argmax())
        model.lm_head.weight[405] = 3 * model.lm_head.weight[winner]
    save_checkpoint(run.checkpoints_dir, 8, model.state_dict(), model.config)
    assert 405 in greedy(model, ids, 6)[len(ids) :]  # unsuppressed, the padding id would be chosen
    hf_model = AutoModelForCausalLM.from_pretrained(export_hf(run).out_dir, dtype=torch.float32).eval()
    with torch.no_grad():
        generated = hf_model.generate(torch.tensor([ids]), max_new_tokens=6, do_sample=False)[0].tolist()
    assert generated == greedy(model, ids, 6, tokenizer.vocab_size)[: len(generated)]


def test_export_takes_the_chat_model_and_merges_a_lora_adapter(tmp_path):
    """After LoRA tuning the run's chat model is an adapter on the pretrained base; export folds it in."""
    from transformers import AutoModelForCausalLM

    from roost.chat_model import set_chat_model
    from roost.lora import apply_lora, lora_state_dict, merge_lora

    run, base = make_run(tmp_path / "run", tie=True)
    tuned = make_run(tmp_path / "scratch", tie=True)[1]  # the same weights, to adapt
    lora = {"rank": 4, "alpha": 8.0, "targets": ["q_proj", "v_proj", "down_proj"], "token_ids": []}
    apply_lora(tuned, lora["rank"], lora["alpha"], lora["targets"])
    with torch.no_grad():
        for name, param in tuned.named_parameters():
            if name.endswith("lora_B"):  # zero at init; give the adapter an effect worth checking
                param.normal_(0, 0.2)
    save_checkpoint(run.root / "sft", 3, lora_state_dict(tuned), base.config,
                    meta={"stage": "sft", "base": "checkpoints/step-7", "lora": lora})
    set_chat_model(run, run.sft_dir)
    merged = merge_lora(tuned).eval()

    hf_model = AutoModelForCausalLM.from_pretrained(export_hf(run).out_dir, dtype=torch.float32).eval()
    tokens = torch.tensor([[0, *load_tokenizer(run.tokenizer_dir).encode(TEXT)]])
    with torch.no_grad():
        assert (hf_model(tokens).logits - merged(tokens)).abs().max().item() <= 1e-4
        assert (merged(tokens) - base(tokens)).abs().max().item() > 1e-2  # the adapter did change the model
