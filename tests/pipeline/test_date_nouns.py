"""Dates of a noun rather than of its clause (``date_nouns``): named days, a month and day
before a noun, the date of a requested event, the event of an eve; on sentences coded by the
real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.context import set_published
from eventwire.pipeline.date_nouns import named_weekday
from eventwire.pipeline.date_patterns import bundled_dates_data
from eventwire.records import Article

PUBLISHED = date(2019, 6, 5)  # a Wednesday
NONE = ("2019-06-05", "publication")


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def dated(coder: Coder, text: str, trigger: str) -> tuple[str | None, str]:
    (result,) = list(coder.code_articles([Article(text=text, id="t", published=PUBLISHED)]))
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return event.date, event.date_precision


@pytest.mark.parametrize(("text", "weekday", "named"), [
    ("Shoppers queued outside the mall on Black Friday.", "Friday", True),
    ("Voters in twelve states went to the polls on Super Tuesday.", "Tuesday", True),
    ("Late Friday, the envoy left Cairo.", "Friday", False),
    ("The envoy left Cairo late Friday.", "Friday", False),
    ("The envoy left Cairo on Friday.", "Friday", False),
    # a name or a place before a weekday is no part of it
    ("Critics panned the bill signed by President Trump Friday.", "Friday", False),
    ("The envoy arrived in Kabul Monday.", "Monday", False),
    ("Good news arrived Friday.", "Friday", False),
])
def test_a_weekday_after_a_capitalised_word_of_its_name_is_a_named_day(
    nlp: Language, text: str, weekday: str, named: bool
) -> None:
    doc = set_published(nlp(text), PUBLISHED)
    (token,) = [t for t in doc if t.text == weekday]
    assert named_weekday(doc[token.i:token.i + 1], bundled_dates_data()) is named


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a month and day before a noun names the noun: no other act of the clause takes it
    ("The senator attacked the Jan. 6 committee on Monday.", "attacked", ("2019-06-03", "day")),
    ("Police have arrested forty men since the April 2 bombing.", "arrested", NONE),
    # unless the noun is the setting of the act
    ("The president criticised the rebels at the April 2 rally.", "criticised",
     ("2019-04-02", "day")),
    # and the noun's own event keeps it
    ("The two leaders had a tense March 12 phone call.", "phone call", ("2019-03-12", "day")),
    # a named day is no date
    ("Activists protested outside the stores on Black Friday.", "protested", NONE),
    # so does a month and year before a noun, unless the noun is the act's setting
    ("The senator criticised the June 2016 meeting with the lawyer.", "criticised", NONE),
    ("The two leaders met at the June 2016 summit.", "met at", ("2016-06-01", "month")),
])
def test_a_date_that_names_a_noun_dates_no_other_act(
    coder: Coder, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert dated(coder, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a day right after the requested event is that event's, a coming one
    ("Miners have called for a general strike on Monday.", "general strike",
     ("2019-06-10", "day")),
    ("Miners have called for a general strike on Monday.", "called for", NONE),
    # a day of the request dates the request only
    ("On Monday, the unions called for a general strike.", "called for", ("2019-06-03", "day")),
    ("On Monday, the unions called for a general strike.", "general strike", NONE),
    # a date after a noun that is no event still dates the request
    ("The president urged restraint on Monday.", "urged restraint", ("2019-06-03", "day")),
])
def test_the_date_of_a_requested_event_is_not_the_requests(
    coder: Coder, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert dated(coder, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the day after the eve's event is the event's; the eve is the day before
    ("The ministers met on the eve of the summit on Tuesday.", "met", ("2019-06-03", "day")),
    ("The ministers will meet on the eve of the summit on Friday.", "meet",
     ("2019-06-06", "day")),
])
def test_a_day_after_the_event_of_an_eve_dates_the_event(
    coder: Coder, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert dated(coder, text, trigger) == expected
