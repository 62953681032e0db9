"""A surname the parser reads as a modal ("May said") is the person named in full before
(``person_names.modal_surname``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "Theresa May visited Kenya on Monday. May said the talks had failed.",
    "Theresa May visited Kenya on Monday. May insisted the talks had failed.",
])
def test_may_before_a_past_verb_is_the_person(coder: Coder, text: str) -> None:
    events = coder.code(text, published="2019-03-01")
    said = [e for e in events if e.trigger.text in ("said", "insisted")]
    assert said and said[0].source is not None
    assert (said[0].source.text, said[0].source.code) == ("May", "GBRGOV")
    assert said[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "Theresa May visited Kenya on Monday. May I ask why the talks failed?",
    "The envoy met officials on Monday. May said the talks had failed.",
])
def test_the_modal_or_an_unnamed_may_stays_no_person(coder: Coder, text: str) -> None:
    events = coder.code(text, published="2019-03-01")
    assert not any(e.source is not None and e.source.text == "May" for e in events)
