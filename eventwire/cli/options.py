"""Options shared by the commands that read articles (``code`` and ``ingest``), and the
confidence filter of ``code``, ``events`` and ``export``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import click

from eventwire.ingest.formats import ColumnMap
from eventwire.ingest.sources import SourceOptions, is_url


def source_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """The input options ``code`` shares with ``ingest``: JSONL/CSV column names, feed links."""
    options = [
        click.option("--text-column", default="text", show_default=True,
                     help="JSONL/CSV text column."),
        click.option("--id-column", default="id", show_default=True),
        click.option("--published-column", default="published", show_default=True),
        click.option("--source-column", default="source", show_default=True),
        click.option("--url-column", default="url", show_default=True),
        click.option("--title-column", default="title", show_default=True),
        click.option("--follow-links/--no-follow-links", default=True, show_default=True,
                     help="Fetch each feed entry's page (else code the entry's own text)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def make_source_options(published: date | None, columns: dict[str, str],
                        follow_links: bool) -> SourceOptions:
    """``SourceOptions`` from the values of the ``source_options`` flags."""
    mapped = ColumnMap(**{name.removesuffix("_column"): value
                          for name, value in columns.items()})
    return SourceOptions(published=published, columns=mapped, follow_links=follow_links)


def check_paths(paths: Iterable[str]) -> None:
    for raw in paths:
        if raw != "-" and not is_url(raw) and not Path(raw).exists():
            raise click.BadParameter(f"no such file or directory: {raw}", param_hint="PATHS")


min_confidence_option = click.option(
    "--min-confidence", "min_confidence", type=click.FloatRange(0.0, 1.0), default=None,
    help="Keep only events whose confidence (the calibrated probability that the event is "
         "right) is at least this, e.g. 0.5.")

batch_size_option = click.option(
    "--batch-size", default=32, show_default=True, type=click.IntRange(1),
    help="Articles per spaCy batch.")
