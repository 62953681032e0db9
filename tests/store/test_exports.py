"""The GDELT, ICEWS and PLOVER exports' columns and dates, on events the real coder stores."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.run import ingest
from eventwire.ontology import get_ontology
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.exports import gdelt_columns

pytestmark = pytest.mark.slow


def test_known_group_is_an_organisation_never_a_bare_role(tmp_path: Path, coder: Coder) -> None:
    article = Article(text="Rebels attacked a United Nations base on Monday.", id="r1",
                      published=date(2023, 5, 10))
    with Store(tmp_path / "e.duckdb") as store:
        ingest(store, coder, lambda writer: [article], ["test"])
        store.export("gdelt", tmp_path / "e.tsv", unit="mention")
    names = [name for name, _ in gdelt_columns()]
    rows = [dict(zip(names, line.split("\t"), strict=True))
            for line in (tmp_path / "e.tsv").read_text().splitlines()]
    attack = next(row for row in rows if row["EventRootCode"] == "19")
    assert (attack["Actor1Code"], attack["Actor1Type1Code"]) == ("REB", "REB")
    assert attack["Actor1KnownGroupCode"] == ""
    assert attack["Actor2Code"] == "IGOUNO" and attack["Actor2KnownGroupCode"] == "IGOUNO"


def test_icews_export_has_the_icews_columns_and_names(tmp_path: Path, coder: Coder) -> None:
    articles = [Article(text="Kenyan President William Ruto met Ugandan President Yoweri "
                             "Museveni in Nairobi on Friday.", id="k1",
                        published=date(2023, 5, 13), source="Wire A"),
                Article(text="The Kenyan president will meet the Ugandan president in Kampala "
                             "next week.", id="k2", published=date(2023, 5, 13))]
    with Store(tmp_path / "e.duckdb") as store:
        ingest(store, coder, lambda writer: articles, ["test"])
        written = store.export("icews", tmp_path / "e.tsv", unit="mention")
    lines = (tmp_path / "e.tsv").read_text().splitlines()
    header = lines[0].split("\t")
    assert header == ["Event ID", "Event Date", "Source Name", "Source Sectors",
                      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name",
                      "Target Sectors", "Target Country", "Story ID", "Sentence Number",
                      "Publisher", "City", "District", "Province", "Country", "Latitude",
                      "Longitude", "Date Precision"]
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    assert len(rows) == written
    met = next(r for r in rows if r["Story ID"] == "k1" and r["CAMEO Code"].startswith("04"))
    assert (met["Source Country"], met["Target Country"]) in {("Kenya", "Uganda"),
                                                              ("Uganda", "Kenya")}
    assert met["Event Date"] == "2023-05-12" and met["Sentence Number"] == "1"
    assert met["City"] == "Nairobi" and met["Country"] == "Kenya"
    assert met["Publisher"] == "Wire A"
    assert met["Event Text"] == get_ontology().cameo(met["CAMEO Code"]).name
    planned = [r for r in rows if r["Story ID"] == "k2" and r["Source Country"] == "Kenya"]
    assert planned and {r["CAMEO Code"] for r in planned} == {"036"}
    assert {r["Event Text"] for r in planned} == {"Express intent to meet or negotiate"}


DATED = [Article(text="Rebels attacked the town in March 2024, officials said.", id="month",
                 published=date(2024, 5, 20)),
         Article(text="Rebels attacked the town in 2021, officials said.", id="year",
                 published=date(2024, 5, 20)),
         Article(text="Rebels attacked the town on Monday, officials said.", id="day\tline\n2",
                 published=date(2024, 5, 22))]


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Path:
    path = tmp_path_factory.mktemp("dated") / "e.duckdb"
    with Store(path) as store:
        ingest(store, coder, lambda writer: DATED, ["test"])
    return path


def _export(db: Path, fmt: str, out: Path) -> list[str]:
    with Store(db, read_only=True) as store:
        written = store.export(fmt, out, unit="mention")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert written == len(lines) - (fmt == "icews")
    return lines


def _attack(rows: list[dict[str, str]], key: str, story: str) -> dict[str, str]:
    return next(row for row in rows if row[key] == story)


def test_gdelt_gives_no_day_to_an_event_dated_to_a_month_or_year(dated_store: Path,
                                                                  tmp_path: Path) -> None:
    names = [name for name, _ in gdelt_columns()]
    rows = [dict(zip(names, line.split("\t"), strict=True))
            for line in _export(dated_store, "gdelt", tmp_path / "g.tsv")]
    dates = {story: tuple(_attack(rows, "SOURCEURL", story)[name] for name in
                          ("SQLDATE", "MonthYear", "Year", "FractionDate"))
             for story in ("month", "year", "day line 2")}
    assert dates == {"month": ("", "202403", "2024", ""), "year": ("", "", "2021", ""),
                     "day line 2": ("20240520", "202405", "2024", "2024.3836")}


def test_icews_writes_the_date_at_its_precision(dated_store: Path, tmp_path: Path) -> None:
    lines = _export(dated_store, "icews", tmp_path / "i.tsv")
    header = lines[0].split("\t")
    assert len(header) == 21 and header[-1] == "Date Precision"
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    dates = {story: (_attack(rows, "Story ID", story)["Event Date"],
                     _attack(rows, "Story ID", story)["Date Precision"])
             for story in ("month", "year", "day line 2")}
    assert dates == {"month": ("2024-03", "month"), "year": ("2021", "year"),
                     "day line 2": ("2024-05-20", "day")}
    assert {row["Publisher"] for row in rows} == {""}, "no source and no URL: no publisher"


def test_plover_dates_a_month_or_year_as_a_range(dated_store: Path, tmp_path: Path) -> None:
    records = [json.loads(line) for line in _export(dated_store, "plover", tmp_path / "p.jsonl")]
    stories = {record["id"]: record for record in records}
    assert len(stories) == 3
    periods = sorted((r.get("date"), r.get("enddate"), r.get("date_precision"))
                     for r in records)
    assert periods == [("2021-01-01", "2021-12-31", "year"),
                       ("2024-03-01", "2024-03-31", "month"),
                       ("2024-05-20", None, "day")]


def test_gdelt_date_added_is_utc_and_the_place_names_its_country(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "n1", "published": "2023-05-14", "text":
                                "Police fired tear gas at protesters in Nairobi on Saturday."})
                    + "\n", encoding="utf-8")
    tokyo = {**os.environ, "TZ": "Asia/Tokyo"}
    db, out = str(tmp_path / "t.duckdb"), tmp_path / "t.tsv"
    for args in (["ingest", str(feed), "--db", db],
                 ["export", str(out), "--format", "gdelt", "--db", db]):
        done = subprocess.run([sys.executable, "-m", "eventwire.cli.main", *args], env=tokyo,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
    names = [name for name, _ in gdelt_columns()]
    (row,) = [dict(zip(names, line.split("\t"), strict=True))
              for line in out.read_text(encoding="utf-8").splitlines()]
    added = datetime.strptime(row["DATEADDED"], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - added) < timedelta(minutes=30), row["DATEADDED"]
    assert row["ActionGeo_FullName"] == "Nairobi, Kenya"
