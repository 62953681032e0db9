"""``eventwire events``, ``export`` and ``db info`` on a real store: bad parameters, unusable
database files and output paths are usage errors with a clear message, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.run import ingest
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.exports import gdelt_columns

pytestmark = pytest.mark.slow

STORIES = [
    Article(text="Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi "
                 "on Friday.", id="k1", published=date(2023, 5, 13), source="Wire A"),
    Article(text="Police fired tear gas at protesters in Nairobi on Saturday.", id="k2",
            published=date(2023, 5, 14), source="Wire B"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    with Store(path) as store:
        ingest(store, Coder(), lambda writer: STORIES, ["test"])
    return path


def invoke(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own process (as a user runs it); stderr joined to stdout."""
    return subprocess.run([sys.executable, "-m", "eventwire.cli.main", *args], text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)


def usage_error(result: subprocess.CompletedProcess[str]) -> bool:
    return result.returncode == 2 and "Traceback" not in result.stdout


def test_a_huge_limit_means_every_row(db: Path) -> None:
    every = invoke("events", "--db", str(db), "--format", "jsonl", "--mentions")
    huge = invoke("events", "--db", str(db), "--format", "jsonl", "--mentions",
                  "--limit", str(10**20))
    assert huge.returncode == 0, huge.stdout
    assert every.stdout and huge.stdout == every.stdout


@pytest.mark.parametrize("root", ["190", "abc", "0", "21"])
def test_a_root_that_is_no_cameo_root_is_a_usage_error(db: Path, root: str) -> None:
    result = invoke("events", "--db", str(db), "--root", root)
    assert usage_error(result) and "CAMEO root" in result.stdout, result.stdout


def test_a_one_digit_root_is_read_as_its_two_digit_code(db: Path) -> None:
    result = invoke("events", "--db", str(db), "--root", "4", "--format", "jsonl")
    assert result.returncode == 0, result.stdout
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {row["cameo"]["root"] for row in rows} == {"04"}


def test_a_bad_date_filter_names_its_option(db: Path) -> None:
    result = invoke("events", "--db", str(db), "--until", "2023-02-30")
    assert usage_error(result) and "--until" in result.stdout
    assert "published" not in result.stdout


def test_events_and_export_give_the_same_jsonl_records(db: Path, tmp_path: Path) -> None:
    listed = invoke("events", "--db", str(db), "--format", "jsonl")
    out = tmp_path / "e.jsonl"
    exported = invoke("export", "--db", str(db), "--format", "jsonl", str(out))
    assert listed.returncode == 0 and exported.returncode == 0, exported.stdout
    assert [json.loads(line) for line in listed.stdout.splitlines()] \
        == [json.loads(line) for line in out.read_text().splitlines()]


def test_export_into_a_missing_directory_is_a_clear_error(db: Path, tmp_path: Path) -> None:
    for fmt in ("gdelt", "parquet"):
        result = invoke("export", "--db", str(db), "--format", fmt,
                        str(tmp_path / "no" / "such" / "out"))
        assert usage_error(result), result.stdout
        assert "cannot write" in result.stdout


def test_a_file_that_is_no_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("meeting notes, not a database\n")
    for args in (["events"], ["db", "info"], ["export", "--format", "csv", str(tmp_path / "x")]):
        result = invoke(*args, "--db", str(path))
        assert usage_error(result), result.stdout
        assert "not a DuckDB database" in result.stdout


@pytest.fixture
def held_db(db: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the store held open for writing by another process."""
    path = tmp_path / "held.duckdb"
    path.write_bytes(db.read_bytes())
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom eventwire.store import Store\n"
         "store = Store(sys.argv[1])\nprint('open', flush=True)\ntime.sleep(120)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        yield path
    finally:
        holder.kill()
        holder.wait()


def test_a_database_another_process_holds_is_a_clear_error(held_db: Path) -> None:
    result = invoke("events", "--db", str(held_db))
    assert usage_error(result) and "in use by another process" in result.stdout, result.stdout


def test_ingest_reports_corrected_versions_and_can_keep_them(tmp_path: Path) -> None:
    old = {"id": "k9", "text": "Police detained two journalists in Kampala on Monday."}
    new = {"id": "k9", "text": "Police detained four journalists in Kampala on Monday."}
    (tmp_path / "v1.jsonl").write_text(json.dumps(old) + "\n")
    (tmp_path / "v2.jsonl").write_text(json.dumps(new) + "\n")
    for db, extra, last in (("replace.duckdb", (), "1 seen = 1 new + 0 duplicate + 0 failed; "
                             "1 event; 1 earlier version replaced\n"),
                            ("keep.duckdb", ("--keep-versions",), "failed; 1 event\n")):
        path = str(tmp_path / db)
        assert invoke("ingest", str(tmp_path / "v1.jsonl"), "--db", path).returncode == 0
        result = invoke("ingest", str(tmp_path / "v2.jsonl"), "--db", path, *extra)
        assert result.returncode == 0 and result.stdout.endswith(last), result.stdout
        with Store(Path(path), read_only=True) as store:
            count = store.con.execute("SELECT count(*) FROM articles").fetchone()
        assert count == (1 if not extra else 2,)


def test_db_info_shows_replaced_versions_and_cleaned_texts(tmp_path: Path) -> None:
    path = tmp_path / "versions.duckdb"
    first = Article(text="Police arrested a journalist in Nairobi on Monday.", id="v1",
                    published=date(2023, 5, 15))
    corrected = Article(text="Police arrested two journalists in Nairobi on Monday.", id="v1",
                        published=date(2023, 5, 15))
    marked = Article.normalised("<p>Protesters marched in Kampala &amp; Nairobi.</p>", id="m1")
    coder = Coder()
    with Store(path) as store:
        ingest(store, coder, lambda writer: [first, marked], ["one"])
        ingest(store, coder, lambda writer: [corrected], ["two"])
    shown = invoke("db", "info", "--db", str(path))
    assert shown.returncode == 0, shown.stdout
    assert "earlier versions replaced: 1" in shown.stdout
    assert "markup: 1" in shown.stdout and "replaced" in shown.stdout.split("runs")[-1]
    info = json.loads(invoke("db", "info", "--db", str(path), "--json").stdout)
    assert info["replaced"] == 1 and info["text_notes"] == {"markup": 1}
    assert [run["replaced"] for run in info["runs"]] == [0, 1]


def test_ingest_names_each_failed_article_and_tallies_warnings(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([
        json.dumps({"id": "h1", "text": "<p>Police arrested protesters in Lagos on Monday.</p>"}),
        json.dumps({"id": "h2", "published": "2024-05-20"}),
        json.dumps({"id": "h3", "text": "   "}),
    ]) + "\n", encoding="utf-8")
    result = invoke("ingest", str(feed), "--db", str(tmp_path / "f.duckdb"))
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert any(line.startswith("error article h2: bad-record") for line in lines), lines
    assert any(line.startswith("error article h3: empty-text") for line in lines), lines
    assert "warning 1 article: HTML markup removed (offsets refer to the cleaned text) (h1)" \
        in lines
    assert lines[-1].startswith("run 1: 3 seen = 1 new + 0 duplicate + 2 failed")


def test_a_table_printed_to_a_pipe_keeps_its_column_names(db: Path) -> None:
    result = invoke("events", "--db", str(db), "--format", "table")
    assert result.returncode == 0, result.stdout
    assert "source_code" in result.stdout and "num_articles" in result.stdout, result.stdout


def test_ingest_exits_1_when_nothing_could_be_coded(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(bytes(range(32)) * 100)
    path = str(tmp_path / "none.duckdb")
    failed = invoke("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "blob.txt"),
                    "--db", path)
    assert failed.returncode == 1 and "0 new + 0 duplicate + 2 failed" in failed.stdout
    with Store(Path(path), read_only=True) as store:
        assert store.info()["runs"][0]["failed"] == 2


def test_stored_times_are_utc_whatever_the_local_time_zone(tmp_path: Path) -> None:
    """Ingested, run and migration times are stored (and printed) in UTC, and GDELT's
    DATEADDED is that UTC time: a machine set to New York time (UTC-5) changes none of them."""
    from datetime import UTC, datetime, timedelta

    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "u1", "text": STORIES[1].text,
                                  "published": "2023-05-14"}) + "\n")
    path = tmp_path / "utc.duckdb"
    env = {**os.environ, "TZ": "America/New_York"}
    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    ingested = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "ingest", str(source),
                               "--db", str(path)], env=env, text=True, capture_output=True,
                              timeout=300)
    assert ingested.returncode == 0, ingested.stderr
    assert ingested.stderr.rstrip().endswith("failed; 1 event"), ingested.stderr
    out = tmp_path / "events.tsv"
    exported = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "export", str(out),
                               "--format", "gdelt", "--db", str(path), "--mentions"], env=env,
                              text=True, capture_output=True, timeout=300)
    assert exported.returncode == 0, exported.stderr
    after = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=1)
    with Store(path, read_only=True) as store:
        stored = store.con.execute(
            "SELECT (SELECT min(ingested_at) FROM articles), (SELECT min(started_at) FROM runs), "
            "(SELECT min(finished_at) FROM runs), "
            "(SELECT min(applied_at) FROM schema_migrations)").fetchone()
    assert stored is not None
    for value in stored:
        assert before <= value <= after, (value, before, after)
    column = [name for name, _ in gdelt_columns()].index("DATEADDED")
    added = {line.split("\t")[column] for line in out.read_text().splitlines()}
    assert added and all(before <= datetime.strptime(v, "%Y%m%d%H%M%S") <= after for v in added)
    info = invoke("db", "info", "--db", str(path))
    assert "started (UTC)" in info.stdout and "applied at (UTC)" in info.stdout, info.stdout
