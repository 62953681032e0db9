from __future__ import annotations

import pytest

from eventwire.evaluate.metrics import class_report, common_fields, f1_score, prf, ratio


def test_ratio_and_f1_handle_zero() -> None:
    assert ratio(1, 0) == 0.0
    assert f1_score(0.0, 0.0) == 0.0
    assert prf(2, 4, 8) == {"precision": 0.5, "recall": 0.25, "f1": 0.3333}


def test_common_fields_default_predictions_are_correct_plus_extra() -> None:
    report = common_fields("s", items=3, expected=4, correct=2, extra=2)
    assert report["predicted"] == 4
    assert (report["precision"], report["recall"]) == (0.5, 0.5)
    assert report["suite"] == "s" and report["items"] == 3


def test_common_fields_with_explicit_predictions() -> None:
    report = common_fields("s", items=1, expected=2, correct=2, extra=1, predicted=4)
    assert report["precision"] == 0.75
    assert report["recall"] == 1.0


def test_class_report_confusion_and_macro() -> None:
    report = class_report([0, 0, 1, 2], [0, 1, 1, 1], [0, 1, 2])
    assert report["accuracy"] == 0.5
    assert report["confusion"]["matrix"] == [[1, 1, 0], [0, 1, 0], [0, 1, 0]]
    assert report["per_class"]["1"]["precision"] == pytest.approx(0.3333)
    assert report["per_class"]["0"]["recall"] == 0.5
    assert (report["per_class"]["2"]["support"], report["per_class"]["2"]["f1"]) == (1, 0.0)
    assert report["macro_f1"] == pytest.approx((0.6667 + 0.5 + 0.0) / 3, abs=1e-4)


def test_class_report_macro_over_chosen_labels() -> None:
    report = class_report(["A", "A"], ["A", "NONE"], ["A", "NONE"], averaged=["A"])
    assert report["macro_f1"] == report["per_class"]["A"]["f1"]


def test_class_report_rejects_length_mismatch() -> None:
    with pytest.raises(ValueError):
        class_report([0], [], [0])
