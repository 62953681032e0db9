from __future__ import annotations

import json

from eventwire.evaluate.errors_report import (
    ErrorClasses,
    Triple,
    align,
    confusion_table,
    event_errors,
    gold_triple,
    top_root_confusion,
)
from eventwire.evaluate.petrarch import record_pairs, score_petrarch
from eventwire.evaluate.petrarch_records import ExpectedEvent, PetrarchRecord, RecordOptions
from eventwire.evaluate.plover import read_plover_text, score_plover
from eventwire.evaluate.runner import CodedItems
from tests.evaluate.factories import actor, event


def coded(source: str, target: str, code: str) -> Triple:
    return Triple(frozenset({source}), frozenset({target}), code)


def test_exact_matches_are_paired_first() -> None:
    gold = [gold_triple("USA", "RUS", "190"), gold_triple("USA", "RUS", "042")]
    ours = [coded("USA", "RUS", "042"), coded("USA", "RUS", "190")]
    pairs = align(gold, ours)
    assert [(p.gold, p.coded) for p in pairs] == [(gold[0], ours[1]), (gold[1], ours[0])]
    assert all(p.classes() == [] for p in pairs)


def test_classes_of_a_partly_right_event() -> None:
    pairs = align([gold_triple("USA", "RUS", "190")], [coded("USA", "CHN", "193")])
    assert pairs[0].classes() == ["wrong_subcode", "wrong_target"]
    pairs = align([gold_triple("USA", "RUS", "190")], [coded("GBR", "RUS", "042")])
    assert pairs[0].classes() == ["wrong_root", "wrong_source"]
    assert pairs[0].roots() == ("19", "04")


def test_unrelated_events_are_missing_and_extra() -> None:
    pairs = align([gold_triple("USA", "RUS", "190")], [coded("FRA", "DEU", "042")])
    assert [p.classes() for p in pairs] == [["missing_event"], ["extra"]]
    assert [p.roots() for p in pairs] == [("19", "none"), ("none", "04")]


def test_confusion_table_puts_none_last() -> None:
    table = confusion_table([("19", "19"), ("19", "none"), ("none", "04"), ("04", "04")])
    assert table["rows"] == ["04", "19", "none"]
    assert table["columns"] == ["04", "19", "none"]
    assert table["matrix"] == [[1, 0, 0], [0, 1, 1], [1, 0, 0]]


def test_error_classes_keep_three_examples() -> None:
    classes = ErrorClasses()
    for item in ("a", "b", "b", "c", "d"):
        classes.add("extra", item)
    report = classes.report()
    assert report["extra"] == {"count": 5, "examples": ["a", "b", "c"]}
    assert report["missing_event"] == {"count": 0, "examples": []}


def test_event_errors_over_records() -> None:
    pairs = align([gold_triple("USA", "RUS", "190")], [])
    report = event_errors([("r1", pairs)])
    assert report["error_classes"]["missing_event"]["examples"] == ["r1"]
    assert report["confusion_by_root"]["matrix"] == [[1]]


def test_petrarch_report_has_root_confusion() -> None:
    record = PetrarchRecord(
        id="r", text="Armies of Gondor attacked Mordor.", published=None, category="DEMO",
        expectation="events", events=(ExpectedEvent("GON", "MOR", "190"),),
        unscorable=(ExpectedEvent("GON", "MOR", "174K"),), options=RecordOptions(),
    )
    events = [event("193", actor("GON"), actor("MOR")), event("173", actor("GON"), actor("MOR"))]
    assert [p.classes() for p in record_pairs(record, events)] == [["wrong_subcode"]]
    report = score_petrarch([record], ["r"], CodedItems(events={"r": events}))
    assert report["confusion_by_root"] == {"rows": ["19"], "columns": ["19"], "matrix": [[1]]}
    assert report["error_classes"]["wrong_subcode"] == {"count": 1, "examples": ["r"]}


def test_plover_report_has_root_confusion() -> None:
    raw = [
        {"id": "a", "event": "ASSAULT", "text": "Rebels shelled the capital.",
         "source": [{"code": "COL", "sector": "REB"}], "target": [{"code": "COL"}]},
        {"id": "b", "event": "CONSULT", "text": "The two ministers met."},
    ]
    records = read_plover_text(json.dumps(raw)).records
    top = event("190", actor("PER", country="PER"), actor("COL", country="COL"),
                plover="ASSAULT")
    report = score_plover(records, ["a", "b"], CodedItems(events={"a": [top]}))
    table = report["confusion_by_root"]
    assert table["rows"] == ["ASSAULT", "CONSULT"] and table["columns"] == ["19", "none"]
    assert report["error_classes"]["wrong_source"] == {"count": 1, "examples": ["a"]}
    assert report["error_classes"]["missing_event"]["examples"] == ["b"]
    assert report["error_classes"]["wrong_type"]["count"] == 0


def test_top_root_confusion_for_class_labels() -> None:
    table = top_root_confusion([4, 4, 0], [event("190"), None, event("010")])
    assert table == {"rows": ["0", "4"], "columns": ["01", "19", "none"],
                     "matrix": [[1, 0, 0], [0, 1, 1]]}


def test_error_classes_merge() -> None:
    first, second = ErrorClasses(), ErrorClasses()
    for item in ("a", "b"):
        first.add("extra", item)
    for item in ("b", "c", "d"):
        second.add("extra", item)
    first.merge(second)
    assert first.report()["extra"] == {"count": 5, "examples": ["a", "b", "c"]}
