"""Link cards that scraped pages leave inside sentences.

Some news sites attach a card to a politician's name: the full name, glued to the titles of the
site's latest stories about that person, and a "MORE" link. Scraped text keeps the card inline:
"Donald Trump Donald John TrumpTrump faces high stakes in meeting ... report MORE on Monday cast
doubt ...". Parsed as it stands, the titles become clauses of the story's sentence and lend it
acts and actors. ``blank_cards`` replaces each card, from the space after the name to its end
word, with spaces of the same length, so the sentence reads "Donald Trump ... on Monday cast
doubt" and every offset into the original text still holds.

A card is recognised by its shape, not by any site's name: a capitalised surname, then up to a
few capitalised words (or a nickname in brackets) ending in the same surname with the next title
glued to it ("TrumpTrump", "PocanDemocrats"), then, within ``max_card_chars`` and on the same
line, an end word of ``data/link_cards.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from eventwire.datafiles import DataMeta, read_yaml_model

LINK_CARDS_FILE = "link_cards.yaml"


class LinkCards(BaseModel):
    """``link_cards.yaml``: the end words and size limits of inline link cards."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    end_words: tuple[str, ...] = Field(min_length=1)
    max_name_words: int = Field(ge=1, le=10)
    max_card_chars: int = Field(ge=50, le=5000)


@lru_cache(maxsize=1)
def link_cards() -> LinkCards:
    return read_yaml_model(LINK_CARDS_FILE, None, LinkCards)


@lru_cache(maxsize=1)
def card_pattern() -> re.Pattern[str]:
    cards = link_cards()
    ends = "|".join(re.escape(word) for word in cards.end_words)
    word = r"(?:[A-Z][\w'\u2019.\-]*|\([A-Z][\w'\u2019.\-]*\))"
    return re.compile(
        r"\b(?P<surname>[A-Z][\w'\u2019\-]+)"
        rf"(?P<card>(?: {word}){{0,{cards.max_name_words}}} (?P=surname)"
        r"(?=[A-Z0-9\"'\u2018\u201c$])"
        rf"[^\n]{{1,{cards.max_card_chars}}}? (?:{ends}))\b"
    )


def card_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the inline link cards in ``text`` (the name before each is kept)."""
    if not any(word in text for word in link_cards().end_words):
        return []
    return [match.span("card") for match in card_pattern().finditer(text)]


def blank_cards(text: str) -> str:
    """``text`` with every link card replaced by spaces: same length, same offsets."""
    spans = card_spans(text)
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)
