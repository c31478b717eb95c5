"""The tokenizer: a Hugging Face `tokenizers` byte-level BPE, with the run's chat template and special tokens.

A run's `tokenizer/` folder is what Hugging Face tools read: `tokenizer.json`, `tokenizer_config.json` (the chat
template, bos/eos/pad tokens, add_bos_token) and `generation_config.json` (every id that ends generation). roost
trains its own or imports a model's as it is, adding nothing.

roost's own tokenizers carry five special tokens and a template of their own:
    <|endoftext|>   document boundary; every post and every conversation starts with it
    <|system|> <|user|> <|assistant|>   open a chat turn
    <|end|>         closes a chat turn (and is what a chat model emits to stop)
so a conversation renders as `<|endoftext|><|user|>hi<|end|><|assistant|>hello<|end|>`.

Every conversation becomes tokens through the template (`render_chat`), and message content is always encoded
as plain text: a special token's text typed into a message stays text, and control tokens appear only where the
template itself writes them. The tokens that train are worked out from the rendering too: an assistant turn is
what the template adds between the conversation so far with a generation prompt and the conversation through
that turn, whatever the template's markers are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tokenizers import Tokenizer as HFTokenizer
from tokenizers import decoders, models, pre_tokenizers, trainers

from roost.chat_template import ChatTemplate, MarkedRendering
from roost.errors import RoostError
from roost.run import atomic_write_text

BOUNDARY = "<|endoftext|>"
END_OF_TURN = "<|end|>"
ROLES = ("system", "user", "assistant")
SPECIAL_TOKENS = [BOUNDARY, *(f"<|{role}|>" for role in ROLES), END_OF_TURN]

CHAT_TEMPLATE = (
    "{{ '<|endoftext|>' }}"
    "{% for message in messages %}"
    "{% if message['role'] not in ['system', 'user', 'assistant'] %}"
    "{{ raise_exception('unknown role ' + message['role'] + ' (expected system, user or assistant)') }}"
    "{% endif %}"
    "{{ '<|' + message['role'] + '|>' + message['content'] + '<|end|>' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}"
)


@dataclass(frozen=True)
class TokenizerConfig:
    """What `tokenizer_config.json` and `generation_config.json` say: the chat template and the special tokens."""

    chat_template: str | None
    bos_token: str | None = None
    eos_token: str | None = None
    pad_token: str | None = None
    add_bos_token: bool = False
    stop_ids: tuple[int, ...] = ()  # generation_config.json's eos_token_id(s); empty: the eos token alone

    def tokenizer_config(self) -> dict[str, Any]:
        """tokenizer_config.json as transformers' fast tokenizer reads it."""
        return {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "bos_token": self.bos_token,
            "eos_token": self.eos_token,
            "pad_token": self.pad_token,
            "unk_token": None,
            "add_bos_token": self.add_bos_token,
            "add_eos_token": False,
            "clean_up_tokenization_spaces": False,
            "model_max_length": 1 << 20,
            "chat_template": self.chat_template,
        }


ROOST_TOKENIZER_CONFIG = TokenizerConfig(CHAT_TEMPLATE, BOUNDARY, END_OF_TURN, BOUNDARY, add_bos_token=True)


@dataclass
class ChatTokens:
    """A rendered conversation: token ids and, for each, whether it is trained on (the assistant turns)."""

    ids: list[int] = field(default_factory=list)
    loss_mask: list[bool] = field(default_factory=list)

    def append(self, token_id: int, trained: bool) -> None:
        self.ids.append(token_id)
        self.loss_mask.append(trained)


class Tokenizer:
    """roost's view of a tokenizer folder: encode, decode, special ids, stop ids and chat rendering."""

    def __init__(self, hf: HFTokenizer, config: TokenizerConfig):
        self.hf = hf
        hf.encode_special_tokens = True  # text is text: a special token's spelling inside it is not the token
        self.config = config
        added = hf.get_added_tokens_decoder()
        self.special_ids = frozenset(token_id for token_id, token in added.items() if token.special)
        self._special_by_text = {added[token_id].content: token_id for token_id in self.special_ids}
        longest_first = sorted(self._special_by_text, key=len, reverse=True)
        self._special_pattern = re.compile("|".join(map(re.escape, longest_first))) if longest_first else None
        self.bos_id = self._id_of(config.bos_token, "bos_token")
        self.eos_id = self._id_of(config.eos_token, "eos_token")
        self.boundary_id = self._boundary_id()
        stops = set(config.stop_ids) or {self.eos_id}
        self.stop_ids = frozenset(i for i in (*stops, self.boundary_id) if i is not None)
        variables = {"bos_token": config.bos_token or "", "eos_token": config.eos_token or ""}
        if config.pad_token:
            variables["pad_token"] = config.pad_token
        self.template = ChatTemplate(config.chat_template, tuple(variables.items())) if config.chat_template else None

    @property
    def vocab_size(self) -> int:
        return self.hf.get_vocab_size()

    @property
    def chat_template(self) -> str | None:
        return self.config.chat_template

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

    def render_chat(
        self,
        messages: list[dict[str, Any]],
        add_generation_prompt: bool = False,
        tools: list | None = None,
        loss_mask: bool = True,
    ) -> ChatTokens:
        """A conversation through the chat template; assistant turns, as the template renders them, carry loss.

        `loss_mask=False` (a prompt to answer) skips finding the assistant turns, which renders each prefix again.
        """
        if self.template is None:
            raise RoostError("this tokenizer has no chat template (tokenizer_config.json has no chat_template)")
        rendering = self.template.render_marked(messages, add_generation_prompt, tools)
        trained = self._assistant_spans(messages, tools, rendering.text) if loss_mask else []
        out = ChatTokens()
        position = 0
        for start, end, special_id in [*self._template_specials(rendering), (len(rendering.text), 0, None)]:
            if start > position:
                encoding = self.hf.encode(rendering.text[position:start], add_special_tokens=False)
                for token_id, (offset, _) in zip(encoding.ids, encoding.offsets):
                    out.append(token_id, _inside(position + offset, trained))
            if special_id is not None:
                out.append(special_id, _inside(start, trained))
            position = end
        return out

    def _template_specials(self, rendering: MarkedRendering) -> list[tuple[int, int, int]]:
        """(start, end, id) of each special token the template wrote; message content is never searched."""
        if self._special_pattern is None:
            return []
        found, gap_start = [], 0
        for span in [*rendering.content, None]:
            gap_end = len(rendering.text) if span is None else span.start
            for match in self._special_pattern.finditer(rendering.text, gap_start, gap_end):
                found.append((match.start(), match.end(), self._special_by_text[match.group()]))
            gap_start = 0 if span is None else span.end
        return found

    def _assistant_spans(self, messages: list[dict[str, Any]], tools: list | None, text: str) -> list[tuple[int, int]]:
        """Character spans of the assistant turns: what each adds after the generation prompt before it."""
        assert self.template is not None
        spans = []
        for index, message in enumerate(messages):
            if message.get("role") != "assistant":
                continue
            before = self.template.render(messages[:index], add_generation_prompt=True, tools=tools)
            through = self.template.render(messages[: index + 1], tools=tools)
            if not (through.startswith(before) and text.startswith(through)):
                raise RoostError(
                    f"message {index}: the chat template renders this assistant turn differently from the "
                    "conversation around it, so its tokens cannot be told apart"
                )
            spans.append((len(before), len(through)))
        return spans

    def _id_of(self, token: str | None, name: str) -> int | None:
        if not token:
            return None
        token_id = self.hf.token_to_id(token)
        if token_id is None:
            raise RoostError(f"tokenizer_config.json: {name} {token!r} is not in the vocabulary")
        return token_id

    def _boundary_id(self) -> int:
        """The token every document starts with: bos where the model adds one, else `<|endoftext|>`, else eos."""
        endoftext = self.hf.token_to_id(BOUNDARY)
        for candidate in (self.bos_id if self.config.add_bos_token else None, endoftext, self.eos_id, self.bos_id):
            if candidate is not None:
                return candidate
        raise RoostError("tokenizer has no bos, eos or <|endoftext|> token to start documents with")

    def save(self, directory: Path) -> None:
        """Write tokenizer.json, tokenizer_config.json (with the chat template) and generation_config.json."""
        directory.mkdir(parents=True, exist_ok=True)
        atomic_write_text(directory / "tokenizer.json", self.hf.to_str())
        atomic_write_text(directory / "tokenizer_config.json", json.dumps(self.config.tokenizer_config(), indent=2))
        generation = {"eos_token_id": sorted(self.stop_ids), "bos_token_id": self.bos_id}
        atomic_write_text(directory / "generation_config.json", json.dumps(generation, indent=2))


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


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
    return Tokenizer(hf, ROOST_TOKENIZER_CONFIG)


def load_tokenizer(path: Path) -> Tokenizer:
    """Load a tokenizer folder (tokenizer.json and its side files), or a tokenizer.json beside its side files."""
    file = path / "tokenizer.json" if path.is_dir() else path
    if not file.is_file():
        raise RoostError(f"tokenizer not found: {file} (run `roost tokenizer` first)")
    try:
        hf = HFTokenizer.from_file(str(file))
    except Exception as exc:  # noqa: BLE001 -- tokenizers raises plain Exception on a bad file
        raise RoostError(f"{file}: not a valid tokenizer.json: {exc}") from None
    return Tokenizer(hf, read_tokenizer_config(file.parent, hf))


def read_tokenizer_config(directory: Path, hf: HFTokenizer) -> TokenizerConfig:
    """The folder's tokenizer_config.json (+ chat_template.jinja, generation_config.json), in Hugging Face's format.

    A folder with no tokenizer_config.json whose vocabulary has roost's special tokens is a roost tokenizer.
    """
    config_file = directory / "tokenizer_config.json"
    if not config_file.is_file():
        if all(hf.token_to_id(token) is not None for token in SPECIAL_TOKENS):
            return ROOST_TOKENIZER_CONFIG
        raise RoostError(f"{config_file}: not found (it names the chat template and the special tokens)")
    config = read_json_object(config_file)
    template = config.get("chat_template")
    if isinstance(template, list):  # transformers' named templates: the default one renders chats
        template = next((t.get("template") for t in template if isinstance(t, dict) and t.get("name") == "default"), None)
    jinja_file = directory / "chat_template.jinja"
    if jinja_file.is_file():
        template = jinja_file.read_text(encoding="utf-8")
    generation_file = directory / "generation_config.json"
    stops = read_json_object(generation_file).get("eos_token_id") if generation_file.is_file() else None
    stops = [stops] if isinstance(stops, int) else stops or []
    if not all(isinstance(i, int) for i in stops):
        raise RoostError(f"{generation_file}: eos_token_id must be an id or a list of ids")
    return TokenizerConfig(
        chat_template=template if isinstance(template, str) else None,
        bos_token=_token_text(config.get("bos_token")),
        eos_token=_token_text(config.get("eos_token")),
        pad_token=_token_text(config.get("pad_token")),
        add_bos_token=bool(config.get("add_bos_token", False)),
        stop_ids=tuple(stops),
    )


def _token_text(value: Any) -> str | None:
    """A special token as tokenizer_config.json gives it: its text, or an AddedToken object with `content`."""
    if isinstance(value, dict):
        value = value.get("content")
    return value if isinstance(value, str) and value else None


def read_json_object(path: Path) -> dict[str, Any]:
    """A JSON file that must hold an object; anything else is one line naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RoostError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise RoostError(f"{path}: expected a JSON object")
    return data


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
