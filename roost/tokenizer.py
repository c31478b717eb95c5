"""The tokenizer: byte-level BPE from Hugging Face `tokenizers`, with roost's special tokens and chat template.

Special tokens:
    <|endoftext|>   document boundary; every post and every conversation starts with it
    <|system|> <|user|> <|assistant|>   open a chat turn
    <|end|>         closes a chat turn (and is what a chat model emits to stop)

A conversation renders as `<|endoftext|><|user|>hi<|end|><|assistant|>hello<|end|>`. Because special tokens
split the text before BPE runs, encoding each piece alone gives the same ids as encoding the whole string,
which is how `render_chat` knows exactly which tokens belong to assistant turns. The same template is saved as
Jinja in `tokenizer_config.json` so Hugging Face tools render conversations identically.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tokenizers import Tokenizer as HFTokenizer
from tokenizers import decoders, models, pre_tokenizers, trainers

from roost.errors import RoostError
from roost.run import atomic_write_text

BOUNDARY = "<|endoftext|>"
END_OF_TURN = "<|end|>"
ROLES = ("system", "user", "assistant")
SPECIAL_TOKENS = [BOUNDARY, *(f"<|{role}|>" for role in ROLES), END_OF_TURN]

CHAT_TEMPLATE = (
    "{{ '<|endoftext|>' }}"
    "{% for message in messages %}"
    "{{ '<|' + message['role'] + '|>' + message['content'] + '<|end|>' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}"
)


@dataclass
class ChatTokens:
    """A rendered conversation: token ids and, for each, whether it is trained on (assistant content and its end)."""

    ids: list[int] = field(default_factory=list)
    loss_mask: list[bool] = field(default_factory=list)

    def extend(self, ids: list[int], trained: bool) -> None:
        self.ids.extend(ids)
        self.loss_mask.extend([trained] * len(ids))


class Tokenizer:
    """roost's view of a `tokenizer.json`: encode, decode, special ids and chat rendering."""

    def __init__(self, hf: HFTokenizer):
        self.hf = hf
        missing = [tok for tok in SPECIAL_TOKENS if hf.token_to_id(tok) is None]
        if missing:
            raise RoostError(f"tokenizer lacks roost's special tokens: {', '.join(missing)}")
        self.boundary_id = hf.token_to_id(BOUNDARY)
        self.end_id = hf.token_to_id(END_OF_TURN)
        self.role_ids = {role: hf.token_to_id(f"<|{role}|>") for role in ROLES}
        self.special_ids = frozenset(hf.token_to_id(tok) for tok in SPECIAL_TOKENS)

    @property
    def vocab_size(self) -> int:
        return self.hf.get_vocab_size()

    def encode(self, text: str) -> list[int]:
        return self.hf.encode(text, add_special_tokens=False).ids

    def encode_batch(self, texts: list[str]) -> list[list[int]]:
        return [enc.ids for enc in self.hf.encode_batch(texts, add_special_tokens=False)]

    def decode(self, ids: Iterable[int], skip_special: bool = True) -> str:
        return self.hf.decode(list(ids), skip_special_tokens=skip_special)

    def token_bytes(self, token_id: int) -> bytes:
        """The raw bytes one token stands for (special tokens: their text), for byte-exact streaming."""
        if token_id in self.special_ids:
            return self.hf.id_to_token(token_id).encode()
        return bytes(_BYTE_DECODER[ch] for ch in self.hf.id_to_token(token_id))

    def render_chat(self, messages: list[dict[str, str]], add_generation_prompt: bool = False) -> ChatTokens:
        """Render a conversation with the chat template; assistant content and its <|end|> carry loss."""
        out = ChatTokens()
        out.extend([self.boundary_id], trained=False)
        for index, message in enumerate(messages):
            role = message.get("role")
            if role not in self.role_ids:
                raise RoostError(f"message {index}: unknown role {role!r} (expected one of {', '.join(ROLES)})")
            trained = role == "assistant"
            out.extend([self.role_ids[role]], trained=False)
            out.extend(self.encode(str(message.get("content", ""))), trained=trained)
            out.extend([self.end_id], trained=trained)
        if add_generation_prompt:
            out.extend([self.role_ids["assistant"]], trained=False)
        return out

    def save(self, directory: Path) -> None:
        """Write tokenizer.json and the Hugging Face side files (tokenizer_config.json with the chat template)."""
        directory.mkdir(parents=True, exist_ok=True)
        atomic_write_text(directory / "tokenizer.json", self.hf.to_str())
        atomic_write_text(directory / "tokenizer_config.json", json.dumps(hf_tokenizer_config(), indent=2))


def hf_tokenizer_config() -> dict:
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": BOUNDARY,
        "eos_token": END_OF_TURN,
        "pad_token": BOUNDARY,
        "unk_token": None,
        "add_bos_token": False,
        "add_eos_token": False,
        "clean_up_tokenization_spaces": False,
        "model_max_length": 1 << 20,
        "chat_template": CHAT_TEMPLATE,
    }


def train_tokenizer(texts: Iterator[str], vocab_size: int, min_frequency: int = 2) -> Tokenizer:
    """Train a byte-level BPE (GPT-2 pre-tokenization) with roost's special tokens on an iterator of texts."""
    hf = HFTokenizer(models.BPE())
    hf.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    hf.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    hf.train_from_iterator(texts, trainer=trainer)
    return Tokenizer(hf)


def load_tokenizer(path: Path) -> Tokenizer:
    """Load tokenizer.json from a file or a folder holding one."""
    file = path / "tokenizer.json" if path.is_dir() else path
    if not file.is_file():
        raise RoostError(f"tokenizer not found: {file} (run `roost tokenizer` first)")
    try:
        return Tokenizer(HFTokenizer.from_file(str(file)))
    except Exception as exc:  # noqa: BLE001 -- tokenizers raises plain Exception on a bad file
        raise RoostError(f"{file}: not a valid tokenizer.json: {exc}") from None


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's byte-to-printable-character table used by the ByteLevel pre-tokenizer."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), 256))
    chars = printable[:]
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            chars.append(256 + extra)
            extra += 1
    return dict(zip(printable, map(chr, chars)))


_BYTE_DECODER = {char: byte for byte, char in _bytes_to_unicode().items()}
