"""The GDELT export's actor columns, on events the real coder stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.run import ingest
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
