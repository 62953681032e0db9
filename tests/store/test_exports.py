"""The GDELT export's actor columns, on events the real coder stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.run import ingest
from eventwire.ontology import get_ontology
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.exports import gdelt_columns

pytestmark = pytest.mark.slow


def test_known_group_is_an_organisation_never_a_bare_role(tmp_path: Path) -> None:
    article = Article(text="Rebels attacked a United Nations base on Monday.", id="r1",
                      published=date(2023, 5, 10))
    with Store(tmp_path / "e.duckdb") as store:
        ingest(store, Coder(), lambda writer: [article], ["test"])
        store.export("gdelt", tmp_path / "e.tsv", unit="mention")
    names = [name for name, _ in gdelt_columns()]
    rows = [dict(zip(names, line.split("\t"), strict=True))
            for line in (tmp_path / "e.tsv").read_text().splitlines()]
    attack = next(row for row in rows if row["EventRootCode"] == "19")
    assert (attack["Actor1Code"], attack["Actor1Type1Code"]) == ("REB", "REB")
    assert attack["Actor1KnownGroupCode"] == ""
    assert attack["Actor2Code"] == "IGOUNO" and attack["Actor2KnownGroupCode"] == "IGOUNO"


def test_icews_export_has_the_icews_columns_and_names(tmp_path: Path) -> None:
    articles = [Article(text="Kenyan President William Ruto met Ugandan President Yoweri "
                             "Museveni in Nairobi on Friday.", id="k1",
                        published=date(2023, 5, 13), source="Wire A"),
                Article(text="The Kenyan president will meet the Ugandan president in Kampala "
                             "next week.", id="k2", published=date(2023, 5, 13))]
    with Store(tmp_path / "e.duckdb") as store:
        ingest(store, Coder(), lambda writer: articles, ["test"])
        written = store.export("icews", tmp_path / "e.tsv", unit="mention")
    lines = (tmp_path / "e.tsv").read_text().splitlines()
    header = lines[0].split("\t")
    assert header == ["Event ID", "Event Date", "Source Name", "Source Sectors",
                      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name",
                      "Target Sectors", "Target Country", "Story ID", "Sentence Number",
                      "Publisher", "City", "District", "Province", "Country", "Latitude",
                      "Longitude"]
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    assert len(rows) == written
    met = next(r for r in rows if r["Story ID"] == "k1" and r["CAMEO Code"].startswith("04"))
    assert (met["Source Country"], met["Target Country"]) in {("Kenya", "Uganda"),
                                                              ("Uganda", "Kenya")}
    assert met["Event Date"] == "2023-05-12" and met["Sentence Number"] == "1"
    assert met["City"] == "Nairobi" and met["Country"] == "Kenya"
    assert met["Publisher"] == "wire a"
    assert met["Event Text"] == get_ontology().cameo(met["CAMEO Code"]).name
    planned = [r for r in rows if r["Story ID"] == "k2" and r["Source Country"] == "Kenya"]
    assert planned and {r["CAMEO Code"] for r in planned} == {"036"}
    assert {r["Event Text"] for r in planned} == {"Express intent to meet or negotiate"}
