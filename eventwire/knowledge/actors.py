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
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from eventwire.datafiles import gc_paused
from eventwire.errors import DataError
from eventwire.knowledge import petrarch_actors as petrarch
from eventwire.knowledge.actor_files import (
    CountryRow,
    GroupRow,
    InstitutionRow,
    NotActorRow,
    OrganizationRow,
    OutletRow,
    PersonRow,
    RoleRow,
    SectorRow,
    iter_rows,
    read_yaml,
    validate_meta,
)
from eventwire.knowledge.cache import cached
from eventwire.knowledge.petrarch_persons import DATA_FILE as PERSONS_FILE
from eventwire.knowledge.petrarch_persons import load_person_shapes, names_person
from eventwire.knowledge.quotes import fold_quotes

BUNDLED_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
PETRARCH_DIR = BUNDLED_DIR / "petrarch"
USER_SUFFIX = ".actors.yaml"
# Precedence of an alias's source: a higher tier hides every lower one for the same phrase.
TIER_PETRARCH, TIER_BUNDLED, TIER_USER = 0, 1, 2
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
SECTOR_LENGTH = 3
COUNTRY_LENGTH = 3
# Entry kinds that name a sector, not an actor of their own ("troops", "foreign minister").
SECTOR_KINDS = frozenset({"agent", "title"})


def normalize(phrase: str) -> str:
    """The lookup key of an alias: lower case, single spaces, no leading "the", plain quotation
    marks (``quotes.fold_quotes``: "People’s" is people's)."""
    key = fold_quotes(" ".join(phrase.split()).lower())
    return key[4:] if key.startswith("the ") else key


def _key_of(text: str) -> str:
    """:func:`normalize` of a form ``strip_article`` already returned (single-spaced)."""
    key = fold_quotes(text.lower())
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
    # A title of presiding over a body: the body's sector when one is named with it.
    presiding: bool = False
    # Whether a person whose roles all ended becomes ELI of their country (PETRARCH: no).
    eli_after: bool = True
    # A PETRARCH agent code that goes before the actor's code ("[IGO~]").
    prefix: bool = False
    # The other actors of a PETRARCH compound code ("[ELR/GAL]": the entry is ELR, also GAL):
    # one phrase naming several actors, each of which takes part in the event.
    also: tuple[str, ...] = ()
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
            default = f"{self.country}ELI" if self.country and self.eli_after else None
            return self.after or default
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

    def __reduce__(self) -> tuple[type[ActorEntry], tuple[object, ...]]:
        """Pickle (the on-disk cache) as one constructor call, not slot by slot: faster."""
        return ActorEntry, tuple([getattr(self, name) for name in ENTRY_FIELDS])


ENTRY_FIELDS = tuple(item.name for item in fields(ActorEntry))


def _role_start(role: Role) -> date:
    return role.start or date.min


def _own_country(entry: ActorEntry, code: str | None) -> str | None:
    """A person's own country when the dated code says nothing else (a null code)."""
    return entry.country if code is None else None


@dataclass(frozen=True, slots=True)
class Alias:
    """One written form of an entry; ``cased`` forms must match exactly. ``tokens`` are the
    form's tokens when known without a tokenizer (compiled data); ``tier`` its precedence."""

    entry_id: str
    text: str
    cased: bool
    tier: int = TIER_BUNDLED
    tokens: tuple[str, ...] | None = None

    def __reduce__(self) -> tuple[type[Alias], tuple[object, ...]]:
        """Pickle as one constructor call (see :meth:`ActorEntry.__reduce__`)."""
        return Alias, (self.entry_id, self.text, self.cased, self.tier, self.tokens)


@dataclass(slots=True)
class ActorKB:
    """Entries by id and aliases by normalised key (see :func:`normalize`)."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    aliases: dict[str, list[Alias]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    # Keys of words that name no actor as a modifier of a noun (``not_actors.yaml``,
    # ``as_modifier``): "prisoner exchange".
    modifier_words: set[str] = field(default_factory=set)

    @classmethod
    def load(
        cls,
        extra_dirs: Iterable[Path | str] | None = None,
        petrarch_data: bool = True,
        own_data: bool = True,
    ) -> ActorKB:
        """Our bundled data; the converted Phoenix dictionaries (``petrarch_data``) for the
        phrases ours does not cover; then the user dictionaries in ``extra_dirs``, which
        override both: ``*.actors.yaml``, compiled ``*.actors.jsonl`` / ``*.agents.jsonl`` and
        PETRARCH ``*actors*.txt`` / ``*agents*.txt`` files (an entry whose id is already known
        replaces the earlier one). Without ``own_data`` our YAML files are left out (with
        ``petrarch_data`` off too, only the user dictionaries are used: PETRARCH's validation
        setup)."""
        kb = cls()
        with gc_paused():
            for path in bundled_files() if own_data else ():
                kb.add_file(path)
            if petrarch_data:
                for path in sorted(PETRARCH_DIR.glob("*.a*.jsonl")):
                    kb.add_petrarch(petrarch.read_compiled(path), TIER_PETRARCH)
            for directory in extra_dirs or ():
                kb.add_user_dictionaries(Path(directory))
        return kb

    def add_user_dictionaries(self, folder: Path) -> None:
        """Add a user directory's (or one file's) YAML and PETRARCH-format dictionaries."""
        if not folder.exists():
            raise DataError(str(folder), None, "no such dictionary directory or file")
        for path in _user_yaml_files(folder):
            self.add_file(path, TIER_USER)
        for path in petrarch.dictionary_files(folder, ("actors", "agents")):
            self.add_petrarch(petrarch.read_any(path), TIER_USER)

    def add_file(self, path: Path, tier: int = TIER_BUNDLED) -> None:
        """Add one YAML actor file (``actor_files`` formats)."""
        data = read_yaml(path)
        meta = validate_meta(path, data)
        for kind, line, row in iter_rows(path, data):
            if isinstance(row, NotActorRow) and row.as_modifier:
                self.modifier_words.update(normalize(word) for word in row.words)
                continue
            for entry, aliases, cased in _entries_of(kind, row):
                self._add(str(path), line, entry, aliases, cased, tier)
        self.sources.append(f"{path.name} {meta.version}")

    def add_petrarch(self, parsed: petrarch.ParsedFile, tier: int = TIER_USER) -> None:
        """Add the actors and agents of a parsed PETRARCH (or compiled) dictionary."""
        stem = _file_stem(parsed.path)
        for record in parsed.actors:
            entry = _petrarch_actor(record, stem, len(self.entries))
            self._add(parsed.path, record.line, entry, record.phrases, (), tier, parsed.tokens)
        for agent in parsed.agents:
            entry = _petrarch_agent(agent, stem, len(self.entries))
            self._add(parsed.path, agent.line, entry, agent.phrases, (), tier, parsed.tokens)
        self.sources.append(f"{Path(parsed.path).name} {parsed.counts()['entries']} entries")

    def _add(
        self,
        path: str,
        line: int,
        entry: ActorEntry,
        aliases: Iterable[str],
        cased: Iterable[str],
        tier: int = TIER_BUNDLED,
        tokens: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        if entry.order != len(self.entries):
            entry = replace(entry, order=len(self.entries))
        cased_set = {strip_article(text) for text in cased}
        added = False
        # In the given order (not a set's, which varies by process): a cased form comes last and
        # is the written form an alias keeps, whatever the hash seed.
        for written in dict.fromkeys([*aliases, *cased]):
            text = strip_article(written)
            key = _key_of(text)
            if not key:
                raise DataError(path, line, f"{entry.id}: empty alias")
            refs = self.aliases.get(key)
            if not refs:
                refs = self.aliases[key] = []
            elif refs[0].tier > tier:
                continue
            elif refs[0].tier < tier:
                refs.clear()
            else:
                refs[:] = [ref for ref in refs if ref.entry_id != entry.id]
            split = _known_tokens(written, text, tokens)
            refs.append(Alias(entry.id, text, text in cased_set, tier, split))
            added = True
        if added or tier != TIER_PETRARCH:
            self.entries[entry.id] = entry

    def match_forms(self) -> Iterator[tuple[str, str, tuple[str, ...] | None]]:
        """``(key, written form, tokens or None)`` for every alias (what a matcher needs)."""
        for key, refs in self.aliases.items():
            seen: set[str] = set()
            for ref in refs:
                if ref.text not in seen:
                    seen.add(ref.text)
                    yield key, ref.text, ref.tokens

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
        if len(entries) < 2:  # nothing to rank (most phrases name one entry)
            return entries[0] if entries else None
        if on is None:
            return min(entries, key=lambda e: (-e.latest_start(), e.order))
        return min(entries, key=lambda e: (e.distance(on), e.order))

    def lookup(self, phrase: str, on: date | None = None) -> ActorEntry | None:
        """The entry ``phrase`` names, resolved on ``on`` (case-insensitive, "the" optional)."""
        entry = self.choose(self.candidates(normalize(phrase), strip_article(phrase)), on)
        return entry.at(on) if entry is not None else None

    def sector_codes(self) -> frozenset[str]:
        """Every 3-letter sector code the agent and title entries use ("GOVMED": GOV, MED),
        without the prefixes of non-country codes (IGO, NGO...)."""
        codes = {
            entry.sector[i : i + SECTOR_LENGTH]
            for entry in self.entries.values()
            if entry.kind in SECTOR_KINDS and entry.sector
            for i in range(0, len(entry.sector) - SECTOR_LENGTH + 1, SECTOR_LENGTH)
        }
        return frozenset(codes - set(NON_COUNTRY_PREFIXES))

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
        entry = ActorEntry(row.id, row.sector.lower(), row.name, row.code, None,
                           row.organ_sector or row.sector)
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
    elif isinstance(row, NotActorRow):
        for word in row.words:
            entry = ActorEntry(f"not_actor.{normalize(word)}", "null", word, None,
                               sector=row.modifier_sector)
            yield entry, (word,), ()


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
            presiding=row.presiding,
        )
        yield entry, (word,), (word,) if row.cased else ()


def _user_yaml_files(folder: Path) -> list[Path]:
    """``*.actors.yaml`` files in a user directory (or the file itself, if it is one)."""
    if folder.is_file():
        return [folder] if folder.name.endswith(USER_SUFFIX) else []
    return sorted(folder.glob(f"*{USER_SUFFIX}"))


def bundled_files() -> list[Path]:
    """Our actor files: ``BUNDLED_FILES`` in order, then any other ``*.yaml`` by name."""
    listed = [BUNDLED_DIR / name for name in BUNDLED_FILES]
    others = sorted(p for p in BUNDLED_DIR.glob("*.yaml") if p.name not in BUNDLED_FILES)
    return listed + others


def _file_stem(path: str) -> str:
    name = Path(path).name.lower()
    for suffix in (".jsonl", ".txt", ".actors", ".agents"):
        name = name.removesuffix(suffix)
    return "".join(c if c.isalnum() else "_" for c in name)


def _known_tokens(
    written: str, text: str, tokens: dict[str, tuple[str, ...]] | None
) -> tuple[str, ...] | None:
    """The tokens of a compiled phrase (``text`` is ``written`` without a leading "the")."""
    if tokens is None:
        return None
    split = tokens.get(written) or tuple(written.split())
    return split[1:] if text != written and split[:1] == ("the",) else split


def _petrarch_actor(record: petrarch.ActorRecord, stem: str, order: int) -> ActorEntry:
    """A PETRARCH actor: dated codes become roles, an undated code applies at other dates.
    An undated compound code ("ELR/GAL") names several actors: the entry is the first and
    ``also`` the others (PETRARCH codes one event for each); of a dated one the first is kept."""
    roles: list[Role] = []
    fallback: str | None = None
    also: tuple[str, ...] = ()
    undated = False
    for dated in record.codes:
        parts = dated.code.split("/") if dated.code else [None]
        code = parts[0]
        if dated.start or dated.end:
            if code:
                roles.append(Role(code, dated.start, dated.end))
        elif not undated:
            fallback, undated = code, True
            also = tuple(part for part in parts[1:] if part)
    entry_id = f"px.{stem}.{record.line}"
    name = record.phrases[0].title()
    if roles:
        latest = max(roles, key=_role_start).code
        country = next((split_code(r.code)[0] for r in roles if split_code(r.code)[0]), None)
        # A place whose country changed ("SEVASTOPOL [UKR >911221]"): dated roles that end in
        # a bare country code name no person (a person's roles carry a sector: GOV, ELI...).
        kind = "country" if len(latest) == COUNTRY_LENGTH else "person"
        if kind == "country":
            country = latest
        return ActorEntry(entry_id, kind, name, latest, country, split_code(latest)[1],
                          roles=tuple(roles), before=fallback, after=fallback, eli_after=False,
                          order=order)
    country, sector = split_code(fallback)
    return ActorEntry(entry_id, _petrarch_kind(fallback, record.phrases), name, fallback,
                      country, sector, also=also, order=order)


def _petrarch_kind(code: str | None, phrases: tuple[str, ...] = ()) -> str:
    """The kind of an undated entry: a code with a sector may name a person, whose shape
    ``petrarch_persons`` reads ("samir geagea [LBNELI]"); otherwise the code's kind."""
    if code is None:
        return "null"
    if len(code) > COUNTRY_LENGTH and names_person(phrases, code, load_person_shapes()):
        return "person"
    if code.startswith("IGO"):
        return "igo"
    if code.startswith("NGO"):
        return "ngo"
    return "country" if len(code) == 3 else "group"


def _petrarch_agent(agent: petrarch.AgentRecord, stem: str, order: int) -> ActorEntry:
    entry_id = f"agent.{stem}.{agent.line}"
    return ActorEntry(entry_id, "agent", agent.phrases[0], agent.code, None, agent.code,
                      prefix=agent.prefix, order=order)


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...], petrarch_data: bool, own_data: bool) -> ActorKB:
    if not extra and petrarch_data and own_data:
        return cached("actors", bundled_inputs(), ActorKB.load, ActorKB)
    return ActorKB.load([Path(p) for p in extra], petrarch_data, own_data)


def bundled_inputs() -> list[Path]:
    """Every file the bundled knowledge base is built from (the on-disk cache's key)."""
    data = BUNDLED_DIR.parent / PERSONS_FILE
    return bundled_files() + sorted(PETRARCH_DIR.glob("*.a*.jsonl")) + [data]


def actor_kb(
    extra_dirs: Iterable[Path | str] | None = None,
    petrarch_data: bool = True,
    own_data: bool = True,
) -> ActorKB:
    """The knowledge base for these user directories, loaded once per process and reused."""
    key = tuple(str(Path(p).resolve()) for p in extra_dirs or ())
    return _cached(key, petrarch_data, own_data)


__all__ = [
    "ActorEntry",
    "ActorKB",
    "Alias",
    "Role",
    "actor_kb",
    "bundled_files",
    "normalize",
    "split_code",
]
