from __future__ import annotations

import pytest

from eventwire.evaluate.conflibert import (
    ClassItem,
    main_events,
    mean_class,
    paired_span,
    predicted_spans,
    read_class_file,
    read_class_text,
    score_classes,
    score_roles,
)
from eventwire.evaluate.conll import GoldSpan, read_role_text
from eventwire.evaluate.runner import CodedItems
from eventwire.pipeline.classify import SentenceClass
from tests.evaluate.factories import CLASS_TEST, actor, event


def test_read_class_text() -> None:
    source = read_class_text("sentence\tlabel\r\nA said B.\t0\r\nX attacked Y.\t4\r\nbad\t9\r\n")
    assert [(i.id, i.text, i.label) for i in source.items] == [
        ("line-2", "A said B.", 0),
        ("line-3", "X attacked Y.", 4),
    ]
    assert source.bad_lines == 2


@pytest.mark.skipif(not CLASS_TEST.is_file(), reason="needs ../shared/peers")
def test_real_class_file() -> None:
    source = read_class_file(CLASS_TEST)
    assert len(source.items) == 451 and source.bad_lines == 0
    labels = [item.label for item in source.items]
    assert [labels.count(n) for n in range(5)] == [56, 80, 57, 150, 108]


def test_score_classes() -> None:
    items = [ClassItem("a", "t", 4), ClassItem("b", "t", 0), ClassItem("c", "t", 1)]
    coded = CodedItems(events={"a": [event("010", at=30), event("190", at=3)], "c": [event("173")]})
    report = score_classes(items, coded)
    assert (report["correct"], report["extra"], report["undecided"]) == (1, 1, 1)
    assert (report["precision"], report["recall"]) == (0.5, 0.3333)
    assert report["accuracy"] == 0.6667
    assert report["confusion"]["matrix"][1] == [0, 0, 0, 0, 1]
    assert set(report) >= {"suite", "items", "expected", "f1", "macro_f1", "per_class"}


TEXT_ROWS = "NATO B-S\nbombed O\nSerbian B-T\narmy I-T\n. O\n"


def test_predicted_spans_map_characters_to_tokens() -> None:
    sentence = read_role_text(TEXT_ROWS).sentences[0]
    found = event("195", actor("IGO", "NATO", 0), actor("SRBMIL", "army", 19))
    assert predicted_spans([found, found], sentence.offsets) == [
        GoldSpan("S", 0, 1),
        GoldSpan("T", 3, 4),
    ]


def test_score_roles_exact_relaxed_and_reciprocal() -> None:
    sentences = read_role_text(TEXT_ROWS + "\nRussia B-R\nmet O\nChina B-R\n. O\n").sentences
    coded = CodedItems(
        events={
            "sentence-1": [event("195", actor("IGO", "NATO", 0), actor("SRBMIL", "army", 19))],
            "sentence-2": [event("040", actor("RUS", "Russia", 0), actor("CHN", "met", 7))],
        }
    )
    report = score_roles(sentences, coded)
    assert (report["expected"], report["correct"], report["extra"]) == (4, 2, 2)
    assert report["predicted"] == 4
    assert report["relaxed"]["correct"] == 3
    reciprocal = report["by_role"]["R"]
    assert (reciprocal["expected"], reciprocal["correct"], reciprocal["correct_relaxed"]) == (
        2, 1, 1)
    assert (reciprocal["predicted"], reciprocal["recall"]) == (0, 0.5)
    source = report["by_role"]["S"]
    assert (source["predicted"], source["precision"], source["recall"]) == (2, 1.0, 1.0)
    target = report["by_role"]["T"]
    assert (target["precision"], target["relaxed"]["precision"]) == (0.0, 0.5)  # "met" is no actor


def test_main_events_are_the_top_trigger_with_an_actor() -> None:
    nobody = event("010", at=0)
    first = event("190", actor("RUS", "Russia", 0), actor("UKR", "Ukraine", 20), at=10)
    second = event("190", actor("RUS", "Russia", 0), actor("GEO", "Georgia", 32), at=10)
    later = event("111", actor("USA", "US", 40), actor("RUS", "Russia", 0), at=45)
    assert main_events([later, nobody, first, second]) == [first, second]
    assert main_events([nobody]) == []


def test_coordinated_source_and_target_make_one_reciprocal_span() -> None:
    tokens = ["Chile", "and", "the", "Peruvian", "army", "signed", "a", "pact", "."]
    chile, army = GoldSpan("S", 0, 1), GoldSpan("T", 2, 5)
    assert paired_span(army, chile, tokens) == GoldSpan("R", 0, 5)
    assert paired_span(chile, GoldSpan("T", 7, 8), tokens) is None  # a verb lies between
    assert paired_span(chile, GoldSpan("T", 1, 2), tokens) is None  # nothing lies between
    assert paired_span(chile, None, tokens) is None


def test_score_roles_reads_the_main_event_and_reports_all_events() -> None:
    rows = "Chile B-R\nand I-R\nPeru I-R\nsigned O\na O\npact O\nwith O\nBolivia O\n. O\n"
    sentences = read_role_text(rows).sentences
    chile, peru = actor("CHL", "Chile", 0), actor("PER", "Peru", 10)
    signed = [event("057", chile, peru, at=15), event("057", peru, chile, at=15)]
    aside = event("036", peru, actor("BOL", "Bolivia", 33), at=27)
    report = score_roles(sentences, CodedItems(events={"sentence-1": [*signed, aside]}))
    assert (report["expected"], report["correct"], report["predicted"]) == (1, 1, 1)
    assert report["all_events"]["predicted"] == 3
    assert report["all_events"]["extra"] == 2


def test_score_classes_with_classified_classes() -> None:
    items = [ClassItem("a", "x", 4), ClassItem("b", "y", 1), ClassItem("c", "z", 3)]
    coded = CodedItems(events={"a": [event("010", at=1), event("190", at=5)], "b": [], "c": []})
    report = score_classes(items, coded, {"a": 4, "b": 1, "c": 0})
    assert report["accuracy"] == round(2 / 3, 4)
    assert report["undecided"] == 0
    assert report["classifier"] is True
    # top event prefers the classified class (a: 4), falls back to it where no event (b: 1)
    assert report["top_event"]["accuracy"] == round(2 / 3, 4)
    assert report["top_event"]["rule_decided"] == 1


def test_mean_class_averages_sentences() -> None:
    first = SentenceClass(0, 5, 0, (0, 1), (0.6, 0.4))
    second = SentenceClass(5, 9, 1, (0, 1), (0.1, 0.9))
    assert mean_class([first, second]) == 1
    assert mean_class([]) is None
