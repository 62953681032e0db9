"""How ``eventwire code`` and ``ingest`` read stdin and files: by suffix, stdin by its look
(JSONL, a JSON array, CSV with a text column, a feed, else plain text), or as
``--input-format`` says; and a published value that is no date, through the real command."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import click
import pytest

from eventwire.cli.options import check_paths
from eventwire.ingest.formats import ColumnMap
from eventwire.ingest.sources import SourceOptions, iter_articles, stdin_suffix
from eventwire.records import Article, ArticleError

GOOD = "Police in Mombasa arrested three opposition activists on Tuesday."
BENI = "Rebels attacked an army post near Beni on Friday."
CSV = f'id,text,published\nc1,"{GOOD}",2022-02-02\nc2,{BENI},yesterday\n'.encode()


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli.main", *args], input=stdin,
                          capture_output=True, timeout=600)  # type: ignore[call-overload]


def decoded(proc: subprocess.CompletedProcess[bytes]) -> tuple[list[dict[str, object]], str]:
    out = proc.stdout.decode()
    return [json.loads(line) for line in out.splitlines()], proc.stderr.decode()


@pytest.mark.parametrize(("data", "suffix"), [
    (b'{"text": "x"}\n', ".jsonl"), (b'[{"text": "x"}]', ".json"), (CSV, ".csv"),
    (b"story;text\r\n1;x\r\n", ".csv"), (b"text\tid\n", ".csv"),
    (b"Text, the minister said, was agreed.", None),   # plain text, commas and all
    (b"text\nPolice arrested two men.", None),          # one column: not a CSV header
    (b"[Reuters] Police arrested two men.", None), (b"", None), (b"\xff\xfe\x00", None),
    (b'[ {"id": "a", "text": "Police arr', ".json"),   # an array of records cut short
])
def test_stdin_is_read_by_its_look(data: bytes, suffix: str | None) -> None:
    assert stdin_suffix(data) == suffix


def test_the_text_column_name_is_what_marks_a_csv_header() -> None:
    assert stdin_suffix(b"story,day\nx,y\n") is None
    assert stdin_suffix(b"story,day\nx,y\n", ColumnMap(text="story")) == ".csv"


def test_an_unknown_input_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown input format 'xml'"):
        SourceOptions(input_format="xml")


def test_input_format_reads_a_file_whatever_its_suffix(tmp_path: Path) -> None:
    (tmp_path / "export.dat.txt").write_bytes(CSV)
    items = list(iter_articles([str(tmp_path / "export.dat.txt")],
                               SourceOptions(input_format="csv")))
    assert [i.id for i in items if isinstance(i, Article)] == ["c1", "c2"]
    (plain,) = iter_articles([str(tmp_path / "export.dat.txt")])  # by suffix: one text
    assert isinstance(plain, Article)


@pytest.mark.slow
def test_csv_on_stdin_is_read_row_by_row_and_bad_dates_are_warned() -> None:
    records, err = decoded(run(["code", "-", "--format", "jsonl"], CSV))
    assert "2 articles: 2 coded, 0 failed" in err, err
    assert {r["article_id"] for r in records} == {"c1", "c2"}
    beni = next(r for r in records if r["article_id"] == "c2")
    assert beni["date"] is None  # "on Friday" has nothing to count from
    assert "c2: 'yesterday'" in err and "published value is no date" in err
    verbose = run(["code", "-", "--format", "jsonl", "--verbose"], CSV).stderr.decode()
    assert "warning article c2: published value 'yesterday' is no date" in verbose
    dated = decoded(run(["code", "-", "--format", "jsonl", "--published", "2022-03-04"], CSV))
    assert next(r for r in dated[0] if r["article_id"] == "c2")["date"] == "2022-03-04"


@pytest.mark.slow
def test_declared_and_gzipped_stdin() -> None:
    as_text, err = decoded(run(["code", "-", "--format", "jsonl", "--input-format", "text"], CSV))
    assert "1 article: 1 coded, 0 failed" in err and {r["article_id"] for r in as_text} \
        == {"<stdin>"}
    zipped, err = decoded(run(["code", "-", "--format", "jsonl"], gzip.compress(CSV)))
    assert "2 articles: 2 coded, 0 failed" in err, err
    lines = (json.dumps({"id": "j", "text": GOOD}) + "\n").encode()
    declared, err = decoded(run(["code", "-", "--format", "jsonl", "--input-format", "jsonl"],
                                lines))
    assert "1 article: 1 coded" in err and declared[0]["article_id"] == "j"


@pytest.mark.slow
def test_clear_errors_for_a_wrong_declaration() -> None:
    unknown = run(["code", "-", "--input-format", "xml"], b"x")
    assert unknown.returncode == 2 and b"'xml' is not one of" in unknown.stderr
    no_column = run(["code", "-", "--input-format", "csv", "--format", "jsonl"],
                    f"story;id\n{GOOD};x\n".encode())
    err = no_column.stderr.decode()
    assert no_column.returncode == 1 and "error article <stdin>: bad-record: no 'text' column" \
        in err and "--text-column" in err and "1 article: 0 coded, 1 failed" in err
    not_jsonl = run(["code", "-", "--input-format", "jsonl", "--format", "jsonl"],
                    f"{GOOD}\n{BENI}\n".encode())
    err = not_jsonl.stderr.decode()
    assert err.count("bad-record: malformed JSON") == 2 and "2 articles: 0 coded, 2 failed" in err
    bad_zip = run(["code", "-", "--format", "jsonl"], b"\x1f\x8b" + b"broken")
    assert bad_zip.returncode == 1 and b"<stdin>: bad-gzip" in bad_zip.stderr


@pytest.mark.slow
def test_ingest_takes_the_same_declaration(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    proc = run(["ingest", "-", "--db", str(db), "--input-format", "csv"], CSV)
    err = proc.stderr.decode()
    assert proc.returncode == 0 and "2 seen = 2 new" in err and "c2: 'yesterday'" in err, err
    info = run(["db", "info", "--db", str(db)]).stdout.decode()
    assert "bad-published: 1" in info, info


def test_a_closed_stdin_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    (item,) = iter_articles(["-"])
    assert isinstance(item, ArticleError) and item.code == "unreadable-file"


def test_stdin_on_a_terminal_is_refused_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(isatty=lambda: True))
    with pytest.raises(click.BadParameter, match="stdin, which is a terminal"):
        check_paths(["-"])
