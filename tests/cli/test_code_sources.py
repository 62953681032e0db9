"""``eventwire code`` reads every input format ``eventwire ingest`` reads (one sources module)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

TEXT = ("Russian troops shelled the Ukrainian city of Kharkiv on Monday, killing five people, "
        "Ukrainian officials said.")
PAGE = ("<html><head><title>City shelled</title></head><body><nav>Home | World</nav><article>"
        "<h1>City shelled</h1><p>{text}</p><p>The attack damaged several buildings in the centre "
        "of the city, officials said, and rescue teams worked through the night.</p></article>"
        "</body></html>")
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id>
<updated>2022-03-01T00:00:00Z</updated>
<entry><title>Shelling</title><id>urn:1</id><link href="http://example.invalid/p"/>
<updated>2022-03-02T00:00:00Z</updated><content type="html">&lt;p&gt;{text}&lt;/p&gt;</content>
</entry></feed>"""


def run(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli.main", *args],
                          capture_output=True, timeout=600)


def write_inputs(root: Path) -> None:
    buffer = io.StringIO()
    table = csv.writer(buffer)
    table.writerow(["story", "body", "day"])
    table.writerow(["c1", TEXT, "2022-03-07"])
    (root / "rows.csv.gz").write_bytes(gzip.compress(buffer.getvalue().encode()))
    (root / "page.html").write_text(PAGE.format(text=TEXT), encoding="utf-8")
    (root / "feed.atom").write_text(ATOM.format(text=TEXT), encoding="utf-8")


def test_code_reads_csv_gz_html_and_feeds_with_column_mapping(tmp_path: Path) -> None:
    write_inputs(tmp_path)
    proc = run(["code", str(tmp_path), "--format", "jsonl", "--text-column", "body",
                "--id-column", "story", "--published-column", "day", "--no-follow-links",
                "--published", "2022-03-01"])
    assert proc.returncode == 0, proc.stderr.decode()
    assert "3 articles: 3 coded, 0 failed" in proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    by_article = {record["article_id"] for record in records}
    assert "c1" in by_article
    assert "http://example.invalid/p" in by_article
    assert any(article.endswith("page.html") for article in by_article)


def test_code_reports_a_bad_gzip_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "broken.txt.gz").write_bytes(b"not gzip at all")
    proc = run(["code", str(tmp_path), "--format", "jsonl", "--published", "2022-03-07"])
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    assert "bad-gzip" in err and "2 articles: 1 coded, 1 failed" in err


def test_stdin_holding_a_json_array_is_read_record_by_record() -> None:
    records = [{"id": "s1", "text": TEXT}, {"id": "s2", "text": TEXT + " Talks were held."}]
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "code", "-", "--format",
                           "jsonl"], input=json.dumps(records).encode(), capture_output=True,
                          timeout=600)
    assert "2 articles: 2 coded, 0 failed" in proc.stderr.decode(), proc.stderr.decode()
    assert {json.loads(line)["article_id"] for line in proc.stdout.decode().splitlines()} \
        == {"s1", "s2"}
    text = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "code", "-", "--format",
                           "jsonl"], input=f"[Reuters] {TEXT}".encode(), capture_output=True,
                          timeout=600)
    assert "1 article: 1 coded, 0 failed" in text.stderr.decode(), text.stderr.decode()


def test_an_empty_jsonl_file_is_no_article(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"\n  \n")
    proc = run(["code", str(tmp_path / "empty.jsonl"), "--format", "jsonl"])
    err = proc.stderr.decode()
    assert f"warning {tmp_path / 'empty.jsonl'}: the file holds no JSON line (0 articles)" in err
    assert "0 articles: 0 coded, 0 failed; 0 events" in err and proc.returncode == 1
