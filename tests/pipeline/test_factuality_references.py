"""Acts referred to by another act keep their own status (factuality_references.py).

Sentences written for this test, parsed by the real English model; the noun is made the only
trigger by hand (code 040, an act-about-act root, so the noun is the judged word).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from eventwire.pipeline.mentions import TriggerMatch


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


def status_of(nlp: Language, component: FactualityComponent, text: str, noun: str) -> str:
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == noun)
    doc._.ew_triggers = [TriggerMatch(index, index + 1, index, "040", "test", 1, "NOUN")]
    component(doc)
    return str(doc._.ew_factuality[index].status)


# (sentence, event noun, status)
CASES: list[tuple[str, str, str]] = [
    # a word weighing a said act: the saying is done, whatever the weighing's tense or mood
    ("The committee will consider the comments next week.", "comments", "occurred"),
    ("The cabinet is considering a request for troops.", "request", "occurred"),
    ("The union is weighing the offer from management.", "offer", "occurred"),
    ("The council may entertain a bid from the city.", "bid", "occurred"),
    ("The government will not consider the request.", "request", "occurred"),
    ("The government is expected to approve the request.", "request", "occurred"),
    ("The court will hear an appeal from the families.", "appeal", "occurred"),
    ("The government should address the complaints.", "complaints", "occurred"),
    ("The minister might grant the request.", "request", "occurred"),
    # any other object of a weighing word stays an option or keeps its own cues
    ("The army is considering a strike on the depot.", "strike", "possible"),
    ("The committee will consider the proposed ban.", "ban", "possible"),
    ("The government denied the massacre.", "massacre", "negated"),
    ("The ministry rejected the proposal.", "proposal", "negated"),
    # a word referring to an act already done
    ("The board will review complaints from residents.", "complaints", "occurred"),
    ("The minister will respond to accusations of fraud on Tuesday.", "accusations",
     "occurred"),
    ("The senate may launch an inquiry into allegations of bribery.", "allegations",
     "occurred"),
    # an unspecific act is none done that the word could refer to
    ("The board might consider any request from the union.", "request", "possible"),
    # an adjunct with a time of its own before the clause
    ("Britain agreed to free the sailors after talks with Tehran.", "talks", "occurred"),
    ("Despite the army's denial, critics warned of a coup.", "denial", "occurred"),
    ("The president will speak after next week's summit.", "summit", "planned"),
    ("The senator asked the agency to drop the case at the request of the governor.",
     "request", "occurred"),
    # an adjunct still ahead of the clause
    ("Leaders gathered on Monday ahead of the talks.", "talks", "planned"),
    ("Officials met in anticipation of a summit with Seoul.", "summit", "planned"),
    ("Analysts expect the talks to resume in advance of the election.", "election",
     "planned"),
    ("The president will not meet the envoy ahead of the vote.", "vote", "planned"),
    ("Rebels shelled the port ahead of the start of talks.", "talks", "planned"),
    # the occasion a future act happens at is ahead, whatever the act's modals and negation
    ("The governor will speak at a meeting of donors.", "meeting", "planned"),
    ("The governor will not speak at the meeting.", "meeting", "planned"),
    ("The governor spoke at the meeting.", "meeting", "occurred"),
    # not a span that may be under way, nor a said act
    ("Security will be tight during the protests.", "protests", "occurred"),
    ("The troops will stay at the request of the king.", "request", "occurred"),
]


@pytest.mark.parametrize(("text", "noun", "status"), CASES)
def test_referred_act_keeps_its_status(nlp: Language, component: FactualityComponent,
                                       text: str, noun: str, status: str) -> None:
    assert status_of(nlp, component, text, noun) == status


def test_a_phrase_judged_at_its_object_keeps_the_verb_status(
        nlp: Language, component: FactualityComponent) -> None:
    """"will investigate the attack" coded as an investigation (a material root, judged at the
    object noun) is the investigation's status, planned, not the attack's."""
    doc = nlp("The police will investigate the attack.")
    verb = next(t.i for t in doc if t.text == "investigate")
    noun = next(t.i for t in doc if t.text == "attack")
    doc._.ew_triggers = [TriggerMatch(verb, noun + 1, verb, "093", "test", 1, "VERB")]
    component(doc)
    assert doc._.ew_factuality[verb].status == "planned"

