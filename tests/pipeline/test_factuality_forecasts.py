"""Forecasts, announced start times and inverted "were ... to" conditions (round four).

Sentences written for this test, parsed by the real English model; the event word is made the
only trigger by hand (code 010, so the status is judged at that word).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from tests.pipeline.test_factuality import factuality_of


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


# (sentence, event word, status)
FORECASTS: list[tuple[str, str, str]] = [
    # someone else's act that is expected is a forecast
    ("Western diplomats expect a fresh offensive in the south before winter.", "offensive",
     "possible"),
    ("Government officials expect a new blockade of the port.", "blockade", "possible"),
    ("Ankara expects the militia to shell the border villages again.", "shell", "possible"),
    # the subject's own act, or an expected arrangement, is planned
    ("The foreign minister expects to visit Hanoi in October.", "visit", "planned"),
    ("Fresh negotiations are expected later this month.", "negotiations", "planned"),
    ("The envoys are expected to sign the accord in Doha.", "sign", "planned"),
    # a party expecting a meeting it takes part in: an arrangement; analysts: a forecast
    ("Venezuela expects talks with the opposition in Oslo next month.", "talks", "planned"),
    ("The prime minister expects a summit with his Greek counterpart soon.", "summit",
     "planned"),
    ("Several analysts expect negotiations before the election.", "negotiations", "possible"),
    # neighbours that did not change
    ("Observers fear a renewed crackdown on the strikers.", "crackdown", "possible"),
    ("The rebels expected no mercy and surrendered the town.", "surrendered", "occurred"),
]

ANNOUNCED_STARTS: list[tuple[str, str, str]] = [
    ("The city council has announced a ban on street marches from Monday.", "ban", "planned"),
    ("The governor declared a curfew starting at midnight.", "curfew", "planned"),
    ("The regulator announced an embargo on the exports as of next week.", "embargo",
     "planned"),
    ("The ministry ordered a blockade of the port beginning on Sunday.", "blockade",
     "planned"),
    # a period, a plain date, or no announcement: no start-time cue
    ("The council announced a ban on street marches from Monday to Wednesday.", "ban",
     "occurred"),
    ("The council announced a ban on street marches on Monday.", "ban", "occurred"),
    ("Police arrested twelve activists from Monday's march.", "arrested", "occurred"),
    ("The ministry announced the arrest of twelve activists from Monday's march.", "arrest",
     "occurred"),
]

INVERTED_WERE: list[tuple[str, str, str]] = [
    ("Were the unrest to spread, the army would deploy.", "spread", "possible"),
    ("The union would strike were the company to cut wages.", "cut", "possible"),
    ("Were the junta to expel the envoy, Paris would respond.", "expel", "possible"),
    ("Were a curfew to be declared, the protests would stop.", "curfew", "possible"),
    ("Were the strike to spread, the docks would close.", "strike", "occurred"),
    # "were to" with the subject before it is an arrangement, not a condition
    ("The delegates were to meet in Vienna on Friday.", "meet", "planned"),
]


@pytest.mark.parametrize(("text", "word", "status"), FORECASTS)
def test_expected_events(nlp: Language, component: FactualityComponent, text: str, word: str,
                         status: str) -> None:
    assert factuality_of(nlp, component, text, word).status == status


@pytest.mark.parametrize(("text", "word", "status"), ANNOUNCED_STARTS)
def test_announced_measure_with_a_start_time(
    nlp: Language, component: FactualityComponent, text: str, word: str, status: str
) -> None:
    assert factuality_of(nlp, component, text, word).status == status


@pytest.mark.parametrize(("text", "word", "status"), INVERTED_WERE)
def test_inverted_were_condition(nlp: Language, component: FactualityComponent, text: str,
                                 word: str, status: str) -> None:
    assert factuality_of(nlp, component, text, word).status == status


# (sentence, event word, status): purpose infinitives and intent nouns
PURPOSES: list[tuple[str, str, str]] = [
    ("Armoured units gathered outside the city to storm the rebel stronghold.", "storm",
     "possible"),
    ("The navy sent two frigates to blockade the harbour.", "blockade", "possible"),
    ("Investigators uncovered a plot to kidnap the governor.", "kidnap", "possible"),
    ("Police managed to free the hostages after a long siege.", "free", "occurred"),
    ("Riot police used water cannon to disperse the crowd.", "disperse", "occurred"),
    ("Militia leader to face trial in The Hague", "face", "planned"),
    # "be about to": imminent, not yet done
    ("The coalition is about to withdraw its troops from the province.", "withdraw", "planned"),
]


@pytest.mark.parametrize(("text", "word", "status"), PURPOSES)
def test_purpose_infinitives_and_intent_nouns(
    nlp: Language, component: FactualityComponent, text: str, word: str, status: str
) -> None:
    assert factuality_of(nlp, component, text, word).status == status


def test_an_event_named_as_a_topic_of_a_purpose_is_not_the_aim(
    nlp: Language, component: FactualityComponent
) -> None:
    text = ("The prosecutor met the judge to discuss cases related to the bombing of the "
            "power station.")
    assert factuality_of(nlp, component, text, "bombing").status == "occurred"
    assert factuality_of(nlp, component, "Troops massed on the border to launch an offensive.",
                     "offensive").status == "possible"
