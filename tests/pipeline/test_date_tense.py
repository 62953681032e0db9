"""The tense that places a date (``date_tense``): the future in the past of reported speech,
the infinitive of a noun, and the report's own day; on sentences parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.context import set_published
from eventwire.pipeline.dates import DatesComponent, make_dates

PUBLISHED = date(2024, 3, 13)  # a Wednesday


@pytest.fixture(scope="module")
def component(nlp: Language) -> DatesComponent:
    return make_dates(nlp, "ew_dates")


def dates_of(
    nlp: Language, component: DatesComponent, text: str, published: date = PUBLISHED
) -> list[tuple[str, str, str]]:
    doc = set_published(nlp(text), published)
    component(doc)
    return [(doc[m.start:m.end].text, m.date, m.precision) for m in doc._.ew_dates]


@pytest.mark.parametrize(("text", "expected"), [
    # "would" in the content of a past report: after publication, not before it
    ("The minister said he would visit Moscow on Monday.", "2024-03-18"),
    ("The rebels announced that they would release the hostages on Friday.", "2024-03-15"),
    ("Officials expected that the talks would resume on Thursday.", "2024-03-14"),
    ("She said the company would try to reopen the plant on Tuesday.", "2024-03-19"),
])
def test_the_future_in_the_past_of_a_report_is_a_coming_day(
    nlp: Language, component: DatesComponent, text: str, expected: str
) -> None:
    (mention,) = dates_of(nlp, component, text)
    assert mention[1:] == (expected, "day")


def test_would_have_is_no_future(nlp: Language, component: DatesComponent) -> None:
    text = "The minister said he would have visited Moscow on Monday."
    assert dates_of(nlp, component, text) == [("Monday", "2024-03-11", "day")]


def test_a_future_in_the_past_counts_from_the_reports_own_day(
    nlp: Language, component: DatesComponent
) -> None:
    # the report is of Friday 8 March: the coming Monday is the 11th, before publication
    for text in ("The minister said on Friday he would visit Moscow on Monday.",
                 "On Friday the minister said that he would visit Moscow on Monday."):
        assert dates_of(nlp, component, text) == [
            ("Friday", "2024-03-08", "day"), ("Monday", "2024-03-11", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # a report of last week (4-10 March): the first such day after that week's Monday
    ("Last week the governor said she would visit the flooded towns on Monday.",
     ("Monday", "2024-03-11", "day")),
    ("The governor said last week that she would visit the flooded towns on Friday.",
     ("Friday", "2024-03-08", "day")),
    ("Last week the two parties agreed to meet on Thursday.", ("Thursday", "2024-03-07", "day")),
])
def test_a_future_in_the_past_of_a_report_of_a_week_counts_from_that_week(
    nlp: Language, component: DatesComponent, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dates_of(nlp, component, text)


def test_a_report_of_a_month_or_a_year_leaves_its_weekday_no_date(
    nlp: Language, component: DatesComponent
) -> None:
    # which Monday after a report of last month is not told
    for text in ("Last month the governor said she would visit the flooded towns on Monday.",
                 "In 2019 the governor said she would visit the flooded towns on Monday."):
        assert [m[0] for m in dates_of(nlp, component, text)] in (["Last month"], ["2019"])


def test_the_reports_day_is_found_through_a_report_over_it(
    nlp: Language, component: DatesComponent
) -> None:
    text = "The mayor told reporters on Sunday she believed the council would vote on Tuesday."
    assert dates_of(nlp, component, text, date(2024, 3, 16)) == [
        ("Sunday", "2024-03-10", "day"), ("Tuesday", "2024-03-12", "day")]


def test_a_day_between_the_report_and_its_content_is_the_reports(
    nlp: Language, component: DatesComponent
) -> None:
    text = "The minister said Tuesday he would step down."
    assert dates_of(nlp, component, text) == [("Tuesday", "2024-03-12", "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # another noun's infinitive: the past clause over it, else the nearest
    ("The director defended his decision to tell Congress in October.", "2023-10-01"),
    ("The director defends his decision to tell Congress in October.", "2023-10-01"),
    ("The team missed the chance to play the final in May.", "2023-05-01"),
    # a noun of intent: a coming time
    ("The minister announced plans to visit Beijing in October.", "2024-10-01"),
    ("The rebels rejected an offer to hold talks in May.", "2024-05-01"),
    # a future marker over the noun
    ("The board will announce its decision to sell the unit in May.", "2024-05-01"),
])
def test_the_infinitive_of_a_noun(
    nlp: Language, component: DatesComponent, text: str, expected: str
) -> None:
    (mention,) = dates_of(nlp, component, text)
    assert mention[1:] == (expected, "month")


def test_a_headlines_infinitive_stays_future(nlp: Language, component: DatesComponent) -> None:
    text = "Talks to resume on Monday, officials say"
    assert dates_of(nlp, component, text) == [("Monday", "2024-03-18", "day")]


def test_a_verb_that_makes_its_complement_future_makes_a_nouns_infinitive_future(
    nlp: Language, component: DatesComponent
) -> None:
    text = "The cabinet announced the decision to send troops in May."
    assert dates_of(nlp, component, text) == [("May", "2024-05-01", "month")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a month or a day of a month that only a report's "would" makes coming is the nearest one
    ("Analysts said the deal would be signed on December 30.", date(2025, 1, 2),
     ("December 30", "2024-12-30", "day")),
    ("Officials said the talks would resume in January.", date(2024, 12, 30),
     ("January", "2025-01-01", "month")),
    # a future marker still places it ahead
    ("Analysts say the deal will be signed on December 30.", date(2025, 1, 2),
     ("December 30", "2025-12-30", "day")),
])
def test_a_reported_would_places_a_month_or_a_month_day_nearest(
    nlp: Language, component: DatesComponent, text: str, published: date,
    expected: tuple[str, str, str]
) -> None:
    assert dates_of(nlp, component, text, published) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a scheduling word in the past tense makes a future in the past: a month or a day of a
    # month is the nearest, not one a year ahead
    ("The summit was scheduled for March 3.", ("March 3", "2024-03-03", "day")),
    ("The minister had planned to visit Beijing in February.", ("February", "2024-02-01",
                                                                 "month")),
    ("The talks were expected to resume in January.", ("January", "2024-01-01", "month")),
    ("The summit, scheduled for March 3, was postponed.", ("March 3", "2024-03-03", "day")),
    # a present or future one still places it ahead
    ("The summit is scheduled for March 3.", ("March 3", "2025-03-03", "day")),
    ("The minister plans to visit Beijing in February.", ("February", "2025-02-01", "month")),
])
def test_a_past_scheduling_places_a_month_or_a_month_day_nearest(
    nlp: Language, component: DatesComponent, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dates_of(nlp, component, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a day of the report or of the scheduling: the coming time from that day
    ("The minister said on Monday that elections would be held in February.",
     ("February", "2025-02-01", "month")),
    ("The two sides agreed on Monday to hold elections in February.",
     ("February", "2025-02-01", "month")),
    ("The ministers agreed on Friday to meet on Monday.", ("Monday", "2024-03-11", "day")),
])
def test_a_dated_report_or_scheduling_places_its_future_after_its_day(
    nlp: Language, component: DatesComponent, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dates_of(nlp, component, text)
