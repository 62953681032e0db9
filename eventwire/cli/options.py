"""Options shared by the commands that read articles (``code`` and ``ingest``), and the
confidence filter of ``code``, ``events`` and ``export``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import click

from eventwire.ingest.formats import ColumnMap
from eventwire.ingest.sources import INPUT_FORMATS, SourceOptions, is_url


def source_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """The input options ``code`` shares with ``ingest``: JSONL/CSV column names, feed links,
    the input format."""
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
        click.option("--input-format", type=click.Choice(list(INPUT_FORMATS)), default=None,
                     help="Read stdin and every file as this format (default: files by suffix; "
                          "stdin by its look: JSONL, a JSON array, CSV with a text column, "
                          "a feed, else one plain-text article)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def make_source_options(published: date | None, columns: dict[str, str],
                        follow_links: bool) -> SourceOptions:
    """``SourceOptions`` from the values of the ``source_options`` flags."""
    named = dict(columns)
    input_format = named.pop("input_format", None)
    mapped = ColumnMap(**{name.removesuffix("_column"): value for name, value in named.items()})
    return SourceOptions(published=published, columns=mapped, follow_links=follow_links,
                         input_format=input_format)


def check_paths(paths: Iterable[str]) -> None:
    """Every path exists; ``-`` only when stdin is piped in (on a terminal the run would wait
    for typed input with no prompt)."""
    for raw in paths:
        if raw == "-":
            if sys.stdin is not None and sys.stdin.isatty():
                raise click.BadParameter("- reads stdin, which is a terminal here: pipe the "
                                         "input in (cat FILE | eventwire code -) or name the "
                                         "files", param_hint="PATHS")
        elif not is_url(raw) and not Path(raw).exists():
            raise click.BadParameter(f"no such file or directory: {raw}", param_hint="PATHS")


min_confidence_option = click.option(
    "--min-confidence", "min_confidence", type=click.FloatRange(0.0, 1.0), default=None,
    help="Keep only events whose confidence (the calibrated probability that the event is "
         "right) is at least this, e.g. 0.5.")

batch_size_option = click.option(
    "--batch-size", default=32, show_default=True, type=click.IntRange(1),
    help="Articles per spaCy batch.")
