"""A town inside the name of an event is where it happened, not its actor (``noun_modifiers``).
Sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _actors(coder: Coder, text: str) -> set[str | None]:
    events = coder.code(text, published="2023-05-01")
    assert events
    return {a.text for e in events for a in (e.source, e.target) if a is not None}


@pytest.mark.parametrize(("text", "town"), [
    ("The Leeds Marathon bombing killed three runners.", "Leeds"),
    ("The Manchester Arena attack killed 22 people.", "Manchester"),
    ("The Lyon Metro bombing killed ten people.", "Lyon"),
])
def test_a_town_naming_an_events_venue_is_no_actor(coder: Coder, text: str, town: str) -> None:
    assert town not in _actors(coder, text)


def test_a_country_naming_the_venue_stays_an_actor(coder: Coder) -> None:
    # "the US Embassy": the embassy is the country's.
    assert any("US" in (a or "") for a in _actors(
        coder, "The US Embassy bombing killed ten people."))
