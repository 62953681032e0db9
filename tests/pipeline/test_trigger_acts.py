"""One act named by two trigger patterns of one CAMEO root whose words hang together
(eventwire.pipeline.trigger_acts), with every bundled dictionary on the real English model:
sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.trigger_acts import act_family
from eventwire.pipeline.triggers import match_triggers


def heads(nlp: Language, patterns: PatternSet, text: str) -> dict[str, str]:
    """Trigger head word -> code."""
    doc = nlp(text)
    return {doc[m.head].text: m.code for m in match_triggers(doc, patterns)}


def test_the_ratification_of_a_treaty_is_one_signing(
    nlp: Language, everything: PatternSet
) -> None:
    found = heads(nlp, everything, "The parliament in Oslo postponed the ratification of the pact.")
    assert found.get("ratification") == "057"
    assert "pact" not in found


def test_a_detention_told_by_a_clause_and_a_passive_verb_is_one_act(
    nlp: Language, everything: PatternSet
) -> None:
    found = heads(nlp, everything, "Suspects detained by the army are being held in Mopti.")
    assert [code for code in found.values() if code.startswith("17")] == ["173"]
    assert "detained" in found


def test_an_active_verb_with_its_agent_keeps_its_event(
    nlp: Language, everything: PatternSet
) -> None:
    found = heads(nlp, everything, "Police in Mopti held the suspects detained in the raid.")
    assert found.get("held") == "173"
    assert "detained" not in found


def test_acts_of_other_roots_stay_apart(nlp: Language, everything: PatternSet) -> None:
    found = heads(nlp, everything, "Police in Mopti arrested the men who attacked the convoy.")
    assert found.get("arrested") == "173"
    assert found.get("attacked", "").startswith(("18", "19"))


def test_a_clause_the_noun_does_is_an_act_of_its_own(
    nlp: Language, everything: PatternSet
) -> None:
    found = heads(nlp, everything,
                  "The ministry in Lima issued a statement expressing condolences to the family.")
    assert found.get("expressing") == "018"


def test_the_roots_of_violence_are_one_family() -> None:
    assert act_family("1832") == act_family("190") == act_family("2042")
    assert act_family("173") != act_family("190")
    assert act_family("057") == "05"


def test_a_bombing_and_the_killing_it_tells_are_one_act(
    nlp: Language, everything: PatternSet
) -> None:
    found = heads(nlp, everything, "A parcel bomb exploded at the depot, killing nine guards.")
    force = [code for code in found.values() if code.startswith(("18", "19", "20"))]
    assert len(force) == 1 and force[0].startswith("183")
