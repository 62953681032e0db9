"""The actor knowledge base: countries, institutions, organisations, outlets, groups, people
and sector words, loaded once from ``eventwire/data/actors/`` (plus user directories).

``ActorKB.lookup(phrase, on)`` finds the entry an alias names and resolves it on a date:
people and groups carry dated roles (``Role``), so "Trump" is USAGOV in 2019, USAELI in 2022
and USAGOV again in 2025. The ``ew_actors`` component uses :meth:`ActorKB.phrases` to build
its ``PhraseMatcher`` and :meth:`ActorKB.candidates` / :meth:`ActorKB.choose` to read matches.

Aliases are normalised the same way everywhere (:func:`normalize`): lower case, single spaces,
a leading "the" dropped. An alias marked ``cased`` in the data matches only with exactly its
own capitalisation ("US" but not "us").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from eventwire.errors import DataError
from eventwire.knowledge.actor_files import (
    CountryRow,
    GroupRow,
    InstitutionRow,
    OrganizationRow,
    OutletRow,
    PersonRow,
    RoleRow,
    SectorRow,
    iter_rows,
    read_yaml,
    validate_meta,
)

BUNDLED_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
USER_SUFFIX = ".actors.yaml"
# Files load in this order; on an alias shared by entries of equal standing the earlier wins.
BUNDLED_FILES: tuple[str, ...] = (
    "people.yaml",
    "groups.yaml",
    "institutions.yaml",
    "international.yaml",
    "media.yaml",
    "countries.yaml",
    "sectors.yaml",
)
# Kinds whose aliases are names: a match written all in lower case is not one of them.
PROPER_KINDS = frozenset(
    {"country", "demonym", "capital", "institution", "igo", "ngo", "media", "group", "person"}
)
NON_COUNTRY_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def normalize(phrase: str) -> str:
    """The lookup key of an alias: lower case, single spaces, no leading "the"."""
    key = " ".join(phrase.split()).lower()
    return key[4:] if key.startswith("the ") else key


def strip_article(phrase: str) -> str:
    """The alias as written, without a leading "the" (what the matcher sees in the text)."""
    text = " ".join(phrase.split())
    return text[4:] if text.lower().startswith("the ") else text


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """``(country, sector)`` of a CAMEO actor code: "RUSGOV" -> ("RUS", "GOV")."""
    if not code:
        return None, None
    if code.startswith(NON_COUNTRY_PREFIXES):
        return None, code[:3]
    if len(code) == 3:
        return code, None
    return code[:3], code[3:6]


@dataclass(frozen=True, slots=True)
class Role:
    """A dated role: the code applies from ``start`` (inclusive) to ``end`` (exclusive)."""

    code: str
    start: date | None = None
    end: date | None = None

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    def distance(self, on: date) -> int:
        """Days from ``on`` to this role (0 when active)."""
        if self.active(on):
            return 0
        if self.end is not None and on >= self.end:
            return (on - self.end).days + 1
        assert self.start is not None
        return (self.start - on).days


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One knowledge-base actor; ``at(on)`` gives its code, country and sector on a date."""

    id: str
    # country, demonym, capital, institution, igo, ngo, media, group, person, agent, title
    kind: str
    name: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    before: str | None = None
    after: str | None = None
    generic: bool = False
    needs_name: bool = False
    order: int = field(default=0, compare=False)

    def role_on(self, on: date | None) -> Role | None:
        """The role active on ``on`` (the latest-starting one), or the latest role if no date."""
        if not self.roles:
            return None
        if on is None:
            return max(self.roles, key=_role_start)
        active = [role for role in self.roles if role.active(on)]
        return max(active, key=_role_start) if active else None

    def code_on(self, on: date | None) -> str | None:
        if not self.roles:
            return self.code
        role = self.role_on(on)
        if role is not None:
            return role.code
        assert on is not None
        if any(role.end is not None and role.end <= on for role in self.roles):
            return self.after or (f"{self.country}ELI" if self.country else None)
        return self.before

    def at(self, on: date | None) -> ActorEntry:
        """This entry with ``code``, ``country`` and ``sector`` as they stand on ``on``."""
        if not self.roles:
            return self
        code = self.code_on(on)
        country, sector = split_code(code)
        return replace(self, code=code, country=country or _own_country(self, code), sector=sector)

    def distance(self, on: date | None) -> int:
        """How far ``on`` is from this entry's roles, in days (0: active or undated)."""
        if not self.roles or on is None:
            return 0
        return min(role.distance(on) for role in self.roles)

    def latest_start(self) -> int:
        starts = [role.start.toordinal() for role in self.roles if role.start]
        return max(starts, default=0)


def _role_start(role: Role) -> date:
    return role.start or date.min


def _own_country(entry: ActorEntry, code: str | None) -> str | None:
    """A person's own country when the dated code says nothing else (a null code)."""
    return entry.country if code is None else None


@dataclass(frozen=True, slots=True)
class Alias:
    """One written form of an entry; ``cased`` forms must match exactly."""

    entry_id: str
    text: str
    cased: bool


@dataclass(slots=True)
class ActorKB:
    """Entries by id and aliases by normalised key (see :func:`normalize`)."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    aliases: dict[str, list[Alias]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, extra_dirs: Iterable[Path | str] | None = None) -> ActorKB:
        """The bundled data, then every ``*.actors.yaml`` file in ``extra_dirs`` (user
        dictionaries; an entry whose id is already known replaces the earlier one)."""
        kb = cls()
        for path in (BUNDLED_DIR / name for name in BUNDLED_FILES):
            kb.add_file(path)
        for directory in extra_dirs or ():
            folder = Path(directory)
            if not folder.is_dir():
                raise DataError(str(folder), None, "not a directory of actor files")
            for path in sorted(folder.glob(f"*{USER_SUFFIX}")):
                kb.add_file(path)
        return kb

    def add_file(self, path: Path) -> None:
        data = read_yaml(path)
        meta = validate_meta(path, data)
        for kind, line, row in iter_rows(path, data):
            for entry, aliases, cased in _entries_of(kind, row):
                self._add(path, line, entry, aliases, cased)
        self.sources.append(f"{path.name} {meta.version}")

    def _add(
        self, path: Path, line: int, entry: ActorEntry, aliases: Iterable[str], cased: Iterable[str]
    ) -> None:
        entry = replace(entry, order=len(self.entries))
        self.entries[entry.id] = entry
        cased_set = {strip_article(text) for text in cased}
        for text in {strip_article(text) for text in (*aliases, *cased)}:
            key = normalize(text)
            if not key:
                raise DataError(str(path), line, f"{entry.id}: empty alias")
            refs = self.aliases.setdefault(key, [])
            refs[:] = [ref for ref in refs if ref.entry_id != entry.id]
            refs.append(Alias(entry.id, text, text in cased_set))

    def phrases(self) -> Iterator[tuple[str, list[str]]]:
        """``(key, written forms)`` for every alias: the patterns of a LOWER PhraseMatcher."""
        for key, refs in self.aliases.items():
            yield key, sorted({ref.text for ref in refs})

    def candidates(self, key: str, written: str | None = None) -> list[ActorEntry]:
        """Entries whose alias has this key; with ``written``, cased aliases must match it."""
        found: list[ActorEntry] = []
        for ref in self.aliases.get(key, ()):
            if ref.cased and written is not None and written != ref.text:
                continue
            entry = self.entries.get(ref.entry_id)
            if entry is not None and entry not in found:
                found.append(entry)
        return found

    @staticmethod
    def choose(entries: list[ActorEntry], on: date | None) -> ActorEntry | None:
        """The best reading on a date: an active role first, then the nearest, then file order."""
        if not entries:
            return None
        if on is None:
            return min(entries, key=lambda e: (-e.latest_start(), e.order))
        return min(entries, key=lambda e: (e.distance(on), e.order))

    def lookup(self, phrase: str, on: date | None = None) -> ActorEntry | None:
        """The entry ``phrase`` names, resolved on ``on`` (case-insensitive, "the" optional)."""
        entry = self.choose(self.candidates(normalize(phrase), strip_article(phrase)), on)
        return entry.at(on) if entry is not None else None

    def __len__(self) -> int:
        return len(self.entries)


Expanded = tuple[ActorEntry, tuple[str, ...], tuple[str, ...]]


def _entries_of(kind: str, row: BaseModel) -> Iterator[Expanded]:
    """The entries (with aliases and cased aliases) one validated row stands for."""
    if isinstance(row, CountryRow):
        yield from _country_entries(row)
    elif isinstance(row, InstitutionRow):
        entry = ActorEntry(
            row.id, "institution", row.name, f"{row.country}{row.sector}", row.country, row.sector
        )
        yield entry, (row.name, *row.aliases), row.cased
    elif isinstance(row, OrganizationRow):
        entry = ActorEntry(row.id, row.sector.lower(), row.name, row.code, None, row.sector)
        yield entry, (row.name, *row.aliases), row.cased
    elif isinstance(row, OutletRow):
        code = f"{row.country}MED" if row.country else "MED"
        entry = ActorEntry(row.id, "media", row.name, code, row.country, "MED")
        yield entry, (row.name, *row.aliases), row.cased
    elif isinstance(row, GroupRow):
        yield _group_entry(row), (row.name, *row.aliases), row.cased
    elif isinstance(row, PersonRow):
        yield _person_entry(row), (row.name, *row.aliases), row.cased
    elif isinstance(row, SectorRow):
        yield from _sector_entries(kind, row)


def _country_entries(row: CountryRow) -> Iterator[Expanded]:
    iso = row.iso3
    yield ActorEntry(iso, "country", row.name, iso, iso), (row.name, *row.aliases), row.cased
    if row.demonyms:
        yield ActorEntry(f"{iso}.demonym", "demonym", row.name, iso, iso), row.demonyms, ()
    if row.capitals:
        yield ActorEntry(f"{iso}.capital", "capital", row.name, iso, iso), row.capitals, ()


def _roles(rows: tuple[RoleRow, ...]) -> tuple[Role, ...]:
    return tuple(Role(r.code, r.start, r.end) for r in rows)


def _group_entry(row: GroupRow) -> ActorEntry:
    country, sector = split_code(row.code)
    return ActorEntry(
        row.id, "group", row.name, row.code, row.country or country, sector, roles=_roles(row.roles)
    )


def _person_entry(row: PersonRow) -> ActorEntry:
    roles = _roles(row.roles)
    latest = max(roles, key=_role_start)
    return ActorEntry(
        row.id,
        "person",
        row.name,
        latest.code,
        row.country,
        split_code(latest.code)[1],
        roles=roles,
        before=row.before,
        after=row.after,
    )


def _sector_entries(kind: str, row: SectorRow) -> Iterator[Expanded]:
    entry_kind = "agent" if kind == "agents" else "title"
    for word in row.words:
        entry = ActorEntry(
            f"{entry_kind}.{normalize(word)}",
            entry_kind,
            word,
            row.sector,
            None,
            row.sector,
            generic=row.generic,
            needs_name=row.needs_name,
        )
        yield entry, (word,), (word,) if row.cased else ()


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> ActorKB:
    return ActorKB.load([Path(p) for p in extra])


def actor_kb(extra_dirs: Iterable[Path | str] | None = None) -> ActorKB:
    """The knowledge base for these user directories, loaded once per process and reused."""
    return _cached(tuple(str(Path(p).resolve()) for p in extra_dirs or ()))


__all__ = ["ActorEntry", "ActorKB", "Alias", "Role", "actor_kb", "normalize", "split_code"]
