"""A party's member of a legislature or its committee is a legislator (member_bodies.py)."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def sources(coder: Coder, text: str) -> set[str | None]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "11"]
    assert events
    return {e.source.code if e.source else None for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "A Democratic member of the Foreign Relations Committee criticized Peru on Tuesday.",
        "A Republican member of the House Intelligence Committee criticized Peru on Tuesday.",
        "Two Republican members of the Senate criticized Peru on Tuesday.",
    ],
)
def test_a_party_member_of_a_legislative_body_is_leg(coder: Coder, text: str) -> None:
    assert sources(coder, text) == {"USALEG"}


def test_a_member_of_a_party_body_stays_the_party(coder: Coder) -> None:
    text = "A Republican member of the Republican National Committee criticized Peru on Tuesday."
    assert sources(coder, text) == {"USAPTY"}
