"""Ranges of days and of months (part of ``ew_dates``): "March 3-5", "4 to 6 March", "between
March 3 and March 5", "from Monday to Wednesday", "between March 2014 and September 2017".

An act dated by a range happened on some day or days of it, not necessarily on its first: the
range is given the smallest unit of the contract's precisions that holds both its ends, never a
false exact day. A range within one week (Monday to Sunday) is that week (its Monday, ``week``),
else within one month that month (``month``), else within one year that year (``year``); a
range across a new year is held by no unit and dates nothing (both its ends are dropped: either
alone would be a false date). A range of two months runs from the first day of the first to the
last day of the second ("from March to May": that year; "between March 2014 and September
2017": no date).

Two day mentions (or two of months, or of years: "from 2014 to 2017", no date) make one range
when the first follows an opening word and the word between them closes it (``range_openers``:
"between" ... "and", "from" ... "to"/"through"/"until"), or when a dash alone joins them
("Monday-Wednesday"). "on Monday and Tuesday" stays two days (two acts, as in "canceled his
trips Monday and Tuesday").
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from eventwire.pipeline.date_calendar import monday_of
from eventwire.pipeline.mentions import DateMention

DASHES = frozenset({"-", "–", "—"})
RANGE_PRECISIONS = frozenset({"day", "month", "year"})


def enclosing(start: date, end: date) -> tuple[date, str]:
    """The smallest week, month or year that holds ``start`` and ``end`` (``start`` itself when
    they are one day), as the first day of that unit and its precision."""
    if start == end:
        return start, "day"
    if monday_of(start) == monday_of(end):
        return monday_of(start), "week"
    if (start.year, start.month) == (end.year, end.month):
        return date(start.year, start.month, 1), "month"
    return date(start.year, 1, 1), "year"


def merge_ranges(
    doc: Doc, mentions: list[DateMention], openers: dict[str, tuple[str, ...]]
) -> list[DateMention]:
    """``mentions`` (in text order) with each pair of day, month or year mentions that make a
    range replaced by one mention of the range, or by none (module docstring)."""
    merged: list[DateMention | None] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if last is not None and _joined(doc, last, mention, openers):
            start, end = date.fromisoformat(last.date), _last_day(mention)
            if start.year != end.year:
                merged[-1] = None  # no unit holds it: not a date, nor is either end
                continue
            when, precision = enclosing(start, end)
            merged[-1] = replace(last, end=mention.end, date=when.isoformat(),
                                 precision=precision)
            continue
        merged.append(mention)
    return [m for m in merged if m is not None]


def _last_day(mention: DateMention) -> date:
    """The last day of a day, month or year mention."""
    day = date.fromisoformat(mention.date)
    if mention.precision == "year":
        return date(day.year, 12, 31)
    if mention.precision == "month":
        return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def _joined(
    doc: Doc, first: DateMention, second: DateMention, openers: dict[str, tuple[str, ...]]
) -> bool:
    if first.precision != second.precision or first.precision not in RANGE_PRECISIONS or (
            first.date >= second.date):
        return False
    if second.start != first.end + 1 or first.limit:
        return False
    joiner = doc[first.end].lower_
    if joiner in DASHES:
        return True
    opener = doc[first.start - 1].lower_ if first.start > 0 else ""
    return joiner in openers.get(opener, ())


__all__ = ["enclosing", "merge_ranges"]
