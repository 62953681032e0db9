"""Words of force used of politics (trigger data): a party punished or crushed at the polls, a
bill held hostage and a fight against a measure are no coercion or force, and withdrawing
support reduces relations (160), no military withdrawal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder
from tests.coded import coded


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "The ruling party was punished at the polls on Sunday.",
    "Voters punished the governing coalition in the regional election.",
    "The centrists were hammered at the ballot box.",
    "The Greens were bombed in the polls after the scandal.",
    "The budget was held hostage by a handful of rebels in the party.",
    "Opposition senators held the nomination hostage for months.",
])
def test_figures_of_force_in_politics_are_no_force(coder: Coder, text: str) -> None:
    assert not any(c.startswith(("17", "18", "19", "20")) for c in coded(coder, text))


@pytest.mark.parametrize("text", [
    "The court punished the protesters.",
    "Gunmen held three aid workers hostage in the desert.",
])
def test_the_literal_senses_stay_coded(coder: Coder, text: str) -> None:
    assert any(c.startswith(("17", "18")) for c in coded(coder, text))


@pytest.mark.parametrize("text", [
    "The unions fought the pension reform for a year.",
    "Farmers fought against the new tax in parliament.",
])
def test_fighting_a_measure_is_opposing_it(coder: Coder, text: str) -> None:
    assert coded(coder, text) == ["110"]


@pytest.mark.parametrize("text", [
    "Ostmark withdrew its support for the peace plan.",
    "The Greens pulled their support for the coalition.",
    "The party withdrew support from its candidate for mayor.",
    "The senator withdrew his backing for the nominee.",
])
def test_withdrawing_support_reduces_relations(coder: Coder, text: str) -> None:
    assert coded(coder, text) == ["160"]


def test_withdrawing_troops_stays_military(coder: Coder) -> None:
    assert coded(coder, "Ostmark withdrew its troops from the border.")[0].startswith("087")
