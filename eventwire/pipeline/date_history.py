"""Days of history named by their month and day alone (part of ``ew_dates``).

A month and day without a year is placed in the year that fits its clause, near publication
("on June 4": this June or last). Before the noun of an event of an earlier year it is a name
("the Sept. 11 attacks", "the June 4 crackdown"), and its year is that event's:

* an event of ``historic_days`` (``dates.yaml``): the month and day before one of the entry's
  nouns, written as the entry writes it ("the Sept. 11 attacks", "the Oct. 7 Hamas attack"),
  is the entry's day, when the article is not older than it;
* "the <nth> anniversary of the <month> <day> <noun>" ("the 35th anniversary of the June 4
  crackdown") is that many years before the anniversary, the day nearest to publication
  (``anniversary_nouns``, ``ordinal_words``); with no ordinal ("the anniversary of the May 12
  raid") the year is unknown, and the phrase dates nothing.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from eventwire.pipeline.date_calendar import safe_date
from eventwire.pipeline.date_patterns import YEAR_RE, DatesData

PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
ORDINAL_NUMBER_RE = re.compile(r"^(\d{1,3})(st|nd|rd|th)$")


def named_noun(span: Span) -> Token | None:
    """The noun that the month and day ``span`` stands before and names ("the Sept. 11
    attacks": attacks)."""
    root = span.root
    head = root.head
    if root.dep_ not in PREMODIFIER_DEPS or head.i < span.end or head.pos_ not in (
            "NOUN", "PROPN"):
        return None
    return head


def _names_entry(words: str, nouns: tuple[str, ...]) -> bool:
    return any(words == noun or words.endswith(" " + noun) for noun in nouns)


def _historic(day: date, noun: Token, span: Span, data: DatesData,
              published: date | None) -> date | None:
    """The day of the ``historic_days`` entry that ``span`` and ``noun`` name."""
    words = " ".join(t.lower_ for t in span.doc[span.end:noun.i + 1])
    for entry in data.historic_days:
        when = date(entry.year, entry.month, entry.day)
        if (entry.month, entry.day) == (day.month, day.day) and _names_entry(
                words, entry.nouns) and (published is None or published >= when):
            return when
    return None


def _anniversary(noun: Token, data: DatesData) -> Token | None:
    """The noun of "anniversary" whose "of" ``noun`` is the object of."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    owner = prep.head
    return owner if owner.lemma_.lower() in data.anniversary_nouns else None


def _ordinal(anniversary: Token, data: DatesData) -> int | None:
    """The number of "the 35th anniversary", "the fifth anniversary"."""
    for child in anniversary.children:
        if child.i > anniversary.i:
            continue
        match = ORDINAL_NUMBER_RE.match(child.lower_)
        if match:
            return int(match.group(1))
        if child.lower_ in data.ordinal_words:
            return data.ordinal_words[child.lower_]
    return None


def named_day(span: Span, day: date, data: DatesData, published: date | None) -> date | None:
    """The day of the month and day ``span`` (resolved to ``day`` in the year that fits its
    clause) when it names an event of another year (module docstring); ``day`` when it does
    not; ``None`` when its year is unknown."""
    noun = named_noun(span)
    if noun is None or any(re.match(YEAR_RE, t.text) for t in span):
        return day
    historic = _historic(day, noun, span, data, published)
    if historic is not None:
        return historic
    anniversary = _anniversary(noun, data)
    if anniversary is None:
        return day
    years = _ordinal(anniversary, data)
    return None if years is None else safe_date(day.year - years, day.month, day.day)


__all__ = ["named_day", "named_noun"]
