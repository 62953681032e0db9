"""Inline link cards of scraped pages are blanked before parsing (``eventwire.link_cards``)."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder, parse_text
from eventwire.link_cards import blank_cards, card_spans
from eventwire.records import Article

CARD = ("Senator Jane Doe Jane Alice DoeRebels attack convoy near border | "
        "Doe threatens to block budget MORE on Tuesday criticized the trade plan.")


def test_a_card_is_blanked_from_the_full_name_to_its_end_word() -> None:
    blanked = blank_cards(CARD)
    assert len(blanked) == len(CARD)
    assert blanked.startswith("Senator Jane Doe ")
    assert blanked.split() == ["Senator", "Jane", "Doe", "on", "Tuesday", "criticized", "the",
                               "trade", "plan."]


def test_a_nickname_in_brackets_and_two_cards_in_one_sentence() -> None:
    text = ("Speaker Tom Gray Thomas (Tom) Henry GrayOfficials fear strike MORE and Governor Ann "
            "Lee Ann LeeLee signs water bill MORE met on Friday.")
    assert blank_cards(text).split() == ["Speaker", "Tom", "Gray", "and", "Governor", "Ann",
                                         "Lee", "met", "on", "Friday."]
    assert len(card_spans(text)) == 2


@pytest.mark.parametrize("text", [
    "WHAT MORE CAN THE UNION DO? Talks resume on Monday.",
    "Trump Trump said he wanted MORE troops.",  # no title glued to the repeated surname
    "Jane Doe Jane Alice DoeRebels attack convoy near border\nMORE news later.",  # a line ends
    "Plain text with no card at all.",
])
def test_text_without_a_card_is_left_alone(text: str) -> None:
    assert blank_cards(text) == text


def test_a_card_without_its_end_word_close_by_is_left_alone() -> None:
    text = "Jane Doe Jane Alice DoeRebels attack " + "convoy " * 200 + "MORE later."
    assert blank_cards(text) == text


def test_parse_text_blanks_cards_and_keeps_the_length() -> None:
    assert parse_text(CARD) == blank_cards(CARD)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_card_titles_give_no_events_and_offsets_point_into_the_original(coder: Coder) -> None:
    (result,) = list(coder.code_articles([Article(id="card", text=CARD)]))
    events = list(result.events)
    assert not {event.cameo.code[:2] for event in events} & {"19", "13"}, events
    (criticism,) = [event for event in events if event.trigger.text == "criticized"]
    assert criticism.cameo.code.startswith("11")
    assert criticism.source is not None and "Jane Doe" in criticism.source.text
    assert CARD[criticism.trigger.start:criticism.trigger.end] == "criticized"
