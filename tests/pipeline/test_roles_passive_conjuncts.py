"""Bare past participles conjoined with a passive verb are passive too: the shared subject is
their target, and a ``by`` agent on one is the source of all (sentences written for these
tests, coded end to end)."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.coded import actor_texts


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("Dozens of protesters were wounded and arrested in the raid.", "17",
         {(None, "Dozens of protesters")}),
        ("Three traders were beaten and detained by police on Monday.", "17",
         {("police", "Three traders")}),
        ("Three traders were beaten and detained by police on Monday.", "18",
         {("police", "Three traders")}),
    ],
)
def test_passive_conjuncts(coder: Coder, text: str, root: str,
                           expected: set[tuple[str | None, str | None]]) -> None:
    assert actor_texts(coder.code(text), root) == expected
