"""CSV rows: an unterminated quote costs one row (an error naming it), never the rows after it."""

from __future__ import annotations

from pathlib import Path

from eventwire import errors
from eventwire.ingest.csv_rows import BadRow, Row, csv_rows
from eventwire.ingest.sources import count_articles, iter_articles
from eventwire.records import Article, ArticleError

STORM = "A storm hit the coast of Kerala, officials said."
TALKS = "The two ministers held talks in Nairobi on Monday."
STRIKE = "Dock workers went on strike in Durban."


def _kinds(text: str) -> list[tuple[str, int]]:
    return [(type(item).__name__, item.line) for item in csv_rows(text)]


def test_a_quote_left_open_to_the_end_is_one_bad_row() -> None:
    text = f'id,text\nr1,"{STORM}\nr2,{TALKS}\nr3,{STRIKE}\n'
    items = list(csv_rows(text))
    assert [type(i) for i in items] == [BadRow, Row, Row]
    bad, talks, strike = items
    assert isinstance(bad, BadRow) and bad.line == 2 and "end of the file" in bad.reason
    assert isinstance(talks, Row) and talks.fields == {"id": "r2", "text": TALKS}
    assert isinstance(strike, Row) and strike.line == 4


def test_a_quote_closed_by_a_later_row_is_one_bad_row() -> None:
    text = f'id,text\nr1,"{STORM}\nr2,"{TALKS}"\nr3,{STRIKE}\n'
    assert _kinds(text) == [("BadRow", 2), ("Row", 3), ("Row", 4)]


def test_a_runaway_row_with_too_many_fields_is_one_bad_row() -> None:
    text = f'id,text\nr1,"{STORM}\nr2,"extra\nr3,{STRIKE}\n'
    assert _kinds(text)[0] == ("BadRow", 2)
    assert ("Row", 4) in _kinds(text)


def test_good_quoting_is_untouched() -> None:
    text = (f'id,text\nr1,"{STORM}\n\nIt was, they said, ""severe""."\n\n'
            f'r2,{TALKS}\r\nr3,"Talks in ""Paris"""\n')
    items = list(csv_rows(text))
    assert [(type(i).__name__, i.line) for i in items] == [("Row", 2), ("Row", 6), ("Row", 7)]
    first = items[0]
    assert isinstance(first, Row)
    assert first.fields["text"] == f'{STORM}\n\nIt was, they said, "severe".'


def test_a_stray_quote_within_one_line_is_read_leniently() -> None:
    items = list(csv_rows(f'id,text\nr1,"Paris"France\nr2,{TALKS}\n'))
    assert [type(i) for i in items] == [Row, Row]
    assert isinstance(items[0], Row) and items[0].fields["text"] == "ParisFrance"


def test_short_rows_have_none_for_the_missing_fields() -> None:
    (row,) = csv_rows("id,text,published\nr1,x\n")
    assert isinstance(row, Row) and row.fields == {"id": "r1", "text": "x", "published": None}


def test_the_reader_reports_the_row_and_counts_reconcile(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(f'id,text\nr1,"{STORM}\nr2,{TALKS}\nr3,"{STRIKE}"\nr4,{TALKS}\n',
                    encoding="utf-8")
    items = list(iter_articles([str(path)]))
    assert count_articles([str(path)]) == len(items) == 4
    bad = items[0]
    assert isinstance(bad, ArticleError) and bad.code == errors.BAD_RECORD
    assert bad.article_id == f"{path}:2" and "unterminated quote" in bad.message
    assert [i.id for i in items[1:] if isinstance(i, Article)] == ["r2", "r3", "r4"]


def test_a_multiline_field_counts_as_one_article(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(f'id,text\nr1,"{STORM}\n\n{TALKS}"\nr2,{STRIKE}\n', encoding="utf-8")
    assert count_articles([str(path)]) == len(list(iter_articles([str(path)]))) == 2


def test_a_field_past_the_old_size_limit_is_read_and_the_rows_after_it(tmp_path: Path) -> None:
    path = tmp_path / "giant.csv"
    path.write_text(f'id,text\nr1,{STORM}\nr2,"{"x" * 51_000_000}"\nr3,{TALKS}\n',
                    encoding="utf-8")
    items = list(iter_articles([str(path)]))
    assert [i.id if isinstance(i, Article) else i for i in items] == ["r1", "r2", "r3"]
    assert isinstance(items[1], Article) and len(items[1].text) == 51_000_000  # too-large later


def test_semicolon_tab_and_loosely_named_columns_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(f'ID;Text ;Published\nr1;"{STORM}";2021-05-01\n',
                                    encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"id\ttext\nr2\t{TALKS}\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text(f"id,body\nr3,{STRIKE}\n", encoding="utf-8")
    storm, talks, missing = list(iter_articles([str(tmp_path)]))
    assert isinstance(storm, Article) and storm.id == "r1" and storm.text == STORM
    assert storm.published is not None and storm.published.isoformat() == "2021-05-01"
    assert isinstance(talks, Article) and talks.id == "r2" and talks.text == TALKS
    assert isinstance(missing, ArticleError) and "no 'text' column" in missing.message
    assert "'body'" in missing.message
