"""Words of harm whose patient is an intangible give no event (``figures``); sentences written
for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.figures import load_lexicon
from tests.coded import coded

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "figures.yaml"
HARM_ROOTS = ("13", "171", "173", "174", "175", "18", "19", "20")


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _harm(coder: Coder, text: str) -> list[str]:
    return [code for code in coded(coder, text) if code.startswith(HARM_ROOTS)]


@pytest.mark.parametrize("text", [
    "The leaked memo could threaten the senator's standing as party leader.",
    "His opponents were accused of damaging the mayor's chances in the runoff.",
    "The trade relationship with Brazil was damaged by the row over beef.",
    "The affair destroyed the general's career.",
    "The governor moved quickly to quell rumours about his health.",
    "The opposition launched an attack on the minister's credibility.",
    "Officials warned that the decision threatens the independence of the central bank.",
    "The union said the closure would destroy jobs in the north.",
    "The president has spent years fighting the nuclear threat from Iran.",
    "Police in the city have stepped up the fight against terrorism.",
    "Ministers say the reform attacks a problem that has dogged the railways for years.",
    # a law, a policy or a named programme is destroyed only in a figure
    "The senator said the budget would destroy the new farm law.",
    "Critics accused the governor of trying to destroy the state's housing policy.",
    "The union said the cuts would destroy Medicare for millions of retirees.",
    # talk hijacked, red tape attacked, endorsements rounded up
    "The populists hijacked the debate on pensions.",
    "The governor launched an assault on red tape in the ports.",
    "Her aides spent weeks trying to round up endorsements in Ohio.",
    # a decline arrested, a gaffe seized on
    "The treasury acted to arrest the slide in the currency.",
    "Conservatives seized on the gaffe within hours.",
    "Congress kicked the can down the road once more.",
])
def test_harm_to_an_intangible_is_no_event(coder: Coder, text: str) -> None:
    assert not _harm(coder, text)


@pytest.mark.parametrize("text", [
    "Rebels destroyed two bridges and a school near the border.",
    "Militants damaged the power station overnight.",
    "The militia threatened the envoy outside the hotel.",
    "The rebels launched an attack on the airport.",
    "Soldiers destroyed their homes and their hopes.",
    "Police quelled the unrest in the capital.",
    "The army is fighting the rebels in the north.",
    "Shelling destroyed the law faculty building in the city centre.",
    "Gunmen hijacked a minibus on the coast road.",
    "Customs officers seized the documents at the port.",
])
def test_harm_to_people_places_and_things_is_coded(coder: Coder, text: str) -> None:
    assert _harm(coder, text)


def test_a_pattern_that_reads_the_object_keeps_its_code(coder: Coder) -> None:
    # "damage relations" is a pattern of its own (reduce relations, 16)
    assert "160" in coded(coder, "The remarks damaged relations between the two countries.")


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "reputation" in lex.intangibles and "171" in lex.codes


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "figures.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("intangibles:", "abstracts:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)


@pytest.mark.parametrize("text", [
    "The senator destroyed his opponent's argument in the debate.",
    "The problem is not confined to Republicans.",
    "The president is battling corruption in the customs service.",
    "The reform will cut down on bureaucracy in the ministries.",
    "Activists are battling the stigma around mental illness.",
    "The new minister attacked the narrative that the economy is failing.",
    "Officials are fighting against fraud in the welfare system.",
])
def test_force_against_an_idea_or_a_social_ill_is_no_event(coder: Coder, text: str) -> None:
    assert not _harm(coder, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Police cracked down on corruption, arresting forty officials.", "17"),
    ("Soldiers fired on protesters in the square.", "19"),
    ("The rebels were fighting against the army.", "19"),
])
def test_force_against_people_is_kept_next_to_an_ill(coder: Coder, text: str, kept: str
                                                     ) -> None:
    assert [c for c in coded(coder, text) if c.startswith(kept)]


def test_an_attack_on_premises_is_an_attack(coder: Coder) -> None:
    assert _harm(coder, "Gunmen attacked the party's premises and broke the windows.")


GOAL_ROOTS = ("10", "17", "18", "19", "20")


# a verb of moving whose goal is a direction or a state moves nothing through space
@pytest.mark.parametrize("text", [
    "A default could push the province into chaos, the bankers warned.",
    "The governor pushed the state toward the brink of bankruptcy.",
    "The new leader pushed the Tories further to the right.",
    "The prime minister pushed the party into the mainstream.",
    "Clerks will move into frontline work in the tax offices.",
    "The Greens stormed to victory in the city elections.",
])
def test_a_move_to_a_direction_or_a_state_is_no_event(coder: Coder, text: str) -> None:
    assert not [c for c in coded(coder, text) if c.startswith(GOAL_ROOTS)]


# moves to a place, and pressing someone to act, keep their events
@pytest.mark.parametrize(("text", "code"), [
    ("Troops pushed into the town on Monday.", "19"),
    ("The rebels pushed the army into the hills.", "19"),
    ("Marines stormed the airport before dawn.", "19"),
    ("Washington pushed Ankara to close the border.", "10"),
])
def test_a_move_to_a_place_or_pressure_to_act_is_coded(coder: Coder, text: str,
                                                       code: str) -> None:
    assert any(c.startswith(code) for c in coded(coder, text))


# a war declared or waged on things is a campaign; on actors and places it is force
@pytest.mark.parametrize(("text", "force"), [
    ("The new mayor declared war on potholes.", False),
    ("The council has waged a war on plastic bags.", False),
    ("Russia waged war on Georgia in August.", True),
    ("The army's war against the rebels has lasted a decade.", True),
])
def test_a_war_on_things_is_no_force(coder: Coder, text: str, force: bool) -> None:
    assert bool([c for c in coded(coder, text) if c.startswith(("18", "19", "20"))]) is force
