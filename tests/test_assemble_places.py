"""Event locations when an actor was composed with a place ("activists in Hong Kong")."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.coder import Coder
from eventwire.records import Article, Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def events_of(coder: Coder, text: str) -> list[Event]:
    (result,) = list(coder.code_articles([Article(text=text, id="t", published=date(2019, 6, 3))]))
    return list(result.events)


@pytest.mark.parametrize(("text", "place"), [
    ("Students in Karachi marched to the parliament on Monday.", "Karachi"),
    ("Rebels in Mali attacked an army convoy.", "Mali"),
    ("Gunmen stormed the embassy in Nairobi.", "Nairobi"),
])
def test_a_composed_place_is_the_location(coder: Coder, text: str, place: str) -> None:
    locations = {e.location.name for e in events_of(coder, text) if e.location}
    assert place in locations


def test_an_actor_named_after_a_place_is_not_the_location(coder: Coder) -> None:
    events = events_of(coder, "Pakistani troops shelled the border villages.")
    assert all(e.location is None for e in events)


def test_an_event_is_reported_once(coder: Coder) -> None:
    text = ("“Given our history of intelligence assessments, especially given intelligence "
            "assessments about weapons, it is important that we take our time,” he said.")
    ids = [event.id for event in events_of(coder, text)]
    assert ids and len(ids) == len(set(ids))
