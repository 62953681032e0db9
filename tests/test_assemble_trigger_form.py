"""The trigger's form in ``extra["trigger_form"]``: a noun, a participial adjunct, or neither.

Sentences written for this test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.assemble import trigger_form
from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _forms(events: list[Event], text: str) -> dict[str, str | None]:
    """Trigger head word -> its form."""
    found: dict[str, str | None] = {}
    for event in events:
        start, end = event.extra["trigger_head"]
        found.setdefault(text[start:end], event.extra.get("trigger_form"))
    return found


def test_a_participial_adjunct_and_a_noun_are_marked_a_finite_verb_is_not(coder: Coder) -> None:
    text = ("Militants shelled the border post on Sunday, abducting four guards, "
            "and the garrison's commander promised swift retaliation.")
    forms = _forms(coder.code(text, published="2023-04-02"), text)
    assert forms.get("shelled", "missing") is None, forms
    assert forms.get("abducting") == "participle", forms


def test_a_noun_trigger_is_a_noun(coder: Coder) -> None:
    text = "The ministry welcomed Japan's assistance after the floods."
    forms = _forms(coder.code(text, published="2023-04-02"), text)
    assert forms.get("welcomed", "missing") is None, forms
    assert forms.get("assistance") == "noun", forms


def test_a_participle_with_its_own_subject_or_auxiliary_is_a_clause(nlp: Language) -> None:
    doc = nlp("The town was shelled after the talks had collapsed, killing three.")
    by_word = {token.text: token for token in doc}
    assert trigger_form(by_word["shelled"]) is None  # passive with its auxiliary
    assert trigger_form(by_word["killing"]) == "participle"
