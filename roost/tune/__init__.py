"""Chat tuning: supervised fine-tuning on conversations (full or LoRA), preference tuning (DPO), and the
assistant-token loss that compares a base model with a tuned one.

    conversations.py   read and validate conversation / preference JSONL, render them to tokens with loss masks
    batching.py        pack rendered conversations into fixed-length rows with per-conversation attention
    sft.py             `roost sft`, `roost sft --merge`, `roost eval --conversations`
    dpo.py             `roost dpo`
"""
