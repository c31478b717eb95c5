"""Data pipeline throughput on the TweetEval text: roost against the plain way, in the same run.

1. ingest + clean + dedup, posts/s. roost: `roost ingest` (text reader -> posts.parquet) then `roost clean`
   (HTML, links, mentions, PII masks, length, exact and MinHash-LSH near duplicates -> clean.parquet).
   Baseline: pandas reading the same lines, the same masks as vectorized `str.replace` regexes, exact dedup with
   `drop_duplicates`, and near duplicates with datasketch's MinHash + MinHashLSH (same threshold, permutations
   and 5-character shingles), as one would write it with those libraries.
2. tokenization, tokens/s. One 8,192-token byte-level BPE trained on the text by `tokenizers`; roost encodes
   with `FastEncoder` (tiktoken running those merges, whole batches as one `<|endoftext|>`-joined string,
   2 threads); baseline is `tokenizers`' own `encode_batch`. Their ids are checked equal first.

3. memory, with --archive-mb N: a synthetic X archive `tweets.js` of N MB (the real sample's tweets repeated
   under fresh ids) ingested by `roost ingest` in a child process, against the obvious way (strip the
   `window.YTD...` prefix and `json.loads` the file) in another; peak RSS of each.

Usage: python bench/data_pipeline.py [--limit N] [--archive-mb N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from datasketch import MinHash, MinHashLSH

from roost.config import load_config
from roost.data.clean import clean
from roost.data.ingest import ingest
from roost.data.tokenize import FastEncoder
from roost.run import open_run
from roost.tokenizer import train_tokenizer

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
TWEETEVAL = CORPORA / "tweeteval"
X_TWEETS = CORPORA / "x-archive-sample" / "data" / "tweets.js"

# Peak RSS from VmHWM: ru_maxrss would report the bench's own size, since Linux carries it across fork and exec.
PEAK_MB = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) // 1024"
ROOST_CHILD = f"""
import sys
from roost.config import load_config
from roost.data.ingest import ingest
from roost.run import open_run
stats = ingest(open_run(sys.argv[2]), load_config("tiny"), [sys.argv[1]])
print(stats.kept, {PEAK_MB})
"""
BASELINE_CHILD = f"""
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
tweets = json.loads(text[text.index("=") + 1 :])
print(len(tweets), {PEAK_MB})
"""


def tweeteval_files() -> list[Path]:
    return sorted(TWEETEVAL.rglob("*_text.txt"))


def roost_ingest_clean(files: list[Path], workdir: Path) -> tuple[int, int, float, float]:
    run = open_run(workdir / "run")
    config = load_config("tiny")
    started, cpu_started = time.perf_counter(), time.process_time()
    ingested = ingest(run, config, [str(f) for f in files])
    cleaned = clean(run, config)
    return ingested.read, cleaned.kept, time.perf_counter() - started, time.process_time() - cpu_started


def baseline_ingest_clean(files: list[Path]) -> tuple[int, int, float]:
    config = load_config("tiny").clean
    started = time.perf_counter()
    frames = [pd.DataFrame({"text": f.read_text(encoding="utf-8").splitlines()}) for f in files]
    posts = pd.concat(frames, ignore_index=True)
    read = len(posts)
    text = posts["text"].str.strip()
    text = text[text != ""]
    text = text.str.replace(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "<email>", regex=True)
    text = text.str.replace(r"\b(?:https?://|www\.)\S+", "<url>", regex=True)
    text = text.str.replace(r"(?<![\w@/])@\w+", "@user", regex=True)
    text = text.str.replace(r"\s+", " ", regex=True).str.strip()
    text = text[(text.str.len() >= config.min_chars) & (text.str.len() <= config.max_chars)]
    normalized = text.str.casefold().str.replace(r"[\W_]+", " ", regex=True).str.strip()
    text = text[~normalized.duplicated()]
    lsh = MinHashLSH(threshold=config.near_dup_threshold, num_perm=config.minhash_num_perm)
    kept = 0
    k = config.shingle_chars
    for number, post in enumerate(text.tolist()):
        lowered = post.casefold()
        minhash = MinHash(num_perm=config.minhash_num_perm)
        minhash.update_batch([lowered[i : i + k].encode() for i in range(max(1, len(lowered) - k + 1))])
        if not lsh.query(minhash):
            lsh.insert(str(number), minhash)
            kept += 1
    return read, kept, time.perf_counter() - started


def tokenization(texts: list[str]) -> tuple[int, float, float]:
    tokenizer = train_tokenizer(iter(texts), vocab_size=8192)
    encoder = FastEncoder(tokenizer, threads=2)
    assert encoder.verify(texts), "tiktoken ids differ from tokenizers ids"
    started = time.perf_counter()
    ours = encoder.encode_documents(texts)
    roost_seconds = time.perf_counter() - started
    started = time.perf_counter()
    theirs = tokenizer.encode_batch(texts)
    baseline_seconds = time.perf_counter() - started
    tokens = sum(len(ids) for ids in theirs)
    assert len(ours) == tokens + len(texts)  # plus one boundary token per post
    return tokens, roost_seconds, baseline_seconds


def write_big_archive(path: Path, megabytes: int) -> int:
    """A tweets.js of about `megabytes` MB: the real sample's tweets, repeated with fresh ids."""
    text = X_TWEETS.read_text(encoding="utf-8")
    tweets = json.loads(text[text.index("=") + 1 :])
    written = count = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("window.YTD.tweets.part0 = [")
        while written < megabytes << 20:
            for tweet in tweets:
                tweet["tweet"]["id_str"] = str(10**18 + count)
                chunk = ("," if count else "") + "\n  " + json.dumps(tweet, indent=2)
                out.write(chunk)
                written += len(chunk)
                count += 1
        out.write("\n]")
    return count


def peak_memory(code: str, *args: str) -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True).stdout
    count, rss_mb = out.split()[-2:]
    return int(count), int(rss_mb)


def memory_comparison(megabytes: int) -> None:
    with tempfile.TemporaryDirectory() as workdir:
        archive = Path(workdir) / "tweets.js"
        tweets = write_big_archive(archive, megabytes)
        print(f"synthetic tweets.js: {archive.stat().st_size / 1e6:.0f} MB, {tweets:,} tweets")
        kept, ours = peak_memory(ROOST_CHILD, str(archive), str(Path(workdir) / "run"))
        loaded, theirs = peak_memory(BASELINE_CHILD, str(archive))
        assert kept == loaded == tweets
    print(f"peak RSS: roost ingest {ours} MB, json.loads of the file {theirs} MB")
    print(f"RESULT name=archive_peak_memory roost={ours} baseline={theirs} unit=MB ratio={theirs / ours:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files (quick check)")
    parser.add_argument("--archive-mb", type=int, default=0, help="also compare peak memory on an N MB tweets.js")
    args = parser.parse_args()
    files = tweeteval_files()[: args.limit or None]
    texts = [line.rstrip() for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"TweetEval: {len(files)} files, {len(texts):,} posts, {sum(len(t.encode()) for t in texts) / 1e6:.1f} MB")

    with tempfile.TemporaryDirectory() as workdir:
        read, kept, seconds, cpu = roost_ingest_clean(files, Path(workdir))
    # One thread: on a shared machine its CPU time is what the wall time would be with a core to itself.
    print(f"roost ingest+clean+dedup: {read:,} read, {kept:,} kept in {seconds:.2f}s")
    print(f"  ({cpu:.2f}s CPU: {read / cpu:,.0f} posts per CPU-second)")
    b_read, b_kept, b_seconds = baseline_ingest_clean(files)
    print(f"pandas+regex+datasketch:  {b_read:,} read, {b_kept:,} kept in {b_seconds:.2f}s")

    tokens, roost_tok, base_tok = tokenization(texts)
    print(
        f"tokenize {tokens:,} tokens: roost (tiktoken merges) {roost_tok:.2f}s, tokenizers encode_batch {base_tok:.2f}s"
    )

    ours, theirs = read / seconds, b_read / b_seconds
    print(
        f"RESULT name=ingest_clean_dedup roost={ours:.0f} baseline={theirs:.0f} unit=posts/s ratio={ours / theirs:.2f}"
    )
    ours, theirs = tokens / roost_tok, tokens / base_tok
    print(f"RESULT name=tokenize roost={ours:.0f} baseline={theirs:.0f} unit=tokens/s ratio={ours / theirs:.2f}")
    if args.archive_mb:
        memory_comparison(args.archive_mb)


if __name__ == "__main__":
    main()
