"""Source and target of an event noun (``noun_roles.py``): sentences written for these tests,
coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_support_verb_subject_is_the_source(coder: Coder) -> None:
    events = coder.code("Israeli forces launched an attack on Gaza.", published="2022-03-01")
    attacks = [e for e in events if e.cameo.root in ("18", "19")]
    assert attacks and attacks[0].source and attacks[0].source.code == "ISRMIL"


def test_passive_participation_verb_names_the_participants(coder: Coder) -> None:
    # "were engaged in"/"were involved in" without a "by" agent: the subject took part.
    events = coder.code("Officials said that Serbian police were involved in attacks on "
                        "Albanian villagers in the area last week.", published="2022-03-01")
    nominal = [e for e in events if e.trigger.text == "attacks"]
    assert [(e.source.code if e.source else None) for e in nominal] == ["SRBCOP"]


def test_passive_participation_verb_keeps_its_by_agent(coder: Coder) -> None:
    events = coder.code("Officials said that two ministers were taken into talks by the "
                        "president on Monday.", published="2022-03-01")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert [e.source.text if e.source else None for e in talks] == ["the president"]


def test_event_noun_subject_of_harm_verb_targets_its_victims(coder: Coder) -> None:
    events = coder.code("Officials said a car bombing in the capital killed three Kenyan "
                        "policemen on Monday.", published="2022-03-01")
    bombing = [e for e in events if e.trigger.text == "car bombing"]
    assert [e.target.code if e.target else None for e in bombing] == ["KENCOP"]


def test_event_noun_subject_of_other_verb_gets_no_target(coder: Coder) -> None:
    # Whom an attack angered is no victim of it. ("on Monday" ties the actorless attack to a
    # time: without it the noun is a background mention and gives no event, background.py.)
    events = coder.code("Officials said the attack on the border post on Monday angered the "
                        "government in Moscow.", published="2022-03-01")
    attack = [e for e in events if e.trigger.text == "attack"]
    assert [e.target for e in attack] == [None]


def test_light_verb_phrase_names_the_target(coder: Coder) -> None:
    # "against Kurdish rebels" hangs on "engaged", not on the event noun it carries.
    events = coder.code("Officials said that government troops were engaged in heavy fighting "
                        "in the north on Monday against Kurdish rebels.", published="2022-03-01")
    fighting = [e for e in events if e.trigger.text == "fighting"]
    assert [e.target.code if e.target else None for e in fighting] == ["REB"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the rebels have been keeping hundreds of Somali villagers as human "
        "shields in the town.",
        "Officials said hundreds of Somali villagers were held as human shields by the rebels.",
    ],
)


def test_event_noun_in_as_phrase_of_use_verb(coder: Coder, text: str) -> None:
    events = coder.code(text, published="2022-03-01")
    shields = [e for e in events if e.trigger.text == "human shields"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in shields] == [("REB", "SOMCVL")]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Officials said the Kenyan police put two opposition leaders under house arrest on "
         "Monday.", "arrest", ("KENCOP", "KENOPP")),
        ("Officials said a Kenyan journalist was placed under house arrest by the police in "
         "Nairobi last week.", "arrest", ("KENCOP", "KENMED")),
    ],
)


def test_event_noun_in_under_phrase_of_placement_verb(
        coder: Coder, text: str, trigger: str, expected: tuple[str, str]) -> None:
    events = coder.code(text, published="2022-03-01")
    found = [e for e in events if e.trigger.text == trigger]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in found] == [expected]
