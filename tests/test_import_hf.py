"""`roost import hf`: a Hugging Face folder becomes a run's step-0 checkpoint and tokenizer, exactly as shipped.

The model gives back the same logits; the tokenizer, its chat template, bos/eos and every stop id of
generation_config.json are kept and no token is added; Qwen2's q/k/v biases import (and decode through the
engine); bad folders fail with one line. The real model: the Hugging Face folder transformers saves from the
SmolLM2-135M-Instruct GGUF imports and agrees with transformers on logits and tokens.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from pathlib import Path

import pytest
import torch
from model_helpers import CHATML, smollm2_gguf
from test_export_hf import TEXT, TWEETS, make_run
from test_import_gguf import QUESTIONS, SAMPLE, real_texts, small_model, small_tokenizer

from roost.checkpoint import load_model
from roost.cli import main
from roost.engine import Engine, SamplingParams
from roost.errors import RoostError
from roost.export.hf import export_hf
from roost.export.hf_import import import_hf
from roost.run import open_run
from roost.tokenizer import SPECIAL_TOKENS, load_tokenizer

os.environ["HF_HUB_OFFLINE"] = "1"  # nothing may be fetched: every load below is from a local folder

def test_import_gives_back_the_same_model(tmp_path):
    """A Qwen3 layout whose heads are wider than hidden size / heads (32 x 4 over 64), as Qwen3-0.6B's are."""
    run, model = make_run(tmp_path / "source", qk_norm=True, tie=False, head_dim=32)
    export_hf(run)
    target = open_run(tmp_path / "imported")
    result = import_hf(target, target.load_config(), run.export_dir / "hf")
    assert result.architecture == "Qwen3ForCausalLM"

    imported, checkpoint = load_model(target.root)
    assert checkpoint.step == 0 and checkpoint.meta["architecture"] == "Qwen3ForCausalLM"
    assert imported.config == model.config
    tokens = torch.tensor([[0, *load_tokenizer(target.tokenizer_dir).encode(TEXT)]])
    with torch.no_grad():
        assert torch.equal(imported(tokens), model(tokens))
    assert target.load_config().model == model.config  # later stages build the same shape
    exported = load_tokenizer(run.export_dir / "hf")  # the run's tokenizer, with the post-processor adding bos
    assert load_tokenizer(target.tokenizer_dir).hf.to_str() == exported.hf.to_str()

    with pytest.raises(RoostError, match="already has checkpoints"):
        import_hf(target, target.load_config(), run.export_dir / "hf")


def _hf_folder(tmp_path: Path) -> Path:
    run, _ = make_run(tmp_path / "source")
    return export_hf(run).out_dir


def _sentencepiece_style_tokenizer(folder: Path) -> None:
    from tokenizers import Tokenizer as HFTokenizer
    from tokenizers import decoders, models, pre_tokenizers, trainers

    hf_tok = HFTokenizer(models.BPE())
    hf_tok.pre_tokenizer, hf_tok.decoder = pre_tokenizers.Metaspace(), decoders.Metaspace()
    hf_tok.train_from_iterator(["hello world", "hello there"], trainers.BpeTrainer(vocab_size=50, show_progress=False))
    hf_tok.save(str(folder / "tokenizer.json"))


def _edit_config(folder: Path, **changes) -> None:
    config = json.loads((folder / "config.json").read_text())
    config.update(changes)
    (folder / "config.json").write_text(json.dumps(config))


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda f: _edit_config(f, architectures=["GPT2LMHeadModel"]), "unsupported architecture 'GPT2LMHeadModel'"),
        (lambda f: (f / "tokenizer.json").unlink(), "missing tokenizer"),
        (lambda f: _edit_config(f, intermediate_size=96), r"mlp\.\w+_proj\.weight' has shape \[\d+, \d+\], config"),
        (lambda f: _edit_config(f, attention_bias=True), "attention_bias=True is not supported"),
        (lambda f: (f / "model.safetensors").write_bytes(b"junk"), "unreadable safetensors"),
        (lambda f: (f / "config.json").unlink(), "config.json: not found"),
        (_sentencepiece_style_tokenizer, "needs a byte-level BPE tokenizer; this one decodes with Metaspace"),
    ],
    ids=["architecture", "tokenizer", "shapes", "bias", "weights", "config", "sentencepiece"],
)
def test_import_rejects_bad_folders_in_one_line(tmp_path, capsys, breakage, message):
    folder = _hf_folder(tmp_path)
    breakage(folder)
    code = main(["import", "hf", str(folder), "--run", str(tmp_path / "target")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("roost import: error: ") and err.count("\n") == 1
    assert re.search(message, err), err
    assert not (tmp_path / "target" / "checkpoints").exists()


def test_cli_export_and_import(tmp_path, capsys):
    run, model = make_run(tmp_path / "run", qk_norm=False, tie=False)
    out = tmp_path / "exported"
    assert main(["export", "hf", str(run.root), "--out", str(out)]) == 0
    assert "LlamaForCausalLM" in capsys.readouterr().out
    generation = json.loads((out / "generation_config.json").read_text())
    assert generation["eos_token_id"] == [4, 0] and generation["suppress_tokens"] == list(range(400, 416))
    assert main(["import", "hf", str(out), "--run", str(tmp_path / "back")]) == 0
    assert "LlamaForCausalLM: 2 layers, dim 64, vocab 416" in capsys.readouterr().out
    imported, _ = load_model(tmp_path / "back")
    tokens = torch.tensor([[0, 5, 17, 200, 399]])
    with torch.no_grad():
        assert torch.equal(imported(tokens), model(tokens))


def test_import_adds_no_tokens_and_keeps_the_models_template_and_stop_ids(tmp_path):
    """A foreign Llama folder (no roost tokens, a ChatML template, two stop ids) arrives exactly as shipped."""
    from tokenizers import Tokenizer as HFTokenizer
    from tokenizers import decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    hf_tok = HFTokenizer(models.BPE())
    hf_tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    hf_tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=300, special_tokens=["<s>", "</s>", "<|im_start|>", "<|im_end|>"],
                                  show_progress=False, initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    hf_tok.train_from_iterator(TWEETS[:500], trainer=trainer)
    config = LlamaConfig(vocab_size=hf_tok.get_vocab_size(), hidden_size=32, intermediate_size=64,
                         num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1,
                         max_position_embeddings=64, tie_word_embeddings=False)
    torch.manual_seed(0)
    foreign = LlamaForCausalLM(config).eval()
    source = tmp_path / "foreign"
    foreign.save_pretrained(source)
    fast = PreTrainedTokenizerFast(tokenizer_object=hf_tok, bos_token="<s>", eos_token="</s>")
    fast.chat_template = CHATML
    fast.save_pretrained(source)
    (source / "generation_config.json").write_text(json.dumps({"bos_token_id": 0, "eos_token_id": [1, 3]}))

    target = open_run(tmp_path / "run")
    import_hf(target, target.load_config(), source)
    tokenizer = load_tokenizer(target.tokenizer_dir)
    assert tokenizer.vocab_size == config.vocab_size and all(tokenizer.hf.token_to_id(t) is None for t in SPECIAL_TOKENS)
    assert tokenizer.chat_template == CHATML and {1, 3} <= tokenizer.stop_ids
    assert json.loads((target.tokenizer_dir / "generation_config.json").read_text())["eos_token_id"][:2] == [1, 3]
    saved = json.loads((target.tokenizer_dir / "tokenizer_config.json").read_text())
    assert (saved["bos_token"], saved["eos_token"], saved["chat_template"]) == ("<s>", "</s>", CHATML)
    model, _ = load_model(target.root)
    assert model.config.vocab_size == config.vocab_size  # the embedding did not grow

    ids = torch.tensor([tokenizer.encode(TEXT)])
    with torch.no_grad():
        assert (model(ids) - foreign(ids).logits).abs().max().item() <= 1e-4
    chat = tokenizer.render_chat([{"role": "user", "content": "hi"}], add_generation_prompt=True).ids
    assert chat[0] == tokenizer.hf.token_to_id("<|im_start|>")  # the model's template, not roost's


def test_a_qwen2_folder_imports_with_its_biases_and_decodes_through_the_engine(tmp_path):
    from transformers import PreTrainedTokenizerFast

    source_model = small_model("qwen2", tie=True)
    source = tmp_path / "qwen2"
    source_model.save_pretrained(source)
    fast = PreTrainedTokenizerFast(tokenizer_object=small_tokenizer(), bos_token="<|im_start|>", eos_token="<|im_end|>")
    fast.chat_template = CHATML
    fast.save_pretrained(source)
    assert main(["import", "hf", str(source), "--run", str(tmp_path / "run")]) == 0
    model, _ = load_model(tmp_path / "run")
    tokenizer = load_tokenizer(tmp_path / "run" / "tokenizer")
    assert model.config.attention_bias and model.layers[0].self_attn.q_proj.bias is not None
    ids = [tokenizer.boundary_id, *tokenizer.encode(SAMPLE)]
    with torch.no_grad():
        assert (model(torch.tensor([ids])) - source_model(torch.tensor([ids])).logits).abs().max().item() <= 1e-4
        expected = list(ids)
        for _ in range(8):  # greedy by recomputing the whole sequence through the source model: the plainest reference
            expected.append(int(source_model(torch.tensor([expected])).logits[0, -1].argmax()))
        expected = expected[len(ids) :]
    engine = Engine(model.eval(), tokenizer, max_batch_size=1, max_context=64)

    async def generate() -> list[int]:
        try:
            params = SamplingParams(temperature=0, max_new_tokens=8, ignore_eos=True)
            return [event.token_id async for event in engine.generate(ids, params)]
        finally:
            await engine.stop()

    assert asyncio.run(generate()) == expected


@pytest.fixture(scope="module")
def smol_folder(tmp_path_factory):
    """The Hugging Face folder transformers writes from the SmolLM2 GGUF, imported with `roost import hf`."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = smollm2_gguf()
    folder = tmp_path_factory.mktemp("smol-hf") / "SmolLM2-135M-Instruct"
    hf_model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32).eval()
    hf_tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    settings = hf_model.config.to_dict()
    settings.pop("quantization_config", None)  # transformers will not save a model it loaded from GGUF as such
    plain = AutoModelForCausalLM.from_config(type(hf_model.config).from_dict(settings), dtype=torch.float32)
    plain.load_state_dict(hf_model.state_dict())
    plain.generation_config = hf_model.generation_config
    plain.save_pretrained(folder)
    hf_tokenizer.save_pretrained(folder)
    root = folder.parent / "run"
    assert main(["import", "hf", str(folder), "--run", str(root)]) == 0
    return hf_model, hf_tokenizer, load_model(root)[0].eval(), load_tokenizer(root / "tokenizer")


def test_the_smollm2_folder_imports_as_transformers_has_it(smol_folder):
    hf_model, hf_tokenizer, model, tokenizer = smol_folder
    assert tokenizer.vocab_size == model.config.vocab_size == 49152
    assert tokenizer.chat_template == hf_tokenizer.chat_template and 2 in tokenizer.stop_ids
    texts = real_texts()[::3]
    assert tokenizer.encode_batch(texts) == hf_tokenizer(texts, add_special_tokens=False)["input_ids"]
    with torch.no_grad():
        for question in QUESTIONS[:3]:
            ids = torch.tensor([tokenizer.render_chat([{"role": "user", "content": question}], True).ids])
            assert (model(ids) - hf_model(ids).logits).abs().max().item() <= 1e-4
