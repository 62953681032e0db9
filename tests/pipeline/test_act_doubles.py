"""One act of force told twice gives one event (``act_doubles``): a response verb with a coded
act as its means is that act, and a killing that tells a coded attack's toll is dropped.
Sentences written for these tests, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.act_doubles import load_lexicon
from tests.coded import force_codes


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "code"), [
    ("Ostmark retaliated with air strikes on Westland.", "195"),
    ("Westland responded with air strikes on the rebel camps.", "195"),
    ("The militia hit back with rocket fire on the capital.", "194"),
    ("The army responded by shelling the border villages.", "194"),
])
def test_a_response_with_a_coded_act_is_that_act(coder: Coder, text: str, code: str) -> None:
    assert force_codes(coder, text) == [code]


def test_the_response_verb_brings_its_subject_as_the_doer(coder: Coder) -> None:
    events = coder.code("Iran retaliated with air strikes on Israel.")
    assert [(e.cameo.code, e.source and e.source.code) for e in events] == [("195", "IRN")]


def test_the_gerund_of_a_response_brings_its_doer(coder: Coder) -> None:
    events = coder.code("The Ostmark army responded by shelling the villages.")
    assert [(e.cameo.code, e.source is not None) for e in events] == [("194", True)]


@pytest.mark.parametrize("text", [
    "Four villagers were killed when gunmen attacked the market.",
    "Two guards were wounded after militants opened fire on the checkpoint.",
    "Rebels ambushed an army patrol, killing six soldiers.",
    "The army shelled the town, killing nine civilians and wounding twenty.",
])
def test_a_killing_that_tells_an_attacks_toll_is_that_attack(coder: Coder, text: str) -> None:
    assert len(force_codes(coder, text)) == 1


def test_a_killing_by_another_doer_keeps_its_event(coder: Coder) -> None:
    text = "Rebels killed two soldiers when troops attacked their camp."
    assert len(force_codes(coder, text)) == 2


def test_bad_lexicon_is_refused(tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "eventwire" / "data" / "act_doubles.yaml"
    bad = tmp_path / "act_doubles.yaml"
    bad.write_text(bundled.read_text().replace("means_preps: [with, by]", "means_preps: []"))
    with pytest.raises(DataError):
        load_lexicon(bad)
