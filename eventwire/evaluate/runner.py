"""Coding gold items in one batched pass through ``Coder.code_articles``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from eventwire.records import Article, CodeResult, Event


class ArticleCoder(Protocol):
    """What the harness needs from a coder (``eventwire.coder.Coder`` has it)."""

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodeResult]: ...


@dataclass(frozen=True, slots=True)
class GoldText:
    """One gold item's text to code: its unique id, text and publication date."""

    id: str
    text: str
    published: date | None = None


@dataclass(slots=True)
class CodedItems:
    """Events per item id, and the items the coder could not code (id -> error message)."""

    events: dict[str, list[Event]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def of(self, item_id: str) -> list[Event]:
        return self.events.get(item_id, [])


def code_texts(coder: ArticleCoder, texts: Sequence[GoldText]) -> CodedItems:
    """Code every text in one batched run; ids must be unique."""
    articles = (Article(text=item.text, id=item.id, published=item.published) for item in texts)
    coded = CodedItems()
    for result in coder.code_articles(articles):
        if result.error is not None:
            coded.errors[result.article.id] = f"{result.error.code}: {result.error.message}"
        coded.events[result.article.id] = list(result.events)
    return coded


def unique_ids(ids: Iterable[str]) -> list[str]:
    """Make repeated ids unique by suffixing ``#2``, ``#3``... (the first keeps its id)."""
    seen: dict[str, int] = {}
    result = []
    for item_id in ids:
        count = seen.get(item_id, 0) + 1
        seen[item_id] = count
        result.append(item_id if count == 1 else f"{item_id}#{count}")
    return result
