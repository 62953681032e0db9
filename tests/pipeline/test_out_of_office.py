"""A title or official written after "former" or "ex-" names an elite out of office (CAMEO
ELI), not the office, and a "shadow" minister the opposition (``out_of_office``). Sentences
written for these tests, coded end to end."""

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
        ("Former Vice President Mara Quill criticized the Navy.", "ELI"),
        ("The ex-foreign secretary criticized the Navy.", "ELI"),
        ("The former home secretary criticized the Navy.", "ELI"),
        # "former" before the country that modifies the title.
        ("Former Kenyan officials criticized the Navy.", "KENELI"),
        ("Former Peruvian Interior Minister Otto Brenn criticized the Navy.", "PERELI"),
        ("Pat Vell, a former Chilean senator, criticized the Navy.", "CHLELI"),
        # a party's member named by a former office: the party's country, an elite.
        ("A Republican former official criticized the Navy.", "USAELI"),
        ("A Democratic former official criticized the Navy.", "USAELI"),
    ],
)
def test_a_former_office_holder_is_an_elite(coder: Coder, text: str, code: str) -> None:
    assert criticism_sources(coder, text) == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Only offices of state: a former rebel, or a person's former lawyer, keeps his sector.
        ("Former rebels criticized the Navy.", "REB"),
        ("The minister's former lawyer criticized the Navy.", "CVL"),
        ("Former union leader Tam Rusk criticized the Navy.", "LAB"),
        # "ex-" joined to a party: a former member of the party, still in office.
        ("Ex-Labour MP Jon Marsh criticized the Navy.", "LEG"),
        # "then-" keeps the office the holder had at the time.
        ("Then-Interior Minister Otto Brenn criticized the Navy.", "GOV"),
        ("Kenyan officials criticized the Navy.", "KENGOV"),
        ("A Republican official criticized the Navy.", "USAPTY"),
    ],
)
def test_no_former_no_change(coder: Coder, text: str, code: str) -> None:
    assert criticism_sources(coder, text) == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The shadow chancellor criticized the Navy.", "OPP"),
        ("Britain's shadow foreign secretary criticized the Navy.", "GBROPP"),
    ],
)
def test_a_shadow_minister_is_the_oppositions(coder: Coder, text: str, code: str) -> None:
    assert criticism_sources(coder, text) == {code}
