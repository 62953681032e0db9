"""The ``factuality`` suite: reading the gold set, scoring hand-made events, and one slow run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.evaluate import SUITES, run_suite
from eventwire.evaluate.factuality import (
    FactualityItem,
    event_at,
    read_factuality_file,
    read_factuality_text,
    score_factuality,
)
from eventwire.evaluate.runner import CodedItems
from eventwire.records import STATUSES, Event, Hedge, Span, Status
from tests.evaluate.factories import event

GOLD = Path(__file__).parents[1] / "data" / "factuality"
TRAIN, TEST = GOLD / "train.jsonl", GOLD / "test.jsonl"
ADDENDUM = GOLD / "train_addendum.jsonl"
# Floors just under the figures measured on the test split (see docs/evaluation.md).
# Measured (stop 28, docs/accuracy.md): accuracy 0.856, precision 1.000, hedge_accuracy 0.856
# (125 items, 18 without an event: acts CAMEO does not code, and since stop 28 a legislature
# approving its own law and a vote on a measure, which are no CAMEO events either).
FLOORS: dict[str, float] = {"accuracy": 0.85, "precision": 0.99, "hedge_accuracy": 0.85}
# With the event word given (the component alone, every item judged): 0.992 status, 1.000 hedge.
GIVEN_FLOORS: dict[str, float] = {"accuracy": 0.98, "hedge_accuracy": 0.99}


def line(**fields: Any) -> str:
    base = {"id": "a", "text": "Troops attacked the town.", "trigger": "attacked",
            "trigger_start": 7, "status": "occurred", "hedge": None}
    return json.dumps({**base, **fields})


def at(start: int, end: int, status: Status = "occurred", hedge: Hedge = None,
       head: tuple[int, int] | None = None, judged: tuple[int, int] | None = None) -> Event:
    """An event with its trigger at characters ``start:end`` (head and status word if given)."""
    made = replace(event("190", status=status), trigger=Span(start, end, "x"), hedge=hedge)
    extra: dict[str, object] = {"trigger_head": list(head)} if head else {}
    if judged:
        extra["status_word"] = list(judged)
    return replace(made, extra=extra)


def item(item_id: str, status: str, start: int = 7, hedge: str | None = None) -> FactualityItem:
    return FactualityItem(item_id, "Troops attacked the town.", "attacked", start, status, hedge)


def test_reads_items() -> None:
    items = read_factuality_text(line() + "\n\n" + line(id="b", hedge="alleged", note="n"))
    assert [i.id for i in items] == ["a", "b"]
    assert items[1].hedge == "alleged"
    assert items[1].note == "n"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (line(trigger_start=3), "is not at offset"),
        (line(status="maybe"), "unknown status"),
        (line(hedge="rumoured"), "unknown hedge"),
        ('{"id": "a"', "invalid JSON"),
        (json.dumps({"id": "a", "text": "x"}), "missing field"),
        ("[1]", "expected a JSON object"),
    ],
)
def test_bad_lines_name_file_and_line(bad: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        read_factuality_text(line() + "\n" + bad, "gold.jsonl")
    assert "gold.jsonl:2" in str(caught.value)


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate id"):
        read_factuality_text(line() + "\n" + line())


def test_the_shortest_covering_trigger_is_the_items_event() -> None:
    outer, inner = at(0, 20, status="negated"), at(7, 15, status="occurred")
    assert event_at([outer, inner], 7) is inner
    assert event_at([outer, inner], 2) is outer
    assert event_at([outer, inner], 22) is None


def test_scores_status_hedge_no_event_and_extra() -> None:
    items = [item("right", "occurred", hedge="alleged"), item("wrong", "planned"),
             item("missing", "negated"), item("extra", "possible")]
    coded = CodedItems(events={
        "right": [at(7, 15, hedge="alleged")],
        "wrong": [at(7, 15, status="occurred")],
        "extra": [at(7, 15, status="possible"), at(0, 6), at(0, 6), at(16, 19)],
    })
    report = score_factuality(items, coded)
    assert report["items"] == report["expected"] == 4
    assert report["predicted"] == 3
    assert report["correct"] == 2
    assert report["accuracy"] == report["recall"] == 0.5
    assert report["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["hedge_accuracy"] == 0.75
    assert report["no_event"] == 1
    assert report["no_event_items"][0]["id"] == "missing"
    assert report["extra"] == 2
    assert report["per_class"]["occurred"]["support"] == 1
    labels = report["confusion"]["labels"]
    assert labels == [*STATUSES, "none"]
    matrix = report["confusion"]["matrix"]
    assert matrix[labels.index("negated")][labels.index("none")] == 1
    assert matrix[labels.index("planned")][labels.index("occurred")] == 1
    assert [m["id"] for m in report["mistakes"]] == ["wrong"]


def test_an_event_headed_elsewhere_is_folded() -> None:
    coded = CodedItems(events={
        "folded": [at(0, 15, head=(0, 6))],
        "own": [at(0, 15, status="negated", head=(7, 15))],
    })
    report = score_factuality([item("folded", "possible"), item("own", "negated")], coded)
    assert report["folded"] == 1
    assert report["folded_items"][0]["id"] == "folded"
    assert report["no_event"] == 0
    assert report["correct"] == 1
    assert report["precision"] == 1.0
    assert report["accuracy"] == 0.5


def test_an_event_judged_at_the_word_is_its_event() -> None:
    """A phrase headed elsewhere whose status was judged at the word ("called a general
    strike", judged at "strike") is the word's event; so is a noun event judged at a verb
    outside its span ("the visit did not take place", judged at "take")."""
    phrase = at(0, 15, status="planned", head=(0, 6), judged=(7, 15))
    noun = at(0, 6, status="negated", head=(0, 6), judged=(16, 19))
    assert event_at([phrase], 7) is phrase
    assert event_at([noun], 16) is noun
    assert event_at([noun], 20) is None
    report = score_factuality(
        [item("phrase", "planned"), item("noun", "negated", start=16)],
        CodedItems(events={"phrase": [phrase], "noun": [noun]}),
    )
    assert report["folded"] == report["no_event"] == 0
    assert report["accuracy"] == 1.0


def test_suite_is_registered() -> None:
    assert "factuality" in SUITES


def test_gold_set_is_balanced_and_split() -> None:
    train, test = read_factuality_file(TRAIN), read_factuality_file(TEST)
    assert len(train) + len(test) >= 360
    assert not {i.id for i in train} & {i.id for i in test}
    for status in STATUSES:
        assert sum(i.status == status for i in train + test) >= 60
    assert abs(len(train) - 2 * len(test)) <= 2


def test_train_addendum_is_development_only() -> None:
    """The addendum (written after the split, see the guideline) never touches the split."""
    addendum = read_factuality_file(ADDENDUM)
    split_ids = {i.id for i in read_factuality_file(TRAIN) + read_factuality_file(TEST)}
    assert len(addendum) >= 30
    assert all(i.id.startswith("fact-a") for i in addendum)
    assert not {i.id for i in addendum} & split_ids
    assert {i.status for i in addendum} == set(STATUSES)


@pytest.fixture(scope="module")
def coder() -> Any:
    from eventwire.coder import Coder

    return Coder()


@pytest.mark.slow
def test_test_split_meets_the_floors(coder: Any) -> None:
    report = run_suite("factuality", TEST, coder)
    assert report["items"] == len(read_factuality_file(TEST))
    for name, floor in FLOORS.items():
        assert report[name] >= floor, (name, report[name])
    for name, floor in GIVEN_FLOORS.items():
        assert report["given"][name] >= floor, (name, report["given"][name])


@pytest.mark.slow
def test_cli_prints_the_report_as_json() -> None:
    from eventwire.cli.evaluate_cmd import evaluate

    result = CliRunner().invoke(evaluate, ["factuality", str(TEST), "--json", "--limit", "5"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["suite"] == "factuality"
    assert report["items"] == 5
    assert {"accuracy", "hedge_accuracy", "no_event", "confusion", "given"} <= set(report)
    assert sum(map(sum, report["given"]["confusion"]["matrix"])) == 5


@pytest.mark.slow
def test_given_words_are_judged_even_without_an_event(coder: Any) -> None:
    """Items whose word has no CAMEO code still get a status when the word is given."""
    items = [
        FactualityItem("a", "The bank may raise rates next month.", "raise", 13, "possible"),
        FactualityItem("b", "Rebels attacked the town.", "attacked", 7, "occurred"),
        FactualityItem("c", "The vote was never held.", "vote", 4, "negated"),
    ]
    from eventwire.evaluate.factuality import judge_given

    given = judge_given(items, coder.nlp)
    assert given["accuracy"] == 1.0
    assert given["mistakes"] == []
