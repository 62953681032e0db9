"""An object "it" after a thing named in another clause stands for the thing
(``pronoun_things``); a thing of the pronoun's own clause does not. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.pronoun_things import thing_between


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_a_thing_of_the_pronouns_own_clause_is_no_antecedent(coder: Coder) -> None:
    text = "Chad said a rocket was fired at it from Sudan on Friday."
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "19"]
    assert {e.target.code for e in events if e.target} == {"TCD"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Kenya drafted a resolution and Uganda criticized it.", True),
        # A subject "it" is not read so, nor an "it" with no thing before it.
        ("Kenya drafted a resolution and it criticized Uganda.", False),
        ("Kenya spoke and Uganda criticized it.", False),
    ],
)
def test_thing_between(nlp: Language, text: str, thing: bool) -> None:
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ == "it")
    assert thing_between(pronoun, 1, lambda t: None) is thing
