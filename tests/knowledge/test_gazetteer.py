"""The packaged gazetteer: index contents, disambiguation and data validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DataError
from eventwire.knowledge.gazetteer import (
    Gazetteer,
    fold,
    gazetteer,
    load_places_data,
    usable_alternates,
)

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "places.yaml"


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
