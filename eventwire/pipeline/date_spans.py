"""Vague spans next to publication and seasons (part of ``ew_dates``).

* A **span from publication** with no calendar edge: "in the coming weeks", "in recent days",
  "over the past few months", "in the next two weeks", "in the days ahead", "in the past week"
  (``span_shifts``, ``span_after``, ``rolling_shifts`` in ``dates.yaml``). Its direction is in
  its words (back for "recent", "past", "last"; forward for "coming", "next", "ahead"), its
  length is its number of units, or ``span_days`` for a plural unit alone ("in recent weeks":
  six weeks). An act of the span happened (or is to happen) on some day of it, not on a day
  the text names: the span is given, like a range of days (``date_ranges``), the smallest
  week, month or year that holds all of it; one across a new year is held by no unit and is
  no date. The span must follow a preposition (``span_preps``: "Recent weeks have been calm"
  dates nothing) and not be named from something else ("the last days of the campaign", "the
  weeks before the vote").
* A **season** ("last summer", "this spring", "in the autumn", "the summer of 2019";
  ``seasons``, northern hemisphere; six months on in a sentence about southern countries,
  ``date_hemisphere``) is three months: a season of one year is that year
  (precision ``year``), winter holds a new year and is no date. Which one: "last" the latest
  over before publication, "next" the first to begin after it, "this" the publication year's
  (``date_calendar.shifted_occurrence``); with no shift the tense of the clause places it as
  it places a month; a year in the phrase fixes it. A season standing alone needs a
  preposition of ``bare_cues`` before it (or before its "the"), must be written in lower case
  (not "the Arab Spring", "the Winter Olympics") and, before "of", a year ("the fall of Kabul"
  is no season).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from eventwire.pipeline.date_calendar import (
    Tense,
    month_period,
    pick_occurrence,
    shifted_occurrence,
)
from eventwire.pipeline.date_hemisphere import southern_months
from eventwire.pipeline.date_patterns import YEAR_RE, DatesData
from eventwire.pipeline.date_ranges import enclosing
from eventwire.pipeline.date_weekend import named_from_elsewhere

Resolved = tuple[date, str] | None
# Days in a numbered unit of a span ("the past two months": 62 days): the longest of each.
UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


def holding_unit(start: date, end: date) -> Resolved:
    """The smallest week, month or year that holds ``start`` to ``end`` (``enclosing``), or
    ``None`` when they are in two years (no unit of the contract holds them)."""
    return enclosing(start, end) if start.year == end.year else None


def _before(span: Span) -> Token | None:
    """The word before ``span`` (which holds its own "the": "in [the coming weeks]")."""
    return span.doc[span.start - 1] if span.start > 0 else None


def _span_length(span: Span, data: DatesData, unit: str) -> int | None:
    """The number of days of the span: its number of units ("the past two weeks"), one unit
    for a period ("the past week"), else ``span_days`` of the unit ("in recent weeks")."""
    for token in span:
        if token.is_digit:
            return int(token.text) * UNIT_DAYS[unit]
        if token.lower_ in data.numbers:
            return data.numbers[token.lower_] * UNIT_DAYS[unit]
    if span[-1].lower_ in data.periods:
        return UNIT_DAYS[unit]
    return data.span_days.get(unit)


def resolve_span(span: Span, published: date, data: DatesData) -> Resolved:
    """The unit that holds the span ``span`` names from ``published`` (module docstring)."""
    before = _before(span)
    if before is None or before.lower_ not in data.span_preps or named_from_elsewhere(span):
        return None
    words = [t.lower_ for t in span if t.lower_ != "the"]
    direction = data.span_shifts.get(words[0]) or data.span_after.get(words[-1])
    unit = next((data.units[w] for w in words if w in data.units), None)
    if not direction or unit is None:
        return None
    length = _span_length(span, data, unit)
    if length is None:
        return None
    step = timedelta(days=length)
    return holding_unit(published - step, published) if direction < 0 else holding_unit(
        published, published + step)


def _calendar_month(token: Token, data: DatesData) -> int | None:
    """The first month of the month or season ``token`` names."""
    word = token.lower_.rstrip(".")
    if word in data.seasons:
        return data.seasons[word][0]
    return data.months.get(word) or data.month_abbreviations.get(word)


def shared_year(span: Span, data: DatesData, month: int) -> int | None:
    """The year of the month or season after ``span`` that ``span`` (of first month ``month``,
    with no year) is joined to: "March [and April 2015]", "summer [and fall 2015]"; the year
    before when ``span`` is later in the calendar ("December [to February 2015]")."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].lower_ not in data.year_sharing_joiners:
        return None
    later = _calendar_month(doc[i + 1], data) if i + 1 < len(doc) else None
    year_at = i + 3 if i + 3 < len(doc) and doc[i + 2].lower_ == "of" else i + 2
    if later is None or year_at >= len(doc) or not re.match(YEAR_RE, doc[year_at].text):
        return None
    year = int(doc[year_at].text)
    return year - 1 if month > later else year


def _season_months(span: Span, data: DatesData) -> tuple[Token, tuple[int, int]] | None:
    token = next((t for t in span if t.lower_ in data.seasons), None)
    return None if token is None else (token, data.seasons[token.lower_])


def _season_period(year: int, months: tuple[int, int]) -> tuple[date, date]:
    first, last = months
    return date(year, first, 1), month_period(year + (last < first), last)[1]


def _stands_as_season(span: Span, token: Token, data: DatesData, shift: int | None) -> bool:
    """A season with no year is one after a shift word, or in lower case after a preposition
    of ``bare_cues``, and not before "of" ("the fall of Kabul")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "of":
        return False
    if shift is not None:
        return True
    before = _before(span)
    return token.is_lower and before is not None and before.lower_ in data.bare_cues


def resolve_season(
    span: Span, published: date | None, data: DatesData, tense: Tense, southern: bool = False
) -> Resolved:
    """The year of the season ``span`` names (module docstring), or ``None``; ``southern``: of
    the southern hemisphere (``date_hemisphere``)."""
    found = _season_months(span, data)
    if found is None:
        return None
    token, months = found
    months = southern_months(months) if southern else months
    year = next((int(t.text) for t in span if re.match(YEAR_RE, t.text)), None)
    if year is not None:
        return holding_unit(*_season_period(year, months))
    shift = data.weekday_shifts.get(span[0].lower_) if span[0].i != token.i else None
    if published is None or not _stands_as_season(span, token, data, shift):
        return None
    joined = shared_year(span, data, months[0]) if shift is None else None
    if joined is not None:
        return holding_unit(*_season_period(joined, months))
    options = [_season_period(y, months) for y in range(published.year - 1, published.year + 2)]
    if shift is not None:
        chosen = shifted_occurrence(options, published, shift)
        return None if chosen is None else holding_unit(*chosen)
    start = pick_occurrence(options, published, tense)
    period = next((p for p in options if p[0] == start), None)
    return None if period is None else holding_unit(*period)


__all__ = ["holding_unit", "resolve_season", "resolve_span", "shared_year"]
