"""A noun of threat with no threatener, no target and no act as its content names a danger and
gives no event; one with any of them stays a threat (``threat_senses``). Sentences written for
these tests, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.threat_senses import (
    bundled_lexicon,
    is_danger,
    is_threat_made,
    load_lexicon,
    threat_noun,
)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def threat_codes(coder: Coder, text: str) -> list[str]:
    """The threat codes (13x) of the events of ``text``."""
    return [e.cameo.code for e in coder.code(text) if e.cameo.code.startswith("13")]


@pytest.mark.parametrize("text", [
    "The threat of higher fuel duties worries hauliers.",
    "Farmers fear the threat of drought more than anything else.",
    "The threat of inflation hangs over the central bank's meeting.",
    "The threat of a government shutdown rattled the bond markets.",
    "The threat of war looms over the two neighbours.",
    "Rising seas are a threat to coastal towns, the report said.",
    "The nuclear threat from the north dominates the campaign.",
    "The Soviet threat shaped a generation of planners.",
    "Voters stayed home because of the threat to their pensions.",
    "The firm faces the threat of a takeover.",
])
def test_a_threat_that_is_a_danger_gives_no_event(coder: Coder, text: str) -> None:
    assert threat_codes(coder, text) == []


@pytest.mark.parametrize("text", [
    "Moscow's threat to cut gas supplies alarmed Warsaw.",  # a possessor, an infinitive
    "Threats by the cartel against reporters have multiplied.",  # an agent, a target
    "The threat he made was taken seriously in Ankara.",  # a relative clause of making
    "The rebels issued a threat against the capital.",  # a verb of making
    "The mayor received death threats after the vote.",  # received, a death threat
    "Washington dropped its threat of tariffs on Mexican steel.",
    "The threat of sanctions persuaded Belgrade to negotiate.",  # an act as its content
    "The union followed through on its strike threat.",
    "Threat to execute kidnapped engineer.",  # a headline's infinitive
    "The judge received a letter threat last week.",  # the means it was sent by
])
def test_a_threat_made_stays_a_threat(coder: Coder, text: str) -> None:
    assert threat_codes(coder, text)


def test_the_threat_noun_of_a_verb_and_its_cues(nlp: Language) -> None:
    lex = bundled_lexicon()
    doc = nlp("The company faces the threat of a strike by its pilots.")
    faces = doc[2]
    noun = threat_noun(faces, lex)
    assert noun is not None and noun.text == "threat"
    assert is_threat_made(noun, lex)  # a strike is an act an actor does
    assert not is_danger(faces, "130", lex)
    doc = nlp("The company faces the threat of a recession.")
    assert is_danger(doc[2], "130", lex)
    assert not is_danger(doc[2], "111", lex)  # only threats


def test_bad_lexicon_is_refused(tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "eventwire" / "data" / "threat_senses.yaml"
    bad = tmp_path / "threat_senses.yaml"
    bad.write_text(bundled.read_text().replace("threat_nouns: [threat, menace]",
                                               "threat_nouns: []"))
    with pytest.raises(DataError):
        load_lexicon(bad)
