"""The actor data files: their YAML formats, line-aware loading and validation.

Every file under ``eventwire/data/actors/`` (and every ``*.yaml`` file in a user dictionary
directory) is a mapping with a ``_meta`` header (version, source, license) and exactly one
list of rows, whose key names the file's format (user dictionary directories hold such files
named ``*.actors.yaml``):

==============  ==========================================================================
key             one row is
==============  ==========================================================================
countries       ``{iso3, name, aliases, cased, demonyms, capitals}``
institutions    ``{id, name, country, sector, aliases, cased}`` (seats of power, agencies)
organizations   ``{id, name, code, sector, aliases, cased, coined, organ_sector}`` (IGOs, NGOs)
outlets         ``{id, name, country, aliases, cased}`` (news media)
groups          ``{id, name, code, country, aliases, cased, roles}`` (non-state groups)
people          ``{id, name, country, aliases, cased, roles, before, after, approx}``
agents, titles  ``{sector, words, generic, needs_name, cased, presiding}`` (sector nouns and titles)
not_actors      ``{words, note, modifier_sector, as_modifier}`` (words that name no actor, e.g.
                place nouns; ``as_modifier``: only as a modifier of a noun, "prisoner exchange")
==============  ==========================================================================

A role is ``[code, start, end]`` with ISO dates; ``start`` is inclusive, ``end`` exclusive
and either may be null (open). ``cased`` lists aliases that match only with exactly that
capitalisation. Every error raises :class:`~eventwire.errors.DataError` naming the file and
the line of the offending row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from eventwire.datafiles import FAST_LOADER
from eventwire.errors import DataError

LINE_KEY = "__line__"
ISO3 = r"^[A-Z]{3}$"
CODE_RE = re.compile(r"^[A-Z]{3,15}$")
SECTOR = r"^[A-Z]{3}$"
ID = r"^[a-z0-9][a-z0-9_.\-]*$"

class _LineLoader(FAST_LOADER):  # type: ignore[misc,valid-type]
    """A safe YAML loader that records each mapping's 1-based line under ``__line__``."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


def _check_code(code: str) -> str:
    if not CODE_RE.match(code):
        raise ValueError(f"{code!r} is not an actor code (3-15 capital letters)")
    return code


Code = Annotated[str, AfterValidator(_check_code)]


class Meta(BaseModel):
    """The ``_meta`` header every actor file carries."""

    model_config = ConfigDict(extra="allow", frozen=True)

    version: str = Field(min_length=1)
    source: str = Field(min_length=1)
    license: str = Field(min_length=1)
    name: str = ""
    description: str = ""


class RoleRow(BaseModel):
    """One dated role: ``[code, start, end)``."""

    model_config = ConfigDict(frozen=True)

    code: Code
    start: date | None = None
    end: date | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_list(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            if len(value) != 3:
                raise ValueError("a role is [code, start, end]")
            return {"code": value[0], "start": value[1], "end": value[2]}
        return value

    @model_validator(mode="after")
    def _check(self) -> RoleRow:
        if self.start and self.end and self.end <= self.start:
            raise ValueError(f"role {self.code} ends ({self.end}) before it starts ({self.start})")
        return self


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()

    @field_validator("aliases", "cased")
    @classmethod
    def _no_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"blank or non-text alias {value!r}")
        return values


class CountryRow(_Row):
    iso3: str = Field(pattern=ISO3)
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


class InstitutionRow(_Row):
    id: str = Field(pattern=ID)
    country: str = Field(pattern=ISO3)
    sector: str = Field(pattern=SECTOR)


class OrganizationRow(_Row):
    id: str = Field(pattern=ID)
    code: Code
    sector: Literal["IGO", "NGO"] = "IGO"
    coined: bool = False
    # An organ's own sector ("UN Security Council": GOV); none: the organisation's.
    organ_sector: str | None = Field(default=None, pattern=SECTOR)


class OutletRow(_Row):
    id: str = Field(pattern=ID)
    country: str | None = Field(default=None, pattern=ISO3)


class GroupRow(_Row):
    id: str = Field(pattern=ID)
    code: Code
    country: str | None = Field(default=None, pattern=ISO3)
    roles: tuple[RoleRow, ...] = ()


class PersonRow(_Row):
    id: str = Field(pattern=ID)
    country: str | None = Field(default=None, pattern=ISO3)
    roles: tuple[RoleRow, ...] = Field(min_length=1)
    before: Code | None = None
    after: Code | None = None
    approx: bool = False


class SectorRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sector: str = Field(pattern=SECTOR)
    words: tuple[str, ...] = Field(min_length=1)
    generic: bool = False
    needs_name: bool = False
    cased: bool = False
    # A title of presiding over a body ("president"): of a body named with it, the body's
    # sector ("the union's president": LAB); else its own.
    presiding: bool = False


class NotActorRow(BaseModel):
    """Words that name no actor: they claim their phrase from weaker dictionaries (a
    converted PETRARCH agent "VILLAGE [~CVL]") and yield no mention."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[str, ...] = Field(min_length=1)
    note: str = ""
    # The sector of the people a nationality modifier of these words names ("Iraqi towns":
    # the country's civilians, CVL); none: the modifier keeps its own reading.
    modifier_sector: str | None = Field(default=None, pattern=SECTOR)
    # True: the words name no actor only as a modifier of a noun after them ("prisoner
    # exchange"); elsewhere they keep their reading in the other files ("freed 20 prisoners").
    as_modifier: bool = False


ROW_MODELS: dict[str, type[BaseModel]] = {
    "countries": CountryRow,
    "institutions": InstitutionRow,
    "organizations": OrganizationRow,
    "outlets": OutletRow,
    "groups": GroupRow,
    "people": PersonRow,
    "agents": SectorRow,
    "titles": SectorRow,
    "not_actors": NotActorRow,
}


def read_yaml(path: Path) -> dict[str, Any]:
    """Parse one actor file; YAML syntax errors become a ``DataError`` with the line."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise DataError(str(path), line, f"invalid YAML: {error.problem}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(str(path), None, f"cannot read: {error}") from error
    if not isinstance(data, dict):
        raise DataError(str(path), None, "expected a mapping with _meta and one list of rows")
    return data


def _reason(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def validate_meta(path: Path, data: dict[str, Any]) -> Meta:
    raw = data.get("_meta")
    if not isinstance(raw, dict):
        raise DataError(str(path), 1, "missing _meta header (version, source, license)")
    line = raw.pop(LINE_KEY, 1)
    try:
        return Meta.model_validate(raw)
    except ValidationError as error:
        raise DataError(str(path), line, f"_meta: {_reason(error)}") from error


def iter_rows(path: Path, data: dict[str, Any]) -> Iterator[tuple[str, int, BaseModel]]:
    """Yield ``(kind, line, row)`` for every row of a parsed file, validating each one."""
    kinds = [key for key in data if key in ROW_MODELS]
    unknown = [key for key in data if key not in ROW_MODELS and key not in ("_meta", LINE_KEY)]
    if unknown:
        raise DataError(str(path), None, f"unknown section(s) {unknown}; known: {list(ROW_MODELS)}")
    if not kinds:
        raise DataError(str(path), None, f"no rows: expected one of {list(ROW_MODELS)}")
    for kind in kinds:
        rows = data[kind]
        if not isinstance(rows, list):
            raise DataError(str(path), None, f"{kind} must be a list of rows")
        for raw in rows:
            yield kind, *_validate_row(path, kind, raw)


def _validate_row(path: Path, kind: str, raw: Any) -> tuple[int, BaseModel]:
    if not isinstance(raw, dict):
        raise DataError(str(path), None, f"{kind}: every row must be a mapping, got {raw!r}")
    line = int(raw.pop(LINE_KEY, 0)) or None
    _strip_lines(raw)
    try:
        return line or 0, ROW_MODELS[kind].model_validate(raw)
    except ValidationError as error:
        raise DataError(str(path), line, f"{kind}: {_reason(error)}") from error


def _strip_lines(value: Any) -> None:
    """Remove the loader's line markers from nested mappings (role rows are lists)."""
    if isinstance(value, dict):
        value.pop(LINE_KEY, None)
        for item in value.values():
            _strip_lines(item)
    elif isinstance(value, list):
        for item in value:
            _strip_lines(item)


# ---- Compiled PETRARCH-derived data: JSON Lines ------------------------------------------------
#
# ``*.actors.jsonl``, ``*.agents.jsonl`` and ``*.discards.jsonl`` files hold converted PETRARCH
# dictionaries (``tools/convert_petrarch_actors.py``, ``eventwire dict convert``). The first
# line is ``{"_meta": {format, version, source, license, ...}}``; every other line is one entry:
#
# * actors:   ``{"p": [phrase, ...], "c": [[code|null, start|null, end|null], ...], "l": line}``
# * agents:   ``{"p": [phrase, ...], "c": code, "prefix": bool, "l": line}``
# * discards: ``{"p": phrase, "story": bool, "l": line}``
#
# Phrases are lower-case words. ``"t"`` (optional) maps a phrase to its tokens, space-joined,
# where spaCy splits it otherwise than at spaces ("ki-moon" -> "ki - moon"), so loading needs
# no tokenizer. ``"l"`` is the line in the source dictionary.

JSONL_FORMATS = ("actors", "agents", "discards")
JSONL_SUFFIXES = {kind: f".{kind}.jsonl" for kind in JSONL_FORMATS}


class JsonlMeta(Meta):
    format: Literal["actors", "agents", "discards"]


def read_jsonl(path: Path) -> tuple[JsonlMeta, list[tuple[int, dict[str, Any]]]]:
    """The header and the ``(file line, row)`` pairs of a compiled dictionary file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(str(path), None, f"cannot read: {error}") from error
    numbered = [(number, text) for number, text in enumerate(lines, start=1) if text.strip()]
    try:
        parsed = json.loads("[" + ",".join(text for _, text in numbered) + "]")
    except json.JSONDecodeError:
        parsed = [_json_line(path, number, text) for number, text in numbered]
    rows: list[tuple[int, dict[str, Any]]] = []
    for (number, _), row in zip(numbered, parsed, strict=True):
        if not isinstance(row, dict):
            raise DataError(str(path), number, "every line must be a JSON object")
        rows.append((number, row))
    if not rows or "_meta" not in rows[0][1]:
        raise DataError(str(path), 1, "the first line must be {\"_meta\": {...}}")
    try:
        meta = JsonlMeta.model_validate(rows[0][1]["_meta"])
    except ValidationError as error:
        raise DataError(str(path), rows[0][0], f"_meta: {_reason(error)}") from error
    return meta, rows[1:]


def _json_line(path: Path, number: int, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DataError(str(path), number, f"invalid JSON: {error.msg}") from error


def check_phrases(path: Path, line: int, value: Any) -> tuple[str, ...]:
    """The ``p`` field as a tuple of non-blank phrases."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise DataError(str(path), line, "p: expected a phrase or a list of phrases")
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise DataError(str(path), line, f"p: blank or non-text phrase {item!r}")
    return tuple(items)


def check_tokens(path: Path, line: int, value: Any) -> dict[str, str]:
    """The optional ``t`` field: phrase -> space-joined tokens."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
    ):
        raise DataError(str(path), line, "t: expected a mapping of phrase to tokens")
    return value


def check_code(path: Path, line: int, value: Any, nullable: bool) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not _is_code(value):
        raise DataError(str(path), line, f"bad code {value!r}")
    return value


@lru_cache(maxsize=8192)
def _is_code(value: str) -> bool:
    """Whether ``value`` is a compiled-file code (a few thousand distinct codes recur)."""
    return JSONL_CODE_RE.match(value) is not None


def check_date(path: Path, line: int, value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DataError(str(path), line, f"bad date {value!r} (expected YYYY-MM-DD)") from None


JSONL_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{2,}(?:/[A-Z][A-Z0-9]{2,})*$")


def write_jsonl(path: Path, meta: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """Write a compiled dictionary file: the header line, then one compact line per row."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"_meta": meta}, ensure_ascii=False) + "\n")
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
