"""`roost export hf|gguf` (a Hugging Face folder, a GGUF file) and `roost import hf|gguf` (an open model into a run)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from roost.cli.common import add_run_args, resolve_run

if TYPE_CHECKING:
    from roost.export.hf_import import ImportResult


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="export the run's model: a Hugging Face folder or a GGUF file",
        description="Export the run's chat model (the pretrained one before `roost sft`) with its tokenizer.",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    hf = formats.add_parser(
        "hf",
        help="a folder transformers and vLLM load (Llama, or Qwen3 with QK-norm)",
        description="Write config.json, model.safetensors, tokenizer.json, tokenizer_config.json (with the chat "
        "template), special_tokens_map.json and generation_config.json; default folder runs/NAME/export/hf.",
    )
    _add_export_args(hf)
    hf.set_defaults(handler=_export_hf)
    gguf = formats.add_parser(
        "gguf",
        help="one GGUF file for llama.cpp and Ollama, tokenizer embedded",
        description="Write a GGUF file (arch llama, or qwen3 with QK-norm); default runs/NAME/export/model-TYPE.gguf.",
    )
    _add_export_args(gguf)
    gguf.add_argument("--type", dest="dtype", choices=["f32", "f16", "q8_0"], default="f16", help="tensor type")
    gguf.set_defaults(handler=_export_gguf)

    imports = subparsers.add_parser("import", help="bring an existing open model into a run")
    sources = imports.add_subparsers(dest="format", metavar="FORMAT", required=True)
    hf_in = sources.add_parser(
        "hf",
        help="a local Hugging Face Llama / Qwen2 / Qwen3 folder -> a new run's checkpoint and tokenizer",
        description="Convert a local Hugging Face folder (LlamaForCausalLM, Qwen2ForCausalLM or Qwen3ForCausalLM, "
        "safetensors and tokenizer.json) into a new run's step-0 checkpoint and tokenizer, ready for pretrain, sft, "
        "chat and serve. The tokenizer, its chat template and stop ids are kept as the model ships them.",
    )
    hf_in.add_argument("path", type=Path, help="the Hugging Face model folder")
    add_run_args(hf_in, run_default=None)
    hf_in.set_defaults(handler=_import_hf)
    gguf_in = sources.add_parser(
        "gguf",
        help="a GGUF file (llama, qwen2, qwen3) -> a new run's checkpoint and tokenizer",
        description="Convert a llama.cpp GGUF file (architecture llama, qwen2 or qwen3; float or quantized tensors, "
        "dequantized to float32) into a new run's step-0 checkpoint and tokenizer, rebuilt from the file's metadata "
        "with its chat template and stop ids. See docs/models.md.",
    )
    gguf_in.add_argument("path", type=Path, help="the .gguf file")
    add_run_args(gguf_in, run_default=None)
    gguf_in.set_defaults(handler=_import_gguf)


def _add_export_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run_name", nargs="?", metavar="RUN", help="run name or folder (same as --run)")
    add_run_args(parser)
    parser.add_argument("--out", type=Path, default=None, help="where to write (default: under runs/NAME/export/)")
    parser.add_argument("--checkpoint", type=Path, default=None, help="export this checkpoint instead")


def _export_run(args: argparse.Namespace):
    if args.run_name:
        args.run = args.run_name
    run, _ = resolve_run(args, must_exist=True)
    return run


def _export_hf(args: argparse.Namespace) -> int:
    from roost.export.hf import export_hf

    result = export_hf(_export_run(args), args.out, args.checkpoint)
    print(f"{result.architecture}, {result.parameters:,} parameters -> {result.out_dir}")
    print(f"files: {', '.join(result.files)}")
    return 0


def _export_gguf(args: argparse.Namespace) -> int:
    from roost.export.gguf import export_gguf

    result = export_gguf(_export_run(args), args.out, args.dtype, args.checkpoint)
    print(f"{result.architecture} {result.dtype}, {result.tensors} tensors, {result.size_bytes:,} bytes")
    print(f"-> {result.path}")
    return 0


def _import_hf(args: argparse.Namespace) -> int:
    from roost.export.hf_import import import_hf

    run, config = resolve_run(args)
    return _report_import(import_hf(run, config, args.path))


def _import_gguf(args: argparse.Namespace) -> int:
    from roost.export.gguf_import import import_gguf

    run, config = resolve_run(args)
    return _report_import(import_gguf(run, config, args.path))


def _report_import(result: ImportResult) -> int:
    model = result.model_config
    print(f"{result.architecture}: {model.n_layers} layers, dim {model.dim}, vocab {model.vocab_size}")
    print(f"-> {result.checkpoint}")
    return 0
