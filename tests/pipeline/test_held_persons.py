"""Persons held compounded onto a noun ("prisoner exchange", "hostage swap") name what the event
is about, never a party; a hyphenated pair of actors on an event noun ("the Russia-Ukraine
prisoner exchange") names its two sides. Sentences written for this test, real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.actors import ActorsComponent, make_actors
from tests.coded import pairs


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="module")
def actors(nlp: Language) -> ActorsComponent:
    return make_actors(nlp, "ew_actors", [], False, True, True)


def mentions(nlp: Language, actors: ActorsComponent, text: str) -> dict[str, str | None]:
    doc = actors(nlp(text))
    return {doc[m.start:m.end].text: m.code for m in doc._.ew_actors}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Russia-Ukraine prisoner exchange went ahead on Friday.", {"Russia": "RUS",
                                                                    "Ukraine": "UKR"}),
    ("Kenya and Somalia completed a detainee transfer at the border.", {"Kenya": "KEN",
                                                                        "Somalia": "SOM"}),
    ("Negotiators discussed a hostage swap in Doha.", {"Doha": "QAT"}),
    ("The Red Cross visited two POW camps near the front.", {}),
])
def test_held_persons_as_a_modifier_are_no_actor(
    nlp: Language, actors: ActorsComponent, text: str, expected: dict[str, str]
) -> None:
    found = mentions(nlp, actors, text)
    assert not [span for span in found if any(
        word in span.lower() for word in ("prisoner", "detainee", "hostage", "pow"))]
    for span, code in expected.items():
        assert found.get(span) == code, found


@pytest.mark.parametrize(("text", "span"), [
    ("The rebels freed 20 prisoners on Monday.", "prisoners"),
    ("Guards beat Kenyan detainees in the jail.", "Kenyan detainees"),
])
def test_held_persons_elsewhere_stay_actors(
    nlp: Language, actors: ActorsComponent, text: str, span: str
) -> None:
    found = mentions(nlp, actors, text)
    assert found.get(span) is not None and str(found[span]).endswith("CVL"), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Russia-Ukraine prisoner exchange went ahead on Friday.",
     {("RUS", "UKR"), ("UKR", "RUS")}),
    ("The US-Iran prisoner swap was delayed again.", {("USA", "IRN"), ("IRN", "USA")}),
    ("Russia and Ukraine carried out a prisoner swap on Friday.",
     {("RUS", "UKR"), ("UKR", "RUS")}),
])
def test_the_parties_of_an_exchange_are_not_the_prisoners(
    coder: Coder, text: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert pairs(coder.code(text), "08") == expected


def test_a_single_country_modifier_is_still_the_source(coder: Coder) -> None:
    assert pairs(coder.code("Canadian sanctions hit the regime."), "16") == {("CAN", None)}
