"""The ``eventwire`` command: a thin layer over the library.

Exit codes: 0 success; 1 nothing could be coded; 2 bad usage or unreadable input path;
3 the spaCy model is missing; 4 an invalid data file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from eventwire import __version__
from eventwire.cli.notes import WarningTally, counted
from eventwire.cli.options import (
    batch_size_option,
    check_paths,
    make_source_options,
    min_confidence_option,
    source_options,
)
from eventwire.errors import EventwireError
from eventwire.ingest.formats import EmptyInput
from eventwire.ingest.sources import iter_articles
from eventwire.records import STATUSES, CodeResult, Event
from eventwire.validation import parse_published

FORMATS = ("table", "jsonl", "csv")


@dataclass
class RunCounts:
    articles: int = 0
    coded: int = 0
    failed: int = 0
    events: int = 0

    def line(self) -> str:
        return (f"{counted(self.articles, 'article')}: {self.coded} coded, {self.failed} "
                f"failed; {counted(self.events, 'event')}")


def _published_option(value: str | None) -> date | None:
    try:
        return parse_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _status_option(value: str | None) -> frozenset[str] | None:
    if not value:
        return None
    wanted = frozenset(s.strip() for s in value.split(",") if s.strip())
    unknown = wanted - set(STATUSES)
    if unknown:
        raise click.BadParameter(f"unknown status {', '.join(sorted(unknown))}; "
                                 f"choose from {', '.join(STATUSES)}")
    return wanted


def _make_writer(fmt: str):
    from eventwire.cli.output import CsvWriter, JsonlWriter, TableWriter

    if fmt == "jsonl":
        return JsonlWriter(sys.stdout)
    if fmt == "csv":
        return CsvWriter(sys.stdout)
    return TableWriter()


def _filtered(
    events: Iterable[Event], statuses: frozenset[str] | None, min_confidence: float | None = None
) -> list[Event]:
    return [e for e in events if (statuses is None or e.status in statuses)
            and (min_confidence is None or round(e.confidence, 3) >= min_confidence)]


def run_code(
    results: Iterator[CodeResult], fmt: str, statuses: frozenset[str] | None,
    min_confidence: float | None = None, verbose: bool = False,
) -> RunCounts:
    """Write each article's events as it is coded; errors go to stderr, one line each, and
    warnings one line per kind at the end (one per article as it comes with ``verbose``). Ids,
    values and names from the input are printed as written: never read as console markup."""
    writer = _make_writer(fmt)
    err = Console(stderr=True)

    def warn(line: str) -> None:
        err.print(f"[yellow]warning[/yellow] {escape(line)}", highlight=False, soft_wrap=True)

    tally = WarningTally(warn, verbose)
    counts = RunCounts()
    for result in results:
        counts.articles += 1
        if result.error is not None:
            counts.failed += 1
            err.print(f"[red]error[/red] {escape(str(result.error))}", highlight=False,
                      soft_wrap=True)
            continue
        counts.coded += 1
        tally.add(result.article)
        events = _filtered(result.events, statuses, min_confidence)
        counts.events += len(events)
        if fmt == "table":
            writer.write(events, title=result.article.title or result.article.id)
        else:
            writer.write(events)
    writer.close()
    for line in tally.summary():
        warn(line)
    return counts


@click.group()
@click.version_option(__version__, prog_name="eventwire")
def cli() -> None:
    """eventwire: news text to attributed, factuality-aware CAMEO/PLOVER events."""


@cli.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles without one.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: table on a terminal, jsonl otherwise).")
@click.option("--status", "status", help="Keep only these statuses, e.g. occurred,planned.")
@min_confidence_option
@click.option("--dictionaries", "dictionaries", multiple=True,
              type=click.Path(exists=True, path_type=Path),
              help="Directory of extra dictionaries (repeatable).")
@batch_size_option
@click.option("--require-actor", type=click.Choice(["none", "any", "both"]), default="none",
              show_default=True,
              help="Keep events with no actor (none), a source or target (any), or both (both).")
@click.option("--classifier", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Sentence classifier directory written by `eventwire train`.")
@click.option("--verbose", is_flag=True,
              help="One warning line per article whose text was cleaned or whose id came "
                   "before (default: one line per kind of warning at the end).")
@source_options
def code_command(paths: tuple[str, ...], published: str | None, fmt: str | None,
                 status: str | None, min_confidence: float | None,
                 dictionaries: tuple[Path, ...], batch_size: int,
                 require_actor: str, classifier: Path | None, verbose: bool,
                 follow_links: bool, **columns: str) -> None:
    """Code PATHS and print the events (the inputs are read as `eventwire ingest` reads them).

    PATHS: directories (recursively), .txt (one article), .jsonl/.ndjson, .json and .csv (one
    per line/record/row), .html/.htm pages, RSS/Atom feeds (.rss/.atom/.xml), http(s) URLs of
    pages or feeds, .gz of any of these, and - for stdin.
    """
    check_paths(paths)
    published_date = _published_option(published)
    statuses = _status_option(status)
    chosen = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    from eventwire.coder import Coder

    coder = Coder(dictionaries=dictionaries, batch_size=batch_size, require_actor=require_actor,
                  classifier=classifier)
    options = make_source_options(published_date, columns, follow_links)
    err = Console(stderr=True)

    def warn_empty(empty: EmptyInput) -> None:
        err.print(f"[yellow]warning[/yellow] {escape(str(empty))}", highlight=False,
                  soft_wrap=True)

    articles = iter_articles(list(paths), options, warn_empty)
    counts = run_code(coder.code_articles(articles), chosen, statuses, min_confidence, verbose)
    err.print(counts.line(), highlight=False)
    if counts.coded == 0:
        sys.exit(1)


def _register_commands() -> None:
    """The commands that live in their own modules (evaluate, store, dictionaries)."""
    from eventwire.cli.dict_cmds import dict_group
    from eventwire.cli.evaluate_cmd import evaluate
    from eventwire.cli.store_cmds import COMMANDS as STORE_COMMANDS
    from eventwire.cli.train_cmd import train

    for command in (evaluate, dict_group, train, *STORE_COMMANDS):
        cli.add_command(command)


_register_commands()


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except EventwireError as exc:
        click.echo(f"eventwire: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
