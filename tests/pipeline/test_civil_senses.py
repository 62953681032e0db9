"""A truce in a civil quarrel is a political agreement (057), a retreat with no armed setting
is no event (``civil_senses``); the military senses keep theirs. Sentences written for these
tests, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.civil_senses import bundled_lexicon, is_civil_truce, load_lexicon
from eventwire.pipeline.senses import bundled_lexicon as bundled_senses
from tests.coded import coded


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "Senate leaders reached a truce over the spending bill on Thursday.",
    "The two tech giants declared a truce in their long patent war.",
    "The two leaders declared a tentative truce in their year-long trade war.",
    "The party's rival factions agreed to a budget truce before the conference.",
])
def test_a_truce_in_a_civil_quarrel_is_an_agreement(coder: Coder, text: str) -> None:
    codes = coded(coder, text)
    assert "057" in codes and "0871" not in codes


@pytest.mark.parametrize("text", [
    "The army and the rebels declared a truce in the northern province.",
    "Pakistan and India agreed a ceasefire along the frontier on Sunday.",
    "The militia announced a truce on Monday.",
    "The two factions agreed a ceasefire on Sunday.",  # a word of arms alone
])
def test_a_truce_between_armed_parties_or_states_stays_a_ceasefire(coder: Coder,
                                                                   text: str) -> None:
    assert "0871" in coded(coder, text)


def test_an_armed_setting_earlier_in_the_article_keeps_the_ceasefire(coder: Coder) -> None:
    text = ("Shelling killed four villagers near the river on Saturday.\n\n"
            "The local council declared a truce on Monday.")
    assert "0871" in coded(coder, text)


@pytest.mark.parametrize("text", [
    "Two candidates backed out of the race for mayor.",
    "The shares rose in early trading before pulling back in the afternoon.",
    "The White House retreated from its threat to veto the bill.",
    "The council surrendered its planning powers to the mayor.",
])
def test_a_civil_retreat_is_no_event(coder: Coder, text: str) -> None:
    assert not any(c.startswith("087") for c in coded(coder, text))


@pytest.mark.parametrize("text", [
    "Troops withdrew from the town on Tuesday.",
    "The rebels surrendered to the army after a week.",
    "Russia pulled back from the border on Friday.",
])
def test_a_military_retreat_keeps_its_event(coder: Coder, text: str) -> None:
    assert any(c.startswith("087") for c in coded(coder, text))


@pytest.mark.parametrize("text", [
    "Postal workers are taking part in the strike against the planned closures.",
    "Hospital cleaners joined in the strike over the new rota.",
    "The strike on Tuesday shut most schools in the region.",
])
def test_a_strike_outside_an_armed_setting_is_a_labour_strike(coder: Coder, text: str) -> None:
    codes = coded(coder, text)
    assert "143" in codes and "190" not in codes


@pytest.mark.parametrize("text", [
    "Turkey's strike on the border town drew protests.",  # on a place
    "A strike hit the market, killing six.",  # harm
    "France's strike against the depot was its first.",  # a state strikes
    "Rebels have massed near the city.\n\nThe strike came at dawn.",  # an armed article
])
def test_a_strike_of_arms_keeps_its_force_code(coder: Coder, text: str) -> None:
    codes = coded(coder, text)
    assert "190" in codes and "143" not in codes


def test_the_civil_modifier_of_the_quarrel(nlp: Language) -> None:
    doc = nlp("The two firms declared a truce in their trade war.")
    declared = next(t for t in doc if t.text == "declared")
    assert is_civil_truce(declared, bundled_lexicon(), bundled_senses())
    doc = nlp("The two armies declared a truce in their war.")
    declared = next(t for t in doc if t.text == "declared")
    assert not is_civil_truce(declared, bundled_lexicon(), bundled_senses())


def test_bad_lexicon_is_refused(tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "eventwire" / "data" / "civil_senses.yaml"
    bad = tmp_path / "civil_senses.yaml"
    bad.write_text(bundled.read_text().replace('agreement_code: "057"', 'agreement_code: "x"'))
    with pytest.raises(DataError):
        load_lexicon(bad)


@pytest.mark.parametrize("text", [
    # the police of another sentence make no armed setting for workers' strike
    "Police closed two roads in the capital on Monday.\n\n"
    "Bank clerks went on strike over the merger on Tuesday.",
    "Soldiers guarded the port on Monday. Dockers struck for a week over the new shifts.",
    # no doer: its paragraph and the lead name no armed party
    "The government unveiled its budget on Monday.\n\nPolice questioned two men.\n\n"
    "The strike on Tuesday shut most schools in the region.",
])
def test_a_strike_is_a_labour_strike_in_its_own_setting(coder: Coder, text: str) -> None:
    codes = coded(coder, text)
    assert "143" in codes and "190" not in codes


@pytest.mark.parametrize("text", [
    "Troops shelled the town on Monday.\n\nThe strike came at dawn.",  # armed lead
    "The strike came at dawn. Rebels had massed near the town.",  # armed paragraph
    "Striking workers were shot by soldiers at the mine.",  # armed sentence
    "The rebels struck the town at dawn.",  # an armed doer
    "The pilots struck the convoy near the border.",  # a strike with an object hits it
])
def test_a_strike_in_an_armed_setting_or_on_an_object_is_force(coder: Coder, text: str) -> None:
    codes = coded(coder, text)
    assert any(c.startswith("19") for c in codes) and "143" not in codes


def test_a_truce_in_a_quarrel_over_a_civil_matter_is_an_agreement(coder: Coder) -> None:
    codes = coded(coder, "Brussels declared a truce in its long dispute with Poland and "
                         "Hungary over the budget rules.")
    assert "057" in codes and "0871" not in codes


def test_a_truce_in_a_war_over_a_resource_keeps_its_code(coder: Coder) -> None:
    codes = coded(coder, "The two countries called a truce in their war over oil.")
    assert "0871" in codes and "057" not in codes
