"""Days of history named by their month and day alone (``date_history``), on sentences parsed
by the real English model and on the bundled ``historic_days``."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError
from spacy.language import Language

from eventwire.pipeline.context import set_published
from eventwire.pipeline.date_patterns import HistoricDay
from eventwire.pipeline.dates import DatesComponent, make_dates

PUBLISHED = date(2024, 10, 15)


@pytest.fixture(scope="module")
def component(nlp: Language) -> DatesComponent:
    return make_dates(nlp, "ew_dates")


def dates_of(nlp: Language, component: DatesComponent, text: str,
             published: date = PUBLISHED) -> dict[str, str]:
    doc = set_published(nlp(text), published)
    component(doc)
    return {doc[m.start:m.end].text: m.date for m in doc._.ew_dates}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # an event of historic_days, named by its month and day: its own year
    ("Her uncle was killed in the Sept. 11 attacks.", "Sept. 11", "2001-09-11"),
    ("Security has been tight since the July 7 bombings.", "July 7", "2005-07-07"),
    ("It was the deadliest raid since the Oct. 7 Hamas attack on Israel.", "Oct. 7",
     "2023-10-07"),
    ("Dissidents recalled the June 4 crackdown in Beijing.", "June 4", "1989-06-04"),
    # "the <nth> anniversary of": that many years before the anniversary
    ("Villagers marched on the 5th anniversary of the May 12 raid.", "May 12", "2019-05-12"),
    ("Villagers marched on the tenth anniversary of the May 12 raid.", "May 12", "2014-05-12"),
    # no entry, no anniversary: the year that fits the clause
    ("Protesters clashed with police on July 14.", "July 14", "2024-07-14"),
    ("Troops withdrew after the Sept. 12 attack on the base.", "Sept. 12", "2024-09-12"),
    # the noun as the entry writes it: "the Sept. 11 attack" is not the attacks of 2001
    ("Gunmen killed a guard in the Sept. 11 attack on the consulate.", "Sept. 11",
     "2024-09-11"),
    # a year of its own is kept
    ("He recalled the Sept. 11, 2012, attacks on the consulate.", "Sept. 11, 2012",
     "2012-09-11"),
])
def test_a_month_and_day_that_names_an_event_of_another_year_takes_its_year(
    nlp: Language, component: DatesComponent, text: str, phrase: str, expected: str
) -> None:
    assert dates_of(nlp, component, text)[phrase] == expected


def test_an_entry_does_not_date_an_article_older_than_its_day(
    nlp: Language, component: DatesComponent
) -> None:
    found = dates_of(nlp, component, "The July 7 bombings shook the city.", date(2005, 7, 10))
    assert found["July 7"] == "2005-07-07"
    found = dates_of(nlp, component, "The July 7 bombings shook the city.", date(2004, 7, 10))
    assert found["July 7"] == "2004-07-07"


def test_an_anniversary_without_its_number_has_no_year(
    nlp: Language, component: DatesComponent
) -> None:
    found = dates_of(nlp, component, "Villagers marched on the anniversary of the May 12 raid.")
    assert "May 12" not in found


def test_an_entry_must_be_a_real_day() -> None:
    with pytest.raises(ValidationError):
        HistoricDay(month=2, day=30, year=2001, nouns=("attacks",), name="no such day")
    with pytest.raises(ValidationError):
        HistoricDay(month=2, day=3, year=2001, nouns=(), name="no nouns")
