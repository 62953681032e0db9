"""``eventwire evaluate SUITE PATH``: score the coder on a peer's gold set.

A thin layer over ``eventwire.evaluate.run_suite``: it builds the coder, runs the suite and prints
the report as one JSON object (``--json``) or as rich tables.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from eventwire.cli.notes import counted
from eventwire.evaluate import SUITES, run_suite

SUMMARY_FIELDS: tuple[str, ...] = (
    "items",
    "expected",
    "predicted",
    "correct",
    "extra",
    "precision",
    "recall",
    "f1",
    "accuracy",
    "macro_f1",
    "undecided",
    "hedge_accuracy",
    "no_event",
    "folded",
    "coder_errors",
)


def side_columns(report: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Figures reported beside the headline ones: the relaxed match (code prefixes) and, for
    factuality, the status with the event word given."""
    columns: list[tuple[str, dict[str, Any]]] = []
    relaxed = report.get("relaxed")
    if isinstance(relaxed, dict) and relaxed:
        columns.append((f"relaxed ({relaxed.get('rule', 'code prefixes')})", relaxed))
    given = report.get("given")
    if isinstance(given, dict) and given:
        columns.append(("event word given", given))
    return columns


def summary_table(report: dict[str, Any]) -> Table:
    """The headline figures, one row each; the side figures beside them when reported."""
    sides = side_columns(report)
    table = Table(title=f"eventwire evaluate {report['suite']}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for title, _ in sides:
        table.add_column(title, justify="right")
    for name in SUMMARY_FIELDS:
        if name not in report:
            continue
        table.add_row(name, str(report[name]), *(str(side.get(name, "")) for _, side in sides))
    return table


def breakdown_table(title: str, rows: dict[str, dict[str, Any]]) -> Table:
    """One row per key (class, category, role...), one column per numeric field."""
    columns = [
        key
        for key, value in next(iter(rows.values())).items()
        if not isinstance(value, dict | list)
    ]
    table = Table(title=title)
    table.add_column("")
    for column in columns:
        table.add_column(column, justify="right")
    for key, values in rows.items():
        table.add_row(key, *(str(values.get(column, "")) for column in columns))
    return table


def confusion_table(confusion: dict[str, Any]) -> Table:
    labels = [str(label) for label in confusion["labels"]]
    table = Table(title="confusion (rows gold, columns predicted)")
    table.add_column("")
    for label in labels:
        table.add_column(label, justify="right")
    for label, row in zip(labels, confusion["matrix"], strict=True):
        table.add_row(label, *(str(count) for count in row))
    return table


BREAKDOWNS: tuple[tuple[str, str], ...] = (
    ("per_class", "per class"),
    ("by_category", "by record category"),
    ("by_role", "by gold role"),
    ("actors", "actor agreement (top event)"),
    ("per_set", "by set"),
)


def print_report(report: dict[str, Any], console: Console) -> None:
    console.print(summary_table(report))
    for key, title in BREAKDOWNS:
        if report.get(key):
            console.print(breakdown_table(title, report[key]))
    if "confusion" in report:
        console.print(confusion_table(report["confusion"]))
    apart = report.get("set_apart")
    if isinstance(apart, dict) and apart.get("items"):
        console.print(f"set apart, not scored ({', '.join(apart['errors'])}): "
                      f"{counted(apart['items'], 'record')}, "
                      f"{counted(apart['coded_events'], 'coded event')}: {', '.join(apart['ids'])}")


CONFIDENCE = "confidence"


def evaluate_confidence_command(paths: tuple[Path, ...], as_json: bool) -> None:
    """The confidence report on judged files (default: the held-out pair)."""
    from eventwire.evaluate.confidence import evaluate_confidence

    try:
        report = evaluate_confidence(paths)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="PATH") from None
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, sort_keys=False))
        return
    console = Console()
    table = Table(title=f"eventwire evaluate confidence ({', '.join(report['files'])})")
    table.add_column("measure")
    for column in ("confidence", "baseline"):
        table.add_column(column, justify="right")
    for name in ("events", "right", "auc", "brier", "log_loss"):
        table.add_row(name, *(str(report[c][name]) for c in ("confidence", "baseline")))
    for position, row in enumerate(report["confidence"]["thresholds"]):
        old = report["baseline"]["thresholds"][position]
        table.add_row(f">= {row['threshold']}: kept / precision",
                      f"{row['kept_share']} / {row['precision']}",
                      f"{old['kept_share']} / {old['precision']}")
    console.print(table)
    console.print(breakdown_table("reliability (confidence)", {
        row["bin"]: row for row in report["confidence"]["reliability"]}))


@click.command("evaluate")
@click.argument("suite", type=click.Choice([*SUITES, CONFIDENCE]))
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option(
    "--dictionaries",
    "dictionaries",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Directory or file of extra dictionaries (repeatable).",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Evaluate only the first N items."
)
@click.option("--no-bundled", "no_bundled", is_flag=True,
              help="Code with the --dictionaries only (e.g. PETRARCH's PETR.Validate files).")
@click.option("--classifier", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Sentence classifier directory written by `eventwire train`.")
def evaluate(
    suite: str, paths: tuple[Path, ...], as_json: bool, dictionaries: tuple[Path, ...],
    limit: int | None, no_bundled: bool, classifier: Path | None,
) -> None:
    """Score the coder on SUITE's gold file at PATH (see docs/evaluation.md); `confidence`
    scores each event's confidence on judged event files (default: the held-out pair)."""
    if suite == CONFIDENCE:
        evaluate_confidence_command(paths, as_json)
        return
    if len(paths) != 1:
        raise click.BadParameter(f"{suite} evaluates exactly one PATH", param_hint="PATH")
    path = paths[0]
    from eventwire.coder import Coder

    coder = Coder(dictionaries=dictionaries, bundled=not no_bundled, classifier=classifier)
    try:
        report = run_suite(suite, path, coder, limit=limit)
    except (ValueError, KeyError, OSError) as error:  # a file of another kind than SUITE's
        raise click.BadParameter(f"{path} cannot be read as the {suite} gold set: "
                                 f"{type(error).__name__}: {error}", param_hint="PATH") from None
    if report.get("items") == 0:
        raise click.BadParameter(f"{path} holds no {suite} gold item (is it the suite's file? "
                                 "see docs/evaluation.md)", param_hint="PATH")
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, sort_keys=False))
    else:
        print_report(report, Console())
