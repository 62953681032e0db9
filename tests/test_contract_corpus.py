"""Real-corpus contract test: 50 published articles coded by the real coder.

30 AllSides international articles, 10 Reuters-21578 wire items and 10 BBC politics articles from
``<repo>/../shared/corpora`` (research-use texts: read here, never bundled). Every record must
validate against the contract with exact offsets, and every article in must come out as coded or
failed, never lost.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.coder import Coder
from eventwire.errors import CODER_FAILURE
from eventwire.records import Article, CodeResult
from tests.contract import SHARED, validate_article_records

CORPORA = SHARED / "corpora"
ALLSIDES = CORPORA / "allsides_article_bias" / "eval_international_500.jsonl"
REUTERS = CORPORA / "reuters21578" / "reuters21578.jsonl.gz"
BBC = CORPORA / "bbc_news_2004_2005" / "bbc_fulltext.jsonl.gz"
ALLSIDES_COUNT, REUTERS_COUNT, BBC_COUNT = 30, 10, 10
REUTERS_PLACES = frozenset({"ussr", "iran", "iraq", "israel", "lebanon", "nicaragua", "china"})

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CORPORA.is_dir(), reason="needs ../shared/corpora (not on this machine)"
    ),
]


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def iso_day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def allsides_articles() -> list[Article]:
    rows = list(read_jsonl(ALLSIDES))
    step = len(rows) // ALLSIDES_COUNT
    return [
        Article(
            text=row["text"],
            id=f"allsides-{row['id']}",
            published=iso_day(row["date"]),
            source=row["source"],
            url=row["url"],
            title=row["title"],
        )
        for row in rows[::step][:ALLSIDES_COUNT]
    ]


def reuters_articles() -> list[Article]:
    """Dated wire items with a body from political places (the collection is mostly business)."""
    picked: list[Article] = []
    for row in read_jsonl(REUTERS):
        if row["body"] and row["date"] and REUTERS_PLACES.intersection(row["places"] or []):
            picked.append(
                Article(
                    text=row["body"],
                    id=f"reuters-{row['newid']}",
                    published=iso_day(row["date"]),
                    source="Reuters",
                    title=row["title"],
                )
            )
        if len(picked) == REUTERS_COUNT:
            break
    return picked


def bbc_articles() -> list[Article]:
    politics = [row for row in read_jsonl(BBC) if row["category"] == "politics"]
    step = len(politics) // BBC_COUNT
    return [
        Article(text=row["text"], id=f"bbc-{row['id']}", source="BBC News", title=row["title"])
        for row in politics[::step][:BBC_COUNT]
    ]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return allsides_articles() + reuters_articles() + bbc_articles()


@pytest.fixture(scope="module")
def results(articles: list[Article]) -> list[CodeResult]:
    return list(Coder().code_articles(iter(articles)))


def test_sample_has_fifty_articles(articles: list[Article]) -> None:
    assert len(articles) == ALLSIDES_COUNT + REUTERS_COUNT + BBC_COUNT
    assert len({a.id for a in articles}) == len(articles)


def test_counts_reconcile(articles: list[Article], results: list[CodeResult]) -> None:
    coded = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    assert len(results) == len(articles) == len(coded) + len(failed)
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert all(not r.events for r in failed), "a failed article must not carry events"


def test_no_coder_failures(results: list[CodeResult]) -> None:
    crashed = [str(r.error) for r in results if r.error and r.error.code == CODER_FAILURE]
    assert not crashed, "\n".join(crashed)


def test_every_record_honours_the_contract(results: list[CodeResult]) -> None:
    for result in results:
        records = [event.to_dict() for event in result.events]
        validate_article_records(
            records, result.article.text, result.article.id, result.article.published
        )


def test_political_articles_yield_events(results: list[CodeResult]) -> None:
    allsides = [r for r in results if r.article.id.startswith("allsides-")]
    with_events = [r for r in allsides if r.events]
    assert len(with_events) >= 0.9 * len(allsides), (
        f"only {len(with_events)} of {len(allsides)} international articles produced events"
    )
