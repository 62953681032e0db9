"""Calendar arithmetic of ``ew_dates``: weeks, months, and the occurrence of a calendar date
(a weekday, a month, a day of a month) that fits the tense of its clause."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "future"] | None


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_period(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def pick_occurrence(
    periods: Iterable[tuple[date, date]], published: date, tense: Tense
) -> date | None:
    """The start of the period that fits the tense: latest begun (past), next not yet over
    (future), or the nearest to publication (unknown; a tie goes to the past)."""
    options = sorted(set(periods))
    past = [p for p in options if p[0] <= published]
    future = [p for p in options if p[1] >= published]
    if tense == "past" and past:
        return past[-1][0]
    if tense == "future" and future:
        return future[0][0]
    if not options:
        return None

    def distance(p: tuple[date, date]) -> int:
        if p[0] <= published <= p[1]:
            return 0
        return min(abs((p[0] - published).days), abs((p[1] - published).days))

    return min(options, key=lambda p: (distance(p), p[0]))[0]


def shifted_occurrence(
    periods: Iterable[tuple[date, date]], published: date, shift: int
) -> tuple[date, date] | None:
    """The period named with a shift word ("last June", "next summer", "this May"): the latest
    over before publication (``shift`` below 0), the first that begins after it (above 0), or
    the one of the publication's year (0)."""
    options = sorted(set(periods))
    if shift < 0:
        return next((p for p in reversed(options) if p[1] < published), None)
    if shift > 0:
        return next((p for p in options if p[0] > published), None)
    return next((p for p in options if p[0].year == published.year), None)


__all__ = [
    "Tense",
    "add_months",
    "month_period",
    "monday_of",
    "pick_occurrence",
    "safe_date",
    "shifted_occurrence",
]
