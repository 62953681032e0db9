"""A gathering that is only the occasion of another act gives no consultation of its own
(``occasions``); sentences written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.occasions import load_lexicon
from tests.coded import coded as codes

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "occasions.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _consultations(coder: Coder, text: str) -> list[str]:
    return [c for c in codes(coder, text) if c.startswith("04")]


@pytest.mark.parametrize(("text", "kept"), [
    ("Speaking at a conference in Vienna on Tuesday, the Austrian foreign minister said the "
     "tariffs had hurt farmers.", "010"),
    ("At a summit in Lisbon, the Portuguese president warned against new tariffs.", "13"),
    ("The senator told a town hall meeting in Ohio that the war had to end.", "010"),
    ("At a party meeting last week, the ruling party announced early elections.", "01"),
    ("During the forum in Nairobi, the minister accused the rebels of looting aid convoys.",
     "11"),
    # The gathering a speech is made to is its audience, no consultation with its members.
    ("In a speech to his party's conference in Mombasa, the opposition leader said taxes must "
     "fall.", "01"),
])
def test_the_setting_of_an_act_is_no_consultation(coder: Coder, text: str, kept: str) -> None:
    found = codes(coder, text)
    assert any(c.startswith(kept) for c in found)
    assert not [c for c in found if c.startswith("04")]


@pytest.mark.parametrize("text", [
    "At a meeting with Putin in Helsinki, Trump praised the Russian leader.",
    "The two leaders held a meeting in Beijing on Friday.",
    "The meeting between the two foreign ministers lasted three hours.",
    "The Chancellor hosted the leaders at a summit in Berlin.",
    "The ministers took part in a conference on Syria in Geneva.",
    "During a closed meeting of Labour MPs, the whip warned against a revolt.",
    "The senator left early after his attendance at a meeting of exiled journalists.",
    "Her attendance at the summit in Oslo angered Beijing.",
])
def test_a_gathering_reported_for_itself_is_still_coded(coder: Coder, text: str) -> None:
    assert _consultations(coder, text)


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "summit" in lex.gathering_nouns and "at" in lex.setting_preps


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "occasions.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("party_preps:", "party_words:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)


@pytest.mark.parametrize("text", [
    "The minister told a news conference that the border would stay closed.",
    "The envoy said at a press conference on Monday that the ceasefire was holding.",
])
def test_a_news_conference_of_a_statement_is_no_second_statement(coder: Coder,
                                                                  text: str) -> None:
    assert codes(coder, text).count("010") == 1


def test_a_news_conference_reported_for_itself_stays_a_statement(coder: Coder) -> None:
    assert "010" in codes(coder, "The governor's press conference lasted two hours.")


def test_a_briefing_at_which_no_statement_is_coded_stays_a_statement(coder: Coder) -> None:
    text = "The claim was read out at a White House briefing by the spokesman."
    assert "010" in codes(coder, text)
