"""``eventwire evaluate``'s tables (the side columns beside the headline figures) and its
answer to a file that is no gold set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from eventwire.cli.evaluate_cmd import side_columns, summary_table


def rendered(report: dict[str, object]) -> str:
    console = Console(record=True, width=120)
    console.print(summary_table(report))
    return console.export_text()


def test_given_figures_are_a_side_column() -> None:
    report = {"suite": "factuality", "items": 3, "accuracy": 0.667,
              "given": {"accuracy": 1.0, "hedge_accuracy": 1.0}}
    assert [title for title, _ in side_columns(report)] == ["event word given"]
    text = rendered(report)
    assert "event word given" in text and "0.667" in text and "1.0" in text


def test_no_side_column_without_side_figures() -> None:
    report = {"suite": "factuality", "items": 3, "accuracy": 0.667, "given": None}
    assert side_columns(report) == []
    assert "event word given" not in rendered(report)


def test_relaxed_and_given_columns_keep_their_order() -> None:
    report = {"suite": "x", "correct": 2, "relaxed": {"rule": "roots", "correct": 3},
              "given": {"correct": 4}}
    assert [title for title, _ in side_columns(report)] == ["relaxed (roots)", "event word given"]


@pytest.mark.parametrize("suite", ["petrarch", "plover-gsr", "factuality", "muc"])
def test_a_file_that_is_no_gold_set_is_a_usage_error(suite: str, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Police arrested protesters in Lagos on Monday.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "evaluate", suite,
                           str(story)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and str(story) in done.stderr, done.stderr
