"""The data stages under datatrove's LocalPipelineExecutor: two tasks in two worker processes."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
from corpora import CORPORA, demo_posts, have_corpora

from roost.config import load_config
from roost.data.clean import clean
from roost.data.ingest import ingest
from roost.data.scale import run_local
from roost.demo import demo_sources
from roost.run import open_run


def test_clean_pipeline_on_datatrove_local_executor(tmp_path):
    if have_corpora():
        sources = [str(CORPORA / "x-archive-sample"), str(CORPORA / "tweeteval" / "irony" / "val_text.txt")]
        posts = 2045 + 955
    else:  # the demo owner's archive, and its members' posts as a text file
        owner, *members = demo_sources()
        (tmp_path / "members.txt").write_text("".join(t.replace("\n", " ") + "\n" for t in demo_posts(members)))
        sources, posts = [owner, str(tmp_path / "members.txt")], len(demo_posts())
    config = load_config("tiny")
    # fork: the workers start from this process instead of importing roost afresh (datatrove's default, forkserver)
    run_local(sources, config, tmp_path / "out", tasks=2, workers=2, logging_dir=tmp_path / "logs", start_method="fork")

    parts = sorted((tmp_path / "out").glob("clean-*.parquet"))
    assert [p.name for p in parts] == ["clean-00000.parquet", "clean-00001.parquet"]
    tables = [pq.read_table(p) for p in parts]
    assert set(tables[0].column("source").to_pylist()) == {"x-archive"}  # rank 0: the first source
    assert set(tables[1].column("source").to_pylist()) == {"text"}  # rank 1: the second

    # the same stages in one process give the same posts (no duplicates cross the two sources)
    run = open_run(tmp_path / "run")
    ingest(run, config, sources)
    single = clean(run, config)
    distributed_ids = {i for t in tables for i in t.column("id").to_pylist()}
    assert distributed_ids == set(pq.read_table(run.clean).column("id").to_pylist())
    assert len(distributed_ids) == single.kept

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    by_name = {step["name"]: step["stats"] for step in stats}
    reader = next(v for k, v in by_name.items() if "roost posts" in k)
    cleaner = next(v for k, v in by_name.items() if "roost clean" in k)
    assert reader["read"] == single.read == posts
    assert cleaner["kept"] == single.kept
    assert cleaner["kept"] + sum(v for k, v in cleaner.items() if k.startswith("dropped: ")) == reader["read"]
