"""Questions and page furniture: a wh-question about a past act takes the act for given, a
yes/no or future question leaves it open; a tensed verb joined to a word the parser takes for an
imperative ("Hide caption ...") is no command. Sentences written for this test, parsed by the
real English model; the event word is made the only trigger by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from tests.pipeline.test_factuality import factuality_of


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


# (sentence, event word, status)
CASES: list[tuple[str, str, str]] = [
    ("Who attacked the border post?", "attacked", "occurred"),
    ("Why did the militia attack the convoy?", "attack", "occurred"),
    ("Who planned the raids that led to the attacks on the port?", "attacks", "occurred"),
    ("Why is Russia threatening to cut gas supplies?", "threatening", "occurred"),
    ("Who has attacked the border post?", "attacked", "occurred"),
    ("Is Russia threatening to cut gas supplies?", "threatening", "possible"),
    ("Did the militia attack the convoy?", "attack", "possible"),
    ("Who will attack the convoy next?", "attack", "possible"),
    ("Who would attack a hospital?", "attack", "possible"),
    ("Hide Caption 4 of 9 Photos: Unrest - Supporters of the mayor burn tyres on Friday.",
     "burn", "occurred"),
    ("Release the prisoners and stop the shelling.", "stop", "possible"),
]


@pytest.mark.parametrize(("text", "word", "status"), CASES)
def test_question_or_command_status(
    nlp: Language, component: FactualityComponent, text: str, word: str, status: str
) -> None:
    assert factuality_of(nlp, component, text, word, code="190").status == status
