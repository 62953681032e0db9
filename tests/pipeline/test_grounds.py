"""Event words in a frame of reason, mood or manner, and statements whose subject is a clause,
give no event (``grounds``); sentences written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.grounds import is_grounded, is_manner, is_revealing, load_lexicon
from tests.coded import coded_triggers

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "grounds.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "word"), [
    ("Years of failed reforms in the province give little cause for optimism.", "optimism"),
    ("The ceasefire brought a brief burst of optimism to the border towns.", "optimism"),
    ("Observers in the capital see no room for negotiations with the junta.", "negotiations"),
    ("The army shelled the northern suburbs without warning.", "warning"),
    ("It is time for negotiations with the insurgents, the senator argued.", "negotiations"),
])
def test_a_framed_event_word_is_no_event(coder: Coder, text: str, word: str) -> None:
    assert word not in {trigger for trigger, _ in coded_triggers(coder, text)}


@pytest.mark.parametrize(("text", "word"), [
    ("The foreign minister expressed optimism about the ceasefire.", "optimism"),
    ("The envoy defended the need for the sanctions against the regime.", "sanctions"),
    ("The army shelled the northern suburbs without warning the residents.", "warning"),
    ("The mediators arrived in Doha in time for negotiations with the insurgents.",
     "negotiations"),
])
def test_the_same_words_naming_acts_are_coded(coder: Coder, text: str, word: str) -> None:
    assert any(word in trigger for trigger, _ in coded_triggers(coder, text))


def test_a_clause_that_says_something_reveals(coder: Coder) -> None:
    assert not coded_triggers(coder, "How the governor treats his critics says a lot about him.")
    assert ("says", "010") in coded_triggers(coder, "The governor says a lot about his critics.")


def test_the_frames_on_the_parse(coder: Coder) -> None:
    lex = load_lexicon()
    doc = coder.nlp("There is no need for talks, but the reason for the visit was the talks.")
    first, second = (t for t in doc if t.text == "talks")
    visit = next(t for t in doc if t.text == "visit")
    assert is_grounded(first, "046", lex) and not is_grounded(visit, "042", lex)
    assert not is_grounded(second, "046", lex)
    mood = coder.nlp("A wave of optimism followed a wave of protests.")
    optimism = next(t for t in mood if t.text == "optimism")
    protests = next(t for t in mood if t.text == "protests")
    assert is_grounded(optimism, "013", lex) and not is_grounded(protests, "141", lex)
    warned = coder.nlp("Police raided the flat without warning.")
    assert is_manner(next(t for t in warned if t.lower_ == "warning"), lex)
    said = coder.nlp("Refusing to answer says everything.")
    assert is_revealing(next(t for t in said if t.text == "says"), lex)


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "cause" in lex.reason_nouns and "013" in lex.outlook_codes


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "grounds.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("reason_nouns:", "reasons:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)
