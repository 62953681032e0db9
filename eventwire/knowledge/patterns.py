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
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from eventwire.datafiles import gc_paused
from eventwire.errors import DataError
from eventwire.knowledge.cache import cached

CODE_RE = re.compile(r"^\d{2,4}$")
ID_RE = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$"
WORD_RE = re.compile(r"^[a-z0-9][a-z0-9'.]*$")
PHRASE_SPLIT = re.compile(r"[\s\-]+")
BUNDLED_DIR = Path(__file__).resolve().parents[1] / "data" / "triggers"
USER_SUFFIX = ".triggers.jsonl"
PETRARCH_SUFFIX = ".txt"

Variant = tuple[str, ...]
WORD_LISTS = (
    "object", "xcomp", "modifier", "governor", "target_preps", "source_preps",
    "target_after",
    "subject", "subject_modifier", "object_modifier", "predicate", "participle",
)


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


@cache
def _check_word(word: str) -> str:
    cleaned = word.strip().lower()
    if not WORD_RE.match(cleaned):
        raise ValueError(f"{word!r} is not a single lower-case word")
    return cleaned


@cache
def _check_lemma(value: str) -> str:
    lemma = value.strip().lower()
    for part in _split(lemma):
        _check_word(part)
    return lemma


@cache
def _split(lemma: str) -> Variant:
    return tuple(PHRASE_SPLIT.split(lemma))


@cache
def _spellings(lemma: str) -> tuple[Variant, ...]:
    """A lemma's words, and a hyphenated lemma also written solid."""
    parts = _split(lemma)
    return (parts, ("".join(parts),)) if "-" in lemma else (parts,)


class PrepArgument(BaseModel):
    """A prepositional argument: one of ``prep`` hangs on the head (or its object), optionally
    with one of ``object`` as its object and one of ``modifier`` modifying that object."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prep: tuple[str, ...] = Field(min_length=1)
    object: tuple[str, ...] = ()
    modifier: tuple[str, ...] = ()
    compound: bool = False

    @field_validator("prep", "object", "modifier", mode="before")
    @classmethod
    def _word_list(cls, value: Any) -> Any:
        return _as_tuple(value)

    @field_validator("prep", "object", "modifier")
    @classmethod
    def _words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_word(word) for word in value)

    @property
    def weight(self) -> int:
        return 1 + bool(self.object) + bool(self.modifier) + self.compound


class TriggerPattern(BaseModel):
    """One trigger: a head lemma (or phrase) with optional dependency constraints and a code."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=ID_RE)
    code: str | None
    lemma: str = Field(min_length=1)
    also: tuple[str, ...] = ()
    pos: Literal["VERB", "NOUN", "ANY"]
    forms: tuple[str, ...] = ()
    particle: str | None = None
    prep: str | None = None
    object: tuple[str, ...] = ()
    xcomp: tuple[str, ...] = ()
    # With xcomp: the open complement's verb has this particle ("called for the mayor to
    # step *down*", not to "step up" its efforts; trigger_clauses.complements). Counts one.
    xcomp_particle: str | None = None
    modifier: tuple[str, ...] = ()
    governor: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    subject_modifier: tuple[str, ...] = ()
    object_modifier: tuple[str, ...] = ()
    object_slots: tuple[tuple[str, ...], ...] = ()
    compound_subject: bool = False
    # The verb's clausal complement is an indirect question ("asked whether", "asked why").
    question: bool = False
    # PETRARCH's "_" (closed connector): no word between the subject word and the verb, or
    # between the object's modifiers and the object.
    subject_adjacent: bool = False
    object_adjacent: bool = False
    subject_target: bool = False
    # PETRARCH's role marker beside a subject word that is a verb governing the trigger's
    # clause: written before it ("+ HOSTING *") that verb's subject is the target, after it
    # ("NOTED + *") the source.
    governor_side: Literal["", "target", "source"] = ""
    preps: tuple[PrepArgument, ...] = ()
    target_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    target_after: tuple[str, ...] = ()
    # PETRARCH's "+ * WORD $", "* WORD ^ +": the other side is the n-th actor after the object.
    after_object: int = Field(default=0, ge=0, le=4)
    inverse_code: str | None = None
    fallback: bool = False
    # The pattern yields an event only with a source or a target (a converted dictionary's bare
    # verb line: PETRARCH codes nothing without actors).
    needs_actor: bool = False
    # The pattern yields an event only with a source: a bare verb line whose sense without an
    # agent is no act ("the scandal surrounding the general", "was given the impression").
    needs_source: bool = False
    # The head's only complement is verbal: no object or recipient ("helped to plan the raid",
    # "assisted in planning it"; trigger_complements.verbal_complement_only).
    verbal_complement: bool = False
    # The verb names what its object is or is like: an object predicate ("called it a
    # response", "called the strikes disproportionate"; trigger_complements). Counts two
    # constraints, the object and its predicate.
    object_predicate: bool = False
    # With object_predicate: the predicate, a conjunct of it or a modifier before it is one of
    # these words ("called the raid *an outrageous* provocation"; trigger_clauses). Counts one
    # constraint.
    predicate: tuple[str, ...] = ()
    # A participle clause after the head has one of these verbs ("attacked the governor,
    # *saying* ..."; trigger_clauses). Counts one constraint.
    participle: tuple[str, ...] = ()
    # A noun without a determiner or possessor: the idiom "on strike", not "on the strike"
    # (trigger_constraints). Counts one constraint.
    bare: bool = False
    # A singular noun head, not a plural ("demand stays solid", a mass noun's sense; not
    # "demands for his resignation grew"; trigger_constraints). A filter of the head's number:
    # counts no constraint, so it changes no pattern's rank.
    singular: bool = False
    # The head's object is a named place, a country, city or region the parser tags GPE or
    # LOC ("the Taliban took *Kabul*"; trigger_constraints). Counts one constraint.
    place_object: bool = False
    # The head has a clausal complement and no object: "charged *that* the court erred"
    # (trigger_complements.clause_only).
    clause_complement: bool = False
    # With clause_complement: the clause states something (indicative: "suggested that the
    # talks *had failed*"), no act proposed in the subjunctive ("suggested that they *meet*",
    # "that he *should resign*"; trigger_complements.indicative_clause).
    indicative: bool = False
    note: str | None = None
    source: str = Field(min_length=1)

    @field_validator("code", "inverse_code")
    @classmethod
    def _code_format(cls, value: str | None) -> str | None:
        if value is not None and not CODE_RE.match(value):
            raise ValueError(f"CAMEO code {value!r} must be 2-4 digits as a string, e.g. '036'")
        return value

    @field_validator("object_slots", mode="before")
    @classmethod
    def _slot_lists(cls, value: Any) -> Any:
        return tuple(_as_tuple(slot) for slot in value) if isinstance(value, list) else value

    @field_validator("object_slots")
    @classmethod
    def _slot_words(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(_check_word(word) for word in slot) for slot in value)

    @field_validator("lemma")
    @classmethod
    def _lemma_words(cls, value: str) -> str:
        return _check_lemma(value)

    @field_validator("also", mode="before")
    @classmethod
    def _also_list(cls, value: Any) -> Any:
        return _as_tuple(value)

    @field_validator("also")
    @classmethod
    def _also_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_lemma(lemma) for lemma in value)

    @field_validator("particle", "prep", "xcomp_particle")
    @classmethod
    def _single_word(cls, value: str | None) -> str | None:
        return None if value is None else _check_word(value)

    @field_validator("forms", mode="before")
    @classmethod
    def _form_list(cls, value: Any) -> Any:
        return _as_tuple(value)

    @field_validator("forms")
    @classmethod
    def _form_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """A form is one word, or a phrasal verb's form in words ("blown up")."""
        return tuple(_check_lemma(form) for form in value)

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
        return _split(self.lemma)

    @property
    def lemma_spellings(self) -> tuple[Variant, ...]:
        """The words of ``lemma`` and ``also`` (not ``forms``)."""
        return tuple(_split(lemma) for lemma in (self.lemma, *self.also))

    @property
    def variants(self) -> tuple[Variant, ...]:
        """Token sequences that spell the lemma.

        A hyphenated lemma also matches written solid ("buildup"); ``forms`` adds single-token
        spellings the lemmatizer does not map to the lemma ("staged" -> "stag"), or of a phrasal
        verb in words ("blown up").
        """
        found = [spelling for lemma in (self.lemma, *self.also) for spelling in _spellings(lemma)]
        found.extend(_split(form) for form in self.forms)
        return tuple(dict.fromkeys(found))

    @property
    def needs(self) -> tuple[frozenset[str], ...]:
        """Word sets of which the text must hold one each for the constraints to be met."""
        lists = [
            self.object, self.xcomp, self.modifier, self.governor, self.subject,
            self.subject_modifier, self.object_modifier, self.predicate, self.participle,
            (self.particle,) if self.particle else (), (self.prep,) if self.prep else (),
            (self.xcomp_particle,) if self.xcomp_particle else (),
        ]
        for argument in self.preps:
            lists += [argument.prep, argument.object, argument.modifier]
        lists += list(self.object_slots)
        return tuple(frozenset(words) for words in lists if words)

    @property
    def blocks(self) -> bool:
        """A null-code pattern without an inverse code: when it wins at a token, that token is
        no trigger."""
        return self.code is None and self.inverse_code is None

    @property
    def constraint_count(self) -> int:
        lists = (
            self.object, self.xcomp, self.modifier, self.governor,
            self.subject, self.subject_modifier, self.object_modifier, self.predicate,
            self.participle,
        )
        singles = (self.particle, self.prep, self.xcomp_particle, self.compound_subject,
                   self.question,
                   self.verbal_complement, self.object_predicate, self.clause_complement,
                   self.indicative, self.bare, self.place_object)
        own = sum(1 for item in lists if item) + sum(1 for item in singles if item)
        slots = max(len(self.object_slots) - 1, 0)  # object_modifier counts the first
        # An object predicate fixes two slots: the object and what it is called.
        slots += 1 if self.object_predicate else 0
        return own + slots + sum(argument.weight for argument in self.preps)

    @property
    def specificity(self) -> int:
        """Constraints the pattern requires plus its length in words: higher wins at a token."""
        return self.constraint_count + len(self.parts)


@dataclass(frozen=True, slots=True)
class Origin:
    path: str
    line: int


class IndexedVariant(NamedTuple):
    """A spelling of a pattern, filed under its first word."""

    words: Variant
    pattern: TriggerPattern
    order: int
    needs: tuple[frozenset[str], ...] = ()

    def possible(self, words: Collection[str]) -> bool:
        """Whether a text with these words (lemmas and forms) can satisfy the pattern."""
        return all(not need.isdisjoint(words) for need in self.needs)


Gate = tuple[tuple[IndexedVariant, ...], dict[str, tuple[IndexedVariant, ...]]]


@dataclass(frozen=True)
class PatternSet:
    """Validated patterns with their provenance and an index by first word."""

    patterns: tuple[TriggerPattern, ...]
    origins: dict[str, Origin]
    metas: dict[str, DictionaryMeta]
    index: dict[str, tuple[IndexedVariant, ...]] = field(default_factory=dict)
    gates: dict[str, Gate] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.patterns)

    def __iter__(self) -> Iterator[TriggerPattern]:
        return iter(self.patterns)

    def candidates(self, word: str) -> tuple[IndexedVariant, ...]:
        """Pattern spellings whose first word is ``word`` (a lower-case lemma or form)."""
        return self.index.get(word, ())

    def possible(self, word: str, words: Collection[str]) -> list[IndexedVariant]:
        """Spellings filed under ``word`` whose constraints may be met by a text holding
        ``words``; a spelling can appear twice."""
        if word not in self.gates:
            self.gates[word] = _gate(self.index.get(word, ()))
        free, gated = self.gates[word]
        found = list(free)
        for hit in gated.keys() & words:
            found += [item for item in gated[hit] if item.possible(words)]
        return found

    @cached_property
    def two_word_verbs(self) -> frozenset[tuple[str, str]]:
        """The verb lemmas spelt in two words ("rule out", "call off"), as word pairs: where the
        text has such a verb with its particle, the dictionary reads it as that verb."""
        return frozenset(
            (parts[0], parts[1])
            for pattern in self.patterns if pattern.pos != "NOUN"
            for parts in pattern.lemma_spellings if len(parts) == 2
        )

    def codes(self) -> set[str]:
        found = {p.code for p in self.patterns} | {p.inverse_code for p in self.patterns}
        return {code for code in found if code is not None}


def _gate(items: Iterable[IndexedVariant]) -> Gate:
    """Spellings without constraints, and the others filed under each word of their narrowest
    word set: a text without any of those words cannot match them."""
    free: list[IndexedVariant] = []
    gated: dict[str, list[IndexedVariant]] = {}
    for item in items:
        if not item.needs:
            free.append(item)
            continue
        for word in min(item.needs, key=len):
            gated.setdefault(word, []).append(item)
    return tuple(free), {word: tuple(found) for word, found in gated.items()}


def _build_index(patterns: Iterable[TriggerPattern]) -> dict[str, tuple[IndexedVariant, ...]]:
    grouped: dict[str, list[IndexedVariant]] = {}
    for order, pattern in enumerate(patterns):
        needs = pattern.needs
        for words in pattern.variants:
            item = IndexedVariant(words, pattern, order, needs)
            grouped.setdefault(words[0], []).append(item)
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


def read_verb_dictionary(
    path: Path, known_codes: Collection[str] | None = None
) -> tuple[DictionaryMeta, list[tuple[int, TriggerPattern]]]:
    """A PETRARCH-format verb dictionary, converted on the fly (see ``petrarch_verbs``)."""
    from eventwire.knowledge.petrarch_verbs import verb_file_patterns

    report, numbered = verb_file_patterns(path, known_codes)
    meta = DictionaryMeta.model_validate(
        {
            "version": "converted",
            "source": f"PETRARCH verb dictionary {path.name}",
            "license": "as stated in the dictionary file",
            "description": "converted at load time by eventwire.knowledge.petrarch_verbs",
            "conversion": report.as_dict(),
        }
    )
    return meta, numbered


def read_pattern_file(
    path: Path, known_codes: Collection[str] | None = None
) -> tuple[DictionaryMeta, list[tuple[int, TriggerPattern]]]:
    """The header and the numbered patterns of one JSONL file or PETRARCH ``.txt`` verb
    dictionary (whose patterns with a code outside ``known_codes`` are skipped and counted)."""
    if path.suffix.lower() == PETRARCH_SUFFIX:
        return read_verb_dictionary(path, known_codes)
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


def load_patterns(
    paths: Iterable[Path | str], known_codes: Collection[str] | None = None
) -> PatternSet:
    """Load and validate trigger dictionaries; pattern ids must be unique across all files."""
    patterns: list[TriggerPattern] = []
    origins: dict[str, Origin] = {}
    metas: dict[str, DictionaryMeta] = {}
    with gc_paused():
        for raw in paths:
            path = Path(raw)
            metas[str(path)], numbered = read_pattern_file(path, known_codes)
            _add_numbered(patterns, origins, str(path), numbered)
        index = _build_index(patterns)
    return PatternSet(tuple(patterns), origins, metas, index)


def _add_numbered(
    patterns: list[TriggerPattern],
    origins: dict[str, Origin],
    path: str,
    numbered: list[tuple[int, TriggerPattern]],
) -> None:
    """Append one file's patterns; an id seen before (in any file) raises ``DataError``."""
    for number, pattern in numbered:
        if pattern.id in origins:
            first = origins[pattern.id]
            reason = f"duplicate pattern id {pattern.id!r} (first at {first.path}:{first.line})"
            raise DataError(path, number, reason)
        origins[pattern.id] = Origin(path, number)
        patterns.append(pattern)


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


def _is_trigger_file(path: Path) -> bool:
    return path.name.endswith(USER_SUFFIX) or path.parent.name == "triggers"


def user_pattern_paths(locations: Iterable[Path | str]) -> list[Path]:
    """Trigger files in user dictionary locations.

    A directory contributes ``triggers/*.jsonl``, ``*.triggers.jsonl`` and PETRARCH verb
    dictionaries (``*.txt`` files with ``--- NAME [code] ---`` blocks); a file is taken when its
    name ends with ``.triggers.jsonl``, it sits in a ``triggers`` directory or it is a PETRARCH
    verb dictionary.
    """
    from eventwire.knowledge.petrarch_verbs import looks_like_verb_file

    found: list[Path] = []
    for raw in locations:
        path = Path(raw)
        if path.is_dir():
            found += sorted((path / "triggers").glob("*.jsonl"))
            found += sorted(path.glob(f"*{USER_SUFFIX}"))
            verb_files = sorted(path.glob(f"*{PETRARCH_SUFFIX}"))
            found += [p for p in verb_files if looks_like_verb_file(p)]
        elif _is_trigger_file(path) or looks_like_verb_file(path):
            found.append(path)
    return found


@lru_cache(maxsize=1)
def bundled_patterns() -> PatternSet:
    """The shipped trigger dictionaries (loaded once per process, through the on-disk cache)."""
    paths = bundled_pattern_paths()
    return cached("patterns", paths, lambda: load_patterns(paths), PatternSet)
