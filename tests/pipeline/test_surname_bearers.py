"""A bare surname is the person the article last named in full with it (``surname_bearers``).
Articles written for these tests; the dictionaries know Mark Carney and Tony Abbott."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.mentions import ActorMention
from tests.pipeline.conftest import actor_run

Run = Callable[[str], list[tuple[str, ActorMention]]]


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    return actor_run(nlp, date(2014, 5, 1))


def _last(found: list[tuple[str, ActorMention]], span: str) -> ActorMention:
    return [m for s, m in found if s == span][-1]


def test_a_surname_inside_an_office_title_is_that_office_holder(run: Run) -> None:
    found = run("White House Press Secretary Jay Carney spoke on Monday. Later Carney "
                "criticized the senators.")
    carney = _last(found, "Carney")
    assert (carney.code, carney.name, carney.kb_id) == ("USAGOV", "Jay Carney", None)


def test_a_surname_after_another_given_name_is_no_namesake(run: Run) -> None:
    found = run("Texas Gov. Greg Abbott toured the levee on Monday. Abbott said the "
                "repairs would take a year.")
    abbott = _last(found, "Abbott")
    assert (abbott.code, abbott.kb_id, abbott.name) == (None, None, "Greg Abbott")


def test_the_dictionary_person_named_in_full_keeps_his_entry(run: Run) -> None:
    found = run("Bank of England Governor Mark Carney raised rates. Carney said "
                "inflation was too high.")
    assert _last(found, "Carney").kb_id == "mark_carney"


def test_a_surname_never_named_in_full_keeps_the_dictionary(run: Run) -> None:
    found = run("Carney said inflation was too high.")
    assert _last(found, "Carney").kb_id == "mark_carney"


def test_a_party_officer_named_again_keeps_the_party(run: Run) -> None:
    found = run("Former DNC leader Dana Quillon says she nearly quit. Quillon also says she "
                "regrets nothing.")
    assert _last(found, "Quillon").code == "USAPTY"


def test_a_name_in_an_event_title_does_not_take_the_surname(run: Run) -> None:
    """The article named the dictionary's own person in full; a later full name in a title
    that is no person's piece leaves his bare surname to him."""
    found = run('Prime Minister Tony Abbott visited Perth. Fans held a rally dubbed "Go Go '
                'Abbott" on Sunday. Abbott thanked the crowd.')
    abbott = _last(found, "Abbott")
    assert abbott.code is not None and abbott.code.startswith("AUS"), abbott
