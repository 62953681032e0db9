"""Refused yields (:mod:`eventwire.refusals`): sentences written for these tests, coded by the
whole pipeline."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event
from eventwire.refusals import refusal_code
from tests.coded import PUBLISHED


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def by_code(coder: Coder, text: str) -> dict[str, Event]:
    return {e.cameo.code: e for e in coder.code(text, published=PUBLISHED)}


def test_table_maps_yields_only() -> None:
    assert refusal_code("0841") == "1243"
    assert refusal_code("085") == "1244"
    assert refusal_code("0874") == "1246"
    assert refusal_code("080") == "124"
    assert refusal_code("040") is None


def test_will_not_release_is_a_refusal(coder: Coder) -> None:
    events = by_code(coder, "The junta will not release the detained reporters.")
    refusal = events["1243"]
    assert refusal.status == "occurred"
    assert refusal.trigger.text == "will not"
    assert refusal.source is not None and refusal.source.text == "The junta"
    assert events["084"].status == "negated"  # the yield keeps its own status


def test_wont_is_a_refusal(coder: Coder) -> None:
    events = by_code(coder, "The rebels won't withdraw their fighters from the valley.")
    assert events["1246"].status == "occurred"


def test_refusal_verb_takes_the_refused_code(coder: Coder) -> None:
    events = by_code(coder, "The ministry refused to lift the embargo on Cuba.")
    assert "1244" in events and events["1244"].trigger.text.startswith("refused")
    assert "124" not in events


@pytest.mark.parametrize("text", [
    "The junta did not release the detained reporters.",  # a past that did not happen
    "The junta cannot release the detained reporters.",  # no will
    "The junta will release the detained reporters.",  # no negation
])
def test_no_refusal(coder: Coder, text: str) -> None:
    assert not any(code.startswith("12") for code in by_code(coder, text))


def test_reported_refusal_is_not_doubled(coder: Coder) -> None:
    events = coder.code("Tokyo said it would not lift the embargo.", published=PUBLISHED)
    assert [e.cameo.code for e in events].count("1244") == 1


def test_passive_or_sourceless_is_no_refusal(coder: Coder) -> None:
    events = by_code(coder, "Such crimes will not be pardoned.")
    assert not any(code.startswith("12") for code in events)
