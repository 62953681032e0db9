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
    assert refusal_code("0831") == "1231"  # not to step down: reject a leadership change
    assert refusal_code("082") == "1242"
    assert refusal_code("040") is None


def test_refusal_verb_takes_the_refused_code(coder: Coder) -> None:
    events = by_code(coder, "The ministry refused to lift the embargo on Cuba.")
    assert "1244" in events and events["1244"].trigger.text.startswith("refused")
    assert events["1244"].status == "occurred"
    assert "124" not in events
    assert events["085"].status == "negated"  # the yield keeps its own record


def test_declining_to_withdraw_is_refusing_to_de_escalate(coder: Coder) -> None:
    events = by_code(coder, "The rebels declined to withdraw their fighters from the valley.")
    assert "1246" in events and "120" not in events


@pytest.mark.parametrize(("text", "code", "source"), [
    ("The junta will not release the detained reporters.", "1243", "The junta"),
    ("Iran won't free the captured fishermen.", "1243", "Iran"),
    ("Belarus would never lift the ban on Polish imports.", "1241", "Belarus"),
    ("We will not lift the embargo, the Cuban foreign minister said.", "1244",
     "the Cuban foreign minister"),
    ("The militia has no intention of withdrawing its fighters from the town.", "1246",
     "The militia"),
    ("The militia does not intend to withdraw its fighters from the town.", "1246",
     "The militia"),
    ("The Bolivian president has no intention of resigning.", "1231", "The Bolivian president"),
])
def test_a_declared_refusal_refuses_the_negated_yield(
    coder: Coder, text: str, code: str, source: str
) -> None:
    events = coder.code(text, published=PUBLISHED)
    refusals = [e for e in events if e.cameo.code.startswith("12")]
    assert [e.cameo.code for e in refusals] == [code]
    assert refusals[0].status == "occurred"
    assert refusals[0].source is not None and refusals[0].source.text == source
    refused = [e for e in events if e.cameo.root == "08"]  # the yield keeps its record
    assert [e.status for e in refused] == ["negated"]
    assert refusals[0].extra["refused_act"] == refused[0].id != refusals[0].id


def test_a_declared_refusal_spans_its_declaration(coder: Coder) -> None:
    events = coder.code("The junta will not release the detained reporters.", published=PUBLISHED)
    assert [e.trigger.text for e in events if e.cameo.code == "1243"] == ["will not release"]
    events = coder.code("Serbia does not intend to withdraw its police from the north.",
                        published=PUBLISHED)
    assert [e.trigger.text for e in events if e.cameo.code == "1246"] == [
        "does not intend to withdraw its police from"]


@pytest.mark.parametrize("text", [
    "The junta did not release the detained reporters.",  # a past that did not happen
    "The junta cannot release the detained reporters.",  # no will
    "The junta will release the detained reporters.",  # no negation
    "The detained reporters will not be released.",  # no actor declares it
    "The junta would not have released the reporters without the ransom.",  # counterfactual
    "If the junta will not release the reporters, the envoy will leave.",  # a condition
    "The United Nations said the junta would not release the reporters.",  # a forecast
])
def test_no_refusal(coder: Coder, text: str) -> None:
    assert not any(code.startswith("12") for code in by_code(coder, text))


def test_refusal_of_another_kind_keeps_its_code(coder: Coder) -> None:
    """A refusal verb over no yield ("refused to comment") is no refusal to yield."""
    assert not any(code.startswith("124") for code in by_code(
        coder, "The minister refused to comment on the report."))
