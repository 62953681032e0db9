"""Motions of no confidence (1041) and vows to undo a law or a policy (030, no threat of
force): sentences written for this test, coded by the real pipeline."""

from __future__ import annotations

import pytest

from eventwire import Coder
from tests.coded import coded


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "target"), [
    ("The opposition tabled a motion of no confidence against the cabinet on Friday.",
     "the cabinet"),
    ("Twelve deputies filed a no-confidence motion against the interior minister.",
     "the interior minister"),
    ("Three senators submitted a letter of no confidence in the health minister.",
     "the health minister"),
    ("Opposition senators lodged a censure motion against the finance minister.",
     "the finance minister"),
    ("Parliament passed a vote of no confidence in the government.", "the government"),
])
def test_a_motion_of_no_confidence_demands_a_change_of_leadership(
        coder: Coder, text: str, target: str) -> None:
    events = [e for e in coder.code(text) if e.cameo.code == "1041"]
    assert events
    assert events[0].target is not None and events[0].target.text == target


@pytest.mark.parametrize("text", [
    "The union sent a letter of support to the minister.",
    "The prime minister survived a vote of no confidence in March.",
])
def test_no_motion_of_no_confidence(coder: Coder, text: str) -> None:
    assert "1041" not in coded(coder, text)


@pytest.mark.parametrize("text", [
    "The senator vowed to kill the tax bill when it reaches the floor.",
    "Conservatives pledged to gut the housing programme.",
    "The candidate swore to destroy the new pension law.",
])
def test_a_vow_to_undo_a_measure_is_no_threat_of_force(coder: Coder, text: str) -> None:
    found = coded(coder, text)
    assert "030" in found
    assert not [c for c in found if c.startswith(("13", "18", "19", "20"))]


def test_a_vow_to_kill_soldiers_stays_a_threat_of_force(coder: Coder) -> None:
    assert "138" in coded(coder, "The militia vowed to kill the soldiers at the checkpoint.")
