"""What a date expression looks like: the validated ``data/dates.yaml`` and the ``Matcher``
patterns built from its word lists (part of ``ew_dates``; resolution is in ``dates.py``).

One ``Matcher`` label per form, named after the resolver of that form: absolute dates ("iso",
"numeric", "month_day", "month_year", "year"), calendar words without a year ("month",
"weekday", "ordinal"), and relative expressions ("relative_day", "period", "ago", "in_units").
Overlapping matches are reduced to the longest (``longest_first``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.matcher import Matcher

from eventwire.datafiles import DataMeta, read_yaml_model
from eventwire.errors import DataError

DATES_FILE = "dates.yaml"
DAY_RE = r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$"
ORDINAL_RE = r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)$"
YEAR_RE = r"^(1[89]\d\d|20\d\d)$"
ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
NUMERIC_RE = r"^(\d{1,4})([/.])(\d{1,2})\2(\d{2}|\d{4})$"
VERB_TAGS = ["MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


class DatesData(BaseModel):
    """The validated contents of ``dates.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    meta: DataMeta = Field(alias="_meta")
    months: dict[str, int] = Field(min_length=12)
    month_abbreviations: dict[str, int] = {}
    weekdays: dict[str, int] = Field(min_length=7)
    day_parts: tuple[str, ...] = ()
    relative_days: dict[str, int] = {}
    shifts: dict[str, int] = {}
    periods: tuple[Literal["week", "month", "year"], ...] = ()
    period_modifiers: tuple[str, ...] = ()
    weekday_shifts: dict[str, int] = {}
    numbers: dict[str, int] = {}
    units: dict[str, Literal["day", "week", "month", "year"]] = {}
    ago: tuple[str, ...] = ("ago",)
    parts: tuple[str, ...] = ()
    bare_cues: tuple[str, ...] = ()
    year_noun_cues: tuple[str, ...] = ()
    future_auxiliaries: tuple[str, ...] = ()
    future_lemmas: tuple[str, ...] = ()
    future_governor_lemmas: tuple[str, ...] = ()
    future_governors: tuple[str, ...] = ()
    reporting_lemmas: tuple[str, ...] = ()
    numeric_order: dict[str, Literal["month_first", "day_first"]] = {}


def load_dates_data(path: Path | None = None) -> DatesData:
    """Read and validate ``dates.yaml`` (the bundled one unless ``path`` is given)."""
    data = read_yaml_model(DATES_FILE, path, DatesData)
    return _checked(data, str(path or DATES_FILE))


def _checked(data: DatesData, filename: str) -> DatesData:
    bad = [k for k, v in {**data.months, **data.month_abbreviations}.items() if not 1 <= v <= 12]
    bad += [k for k, v in data.weekdays.items() if not 0 <= v <= 6]
    bad += [k for k in data.numeric_order if k not in ("/", ".")]
    if bad:
        raise DataError(filename, None,
                        f"month or weekday numbers or date separators out of range: {bad}")
    return data


def word_list(values: Iterable[str]) -> list[str]:
    """The distinct lower-cased words of ``values``, sorted."""
    return sorted({v.lower() for v in values})


def build_matcher(nlp: Language, data: DatesData) -> Matcher:
    """The date patterns, one ``Matcher`` label per form (the resolver of that form)."""
    abbreviations = word_list(data.month_abbreviations)
    full = word_list(data.months)
    any_month = full + abbreviations + [a + "." for a in abbreviations]
    month: dict[str, Any] = {"LOWER": {"IN": full}, "IS_TITLE": True,
                             "TAG": {"NOT_IN": VERB_TAGS}}
    month_any: dict[str, Any] = {**month, "LOWER": {"IN": any_month}}
    day = {"TEXT": {"REGEX": DAY_RE}}
    year = {"TEXT": {"REGEX": YEAR_RE}}
    weekday = {"LOWER": {"IN": word_list(data.weekdays)}, "IS_TITLE": True}
    comma = {"ORTH": ",", "OP": "?"}
    dash = {"ORTH": "-", "OP": "?"}
    part = {"LOWER": {"IN": word_list(data.parts)}, "OP": "?"}
    number = {"LOWER": {"IN": word_list(data.numbers)}}
    unit = {"LOWER": {"IN": word_list(data.units)}}
    matcher = Matcher(nlp.vocab)
    matcher.add("iso", [[year, {"ORTH": "-"}, {"SHAPE": "dd"}, {"ORTH": "-"}, {"SHAPE": "dd"}]])
    matcher.add("numeric", [[{"TEXT": {"REGEX": NUMERIC_RE}}]])
    to_day: list[dict[str, Any]] = [{"ORTH": {"IN": ["-", "–", "to"]}}, day]  # "Feb. 4-6"
    matcher.add("month_day", [
        [month_any, day], [month_any, day, comma, year],
        [month_any, day, *to_day], [month_any, day, *to_day, comma, year],
        [day, *to_day, month_any], [day, *to_day, month_any, year],
        [weekday, comma, month_any, day], [weekday, comma, month_any, day, comma, year],
        [day, month_any], [day, month_any, year],
        [{"LOWER": "the"}, day, {"LOWER": "of"}, month],
        [{"LOWER": "the"}, day, {"LOWER": "of"}, month, comma, year],
    ])
    matcher.add("month_year", [[part, dash, month, {"LOWER": "of", "OP": "?"}, year]])
    matcher.add("month", [[part, dash, month]])
    matcher.add("year", [[part, dash, year]])
    matcher.add("weekday", [[{"LOWER": {"IN": word_list(data.weekday_shifts)}, "OP": "?"}, weekday,
                             {"LOWER": {"IN": word_list(data.day_parts)}, "OP": "?"}]])
    matcher.add("relative_day", [[{"LOWER": w} for w in p.split()] for p in data.relative_days])
    matcher.add("period", [[{"LOWER": {"IN": word_list(data.period_modifiers)}, "OP": "?"},
                            {"LOWER": {"IN": word_list(data.shifts)}},
                            {"LOWER": {"IN": list(data.periods)}}]])
    ago = {"LOWER": {"IN": word_list(data.ago)}}
    matcher.add("ago", [[number, unit, ago], [{"IS_DIGIT": True}, unit, ago]])
    matcher.add("in_units", [[{"LOWER": "in"}, number, unit],
                             [{"LOWER": "in"}, {"IS_DIGIT": True}, unit]])
    matcher.add("ordinal", [[{"LOWER": "on"}, {"LOWER": "the"}, {"TEXT": {"REGEX": ORDINAL_RE}}]])
    return matcher


def longest_first(matches: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches, preferring the longest (then the earliest)."""
    kept: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for label, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if taken.isdisjoint(range(start, end)):
            kept.append((label, start, end))
            taken.update(range(start, end))
    return sorted(kept, key=lambda m: m[1])


__all__ = [
    "DATES_FILE",
    "DAY_RE",
    "ISO_RE",
    "NUMERIC_RE",
    "YEAR_RE",
    "DatesData",
    "build_matcher",
    "load_dates_data",
    "longest_first",
    "word_list",
]
