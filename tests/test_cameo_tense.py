"""CAMEO's tense convention on real coded events."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.cameo_tense import cameo_convention, tense_table
from eventwire.coder import Coder
from eventwire.ontology import get_ontology
from eventwire.records import Article, Event

PUBLISHED = date(2023, 5, 10)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def events_of(coder: Coder, text: str) -> list[Event]:
    (result,) = list(coder.code_articles([Article(text=text, id="t", published=PUBLISHED)]))
    return list(result.events)


def test_every_code_of_the_table_is_in_the_codebook() -> None:
    table = tense_table()
    ontology = get_ontology()
    for part, roots in ((table.intents, "03"), (table.threats, "13")):
        assert all(ontology.cameo(code).root == roots for code in part.values())


@pytest.mark.parametrize(("code", "expected"), [
    ("040", "036"), ("046", "036"), ("045", "039"), ("0874", "0356"), ("0831", "0341"),
    ("190", "1384"), ("1921", "1382"), ("183", "1383"), ("163", "1312"), ("010", None),
    ("111", None),
])
def test_longest_key_wins(code: str, expected: str | None) -> None:
    assert tense_table().lookup(code) == expected


def test_announced_meeting_is_an_intent_to_meet(coder: Coder) -> None:
    events = events_of(coder, "The Kenyan president will meet the Ugandan president in Nairobi.")
    meeting = next(e for e in events if e.cameo.root == "04")
    assert meeting.status == "planned"
    assert cameo_convention(meeting).code == "036"


def test_announced_attack_is_a_threat(coder: Coder) -> None:
    events = events_of(coder, "The rebels will attack the capital, their commander said.")
    attack = next(e for e in events if e.cameo.root in {"18", "19"})
    assert attack.status == "planned"
    assert cameo_convention(attack).root == "13"


def test_occurred_and_possible_events_keep_their_codes(coder: Coder) -> None:
    for text in ("Serbian troops attacked the village on Monday.",
                 "Analysts fear that Serbia could attack the village."):
        for event in events_of(coder, text):
            assert event.status != "planned"
            assert cameo_convention(event) == event.cameo
