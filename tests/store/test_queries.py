"""Date filters of ``events``/``export`` (``EventFilter.since``/``until``): an event dated to a
week, month or year is that period, and a filter keeps it when the two overlap."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.coder import Coder
from eventwire.ingest.run import ingest
from eventwire.records import Article
from eventwire.store import EventFilter, Store
from eventwire.store.exports import _date_range

PUBLISHED = date(2024, 6, 14)  # a Friday
DATED = [
    Article(text="Rebels attacked the town of Beni in March.", id="month",
            published=PUBLISHED),
    Article(text="Kenya expelled two Ugandan diplomats in 2021.", id="year", published=PUBLISHED),
    Article(text="Police arrested three opposition leaders in Harare last week.", id="week",
            published=PUBLISHED),
    Article(text="Soldiers shelled a village near Goma on Thursday.", id="day",
            published=PUBLISHED),
]


def stored(store: Store, **bounds: date) -> set[str]:
    rows = store.events_arrow(EventFilter(**bounds), "mention").to_pylist()
    return {row["article_id"] for row in rows}


def test_dated_periods_overlap_the_filter(tmp_path: Path, coder: Coder) -> None:
    with Store(tmp_path / "dates.duckdb") as store:
        ingest(store, coder, lambda writer: DATED, ["test"])
        precisions = {row["article_id"]: (row["date"], row["date_precision"])
                      for row in store.events_arrow(unit="mention").to_pylist()}
        assert precisions["month"] == (date(2024, 3, 1), "month")
        assert precisions["year"] == (date(2021, 1, 1), "year")
        assert precisions["week"] == (date(2024, 6, 3), "week")
        assert precisions["day"] == (date(2024, 6, 13), "day")
        # a day inside a period finds it from either side
        assert "month" in stored(store, since=date(2024, 3, 20))
        assert "month" in stored(store, until=date(2024, 3, 5))
        assert "month" in stored(store, since=date(2024, 3, 31), until=date(2024, 3, 31))
        assert "month" not in stored(store, since=date(2024, 4, 1))
        assert "month" not in stored(store, until=date(2024, 2, 29))
        assert "year" in stored(store, since=date(2021, 12, 31), until=date(2021, 12, 31))
        assert "year" not in stored(store, since=date(2022, 1, 1))
        assert "week" in stored(store, since=date(2024, 6, 9), until=date(2024, 6, 9))
        assert "week" not in stored(store, since=date(2024, 6, 10))
        assert stored(store, since=date(2024, 6, 13), until=date(2024, 6, 13)) == {"day"}
        # the SQL and the exports' period of each event agree, for every window
        rows = store.events_arrow(unit="mention").to_pylist()
        for since, until in [(date(2024, 3, 15), date(2024, 6, 5)),
                             (date(2021, 6, 1), date(2024, 3, 1)),
                             (date(2024, 6, 10), date(2024, 6, 30))]:
            expected = set()
            for row in rows:
                period = _date_range(row)
                assert period is not None
                if period[1] >= since and period[0] <= until:
                    expected.add(row["article_id"])
            assert stored(store, since=since, until=until) == expected, (since, until)
