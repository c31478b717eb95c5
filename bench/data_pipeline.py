"""Data pipeline throughput on the TweetEval text: roost against the plain way, in the same run.

1. ingest + clean + dedup, posts/s. roost: `roost ingest` (text reader -> posts.parquet) then `roost clean`
   (HTML, links, mentions, PII masks, length, exact and MinHash-LSH near duplicates -> clean.parquet).
   Baseline: pandas reading the same lines, the same masks as vectorized `str.replace` regexes, exact dedup with
   `drop_duplicates`, and near duplicates with datasketch's MinHash + MinHashLSH (same threshold, permutations
   and 5-character shingles), as one would write it with those libraries.
2. tokenization, tokens/s. One 8,192-token byte-level BPE trained on the text by `tokenizers`; roost encodes
   with `FastEncoder` (tiktoken running those merges, whole batches as one `<|endoftext|>`-joined string,
   2 threads); baseline is `tokenizers`' own `encode_batch`. Their ids are checked equal first.

Usage: python bench/data_pipeline.py [--limit N]
"""

from __future__ import annotations

import argparse
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

TWEETEVAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "tweeteval"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files (quick check)")
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


if __name__ == "__main__":
    main()
