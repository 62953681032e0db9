"""Works as speakers (``work_speakers.py``): a book, film, poll or report that "says" speaks
for its author; sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def attribution_of(events: list[Event], trigger: str) -> tuple[str, str | None] | None:
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in events]
    speaker = found[0].attribution
    return (speaker.text, speaker.code) if speaker else None


def test_a_book_by_an_author_speaks_for_the_author(coder: Coder) -> None:
    text = "The Long Retreat, a new book by Ana Ruiz, says Chinese troops attacked the village."
    events = coder.code(text, published="2022-03-01")
    assert attribution_of(events, "attacked") == ("Ana Ruiz", None)


def test_a_by_phrase_on_the_work_names_its_author(coder: Coder) -> None:
    text = "The memoir, by the Red Cross, argues that Chinese troops attacked the village."
    events = coder.code(text, published="2022-03-01")
    source = attribution_of(events, "attacked")
    assert source is not None and source[0] == "the Red Cross"


def test_a_work_with_no_author_named_is_no_speaker(coder: Coder) -> None:
    text = "A new poll says Chinese troops attacked the village."
    assert attribution_of(coder.code(text, published="2022-03-01"), "attacked") is None
    text = "The film says Chinese troops attacked the village."
    assert attribution_of(coder.code(text, published="2022-03-01"), "attacked") is None


def test_a_works_owner_modifier_is_its_speaker(coder: Coder) -> None:
    text = "A new Amnesty International study says Chinese troops attacked the village."
    events = coder.code(text, published="2022-03-01")
    source = attribution_of(events, "attacked")
    assert source is not None and source[1] == "NGOHRIAMN"


def test_a_person_who_says_is_still_the_speaker(coder: Coder) -> None:
    text = "The author says Chinese troops attacked the village."
    events = coder.code(text, published="2022-03-01")
    assert attribution_of(events, "attacked") == ("The author", None)


def test_who_obtained_a_memo_is_not_its_author(coder: Coder) -> None:
    text = ("A secret Amnesty International memo obtained by a reporter says Chinese troops "
            "attacked the village.")
    events = coder.code(text, published="2022-03-01")
    source = attribution_of(events, "attacked")
    assert source is not None and source[1] == "NGOHRIAMN"
