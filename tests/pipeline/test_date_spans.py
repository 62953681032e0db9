"""Spans from publication and seasons (``date_spans``): the smallest unit that holds them."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.context import set_published
from eventwire.pipeline.date_spans import holding_unit
from eventwire.pipeline.dates import DatesComponent, make_dates

WEDNESDAY = date(2024, 5, 15)


@pytest.fixture(scope="module")
def component(nlp: Language) -> DatesComponent:
    return make_dates(nlp, "ew_dates")


def dates_of(
    nlp: Language, component: DatesComponent, text: str, published: date = WEDNESDAY
) -> list[tuple[str, str, str]]:
    doc = set_published(nlp(text), published)
    component(doc)
    return [(doc[m.start:m.end].text, m.date, m.precision) for m in doc._.ew_dates]


def test_the_unit_that_holds_a_span() -> None:
    assert holding_unit(date(2024, 5, 13), date(2024, 5, 19)) == (date(2024, 5, 13), "week")
    assert holding_unit(date(2024, 5, 8), date(2024, 5, 15)) == (date(2024, 5, 1), "month")
    assert holding_unit(date(2024, 4, 3), date(2024, 5, 15)) == (date(2024, 1, 1), "year")
    assert holding_unit(date(2023, 12, 28), date(2024, 1, 4)) is None


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a plural unit alone: a week of days, six weeks, six months from publication
    ("The army will launch an offensive in the coming days.", WEDNESDAY,
     ("the coming days", "2024-05-01", "month")),
    ("Protesters clashed with the police in recent days.", WEDNESDAY,
     ("recent days", "2024-05-01", "month")),
    ("Officials will visit the region in the coming weeks.", WEDNESDAY,
     ("the coming weeks", "2024-01-01", "year")),
    ("Police have arrested dozens of activists in recent weeks.", WEDNESDAY,
     ("recent weeks", "2024-01-01", "year")),
    ("The two sides held secret talks in recent months.", date(2024, 9, 20),
     ("recent months", "2024-01-01", "year")),
    # a number of units, digits or words
    ("The ministers will meet again over the next two weeks.", date(2024, 5, 1),
     ("the next two weeks", "2024-05-01", "month")),
    ("Rebels fired rockets at the town over the past 3 days.", date(2024, 5, 19),
     ("the past 3 days", "2024-05-13", "week")),
    ("Envoys will shuttle between the capitals in the days ahead.", WEDNESDAY,
     ("the days ahead", "2024-05-01", "month")),
    # a period after "the" and a rolling shift: that one period back from publication
    ("Rebels have attacked the town twice in the past week.", WEDNESDAY,
     ("the past week", "2024-05-01", "month")),
    ("Talks will resume in the coming week.", WEDNESDAY,
     ("the coming week", "2024-05-01", "month")),
    ("Police arrested 40 protesters over the last month.", date(2024, 5, 31),
     ("the last month", "2024-01-01", "year")),  # from April 30: a month is 31 days
])
def test_a_span_from_publication_is_the_unit_that_holds_it(
    nlp: Language, component: DatesComponent, text: str, published: date,
    expected: tuple[str, str, str],
) -> None:
    assert expected in dates_of(nlp, component, text, published)


@pytest.mark.parametrize(("text", "published"), [
    # across a new year: no unit holds it
    ("Protesters clashed with the police in recent days.", date(2024, 1, 3)),
    ("Prices rose sharply during the past year.", WEDNESDAY),
    ("The government will hold a vote in the coming months.", date(2024, 10, 1)),
    ("The government will hold a vote in the coming year.", WEDNESDAY),
    # not after a preposition, or named from something else
    ("Recent weeks have been calm in the capital.", WEDNESDAY),
    ("The rebels lost ground in the last days of the siege.", WEDNESDAY),
    ("Turnout fell in the weeks before the vote.", WEDNESDAY),
])
def test_a_span_no_unit_holds_or_that_is_no_span_dates_nothing(
    nlp: Language, component: DatesComponent, text: str, published: date
) -> None:
    assert dates_of(nlp, component, text, published) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a shift word: the latest season over, the first to begin, the publication year's
    ("Rebels attacked the town last summer.", date(2024, 7, 10), ("last summer", "2023-01-01")),
    ("Rebels attacked the town last autumn.", WEDNESDAY, ("last autumn", "2023-01-01")),
    ("Rebels attacked the town last fall.", WEDNESDAY, ("last fall", "2023-01-01")),
    ("The president will visit China next summer.", date(2024, 10, 2),
     ("next summer", "2025-01-01")),
    ("The army retook the port this spring.", WEDNESDAY, ("this spring", "2024-01-01")),
    # no shift: the tense places it as a month
    ("The two leaders will meet in the autumn.", WEDNESDAY, ("the autumn", "2024-01-01")),
    ("The two leaders met in the autumn.", WEDNESDAY, ("the autumn", "2023-01-01")),
    ("Fighting resumed in late summer.", date(2024, 3, 1), ("late summer", "2023-01-01")),
    # a year fixes it
    ("The rebels seized the port in the summer of 2019.", WEDNESDAY,
     ("the summer of 2019", "2019-01-01")),
    ("Troops left the city in spring 2020.", WEDNESDAY, ("spring 2020", "2020-01-01")),
])
def test_a_season_is_its_year(
    nlp: Language, component: DatesComponent, text: str, published: date,
    expected: tuple[str, str],
) -> None:
    assert (*expected, "year") in dates_of(nlp, component, text, published)


@pytest.mark.parametrize("text", [
    "The president will visit China next winter.",  # December to February: no one year
    "The rebels fought on after the fall of the capital.",
    "The Arab Spring toppled four rulers.",
    "Athletes arrived for the Winter Olympics.",
    "Water from a hot spring flooded the road.",
])
def test_a_winter_or_a_season_word_that_names_no_season_dates_nothing(
    nlp: Language, component: DatesComponent, text: str
) -> None:
    assert dates_of(nlp, component, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a month or a season joined to one with a year takes its year, the year before when it
    # is later in the calendar (a range across a new year is no date: ``date_ranges``)
    ("Rebels attacked the town in March and April 2015.", ("March", "2015-03-01", "month")),
    ("Rebels shelled the town in December and January 2015.",
     ("December", "2014-12-01", "month")),
    ("Arrests rose in summer and fall 2015.", ("summer", "2015-01-01", "year")),
])
def test_a_month_or_season_joined_to_one_with_a_year_shares_it(
    nlp: Language, component: DatesComponent, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dates_of(nlp, component, text)
