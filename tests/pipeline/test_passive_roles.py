"""Roles of agentless passives and passive subjects (``passive_roles``). Sentences written for
these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _targets(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == root]
    assert events
    return {(e.target.text, e.target.code) if e.target else (None, None) for e in events}


def test_the_first_actor_inside_a_passive_subject_is_the_target(coder: Coder) -> None:
    assert _targets(coder, "A camp for Sudanese refugees was attacked on Monday.", "19") == {
        ("Sudanese refugees", "SDNREF")}


@pytest.mark.parametrize("text", [
    "The Manchester Arena attack was condemned by the mayor.",
    "The Leeds bombing was condemned by the mayor.",
])
def test_a_town_naming_where_the_subject_happened_is_no_target(coder: Coder, text: str) -> None:
    assert _targets(coder, text, "11") == {(None, None)}


def _sides(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == root]
    assert events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events}


@pytest.mark.parametrize(("text", "root", "expected"), [
    ("A meeting between the two ministers was held in Athens.", "04", {("GOV", None)}),
    ("Clashes between rival militias erupted near the port.", "19", {("REB", None)}),
])
def test_one_plural_group_between_is_the_source(
        coder: Coder, text: str, root: str, expected: set[tuple[str, None]]) -> None:
    assert _sides(coder, text, root) == expected


def test_a_pair_between_is_coded_both_ways(coder: Coder) -> None:
    assert _sides(coder, "Talks between Greece and Turkey began in Athens.", "04") == {
        ("GRC", "TUR"), ("TUR", "GRC")}
