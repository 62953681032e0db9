"""Calibration figures on small hand-made score lists whose values are worked out by hand."""

from __future__ import annotations

import math

import pytest

from eventwire.learn.calibration import (
    auc,
    brier,
    calibration_report,
    log_loss,
    reliability,
    threshold_table,
)

SCORES = [0.9, 0.8, 0.35, 0.6, 0.2, 0.1]
LABELS = [True, True, True, False, False, False]


def test_auc_counts_pairs_and_ties() -> None:
    # 9 right-wrong pairs; the right 0.35 is below the wrong 0.6 once: 8/9.
    assert auc(SCORES, LABELS) == pytest.approx(8 / 9)
    assert auc([0.5, 0.5], [True, False]) == 0.5
    assert auc([0.3, 0.4], [True, True]) is None


def test_brier_and_log_loss() -> None:
    assert brier([1.0, 0.0, 0.5], [True, False, True]) == pytest.approx(0.25 / 3)
    assert log_loss([0.5, 0.5], [True, False]) == pytest.approx(math.log(2))
    assert log_loss([0.0], [True]) == pytest.approx(-math.log(1e-6))


def test_thresholds_and_reliability() -> None:
    rows = {row["threshold"]: row for row in threshold_table(SCORES, LABELS)}
    assert rows[0.3] == {"threshold": 0.3, "kept": 4, "kept_share": 0.6667, "precision": 0.75}
    assert rows[0.7]["kept"] == 2 and rows[0.7]["precision"] == 1.0
    bins = {row["bin"]: row for row in reliability(SCORES, LABELS)}
    assert bins["0.8-0.9"] == {"bin": "0.8-0.9", "count": 1, "mean_predicted": 0.8,
                               "observed": 1.0}
    assert sum(row["count"] for row in bins.values()) == len(SCORES)
    assert reliability([1.0], [True])[0]["bin"] == "0.9-1.0"


def test_report_holds_every_figure() -> None:
    report = calibration_report(SCORES, LABELS)
    assert report["events"] == 6 and report["right"] == 3
    assert report["auc"] == round(8 / 9, 4)
    assert len(report["thresholds"]) == 5 and report["reliability"]
