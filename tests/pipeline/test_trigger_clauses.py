"""The clause constraints of :mod:`eventwire.pipeline.trigger_clauses` on parses of sentences
written for these tests: object predicates and their words, participle clauses after a verb,
the noun a present participle describes, a gerund under a preposition, and open complements."""

from __future__ import annotations

from spacy.language import Language

from eventwire.pipeline.trigger_clauses import (
    complements,
    gerund_object,
    named_predicate,
    participle_clause,
    participle_subject,
    predicate_word,
)
from tests.coded import word


def test_predicate_head_conjunct_and_modifier(nlp: Language) -> None:
    called = word(nlp, "Officials called the new tariffs unfair and illegal.", "called")
    found = predicate_word(called, ["illegal"])
    assert found is not None and found.text == "illegal"
    called = word(nlp, "The minister called the raid an outrageous provocation.", "called")
    found = predicate_word(called, ["outrageous"])
    assert found is not None and found.text == "outrageous"


def test_object_is_no_predicate(nlp: Language) -> None:
    """A word of the object's own phrase ("the *illegal* raid") says nothing of the object."""
    called = word(nlp, "The minister called the illegal raid a provocation.", "called")
    assert predicate_word(called, ["illegal"]) is None


def test_predicate_opened_by_as(nlp: Language) -> None:
    """An "as" on the verb or on its object says what the object is, active or passive."""
    for text in ("The minister described the plan as a disaster.",
                 "The mayor was described as a disaster by the union."):
        described = word(nlp, text, "described")
        assert named_predicate(described)
        found = predicate_word(described, ["disaster"])
        assert found is not None and found.text == "disaster"
    described = word(nlp, "The minister described the plan in detail.", "described")
    assert not named_predicate(described)
    assert predicate_word(described, ["detail"]) is None


def test_second_object_is_a_predicate(nlp: Language) -> None:
    branded = word(nlp, "The president branded the journalists traitors.", "branded")
    found = predicate_word(branded, ["traitor"])
    assert found is not None and found.text == "traitors"
    assert predicate_word(branded, ["journalist"]) is None


def test_predicate_compound_and_case_of(nlp: Language) -> None:
    """A noun before the predicate's head ("a *witch* hunt") and what it is a case of ("an act
    of *aggression*") say what the object is called."""
    called = word(nlp, "The senator called the inquiry a witch hunt.", "called")
    found = predicate_word(called, ["witch"])
    assert found is not None and found.text == "witch"
    described = word(nlp, "Officials described the strike as an act of aggression.",
                     "described")
    found = predicate_word(described, ["aggression"])
    assert found is not None and found.text == "aggression"
    assert predicate_word(described, ["strike"]) is None


def test_participle_clause_after_the_verb(nlp: Language) -> None:
    attacked = word(nlp, "The senator attacked the governor, saying his plan would fail.",
                    "attacked")
    found = participle_clause(attacked, ["say"])
    assert found is not None and found.text == "saying"
    attacked = word(nlp, "Gunmen attacked the convoy, killing four soldiers.", "attacked")
    assert participle_clause(attacked, ["say"]) is None


def test_noun_described_by_a_present_participle(nlp: Language) -> None:
    attacking = word(nlp, "Television ads attacking the candidate aired all week.", "attacking")
    found = participle_subject(attacking)
    assert found is not None and found.text == "ads"
    attacked = word(nlp, "The convoy attacked by gunmen reached the town.", "attacked")
    assert participle_subject(attacked) is None


def test_gerund_under_a_preposition(nlp: Language) -> None:
    meeting = word(nlp, "I look forward to meeting him next month.", "meeting")
    assert gerund_object(meeting)
    meeting = word(nlp, "I look forward to the meeting next month.", "meeting")
    assert not gerund_object(meeting)


def test_complements_of_an_infinitive_with_for_and_its_subject(nlp: Language) -> None:
    called = word(nlp, "The farmers called for the governor to resign.", "called")
    assert [c.text for c in complements(called)] == ["resign"]
    calls = word(nlp, "Calls for the mayor to quit grew louder.", "Calls")
    assert [c.text for c in complements(calls)] == ["quit"]


def test_complements_not_a_purpose_clause(nlp: Language) -> None:
    left = word(nlp, "The envoy left early to catch a flight.", "left")
    assert complements(left) == []
    vowed = word(nlp, "The rebels have vowed to fight on.", "vowed")
    assert [c.text for c in complements(vowed)] == ["fight"]


def test_complements_with_a_particle(nlp: Language) -> None:
    called = word(nlp, "The miners called on their chairman to step down.", "called")
    assert [c.text for c in complements(called, "down")] == ["step"]
    assert complements(called, "up") == []
    aside = word(nlp, "Donors called on the director to step aside.", "called")
    assert [c.text for c in complements(aside, "aside")] == ["step"]
    more = word(nlp, "The mayor called on residents to step up their efforts.", "called")
    assert complements(more, "down") == [] and [c.text for c in complements(more)] == ["step"]
