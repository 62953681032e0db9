"""Boarding a vessel by force (1711, 181), coups (180), and taking places (192) and persons
(173, 181) by force: sentences written for this test.

The whole bundled dictionary is loaded, so a case also checks that the hand-written pattern
wins over the converted PETRARCH patterns.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.triggers import match_triggers


def codes(nlp: Language, patterns: PatternSet, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {doc[m.start : m.end].text: m.code for m in match_triggers(doc, patterns)}


CASES: list[tuple[str, str, str]] = [
    ("Coast guard officers boarded the tanker off the cape.", "boarded the tanker", "1711"),
    ("The navy boarded a freighter suspected of carrying arms.", "boarded a freighter", "1711"),
    ("Pirates boarded a fishing trawler near the strait.", "boarded", "181"),
    ("Officers in the army staged a coup in the capital.", "coup", "180"),
    # a place taken by force is occupied territory (192), no property seized (171)
    ("The militia captured a suburb of the capital on Friday.", "captured a suburb", "192"),
    ("Government troops seized the northern suburb after a week of shelling.",
     "seized the northern suburb", "192"),
    ("The rebels took the rebel stronghold back in May.", "took the rebel stronghold", "192"),
    # a person taken by force: detention (173), abduction when irregulars take him (181)
    ("The army captured three enemy fighters near the river.", "captured three enemy fighters",
     "173"),
    ("The observers were captured near the border crossing.", "observers were captured",
     "173"),
    ("Insurgents captured two foreign tourists in the hills.", "captured two foreign tourists",
     "181"),
]


@pytest.mark.parametrize(("text", "trigger", "code"), CASES)
def test_trigger_and_code(nlp: Language, everything: PatternSet, text: str, trigger: str,
                          code: str) -> None:
    assert codes(nlp, everything, text).get(trigger) == code


@pytest.mark.parametrize("text", [
    "The delegates boarded the ferry to the island.",
    "Tourists boarded a cruise ship in the harbour.",
    "The accord was a diplomatic coup for the prime minister.",
])
def test_no_seizure(nlp: Language, everything: PatternSet, text: str) -> None:
    assert not {c for c in codes(nlp, everything, text).values() if c in {"1711", "181", "180"}}


@pytest.mark.parametrize("text", [
    "The rebels captured a suburb of the capital.",
    "Insurgents captured two foreign tourists in the hills.",
])
def test_no_property_seized(nlp: Language, everything: PatternSet, text: str) -> None:
    assert not {c for c in codes(nlp, everything, text).values() if c.startswith("171")}


def test_a_suburb_sold_is_not_taken(nlp: Language, everything: PatternSet) -> None:
    found = codes(nlp, everything, "The developer bought a suburb of the town.")
    assert "192" not in found.values()


# a person taken by irregulars, told in the passive with its "by" agent, is abducted (181);
# by the police or the army it stays detention (173)
@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("The photographer was captured by insurgents outside the port.",
     "photographer was captured by insurgents", "181"),
    ("Two engineers were seized by gunmen on the pipeline road.",
     "engineers were seized by gunmen", "181"),
    ("She was taken by militiamen at a checkpoint.", "She was taken by militiamen", "181"),
    ("The suspect was captured by police at the bus station.", "suspect was captured", "173"),
])
def test_passive_capture_by_its_agent(nlp: Language, everything: PatternSet, text: str,
                                      trigger: str, code: str) -> None:
    assert codes(nlp, everything, text).get(trigger) == code


@pytest.mark.parametrize("text", [
    "The coach told his team to seize the moment in the second half.",
    "The mayor seized the opportunity to praise the volunteers.",
    "After the election she took a senior position in the new ministry.",
    "Her speech grabbed headlines across the region.",
])
def test_figures_are_no_seizure(
        nlp: Language, everything: PatternSet, text: str) -> None:
    found = codes(nlp, everything, text).values()
    assert not [c for c in found if c.startswith(("171", "174", "192"))]
