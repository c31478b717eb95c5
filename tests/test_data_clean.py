"""roost clean: text transforms, filters, counts that reconcile, near duplicates on tweet-length text."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
from corpora import corpus_path

from roost.config import load_config
from roost.data.clean import CleanStats, PostCleaner, clean
from roost.data.dedup import NearDuplicateIndex
from roost.data.ingest import ingest
from roost.data.posts import Post, PostWriter
from roost.run import open_run


def _cleaner(*overrides: str) -> PostCleaner:
    return PostCleaner(load_config("tiny", overrides=list(overrides)).clean, CleanStats())


def test_text_transforms():
    cleaner = _cleaner()
    links = [
        {"url": "https://t.co/abc", "expanded": "https://birds.example/a"},
        {"url": "https://t.co/pic", "expanded": ""},
    ]
    text = cleaner.text("@ann @bob fish &amp; chips at https://t.co/abc https://t.co/pic", links, is_reply=True)
    assert text == "fish & chips at <url>"
    assert cleaner.stats.links_expanded == 1
    assert cleaner.text("@ann thanks, @bob!", None, is_reply=False) == "@user thanks, @user!"
    masked = cleaner.text(
        "mail me at jo.smith+birds@example.org or ring +44 20 7946 0958, see you in 2024-2025", None, False
    )
    assert masked == "mail me at <email> or ring <phone>, see you in 2024-2025"
    assert cleaner.text("  spaced \t out\n\n\n\nlines  ", None, False) == "spaced out\n\nlines"


def test_keep_and_drop_modes():
    keep = _cleaner("clean.links=keep", "clean.mentions=keep")
    links = [{"url": "https://t.co/abc", "expanded": "https://birds.example/a"}]
    assert keep.text("hi @ann https://t.co/abc", links, False) == "hi @ann https://birds.example/a"
    drop = _cleaner("clean.links=drop", "clean.mentions=drop")
    assert drop.text("hi @ann see https://x.example/y now", None, False) == "hi see now"


def test_near_duplicates_on_tweet_length_text():
    index = NearDuplicateIndex(threshold=0.7, num_perm=112, shingle_chars=5)
    base = "Weekly bird walk this Saturday at 9am, meet at the old mill gate. Bring binoculars!"
    texts = [
        base,
        base.replace("Saturday", "Sunday"),  # one word changed
        base + " See you there",  # a few words added
        "Our rooftop tomatoes finally turned red after the long cold spring, first harvest tonight.",
        "Weekly bike repair night moved to Thursday because of the holiday, same place as ever.",
    ]
    assert index.add_batch(texts) == [False, True, True, False, False]
    assert index.add_batch([base.upper()]) == [True]


def test_counts_reconcile_on_the_x_archive(tmp_path):
    run = open_run(tmp_path / "run")
    config = load_config("tiny")
    ingest(run, config, [str(corpus_path("x-archive-sample"))])
    stats = clean(run, config)
    assert stats.read == 2045
    assert stats.dropped["repost"] == 239
    assert stats.read == stats.kept + sum(stats.dropped.values())
    assert stats.dropped["exact duplicate"] > 0 and stats.dropped["near duplicate"] > 0
    saved = json.loads(run.clean_stats.read_text())
    assert saved["kept"] == stats.kept == pq.read_metadata(run.clean).num_rows
    kept = pq.read_table(run.clean).to_pylist()
    assert not any("https://t.co/" in p["text"] for p in kept)
    assert not any(p["text"].startswith("@") for p in kept if p["parent_id"])  # reply mentions removed
    assert any(p["text"].startswith("@user ") for p in kept if not p["parent_id"])  # a post addressing someone


def test_language_filter_uses_platform_tag_then_detector(tmp_path):
    run = open_run(tmp_path / "run")
    posts = [
        Post(id="1", text="Die Mauersegler sind wieder da, elf Stück über dem Dach.", lang="de"),
        Post(id="2", text="The swifts are back, eleven of them over the roof tonight.", lang="en"),
        Post(id="3", text="The swifts are back and they are screaming over the rooftops.", lang="und"),  # detector: en
        Post(id="4", text="Les martinets sont de retour au-dessus des toits ce soir.", lang=None),  # detector: fr
    ]
    with PostWriter(run.posts) as writer:
        for post in posts:
            writer.add(post)
    stats = clean(run, load_config("tiny", overrides=["clean.languages=['en']"]))
    assert stats.dropped["language"] == 2 and stats.kept == 2
    assert stats.languages == {"en": 2}
    assert pq.read_table(run.clean).column("id").to_pylist() == ["2", "3"]
