"""An act that is halted, suspended, stopped or ended was under way: it occurred, whatever governs
the ending ("asked Egypt to halt the raids" asks for a halt, it does not deny the raids).

Sentences written for this test, parsed by the real English model; the ended act (or the ending
phrase) is made the only trigger by hand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from tests.pipeline.test_factuality import factuality_of


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


# (sentence, the ended act's word, its status)
ENDED: list[tuple[str, str, str]] = [
    ("The Security Council asked Cairo to halt the raids on the border towns.", "raids",
     "occurred"),
    ("The rebels suspended their attacks on the pipeline last week.", "attacks", "occurred"),
    ("Government forces stopped shelling the northern suburbs on Sunday.", "shelling",
     "occurred"),
    ("The bombardment of the port was halted after the truce.", "bombardment", "occurred"),
    ("The junta did not end its crackdown on the opposition.", "crackdown", "occurred"),
    ("Will the militia cease its attacks on aid convoys?", "attacks", "occurred"),
    ("The envoy called for an end to the shelling of the camps.", "shelling", "occurred"),
    ("Aid groups demanded a halt to the air strikes on the city.", "strikes", "occurred"),
    ("The suspension of the raids angered the hardliners.", "raids", "occurred"),
    # Cues on the act itself still count: an ended act that was only planned stays planned.
    ("The general halted the planned offensive in the east.", "offensive", "planned"),
]


@pytest.mark.parametrize(("text", "word", "status"), ENDED)
def test_the_ended_act_keeps_its_own_status(
    nlp: Language, component: FactualityComponent, text: str, word: str, status: str
) -> None:
    assert factuality_of(nlp, component, text, word, code="190").status == status


# Negative cases: prevention is no ending (the act never began), a purpose infinitive of
# "stop" is no ended act (the purpose rule decides), and other governors keep their effect.
NOT_ENDED: list[tuple[str, str, str]] = [
    ("Police prevented an attack on the embassy.", "attack", "negated"),
    ("The convoy stopped to refuel near the border.", "refuel", "possible"),
    ("The ministry denied that troops attacked the village.", "attacked", "negated"),
    ("The rebels threatened to attack the pipeline.", "attack", "possible"),
]


@pytest.mark.parametrize(("text", "word", "status"), NOT_ENDED)
def test_other_governors_still_decide(
    nlp: Language, component: FactualityComponent, text: str, word: str, status: str
) -> None:
    assert factuality_of(nlp, component, text, word, code="190").status == status


# The ending itself is an event whose status its own cues decide: a phrase trigger headed by
# an ending verb is judged at that verb, not at the ended act it names.
ENDING_PHRASES: list[tuple[str, str, str, str]] = [
    ("The army did not halt its raids on the camps.", "halt", "raids", "negated"),
    ("Will the army stop its raids on the camps?", "stop", "raids", "possible"),
    ("The army will suspend its raids on the camps.", "suspend", "raids", "planned"),
    ("The army suspended its raids on the camps.", "suspended", "raids", "occurred"),
]


@pytest.mark.parametrize(("text", "head", "end", "status"), ENDING_PHRASES)
def test_the_ending_phrase_is_judged_at_its_verb(
    nlp: Language, component: FactualityComponent, text: str, head: str, end: str, status: str
) -> None:
    assert factuality_of(nlp, component, text, head, end, code="087").status == status
