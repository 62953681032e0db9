"""The complement checks of :mod:`eventwire.pipeline.trigger_complements` on parses of sentences
written for these tests: a verbal complement alone, an object and its predicate, a bare clausal
complement and its mood, and an indirect question."""

from __future__ import annotations

from spacy.language import Language

from eventwire.pipeline.trigger_complements import (
    bundled_clause_moods,
    clause_only,
    indicative_clause,
    indirect_question,
    names_its_object,
    reporting_aside,
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


def test_a_modal_that_judges_likelihood_states(nlp: Language) -> None:
    assert indicative_clause(
        word(nlp, "The auditor suggested that the treasurer may have hidden the losses.",
             "suggested"))
    assert indicative_clause(
        word(nlp, "The columnist suggested the governor must be nervous.", "suggested"))
    assert indicative_clause(
        word(nlp, "The mayor suggested the new rules might slow the building boom.",
             "suggested"))
    # an act proposed to someone who may do it, or in the passive
    assert not indicative_clause(
        word(nlp, "The mayor suggested the two sides could share a depot.", "suggested"))
    assert not indicative_clause(
        word(nlp, "The mayor suggested the vote could be postponed.", "suggested"))
    assert not indicative_clause(
        word(nlp, "The mayor suggested she might chair the panel herself.", "suggested"))


def test_a_curly_contraction_states(nlp: Language) -> None:
    assert indicative_clause(
        word(nlp, "The mayor issued a note suggesting they\u2019re all in agreement.",
             "suggesting"))


def test_a_clause_before_its_verb_or_around_it(nlp: Language) -> None:
    verb = word(nlp, "The budget will run over, the treasurer conceded.", "conceded")
    assert clause_only(verb) and indicative_clause(verb)
    verb = word(nlp, "The new stadium, the treasurer conceded, would cost more.", "conceded")
    assert clause_only(verb) and indicative_clause(verb)
    verb = word(nlp, "As the treasurer suggests, the fund is too small.", "suggests")
    assert clause_only(verb) and indicative_clause(verb)
    assert not clause_only(word(nlp, "The treasurer conceded the seat.", "conceded"))


def test_the_clause_moods_are_valid_data() -> None:
    moods = bundled_clause_moods()
    assert "might" in moods.epistemic_modals and "side" in moods.party_nouns
    assert "should" not in moods.epistemic_modals  # "should" proposes


def test_a_reporting_aside(nlp: Language) -> None:
    # A speech verb set off inside the clause it reports, with its own subject.
    assert reporting_aside(word(nlp, "The budget, the treasurer said, was too small.", "said"))
    assert reporting_aside(word(nlp, "The ferries, he added, will sail again in June.", "added"))
    # Trailing or leading reports and a verb with no subject are no asides.
    assert not reporting_aside(word(nlp, "The budget was too small, the treasurer said.", "said"))
    assert not reporting_aside(word(nlp, "The treasurer said the budget was too small.", "said"))
