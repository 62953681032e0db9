"""``eventwire evaluate``'s tables: the side columns beside the headline figures."""

from __future__ import annotations

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
