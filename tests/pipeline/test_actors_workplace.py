"""An office holder "at" or "in" the body that employs them is that body's (``actor_compose``'s
workplace link). Sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.coded import criticism_sources


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()



@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An official at the Kremlin criticized Estonia.", "RUSGOV"),
        ("A spokeswoman at Human Rights Watch criticized Tunisia.", "NGOHRI"),
        ("An official at the Ghanaian interior ministry criticized Togo.", "GHAGOV"),
        # A word of the body's own sector.
        ("A diplomat at the Japanese embassy criticized Peru.", "JPNGOV"),
    ],
)
def test_an_office_holder_at_a_body_is_the_bodys(coder: Coder, text: str, code: str) -> None:
    assert criticism_sources(coder, text) == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "At" a place only says where they are.
        ("An official at the border criticized Togo.", None),
        # A word of another sector keeps its own.
        ("A doctor at the Japanese embassy criticized Peru.", "HLH"),
    ],
)
def test_at_a_place_or_another_sector_is_no_workplace(coder: Coder, text: str,
                                                     code: str | None) -> None:
    assert criticism_sources(coder, text) == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An official in the Ghanaian government criticized Togo.", "GHAGOV"),
        ("A senior aide in the Kremlin criticized Estonia.", "RUSGOV"),
        # A person compounded onto a sector word names whose it is.
        ("An official in the Macron administration criticized Italy.", "FRAGOV"),
    ],
)
def test_an_office_holder_in_a_body_is_the_bodys(coder: Coder, text: str, code: str) -> None:
    assert criticism_sources(coder, text) == {code}


def test_in_a_place_keeps_its_own_rules(coder: Coder) -> None:
    # "in" a country: a sector word takes its country, an armed force does not.
    assert criticism_sources(coder, "Officials in Ghana criticized Togo.") == {"GHAGOV"}
    assert criticism_sources(coder, "Soldiers in Ghana criticized Togo.") == {"MIL"}
