"""The clause cues of :mod:`eventwire.pipeline.factuality_clauses` on parses of sentences written
for these tests: negation, modals, conditions and norms on a word's own clause."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from eventwire.pipeline.factuality_clauses import ClauseCues
from eventwire.pipeline.factuality_lexicon import load_lexicon
from tests.coded import word


@pytest.fixture(scope="module")
def cues() -> ClauseCues:
    return ClauseCues(load_lexicon())


def found(cues: ClauseCues, token: Token) -> list[tuple[str, str]]:
    return [(cue.value, cue.token.text) for cue in cues.clause_cues(token)]


def test_negation_and_modals(nlp: Language, cues: ClauseCues) -> None:
    assert found(cues, word(nlp, "The mill did not close.", "close")) == [("negated", "not")]
    assert found(cues, word(nlp, "The mill will close in May.", "close")) == [("planned", "will")]
    assert found(cues, word(nlp, "The mill may close soon.", "close")) == [("possible", "may")]
    assert found(cues, word(nlp, "The mill closed last week.", "closed")) == []


def test_a_negative_subject_negates_its_clause(nlp: Language, cues: ClauseCues) -> None:
    assert ("negated", "Nobody") in found(cues, word(nlp, "Nobody was arrested.", "arrested"))


def test_a_condition_clause(nlp: Language, cues: ClauseCues) -> None:
    clause = word(nlp, "The union will strike if the talks fail.", "fail")
    assert cues.is_condition_clause(clause)
    assert [(c.value, c.token.text) for c in cues.conditional_cues(clause)] == [
        ("possible", "if")]


def test_a_negated_norm_is_possible(nlp: Language, cues: ClauseCues) -> None:
    assert found(cues, word(nlp, "The council should not raise the fares.", "raise")) == [
        ("possible", "should"), ("possible", "not")]


def test_a_negation_in_a_condition_clause_is_possible(nlp: Language, cues: ClauseCues) -> None:
    # the condition is neither asserted nor denied: "if the council does not act", possible
    clause = word(nlp, "The union will strike if the council does not raise wages.", "raise")
    assert ("negated", "not") not in found(cues, clause)
    assert ("possible", "not") in found(cues, clause)
    inverted = word(nlp, "Unless the mayor does not sign the order, the fares will rise.", "sign")
    assert [v for v, _ in found(cues, inverted)] and "negated" not in [
        v for v, _ in found(cues, inverted)]
    # outside a condition the negation still denies the act
    assert found(cues, word(nlp, "The council did not raise wages.", "raise")) == [
        ("negated", "not")]


def test_a_negation_of_an_adjunct_set_off_denies_only_it(nlp: Language, cues: ClauseCues) -> None:
    # "..., just not as part of the deal": the pushing goes on, only not in that frame
    verb = word(nlp, "The mayor kept lobbying for the tunnel, just not as part of the budget.",
                "kept")
    assert ("negated", "not") not in found(cues, verb)
    # no comma: the negation is the verb's own
    assert ("negated", "not") in found(cues, word(
        nlp, "The mayor did not lobby for the tunnel in the budget talks.", "lobby"))
