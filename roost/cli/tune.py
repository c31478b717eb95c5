"""`roost sft` (chat tuning, full or LoRA; `--merge` folds a LoRA adapter into a plain checkpoint) and `roost dpo`."""

from __future__ import annotations

import argparse

from roost.cli.common import add_run_args, resolve_run


def register(subparsers: argparse._SubParsersAction) -> None:
    sft = subparsers.add_parser(
        "sft",
        help="chat-tune the pretrained model on conversations (full or LoRA)",
        description="Tune the run's latest pretraining checkpoint on conversations (data/conversations.jsonl or "
        "sft.data, OpenAI fine-tuning format), with loss on assistant tokens only. Full tuning writes runs/NAME/sft/; "
        "with --set sft.lora=true the adapter goes to runs/NAME/lora/, and `roost sft --merge` then folds it into a "
        "plain checkpoint in runs/NAME/sft/ that the engine and exporters load as is.",
    )
    add_run_args(sft)
    sft.add_argument("--resume", action="store_true", help="continue from the latest SFT (or LoRA) checkpoint")
    sft.add_argument(
        "--merge", action="store_true", help="merge the latest LoRA adapter into a plain checkpoint; no training"
    )
    sft.set_defaults(handler=_sft)

    dpo = subparsers.add_parser(
        "dpo",
        help="preference-tune the chat model on chosen/rejected pairs (DPO)",
        description="Tune the run's chat model with DPO on dpo.data, a JSONL file of "
        '{"prompt" or "messages", "chosen", "rejected"}; the starting model, frozen, is the reference.',
    )
    add_run_args(dpo)
    dpo.add_argument("--resume", action="store_true", help="continue from the latest DPO checkpoint")
    dpo.set_defaults(handler=_dpo)


def _sft(args: argparse.Namespace) -> int:
    from roost.tune.sft import merge, sft

    run, config = resolve_run(args, must_exist=True)
    if args.merge:
        merged = merge(run)
        print(f"merged {merged.layers} adapted layers of {merged.adapter} into {merged.checkpoint}")
        return 0
    result = sft(run, config, resume=args.resume)
    data = result.data
    print(f"conversations: {data['read']} read, {data['kept']} kept, skipped {data['skipped'] or 'none'}")
    print(f"trained {result.steps} steps on {result.train_conversations} conversations "
          f"({result.trained_tokens} assistant tokens)")
    if result.val_loss is not None:
        print(f"held-out assistant-token loss: {_fmt(result.base_val_loss)} before, {result.val_loss:.4f} after "
              f"({result.val_conversations} conversations)")
    print(f"checkpoint: {result.checkpoint}")
    if result.lora:
        print("the run's chat model is now the base model with this adapter; "
              "`roost sft --merge` writes the two as one plain checkpoint")
    return 0


def _dpo(args: argparse.Namespace) -> int:
    from roost.tune.dpo import dpo

    run, config = resolve_run(args, must_exist=True)
    result = dpo(run, config, resume=args.resume)
    data = result.data
    print(f"pairs: {data['read']} read, {data['kept']} kept, skipped {data['skipped'] or 'none'}")
    print(f"DPO loss {result.initial.loss:.4f} -> {result.final.loss:.4f}, "
          f"reward margin {result.final.reward_margin:.4f}, accuracy {result.final.reward_accuracy:.2%} "
          f"after {result.steps} steps")
    print(f"checkpoint: {result.checkpoint}")
    return 0


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"
