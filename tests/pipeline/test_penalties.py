"""A penalty in prospect and its condition of conviction give no event (``penalties``);
sentences written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.penalties import (
    is_conviction_condition,
    is_in_penalty_prospect,
    is_penalty_prospect,
    load_lexicon,
)
from tests.coded import coded_triggers

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "penalties.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "The former treasurer faces up to twelve years in prison if convicted.",
    "If convicted, the mayor could be sentenced to life in prison.",
    "The blogger could be jailed for up to three years under the new law.",
    "The smuggler could get a fifteen-year sentence if convicted.",
    "If found guilty, the three officers face the death penalty.",
    "The editor may be fined as much as 40,000 euros if convicted.",
])
def test_a_penalty_in_prospect_is_no_event(coder: Coder, text: str) -> None:
    assert not coded_triggers(coder, text)


@pytest.mark.parametrize(("text", "word"), [
    ("The court sentenced the former treasurer to twelve years in prison.", "sentenced"),
    ("The blogger was jailed for three years on Monday.", "jailed"),
    ("Police could arrest the suspects within two days, the minister said.", "arrest"),
])
def test_a_penalty_passed_or_an_arrest_in_prospect_is_coded(
        coder: Coder, text: str, word: str) -> None:
    assert any(word in trigger for trigger, _ in coded_triggers(coder, text))


def test_the_ground_of_the_penalty_keeps_its_event(coder: Coder) -> None:
    codes = coded_triggers(coder, "The gunman faces twenty years in prison for the attack on the "
                          "embassy.")
    assert any(trigger == "attack" for trigger, _ in codes)


def test_an_ultimatum_is_no_penalty_in_prospect(coder: Coder) -> None:
    lex = load_lexicon()
    doc = coder.nlp("The cartel must lower its prices or face heavy penalties.")
    assert not is_penalty_prospect(next(t for t in doc if t.text == "face"), lex)


def test_a_possible_penalty_without_a_term_is_left_alone(coder: Coder) -> None:
    assert any(trigger == "jailed" for trigger, _ in coded_triggers(
        coder, "The blogger could be jailed, the prosecutor warned."))


def test_the_frames_on_the_parse(coder: Coder) -> None:
    lex = load_lexicon()
    doc = coder.nlp("If convicted, the mayor could be jailed for life.")
    convicted = next(t for t in doc if t.text == "convicted")
    jailed = next(t for t in doc if t.text == "jailed")
    assert is_conviction_condition(convicted, lex) and is_penalty_prospect(jailed, lex)
    assert is_in_penalty_prospect(convicted, lex)
    past = coder.nlp("The mayor was jailed for life.")
    assert not is_penalty_prospect(next(t for t in past if t.text == "jailed"), lex)


def test_the_bundled_lexicon_loads_and_a_bad_one_fails(tmp_path: Path) -> None:
    assert "face" in load_lexicon().facing_verbs
    bad = tmp_path / "penalties.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("facing_verbs:", "facing_verb:"), "utf-8")
    with pytest.raises(DataError):
        load_lexicon(bad)
