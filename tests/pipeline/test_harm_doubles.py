"""A passive harm verb whose cause phrase is a coded attack tells that attack's toll: one event,
the attack's (``harm_doubles``); an active harm verb and a cause that is no coded act keep the
verb's. Sentences written for these tests, coded by the real pipeline."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.harm_doubles import without_harm_doubles
from eventwire.pipeline.triggers import match_triggers
from tests.coded import coded


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "code"), [
    ("Six market traders were killed in a suicide blast on Friday.", "1831"),
    ("Two nurses were wounded by an air strike on the clinic.", "195"),
    ("Nine police officers were killed in an attack on their checkpoint.", "190"),
    ("Dozens of pilgrims have been killed in a suicide bomb blast.", "1831"),
])
def test_a_passive_harm_verb_with_a_coded_cause_is_one_event(coder: Coder, text: str,
                                                             code: str) -> None:
    assert coded(coder, text) == [code]


@pytest.mark.parametrize("text", [
    "Militants killed four guards in an ambush near the mine.",  # its doer named
    "Three farmers were killed in the valley on Monday.",  # a place, no coded cause
    "Another one was killed by gunfire near the gate.",  # victims no actor: no target
])
def test_a_harm_verb_without_a_coded_cause_keeps_its_event(coder: Coder, text: str) -> None:
    assert "190" in coded(coder, text)


def test_the_victims_are_the_attacks_target(coder: Coder) -> None:
    events = coder.code("Four villagers were killed by a drone strike near the border.")
    assert len(events) == 1
    assert events[0].target is not None and events[0].target.text == "Four villagers"


def test_only_the_harm_verb_is_dropped(coder: Coder, everything: PatternSet) -> None:
    doc = coder.nlp("Five civilians were killed in a car bombing in the capital.")
    triggers = match_triggers(doc, everything)
    kept = without_harm_doubles(doc, triggers)
    assert {doc[t.head].text for t in triggers} - {doc[t.head].text for t in kept} == {"killed"}
