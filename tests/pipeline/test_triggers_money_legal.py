"""Codes of money and of legal acts: earning or getting money with no donor is no economic aid
(071), facing charges is being the target of legal action (173), and challenging or appealing
a ruling in court is court action (115), no disapproval (110) or appeal for help (020).
Sentences written for this test, coded by the real pipeline with the bundled dictionaries."""

from __future__ import annotations

import pytest

from eventwire import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def codes(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source text, target text) of every event coded on ``text``."""
    return [(e.cameo.code, e.source.text if e.source else None,
             e.target.text if e.target else None) for e in coder.code(text)]


@pytest.mark.parametrize("text", [
    "The carmaker earned a pre-tax profit of 850 million euros.",
    "Migrant workers in Qatar earn money to send home.",
    "The Bolivian miner won 10,000 dollars in the lottery.",
])
def test_money_earned_or_won_is_no_aid(coder: Coder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c[0].startswith("07")]


def test_money_received_from_a_donor_is_aid(coder: Coder) -> None:
    found = codes(coder, "Greece got 10 billion euros from the European Union.")
    assert any(code == "071" and target == "Greece" for code, _, target in found), found


def test_one_who_faces_charges_is_the_target_of_legal_action(coder: Coder) -> None:
    found = codes(coder, "The former Peruvian minister faces charges of fraud.")
    assert [c for c in found if c[0] == "173" and c[2] and "minister" in c[2]], found
    assert not [c for c in found if c[0] == "112"], found


@pytest.mark.parametrize("text", [
    "Republicans challenged the law in court.",
    "The union filed a legal challenge against the pension reform.",
    "The Justice Department will appeal the judge's ruling.",
    "The protesters appealed against the High Court decision.",
])
def test_court_action_is_a_lawsuit(coder: Coder, text: str) -> None:
    found = codes(coder, text)
    assert [c for c in found if c[0] == "115"], found
    assert not [c for c in found if c[0] in ("020", "110")], found


@pytest.mark.parametrize(("text", "code"), [
    ("The opposition leader challenged the prime minister to a debate.", "110"),
    ("The Red Cross appealed to both sides to let aid through.", "020"),
])
def test_other_challenges_and_appeals_keep_their_codes(coder: Coder, text: str,
                                                        code: str) -> None:
    assert code in [c[0] for c in codes(coder, text)]
