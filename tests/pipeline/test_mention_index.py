"""What a pronoun stands for (``mention_index``): sentences written for these tests, coded end
to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def targets(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == root]
    assert events
    return {(e.target.text, e.target.code) if e.target else (None, None) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        # An object "it" after a thing named since the country stands for the thing.
        "Kenya drafted a resolution. The Ugandan president criticized it.",
        "Kenya drafted a resolution and the Ugandan president criticized it.",
    ],
)
def test_an_object_it_after_a_thing_is_the_thing(coder: Coder, text: str) -> None:
    assert targets(coder, text, "11") == {(None, None)}


def test_an_object_it_with_no_thing_between_is_the_group(coder: Coder) -> None:
    # No thing named between the country and the pronoun.
    text = "Kenya was silent. The Ugandan president criticized it on Monday."
    assert targets(coder, text, "11") == {("it", "KEN")}


def test_a_plural_pronoun_after_a_thing_keeps_its_group(coder: Coder) -> None:
    # Only "it" stands for a thing: "they" is still the officials.
    text = "The Kenyan officials insisted on anonymity because they were not allowed to meet Peru."
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "04"]
    assert {e.source.code for e in events if e.source} == {"KENGOV"}
