"""Verbs of force done with words are criticism (111), real attacks stay force, and "under fire"
with force is force (``verbal_senses``). Sentences written for these tests, coded by the real
pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.verbal_senses import (
    aimed_at,
    bundled_lexicon,
    load_lexicon,
    verbal_cue,
)
from tests.coded import code_of


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "word"), [
    ("The governor fired back at the columnist on Facebook.", "fired"),  # a medium
    ("The mayor fired back at the union in a written statement.", "fired"),
    ("The chancellor attacked the press in a radio interview.", "attacked"),
    ("The senator attacked the media again on Thursday.", "attacked"),  # the press as target
    ("The congresswoman torched the nominee during the hearing.", "torched"),
    ("The president fired back at his detractors.", "fired"),  # words aimed at
    ("The premier fired back, saying the figures were wrong.", "fired"),  # saying participle
    ("The candidate fired back at the governor.", "fired"),  # a retort, no armed party
    ("Obama attacked Republicans on health care.", "attacked"),  # between political parties
    ("The prime minister hammered the opposition leader on Wednesday.", "hammered"),
    ("Aides defended her attack on the Conservatives.", "attack"),  # a pronoun and a party
    ("The governor faced attacks and insults from rivals.", "attacks"),  # a verbal conjunct
])
def test_force_done_with_words_is_criticism(coder: Coder, text: str, word: str) -> None:
    assert code_of(coder, text, word) == "111"


@pytest.mark.parametrize(("text", "word"), [
    ("Militants fired mortars at the airport.", "fired"),  # a weapon
    ("Riot police fired on demonstrators in the square.", "fired"),
    ("Gunmen attacked the convoy outside the town.", "attacked"),
    ("The soldiers fired back at the gunmen.", "fired"),  # a retort of armed parties
    ("The rebels hit back at the army with artillery fire.", "hit"),  # a weapon
    ("Putin attacked Georgia in 2008.", "attacked"),  # a state as the target
    ("Two men attacked the governor outside the courthouse.", "attacked"),  # no politician
    ("The regime attacked protesters in the capital.", "attacked"),  # protesters: no party
    ("A man attacked the congressman with a knife.", "attacked"),  # a weapon
    ("His attack on the senator left her with a broken arm.", "attack"),  # a person, no party
    ("The militia's attack on the village killed ten.", "attack"),
    ("Militants fired on a police post near the border.", "fired"),  # "on" a place, no medium
    ("Soldiers came under fire near the border post.", "came"),  # under fire: force
    ("The convoy came under fire outside the town.", "came"),
    # a pronoun in a clause said by an armed party or a state stands for it
    ("The navy warned that it would strike back.", "strike"),
])
def test_real_attacks_stay_force(coder: Coder, text: str, word: str) -> None:
    code = code_of(coder, text, word)
    assert code is not None and code[:2] in ("18", "19", "20")


def test_a_nouns_medium_is_its_clauses(coder: Coder) -> None:
    """The medium after a noun of attack is the condemnation's, not the attack's."""
    events = coder.code("The insurgents condemned the attack in a video message.")
    assert not any(e.trigger.text == "attack" and e.cameo.code == "111" for e in events)


def test_a_partys_pronoun_retort_stays_criticism(coder: Coder) -> None:
    assert code_of(coder, "The union said it would hit back at the minister.", "hit") == "111"


def test_criticism_under_fire_stays_criticism(coder: Coder) -> None:
    assert code_of(coder, "The minister came under fire from backbenchers.", "came") == "111"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The committee shot down the amendment on Friday.", "shot", "120"),
    ("The premier took a swipe at the central bank.", "took", "111"),
    ("Air defences shot down a drone over the port.", "shot", "195"),
])
def test_verbal_idioms_of_force(coder: Coder, text: str, word: str, code: str) -> None:
    assert code_of(coder, text, word) == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The coalition pledged to destroy the Islamic State within a year.", "destroy", "190"),
    ("The guerrillas were destroyed in the valley, the general said.", "destroyed", "190"),
    ("Turkey will help destroy the militants in the north.", "destroy", "190"),
    ("The soldiers destroyed the rebels' depots near the river.", "destroyed", "1712"),
    ("Settlers destroyed olive groves outside the village.", "destroyed", "1712"),
])
def test_destroying_an_armed_party_is_force(coder: Coder, text: str, word: str,
                                           code: str) -> None:
    assert code_of(coder, text, word) == code


@pytest.mark.parametrize(("text", "code"), [
    ("The defence minister vowed to destroy the militia within weeks.", "138"),
    ("The prime minister vowed to destroy the insurgents who shelled the port.", "138"),
    # a vow to destroy a law is an intent to undo it (ew.vow.kill.measure.030), no threat
    ("The senator vowed to destroy the new pension law.", "030"),
    ("The premier vowed to retaliate against the rebels.", "130"),
])
def test_a_vow_to_destroy_an_armed_party_threatens_force(coder: Coder, text: str,
                                                         code: str) -> None:
    assert code_of(coder, text, "vowed") == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Insurgents seized Mosul after two days of fighting.", "seized", "192"),
    ("Separatist fighters captured Donetsk in the spring.", "captured", "192"),
    ("Aleppo was seized by government troops in December.", "seized", "192"),
    ("The customs service seized Venezuelan gold at the airport.", "seized", None),
    ("The developer seized Brooklyn's attention with the new tower.", "seized", None),
])
def test_a_named_place_seized_by_an_armed_party_is_occupied(
        coder: Coder, text: str, word: str, code: str | None) -> None:
    found = code_of(coder, text, word)
    assert found == code or (code is None and (found is None or not found.startswith("19")))


def test_what_a_verb_is_aimed_at_and_its_cue(nlp: Language) -> None:
    lex = bundled_lexicon()
    doc = nlp("The senator fired back at the report in a tweet.")
    fired = doc[2]
    assert [t.text for t in aimed_at(fired, lex)] == ["report"]
    assert verbal_cue(fired, lex)
    doc = nlp("The senator fired back at the soldiers.")
    assert not verbal_cue(doc[2], lex)


def test_bad_lexicon_is_refused(tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "eventwire" / "data" / "verbal_senses.yaml"
    bad = tmp_path / "verbal_senses.yaml"
    bad.write_text(bundled.read_text().replace('verbal_code: "111"', 'verbal_code: "criticize"'))
    with pytest.raises(DataError):
        load_lexicon(bad)
