"""Word senses that the hand-written trigger dictionaries separate by their arguments, on every
bundled dictionary and the real English model: sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet
from eventwire.nlp import load_model
from tests.coded import trigger_codes


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()




@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Accepting a plan or proposal is agreeing to it (CAMEO 03).
        ("Ghana accepted a compromise proposal on Monday.", "030"),
        ("The union accepted the formula offered by the employers.", "030"),
        # Being committed to a course is an expressed intent ...
        ("The Kenyan government said it is committed to reforming the police.", "030"),
        # ... committing troops is sending them.
        ("Britain committed 300 troops to the mission in Mali on Tuesday.", "154"),
        # Upgrading ties is the reverse of reducing relations.
        ("Chile and Peru have upgraded their diplomatic ties to ambassadorial level.", "050"),
        # Handing over goods is aid; handing over persons is a release.
        ("The Red Cross handed over medical supplies to the hospital in Gaza.", "070"),
        ("The rebels handed over two prisoners to the Red Cross on Monday.", "084"),
        # Going back on a promise rejects it; opposing mediation rejects mediation (CAMEO 126).
        ("The new government reneged on its commitment to hold early elections.", "120"),
        ("Turkey is opposed to Qatari mediation in the dispute.", "126"),
        ("Egypt opposed Saudi mediation between the two factions.", "126"),
        # Suing someone for damages is a lawsuit (CAMEO 115).
        ("The family of the victim is suing the airline for damages.", "115"),
        # Ordering patrols is a show of police or military power (CAMEO 150).
        ("The interior minister ordered patrols along the border.", "150"),
        # Halting mediation (CAMEO 165), whatever the verb.
        ("Norway halted its mediation efforts between the rival factions.", "165"),
        # Accepting refugees is asylum (CAMEO 075), also when a participle follows the object
        # (which the parser may hang the object on).
        ("Chile accepted two thousand refugees last year.", "075"),
        ("Chile will not accept any Bolivian refugees fleeing floods in the north.", "075"),
    ],
)
def test_sense_by_argument(nlp: Language, everything: PatternSet, text: str, code: str) -> None:
    assert code in trigger_codes(nlp, everything, text)


def test_committal_to_prison_is_no_intent(nlp: Language, everything: PatternSet) -> None:
    found = trigger_codes(nlp, everything, "The suspect was committed to trial by the magistrates.")
    assert not [code for code in found if code.startswith("03")]


def test_handed_over_goods_is_no_release(nlp: Language, everything: PatternSet) -> None:
    text = "The Red Cross handed over medical supplies to the hospital."
    found = trigger_codes(nlp, everything, text)
    assert "084" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The union threatened to hold a general strike next week.",
        "Bus drivers threatened a walkout over unpaid wages.",
        "Teachers threatened to strike if the law passes.",
    ],
)
def test_threatened_labour_strike_is_protest_threat(
    nlp: Language, everything: PatternSet, text: str
) -> None:
    found = trigger_codes(nlp, everything, text)
    assert "133" in found and "138" not in found


def test_threatened_military_strike_stays_force(nlp: Language, everything: PatternSet) -> None:
    found = trigger_codes(nlp, everything, "Israel threatened a strike on the nuclear sites.")
    assert "138" in found and "133" not in found


def test_striking_workers_conduct_a_strike(nlp: Language, everything: PatternSet) -> None:
    found = trigger_codes(nlp, everything, "Miners will strike next week, the union said.")
    assert "143" in found and "190" not in found


def test_sending_missile_batteries_is_military_aid(nlp: Language, everything: PatternSet) -> None:
    found = trigger_codes(nlp, everything, "Spain will send two air defence batteries to Poland.")
    assert "072" in found


@pytest.mark.parametrize(
    "text",
    [
        "Unknown men hurled explosives at a crowded bar in the port on Friday.",
        "Militants planted a bomb outside the courthouse.",
    ],
)
def test_thrown_or_planted_explosives_are_a_bombing(
    nlp: Language, everything: PatternSet, text: str
) -> None:
    assert "183" in trigger_codes(nlp, everything, text)


def test_thrown_stones_stay_protest(nlp: Language, everything: PatternSet) -> None:
    found = trigger_codes(nlp, everything, "Students threw stones at the police.")
    assert "145" in found and "183" not in found


# Aid (CAMEO 07) needs a recipient or what is given. A verb of helping whose only complement is
# verbal says its subject took part in that act: no aid, the complement's act is coded alone.
@pytest.mark.parametrize(
    "text",
    [
        "The cleric helped to plan the bombings in the capital.",
        "The youth wing helped organise the march on parliament.",
        "Two officers assisted in planning the ambush.",
        "Local officials helped smuggle the weapons across the border.",
    ],
)
def test_helping_with_a_verbal_complement_is_no_aid(
    nlp: Language, everything: PatternSet, text: str
) -> None:
    assert not [code for code in trigger_codes(nlp, everything, text) if code.startswith("07")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan helped Haiti to rebuild its schools.",
        "Japan helped Haiti rebuild its schools.",
        "France assisted the Malian army in the north.",
        "Norway helped the flood victims with tents and food.",
    ],
)
def test_helping_a_recipient_is_aid(nlp: Language, everything: PatternSet, text: str) -> None:
    assert "070" in trigger_codes(nlp, everything, text)


def test_helping_negotiate_stays_mediation(nlp: Language, everything: PatternSet) -> None:
    assert "045" in trigger_codes(nlp, everything, "Norway helped negotiate the truce in May.")


def test_refugees_fleeing_grant_no_asylum(nlp: Language, everything: PatternSet) -> None:
    # Their flight is no act of asylum by anyone (a PETRARCH line that coded it is left out).
    assert "075" not in trigger_codes(nlp, everything, "Thousands of refugees fled to the hills.")


@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        # A call renewed, repeated or ignored is an appeal (020); one held is a phone call (041).
        ("The bishops repeated their call to abolish the death penalty.", "020", "041"),
        ("Unions renewed their call for a general strike.", "020", "041"),
        ("The two premiers held a call on Tuesday to discuss the floods.", "041", "020"),
    ],
)
def test_a_call_by_its_governor(
    nlp: Language, everything: PatternSet, text: str, code: str, not_code: str
) -> None:
    found = trigger_codes(nlp, everything, text)
    assert code in found and not_code not in found


def test_prices_staging_a_rally_is_no_protest(nlp: Language, everything: PatternSet) -> None:
    rally = "Bank shares staged a strong rally on Monday."
    assert "141" not in trigger_codes(nlp, everything, rally)
    assert "141" in trigger_codes(nlp, everything, "Nurses staged a rally outside parliament.")
