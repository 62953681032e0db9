"""A body an act creates is no target of the act (``created_bodies``). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.created_bodies import created_bodies_data, created_body


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_the_data_file_loads() -> None:
    data = created_bodies_data()
    assert "committee" in data.bodies and "set up" in data.verbs


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The government set up a committee.", "committee", True),
    ("Parliament established a commission.", "commission", True),
    ("They welcomed the creation of a panel.", "panel", True),
    ("The committee criticised the minister.", "committee", False),
    ("The president dissolved the commission.", "commission", False),
])
def test_the_created_body(nlp: Language, text: str, word: str, expected: bool) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    assert created_body(head) is expected


def test_the_created_committee_is_no_target(coder: Coder) -> None:
    events = coder.code("The government set up a committee to investigate the riots.",
                        published="2023-05-01")
    created = [e for e in events if "committee" in e.trigger.text]
    assert created and all(e.target is None for e in created)


def test_a_party_named_with_the_body_is_the_target(coder: Coder) -> None:
    events = coder.code("Kenya agreed to set up a joint committee with Tanzania.",
                        published="2023-05-01")
    created = [e for e in events if "committee" in e.trigger.text]
    assert created and {e.target.code for e in created if e.target} == {"TZA"}
