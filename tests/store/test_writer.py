"""The store writer with the real coder and a real DuckDB file: corrected versions of a story
(same article id, new text) replace the earlier one, and the reader's notes are stored."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.run import IngestOptions, IngestReport, ingest
from eventwire.ingest.sources import iter_items
from eventwire.records import Article, text_hash
from eventwire.store import Store

FIRST = ("Kenyan police arrested two opposition leaders in Nairobi on Monday. The foreign "
         "minister met the Ugandan ambassador on Tuesday.")
CORRECTED = ("Kenyan police arrested three opposition leaders in Mombasa on Monday. The foreign "
             "minister met the Ugandan ambassador on Tuesday.")
OTHER = "Ugandan troops shelled rebel positions near the border on Sunday."


def story(text: str, article_id: str = "ke-1") -> Article:
    return Article(text=text, id=article_id, published=date(2023, 3, 7), source="Wire")


def run(store: Store, coder: Coder, items: list[Article], every: int = 64) -> IngestReport:
    report = ingest(store, coder, lambda writer: items, ["test"], IngestOptions(every))
    assert report.counts.reconciles()
    return report


def stored(store: Store, sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in store.con.execute(sql).fetchall()]


def assert_consistent(store: Store) -> None:
    """Every event has its article, and every cluster counts exactly the events it holds."""
    assert stored(store, "SELECT count(*) FROM events WHERE article_key NOT IN "
                         "(SELECT article_key FROM articles)") == [(0,)]
    assert stored(store, "SELECT count(*) FROM clusters c WHERE num_mentions <> (SELECT count(*) "
                         "FROM events e WHERE e.cluster_id = c.cluster_id)") == [(0,)]
    assert stored(store, "SELECT count(*) FROM events WHERE cluster_id NOT IN "
                         "(SELECT cluster_id FROM clusters)") == [(0,)]


def test_a_corrected_story_replaces_the_stored_version(store: Store, coder: Coder) -> None:
    first = run(store, coder, [story(FIRST), story(OTHER, "ug-1")])
    assert first.counts.new == 2 and first.counts.replaced == 0
    second = run(store, coder, [story(CORRECTED)])
    assert (second.counts.seen, second.counts.new, second.counts.replaced) == (1, 1, 1)
    rows = stored(store, "SELECT article_id, article_key FROM articles ORDER BY article_id")
    assert rows == [("ke-1", text_hash(CORRECTED)), ("ug-1", text_hash(OTHER))]
    keys = {key for (key,) in stored(store, "SELECT DISTINCT article_key FROM events")}
    assert text_hash(FIRST) not in keys and text_hash(CORRECTED) in keys
    texts = " ".join(str(t) for (t,) in stored(store, "SELECT evidence_text FROM events"))
    assert "Mombasa" in texts and "Nairobi" not in texts
    assert stored(store, "SELECT replaced FROM runs ORDER BY run_id") == [(0,), (1,)]
    assert_consistent(store)
    again = run(store, coder, [story(CORRECTED)])
    assert (again.counts.duplicate, again.counts.replaced) == (1, 0)


@pytest.mark.parametrize("every", [64, 1])
def test_the_last_version_in_one_input_wins(store: Store, coder: Coder, every: int) -> None:
    report = run(store, coder, [story(FIRST), story(OTHER, "ug-1"), story(CORRECTED)], every)
    assert (report.counts.seen, report.counts.new, report.counts.replaced) == (3, 3, 1)
    assert stored(store, "SELECT article_key FROM articles WHERE article_id = 'ke-1'") == \
        [(text_hash(CORRECTED),)]
    assert_consistent(store)


@pytest.mark.parametrize("every", [64, 1])
def test_reingesting_never_brings_a_replaced_version_back(store: Store, coder: Coder,
                                                          every: int) -> None:
    """The same input twice stores the same thing: the earlier version, replaced in the first
    run, is a duplicate in the second (it used to come back and replace the later one, and flip
    again on each run), and so is a replaced text given again on its own."""
    items = [story(FIRST), story(OTHER, "ug-1"), story(CORRECTED)]
    run(store, coder, items, every)
    again = run(store, coder, items, every)
    assert (again.counts.new, again.counts.duplicate, again.counts.replaced) == (0, 3, 0)
    assert stored(store, "SELECT article_key FROM articles WHERE article_id = 'ke-1'") == \
        [(text_hash(CORRECTED),)]
    assert stored(store, "SELECT article_key, article_id, run_id FROM superseded") == \
        [(text_hash(FIRST), "ke-1", 1)]
    alone = run(store, coder, [story(FIRST)])
    assert (alone.counts.new, alone.counts.duplicate) == (0, 1)
    assert_consistent(store)


def test_a_version_that_fails_leaves_the_stored_one(store: Store, coder: Coder) -> None:
    run(store, coder, [story(FIRST)])
    report = run(store, coder, [story("   ")])
    assert (report.counts.failed, report.counts.replaced) == (1, 0)
    assert stored(store, "SELECT article_key FROM articles") == [(text_hash(FIRST),)]


def test_articles_without_an_id_never_replace_each_other(store: Store, coder: Coder) -> None:
    report = run(store, coder, [Article(text=FIRST), Article(text=CORRECTED)])
    assert (report.counts.new, report.counts.replaced) == (2, 0)
    assert stored(store, "SELECT count(*) FROM articles") == [(2,)]


def test_the_readers_notes_are_stored(store: Store, coder: Coder, tmp_path: Path) -> None:
    lines = [json.dumps({"id": "h", "text": f"<p>{FIRST}</p>"}).encode(),
             json.dumps({"id": "p", "text": OTHER}).encode(),
             '{"id": "w", "text": "Le pr\u00e9sident met the Kenyan minister."}'.encode("cp1252")]
    (tmp_path / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    report = ingest(store, coder, lambda writer: iter_items([str(tmp_path / "in.jsonl")]),
                    ["in.jsonl"])
    assert report.counts.new == 3
    assert stored(store, "SELECT article_id, text_notes FROM articles ORDER BY article_id") == \
        [("h", "markup"), ("p", None), ("w", "cp1252")]


def test_versions_can_all_be_kept(store: Store, coder: Coder) -> None:
    run(store, coder, [story(FIRST)])
    report = ingest(store, coder, lambda writer: [story(CORRECTED)], ["test"],
                    IngestOptions(replace_versions=False))
    assert (report.counts.new, report.counts.replaced) == (1, 0)
    assert stored(store, "SELECT count(*) FROM articles WHERE article_id = 'ke-1'") == [(2,)]
    assert_consistent(store)
