"""The social data pipeline: source files -> canonical posts -> clean posts -> conversations, tokenizer, token shards.

One module per concern: `posts` (the canonical Post and its Parquet table), `sources` (finding and opening files,
archives and compressed streams), `jsonstream` (bounded-memory JSON), one `read_*` module per platform, `ingest`,
`clean`, `dedup`, `threads`, `tokenize`, `pack`, and `scale` (the same stages under datatrove's executors).
"""
