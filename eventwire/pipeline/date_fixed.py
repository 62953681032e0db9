"""Date forms that their own words place, whatever the tense of their clause (part of
``ew_dates``; the forms are described in ``dates.py``): absolute dates ("2022-02-04", "4/2/2022",
"January 2022", "in 2019", "in the 1990s", "in March last year"), days and periods counted from
publication ("yesterday", "two days ago", "in three days", "last week") and dates named from
an earlier date of the text ("the following day"). Also the context every resolver reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from eventwire.pipeline.date_calendar import add_months, monday_of, safe_date
from eventwire.pipeline.date_patterns import (
    DAY_RE,
    DECADE_RE,
    ISO_RE,
    NUMERIC_RE,
    YEAR_RE,
    DatesData,
)
from eventwire.pipeline.date_tense import TenseReader
from eventwire.pipeline.mentions import DateMention

Resolved = tuple[date, str] | None


@dataclass(frozen=True, slots=True)
class DateContext:
    data: DatesData
    published: date | None
    tenses: TenseReader
    future: bool = False  # the date of a requested event (``date_nouns.following_event``)
    # ``published`` is the day of the report or scheduling whose future in the past the date is
    report_dated: bool = False


Resolver = Callable[[DateContext, Span], Resolved]
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def month_number(data: DatesData, token: Token) -> int | None:
    word = token.lower_.rstrip(".")
    return data.months.get(word) or data.month_abbreviations.get(word)


def day_number(token: Token) -> int | None:
    match = re.match(DAY_RE, token.text)
    return int(match.group(1)) if match else None


def year_number(span: Span) -> int | None:
    return next((int(t.text) for t in span if re.match(YEAR_RE, t.text)), None)


def resolve_iso(ctx: DateContext, span: Span) -> Resolved:
    match = ISO_RE.match(span.text)
    if match is None:
        return None
    day = safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return (day, "day") if day else None


def _full_year(year: int, published: date | None) -> int | None:
    """A two-digit year in the century that puts it nearest the publication year."""
    if year >= 100:
        return year
    if published is None:
        return None
    century = published.year // 100 * 100
    return min((century - 100 + year, century + year, century + 100 + year),
               key=lambda y: abs(y - published.year))


def resolve_numeric(ctx: DateContext, span: Span) -> Resolved:
    """"4/2/2022", "04.02.2022", "2022/02/04": the order is fixed by a 4-digit first part or a
    part above 12, else by the separator's convention in ``numeric_order``."""
    match = re.match(NUMERIC_RE, span.text)
    if match is None:
        return None
    first, separator, second, last = match.groups()
    if len(first) == 4:
        day = safe_date(int(first), int(second), int(last))
        return (day, "day") if day else None
    year = _full_year(int(last), ctx.published)
    if len(first) == 3 or year is None or (separator == "." and len(last) != 4):
        return None  # "1.5.10" is a version number more often than a date
    a, b = int(first), int(second)
    day_first = ctx.data.numeric_order.get(separator) == "day_first"
    if a > 12 or b > 12:
        day_first = a > 12
    month, day_number = (b, a) if day_first else (a, b)
    day = safe_date(year, month, day_number)
    return (day, "day") if day else None


def resolve_month_year(ctx: DateContext, span: Span) -> Resolved:
    month = next((m for t in span if (m := month_number(ctx.data, t))), None)
    year = year_number(span)
    if month is None or year is None:
        return None
    return date(year, month, 1), "month"


def resolve_month_shift(ctx: DateContext, span: Span) -> Resolved:
    """"in March last year", "February this year": the month of the shifted year."""
    month = next((m for t in span if (m := month_number(ctx.data, t))), None)
    shift = ctx.data.shifts.get(span[-2].lower_)
    if month is None or shift is None or ctx.published is None:
        return None
    return date(ctx.published.year + shift, month, 1), "month"


def has_cue(ctx: DateContext, span: Span) -> bool:
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before in ctx.data.bare_cues or span[0].lower_ in ctx.data.parts


def resolve_year(ctx: DateContext, span: Span) -> Resolved:
    year = year_number(span)
    if year is None or not (has_cue(ctx, span) or _names_its_noun(ctx, span)):
        return None
    return date(year, 1, 1), "year"


def dates_noun_only(ctx: DateContext, span: Span) -> bool:
    """A year that dates only the noun after it (found by ``_names_its_noun``): "the 1979
    coup", "a hit to 2005 earnings"."""
    return len(span) == 1 and year_number(span) is not None and _names_its_noun(ctx, span)


def _names_its_noun(ctx: DateContext, span: Span) -> bool:
    """A year between a determiner and the noun it dates: "the 1979 coup", "its 2014
    annexation" (not "2019 people")."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    token = span[-1]
    return (before in ctx.data.year_noun_cues and token.head.i > token.i
            and token.head.pos_ == "NOUN")


def resolve_relative_day(ctx: DateContext, span: Span) -> Resolved:
    offset = ctx.data.relative_days.get(" ".join(t.lower_ for t in span))
    if offset is None or ctx.published is None:
        return None
    return ctx.published + timedelta(days=offset), "day"


def shifted(published: date, unit: str, amount: int) -> Resolved:
    if unit == "day":
        return published + timedelta(days=amount), "day"
    if unit == "week":
        return monday_of(published + timedelta(weeks=amount)), "week"
    if unit == "month":
        return add_months(published, amount), "month"
    return date(published.year + amount, 1, 1), "year"


def number_of(ctx: DateContext, token: Token) -> int | None:
    if token.is_digit:
        return int(token.text)
    return ctx.data.numbers.get(token.lower_)


def resolve_ago(ctx: DateContext, span: Span) -> Resolved:
    amount = number_of(ctx, span[0])
    unit = ctx.data.units.get(span[1].lower_)
    if amount is None or unit is None or ctx.published is None:
        return None
    return shifted(ctx.published, unit, -amount)


def resolve_in_units(ctx: DateContext, span: Span) -> Resolved:
    amount = number_of(ctx, span[1])
    unit = ctx.data.units.get(span[2].lower_)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ in ctx.data.ago:
        return None
    if amount is None or unit is None or ctx.published is None:
        return None
    return shifted(ctx.published, unit, amount)


def resolve_decade(ctx: DateContext, span: Span) -> Resolved:
    match = next((m for t in span if (m := re.match(DECADE_RE, t.text))), None)
    return (date(int(match.group(1)), 1, 1), "year") if match else None


def _anchored_shift(ctx: DateContext, span: Span) -> tuple[str, int] | None:
    """The unit and the signed number of units of a date named from an earlier one."""
    words = [t.lower_ for t in span]
    label = " ".join(words)
    if label in ctx.data.anchor_days:
        return "day", ctx.data.anchor_days[label]
    if words[0] == "the" and words[1] in ctx.data.anchor_shifts:
        return words[2], ctx.data.anchor_shifts[words[1]]
    amount, unit = number_of(ctx, span[0]), ctx.data.units.get(words[1])
    direction = ctx.data.anchor_directions.get(words[-1])
    if amount is None or unit is None or direction is None:
        return None
    return unit, amount * direction


def resolve_anchored(ctx: DateContext, span: Span, anchor: DateMention | None) -> Resolved:
    """A date named from the nearest earlier date of the text, the ``anchor`` ("on June 3 ...
    the following day": June 4), when it is at least as precise as the unit; without an
    anchor a shift back counts from the publication date ("the previous day": yesterday)."""
    shift = _anchored_shift(ctx, span)
    if shift is None:
        return None
    unit, amount = shift
    if anchor is not None and PRECISION_RANK[anchor.precision] <= PRECISION_RANK[unit]:
        return shifted(date.fromisoformat(anchor.date), unit, amount)
    if anchor is None and amount < 0 and ctx.published is not None:
        return shifted(ctx.published, unit, amount)
    return None


__all__ = [
    "PRECISION_RANK",
    "DateContext",
    "Resolved",
    "Resolver",
    "number_of",
    "dates_noun_only",
    "day_number",
    "has_cue",
    "month_number",
    "resolve_ago",
    "resolve_anchored",
    "resolve_decade",
    "resolve_in_units",
    "resolve_iso",
    "resolve_month_shift",
    "resolve_month_year",
    "resolve_numeric",
    "resolve_relative_day",
    "resolve_year",
    "shifted",
    "year_number",
]
