"""Publication values that are no date: the article is coded without one, with a warning that
names it and the value (never a failed article); blanks are no value; digit forms are read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.cli.notes import WarningTally, note_line
from eventwire.ingest.sources import SourceOptions, iter_articles
from eventwire.records import Article, as_date, lenient_published

TEXT = "Dock workers went on strike in Durban on Wednesday."


@pytest.mark.parametrize("value", ["yesterday", "31/31/2020", "n/a", "2024-13-45", 1e30,
                                   float("nan"), -1e20, True, {"day": 3}, [2020, 1, 1],
                                   "0000-00-00", 10**40, "99999999999"])
def test_a_value_that_is_no_date_is_kept_as_written(value: object) -> None:
    day, bad = lenient_published(value)
    assert day is None and bad is not None and bad


def test_blank_values_are_no_value_and_long_ones_are_cut() -> None:
    assert lenient_published("  \t") == (None, None)
    assert lenient_published(None) == (None, None)
    _, shown = lenient_published("x" * 500)
    assert shown is not None and len(shown) < 100 and shown.endswith("...")
    _, broken = lenient_published("day \ud800")
    assert broken is not None
    broken.encode("utf-8")  # printable: no lone surrogate left


@pytest.mark.parametrize(("value", "day"), [
    ("1700000000", date(2023, 11, 14)),       # Unix seconds, as a CSV writes the number
    ("1700000000000", date(2023, 11, 14)),    # milliseconds
    ("20200131123000", date(2020, 1, 31)),    # GDELT's YYYYMMDDHHMMSS
    ("20200131", date(2020, 1, 31)),          # ISO 8601 basic
])
def test_dates_in_digits_are_read(value: str, day: date) -> None:
    assert as_date(value) == day


def test_an_impossible_stamp_in_digits_is_no_date() -> None:
    with pytest.raises(ValueError, match="published date"):
        as_date("20201399000000")


def test_normalised_article_is_undated_with_a_note() -> None:
    article = Article.normalised(TEXT, id="a", published="last Tuesday")
    assert article.published is None and article.notes == ("bad-published",)
    assert article.bad_published == "last Tuesday"
    assert "published value 'last Tuesday' is no date" in note_line(article)
    dated = Article.normalised(TEXT, id="b", published="2021-06-01")
    assert dated.published == date(2021, 6, 1) and dated.notes == () and dated.bad_published is None


def test_an_article_built_directly_still_refuses_a_bad_date() -> None:
    with pytest.raises(ValueError, match="published"):
        Article(TEXT, id="a", published="yesterday")  # type: ignore[arg-type]


def test_readers_code_bad_values_undated_or_with_the_run_default(tmp_path: Path) -> None:
    lines = [{"id": "j1", "text": TEXT, "published": "yesterday"},
             {"id": "j2", "text": TEXT, "published": "2022-03-01"},
             {"id": "j3", "text": TEXT, "published": " "}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    (tmp_path / "b.csv").write_text(f'id,text,published\nc1,"{TEXT}",31/31/2020\n'
                                    f'c2,"{TEXT}",1646092800\n', encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps([{"id": "k1", "text": TEXT, "published": 1e99}]))
    items = list(iter_articles([str(tmp_path)]))
    assert all(isinstance(i, Article) for i in items)
    got = {i.id: (i.published, i.bad_published) for i in items if isinstance(i, Article)}
    assert got == {"j1": (None, "yesterday"), "j2": (date(2022, 3, 1), None), "j3": (None, None),
                   "c1": (None, "31/31/2020"), "c2": (date(2022, 3, 1), None),
                   "k1": (None, "1e+99")}
    default = SourceOptions(published=date(2020, 5, 5))
    with_default = {i.id: i for i in iter_articles([str(tmp_path)], default)
                    if isinstance(i, Article)}
    assert with_default["j1"].published == date(2020, 5, 5)
    assert with_default["j1"].notes == ("bad-published",)  # still said
    assert with_default["j2"].published == date(2022, 3, 1)


def test_the_tally_names_each_article_with_its_value() -> None:
    tally = WarningTally(lambda line: None)
    for number, value in enumerate(["yesterday", "n/a", "31/31/2020", "soon"]):
        tally.add(Article.normalised(TEXT, id=f"a{number}", published=value))
    (line,) = tally.summary()
    assert line.startswith("4 articles: published value is no date")
    assert "(a0: 'yesterday', a1: 'n/a', a2: '31/31/2020' and 1 more" in line


def test_a_feed_entry_date_that_is_no_date_is_noted(tmp_path: Path) -> None:
    items = "".join(f"<item><guid>{guid}</guid>{date_tag}<description>{TEXT}</description></item>"
                    for guid, date_tag in [("g1", "<pubDate>sometime soon</pubDate>"),
                                           ("g2", "<pubDate>Tue, 01 Mar 2022 10:00:00 GMT"
                                                  "</pubDate>"), ("g3", "")])
    (tmp_path / "f.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>'
                                    f"<title>W</title>{items}</channel></rss>", encoding="utf-8")
    got = {i.id: (i.published, i.bad_published, i.notes) for i in
           iter_articles([str(tmp_path / "f.rss")], SourceOptions(follow_links=False))
           if isinstance(i, Article)}
    assert got == {"g1": (None, "sometime soon", ("bad-published",)),
                   "g2": (date(2022, 3, 1), None, ()), "g3": (None, None, ())}
