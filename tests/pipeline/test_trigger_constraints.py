"""Dependency constraints of a trigger pattern (eventwire.pipeline.trigger_constraints) on the
real English model: a toy pattern each, sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import TriggerPattern
from eventwire.pipeline.trigger_constraints import constraint_tokens

TAKE_A_PLACE = TriggerPattern(id="test.take.place", code="192", lemma="take", pos="VERB",
                              place_object=True, source="test")


def _verb(nlp: Language, text: str):  # noqa: ANN202 - a spaCy Token
    doc = nlp(text)
    return next(t for t in doc if t.lemma_ == "take")


@pytest.mark.parametrize(("text", "place"), [
    ("The rebels took Kabul.", "Kabul"),
    ("The army took Sierra Leone's second city and Freetown.", "Freetown"),
    ("The militia took Kherson in a day.", "Kherson"),
])
def test_a_named_place_as_the_object(nlp: Language, text: str, place: str) -> None:
    verb = _verb(nlp, text)
    used = constraint_tokens(verb, TAKE_A_PLACE)
    assert used is not None
    assert place in {verb.doc[i].text for i in used}


@pytest.mark.parametrize("text", [
    "The rebels took hostages.",
    "The rebels took part in the vote.",
    "The rebels took Smith to the river.",
])
def test_no_named_place_no_match(nlp: Language, text: str) -> None:
    assert constraint_tokens(_verb(nlp, text), TAKE_A_PLACE) is None


def test_a_named_place_counts_one_constraint() -> None:
    assert TAKE_A_PLACE.constraint_count == 1


SINGULAR_DEMAND = TriggerPattern(id="test.demand.quantity", code=None, lemma="demand",
                                 pos="NOUN", governor=("grow",), singular=True, source="test")


@pytest.mark.parametrize(("text", "fits"), [
    ("Demand for copper grew in March.", True),
    ("Demands for a recount grew in March.", False),
])
def test_a_singular_pattern_fits_no_plural_head(nlp: Language, text: str, fits: bool) -> None:
    head = next(t for t in nlp(text) if t.lemma_.lower() == "demand")
    assert (constraint_tokens(head, SINGULAR_DEMAND) is not None) is fits


def test_the_singular_filter_counts_no_constraint() -> None:
    plain = SINGULAR_DEMAND.model_copy(update={"singular": False})
    assert SINGULAR_DEMAND.constraint_count == plain.constraint_count
