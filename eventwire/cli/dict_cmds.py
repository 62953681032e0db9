"""``eventwire dict``: check, convert and query actor dictionaries.

* ``dict validate PATH``: read every dictionary file at PATH (a file or a directory: our
  ``*.actors.yaml`` and compiled ``*.jsonl`` files, PETRARCH ``*actors*.txt``, ``*agents*.txt``,
  ``*discards*.txt``); print the counts per file, or every bad line (exit code 4).
* ``dict convert PATH [-o OUT]``: PETRARCH ``.txt`` -> compiled ``.jsonl`` (the format
  eventwire ships its converted Phoenix data in; see ``docs/dictionaries.md``).
* ``dict show NAME [--date D] [--dictionaries DIR]``: the entries a phrase matches, with their
  codes and date ranges, and the code it resolves to on a date.

A thin layer over ``eventwire.knowledge``; the lead registers the group in ``cli/main.py``.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from eventwire.cli.notes import counted
from eventwire.errors import DataError
from eventwire.knowledge import petrarch_actors as petrarch
from eventwire.knowledge.actor_files import write_jsonl
from eventwire.knowledge.actors import USER_SUFFIX, ActorEntry, ActorKB, actor_kb, normalize

DATA_ERROR_EXIT = DataError.exit_code


def dictionary_paths(path: Path) -> list[Path]:
    """The dictionary files at ``path`` (the file itself, or those in a directory)."""
    if path.is_file():
        return [path]
    found = [p for p in sorted(path.glob(f"*{USER_SUFFIX}"))]
    found.extend(petrarch.dictionary_files(path, petrarch.KINDS))
    return found


def validate_file(path: Path) -> tuple[dict[str, int], list[str]]:
    """Counts and problems (``file:line: reason``) of one dictionary file."""
    if path.suffix in (".yaml", ".yml"):
        kb = ActorKB()
        try:
            kb.add_file(path)
        except DataError as error:
            return {}, [str(error)]
        return {"entries": len(kb.entries), "phrases": len(kb.aliases), "problems": 0}, []
    try:
        if petrarch.compiled_kind(path):
            parsed = petrarch.read_compiled(path)
        else:
            parsed = petrarch.parse_file(path)
    except DataError as error:
        return {}, [str(error)]
    return parsed.counts(), [str(problem) for problem in parsed.problems]


@click.group("dict")
def dict_group() -> None:
    """Check, convert and query actor, agent and discard dictionaries."""


def _singular(plural: str) -> str:
    """The singular of a count's key ("entries" -> "entry", "phrases" -> "phrase")."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    return plural[:-1] if plural.endswith("s") else plural


@dict_group.command("validate")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
def validate_command(path: Path) -> None:
    """Check every dictionary file at PATH; exit 4 listing the bad lines, if any."""
    files = dictionary_paths(path)
    if not files:
        click.echo(f"{path}: no dictionary files", err=True)
        sys.exit(DATA_ERROR_EXIT)
    failed = False
    for file in files:
        counts, problems = validate_file(file)
        for problem in problems:
            click.echo(problem, err=True)
        failed = failed or bool(problems)
        summary = ", ".join(counted(value, _singular(name), name) for name, value in counts.items())
        click.echo(f"{file}: {summary or 'unreadable'}")
    if failed:
        sys.exit(DATA_ERROR_EXIT)


def converted_name(path: Path, kind: str) -> str:
    """``PETR.Validate.actors.txt`` -> ``PETR.Validate.actors.jsonl``; the kind is added when
    the name does not end with it (``my_agents.txt`` -> ``my_agents.agents.jsonl``)."""
    stem = path.name.removesuffix(".txt")
    return f"{stem}.jsonl" if stem.lower().endswith(f".{kind}") else f"{stem}.{kind}.jsonl"


@dict_group.command("convert")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=None,
              help="Output file or directory (default: beside PATH).")
@click.option("--skip-bad", is_flag=True, help="Leave out bad lines instead of failing.")
def convert_command(path: Path, output: Path | None, skip_bad: bool) -> None:
    """Convert a PETRARCH actors, agents or discards file to eventwire's JSONL format."""
    parsed = petrarch.parse_file(path)
    for problem in parsed.problems:
        click.echo(str(problem), err=True)
    if parsed.problems and not skip_bad:
        sys.exit(DATA_ERROR_EXIT)
    target = output or path.parent
    if target.is_dir():
        target = target / converted_name(path, parsed.kind)
    from eventwire.nlp import load_model

    tokenizer = load_model().tokenizer
    rows = petrarch.to_rows(parsed, lambda text: [t.text for t in tokenizer(text)])
    meta = {"format": parsed.kind, "name": path.name, "version": "1",
            "source": f"converted from {path.name} by eventwire dict convert",
            "license": "as the source file", "counts": parsed.counts()}
    write_jsonl(target, meta, rows)
    counts = parsed.counts()
    click.echo(f"{path} -> {target}: {counted(counts['entries'], 'entry', 'entries')}, "
               f"{counted(counts['phrases'], 'phrase')}")


def describe(entry: ActorEntry, on: date | None) -> str:
    """One line: id, kind, name, code on the date, and the dated roles."""
    resolved = entry.at(on)
    roles = " ".join(
        f"{role.code}[{role.start or '…'},{role.end or '…'})" for role in entry.roles
    )
    parts = [entry.id, entry.kind, entry.name, f"code={resolved.code or '-'}"]
    if roles:
        parts.append(f"roles: {roles}")
    if entry.roles and (entry.before or entry.after):
        parts.append(f"otherwise={entry.before or entry.after}")
    return "  ".join(parts)


@dict_group.command("show")
@click.argument("name")
@click.option("--date", "on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Resolve dated codes on this date (YYYY-MM-DD).")
@click.option("--dictionaries", "dictionaries", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="User dictionary directory (repeatable).")
def show_command(name: str, on: object, dictionaries: tuple[Path, ...]) -> None:
    """Every entry the phrase NAME matches, with codes and date ranges; the chosen one first."""
    day = on.date() if on is not None else None  # type: ignore[attr-defined]
    kb = actor_kb(dictionaries)
    entries = kb.candidates(normalize(name))
    if not entries:
        click.echo(f"no entry matches {name!r}")
        sys.exit(1)
    chosen = kb.choose(entries, day)
    ordered = [chosen, *(e for e in entries if e is not chosen)] if chosen else entries
    for entry in ordered:
        click.echo(("* " if entry is chosen else "  ") + describe(entry, day))


COMMANDS = (dict_group,)
