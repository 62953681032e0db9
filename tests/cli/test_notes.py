"""Warnings of ``eventwire code``: one line per kind at the end, every article with --verbose;
errors keep one line per article."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from eventwire.cli.notes import WarningTally, article_warnings, counted
from eventwire.records import Article


def test_warnings_name_changed_text_and_reused_ids() -> None:
    versions: dict[str, str] = {}
    first = Article(text="Police arrested two men.", id="x", notes=("cp1252", "markup"))
    assert article_warnings(first, versions) == [(
        "cp1252", "article x: not valid UTF-8: read as Windows-1252; HTML markup removed "
                  "(offsets refer to the cleaned text)")]
    assert article_warnings(Article(text="Police arrested two men.", id="x"), versions) == []
    ((kind, reused),) = article_warnings(Article(text="Police arrested three men.", id="x"),
                                         versions)
    assert kind == "reused-id"
    assert reused.startswith("article x: the id came before with another text")


def test_the_tally_counts_each_kind_and_names_the_first_ids() -> None:
    printed: list[str] = []
    tally = WarningTally(printed.append)
    for number in range(5):
        tally.add(Article(text=f"Police arrested {number} men.", id=f"a{number}",
                          notes=("cp1252", "markup") if number == 0 else ("markup",)))
    tally.add(Article(text="Police freed the men.", id="a1"))
    assert printed == []
    assert tally.summary() == [
        "1 article: not valid UTF-8: read as Windows-1252 (a0)",
        "5 articles: HTML markup removed (offsets refer to the cleaned text) (a0, a1, a2 and 2 "
        "more (--verbose lists every one))",
        "1 article: the id came before with another text (both are coded here; `eventwire "
        "ingest` keeps the later version) (a1)"]
    verbose = WarningTally(printed.append, verbose=True)
    verbose.add(Article(text="Police arrested two men.", id="v", notes=("entities",)))
    assert printed == ["article v: HTML entities decoded (offsets refer to the decoded text)"]


def _code(path: Path, *flags: str) -> list[str]:
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "code", str(path),
                           "--format", "jsonl", *flags], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc.stderr.splitlines()


def test_a_feed_of_marked_up_pages_prints_one_warning_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"p{n}", "text": f"<p>Police arrested {n} protesters in Lagos.</p>"})
             for n in range(8)]
    lines.insert(3, json.dumps({"id": "broken"}))
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _code(feed)
    warnings = [line for line in err if line.startswith("warning")]
    assert warnings == ["warning 8 articles: HTML markup removed (offsets refer to the cleaned "
                        "text) (p0, p1, p2 and 5 more (--verbose lists every one))"], err
    assert any(line.startswith("error") and "broken" in line for line in err), err
    every = [line for line in _code(feed, "--verbose") if line.startswith("warning article")]
    assert len(every) == 8 and every[0].startswith("warning article p0: HTML markup removed")


def test_counts_agree_with_their_noun() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(2, "event") == "2 events"
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(3, "entry", "entries") == "3 entries"
    assert counted(1, "earlier version") == "1 earlier version"
