"""Codes of conflict and coercion by the means the text names: bombings by their method (183,
1831-1833), places taken by armed parties (192), labour strikes (143), cyber attacks (170),
legislative blocking (120) and the weapon that hits (194, 195): sentences written for this test.

The whole bundled dictionary is loaded, so a case also checks that the hand-written pattern
wins over the converted PETRARCH patterns.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.triggers import match_triggers


def codes(nlp: Language, patterns: PatternSet, text: str) -> list[str]:
    doc = nlp(text)
    return [m.code for m in match_triggers(doc, patterns)]


@pytest.mark.parametrize(("text", "code"), [
    # by the method the text names
    ("Gunmen detonated a car bomb outside the customs office in Herat.", "1832"),
    ("A truck bomb killed nineteen people at the bus depot.", "1832"),
    ("A roadside bomb hit a police patrol on the ring road.", "1833"),
    ("The militants planted a roadside bomb near the school.", "1833"),
    ("The attacker detonated a suicide vest at the gate of the base.", "1831"),
    ("Two men detonated explosive belts outside the concert hall.", "1831"),
    ("A suicide bomber killed eleven worshippers at the shrine.", "1831"),
    ("Nine pilgrims died in a suicide blast near the shrine.", "1831"),
    ("A pipe bomb wounded two guards at the courthouse.", "183"),
    ("A letter bomb exploded at the offices of the tax agency.", "183"),
    ("A bomb attack on the ferry wounded six passengers.", "183"),
    # a bombing at a place or named by it is set off there, no air strike
    ("Four students died in the bombing at the cafe on Friday.", "183"),
    ("The mosque bombing left thirty dead.", "183"),
])
def test_a_bombing_gets_its_method(nlp: Language, everything: PatternSet, text: str,
                                   code: str) -> None:
    found = codes(nlp, everything, text)
    assert code in found
    assert not [c for c in found if c.startswith("19")]


@pytest.mark.parametrize("text", [
    "Government jets resumed their bombing of the valley.",
    "The air force continued its bombing on the rebel villages.",
])
def test_a_bombing_of_a_place_stays_aerial(nlp: Language, everything: PatternSet,
                                            text: str) -> None:
    assert "195" in codes(nlp, everything, text)


@pytest.mark.parametrize("text", [
    "A car bomb exploded near the ministry, killing four guards.",
    "A roadside bomb struck the convoy, wounding three soldiers.",
])
def test_a_bombing_and_its_toll_are_one_act(nlp: Language, everything: PatternSet,
                                            text: str) -> None:
    found = [c for c in codes(nlp, everything, text) if c.startswith(("18", "19", "20"))]
    assert len(found) == 1 and found[0].startswith("183")


@pytest.mark.parametrize(("text", "code"), [
    ("The Taliban took Herat after a week of fighting.", "192"),
    ("Rebel fighters captured Goma on Tuesday.", "192"),
    ("Russian troops seized Kherson early in the war.", "192"),
    ("Militants overtook the district capital on Sunday.", "192"),
])
def test_a_place_taken_by_an_armed_party_is_occupied(
        nlp: Language, everything: PatternSet, text: str, code: str) -> None:
    assert code in codes(nlp, everything, text)


@pytest.mark.parametrize("text", [
    "The governor took Ohio by a wide margin.",
    "The rebels took part in the talks in Nairobi.",
    "The soldiers took a bus to Tunis.",
])
def test_no_territory_without_an_armed_party_and_a_place(
        nlp: Language, everything: PatternSet, text: str) -> None:
    assert "192" not in codes(nlp, everything, text)


@pytest.mark.parametrize("text", [
    "Postal workers joined the strike on Thursday.",
    "Dock workers began a 48-hour strike at the port.",
    "Teachers staged a statewide strike over pensions.",
])
def test_a_labour_strike_is_no_force(nlp: Language, everything: PatternSet, text: str) -> None:
    found = codes(nlp, everything, text)
    assert "143" in found
    assert not [c for c in found if c.startswith("19")]


@pytest.mark.parametrize("text", [
    "Hackers attacked the servers of the central bank.",
    "Foreign hackers targeted the electoral commission.",
    "A ransomware attack on the port froze its booking system.",
    "The group hacked into the ministry's computers.",
])
def test_a_cyber_attack_is_coercion(nlp: Language, everything: PatternSet, text: str) -> None:
    found = codes(nlp, everything, text)
    assert "170" in found
    assert not [c for c in found if c.startswith(("18", "19"))]


def test_hacked_to_death_is_a_killing(nlp: Language, everything: PatternSet) -> None:
    assert "1823" in codes(nlp, everything, "The herder was hacked to death near the well.")


@pytest.mark.parametrize("text", [
    "Senators blocked the nominee for the central bank.",
    "Opposition lawmakers blocked the appointment of the new judge.",
])
def test_legislative_blocking_is_a_rejection(nlp: Language, everything: PatternSet,
                                             text: str) -> None:
    found = codes(nlp, everything, text)
    assert "120" in found
    assert "170" not in found


@pytest.mark.parametrize(("text", "code"), [
    ("A cruise missile hit a shopping centre in the port.", "195"),
    ("Two missiles struck the refinery before dawn.", "195"),
    ("Mortar rounds and rockets slammed into the camp.", "194"),
    ("Artillery shells killed four villagers on the road.", "194"),
])
def test_the_weapon_that_hits_names_the_code(
        nlp: Language, everything: PatternSet, text: str, code: str) -> None:
    found = codes(nlp, everything, text)
    assert code in found
    assert "193" not in found


def test_a_vehicle_that_was_hit_strikes_no_blow(nlp: Language, everything: PatternSet) -> None:
    found = codes(nlp, everything, "An army helicopter was damaged near the airfield.")
    assert not [c for c in found if c.startswith("19")]


def test_a_hunger_strike_of_hours_stays_a_hunger_strike(
        nlp: Language, everything: PatternSet) -> None:
    found = codes(nlp, everything, "The prisoner began a 48-hour hunger strike in his cell.")
    assert "142" in found and "143" not in found


def test_shelling_and_its_toll_keep_the_shelling(nlp: Language, everything: PatternSet) -> None:
    doc = nlp("Rebels shelled the river port on Monday, killing nine people.")
    found = {doc[m.head].text: m.code for m in match_triggers(doc, everything)}
    assert found.get("shelled") == "194"
