"""GDELT's ActionGeo_ADM1Code: FIPS country code + the place's GeoNames admin1 code where that
code is FIPS's, the country code alone for a country, empty where GeoNames is not FIPS."""

from __future__ import annotations

from pathlib import Path

from eventwire.coder import Coder
from eventwire.ingest.run import ingest
from eventwire.knowledge.gazetteer import gazetteer
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.adm1 import adm1_code, not_fips
from eventwire.store.exports import fips_codes, gdelt_columns


def row_of(name: str, kind: str, country: str) -> dict[str, object]:
    """A stored location as the coder writes it, for the gazetteer's place of that name."""
    place = next(e.place for e in gazetteer().lookup(name)
                 if e.place.kind == kind and e.place.country == country)
    return {"location_name": place.name, "location_precision": kind,
            "location_country": country, "location_geonameid": place.geonameid}


def adm1(row: dict[str, object]) -> str | None:
    return adm1_code(row, fips_codes().get(str(row["location_country"])))


def test_fips_subdivisions_us_states_and_countries() -> None:
    assert adm1(row_of("Kharkiv", "city", "UKR")) == "UP07"       # Kharkiv oblast
    assert adm1(row_of("Lagos", "city", "NGA")) == "NI05"
    assert adm1(row_of("Bavaria", "admin1", "DEU")) == "GM02"     # a subdivision itself
    assert adm1(row_of("Houston", "city", "USA")) == "USTX"       # US + postal code
    assert adm1(row_of("Texas", "admin1", "USA")) == "USTX"
    assert adm1({"location_name": "Ukraine", "location_precision": "country",
                 "location_country": "UKR", "location_geonameid": 690791}) == "UP"


def test_no_code_where_geonames_is_not_fips_or_the_place_unknown() -> None:
    assert {"CHE", "FRA", "GBR", "BEL"} <= set(not_fips())
    assert adm1(row_of("Zurich", "city", "CHE")) is None   # GeoNames ZH, FIPS SZ25
    assert adm1(row_of("Paris", "city", "FRA")) is None    # GeoNames 11, FIPS A8
    assert adm1(row_of("Manchester", "city", "GBR")) is None
    assert adm1({"location_name": "Atlantis", "location_precision": "city",
                 "location_country": "UKR", "location_geonameid": 1}) is None
    assert adm1({"location_name": "the Sahel", "location_precision": "region",
                 "location_country": None, "location_geonameid": None}) is None


def test_the_gdelt_export_fills_the_column(tmp_path: Path, coder: Coder) -> None:
    stories = [Article("Russian troops shelled Kharkiv on Monday.", id="kh",
                       published="2024-06-14"),
               Article("Police arrested three protesters in Zurich on Monday.", id="zh",
                       published="2024-06-14")]
    with Store(tmp_path / "geo.duckdb") as store:
        ingest(store, coder, lambda writer: stories, ["test"])
        store.export("gdelt", tmp_path / "geo.tsv", unit="mention")
    names = [name for name, _ in gdelt_columns()]
    rows = [dict(zip(names, line.split("\t"), strict=True))
            for line in (tmp_path / "geo.tsv").read_text().splitlines()]
    by_place = {row["ActionGeo_FullName"]: row["ActionGeo_ADM1Code"] for row in rows}
    assert by_place["Kharkiv, Ukraine"] == "UP07"
    assert by_place["Zürich, Switzerland"] == ""
