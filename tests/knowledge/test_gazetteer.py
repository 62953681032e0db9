"""The packaged gazetteer: index contents, disambiguation and data validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import DataError
from eventwire.knowledge.gazetteer import (
    Gazetteer,
    fold,
    gazetteer,
    load_admin1,
    load_places_data,
    usable_alternates,
)

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "places.yaml"
ADMIN1 = BUNDLED.with_name("admin1.jsonl")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer()


def test_built_once_per_process(gaz: Gazetteer) -> None:
    assert gazetteer() is gaz


def test_fold() -> None:
    assert fold("  New   York ") == "new york"
    assert fold("Khar’kov") == "khar'kov"


def test_every_country_has_iso3_and_a_point(gaz: Gazetteer) -> None:
    places = [p for e in gaz.lookup("Ukraine") for p in [e.place]]
    assert places[0].country == "UKR" and places[0].kind == "country"
    for iso3 in ("RUS", "USA", "CHN", "FRA", "PSE", "MNE"):
        country = gaz.country(iso3)
        assert country is not None and country.country == iso3
        assert isinstance(country.lat, float) and isinstance(country.lon, float)


def test_alternate_names(gaz: Gazetteer) -> None:
    for name in ("Kiev", "Kyiv"):
        place = gaz.choose(gaz.lookup(name))
        assert place is not None and place.name == "Kyiv"
    kharkov = gaz.choose(gaz.lookup("Kharkov"))
    assert kharkov is not None and kharkov.name == "Kharkiv"


def test_usable_alternates_are_spelling_variants() -> None:
    names = [
        "Kharkov",  # same initial, similar length: a variant
        "Ḱharkov",  # an accented initial is the same letter
        "Charkiw",  # another initial
        "HRK",  # an airport code
        "KHAR",  # a short all-capital code
        "kharkov",  # not capitalised
        "Харків",  # not Latin script
        "Kharkivska Miska Hromada Oblast",  # far longer
        "Kh",  # too short
    ]
    assert usable_alternates(names, "Kharkiv") == ["Kharkov", "Ḱharkov"]
    assert usable_alternates(["Ćity", "Cite", "Zity"], "City") == ["Ćity", "Cite"]


def test_capitals_only_names_match_exactly(gaz: Gazetteer) -> None:
    assert gaz.lookup("US") and gaz.lookup("U.S.")
    assert not gaz.lookup("us") and not gaz.lookup("Us")


@pytest.mark.parametrize(("name", "kind", "iso3"), [
    ("Georgia", "country", "GEO"),
    ("Mexico", "country", "MEX"),
    ("Virginia", "admin1", "USA"),
    ("Texas", "admin1", "USA"),
    ("New York", "city", "USA"),
    ("Washington", "city", "USA"),
    ("Paris", "city", "FRA"),
    ("Gaza Strip", "region", "PSE"),
])
def test_default_readings(gaz: Gazetteer, name: str, kind: str, iso3: str) -> None:
    place = gaz.choose(gaz.lookup(name))
    assert place is not None and (place.kind, place.country) == (kind, iso3)


def test_washington_is_the_capital(gaz: Gazetteer) -> None:
    place = gaz.choose(gaz.lookup("Washington"))
    assert place is not None and place.admin1 == "DC"


def test_qualifier_and_mentions(gaz: Gazetteer) -> None:
    texas = gaz.choose(gaz.lookup("Texas"))
    paris = gaz.choose(gaz.lookup("Paris"), within=texas)
    assert paris is not None and (paris.country, paris.admin1) == ("USA", "TX")
    assert gaz.choose(gaz.lookup("Paris"), mentioned={"USA"}).country == "FRA"  # type: ignore[union-attr]
    hyderabad = gaz.choose(gaz.lookup("Hyderabad"), mentioned={"PAK"})
    assert hyderabad is not None and hyderabad.country == "PAK"


def test_excluded_names(gaz: Gazetteer) -> None:
    assert gaz.lookup("March") == ()
    assert gaz.lookup("Jackson") == ()
    assert gaz.lookup("EST") == ()  # a time zone, not the Est region of Burkina Faso
    assert gaz.lookup("Hamas") == ()  # an organisation, not an alternate name of Hamm
    split = gaz.lookup("Split")
    assert split and all(e.common_word for e in split)


def test_bundled_data_is_valid() -> None:
    data = load_places_data(BUNDLED)
    assert data.meta.license and data.regions


def test_invalid_region_names_file_and_line(tmp_path: Path) -> None:
    text = BUNDLED.read_text("utf-8").replace("lat: 29.3, lon: 42.5", "lat: 129.3, lon: 42.5")
    bad = tmp_path / "places.yaml"
    bad.write_text(text, "utf-8")
    with pytest.raises(DataError) as info:
        load_places_data(bad)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "129.3" in row)
    assert info.value.line == line
    assert "regions.0.lat" in str(info.value)


def test_unknown_country_alias_is_an_error() -> None:
    data = load_places_data(BUNDLED)
    broken = data.model_copy(update={"country_aliases": {"XYZ": ("Nowhere",)}})
    with pytest.raises(DataError, match="XYZ"):
        Gazetteer(broken)


# first-level subdivisions (admin1.jsonl) ---------------------------------------------------
@pytest.mark.parametrize(("name", "kind", "iso3"), [
    ("Bali", "admin1", "IDN"),  # only a subdivision in Indonesia: beats a small Indian town
    ("Helmand", "admin1", "AFG"),
    ("Sindh", "admin1", "PAK"),
    ("Oromia", "admin1", "ETH"),  # an English name from admin1_aliases
    ("Sichuan", "admin1", "CHN"),
    ("Anhui", "admin1", "CHN"),  # the short name of "Anhui Sheng"
    ("Idlib", "city", "SYR"),  # the namesake city lies in the province
    ("Kharkiv", "city", "UKR"),
    ("Istanbul", "city", "TUR"),
    ("Delaware", "admin1", "USA"),  # a small Ohio namesake elsewhere does not win
    ("Georgia", "country", "GEO"),
    ("Mexico", "country", "MEX"),
])
def test_subdivision_readings(gaz: Gazetteer, name: str, kind: str, iso3: str) -> None:
    place = gaz.choose(gaz.lookup(name))
    assert place is not None and (place.kind, place.country) == (kind, iso3)


def test_subdivision_places_carry_country_code_and_point(gaz: Gazetteer) -> None:
    idlib = [e.place for e in gaz.lookup("Idlib") if e.place.kind == "admin1"]
    assert len(idlib) == 1 and idlib[0].country == "SYR" and idlib[0].admin1
    assert idlib[0].lat == pytest.approx(35.9, abs=0.5)
    assert idlib[0].lon == pytest.approx(36.6, abs=0.5)
    assert idlib[0].population > 0


def test_the_article_countries_pick_among_subdivisions(gaz: Gazetteer) -> None:
    assert gaz.choose(gaz.lookup("Punjab")).country == "PAK"  # type: ignore[union-attr]
    india = gaz.choose(gaz.lookup("Punjab"), mentioned={"IND"})
    assert india is not None and (india.kind, india.country) == ("admin1", "IND")


def test_subdivisions_do_not_duplicate_states_or_regions(gaz: Gazetteer) -> None:
    for name in ("Texas", "Crimea", "Tigray", "Scotland"):
        areas = [e for e in gaz.lookup(name) if e.place.kind in ("admin1", "region")]
        assert len(areas) == 1, name


def test_skipped_subdivision_names(gaz: Gazetteer) -> None:
    for name in ("Somali", "Meta", "Victoria", "Delta"):
        assert all(e.place.kind != "admin1" for e in gaz.lookup(name)), name
    somali = gaz.choose(gaz.lookup("Somali", suffixed=True))
    assert somali is not None and (somali.kind, somali.country) == ("admin1", "ETH")
    assert gaz.lookup("Victoria", suffixed=True) == ()  # never_places stay out


def test_bundled_admin1_is_valid() -> None:
    entries = load_admin1()
    assert len(entries) > 2000
    assert {e.country for e in entries} >= {"UKR", "SYR", "IDN", "NGA"}
    assert "USA" not in {e.country for e in entries}
    header = json.loads(ADMIN1.read_text("utf-8").splitlines()[0])["_meta"]
    assert "CC BY 4.0" in header["license"] and "GeoNames" in header["source"]


def test_invalid_admin1_row_names_its_line(tmp_path: Path) -> None:
    lines = ADMIN1.read_text("utf-8").splitlines()[:4]
    lines[2] = lines[2].replace('"country": "', '"country": "x')
    bad = tmp_path / "admin1.jsonl"
    bad.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(DataError) as info:
        load_admin1(bad)
    assert info.value.line == 3


def test_unknown_admin1_alias_is_an_error() -> None:
    data = load_places_data(BUNDLED)
    broken = data.model_copy(update={"admin1_aliases": {"UKR": {"Nowhere": ("Noplace",)}}})
    with pytest.raises(DataError, match="Nowhere"):
        Gazetteer(broken, admin1=[])
