"""Trigger coverage: general CAMEO verbs, nouns and light-verb phrases of the hand-written files.

Each case is a sentence written for this test; the expected code follows the CAMEO 1.1b3
codebook definition named in the pattern's ``note``. The whole bundled dictionary is loaded (the
converted PETRARCH patterns included), so a case also checks that the hand-written pattern wins.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.triggers import match_triggers


def triggers(nlp: Language, patterns: PatternSet, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc[m.start : m.end].text, m.code) for m in match_triggers(doc, patterns)]


# (sentence, trigger text, CAMEO code)
CASES: list[tuple[str, str, str]] = [
    # 19: acts of war and uses of force named by a noun or a light verb
    ("The war between the two republics lasted four years.", "war", "190"),
    ("Diplomats warned that armed conflict could break out.", "armed conflict", "190"),
    ("The council authorised military action against the pirates.", "military action", "190"),
    ("Neighbours debated a military intervention in the enclave.", "military intervention", "190"),
    ("The insurgents resumed attacks on the garrison.", "resumed attacks", "190"),
    ("The army carried out an ambush on the patrol.", "carried out an ambush", "190"),
    ("Jets carried out airstrikes near the dam.", "carried out airstrikes", "195"),
    ("Militia fighters downed a police helicopter.", "downed a police helicopter", "195"),
    # 15 and 06: exercises and weapons tests include their light verb
    ("The air force staged drills over the coast.", "staged drills", "150"),
    ("Two fleets staged joint manoeuvres off the island.", "staged joint manoeuvres", "062"),
    ("The regime conducted a missile test at dawn.", "conducted a missile test", "150"),
    ("The border guards resumed joint patrols.", "resumed joint patrols", "062"),
    # 07: protection by armed forces, asylum
    ("Frigates escorted the grain convoy.", "escorted the grain convoy", "074"),
    ("The island nation received refugees from the war zone.", "received refugees", "075"),
    # 04: travel, handshakes, contacts
    ("The minister transited through Dubai.", "transited", "042"),
    ("The rival generals shook hands in public.", "shook hands", "040"),
    ("Contact between the two ministries resumed in May.", "Contact between", "040"),
    # 05 and 03: approval of a policy, acceptance of a ceasefire
    ("The senate approved the plan by a wide margin.", "approved the plan", "051"),
    ("The guerrillas accepted a truce offered by the church.", "accepted a truce", "0356"),
    # 09: questioning by an inquiry
    ("Prosecutors questioned the suspect for six hours.", "questioned the suspect", "090"),
    ("Police interrogated two students.", "interrogated", "091"),
    # 08: protesters ending their rally
    ("The demonstrators dispersed after midnight.", "dispersed", "082"),
    # 16: a package of sanctions
    ("Ottawa unveiled a package of sanctions on the regime.", "package of sanctions", "163"),
    # 01: issuing a statement is a statement
    ("The embassy issued a statement on the arrests.", "issued a statement", "010"),
    # 17, 18: crowd control with tear gas is repression, beating up is physical assault
    ("Police used tear gas against the marchers.", "used tear gas", "175"),
    ("Prison guards beat up an inmate.", "beat up", "182"),
    # 07, 08: peacekeepers deployed, a curfew eased
    ("A peacekeeping deployment reached the border town.", "peacekeeping deployment", "074"),
    ("The deployment of peacekeepers began on Monday.", "deployment of peacekeepers", "074"),
    ("The authorities relaxed the curfew in the old city.", "relaxed the curfew", "0813"),
    ("Customs returned the stolen paintings to Italy.", "returned the stolen paintings", "0842"),
    ("Seoul lowered tariffs on imported beef.", "lowered tariffs", "085"),
    ("The factions agreed on a cessation of hostilities.", "cessation of hostilities", "0871"),
    ("Fijian soldiers serve in a peacekeeping mission abroad.", "peacekeeping mission", "074"),
    # 15: more troops, war games
    ("The navy strengthened its forces near the strait.", "strengthened its forces", "154"),
    ("Joint war games began near the border on Monday.", "Joint war games", "062"),
    ("State media accused the rival of waging cyber warfare.", "warfare", "190"),
    # 14: protesters obstructing passage, stone throwing
    ("Striking farmers blocked the motorway with tractors.", "blocked", "144"),
    ("Youths hurled stones at the riot police.", "hurled stones", "145"),
    # 19, 12, 13, 04
    ("Each side breached the truce agreement within hours.", "breached the truce agreement", "196"),
    ("The ministry denied entry to the foreign reporters.", "denied entry", "120"),
    ("The commander vowed to attack the rebels.", "vowed to attack", "138"),
    ("The bishop launched a peace initiative.", "launched a peace initiative", "045"),
    # 16: aid reduced, peacekeepers and observers withdrawn
    ("The donors slashed food aid to the camps.", "slashed food aid", "1623"),
    ("Congress withheld security assistance.", "withheld security assistance", "1622"),
    ("The UN withdrew peacekeepers from the zone.", "withdrew peacekeepers from", "1661"),
    ("The agency withdrew its observers after the shelling.", "withdrew its observers", "1662"),
]


@pytest.mark.parametrize(("text", "trigger", "code"), CASES)
def test_trigger_and_code(
    nlp: Language, everything: PatternSet, text: str, trigger: str, code: str
) -> None:
    assert (trigger, code) in triggers(nlp, everything, text)


@pytest.mark.parametrize(
    "text",
    [
        "The two blocs are locked in a trade war.",
        "Both parties fought a bitter price war last year.",
        "Aid finally reached the war-torn province.",
        "The minister vowed to win the war on drugs.",
    ],
)
def test_figurative_wars_are_no_events(nlp: Language, everything: PatternSet, text: str) -> None:
    assert all(code[:2] != "19" for _, code in triggers(nlp, everything, text))


def test_linked_to_is_no_event(nlp: Language, everything: PatternSet) -> None:
    found = triggers(nlp, everything, "A charity linked to the party opened a clinic.")
    assert all(not text.startswith("linked") for text, _ in found)


def test_according_to_is_no_event(nlp: Language, everything: PatternSet) -> None:
    found = triggers(nlp, everything, "According to the agency, the harvest was poor.")
    assert all(not text.lower().startswith("according") for text, _ in found)


def test_mobilising_support_is_no_build_up(nlp: Language, everything: PatternSet) -> None:
    found = triggers(nlp, everything, "The party mobilised its voters before the election.")
    assert all(code != "154" for _, code in found)
    assert ("mobilised", "154") in triggers(nlp, everything, "The army mobilised its reservists.")
