"""An event noun judged at the verb that says it happens or starts ("take place", "begin").

Sentences written for this test, parsed by the real English model; the noun is made the only
trigger by hand (code 040, an act-about-act root, so no other rule moves the judged word).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import (
    JUDGED_KEY,
    FactualityComponent,
    judged_token,
    make_factuality,
)
from eventwire.pipeline.mentions import TriggerMatch


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


def judged(nlp: Language, component: FactualityComponent, text: str, noun: str
           ) -> tuple[str, str, TriggerMatch]:
    """The word the noun's event is judged at, its status, and the trigger after the run."""
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == noun)
    trigger = TriggerMatch(index, index + 1, index, "040", "test", 1, "NOUN")
    doc._.ew_triggers = [trigger]
    component(doc)
    word = judged_token(doc, trigger, component.rules.lex).text
    return word, doc._.ew_factuality[index].status, trigger


# (sentence, event noun, word judged, status)
CASES: list[tuple[str, str, str, str]] = [
    ("The state visit did not take place after all.", "visit", "take", "negated"),
    ("The ceasefire is due to take effect at noon.", "ceasefire", "take", "planned"),
    ("The summit, which is scheduled to begin on Monday, will gather 30 leaders.", "summit",
     "begin", "planned"),
    ("The strikes, which began in May, have spread to the ports.", "strikes", "began",
     "occurred"),
    ("The talks, which began in May, did not produce a deal.", "talks", "began", "occurred"),
    ("No talks took place last year.", "talks", "took", "negated"),
    ("The parade may go ahead despite the rain.", "parade", "go", "possible"),
    ("The negotiations are expected to resume next week.", "negotiations", "resume",
     "planned"),
]


@pytest.mark.parametrize(("text", "noun", "word", "status"), CASES)
def test_event_noun_is_judged_at_its_occurrence_verb(
    nlp: Language, component: FactualityComponent, text: str, noun: str, word: str,
    status: str,
) -> None:
    found, decided, trigger = judged(nlp, component, text, noun)
    assert (found, decided) == (word, status)
    assert isinstance(trigger.extra[JUDGED_KEY], int)


# (sentence, event noun): verbs of ending, failing or anything else move nothing
OWN: list[tuple[str, str]] = [
    ("The talks ended without a statement.", "talks"),
    ("The truce will collapse within days.", "truce"),
    ("The summit will focus on trade.", "summit"),
    ("Officials said the talks would open a new chapter.", "talks"),
]


@pytest.mark.parametrize(("text", "noun"), OWN)
def test_other_verbs_leave_the_noun_judged_at_itself(
    nlp: Language, component: FactualityComponent, text: str, noun: str
) -> None:
    found, _, trigger = judged(nlp, component, text, noun)
    assert found == noun
    assert JUDGED_KEY not in trigger.extra
