"""The complement checks of :mod:`eventwire.pipeline.trigger_complements` on parses of sentences
written for these tests: a verbal complement alone, an object and its predicate, a bare clausal
complement and its mood, and an indirect question."""

from __future__ import annotations

from spacy.language import Language

from eventwire.pipeline.trigger_complements import (
    clause_only,
    indicative_clause,
    indirect_question,
    names_its_object,
    verbal_complement_only,
)
from tests.coded import word


def test_a_verbal_complement_without_a_recipient(nlp: Language) -> None:
    assert verbal_complement_only(word(nlp, "The brothers helped plan the robbery.", "helped"))
    assert verbal_complement_only(
        word(nlp, "The cousins assisted in planning the robbery.", "assisted"))
    assert not verbal_complement_only(
        word(nlp, "The charity helped Bolivia rebuild its schools.", "helped"))
    assert not verbal_complement_only(
        word(nlp, "The brothers helped the farmers with seed.", "helped"))


def test_an_object_and_its_predicate(nlp: Language) -> None:
    assert names_its_object(
        word(nlp, "The senator called the new levy a betrayal.", "called"))
    assert not names_its_object(word(nlp, "The senator called the governor.", "called"))


def test_a_bare_clausal_complement(nlp: Language) -> None:
    assert clause_only(word(nlp, "The lawyers charged that the judge had erred.", "charged"))
    assert not clause_only(
        word(nlp, "The prosecutors charged three clerks with fraud.", "charged"))


def test_the_mood_of_a_clausal_complement(nlp: Language) -> None:
    assert indicative_clause(
        word(nlp, "The mayor suggested that the audit had failed.", "suggested"))
    assert not indicative_clause(
        word(nlp, "The mayor suggested that the auditor should resign.", "suggested"))


def test_an_indirect_question(nlp: Language) -> None:
    opener = indirect_question(
        word(nlp, "The union asked whether the plant would reopen.", "asked"))
    assert opener is not None and opener.text == "whether"
    opener = indirect_question(word(nlp, "The union asked why the managers left.", "asked"))
    assert opener is not None and opener.text == "why"
    assert indirect_question(
        word(nlp, "The union asked that the managers be replaced.", "asked")) is None


def test_an_indirect_question_after_a_preposition(nlp: Language) -> None:
    opener = indirect_question(
        word(nlp, "Pressed on whether she would quit, the senator smiled.", "Pressed"))
    assert opener is not None and opener.text == "whether"
    assert indirect_question(
        word(nlp, "The envoy pressed Hanoi on the release of the bloggers.", "pressed")) is None
