"""``eventwire train TASK PATH... --out DIR``: fit a sentence classifier or the confidence model
(see docs/learning.md).

A thin layer over ``eventwire.learn.train.train_classifier`` (it builds the coder's pipeline, as
the features read the rule coder's annotations) and ``eventwire.learn.confidence
.train_confidence`` (judged event files; by default the repository's training samples). Both
print the cross-validation table.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from eventwire.cli.notes import counted
from eventwire.learn.train import DEFAULT_FOLDS, TASKS, TrainResult

CONFIDENCE = "confidence"


def cv_table(result: TrainResult) -> Table:
    table = Table(title=f"cross-validation ({counted(result.sentences, 'sentence')})")
    for column in ("l2", "accuracy", "macro_f1", "chosen"):
        table.add_column(column, justify="right")
    for row in result.cv:
        chosen = "*" if row["l2"] == result.l2 else ""
        table.add_row(f"{row['l2']:g}", str(row["accuracy"]), str(row["macro_f1"]), chosen)
    return table


def train_confidence_command(paths: tuple[Path, ...], out: Path, folds: int) -> None:
    from eventwire.learn.confidence import default_training_files, parser, train_confidence

    try:
        files = list(paths) or default_training_files()
        result = train_confidence(files, out, parser(), folds=folds)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="PATH") from None
    table = Table(title=f"grouped cross-validation ({counted(result.events, 'judged event')})")
    for column in ("l2", "log_loss", "brier", "auc", "chosen"):
        table.add_column(column, justify="right")
    for row in result.cv:
        table.add_row(f"{row['l2']:g}", str(row["log_loss"]), str(row["brier"]),
                      str(row["auc"]), "*" if row["l2"] == result.l2 else "")
    console = Console(stderr=True)
    console.print(table)
    console.print(f"model written to {result.out} (l2 {result.l2:g}; "
                  f"{counted(result.skipped, 'line')} whose trigger was not found in their "
                  "sentence left out)", highlight=False)


@click.command("train")
@click.argument("task", type=click.Choice([*TASKS, CONFIDENCE]))
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory to write the model to (created if missing).")
@click.option("--embeddings", is_flag=True,
              help="Add MiniLM sentence embeddings (needs eventwire[embeddings]; slower).")
@click.option("--folds", type=click.IntRange(min=2), default=DEFAULT_FOLDS, show_default=True,
              help="Cross-validation folds for choosing the regularisation.")
def train(task: str, paths: tuple[Path, ...], out: Path, embeddings: bool, folds: int) -> None:
    """Train TASK on the labelled PATHS; write the model to --out.

    conflibert-class: one file of sentence<TAB>label. confidence: judged event files
    (tests/data/real_precision*.jsonl lines; default: every one but the held-out pair)."""
    if task == CONFIDENCE:
        train_confidence_command(paths, out, folds)
        return
    if len(paths) != 1:
        raise click.BadParameter(f"{task} trains on exactly one file", param_hint="PATH")
    from eventwire.coder import build_pipeline
    from eventwire.learn.train import train_classifier

    try:
        result = train_classifier(task, paths[0], out, build_pipeline(), embeddings=embeddings,
                                  folds=folds)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="PATH") from None
    console = Console(stderr=True)
    console.print(cv_table(result))
    console.print(f"model written to {result.out} (l2 {result.l2:g})", highlight=False)
