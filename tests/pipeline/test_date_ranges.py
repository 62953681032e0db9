"""Ranges of days (``date_ranges``): the smallest unit that holds them, never a false day."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.context import set_published
from eventwire.pipeline.date_ranges import enclosing
from eventwire.pipeline.dates import DatesComponent, make_dates

PUBLISHED = date(2024, 4, 17)  # a Wednesday


@pytest.mark.parametrize(("start", "end", "expected"), [
    (date(2024, 4, 8), date(2024, 4, 8), (date(2024, 4, 8), "day")),
    (date(2024, 4, 9), date(2024, 4, 14), (date(2024, 4, 8), "week")),
    (date(2024, 4, 14), date(2024, 4, 15), (date(2024, 4, 1), "month")),
    (date(2024, 3, 30), date(2024, 4, 2), (date(2024, 1, 1), "year")),
])
def test_the_smallest_unit_that_holds_a_range(
    start: date, end: date, expected: tuple[date, str]
) -> None:
    assert enclosing(start, end) == expected


@pytest.fixture(scope="module")
def component(nlp: Language) -> DatesComponent:
    return make_dates(nlp, "ew_dates")


def dates_of(nlp: Language, component: DatesComponent, text: str) -> list[tuple[str, str, str]]:
    doc = set_published(nlp(text), PUBLISHED)
    component(doc)
    return [(doc[m.start:m.end].text, m.date, m.precision) for m in doc._.ew_dates]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked the village between March 4 and March 6.",
     ("March 4 and March 6", "2024-03-04", "week")),
    ("Gunmen attacked the village between March 3 and March 5.",
     ("March 3 and March 5", "2024-03-01", "month")),
    ("Delegates met from Monday to Wednesday.", ("Monday to Wednesday", "2024-04-15", "week")),
    ("Gunmen attacked the village on March 3-5.", ("March 3-5", "2024-03-01", "month")),
])
def test_a_range_of_days_is_no_single_day(
    nlp: Language, component: DatesComponent, text: str, expected: tuple[str, str, str]
) -> None:
    assert dates_of(nlp, component, text) == [expected]


def test_two_days_joined_by_and_stay_two(nlp: Language, component: DatesComponent) -> None:
    text = "The president canceled his trips on Monday and Tuesday."
    assert dates_of(nlp, component, text) == [
        ("Monday", "2024-04-15", "day"), ("Tuesday", "2024-04-16", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # two months: from the first day of the first to the last day of the second
    ("Rebels held the pass from March to May 2023.", [("March to May 2023", "2023-01-01",
                                                       "year")]),
    # across a new year no unit holds the range: neither end is its date
    ("Militias violated the embargo between March 2014 and September 2017.", []),
    ("Rebels held the pass from 2014 to 2017.", []),
    ("Troops patrolled the border from December 28, 2023 to January 3, 2024.", []),
])
def test_a_range_of_months_or_years_is_the_unit_that_holds_it_or_no_date(
    nlp: Language, component: DatesComponent, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dates_of(nlp, component, text) == expected
