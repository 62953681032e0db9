"""Weekends (``date_weekend``): the week of the weekend, placed like a weekday."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.context import set_published
from eventwire.pipeline.date_weekend import weekend_saturday
from eventwire.pipeline.dates import DatesComponent, make_dates

WEDNESDAY, SATURDAY, SUNDAY, MONDAY = (date(2024, 3, 13), date(2024, 3, 16), date(2024, 3, 17),
                                       date(2024, 3, 18))


@pytest.mark.parametrize(("published", "shift", "tense", "saturday"), [
    (WEDNESDAY, 0, "past", date(2024, 3, 9)),
    (WEDNESDAY, 0, None, date(2024, 3, 9)),
    (WEDNESDAY, 0, "future", date(2024, 3, 16)),
    (WEDNESDAY, -1, None, date(2024, 3, 9)),
    (WEDNESDAY, 1, None, date(2024, 3, 16)),
    # during a weekend, "this weekend" is the current one whatever the tense
    (SATURDAY, 0, "past", SATURDAY),
    (SUNDAY, 0, "future", SATURDAY),
    # and "last weekend" the one before, "next weekend" the one after
    (SUNDAY, -1, None, date(2024, 3, 9)),
    (SATURDAY, 1, None, date(2024, 3, 23)),
    (MONDAY, 0, "past", SATURDAY),
    (MONDAY, -1, None, SATURDAY),
])
def test_which_weekend(published: date, shift: int, tense: str | None, saturday: date) -> None:
    assert weekend_saturday(published, shift, tense) == saturday  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def component(nlp: Language) -> DatesComponent:
    return make_dates(nlp, "ew_dates")


def dates_of(nlp: Language, component: DatesComponent, text: str,
             published: date = WEDNESDAY) -> list[tuple[str, str, str]]:
    doc = set_published(nlp(text), published)
    component(doc)
    return [(doc[m.start:m.end].text, m.date, m.precision) for m in doc._.ew_dates]


@pytest.mark.parametrize(("text", "phrase", "monday"), [
    ("Protesters clashed with police over the weekend.", "the weekend", "2024-03-04"),
    ("Police arrested ten people at the weekend.", "the weekend", "2024-03-04"),
    ("The ministers will meet this weekend.", "this weekend", "2024-03-11"),
    ("The rebels attacked the town last weekend.", "last weekend", "2024-03-04"),
    ("Unions will strike next weekend.", "next weekend", "2024-03-11"),
])
def test_a_weekend_is_its_week(
    nlp: Language, component: DatesComponent, text: str, phrase: str, monday: str
) -> None:
    assert dates_of(nlp, component, text) == [(phrase, monday, "week")]


@pytest.mark.parametrize("text", [
    "The rebels attacked the town on the weekend before the vote.",
    "The weekend of June 3 was quiet.",
    "Shops open every weekend.",
])
def test_a_weekend_named_from_something_else_is_no_date(
    nlp: Language, component: DatesComponent, text: str
) -> None:
    assert [m for m in dates_of(nlp, component, text) if "weekend" in m[0]] == []
