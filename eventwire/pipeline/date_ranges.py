"""Ranges of days (part of ``ew_dates``): "March 3-5", "4 to 6 March", "between March 3 and
March 5", "from Monday to Wednesday".

An act dated by a range happened on some day or days of it, not necessarily on its first: the
range is given the smallest unit of the contract's precisions that holds both its ends, never a
false exact day. A range within one week (Monday to Sunday) is that week (its Monday, ``week``),
else within one month that month (``month``), else within one year that year (``year``).

Two day mentions make one range when the first follows an opening word and the word between
them closes it (``range_openers``: "between" ... "and", "from" ... "to"/"through"/"until"), or
when a dash alone joins them ("Monday-Wednesday"). "on Monday and Tuesday" stays two days (two
acts, as in "canceled his trips Monday and Tuesday").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from eventwire.pipeline.date_calendar import monday_of
from eventwire.pipeline.mentions import DateMention

DASHES = frozenset({"-", "–", "—"})


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
    """``mentions`` (in text order) with each pair of day mentions that make a range replaced by
    one mention of the range (module docstring)."""
    merged: list[DateMention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if last is not None and _joined(doc, last, mention, openers):
            start, end = date.fromisoformat(last.date), date.fromisoformat(mention.date)
            when, precision = enclosing(start, end)
            merged[-1] = replace(last, end=mention.end, date=when.isoformat(),
                                 precision=precision)
            continue
        merged.append(mention)
    return merged


def _joined(
    doc: Doc, first: DateMention, second: DateMention, openers: dict[str, tuple[str, ...]]
) -> bool:
    if first.precision != "day" or second.precision != "day" or first.date >= second.date:
        return False
    if second.start != first.end + 1 or first.limit:
        return False
    joiner = doc[first.end].lower_
    if joiner in DASHES:
        return True
    opener = doc[first.start - 1].lower_ if first.start > 0 else ""
    return joiner in openers.get(opener, ())


__all__ = ["enclosing", "merge_ranges"]
