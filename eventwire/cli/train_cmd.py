"""``eventwire train TASK PATH --out DIR``: fit a sentence classifier (see docs/learning.md).

A thin layer over ``eventwire.learn.train.train_classifier``: it builds the coder's pipeline (the
features read the rule coder's annotations), trains, and prints the cross-validation table.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire.learn.train import DEFAULT_FOLDS, TASKS, TrainResult


def cv_table(result: TrainResult) -> Table:
    table = Table(title=f"cross-validation ({result.sentences} sentences)")
    for column in ("l2", "accuracy", "macro_f1", "chosen"):
        table.add_column(column, justify="right")
    for row in result.cv:
        chosen = "*" if row["l2"] == result.l2 else ""
        table.add_row(f"{row['l2']:g}", str(row["accuracy"]), str(row["macro_f1"]), chosen)
    return table


@click.command("train")
@click.argument("task", type=click.Choice(list(TASKS)))
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory to write the model to (created if missing).")
@click.option("--embeddings", is_flag=True,
              help="Add MiniLM sentence embeddings (needs eventwire[embeddings]; slower).")
@click.option("--folds", type=click.IntRange(min=2), default=DEFAULT_FOLDS, show_default=True,
              help="Cross-validation folds for choosing the regularisation.")
def train(task: str, path: Path, out: Path, embeddings: bool, folds: int) -> None:
    """Train TASK's sentence classifier on the labelled file PATH; write it to --out."""
    from eventwire.coder import build_pipeline
    from eventwire.learn.train import train_classifier

    try:
        result = train_classifier(task, path, out, build_pipeline(), embeddings=embeddings,
                                  folds=folds)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="PATH") from None
    console = Console(stderr=True)
    console.print(cv_table(result))
    console.print(f"model written to {result.out} (l2 {result.l2:g})", highlight=False)
