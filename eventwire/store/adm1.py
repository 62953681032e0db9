"""GDELT's ADM1 code of an event's place: the FIPS 10-4 country code followed by the code of the
first-level subdivision the place is in ("UP07": Kharkiv oblast, Ukraine).

The packaged gazetteer keeps each city's and subdivision's GeoNames admin1 code, which GeoNames
takes from FIPS 10-4 for most countries, so FIPS country + admin1 is GDELT's code there. Not
everywhere: GeoNames uses ISO 3166-2 codes for some countries, an extra level for others, and
follows reorganisations made after FIPS 10-4 was frozen. Those countries are listed, with the
reason, under ``adm1_not_fips`` in ``data/gdelt_events.yaml`` and get no ADM1 code, nor does a
code that is not two letters or digits (FIPS division codes are). For the US, GDELT writes "US"
and the state's postal code ("USTX"), which is GeoNames' US admin1 code. A country-level place
is its FIPS country code alone, as in GDELT; a region or unknown place has no ADM1 code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire.errors import DataError

GDELT_FILE = "gdelt_events.yaml"
FIPS_DIVISION = re.compile(r"^[0-9A-Z]{2}$")


@lru_cache(maxsize=1)
def not_fips() -> dict[str, str]:
    """ISO3 country -> why its GeoNames admin1 codes are not FIPS 10-4 division codes."""
    text = resources.files("eventwire.data").joinpath(GDELT_FILE).read_text("utf-8")
    listed = (yaml.safe_load(text) or {}).get("adm1_not_fips")
    if not isinstance(listed, dict) or not all(
            isinstance(k, str) and re.fullmatch(r"[A-Z]{3}", k) and isinstance(v, str)
            for k, v in listed.items()):
        raise DataError(GDELT_FILE, None, "adm1_not_fips must map ISO3 codes to reasons")
    return dict(listed)


def admin1_of(name: str, precision: str, country: str, geonameid: int | None) -> str | None:
    """The GeoNames admin1 code of a stored location (a city or a subdivision), from the
    packaged gazetteer; None when the place is not found there."""
    from eventwire.knowledge.gazetteer import gazetteer

    for entry in gazetteer().lookup(name):
        place = entry.place
        if place.country != country or place.kind != precision:
            continue
        if geonameid is not None and place.geonameid != geonameid:
            continue
        if geonameid is None and place.name != name:
            continue
        return place.admin1
    return None


def adm1_code(row: dict[str, Any], fips_country: str | None) -> str | None:
    """ActionGeo_ADM1Code of an exported row (see the module's docstring)."""
    country = row.get("location_country")
    precision = row.get("location_precision")
    name = row.get("location_name")
    if not fips_country or not isinstance(country, str):
        return None
    if precision == "country":
        return fips_country
    if precision not in ("city", "admin1") or not isinstance(name, str) \
            or country in not_fips():
        return None
    geonameid = row.get("location_geonameid")
    code = admin1_of(name, precision, country, int(geonameid) if geonameid is not None else None)
    if code is None or not FIPS_DIVISION.match(code):
        return None
    return fips_country + code
