"""Store commands: ``ingest``, ``events``, ``export`` and ``db info`` (thin layers over
``eventwire.store.Store`` and ``eventwire.ingest.run.ingest``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from eventwire.cli.notes import WarningTally, counted
from eventwire.cli.options import (
    batch_size_option,
    check_paths,
    make_source_options,
    min_confidence_option,
    source_options,
)
from eventwire.records import STATUSES, CodeResult, json_line
from eventwire.store import DEFAULT_DB, ClusterOptions, EventFilter, RunCounts, Store
from eventwire.store.exports import FORMATS as EXPORT_FORMATS
from eventwire.store.exports import jsonl_record
from eventwire.validation import parse_published

TABLE_COLUMNS = ("date", "source_code", "cameo_code", "target_code", "status", "num_articles",
                 "num_sources", "location_name", "trigger_text")
Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def _date(value: str | None, option: str = "--published") -> date | None:
    try:
        return parse_published(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)",
                                 param_hint=option) from None


def _root(value: str | None) -> str | None:
    """A CAMEO root, 1 to 20 (``4`` and ``04`` both mean consult)."""
    if not value:
        return None
    text = value.strip()
    if not text.isdigit() or not 1 <= int(text) <= 20:
        raise click.BadParameter(f"{value!r} is not a CAMEO root (01 to 20)", param_hint="--root")
    return text.zfill(2)


def _statuses(value: str | None) -> tuple[str, ...]:
    wanted = tuple(s.strip() for s in (value or "").split(",") if s.strip())
    unknown = set(wanted) - set(STATUSES)
    if unknown:
        raise click.BadParameter(f"unknown status {', '.join(sorted(unknown))}; "
                                 f"choose from {', '.join(STATUSES)}")
    return wanted


def db_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", "db", default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False, path_type=Path),
                        help="The DuckDB event database.")(function)


def filter_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """The shared event filters of ``events`` and ``export``."""
    options: list[Decorator] = [
        click.option("--source", help="Source actor code prefix or country (RUS matches RUSGOV)."),
        click.option("--target", help="Target actor code prefix or country."),
        click.option("--root", help="CAMEO root code, e.g. 19."),
        click.option("--status", help="Statuses, e.g. occurred,planned (default: all)."),
        click.option("--since", help="Events on or after this date (YYYY-MM-DD); a week-, "
                     "month- or year-dated event counts when its period reaches it."),
        click.option("--until", help="Events on or before this date (YYYY-MM-DD); a week-, "
                     "month- or year-dated event counts when its period starts by then."),
        min_confidence_option,
        click.option("--mentions", is_flag=True,
                     help="Every event mention instead of one row per cluster."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def make_filter(source: str | None, target: str | None, root: str | None, status: str | None,
                since: str | None, until: str | None,
                min_confidence: float | None = None) -> EventFilter:
    return EventFilter(source=source, target=target, root=_root(root), statuses=_statuses(status),
                       since=_date(since, "--since"), until=_date(until, "--until"),
                       min_confidence=min_confidence)


class RateColumn(ProgressColumn):
    """articles/s and events/s of the running ingest."""

    def __init__(self, counts: RunCounts) -> None:
        super().__init__()
        self.counts = counts

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("")
        return Text(f"{self.counts.seen / elapsed:.1f} articles/s "
                    f"{self.counts.events / elapsed:.1f} events/s")


@contextmanager
def progress_observer(total: int | None, quiet: bool, verbose: bool, err: Console) \
        -> Iterator[Callable[[RunCounts, bool], None]]:
    """A rich progress bar on ``err`` when it is a terminal; plain commit lines with --verbose."""
    counts = RunCounts()

    def log_commit(current: RunCounts, committed: bool) -> None:
        if committed and verbose:
            err.print(f"committed {counted(current.new + current.failed, 'article')}, "
                      f"{counted(current.events, 'event')}", highlight=False)

    if quiet or not sys.stderr.isatty():
        yield log_commit
        return
    columns = (TextColumn("ingest"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
               RateColumn(counts), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=total)

        def observe(current: RunCounts, committed: bool) -> None:
            counts.seen, counts.events = current.seen, current.events
            progress.update(task, completed=current.seen)
            log_commit(current, committed)

        yield observe


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles without one.")
@source_options
@click.option("--window-days", default=3, show_default=True, type=click.IntRange(0),
              help="Date window of cross-article clusters.")
@click.option("--commit-every", default=64, show_default=True, type=click.IntRange(1),
              help="Articles per write transaction.")
@batch_size_option
@click.option("--dictionaries", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Directory of extra dictionaries (repeatable).")
@click.option("--keep-versions", is_flag=True,
              help="Keep every text stored under one article id (by default a new text under "
                   "a stored id is a corrected version and replaces the earlier one).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--verbose", is_flag=True,
              help="One line per committed batch on stderr, and one warning line per article "
                   "whose text was cleaned (default: one line per kind of warning at the end).")
def ingest_command(paths: tuple[str, ...], db: Path, published: str | None, follow_links: bool,
                   window_days: int, commit_every: int, batch_size: int,
                   dictionaries: tuple[Path, ...], keep_versions: bool, quiet: bool,
                   verbose: bool, **columns: str) -> None:
    """Code PATHS (files, directories, .gz, feeds, http URLs) into the event database."""
    from eventwire.coder import Coder
    from eventwire.ingest.formats import EmptyInput
    from eventwire.ingest.run import IngestOptions, ingest
    from eventwire.ingest.sources import count_articles, iter_items

    check_paths(paths)
    sources = make_source_options(_date(published), columns, follow_links)
    options = IngestOptions(commit_every=commit_every,
                            clusters=ClusterOptions(window_days=window_days),
                            extra={"batch_size": batch_size, "follow_links": follow_links,
                                   "input_format": sources.input_format},
                            replace_versions=not keep_versions)
    coder = Coder(dictionaries=dictionaries, batch_size=batch_size)
    counting = not quiet and sys.stderr.isatty()
    total = count_articles(list(paths), sources.input_format) if counting else None
    err = Console(stderr=True)

    def warn(line: str) -> None:
        err.print(f"[yellow]warning[/yellow] {escape(line)}", highlight=False, soft_wrap=True)

    tally = WarningTally(warn, verbose)

    def report_result(result: CodeResult) -> None:
        if result.error is not None:
            err.print(f"[red]error[/red] {escape(str(result.error))}", highlight=False,
                      soft_wrap=True)
        else:
            tally.add(result.article)

    def warn_empty(empty: EmptyInput) -> None:
        warn(str(empty))

    with Store(db) as store, progress_observer(total, quiet, verbose, err) as observer:
        report = ingest(store, coder,
                        lambda writer: iter_items(list(paths), sources, writer.is_known_url),
                        list(paths), options, observer, report_result, warn_empty)
    for line in tally.summary():
        warn(line)
    counts = report.counts
    err.print(
        f"run {report.run_id}: {counts.seen} seen = {counts.new} new + {counts.duplicate} "
        f"duplicate + {counts.failed} failed; {counted(counts.events, 'event')}"
        + (f"; {counted(counts.replaced, 'earlier version')} replaced" if counts.replaced else ""),
        highlight=False, soft_wrap=True)
    if counts.new == 0 and counts.duplicate == 0:
        sys.exit(1)  # as `eventwire code`: nothing could be coded (the run is still recorded)


@click.command("events")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(("table", "jsonl", "csv")), default=None,
              help="Output format (default: table on a terminal, jsonl otherwise).")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
def events_command(db: Path, source: str | None, target: str | None, root: str | None,
                   status: str | None, since: str | None, until: str | None,
                   min_confidence: float | None, mentions: bool, fmt: str | None,
                   limit: int | None) -> None:
    """List stored events (one row per cluster unless --mentions)."""
    filters = make_filter(source, target, root, status, since, until, min_confidence)
    with Store(db, read_only=True) as store:
        table = store.events_arrow(filters, "mention" if mentions else "cluster", limit)
    chosen = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    rows = table.to_pylist()
    if chosen == "jsonl":
        for row in rows:
            click.echo(json_line(jsonl_record(row)))
    elif chosen == "csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(table.drop_columns(["record"]), sys.stdout.buffer)
    else:
        _print_table(rows)


def _print_table(rows: list[dict[str, Any]]) -> None:
    table = Table(*TABLE_COLUMNS)
    for row in rows:
        table.add_row(*(Text("" if row.get(c) is None else str(row.get(c)))
                        for c in TABLE_COLUMNS))
    wide_console().print(table)


def wide_console() -> Console:
    """A console on stdout; piped or redirected, 140 columns wide rather than rich's 80, so that
    no column of a table is cut to a few letters."""
    console = Console()
    if not console.is_terminal:
        console.width = max(console.width, 140)
    return console


@click.command("export")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@db_option
@filter_options
def export_command(out: Path, fmt: str, db: Path, source: str | None, target: str | None,
                   root: str | None, status: str | None, since: str | None, until: str | None,
                   min_confidence: float | None, mentions: bool) -> None:
    """Export stored events to OUT (one row per cluster unless --mentions)."""
    filters = make_filter(source, target, root, status, since, until, min_confidence)
    with Store(db, read_only=True) as store:
        written = store.export(fmt, out, filters, "mention" if mentions else "cluster")
    Console(stderr=True).print(f"{counted(written, 'row')} written to {out}", highlight=False)


@click.group("db")
def db_group() -> None:
    """Inspect the event database."""


@db_group.command("info")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def info_command(db: Path, as_json: bool) -> None:
    """Schema version, applied migrations, table counts and runs."""
    with Store(db, read_only=True) as store:
        info = store.info()
    if as_json:
        click.echo(json.dumps(info, default=str, indent=2))
        return
    console = wide_console()
    console.print(f"{info['path']}: schema version {info['schema_version']} "
                  f"(latest {info['latest_version']})", highlight=False)
    migrations = Table("migration", "name", "applied at (UTC)", title="migrations")
    for m in info["migrations"]:
        migrations.add_row(str(m["number"]), m["name"], m["applied_at"])
    console.print(migrations)
    console.print(", ".join(f"{k}: {v}" for k, v in info["counts"].items()), highlight=False)
    if info["replaced"] is not None:
        console.print(f"earlier versions replaced: {info['replaced']}", highlight=False)
    if info["text_notes"] is not None:
        cleaned = ", ".join(f"{note}: {n}" for note, n in info["text_notes"].items())
        console.print(f"articles with reader notes (text changed, published value no date): "
                      f"{cleaned or 'none'}",
                      highlight=False)
    keys = ["run_id", "started_at", "status", "seen", "new", "duplicate", "failed", "events"]
    if info["replaced"] is not None:
        keys.append("replaced")
    runs = Table("run", "started (UTC)", "status", "seen", "new", "duplicate", "failed", "events",
                 *(["replaced"] if "replaced" in keys else []), title="runs")
    for r in info["runs"]:
        runs.add_row(*(str(r[k]) for k in keys))
    console.print(runs)


COMMANDS = (ingest_command, events_command, export_command, db_group)
