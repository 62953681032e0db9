"""``eventwire train`` and ``--classifier`` on code/evaluate, as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.evaluate.factories import CLASS_TEST


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli.main", *args],
                          capture_output=True, text=True, timeout=900)


def test_train_code_evaluate_round_trip(train_slice: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    trained = run(["train", "conflibert-class", str(train_slice), "--out", str(out),
                   "--folds", "2"])
    assert trained.returncode == 0, trained.stderr
    assert "model written to" in trained.stderr and (out / "weights.npz").is_file()
    story = tmp_path / "story.txt"
    story.write_text("Police arrested twelve protesters in the capital.", encoding="utf-8")
    coded = run(["code", str(story), "--format", "jsonl", "--classifier", str(out)])
    assert coded.returncode == 0, coded.stderr
    assert [json.loads(line)["cameo"]["root"] for line in coded.stdout.splitlines()]
    scored = run(["evaluate", "conflibert-class", str(CLASS_TEST), "--limit", "5", "--json",
                  "--classifier", str(out)])
    assert scored.returncode == 0, scored.stderr
    report = json.loads(scored.stdout)
    assert report["classifier"] is True and report["items"] == 5
    assert set(report["top_event"]) == {"accuracy", "macro_f1", "rule_decided"}


def test_bad_classifier_directory_exits_4(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Police arrested twelve protesters.", encoding="utf-8")
    proc = run(["code", str(story), "--classifier", str(tmp_path)])
    assert proc.returncode == 4
    assert "not a classifier directory" in proc.stderr


def test_train_confidence_on_named_files(tmp_path: Path) -> None:
    from tests.learn.test_confidence import RIGHT, WRONG, judged_line

    judged = tmp_path / "judged.jsonl"
    lines = [judged_line(i, item, "right") for i, item in enumerate(RIGHT)]
    lines += [judged_line(len(RIGHT) + i, item, "wrong_code") for i, item in enumerate(WRONG)]
    judged.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "confidence"
    trained = run(["train", "confidence", str(judged), "--out", str(out), "--folds", "2"])
    assert trained.returncode == 0, trained.stderr
    assert "grouped cross-validation (12 judged events)" in trained.stderr
    assert json.loads((out / "meta.json").read_text())["task"] == "confidence"
    two = run(["train", "conflibert-class", str(judged), str(judged), "--out", str(out)])
    assert two.returncode == 2 and "exactly one file" in two.stderr
