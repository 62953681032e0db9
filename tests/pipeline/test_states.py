"""Words that in their context name a state, an opinion or a quantity give no event
(``states``); sentences written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.states import load_lexicon
from tests.coded import coded as codes

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "states.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "They passed bills aimed at curbing what they consider federal overreach.",
    "The ministry has always considered that its response was proportionate.",
    "Consider what the defendant is admitting here.",
    "It makes sense when you consider that the river is shallow.",
])
def test_regarding_as_an_opinion_weighs_no_option(coder: Coder, text: str) -> None:
    assert "014" not in codes(coder, text)


@pytest.mark.parametrize("text", [
    "The ministry is considering whether to appeal the ruling.",
    "The new leader will have to consider how to revive the economy.",
    "The Senate will consider the bill next week.",
    "Germany considered the request for asylum.",
])
def test_weighing_an_option_is_still_coded(coder: Coder, text: str) -> None:
    assert "014" in codes(coder, text)


@pytest.mark.parametrize(("text", "gone"), [
    ("The governor made the wrong call on the evacuation.", "041"),
    ("Whether to stay is not your call.", "041"),
    ("The defeat should serve as a wake-up call for the party.", "020"),
    ("Despite calls for the mayor to resign, she stayed in office.", "041"),
])
def test_a_judgement_or_an_appeal_is_no_telephone_call(coder: Coder, text: str, gone: str
                                                       ) -> None:
    assert gone not in codes(coder, text)


def test_a_phone_call_is_still_coded(coder: Coder) -> None:
    assert "041" in codes(coder, "Obama and Netanyahu held a tense phone call on Monday.")


@pytest.mark.parametrize("text", [
    "He offered fatigue as an excuse for the missed vote.",
    "The election has offered few lessons so far.",
])
def test_offering_a_remark_is_no_offer_of_cooperation(coder: Coder, text: str) -> None:
    assert "030" not in codes(coder, text)


@pytest.mark.parametrize(("text", "code"), [
    ("The minister offered aid to the flood victims.", "033"),
    ("Iran offered talks with the European powers.", "036"),
])
def test_an_offer_of_help_or_talks_is_still_coded(coder: Coder, text: str, code: str) -> None:
    assert code in codes(coder, text)


def test_a_truce_kept_is_no_new_truce(coder: Coder) -> None:
    assert "0871" not in codes(coder, "Peacekeepers stayed in the valley to monitor the truce.")


@pytest.mark.parametrize("text", [
    "The rebels declared a truce in the north.",
    "The two sides signed a ceasefire on Sunday.",
])
def test_a_truce_made_is_still_coded(coder: Coder, text: str) -> None:
    assert "0871" in codes(coder, text)


@pytest.mark.parametrize(("text", "gone"), [
    ("The president looked increasingly isolated after the vote.", "113"),
])
def test_a_participle_of_state_gives_no_event(coder: Coder, text: str, gone: str) -> None:
    assert gone not in codes(coder, text)


@pytest.mark.parametrize(("text", "code"), [
    ("The opposition leader was isolated by his own party.", "113"),
    ("Police restrained the protesters outside parliament.", "170"),
    ("Five protesters were arrested in the capital.", "17"),
])
def test_a_participle_of_an_act_is_still_coded(coder: Coder, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


@pytest.mark.parametrize("text", [
    "The senator, who immigrated to the United States at age 7, spoke on Monday.",
    "Many families who migrated to Europe without papers live in fear.",
])
def test_ones_own_migration_grants_no_asylum(coder: Coder, text: str) -> None:
    assert "075" not in codes(coder, text)


def test_a_grant_of_asylum_is_still_coded(coder: Coder) -> None:
    assert "075" in codes(coder, "Russia granted asylum to the whistleblower.")


@pytest.mark.parametrize(("text", "gone"), [
    ("The number of attacks on journalists rose last year.", "19"),
    ("The report found a sharp rise in arrests of protesters.", "17"),
    ("The party has a history of racist remarks.", "010"),
])
def test_acts_counted_name_no_particular_act(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(gone)]


@pytest.mark.parametrize(("text", "code"), [
    ("A wave of attacks hit the capital on Monday.", "19"),
    ("The army's attacks on the villages drew condemnation.", "19"),
    ("Rebels attacked the convoy near the border.", "19"),
])
def test_particular_attacks_are_still_coded(coder: Coder, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "consider" in lex.regarding_verbs and "ceasefire" in lex.standing_nouns


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "states.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("remark_nouns:", "remark_words:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)


@pytest.mark.parametrize("text", [
    "The verdict struck many people as unfair.",
    "The speech struck a conciliatory tone.",
    "The vote struck a blow for the reformers.",
    "He is expected to strike a similar debt relief pact.",
    "The court struck down the travel ban.",
])
def test_a_strike_with_no_target_is_no_attack(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith("19")]


@pytest.mark.parametrize("text", [
    "Drones struck a convoy near the border.",
    "The rebels struck the town at dawn.",
    "Gunmen struck down two officers outside the station.",
])
def test_a_strike_on_a_target_is_still_coded(coder: Coder, text: str) -> None:
    assert [c for c in codes(coder, text) if c.startswith(("18", "19"))]


@pytest.mark.parametrize("text", [
    "Reagan beat Mondale in the popular vote by 18 points.",
    "Reagan won 525 electoral votes, beating Mondale by 95 points.",
])
def test_a_defeat_at_the_polls_is_no_fight(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith("19")]


@pytest.mark.parametrize("text", [
    "The army defeated the rebels in the north.",
    "Kurdish fighters defeated ISIS in Kobani.",
])
def test_a_defeat_in_battle_is_still_coded(coder: Coder, text: str) -> None:
    assert [c for c in codes(coder, text) if c.startswith("19")]


@pytest.mark.parametrize("text", [
    "Reporters met Trump at the presidential retreat at Camp David.",
    "Senators spoke after the annual leadership retreat in Maryland.",
])
def test_a_retreat_that_is_a_gathering_is_no_withdrawal(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith("087")]


def test_a_retreat_of_troops_is_still_coded(coder: Coder) -> None:
    assert "0874" in codes(coder, "The army ordered a retreat from the town.")


def test_a_predicate_noun_of_another_act_is_no_second_act(coder: Coder) -> None:
    found = codes(coder, "The minister's comments were a recognition that people will drink.")
    assert "010" in found and "054" not in found


@pytest.mark.parametrize(("text", "code"), [
    ("There were contacts between the aides and Russian officials.", "040"),
    ("This is the last scheduled meeting between the two leaders.", "040"),
])
def test_a_predicate_noun_of_no_other_act_is_still_coded(coder: Coder, text: str, code: str
                                                         ) -> None:
    assert code in codes(coder, text)


@pytest.mark.parametrize(("text", "gone"), [
    ("The two men involved in the smuggling effort were never charged.", "06"),
    ("Some 2,000 jobs are threatened by the closure.", "13"),
    ("Hundreds of jobs are threatened.", "13"),
])
def test_a_standing_engagement_or_a_risk_is_no_act(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(gone)]


@pytest.mark.parametrize(("text", "code"), [
    ("The White House has committed troops to the mission.", "15"),
    ("The minister said the country is committed to opening up its economy.", "030"),
    ("The journalist was threatened by the militia.", "13"),
])
def test_an_engagement_or_a_threat_made_is_still_coded(coder: Coder, text: str, code: str
                                                       ) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))
