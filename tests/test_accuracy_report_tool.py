"""tools/accuracy_report.py: markdown rendering of suite reports (no coding here)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.tool_loader import load_tool


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("accuracy_report")


def test_render_figures_confusion_and_errors(tool: ModuleType) -> None:
    run = tool.Run("petrarch demo", "petrarch", Path("demo.xml"))
    report = {
        "items": 2, "expected": 3, "correct": 1, "extra": 1, "precision": 0.5,
        "recall": 0.3333, "f1": 0.4,
        "confusion_by_root": {"rows": ["19", "none"], "columns": ["19", "none"],
                              "matrix": [[1, 2], [1, 0]]},
        "error_classes": {"missing_event": {"count": 2, "examples": ["r1", "r2"]},
                          "extra": {"count": 1, "examples": ["r2"]}},
    }
    text = tool.render([(run, report), (tool.Run("gone", "muc", Path("x")), None)], "note")
    assert "| petrarch demo | 2 | 3 | 1 | 1 | 0.500 | 0.333 | 0.400 |  |  |" in text
    assert "| gone | gold file missing |" in text
    assert "| 19 | 1 | 2 |" in text and "| none | 1 | 0 |" in text
    assert text.index("| missing_event | 2 | r1, r2 |") < text.index("| extra | 1 | r2 |")


def test_factuality_quotes_are_short(tool: ModuleType) -> None:
    mistake = {"id": "f1", "status": "planned", "hedge": None, "predicted": "occurred",
               "predicted_hedge": None, "trigger": "visit", "text": "The minister will visit " * 9}
    lines = tool.factuality_quotes({"mistakes": [mistake], "no_event_items": []})
    row = next(line for line in lines if line.startswith("| f1 "))
    assert "| planned/None | occurred/None | visit |" in row and row.endswith("... |")
    assert len(row) < 160


def test_plover_actor_table(tool: ModuleType) -> None:
    actors = {"source": {"gold": 10, "country_accuracy": 0.7, "sector_gold": 4,
                         "sector_accuracy": 0.5}}
    assert "| source | 10 | 0.700 | 4 | 0.500 |" in tool.plover_details({"actors": actors})


def test_role_table_per_role_and_every_event(tool: ModuleType) -> None:
    report = {
        "relaxed": {"rule": "head-overlap", "precision": 0.9, "recall": 0.8, "f1": 0.85},
        "by_role": {"S": {"expected": 4, "correct": 3, "predicted": 5, "precision": 0.6,
                          "recall": 0.75, "f1": 0.6667, "correct_relaxed": 4}},
        "all_events": {"precision": 0.5, "recall": 0.8, "f1": 0.6154,
                       "relaxed": {"f1": 0.7}},
    }
    text = "\n".join(tool.role_details(report))
    assert "| S | 4 | 3 | 5 | 0.600 | 0.750 | 0.667 | 4 |" in text
    assert "exact precision 0.500, recall 0.800, F1 0.615; relaxed F1 0.700" in text
    assert "head-overlap" in text
