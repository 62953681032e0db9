"""The bundled sample articles code cleanly: every record honours the contract."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.records import Article
from tests.contract import SCHEMA_PATH, validate_article_records

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXT_FILES: dict[str, date] = {
    "wire_summit.txt": date(2022, 2, 2),
    "analysis_border.txt": date(2022, 1, 27),
    "garbled_mt.txt": date(2022, 2, 2),
}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCHEMA_PATH.is_file(), reason="needs ../shared/contract"),
]


def jsonl_articles() -> list[Article]:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [
        Article(
            text=row["text"],
            id=row["id"],
            published=date.fromisoformat(row["published"]),
            source=row["source"],
            url=row["url"],
            title=row["title"],
        )
        for row in rows
    ]


def text_articles() -> list[Article]:
    return [
        Article(text=(EXAMPLES / name).read_text(encoding="utf-8"), id=name, published=published)
        for name, published in TEXT_FILES.items()
    ]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_every_example_file_is_listed() -> None:
    assert {p.name for p in EXAMPLES.glob("*.txt")} == set(TEXT_FILES)


@pytest.mark.parametrize("article", text_articles() + jsonl_articles(), ids=lambda a: a.id)
def test_example_codes_to_valid_records(coder: Coder, article: Article) -> None:
    [result] = list(coder.code_articles([article]))
    assert result.ok, result.error
    assert result.events, f"{article.id}: no events"
    records = [event.to_dict() for event in result.events]
    validate_article_records(records, article.text, article.id, article.published)
