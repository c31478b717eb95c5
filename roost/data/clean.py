"""`roost clean`: turn raw posts into training text, counting every post it drops under one reason.

Per post, in order: drop reposts; drop posts holding a NUL character (binary data or a corrupt export, never
text) and remove every other control character (C0 and C1, except the whitespace that spacing normalises);
expand `t.co` links from the post's own link entities (attachment links are
removed); unescape HTML entities; remove the run of @mentions that opens a reply; mask e-mail addresses and
phone numbers; keep, mask or drop links and mentions; normalise spacing; then filter by length, by language
(the platform's own tag first, py3langid only for posts without a usable tag, and only when a language list is
set), exact duplicates of normalized text and near duplicates (MinHash LSH, `roost.data.dedup`).
`read = kept + sum(dropped)` holds by construction and is checked before the stats are written.
"""

from __future__ import annotations

import html
import json
import re
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

import pyarrow as pa

from roost.config import CleanConfig, RunConfig
from roost.data.dedup import NearDuplicateIndex, exact_key
from roost.data.posts import POST_SCHEMA, PostWriter, iter_post_batches
from roost.run import Run, atomic_write_text

DROP_REASONS = (
    "repost",
    "control characters",
    "too short",
    "too long",
    "language",
    "exact duplicate",
    "near duplicate",
)
# C0 and C1 controls other than tab, newline, vertical tab, form feed and carriage return (whitespace, normalised
# with the rest of the spacing). NUL is kept here so that `drop_reason` can see it and drop the post.
CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f]")
URL = re.compile(r"\b(?:https?://|www\.)\S+")
# The lookbehind starts a match only where a run of address characters starts (the same matches): without it,
# each position of a long run rescans the rest of it, quadratic on a hostile post.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MENTION = re.compile(r"(?<![\w@/])@\w+(?:@[\w-]+(?:\.[\w-]+)+)?")
LEADING_MENTIONS = re.compile(r"^(?:\s*@\w+(?:@[\w-]+(?:\.[\w-]+)+)?)+\s*")
PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{7,}\d(?!\w)")
# Cheap tests that rule a pattern out for most posts before the full (slower) pattern scans them.
EMAIL_HINT = re.compile(r"[\w.+-]@[\w-]")
PHONE_HINT = re.compile(r"\d\d\d")
MANY_NEWLINES = re.compile(r"\n{3,}")
MASKS = {"link": "<url>", "mention": "@user", "email": "<email>", "phone": "<phone>"}
# X's pseudo-languages (media only, hashtags only, mentions only, ...) and "undetermined" are no language at all.
NO_LANGUAGE = {"und", "qme", "qht", "qam", "qct", "qst", "zxx", "art", "mis", "mul"}


@dataclass
class CleanStats:
    read: int = 0
    kept: int = 0
    dropped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DROP_REASONS, 0))
    links_expanded: int = 0
    control_chars_removed: int = 0
    emails_masked: int = 0
    phones_masked: int = 0
    languages: dict[str, int] = field(default_factory=dict)  # kept posts per language, where known
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


class PostCleaner:
    """The text transforms and filters of one clean pass (dedup state lives across batches)."""

    def __init__(self, config: CleanConfig, stats: CleanStats):
        self.config = config
        self.stats = stats
        self.exact_seen: set[bytes] = set()
        self.near = NearDuplicateIndex(config.near_dup_threshold, config.minhash_num_perm, config.shingle_chars)

    def without_controls(self, text: str) -> str:
        if text.isprintable() or not CONTROL.search(text):
            return text
        text, count = CONTROL.subn("", text)
        self.stats.control_chars_removed += count
        return text

    def text(self, text: str, links: list[dict] | None, is_reply: bool) -> str:
        text = self.without_controls(text)
        for link in links or ():
            if link["url"] in text:
                text = text.replace(link["url"], link["expanded"])
                self.stats.links_expanded += bool(link["expanded"])
        if "&" in text:
            text = html.unescape(text)
        if is_reply and text.lstrip().startswith("@"):
            text = LEADING_MENTIONS.sub("", text)
        if self.config.mask_pii:
            if "@" in text and EMAIL_HINT.search(text):
                text, count = EMAIL.subn(MASKS["email"], text)
                self.stats.emails_masked += count
            if PHONE_HINT.search(text):
                text = PHONE.sub(self._phone, text)
        if "http" in text or "www." in text:
            text = _apply(URL, text, self.config.links, MASKS["link"])
        if "@" in text:
            text = _apply(MENTION, text, self.config.mentions, MASKS["mention"])
        if "\n" not in text:
            return " ".join(text.split())
        lines = "\n".join(" ".join(line.split()) for line in text.split("\n"))
        return MANY_NEWLINES.sub("\n\n", lines).strip()

    def _phone(self, match: re.Match[str]) -> str:
        digits = sum(ch.isdigit() for ch in match.group())
        if 9 <= digits <= 15:  # shorter runs are dates, years, scores; longer ones are ids
            self.stats.phones_masked += 1
            return MASKS["phone"]
        return match.group()

    def language(self, text: str, tag: str | None) -> str | None:
        if tag:
            tag = tag.split("-")[0].split("_")[0].lower()
            if tag not in NO_LANGUAGE:
                return tag
        if not self.config.languages:
            return None  # nothing filters on language: don't pay for detection
        import py3langid

        return py3langid.classify(text)[0]

    def drop_reason(self, text: str, is_repost: bool, lang: str | None) -> str | None:
        config = self.config
        if is_repost and config.drop_reposts:
            return "repost"
        if "\x00" in text:
            return "control characters"
        if len(text) < config.min_chars:
            return "too short"
        if len(text) > config.max_chars:
            return "too long"
        if config.languages and lang not in config.languages:
            return "language"
        if config.dedup_exact:
            key = exact_key(text)
            if key in self.exact_seen:
                return "exact duplicate"
            self.exact_seen.add(key)
        return None


def _apply(pattern: re.Pattern[str], text: str, mode: str, mask: str) -> str:
    if mode == "keep":
        return text
    return pattern.sub(mask if mode == "mask" else "", text)


def clean(run: Run, config: RunConfig) -> CleanStats:
    started = time.perf_counter()
    stats = CleanStats()
    cleaner = PostCleaner(config.clean, stats)
    languages: dict[str, int] = {}
    # Two batches in flight: while NumPy hashes one batch's near-duplicate keys in a thread, the next batch's text
    # transforms run here. Keys are matched against earlier posts strictly in order, so results do not change.
    pending: _Batch | None = None
    with PostWriter(run.clean) as writer, ThreadPoolExecutor(1) as hasher:
        for batch in iter_post_batches(run.posts, "ingest"):
            stats.read += batch.num_rows
            current = _transform(pa.Table.from_batches([batch]), cleaner)
            if config.clean.dedup_near:
                current.band_keys = hasher.submit(cleaner.near.keys, [current.texts[i] for i in current.candidates])
            if pending is not None:
                writer.add_batch(_finish(pending, cleaner, languages))
            pending = current
        if pending is not None:
            writer.add_batch(_finish(pending, cleaner, languages))
    stats.kept = writer.rows
    stats.languages = dict(sorted(languages.items(), key=lambda kv: -kv[1]))
    stats.seconds = round(time.perf_counter() - started, 3)
    assert stats.read == stats.kept + sum(stats.dropped.values()), "clean counts do not reconcile"
    atomic_write_text(run.clean_stats, json.dumps(stats.to_dict(), indent=2))
    return stats


@dataclass
class _Batch:
    table: pa.Table
    texts: list[str]
    langs: list[str | None]
    keep: list[bool]
    candidates: list[int]  # rows still kept before near-duplicate detection
    band_keys: Future | None = None


def _transform(table: pa.Table, cleaner: PostCleaner) -> _Batch:
    columns = {name: table.column(name).to_pylist() for name in ("text", "links", "parent_id", "is_repost", "lang")}
    texts, langs, keep = [], [], []
    for text, links, parent, is_repost, tag in zip(*columns.values()):
        text = cleaner.text(text, links, parent is not None) if not is_repost else cleaner.without_controls(text)
        lang = cleaner.language(text, tag)
        reason = cleaner.drop_reason(text, bool(is_repost), lang)
        if reason is not None:
            cleaner.stats.dropped[reason] += 1
        texts.append(text)
        langs.append(lang)
        keep.append(reason is None)
    return _Batch(table, texts, langs, keep, [i for i, kept in enumerate(keep) if kept])


def _finish(batch: _Batch, cleaner: PostCleaner, languages: dict[str, int]) -> pa.Table:
    keep = batch.keep
    if batch.band_keys is not None:
        for i, duplicate in zip(batch.candidates, cleaner.near.add_keys(batch.band_keys.result())):
            if duplicate:
                keep[i] = False
                cleaner.stats.dropped["near duplicate"] += 1
    for lang, kept in zip(batch.langs, keep):
        if kept and lang:
            languages[lang] = languages.get(lang, 0) + 1
    table = batch.table.set_column(POST_SCHEMA.get_field_index("text"), "text", pa.array(batch.texts, pa.string()))
    table = table.set_column(POST_SCHEMA.get_field_index("lang"), "lang", pa.array(batch.langs, pa.string()))
    return table.filter(pa.array(keep, pa.bool_()))
