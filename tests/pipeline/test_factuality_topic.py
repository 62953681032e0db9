"""Known events named as the topic of another act keep their own status (factuality_topic.py).

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


def status_of(nlp: Language, component: FactualityComponent, text: str, noun: str
              ) -> tuple[str, str | None]:
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == noun)
    doc._.ew_triggers = [TriggerMatch(index, index + 1, index, "040", "test", 1, "NOUN")]
    component(doc)
    found = doc._.ew_factuality[index]
    return found.status, found.hedge


# (sentence, event noun, status)
CASES: list[tuple[str, str, str]] = [
    # a condition, modal or negation of the act done to a known event is not the event's
    ("If the senate heeds the mayor's appeal, the strike could end.", "appeal", "occurred"),
    ("The navy drew up plans it could use if told to intervene in the border war.", "war",
     "occurred"),
    ("It is unclear whether the cabinet will accept the proposal.", "proposal", "occurred"),
    ("The leaks could undermine the negotiations.", "negotiations", "occurred"),
    ("The ministry did not comment on the blockade.", "blockade", "occurred"),
    # the complement of a plain noun is a topic: "his part in the inquiry"
    ("She will face questions about his part in the inquiry.", "inquiry", "occurred"),
    # a verb that carries, plans, attends the event or acts at or for it shares its status
    ("The rebels could launch the offensive next week.", "offensive", "possible"),
    ("The president will attend the summit in May.", "summit", "planned"),
    ("The minister plans to speak at their meeting on Friday.", "meeting", "planned"),
    ("The kidnappers demanded a ransom for the release of the hostages.", "release", "possible"),
    ("The government denied the massacre.", "massacre", "negated"),
    ("The raid was meant to lead to the capture of the commander.", "capture", "planned"),
    # an indefinite event noun is still the conditioned act's: "could launch an attack"
    ("If the talks fail, the army could resume an offensive.", "offensive", "possible"),
    # a time word on a risk noun dates the threatened act, not the threat
    ("The militia poses an imminent threat to the city.", "threat", "occurred"),
    ("The dam poses a looming danger to the valley.", "danger", "occurred"),
    ("An imminent attack on the city is feared.", "attack", "possible"),
]


@pytest.mark.parametrize(("text", "noun", "status"), CASES)
def test_known_event_keeps_its_status(nlp: Language, component: FactualityComponent,
                                      text: str, noun: str, status: str) -> None:
    assert status_of(nlp, component, text, noun)[0] == status


def test_a_claim_over_a_known_event_still_hedges_it(
        nlp: Language, component: FactualityComponent) -> None:
    found = status_of(nlp, component, "The group claimed responsibility for the bombing of "
                      "the depot.", "bombing")
    assert found == ("occurred", "claimed")
