"""``eventwire evaluate confidence``: figures on a hand-made judged file, and the bundled
model's floor on the held-out judged pair."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.confidence import evaluate_confidence, old_heuristic

# Rules no bundled pattern has, so the old score counts the trigger's words as specificity.
LINES: list[tuple[str, str, str | None, str | None, str, float]] = [
    # sentence, rule, source, target, verdict, the old score worked out by hand
    ("Veloran troops fired on Tesk guards.", "ew.test.one", "Veloran troops [VLRMIL]",
     "Tesk guards [TSKMIL]", "wrong_actors", 0.84),
    ("Veloran troops fired on the crowd.", "ew.test.two", "Veloran troops [VLRMIL]", None,
     "right", 0.64),
    ("Somebody fired on the crowd.", "ew.test.three", None, None, "right", 0.39),
    ("The envoy said Veloran troops fired on the crowd.", "ew.reported_act.test",
     "The envoy [GOV]", None, "not_an_event", 0.512),
]


def line(index: int, sentence: str, rule: str, source: str | None, target: str | None,
         verdict: str) -> dict[str, Any]:
    return {"event_id": f"t{index}", "article_id": f"art{index}", "sentence": sentence,
            "trigger": "fired", "trigger_start": sentence.index("fired"), "code": "190",
            "rule": rule, "source": source, "target": target, "status": "occurred",
            "verdict": verdict, "reason": "written for the test"}


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("judged") / "tiny.jsonl"
    path.write_text("".join(json.dumps(line(i, *row[:5])) + "\n" for i, row in enumerate(LINES)),
                    encoding="utf-8")
    return path


def test_old_heuristic_reproduces_the_hand_set_score() -> None:
    for index, row in enumerate(LINES):
        assert old_heuristic(line(index, *row[:5])) == pytest.approx(row[5])


def test_report_on_a_tiny_file(judged: Path) -> None:
    report = evaluate_confidence([judged])
    assert report["files"] == ["tiny.jsonl"] and report["judged"] == 4
    baseline = report["baseline"]
    # Right events score 0.64 and 0.39, wrong ones 0.84 and 0.512: one pair of four in order.
    assert baseline["auc"] == 0.25 and baseline["events"] == 4 and baseline["right"] == 2
    model = report["confidence"]
    assert 0.0 <= model["auc"] <= 1.0 and 0.0 < model["brier"] < 1.0
    assert [row["threshold"] for row in model["thresholds"]] == [0.3, 0.4, 0.5, 0.6, 0.7]
    assert sum(row["count"] for row in model["reliability"]) == 4
    assert report["per_file"]["tiny.jsonl"]["baseline_auc"] == 0.25


def test_cli_json(judged: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "evaluate", "confidence",
                           str(judged), "--json"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["baseline"]["auc"] == 0.25


# CI floor of the bundled model on the held-out judged pair (measured: ROC AUC 0.809, Brier
# 0.176 on 190 events; the old hand-set score: AUC 0.444, Brier 0.329).
HELD_OUT_AUC_FLOOR = 0.78
HELD_OUT_BRIER_CEILING = 0.19


def test_bundled_model_on_the_held_out_pair() -> None:
    report = evaluate_confidence()
    assert report["confidence"]["events"] >= 150
    assert report["confidence"]["auc"] >= HELD_OUT_AUC_FLOOR
    assert report["confidence"]["brier"] <= HELD_OUT_BRIER_CEILING
    assert report["confidence"]["auc"] > report["baseline"]["auc"]
