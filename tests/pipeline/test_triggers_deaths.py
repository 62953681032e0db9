"""Deaths told intransitively ("four soldiers died in the fighting"): the dead are the victims,
the target of the fighting, never its source; a death from illness is no event. Sentences
written for this test, coded by the real pipeline."""

from __future__ import annotations

import pytest

from eventwire import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def force_events(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source text, target text) of the events of roots 18-20 and 11 on ``text``."""
    return [(e.cameo.code, e.source.text if e.source else None,
             e.target.text if e.target else None)
            for e in coder.code(text) if e.cameo.code.startswith(("11", "18", "19", "20"))]


@pytest.mark.parametrize(("text", "code", "dead"), [
    ("At least six Malian soldiers died in the fighting near Gao.", "190", "six Malian soldiers"),
    ("Two Armenian policemen died in clashes at the border post.", "190",
     "Two Armenian policemen"),
    ("Hundreds of Chadian villagers perished in the war.", "190", "Chadian villagers"),
    ("Three Kenyan soldiers died in a firefight on Thursday.", "193", "Kenyan soldiers"),
    # the place they died in is no attacker
    ("Four Iraqi policemen died in clashes in Kirkuk.", "190", "Iraqi policemen"),
])
def test_the_dead_are_the_target_not_the_source(coder: Coder, text: str, code: str,
                                               dead: str) -> None:
    found = force_events(coder, text)
    assert found, text
    assert all(code == c and source is None and target and dead in target
               for c, source, target in found), found


def test_a_named_attacker_is_the_source(coder: Coder) -> None:
    found = force_events(coder, "Four Nigerian soldiers died in clashes with Boko Haram.")
    assert ("190", "Boko Haram", "Four Nigerian soldiers") in found, found


def test_a_report_of_deaths_accuses_no_one(coder: Coder) -> None:
    text = "Officials in Niamey say four soldiers and two militants died in the fighting."
    found = force_events(coder, text)
    assert found and not [f for f in found if f[0] == "112"], found
    assert all(source is None for _, source, _ in found), found


@pytest.mark.parametrize("text", [
    "The former Bolivian minister died of cancer on Tuesday.",
    "The Zambian ambassador died from a heart attack in Lusaka.",
])
def test_a_death_from_illness_is_no_event(coder: Coder, text: str) -> None:
    assert not force_events(coder, text)


def test_a_body_named_where_the_act_is_stays_its_side(coder: Coder) -> None:
    # only a bare place is passed over: a chamber "in" which criticism is faced is the critic
    found = force_events(coder, "The Irish cabinet faces criticism in the Senate over the bill.")
    assert ("111", "the Senate", "The Irish cabinet") in found, found


@pytest.mark.parametrize("text", [
    "A Peruvian soldier died from his injuries on Tuesday.",
    "Two Sudanese policemen later died of their wounds in hospital.",
])
def test_a_death_from_injuries_names_no_attack(coder: Coder, text: str) -> None:
    # the wounding attack is coded where it is reported; the death itself is no second 190
    assert not force_events(coder, text)
