"""The party adjectives "Democratic" and "Republican" name a US party's members alike, but
not inside a longer proper name (``parties.yaml``, ``party_names``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _sources(coder: Coder, text: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "11"]
    assert events
    return {(e.source.text, e.source.code) if e.source else (None, None) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Democratic senators criticised the plan.", ("Democratic senators", "USALEG")),
    ("Republican senators criticised the plan.", ("Republican senators", "USALEG")),
    ("Democratic lawmakers criticised the plan.", ("Democratic lawmakers", "USALEG")),
    ("The Democratic nominee criticised the plan.", ("The Democratic nominee", "USAPTY")),
])
def test_party_adjectives_of_one_country_behave_alike(
        coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert _sources(coder, text) == {expected}


@pytest.mark.parametrize("text", [
    "The Democratic Alliance criticised the plan.",
    "Taiwan's Democratic Progressive Party criticised the plan.",
    "On Monday the Social Democratic lawmakers in Berlin criticised the plan.",
])
def test_a_party_adjective_inside_another_name_is_no_us_party(coder: Coder, text: str) -> None:
    assert not any(code and code.startswith("USA") for _, code in _sources(coder, text))


def test_a_title_after_the_adjective_keeps_the_party(coder: Coder) -> None:
    assert _sources(coder, "Democratic Sen. Jane Roe criticised the plan.") == {
        ("Democratic Sen. Jane Roe", "USALEG")}


def test_a_party_adjective_before_a_possessor_in_a_name_is_no_party(coder: Coder) -> None:
    text = "The Democratic People’s Republic of Korea criticised the plan."
    assert not any(code and code.startswith("USA") for _, code in _sources(coder, text))
