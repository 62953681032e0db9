"""Acts named as the subject of a judgement in the present or under a modal are possible; the
same gerund or infinitive under a past, perfect or progressive predicate, an event gerund
without an object, and a gerund with a subject of its own keep their status. Sentences written
for this test, parsed by the real English model; the event word is made the only trigger by
hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from eventwire.pipeline.factuality_evaluations import judging_predicate
from tests.pipeline.test_factuality import factuality_of


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


# (sentence, event word, status)
CASES: list[tuple[str, str, str]] = [
    ("Bombing the rebel depots is in our national interest, the general said.",
     "Bombing", "possible"),
    ("Expelling the diplomats would be a grave mistake.", "Expelling", "possible"),
    ("Sanctioning the bank is pointless.", "Sanctioning", "possible"),
    ("Raising tariffs and sanctioning the banks hurts our farmers.", "sanctioning", "possible"),
    ("For the navy to blockade the port would start a war.", "blockade", "possible"),
    ("To arrest the opposition leaders is to invite unrest.", "arrest", "possible"),
    ("Shelling in the northern districts is heavy.", "Shelling", "occurred"),
    ("Shelling the villages has killed dozens of people.", "Shelling", "occurred"),
    ("Bombing the depots was the first step of the offensive.", "Bombing", "occurred"),
    ("Blockading the port is continuing despite the talks.", "Blockading", "occurred"),
]


@pytest.mark.parametrize(("text", "word", "status"), CASES)
def test_judged_act_status(
    nlp: Language, component: FactualityComponent, text: str, word: str, status: str
) -> None:
    assert factuality_of(nlp, component, text, word, code="190").status == status


def test_judging_predicate_is_the_judgement(nlp: Language, component: FactualityComponent
                                            ) -> None:
    doc = nlp("Expelling the diplomats would be a grave mistake.")
    predicate = judging_predicate(doc[0], component.rules.lex)
    assert predicate is not None and predicate.lower_ == "be"
    assert judging_predicate(doc[2], component.rules.lex) is None  # "diplomats": no act subject
