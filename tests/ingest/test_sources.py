"""Ingestion sources: csv, html, gz, feeds and pages served by a real local HTTP server."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.formats import ColumnMap
from eventwire.ingest.run import ingest
from eventwire.ingest.sources import Duplicate, SourceOptions, count_articles, iter_items
from eventwire.records import Article, ArticleError
from eventwire.store import Store

PAGE = """<html><head><title>{title}</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>{title}</h1>
<p>{body}</p>
<p>The talks lasted several hours, officials said, and covered trade and security issues in
the region. Both sides described the meeting as constructive and agreed to meet again soon.</p>
</article><footer>Copyright 2022</footer></body></html>"""

PAGES = {
    "summit.html": ("Leaders meet", "Russian President Vladimir Putin met Chinese President Xi "
                                    "Jinping in Beijing on Friday."),
    "shelling.html": ("City shelled", "Russian troops shelled the Ukrainian city of Kharkiv on "
                                      "Monday, killing five people, Ukrainian officials said."),
}

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local Wire</title><link>{base}/</link>
<description>test feed</description>
<item><title>Leaders meet</title><link>{base}/summit.html</link>
<pubDate>Sat, 05 Feb 2022 10:00:00 GMT</pubDate><description>Summit.</description></item>
<item><title>City shelled</title><link>{base}/shelling.html</link>
<pubDate>Tue, 01 Mar 2022 08:00:00 GMT</pubDate><description>Shelling.</description></item>
<item><title>Gone</title><link>{base}/missing.html</link>
<pubDate>Tue, 01 Mar 2022 09:00:00 GMT</pubDate><description>Missing.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id>
<updated>2022-03-01T00:00:00Z</updated>
<entry><title>Protest</title><id>urn:1</id><link href="http://example.invalid/p"/>
<updated>2022-03-02T00:00:00Z</updated>
<content type="html">&lt;p&gt;Thousands of protesters marched in Tbilisi on Tuesday.&lt;/p&gt;
</content>
</entry></feed>"""


class Handler(SimpleHTTPRequestHandler):
    requested: list[str] = []

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Handler.requested.append(self.path)
        super().do_GET()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    server = ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: Handler(*a, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for name, (title, body) in PAGES.items():
        (root / name).write_text(PAGE.format(title=title, body=body), encoding="utf-8")
    (root / "feed.xml").write_text(RSS.format(base=base), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_csv_with_column_mapping(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text('body,key,day,outlet\n"Iran condemned the sanctions, officials said.",k1,'
                    '2021-05-01,Wire\n,k2,2021-05-02,Wire\n', encoding="utf-8")
    columns = ColumnMap(text="body", id="key", published="day", source="outlet")
    items = list(iter_items([str(path)], SourceOptions(columns=columns)))
    first, second = items
    assert isinstance(first, Article) and first.id == "k1" and first.source == "Wire"
    assert first.published == date(2021, 5, 1)
    assert isinstance(second, Article) and second.text == ""  # the coder reports empty-text
    missing = list(iter_items([str(path)]))
    assert len(missing) == 1 and isinstance(missing[0], ArticleError)


def test_gz_jsonl_html_and_atom_files(tmp_path: Path) -> None:
    rows = [{"story": "The army withdrew from the town.", "date": "2020-02-02"}]
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(json.dumps(rows[0]).encode()))
    title, body = PAGES["summit.html"]
    (tmp_path / "b.html").write_text(PAGE.format(title=title, body=body), encoding="utf-8")
    (tmp_path / "c.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "d.txt.gz").write_bytes(b"not gzip at all")
    options = SourceOptions(columns=ColumnMap(text="story", published="date"),
                            follow_links=False)
    items = list(iter_items([str(tmp_path)], options))
    assert len(items) == 4
    gz, html, atom, broken = items
    assert isinstance(gz, Article) and gz.published == date(2020, 2, 2)
    assert isinstance(html, Article) and "Xi Jinping" in html.text and "Copyright" not in html.text
    assert html.title == "Leaders meet"
    assert isinstance(atom, Article) and atom.text.startswith("Thousands of protesters")
    assert atom.published == date(2022, 3, 2) and atom.source == "Atom Wire"
    assert isinstance(broken, ArticleError) and broken.code == "bad-gzip"
    assert count_articles([str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.html")]) == 2


def test_feed_over_http_is_ingested_then_skipped_before_fetching(
        site: str, coder: Coder, tmp_path: Path) -> None:
    feed = f"{site}/feed.xml"
    with Store(tmp_path / "feed.duckdb") as store:
        first = ingest(store, coder, lambda w: iter_items([feed], known_url=w.is_known_url),
                       [feed])
        assert (first.counts.new, first.counts.failed, first.counts.duplicate) == (2, 1, 0)
        stored = store.events_df(unit="mention")
        assert {"summit.html", "shelling.html"} == {u.rsplit("/", 1)[1]
                                                    for u in stored.article_url}
        failure = store.con.execute("SELECT code, reason FROM failures").fetchall()
        assert failure[0][0] == "fetch-failed" and "404" in failure[0][1]
        published = store.con.execute("SELECT min(published) FROM articles").fetchone()
        assert published == (date(2022, 2, 5),)
        Handler.requested.clear()
        again = ingest(store, coder, lambda w: iter_items([feed], known_url=w.is_known_url),
                       [feed])
    assert (again.counts.seen, again.counts.new, again.counts.duplicate) == (3, 0, 2)
    assert "/summit.html" not in Handler.requested and "/shelling.html" not in Handler.requested


def test_a_page_url_and_duplicates(site: str) -> None:
    url = f"{site}/summit.html"
    page = list(iter_items([url]))
    assert isinstance(page[0], Article) and page[0].url == url
    assert list(iter_items([url], known_url=lambda u: u == url)) == [Duplicate(url)]


def test_a_broken_gz_file_leaves_the_count_unknown(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(b"not gzip at all")
    assert count_articles([str(tmp_path / "a.jsonl.gz")]) is None


def test_a_windows_1252_page_is_read_with_a_note(tmp_path: Path) -> None:
    body = ("Le pr\u00e9sident fran\u00e7ais met the Kenyan minister\u2019s envoy in Nairobi on "
            "Monday, officials said.")
    page = PAGE.format(title="Envoy", body=body).replace("<head>", '<head><meta charset="cp1252">')
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    (item,) = list(iter_items([str(tmp_path / "p.html")]))
    assert isinstance(item, Article) and "pr\u00e9sident fran\u00e7ais" in item.text
    assert "minister\u2019s" in item.text and item.notes == ("cp1252",)


def test_a_directory_with_no_readable_file_is_one_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "inner").mkdir()
    (item,) = list(iter_items([str(tmp_path)]))
    assert isinstance(item, ArticleError) and item.code == "no-input-files"
    assert item.article_id == str(tmp_path) and ".jsonl" in item.message
    (tmp_path / "inner" / "story.txt").write_text("Police arrested protesters in Lagos.")
    assert [type(found) for found in iter_items([str(tmp_path)])] == [Article]


FEED_OF_FAILURES = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Flaky Wire</title><link>{good}</link>
<description>test feed</description>
<item><title>Fetched</title><link>{good}</link><description>Fine.</description></item>
<item><title>Garbled</title><link>{garbled}</link><description>x</description></item>
<item><title>Refused</title><link>{refused}</link><description>x</description></item>
<item><title>Malformed</title><link>http://[bad/page</link><description>x</description></item>
<item><title>No host</title><link>http://</link><description>x</description></item>
<item><title>Own text</title><link>ftp://example.invalid/story</link>
<description>Police arrested two journalists in Harare on Monday.</description></item>
</channel></rss>"""


@pytest.fixture
def failing_links(site: str, tmp_path: Path) -> Iterator[Path]:
    """A feed whose entries link to a page, a server that does not speak HTTP, a closed port,
    malformed URLs and a non-http link (offline: nothing leaves this machine)."""
    garbled = socket.socket()
    garbled.bind(("127.0.0.1", 0))
    garbled.listen()

    def answer_garbage() -> None:
        while True:
            try:
                connection, _ = garbled.accept()
            except OSError:
                return
            connection.recv(4096)
            connection.sendall(b"not http at all\r\n\r\n")
            connection.close()

    threading.Thread(target=answer_garbage, daemon=True).start()
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    refused = closed.getsockname()[1]
    closed.close()
    feed = tmp_path / "flaky.xml"
    feed.write_text(FEED_OF_FAILURES.format(
        good=f"{site}/summit.html", garbled=f"http://127.0.0.1:{garbled.getsockname()[1]}/p",
        refused=f"http://127.0.0.1:{refused}/p"), encoding="utf-8")
    yield feed
    garbled.close()


def test_links_that_cannot_be_fetched_fail_one_by_one(failing_links: Path) -> None:
    items = list(iter_items([str(failing_links)], SourceOptions(timeout=5)))
    assert len(items) == 6
    fetched, garbled, refused, malformed, no_host, own = items
    assert isinstance(fetched, Article) and "Xi Jinping" in fetched.text
    for item in (garbled, refused, malformed, no_host):
        assert isinstance(item, ArticleError) and item.code == "fetch-failed", item
        assert "\n" not in item.message and item.article_id.startswith("http")
    assert "BadStatusLine" in garbled.message and "refused" in refused.message
    assert isinstance(own, Article) and own.text.startswith("Police arrested")


def test_the_cli_reports_each_unfetchable_link_and_goes_on(failing_links: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "code",
                           str(failing_links), "--format", "jsonl"], text=True,
                          capture_output=True, timeout=600)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error article")]
    assert len(errors) == 4 and all(": fetch-failed: " in line for line in errors), errors
    assert "6 articles: 2 coded, 4 failed;" in proc.stderr
    assert {json.loads(line)["article_id"] for line in proc.stdout.splitlines()} >= \
        {"ftp://example.invalid/story"}


BARE_RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Bare Wire</title>
<item><description>Dock workers went on strike in Durban.</description></item>
<item><title>A headline only</title></item>
<item><description>The two ministers held talks in Nairobi.</description></item>
<item><guid isPermaLink="false">wire-77</guid><description>A storm hit Kerala.</description></item>
<item></item>
</channel></rss>"""


def test_feed_entries_without_link_keep_distinct_ids(tmp_path: Path) -> None:
    path = tmp_path / "bare.rss"
    path.write_text(BARE_RSS, encoding="utf-8")
    items = list(iter_items([str(path)], SourceOptions(follow_links=True)))
    assert len(items) == 5
    strike, headline, talks, storm, empty = items
    assert isinstance(strike, Article) and isinstance(talks, Article)
    assert strike.id != talks.id  # each its own content hash, never the feed's name
    assert isinstance(storm, Article) and storm.id == "wire-77" and storm.source == "Bare Wire"
    assert isinstance(headline, ArticleError) and headline.article_id == f"{path}#2"
    assert isinstance(empty, ArticleError) and empty.article_id == f"{path}#5"


def test_ingest_stores_every_linkless_entry(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "bare.rss"
    path.write_text(BARE_RSS, encoding="utf-8")
    with Store(tmp_path / "bare.duckdb") as store:
        report = ingest(store, coder, lambda w: iter_items([str(path)], None, w.is_known_url),
                        [str(path)])
        (stored,) = store.con.execute("SELECT count(*) FROM articles").fetchone() or (0,)
    counts = report.counts
    assert (counts.seen, counts.new, counts.failed, counts.replaced) == (5, 3, 2, 0)
    assert stored == 3


def test_a_file_the_system_will_not_read_is_one_error(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    paths = [str(fifo)]
    if Path("/proc/self/mem").is_file():  # a regular file whose read fails (EIO)
        paths.append("/proc/self/mem")
    items = list(iter_items(paths))
    assert len(items) == len(paths)
    for item, path in zip(items, paths, strict=True):
        assert isinstance(item, ArticleError) and item.code == "unreadable-file"
        assert item.article_id == path


def test_feed_entries_keep_the_day_their_feed_writes(tmp_path: Path) -> None:
    """A pubDate late in the evening west of Greenwich, or just after midnight east of it, is
    the day written, not its UTC day: the story's "on Tuesday" counts from it."""
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Zones</title><link>http://example.invalid/</link>
<description>zones</description>
<item><title>West</title><guid>w</guid><pubDate>Tue, 01 Mar 2022 23:30:00 -0500</pubDate>
<description>Dock workers went on strike in Santos.</description></item>
<item><title>East</title><guid>e</guid><pubDate>Wed, 02 Mar 2022 00:30:00 +0530</pubDate>
<description>Farmers marched in Delhi.</description></item>
<item><title>Atom style</title><guid>a</guid><pubDate>2022-03-01T23:30:00-05:00</pubDate>
<description>Talks were held in Quito.</description></item>
</channel></rss>"""
    path = tmp_path / "zones.rss"
    path.write_text(feed, encoding="utf-8")
    days = {item.id: item.published for item in iter_items([str(path)], SourceOptions())
            if isinstance(item, Article)}
    assert days == {"w": date(2022, 3, 1), "e": date(2022, 3, 2), "a": date(2022, 3, 1)}
