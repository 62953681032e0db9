"""Places written inside a news outlet's name (``outlet_names.py``), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline.outlet_names import load_outlet_names
from tests.pipeline.conftest import ActorCodes


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The finance minister told the Lisbon Herald that taxes would rise.", "Lisbon Herald"),
        ("According to the Cairo Times, Egypt closed the crossing.", "Cairo Times"),
        ("The Kenyan Standard Gazette criticized the budget on Monday.", "Kenyan Standard Gazette"),
        ("The editor of the Times of Malta resigned last week.", "Times of Malta"),
        ("The Nairobi Evening Post reported that Kenya had expelled two diplomats.",
         "Nairobi Evening Post"),
    ],
)
def test_a_place_inside_an_outlet_name_is_the_outlet(
    actor_codes: ActorCodes, text: str, span: str
) -> None:
    found = actor_codes(text)
    # The outlet, or a journalist's title phrase that holds it ("the editor of the Times of
    # Malta": MED too); never the place inside its name.
    assert any(span in phrase and code == "MED" for phrase, code in found.items()), found


def test_the_place_outside_the_name_keeps_its_code(actor_codes: ActorCodes) -> None:
    found = actor_codes("The Nairobi Evening Post reported that Kenya had expelled two diplomats.")
    assert found.get("Kenya") == "KEN"


def test_a_name_without_the_is_not_read_as_a_newspaper(actor_codes: ActorCodes) -> None:
    assert actor_codes("Egypt Post raised its prices on Monday.").get("Egypt Post") != "MED"


def test_a_name_that_goes_on_past_the_head_is_no_outlet(actor_codes: ActorCodes) -> None:
    found = actor_codes("Protesters gathered outside the Cairo Times Building on Monday.")
    assert all(code != "MED" for code in found.values()), found


def test_an_unknown_outlet_name_is_media(actor_codes: ActorCodes) -> None:
    assert actor_codes("The Straitsville Courier said the mayor had resigned.").get(
        "Straitsville Courier") == "MED"
    assert actor_codes("Hollowbrook News reported that the mayor had resigned.").get(
        "Hollowbrook News") == "MED"


def test_an_unknown_name_without_a_head_word_stays_uncoded(actor_codes: ActorCodes) -> None:
    assert actor_codes("Parlatore said the mayor had resigned.").get("Parlatore") is None


def test_heads_are_lower_case_single_words() -> None:
    names = load_outlet_names()
    assert "times" in names.name_heads and "news" in names.bare_heads
    assert all(w == w.lower() and " " not in w for w in names.name_heads | names.bare_heads)
