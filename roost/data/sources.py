"""Finding and opening the user's sources: files, folders, globs, `.zip` archives, `.gz` and `.zst` streams.

`discover` turns command-line arguments into `Source`s, each naming the reader that understands it. An X archive
or a Mastodon archive (folder or `.zip`) is one source made of several files; anything else is one file. Files
are opened lazily as decompressed binary streams (zip members and compressed files are streamed, never
extracted or read whole), and the reader is chosen from the name and, where names are ambiguous, a short sniff.
"""

from __future__ import annotations

import glob
import gzip
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import zstandard

from roost.errors import RoostError

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
COMPRESSED_SUFFIXES = (".gz", ".zst", ".zstd")
X_DATA_FILE = re.compile(
    r"(?:^|/)(?:data/)?(?:tweets?(?:-part\d+)?|deleted-tweets(?:-part\d+)?|note-tweet(?:-part\d+)?|manifest|account)\.js$"
)
X_TWEETS_FILE = re.compile(r"(?:^|/)tweets?(?:-part\d+)?\.js$")
SNIFF_BYTES = 65536


@dataclass(frozen=True)
class SourceFile:
    name: str  # what messages call it: a path, or archive.zip:member
    basename: str  # the file name without compression suffix, for choosing a reader
    opener: Callable[[], BinaryIO]

    def open(self) -> BinaryIO:
        """A binary stream of the file's decompressed content."""
        return decompressed(self.opener())


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
    return SourceFile(str(path), plain_name(path.name), lambda: open(path, "rb"))


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
            members = [m for m in archive.namelist() if not m.endswith("/")]
    except zipfile.BadZipFile as exc:
        raise RoostError(f"{path}: not a readable zip archive: {exc}") from None

    def member_file(member: str) -> SourceFile:
        def opener() -> BinaryIO:
            # Each opener holds its own ZipFile: members stream straight from the archive, one at a time.
            return zipfile.ZipFile(path).open(member)

        return SourceFile(f"{path}:{member}", plain_name(member.rsplit("/", 1)[-1]), opener)

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
    with file.open() as stream:
        head = stream.read(SNIFF_BYTES).decode("utf-8", errors="replace")
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
