"""What a date expression looks like: the validated ``data/dates.yaml`` and the ``Matcher``
patterns built from its word lists (part of ``ew_dates``; resolution is in ``dates.py``).

One ``Matcher`` label per form, named after the resolver of that form: absolute dates ("iso",
"numeric", "month_day", "month_year", "year"), calendar words without a year ("month",
"weekday", "ordinal"), relative expressions ("relative_day", "period", "ago", "in_units"),
decades ("decade") and expressions relative to an earlier date of the text ("anchored",
"anchored_day", "anchored_units").
Overlapping matches are reduced to the longest (``longest_first``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from eventwire.datafiles import DataMeta, read_yaml_model
from eventwire.errors import DataError

DATES_FILE = "dates.yaml"
DAY_RE = r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$"
ORDINAL_RE = r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)$"
YEAR_RE = r"^(1[89]\d\d|20\d\d)$"
DECADE_RE = r"^(1[89]\d0|20\d0)s$"
ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
NUMERIC_RE = r"^(\d{1,4})([/.])(\d{1,2})\2(\d{2}|\d{4})$"
VERB_TAGS = ["MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


class HistoricDay(BaseModel):
    """An event the news names by its month and day alone ("the Sept. 11 attacks"): its day,
    the nouns (as written) that the month and day name it with, its name."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    year: int = Field(ge=1000, le=2999)
    nouns: tuple[str, ...] = Field(min_length=1)
    name: str = Field(min_length=1)

    @model_validator(mode="after")
    def _a_real_day(self) -> HistoricDay:
        try:
            date(self.year, self.month, self.day)
        except ValueError as error:
            raise ValueError(f"{self.name}: no such day") from error
        return self


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
    # Shifts that after "the" name the span ending at publication ("the past week").
    rolling_shifts: tuple[str, ...] = ()
    weekday_shifts: dict[str, int] = {}
    # "between March 3 and March 5", "from Monday to Wednesday" (``date_ranges``).
    range_openers: dict[str, tuple[str, ...]] = {}
    # "over the weekend", "last weekend" (``date_weekend``).
    weekend_words: tuple[str, ...] = ()
    # Spans from publication ("in the coming weeks", "in recent days") and seasons
    # (``date_spans``).
    span_shifts: dict[str, int] = {}
    span_after: dict[str, int] = {}
    span_days: dict[str, int] = {}
    span_preps: tuple[str, ...] = ()
    seasons: dict[str, tuple[int, int]] = {}
    southern_countries: frozenset[str] = frozenset()  # ``date_hemisphere``
    year_sharing_joiners: tuple[str, ...] = ()
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
    invariant_lemmas: tuple[str, ...] = ()
    # Future in the past ("said he would visit on Monday") and the infinitive of a noun of
    # intent ("plans to visit in October"): ``date_tense``.
    reported_future_auxiliaries: tuple[str, ...] = ()
    future_in_past_governors: tuple[str, ...] = ()
    future_nouns: tuple[str, ...] = ()
    numeric_order: dict[str, Literal["month_first", "day_first"]] = {}
    # How many days after publication a day in the clause of an act reported as occurred makes
    # it a scheduled act (planned; ``assemble.reconcile_with_report``).
    scheduled_days: int = Field(default=0, ge=0)
    # CAMEO roots of acts announcing another act: a coming day dates the announced act.
    announcing_roots: tuple[str, ...] = ()
    # Limits of an act rather than its date (``date_roles.is_limit``).
    limit_preps: tuple[str, ...] = ()
    edge_nouns: tuple[str, ...] = ()
    limit_nouns: tuple[str, ...] = ()
    comparison_words: tuple[str, ...] = ()
    # "today" as "nowadays" (``date_roles.nowadays``).
    nowadays_words: tuple[str, ...] = ()
    era_nouns: tuple[str, ...] = ()
    # "the eve of <event>": the day before it (``date_roles.eve_mentions``).
    eve_nouns: dict[str, int] = {}
    # Phrases that name no time (``date_roles.not_a_date``).
    name_months: tuple[str, ...] = ()
    instrument_nouns: tuple[str, ...] = ()
    # Comments on a dated event noun, which the noun's date does not date.
    reaction_roots: tuple[str, ...] = ()
    # Markers of a clause of the same time as the clause it hangs from (``event_dates``).
    same_time_marks: tuple[str, ...] = ()
    # Verbs that end the event their object names (``event_dates``).
    ending_lemmas: tuple[str, ...] = ()
    # Verbs that ask for the event their object names (``date_nouns.requested_noun``).
    request_lemmas: tuple[str, ...] = ()
    # Prepositions of an act's setting: a month and day before their noun dates the act.
    setting_preps: tuple[str, ...] = ()
    # Capitalised words that make a weekday after them a name ("Black Friday").
    day_name_words: tuple[str, ...] = ()
    topic_preps: tuple[str, ...] = ()
    # Events named by their month and day alone, and "the <nth> anniversary of" them
    # (``date_history``).
    historic_days: tuple[HistoricDay, ...] = ()
    anniversary_nouns: tuple[str, ...] = ()
    ordinal_words: dict[str, int] = {}
    # Dates named from an earlier date of the text (``date_roles.resolve_anchored``).
    anchor_shifts: dict[str, int] = {}
    anchor_days: dict[str, int] = {}
    anchor_directions: dict[str, int] = {}


@lru_cache(maxsize=1)
def bundled_dates_data() -> DatesData:
    """The bundled ``dates.yaml``, read once per process."""
    return load_dates_data()


def load_dates_data(path: Path | None = None) -> DatesData:
    """Read and validate ``dates.yaml`` (the bundled one unless ``path`` is given)."""
    data = read_yaml_model(DATES_FILE, path, DatesData)
    return _checked(data, str(path or DATES_FILE))


def _checked(data: DatesData, filename: str) -> DatesData:
    bad = [k for k, v in {**data.months, **data.month_abbreviations}.items() if not 1 <= v <= 12]
    bad += [k for k, v in data.weekdays.items() if not 0 <= v <= 6]
    bad += [k for k in data.numeric_order if k not in ("/", ".")]
    bad += [k for k, v in data.seasons.items() if not all(1 <= m <= 12 for m in v)]
    if bad:
        raise DataError(filename, None,
                        f"month or weekday numbers or date separators out of range: {bad}")
    return data


def word_list(values: Iterable[str]) -> list[str]:
    """The distinct lower-cased words of ``values``, sorted."""
    return sorted({v.lower() for v in values})


def date_patterns(data: DatesData) -> dict[str, list[list[dict[str, Any]]]]:
    """The date patterns by ``Matcher`` label (the resolver of that form)."""
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
    to_day: list[dict[str, Any]] = [{"ORTH": {"IN": ["-", "–", "to"]}}, day]  # "Feb. 4-6"
    ago = {"LOWER": {"IN": word_list(data.ago)}}
    later = {"LOWER": {"IN": word_list(data.anchor_directions)}}
    the = {"LOWER": "the", "OP": "?"}
    plural = {"LOWER": {"IN": word_list(w for w, u in data.units.items() if w != u)}}
    span_shift = {"LOWER": {"IN": word_list(data.span_shifts)}}
    season = {"LOWER": {"IN": word_list(data.seasons)}}
    return {
        "iso": [[year, {"ORTH": "-"}, {"SHAPE": "dd"}, {"ORTH": "-"}, {"SHAPE": "dd"}]],
        "numeric": [[{"TEXT": {"REGEX": NUMERIC_RE}}]],
        "month_day": [
            [month_any, day], [month_any, day, comma, year],
            [month_any, day, *to_day], [month_any, day, *to_day, comma, year],
            [day, *to_day, month_any], [day, *to_day, month_any, year],
            [weekday, comma, month_any, day], [weekday, comma, month_any, day, comma, year],
            [day, month_any], [day, month_any, year],
            [{"LOWER": "the"}, day, {"LOWER": "of"}, month],
            [{"LOWER": "the"}, day, {"LOWER": "of"}, month, comma, year],
        ],
        "month_year": [[part, dash, month, {"LOWER": "of", "OP": "?"}, year]],
        "month": [[part, dash, month]],
        "month_shift": [[part, dash, month, {"LOWER": "of", "OP": "?"},
                         {"LOWER": {"IN": word_list(data.shifts)}}, {"LOWER": "year"}]],
        "year": [[part, dash, year]],
        "weekday": [[{"LOWER": {"IN": word_list(data.weekday_shifts)}, "OP": "?"}, weekday,
                     {"LOWER": {"IN": word_list(data.day_parts)}, "OP": "?"}]],
        "weekend": [[{"LOWER": {"IN": word_list(["the", *data.weekday_shifts])}},
                     {"LOWER": {"IN": word_list(data.weekend_words)}}]],
        "weekday_week": [[weekday, {"LOWER": {"IN": word_list(data.day_parts)}, "OP": "?"},
                          {"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": word_list(data.shifts)}},
                          {"LOWER": "week"}]],
        "relative_day": [[{"LOWER": w} for w in p.split()] for p in data.relative_days],
        "period": [[{"LOWER": {"IN": word_list(data.period_modifiers)}, "OP": "?"},
                    {"LOWER": {"IN": word_list(data.shifts)}},
                    {"LOWER": {"IN": list(data.periods)}}]],
        "ago": [[number, unit, ago], [{"IS_DIGIT": True}, unit, ago]],
        "in_units": [[{"LOWER": "in"}, number, unit], [{"LOWER": "in"}, {"IS_DIGIT": True}, unit]],
        "ordinal": [[{"LOWER": "on"}, {"LOWER": "the"}, {"TEXT": {"REGEX": ORDINAL_RE}}]],
        "decade": [[part, dash, {"TEXT": {"REGEX": DECADE_RE}}]],
        "span": [[the, span_shift, plural], [the, span_shift, number, plural],
                 [the, span_shift, {"IS_DIGIT": True}, plural],
                 [the, plural, {"LOWER": {"IN": word_list(data.span_after)}}],
                 [{"LOWER": "the"}, {"LOWER": {"IN": word_list(data.rolling_shifts)}},
                  {"LOWER": {"IN": list(data.periods)}}]],
        "season": [[{"LOWER": {"IN": word_list(data.weekday_shifts)}}, season],
                   [the, part, dash, season],
                   [the, part, dash, season, {"LOWER": "of", "OP": "?"}, year]],
        "anchored": [[{"LOWER": "the"}, {"LOWER": {"IN": word_list(data.anchor_shifts)}},
                      {"LOWER": {"IN": ["day", *data.periods]}}]],
        "anchored_day": [[{"LOWER": w} for w in p.split()] for p in data.anchor_days],
        "anchored_units": [[number, unit, later], [{"IS_DIGIT": True}, unit, later]],
    }


def build_matcher(nlp: Language, data: DatesData) -> Matcher:
    """The date patterns, one ``Matcher`` label per form (the resolver of that form)."""
    matcher = Matcher(nlp.vocab)
    for label, patterns in date_patterns(data).items():
        matcher.add(label, patterns)
    return matcher


# Regular expressions of the patterns that only a token with a digit can match.
DIGIT_REGEXES = frozenset({DAY_RE, YEAR_RE, DECADE_RE, NUMERIC_RE, ORDINAL_RE})
TokenSpec = dict[str, Any]
# What a token must be to fit one pattern token: one of these lower-case words, or (``True``) a
# token holding a digit.
Need = frozenset[str] | bool
# How a token fits the patterns (``DateMatcher``): any pattern token, or an anchor.
FITS, ANCHOR = 1, 2


def token_need(spec: TokenSpec) -> Need | None:
    """What a token must be to fit ``spec`` (``None`` when the spec says nothing this module
    can read cheaply: a new kind of pattern token then turns the prefilter off, not wrong)."""
    if spec.get("OP", "?") != "?":
        return None
    for key in ("LOWER", "ORTH"):
        value = spec.get(key)
        if isinstance(value, str):
            return frozenset({value.lower()})
        if isinstance(value, dict):
            words = value.get("IN") if list(value) == ["IN"] else None
            return frozenset(w.lower() for w in words) if words is not None else None
    text = spec.get("TEXT")
    if isinstance(text, dict) and list(text) == ["REGEX"] and text["REGEX"] in DIGIT_REGEXES:
        return True
    if spec.get("IS_DIGIT") is True or "d" in str(spec.get("SHAPE", "")):
        return True
    return None


def _anchor(pattern: list[TokenSpec]) -> Need | None:
    """The need of one token every match of ``pattern`` has: a digit if some required token
    needs one, else the last required token (a noun or "ago": rarer than "in" or "last")."""
    needs = [token_need(spec) for spec in pattern if "OP" not in spec]
    if not needs or any(need is None for need in needs):
        return None
    return True if True in needs else needs[-1]


class DateMatcher:
    """The date ``Matcher`` run only where a date can be: over each run of tokens that all fit
    some pattern token and that holds an anchor, a token that one required token of some
    pattern needs. Every match lies in such a run, and the patterns read nothing but each
    token's own attributes, so the matches are those of the whole doc; most of a text (and
    every text without a date word or a number) is never matched at all."""

    def __init__(self, nlp: Language, data: DatesData) -> None:
        patterns = date_patterns(data)
        self.matcher = Matcher(nlp.vocab)
        for label, rows in patterns.items():
            self.matcher.add(label, rows)
        rows = [row for table in patterns.values() for row in table]
        fits = [token_need(spec) for row in rows for spec in row]
        anchors = [_anchor(row) for row in rows]
        self.filtered = None not in fits and None not in anchors
        self.words = frozenset(w for need in fits if isinstance(need, frozenset) for w in need)
        self.digits = True in fits
        self.anchor_words = frozenset(
            w for need in anchors if isinstance(need, frozenset) for w in need)
        self.anchor_digits = True in anchors
        self._kinds: dict[int, int] = {}  # a token's ORTH -> FITS, ANCHOR or 0

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(label, start, end)`` of every match, as the ``Matcher`` finds them on ``doc``."""
        if not self.filtered:
            return list(self.matcher(doc))
        found: list[tuple[int, int, int]] = []
        for start, end in self._runs(doc):
            found += [(label, start + s, start + e)
                      for label, s, e in self.matcher(doc[start:end])]
        return found

    def _runs(self, doc: Doc) -> list[tuple[int, int]]:
        """``[start, end)`` of each run of fitting tokens that holds an anchor."""
        runs: list[tuple[int, int]] = []
        start, anchored = -1, False
        strings = doc.vocab.strings
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            kind = self._kinds.get(orth)
            if kind is None:
                kind = self._kinds[orth] = self._kind(strings[orth])
            if not kind:
                if anchored:
                    runs.append((start, i))
                start, anchored = -1, False
                continue
            if start < 0:
                start = i
            anchored = anchored or kind == ANCHOR
        if anchored:
            runs.append((start, len(doc)))
        return runs

    def _kind(self, text: str) -> int:
        lower = text.lower()
        digit = any(c.isdigit() for c in text)
        if lower in self.anchor_words or (digit and self.anchor_digits):
            return ANCHOR
        return FITS if lower in self.words or (digit and self.digits) else 0


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
    "DECADE_RE",
    "DateMatcher",
    "ISO_RE",
    "NUMERIC_RE",
    "YEAR_RE",
    "DatesData",
    "HistoricDay",
    "build_matcher",
    "date_patterns",
    "load_dates_data",
    "longest_first",
    "word_list",
]
