"""The run's chat model: which checkpoint it is, and loading it with its tokenizer and chat template.

A run chats with its tuned model when it has one (`sft/`, `lora/` or `dpo/`, named by the run's `chat-model`
pointer), else with its pretrained or imported model (`checkpoints/`). A LoRA checkpoint holds only adapter
tensors; it loads as its base model with the adapter applied, and for inference the adapter is merged in so
serving pays nothing for it.

This is the one place that turns a run into a model ready to chat: the engine, the server, the exporters, the
terminal chat and preference tuning all come through here, so none of them needs the training code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from roost.checkpoint import Checkpoint, find_checkpoint, load_model
from roost.errors import RoostError
from roost.lora import apply_lora, load_lora_state, merge_lora
from roost.model import Transformer
from roost.run import Run, atomic_write_text
from roost.tokenizer import Tokenizer, load_tokenizer


@dataclass
class ChatModel:
    """A model in eval mode with the tokenizer (and so the chat template) it was trained with."""

    model: Transformer
    tokenizer: Tokenizer
    checkpoint: Checkpoint
    run: Run


def chat_model_path(run: Run) -> Path:
    """The folder holding the run's chat model: the tuned one (sft/, lora/, dpo/) if any, else the pretrained one."""
    if run.chat_pointer.is_file():
        tuned = run.root / run.chat_pointer.read_text().strip()
        if (tuned / "latest").is_file():  # a tuned folder deleted by hand falls back to the pretrained model
            return tuned
    return run.checkpoints_dir


def set_chat_model(run: Run, folder: Path) -> None:
    """Name `folder` (one of the run's checkpoint folders) as the one the run chats with."""
    atomic_write_text(run.chat_pointer, folder.relative_to(run.root).as_posix() + "\n")


def run_of(path: Path) -> Run:
    """The run a checkpoint path belongs to: the nearest folder at or above it that holds `tokenizer/`."""
    path = Path(path)
    root = next((p for p in (path, *path.parents[:3]) if (p / "tokenizer").is_dir()), None)
    if root is None:
        raise RoostError(f"no tokenizer/ folder found at or above {path} (run `roost tokenizer` first)")
    return Run(root)


def load_chat_model(path: Path, run: Run, device: str | torch.device) -> Transformer:
    """A plain checkpoint as is; a LoRA checkpoint as its base model with the adapter applied (not merged)."""
    checkpoint = find_checkpoint(Path(path))
    lora = checkpoint.meta.get("lora")
    if not lora:
        return load_model(checkpoint.path, device)[0]
    model, _ = load_model(run.root / checkpoint.meta["base"], device)
    apply_lora(model, lora["rank"], lora["alpha"], lora["targets"], token_ids=lora.get("token_ids", []))
    load_lora_state(model, {k: v.to(device) for k, v in checkpoint.load_weights().items()}, str(checkpoint.path))
    return model


def load_inference_model(path: Path, device: str | torch.device = "cpu") -> ChatModel:
    """A run folder, a checkpoints folder (also sft/, lora/, dpo/) or a step folder, ready to generate.

    The checkpoint is found first, so a run with no model hears that rather than something about its tokenizer.
    """
    checkpoint = find_checkpoint(Path(path))
    run = run_of(Path(path))
    model = load_chat_model(checkpoint.path, run, device)
    if checkpoint.meta.get("lora"):
        model = merge_lora(model)
    tokenizer = load_tokenizer(run.tokenizer_dir)
    if tokenizer.vocab_size > model.config.vocab_size:
        raise RoostError(
            f"{run.tokenizer_file}: tokenizer has {tokenizer.vocab_size} tokens, the model only {model.config.vocab_size}"
        )
    return ChatModel(model=model.eval(), tokenizer=tokenizer, checkpoint=checkpoint, run=run)
