"""Source and target of event nouns (``noun_roles.py``): a visit noun's compounded country is
where the visit goes. Sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def visit(coder: Coder, text: str) -> Event:
    (event,) = [e for e in coder.code(text) if e.cameo.code == "042"]
    return event


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Officials are preparing for the first Kenya visit by the French president.", "FRAGOV",
     "KEN"),
    ("The Brazilian president made a Kenya visit last year.", "BRAGOV", "KEN"),
    # A possessive or an adjective is the visitor.
    ("Kenya's visit to France went well.", "KEN", "FRA"),
    ("The French visit to Kenya went well.", "FRA", "KEN"),
])
def test_a_compounded_country_is_the_destination_of_a_visit(
        coder: Coder, text: str, source: str, target: str) -> None:
    event = visit(coder, text)
    assert event.source is not None and event.source.code == source
    assert event.target is not None and event.target.code == target


def test_a_compounded_country_of_another_act_is_still_its_source(coder: Coder) -> None:
    (event,) = [e for e in coder.code("The Kenya talks with the French envoy ended.")
                if e.cameo.code.startswith("04")]
    assert event.source is not None and event.source.code == "KEN"
