"""Finding and opening the user's sources: files, folders, globs, `.zip` archives, `.gz` and `.zst` streams.

`discover` turns command-line arguments into `Source`s, each naming the reader that understands it. An X archive
or a Mastodon archive (folder or `.zip`) is one source made of several files; anything else is one file. Files
are opened lazily as decompressed binary streams (zip members and compressed files are streamed, never
extracted or read whole), and the reader is chosen from the name and, where names are ambiguous, a short sniff.

A decompressed stream is capped (`ingest.max_decompressed_bytes`, `ingest.max_compression_ratio`): a zip member
whose header already declares more is refused before a byte is inflated, and any stream that inflates past its
cap ends with `BadInput`, as does a corrupt or truncated one, so a bomb costs time up to the cap and no memory.
"""

from __future__ import annotations

import glob
import gzip
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import zstandard

from roost.config import IngestConfig
from roost.data.problems import BadInput
from roost.errors import RoostError

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
COMPRESSED_SUFFIXES = (".gz", ".zst", ".zstd")
X_DATA_FILE = re.compile(
    r"(?:^|/)(?:data/)?(?:tweets?(?:-part\d+)?|deleted-tweets(?:-part\d+)?|note-tweet(?:-part\d+)?|manifest|account)\.js$"
)
X_TWEETS_FILE = re.compile(r"(?:^|/)tweets?(?:-part\d+)?\.js$")
SNIFF_BYTES = 65536
CONTROL = re.compile("[\x00-\x1f\x7f]")
READ_ERRORS = (
    OSError,
    EOFError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    zipfile.BadZipFile,
    zstandard.ZstdError,
)  # fmt: skip -- what opening or inflating a corrupt, truncated or odd file raises
DEFAULT_LIMITS = IngestConfig()


@dataclass(frozen=True)
class SourceFile:
    name: str  # what messages call it: a path, or archive.zip:member
    basename: str  # the file name without compression suffix, for choosing a reader
    opener: Callable[[], BinaryIO]
    stored_bytes: Callable[[], int]  # its size on disk (compressed size for a zip member)
    inflated: bool = False  # a zip member stored compressed
    declared_bytes: int | None = None  # the decompressed size a zip member's header declares

    def open(self, limits: IngestConfig = DEFAULT_LIMITS) -> BinaryIO:
        """A binary stream of the file's decompressed content; corrupt or over-cap content raises BadInput."""
        try:
            cap = max(limits.max_decompressed_bytes, limits.max_compression_ratio * self.stored_bytes())
            if self.inflated and self.declared_bytes is not None and self.declared_bytes > cap:
                raise BadInput(self.name, _over_cap(cap, f"declares {self.declared_bytes:,} bytes,"), "too large")
            raw = self.opener()
            stream = decompressed(raw)
        except READ_ERRORS as exc:
            raise BadInput(self.name, f"cannot read: {_first_line(exc)}", "bad file") from None
        if stream is raw and not self.inflated:
            return _Guarded.wrap(stream, self.name, None)  # stored as it is: nothing can expand
        return _Guarded.wrap(stream, self.name, cap)


class _Guarded(io.RawIOBase):
    """Counts what is read through it: past `cap` bytes, or on a decompression error, it raises BadInput."""

    def __init__(self, inner: BinaryIO, name: str, cap: int | None):
        self._inner = inner
        self._name = name
        self._cap = cap
        self._total = 0

    @classmethod
    def wrap(cls, inner: BinaryIO, name: str, cap: int | None) -> BinaryIO:
        return io.BufferedReader(cls(inner, name, cap), buffer_size=1 << 16)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            count = self._inner.readinto(buffer)
        except READ_ERRORS as exc:
            raise BadInput(self._name, f"corrupt or truncated: {_first_line(exc)}", "bad file") from None
        self._total += count
        if self._cap is not None and self._total > self._cap:
            raise BadInput(self._name, _over_cap(self._cap, "decompresses to"), "too large")
        return count

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
        super().close()


def _over_cap(cap: int, what: str) -> str:
    return (
        f"{what} more than its cap of {cap:,} bytes (a decompression bomb? if the file is genuine, raise "
        "ingest.max_decompressed_bytes or ingest.max_compression_ratio)"
    )


def _first_line(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).split("\n")[0][:200]


def display_name(name: str) -> str:
    """A path as one line of storable text: bytes that are not UTF-8 shown as U+FFFD, control characters escaped."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return CONTROL.sub(lambda match: repr(match.group())[1:-1], name)


@dataclass
class Source:
    kind: str  # x-archive, twitter-api, mastodon, bluesky, csv, jsonl, text
    name: str
    files: list[SourceFile] = field(default_factory=list)


def decompressed(raw: BinaryIO) -> BinaryIO:
    stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw)
    magic = stream.peek(4)[:4]
    if magic.startswith(GZIP_MAGIC):
        return gzip.GzipFile(fileobj=stream, mode="rb")
    if magic == ZSTD_MAGIC:
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(stream, read_across_frames=True))
    return stream


def plain_name(name: str) -> str:
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def discover(arguments: list[str]) -> list[Source]:
    """Expand the command line's sources into readable Sources, in a stable order."""
    if not arguments:
        raise RoostError("no sources given (pass files, folders, archives or globs)")
    sources: list[Source] = []
    for argument in arguments:
        if glob.has_magic(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                raise RoostError(f"no files match {argument!r}")
            paths = [Path(m) for m in matches]
        else:
            paths = [Path(argument)]
        for path in paths:
            sources.extend(_sources_at(path))
    return sources


def _sources_at(path: Path) -> list[Source]:
    if not path.exists():
        raise RoostError(f"source not found: {path}")
    if path.is_dir():
        return _folder_sources(path)
    if zipfile.is_zipfile(path):
        return _zip_sources(path)
    return [_file_source(_path_file(path))]


def _path_file(path: Path) -> SourceFile:
    return SourceFile(
        display_name(str(path)), plain_name(path.name), lambda: open(path, "rb"), lambda: path.stat().st_size
    )


def _folder_sources(folder: Path) -> list[Source]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not _hidden(p.relative_to(folder)))
    data_files: dict[Path, list[Path]] = {}  # archive root -> its data files; a folder may hold several archives
    for path in files:
        if X_DATA_FILE.search(path.relative_to(folder).as_posix()):
            root = path.parent.parent if path.parent.name == "data" else path.parent
            data_files.setdefault(root, []).append(path)
    archives = {root: paths for root, paths in data_files.items() if any(X_TWEETS_FILE.search(p.name) for p in paths)}
    sources = [Source("x-archive", str(root), [_path_file(p) for p in paths]) for root, paths in archives.items()]
    # Inside an archive, the other files (README, headers, media) are not posts; outside, every file is a source.
    rest = [p for p in files if not any(root in p.parents for root in archives)]
    return sources + [_file_source(_path_file(p)) for p in rest]


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _zip_sources(path: Path) -> list[Source]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = {info.filename: info for info in archive.infolist() if not info.is_dir()}
    except READ_ERRORS as exc:
        raise RoostError(f"{display_name(str(path))}: not a readable zip archive: {_first_line(exc)}") from None
    members = list(infos)

    def member_file(member: str) -> SourceFile:
        def opener() -> BinaryIO:
            # Each opener holds its own ZipFile: members stream straight from the archive, one at a time.
            return zipfile.ZipFile(path).open(member)

        info = infos[member]
        return SourceFile(
            display_name(f"{path}:{member}"),
            plain_name(member.rsplit("/", 1)[-1]),
            opener,
            lambda: info.compress_size,
            inflated=info.compress_type != zipfile.ZIP_STORED,
            declared_bytes=info.file_size,
        )

    if any(X_TWEETS_FILE.search(m) for m in members):
        return [Source("x-archive", str(path), [member_file(m) for m in sorted(members) if X_DATA_FILE.search(m)])]
    outbox = [m for m in members if m.rsplit("/", 1)[-1] == "outbox.json"]
    if outbox:
        return [Source("mastodon", str(path), [member_file(outbox[0])])]
    return [_file_source(member_file(m)) for m in sorted(members)]


def _file_source(file: SourceFile) -> Source:
    return Source(_kind_of(file), file.name, [file])


def _kind_of(file: SourceFile) -> str:
    name = file.basename.lower()
    suffix = name.rsplit(".", 1)[-1] if "." in name else ""
    if suffix == "car":
        return "bluesky"
    if suffix == "js":
        return "x-archive"
    if name == "outbox.json":
        return "mastodon"
    if suffix in ("csv", "tsv"):
        return "csv"
    if suffix in ("json", "jsonl", "ndjson"):
        return _sniff_json(file)
    return "text"


def _sniff_json(file: SourceFile) -> str:
    try:
        with file.open() as stream:
            head = stream.read(SNIFF_BYTES).decode("utf-8", errors="replace")
    except BadInput:
        return "jsonl"  # unreadable: the reader meets the same problem and reports it with the file's other records
    if '"orderedItems"' in head:
        return "mastodon"
    twitter_keys = (
        '"id_str"',
        '"full_text"',
        '"author_id"',
        '"edit_history_tweet_ids"',
        '"retweeted_status"',
        '"referenced_tweets"',
    )
    if any(key in head for key in twitter_keys):
        return "twitter-api"
    return "jsonl"
