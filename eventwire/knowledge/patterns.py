"""Trigger patterns: the JSONL format, its validation and a lookup index by lemma.

A trigger dictionary is a JSONL file whose first line is ``{"_meta": {...}}`` (version, source,
license, description) and whose other lines are one :class:`TriggerPattern` each. The format is
documented in ``docs/patterns.md``. Every error names the file, the line and the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from eventwire.errors import DataError

CODE_RE = re.compile(r"^\d{2,4}$")
ID_RE = r"^[a-z0-9][a-z0-9_.\-]*$"
WORD_RE = re.compile(r"^[a-z0-9][a-z0-9'.]*$")
PHRASE_SPLIT = re.compile(r"[\s\-]+")
BUNDLED_DIR = Path(__file__).resolve().parents[1] / "data" / "triggers"
USER_SUFFIX = ".triggers.jsonl"

Variant = tuple[str, ...]
WORD_LISTS = ("forms", "object", "xcomp", "modifier", "governor", "target_preps", "source_preps")


class DictionaryMeta(BaseModel):
    """The ``_meta`` header of a trigger dictionary file."""

    model_config = ConfigDict(extra="allow", frozen=True)

    version: str = Field(min_length=1)
    source: str = Field(min_length=1)
    license: str = Field(min_length=1)
    description: str = ""


def _as_tuple(value: object) -> object:
    """Accept a single string where a list of words is expected."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(value)
    return value


def _check_word(word: str) -> str:
    cleaned = word.strip().lower()
    if not WORD_RE.match(cleaned):
        raise ValueError(f"{word!r} is not a single lower-case word")
    return cleaned


class TriggerPattern(BaseModel):
    """One trigger: a head lemma (or phrase) with optional dependency constraints and a code."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=ID_RE)
    code: str | None
    lemma: str = Field(min_length=1)
    pos: Literal["VERB", "NOUN", "ANY"]
    forms: tuple[str, ...] = ()
    particle: str | None = None
    prep: str | None = None
    object: tuple[str, ...] = ()
    xcomp: tuple[str, ...] = ()
    modifier: tuple[str, ...] = ()
    governor: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    inverse_code: str | None = None
    note: str | None = None
    source: str = Field(min_length=1)

    @field_validator("code", "inverse_code")
    @classmethod
    def _code_format(cls, value: str | None) -> str | None:
        if value is not None and not CODE_RE.match(value):
            raise ValueError(f"CAMEO code {value!r} must be 2-4 digits as a string, e.g. '036'")
        return value

    @field_validator("lemma")
    @classmethod
    def _lemma_words(cls, value: str) -> str:
        lemma = value.strip().lower()
        for part in PHRASE_SPLIT.split(lemma):
            _check_word(part)
        return lemma

    @field_validator("particle", "prep")
    @classmethod
    def _single_word(cls, value: str | None) -> str | None:
        return None if value is None else _check_word(value)

    @field_validator(*WORD_LISTS, mode="before")
    @classmethod
    def _word_list(cls, value: Any) -> Any:
        return _as_tuple(value)

    @field_validator(*WORD_LISTS)
    @classmethod
    def _words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_word(word) for word in value)

    @property
    def parts(self) -> Variant:
        """The lemma's words: ``"build-up"`` -> ``("build", "up")``."""
        return tuple(PHRASE_SPLIT.split(self.lemma))

    @property
    def variants(self) -> tuple[Variant, ...]:
        """Token sequences that spell the lemma.

        A hyphenated lemma also matches written solid ("buildup"); ``forms`` adds single-token
        spellings the lemmatizer does not map to the lemma ("staged" -> "stag").
        """
        parts = self.parts
        found = [parts]
        if "-" in self.lemma:
            found.append(("".join(parts),))
        found.extend((form,) for form in self.forms if (form,) not in found)
        return tuple(found)

    @property
    def blocks(self) -> bool:
        """A null-code pattern: when it wins at a token, that token is no trigger."""
        return self.code is None

    @property
    def constraint_count(self) -> int:
        lists = (self.object, self.xcomp, self.modifier, self.governor)
        singles = (self.particle, self.prep)
        return sum(1 for item in lists if item) + sum(1 for item in singles if item)

    @property
    def specificity(self) -> int:
        """Constraints the pattern requires plus its length in words: higher wins at a token."""
        return self.constraint_count + len(self.parts)


@dataclass(frozen=True, slots=True)
class Origin:
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class IndexedVariant:
    """A spelling of a pattern, filed under its first word."""

    words: Variant
    pattern: TriggerPattern
    order: int


@dataclass(frozen=True)
class PatternSet:
    """Validated patterns with their provenance and an index by first word."""

    patterns: tuple[TriggerPattern, ...]
    origins: dict[str, Origin]
    metas: dict[str, DictionaryMeta]
    index: dict[str, tuple[IndexedVariant, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.patterns)

    def __iter__(self) -> Iterator[TriggerPattern]:
        return iter(self.patterns)

    def candidates(self, word: str) -> tuple[IndexedVariant, ...]:
        """Pattern spellings whose first word is ``word`` (a lower-case lemma or form)."""
        return self.index.get(word, ())

    def codes(self) -> set[str]:
        found = {p.code for p in self.patterns} | {p.inverse_code for p in self.patterns}
        return {code for code in found if code is not None}


def _build_index(patterns: Iterable[TriggerPattern]) -> dict[str, tuple[IndexedVariant, ...]]:
    grouped: dict[str, list[IndexedVariant]] = {}
    for order, pattern in enumerate(patterns):
        for words in pattern.variants:
            grouped.setdefault(words[0], []).append(IndexedVariant(words, pattern, order))
    return {key: tuple(items) for key, items in grouped.items()}


def _first_error(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "line"
        problems.append(f"{where}: {error['msg']}")
    return "; ".join(problems)


def _parse_json(path: str, number: int, line: str) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DataError(path, number, f"invalid JSON: {exc.msg}") from exc
    if not isinstance(row, dict):
        raise DataError(path, number, "each line must be a JSON object")
    return row


def _parse_meta(path: str, number: int, row: dict[str, Any]) -> DictionaryMeta:
    if set(row) != {"_meta"} or not isinstance(row["_meta"], dict):
        raise DataError(path, number, 'the first line must be {"_meta": {version, source, ...}}')
    try:
        return DictionaryMeta.model_validate(row["_meta"])
    except ValidationError as exc:
        raise DataError(path, number, f"invalid _meta: {_first_error(exc)}") from exc


def _parse_pattern(path: str, number: int, row: dict[str, Any]) -> TriggerPattern:
    try:
        return TriggerPattern.model_validate(row)
    except ValidationError as exc:
        raise DataError(path, number, f"invalid pattern: {_first_error(exc)}") from exc


def read_pattern_file(path: Path) -> tuple[DictionaryMeta, list[tuple[int, TriggerPattern]]]:
    """The header and the numbered patterns of one JSONL file."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(name, None, f"cannot read trigger dictionary: {exc}") from exc
    meta: DictionaryMeta | None = None
    patterns: list[tuple[int, TriggerPattern]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        row = _parse_json(name, number, line)
        if meta is None:
            meta = _parse_meta(name, number, row)
            continue
        if "_meta" in row:
            raise DataError(name, number, "_meta may only appear on the first line")
        patterns.append((number, _parse_pattern(name, number, row)))
    if meta is None:
        raise DataError(name, None, "empty trigger dictionary (no _meta header)")
    return meta, patterns


def load_patterns(paths: Iterable[Path | str]) -> PatternSet:
    """Load and validate trigger dictionaries; pattern ids must be unique across all files."""
    patterns: list[TriggerPattern] = []
    origins: dict[str, Origin] = {}
    metas: dict[str, DictionaryMeta] = {}
    for raw in paths:
        path = Path(raw)
        meta, numbered = read_pattern_file(path)
        metas[str(path)] = meta
        for number, pattern in numbered:
            if pattern.id in origins:
                first = origins[pattern.id]
                reason = f"duplicate pattern id {pattern.id!r} (first at {first.path}:{first.line})"
                raise DataError(str(path), number, reason)
            origins[pattern.id] = Origin(str(path), number)
            patterns.append(pattern)
    return PatternSet(tuple(patterns), origins, metas, _build_index(patterns))


def validate_codes(pattern_set: PatternSet, known_codes: Collection[str]) -> None:
    """Raise ``DataError`` at the first pattern whose code is not in ``known_codes``."""
    for pattern in pattern_set:
        for code in (pattern.code, pattern.inverse_code):
            if code is not None and code not in known_codes:
                origin = pattern_set.origins[pattern.id]
                raise DataError(origin.path, origin.line, f"unknown CAMEO code {code!r}")


def bundled_pattern_paths() -> list[Path]:
    """The trigger dictionaries shipped with eventwire, in a stable order."""
    return sorted(BUNDLED_DIR.glob("*.jsonl"))


def user_pattern_paths(locations: Iterable[Path | str]) -> list[Path]:
    """Trigger files in user dictionary locations.

    A directory contributes ``triggers/*.jsonl`` and ``*.triggers.jsonl``; a file is taken when
    its name ends with ``.triggers.jsonl`` or it sits in a ``triggers`` directory.
    """
    found: list[Path] = []
    for raw in locations:
        path = Path(raw)
        if path.is_dir():
            found += sorted((path / "triggers").glob("*.jsonl"))
            found += sorted(path.glob(f"*{USER_SUFFIX}"))
        elif path.name.endswith(USER_SUFFIX) or path.parent.name == "triggers":
            found.append(path)
    return found


@lru_cache(maxsize=1)
def bundled_patterns() -> PatternSet:
    """The shipped trigger dictionaries (loaded once per process)."""
    return load_patterns(bundled_pattern_paths())
