"""Rows of a CSV file that survive a broken row: an unterminated quote is one row's error.

A quote that is opened and never closed makes a plain CSV reader read the rest of the file (or
everything up to the next quote) as ONE field, so the articles of the following rows vanish into
the text of one article. Rows are read here with the reader's strict mode, which stops at both
signs of that mistake: the end of the file inside a quoted field, and a closing quote followed by
something other than a delimiter (the quote of a later row closing the runaway field). A row
that spans several lines and has more fields than the header is taken for the same mistake.

Such a row is reported as a ``BadRow`` naming its first line, and reading goes on at the line
after it, as if the broken quote were not there: every following row is read and counted. A
strict error inside ONE line (``"Paris"France``) cannot have swallowed another row: that line is
read leniently, as before.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

# No limit of our own on a field's size (the whole file is in memory already): an over-long
# text fails its own article as too-large, with its id, after it is read.
MAX_CSV_FIELD = 2**31 - 1


@dataclass(frozen=True, slots=True)
class Row:
    """One record: its first physical line (1-based) and its fields by header name."""

    line: int
    fields: dict[str, str | None]


@dataclass(frozen=True, slots=True)
class BadRow:
    """A record that cannot be told apart from the rows after it."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What one strict reading from ``start`` gave: rows, then maybe a broken row."""

    items: list[Row | BadRow]
    resume: int | None  # the 0-based line to read on from, None at the end


def csv_header(text: str, delimiter: str = ",") -> list[str] | None:
    """The header of ``text`` (its first record), None when the text holds no record."""
    csv.field_size_limit(MAX_CSV_FIELD)
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), None)
    except csv.Error:
        return None


def csv_rows(text: str, delimiter: str = ",") -> Iterator[Row | BadRow]:
    """Every record of ``text`` after its header, in order; blank lines are skipped."""
    csv.field_size_limit(MAX_CSV_FIELD)
    lines = io.StringIO(text, newline="").readlines()
    header = _header(lines, delimiter)
    if header is None:
        return
    names, start = header
    position: int | None = start
    while position is not None:
        outcome = _read_from(lines, position, names, delimiter)
        yield from outcome.items
        position = outcome.resume


def _header(lines: list[str], delimiter: str) -> tuple[list[str], int] | None:
    reader = csv.reader(iter(lines), delimiter=delimiter)
    try:
        names = next(reader, None)
    except csv.Error:
        return None
    return (names, reader.line_num) if names is not None else None


def _read_from(lines: list[str], start: int, names: list[str], delimiter: str) -> _Outcome:
    items: list[Row | BadRow] = []
    reader = csv.reader(iter(lines[start:]), strict=True, delimiter=delimiter)
    done = 0  # lines consumed by the rows read so far
    while True:
        try:
            record = next(reader, None)
        except csv.Error as exc:
            return _broken(lines, start + done, start + reader.line_num, names, str(exc), items,
                           delimiter)
        if record is None:
            return _Outcome(items, None)
        first, last = start + done + 1, start + reader.line_num
        done = reader.line_num
        if not record:
            continue
        if last > first and len(record) > len(names):
            items.append(BadRow(first, _swallowed(first, last, len(record), len(names))))
            return _Outcome(items, first)
        items.append(Row(first, _fields(names, record)))


def _broken(lines: list[str], begin: int, failed_at: int, names: list[str], reason: str,
            items: list[Row | BadRow], delimiter: str) -> _Outcome:
    """The outcome when the record starting at 0-based line ``begin`` failed at ``failed_at``."""
    first = begin + 1
    if failed_at <= first:  # within one line: nothing else was swallowed
        try:
            lenient = next(csv.reader([lines[begin]], delimiter=delimiter), [])
        except csv.Error as exc:
            items.append(BadRow(first, f"unreadable row: {exc}"))
            lenient = []
        if lenient:
            items.append(Row(first, _fields(names, lenient)))
        return _Outcome(items, begin + 1 if begin + 1 < len(lines) else None)
    end = "the end of the file" if failed_at >= len(lines) else f"line {failed_at}"
    items.append(BadRow(first, f"unterminated quote: the field opened on line {first} runs to "
                               f"{end} ({reason}); the row is skipped and the rows after it "
                               "are read"))
    return _Outcome(items, begin + 1)


def _swallowed(first: int, last: int, found: int, wanted: int) -> str:
    return (f"unterminated quote: the row runs from line {first} to line {last} and has {found} "
            f"fields for {wanted} columns; the row is skipped and the rows after it are read")


def _fields(names: list[str], record: list[str]) -> dict[str, str | None]:
    """The record by header name (missing trailing fields are None, extra ones dropped)."""
    return {name: (record[index] if index < len(record) else None)
            for index, name in enumerate(names)}
