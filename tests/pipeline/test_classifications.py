"""An event noun that only names the kind something is taken for gives no event
(``classifications``); sentences written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.classifications import is_classified_kind, load_lexicon

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "classifications.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _triggers(coder: Coder, text: str) -> list[str]:
    return [event.trigger.text for event in coder.code(text, published="2023-04-02")]


@pytest.mark.parametrize(("text", "noun"), [
    ("Critics warned that the army's action could be seen as a silent coup against the "
     "government.", "coup"),
    ("A chat over dessert should not be characterized as a meeting, the spokesman said.",
     "meeting"),
    ("That sounds like a meeting to prepare the ground.", "meeting"),
    ("The government regarded the strike as an attack on its authority and arrested the "
     "leaders.", "attack"),
])
def test_a_kind_something_is_taken_for_is_no_event(coder: Coder, text: str, noun: str) -> None:
    assert noun not in _triggers(coder, text)


@pytest.mark.parametrize(("text", "noun"), [
    ("The rally began as a peaceful protest outside parliament.", "protest"),
    ("Rebels launched an attack on the airport at dawn.", "attack"),
])
def test_an_act_named_otherwise_is_coded(coder: Coder, text: str, noun: str) -> None:
    assert any(noun in trigger for trigger in _triggers(coder, text))


def test_the_noun_and_its_conjuncts(coder: Coder) -> None:
    lex = load_lexicon()
    doc = coder.nlp("Analysts described the raid as an invasion and an occupation.")
    invasion = next(t for t in doc if t.text == "invasion")
    occupation = next(t for t in doc if t.text == "occupation")
    raid = next(t for t in doc if t.text == "raid")
    assert is_classified_kind(invasion, lex) and is_classified_kind(occupation, lex)
    assert not is_classified_kind(raid, lex)


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "see" in lex.classifying_verbs and "like" in lex.likeness_preps


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "classifications.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("classifying_verbs:", "verbs:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)
