"""Weekends (part of ``ew_dates``): "over the weekend", "this weekend", "last weekend", "at the
weekend", "next weekend".

A weekend is two days, so it is given to the week: the date is the Monday of the week its
Saturday is in, with ``week`` precision (never a false exact day). Which weekend:

* "last"/"past" (``weekday_shifts`` below 0): the latest weekend over before publication (an
  article of a Sunday about "last weekend" means the one a week before);
* "next"/"coming" (above 0): the first weekend that begins after publication;
* "the"/"this": by the tense of the clause, as a weekday is placed: a past one is the latest
  weekend begun by publication ("protesters clashed with police over the weekend"), a future
  one the first not yet over ("will meet this weekend"); with no tense, the past one.

"the weekend of June 3", "the weekend before the vote" are named from something else: no date.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span

from eventwire.pipeline.date_calendar import Tense, monday_of

SATURDAY = 5
# Words after "the weekend" that name it from something else: "the weekend of June 3".
NAMED_FROM = frozenset({"of", "before", "after"})


def weekend_saturday(published: date, shift: int, tense: Tense) -> date:
    """The Saturday of the weekend named with ``shift`` (-1 last, 1 next, 0 this/the) in a
    clause of ``tense``, for an article of ``published``."""
    this = published - timedelta(days=(published.weekday() - SATURDAY) % 7)  # latest begun
    if shift < 0:
        return this - timedelta(days=7) if published <= this + timedelta(days=1) else this
    if shift > 0 or tense == "future":
        over = published > this + timedelta(days=1)
        return this + timedelta(days=7) if over or shift > 0 else this
    return this


def named_from_elsewhere(span: Span) -> bool:
    """"the weekend of June 3", "the weekend before the vote": not a weekend of the story's
    week."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in NAMED_FROM


def resolve_weekend(
    span: Span, published: date, shifts: dict[str, int], tense: Tense
) -> tuple[date, str] | None:
    """The week (its Monday) of the weekend ``span`` names (module docstring)."""
    if named_from_elsewhere(span):
        return None
    shift = shifts.get(span[0].lower_, 0)
    return monday_of(weekend_saturday(published, shift, tense)), "week"


__all__ = ["resolve_weekend", "weekend_saturday"]
