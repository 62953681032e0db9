"""Scraped and mis-encoded input, read and coded end to end with the real model: markup and
mojibake never reach the parser, Latin-1 files are read, offsets point into the cleaned text and
the counts reconcile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.sources import iter_articles
from eventwire.records import Article, CodeResult
from tests.contract import validate_record

PAGE = ("<p>The Kenyan foreign minister <b>met</b> his Ugandan counterpart in Nairobi on "
        "Monday.</p><p>Advertisement</p>&nbsp;The two ministers discussed trade &amp; "
        "security.</p>")


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _code(coder: Coder, paths: list[str]) -> list[CodeResult]:
    return list(coder.code_articles(iter_articles(paths)))


def _check_offsets(result: CodeResult) -> None:
    for event in result.events:
        validate_record(event.to_dict(), result.article.text, result.article.published)


def test_markup_in_a_jsonl_text_is_removed_before_coding(coder: Coder, tmp_path: Path) -> None:
    path = tmp_path / "page.jsonl"
    record = {"id": "k1", "published": "2022-05-03", "text": PAGE}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (result,) = _code(coder, [str(path)])
    assert result.ok and result.article.notes == ("markup",)
    assert "<" not in result.article.text and "&" in result.article.text
    _check_offsets(result)
    meetings = [e for e in result.events if e.cameo.root == "04"]
    assert any(e.trigger.text == "met" and e.source and e.target for e in meetings)
    for event in result.events:
        assert "<" not in event.evidence.text and "&amp;" not in event.evidence.text
        for actor in (event.source, event.target):
            assert actor is None or "<" not in actor.text


def test_the_same_story_with_and_without_markup_codes_alike(coder: Coder,
                                                             tmp_path: Path) -> None:
    plain = ("The Kenyan foreign minister met his Ugandan counterpart in Nairobi on Monday.\n\n"
             "The two ministers discussed trade & security.")
    (tmp_path / "a.txt").write_text(plain, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "<p>The Kenyan foreign minister <em>met</em> his Ugandan counterpart in Nairobi on "
        "Monday.</p>\n<p>The two ministers discussed trade &amp; security.</p>",
        encoding="utf-8")
    first, second = _code(coder, [str(tmp_path)])
    assert second.article.text == first.article.text == plain
    assert second.article.id != first.article.id  # the ids are the file names
    assert [e.to_dict()["cameo"] for e in first.events] == \
        [e.to_dict()["cameo"] for e in second.events]
    assert [e.evidence for e in first.events] == [e.evidence for e in second.events]


def test_a_windows_1252_file_is_coded_with_a_note(coder: Coder, tmp_path: Path) -> None:
    text = ("Le pr\u00e9sident fran\u00e7ais met the Kenyan foreign minister in Nairobi on "
            "Monday, the minister\u2019s office said.")
    (tmp_path / "w.txt").write_bytes(text.encode("cp1252"))
    (result,) = _code(coder, [str(tmp_path / "w.txt")])
    assert result.ok and result.article.text == text and result.article.notes == ("cp1252",)
    _check_offsets(result)
    assert any(e.trigger.text == "met" for e in result.events)


def test_mojibake_is_repaired_before_coding(coder: Coder, tmp_path: Path) -> None:
    broken = ("The Kenyan foreign minister\u00e2\u20ac\u2122s deputy met Ugandan officials in "
              "Nairobi on Monday.")
    (tmp_path / "m.jsonl").write_text(json.dumps({"id": "m", "text": broken}) + "\n",
                                      encoding="utf-8")
    (result,) = _code(coder, [str(tmp_path / "m.jsonl")])
    assert result.ok and result.article.notes == ("mojibake",)
    assert "minister\u2019s deputy" in result.article.text
    _check_offsets(result)


def test_every_article_is_coded_or_failed(coder: Coder, tmp_path: Path) -> None:
    lines = [json.dumps({"id": "html", "text": PAGE}).encode(),
             json.dumps({"id": "empty", "text": "<p>&nbsp;</p><script>x()</script>"}).encode(),
             '{"id": "latin", "text": "Troops massed near the caf\u00e9."}'.encode("latin-1"),
             json.dumps({"id": "plain", "text": "AT&T said a < b."}).encode()]
    (tmp_path / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    results = _code(coder, [str(tmp_path / "mixed.jsonl")])
    assert len(results) == 4
    failed = [r.article.id for r in results if not r.ok]
    assert failed == ["empty"]
    assert all(isinstance(r.article, Article) for r in results)
    plain = results[3].article
    assert plain.text == "AT&T said a < b." and plain.notes == ()
