"""A passive harm and what caused it, named in its ``by`` phrase (``harm_cause.py``): an attack
("by a Turkish drone strike"), a weapon with its user ("by a Syrian rocket") or the attackers
beside an attack ("by Somali rebels in an ambush"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def by_trigger(events: list[Event]) -> dict[str, tuple[str | None, str | None]]:
    return {e.trigger.text: (e.source.code if e.source else None,
                             e.target.code if e.target else None) for e in events}


def test_an_attack_as_the_by_agent_has_the_victims_as_its_target(coder: Coder) -> None:
    events = coder.code("Six farmers were killed by a Turkish drone strike.",
                         published="2021-05-01")
    found = by_trigger(events)
    assert found.get("drone strike") == ("TUR", "AGR"), found


def test_an_attack_beside_the_attackers_is_theirs(coder: Coder) -> None:
    events = coder.code("Two soldiers were wounded by Somali rebels in an ambush.",
                        published="2021-05-01")
    found = by_trigger(events)
    assert found.get("ambush") == ("SOMREB", "MIL"), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A weapon's nationality names its user.
        ("The school was struck by a Syrian rocket.", "SYR"),
        # Where it was made does not.
        ("The school was struck by a Syrian-made rocket.", None),
    ],
)
def test_a_weapon_in_the_by_phrase_names_its_user(coder: Coder, text: str,
                                                  source: str | None) -> None:
    events = [e for e in coder.code(text, published="2021-05-01") if e.cameo.root == "19"]
    assert events and {e.source.code if e.source else None for e in events} == {source}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A weapon in the "by" phrase with a participle of its own: the participle's agent.
        ("The ferry was struck by a rocket fired by the Houthis.", "struck", ("YEMREB", None)),
        # An event noun with a participle of weapon use or of a support verb.
        ("Two soldiers were killed by a mine planted by Somali rebels.", "killed",
         ("SOMREB", "MIL")),
        ("The raid carried out by Somali rebels killed two soldiers.", "raid",
         ("SOMREB", "MIL")),
        # A subject weapon with such a participle.
        ("Rockets fired by Hezbollah hit Haifa.", "hit", ("LBNREB", "ISRCVL")),
    ],
)
def test_a_participles_agent_is_who_used_the_weapon(
    coder: Coder, text: str, trigger: str, expected: tuple[str | None, str | None]
) -> None:
    found = by_trigger(coder.code(text, published="2021-05-01"))
    assert found.get(trigger) == expected, found


def test_a_participle_of_another_verb_names_no_attacker(coder: Coder) -> None:
    found = by_trigger(coder.code("Chile condemned Monday's raid denounced by Peru.",
                                  published="2021-05-01"))
    assert found.get("raid") == (None, None), found
