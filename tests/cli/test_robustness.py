"""Hostile input never crashes a run nor loses an article: through the real ``eventwire code``
and ``eventwire ingest`` and through the library, every article ends coded or failed with its
own error line, and the counts reconcile (articles in = coded + failed)."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

import eventwire
from eventwire.coder import Coder
from eventwire.records import Article, ArticleError
from eventwire.store import Store

pytestmark = pytest.mark.slow

GOOD = "Police in Mombasa arrested three opposition activists on Tuesday."
OTHER = "Protesters marched to the parliament in Lusaka on Wednesday."
NEWER = "Soldiers shelled a village near Goma on Thursday."
HARARE = "Soldiers detained two journalists in Harare on Monday."
BENI = "Rebels attacked an army post near Beni on Friday."
CHAD = "The government of Chad expelled a French diplomat on Sunday."
NAIROBI = "The two ministers held talks in Nairobi on Monday."
DURBAN = "Dock workers went on strike in Durban on Wednesday."
QUETTA = "Police in Quetta detained a protest leader on Saturday."
LIMA = "Farmers blocked a highway outside Lima on Tuesday."
KISUMU = "Police in Kisumu detained two traders on Monday."
ERROR_LINE = re.compile(r"^error article (.+?): ([a-z-]+): ", re.MULTILINE)

# One JSONL line each; the second item says whether the line can be coded.
JSONL_LINES: list[tuple[str, bool | None]] = [
    ("[1, 2, 3]", False),                                    # not an object
    ('"just a string"', False),
    ("42", False),
    ("null", False),
    (json.dumps({"id": "num", "text": 5}), False),           # text is a number
    (json.dumps({"id": "none", "text": None}), False),        # text is null
    (json.dumps({"id": "missing"}), False),                   # no text at all
    (json.dumps({"id": "dup", "text": GOOD}), True),          # duplicate ids, same text ...
    (json.dumps({"id": "dup", "text": GOOD}), True),
    (json.dumps({"id": "dup", "text": NEWER}), True),         # ... and another text
    ('{"id": "surrogate", "text": "Police met \\ud800 activists."}', True),  # lone surrogate
    (json.dumps({"id": "nul", "text": "Police\u0000 arrested three activists in Mombasa."}), True),
    (json.dumps({"id": "zero-width", "text": "Police\u200b arrested\u200d three activists "
                 "\u202ein Mombasa\u202c on Tuesday, \u05e9\u05dc\u05d5\u05dd said."}), True),
    (json.dumps({"id": "emoji", "text": "\U0001F525\U0001F600 \U0001F1FA\U0001F1E6 " * 30}), True),
    (json.dumps({"id": "no-spaces", "text": "x" * 200_000}), True),
    (json.dumps({"id": "deep-html", "text": "<div>" * 3000 + OTHER + "</span>" * 7}), True),
    (json.dumps({"id": "broken-html", "text": "<p><b>" + GOOD + " <a href='x"}), True),
    (json.dumps({"id": "odd-fields", "text": GOOD + " " + OTHER, "title": {"a": 1}, "url": 7}),
     True),
    (json.dumps({"id": "bad-date", "text": KISUMU, "published": "2024-13-45"}), True),  # undated
    (json.dumps({"id": "blank", "text": " \n\t "}), False),
    ('{"id": "cut", "text": "unterminated', False),           # malformed JSON
    ("[" * 100_000 + "]" * 100_000, False),                   # nested past Python's recursion
    (json.dumps({"id": {"$oid": "5f3a"}, "text": HARARE}), True),  # an id that is an object
    ('{"id": "raw-tab", "text": "Rebels\tattacked an army post near Beni on Friday."}', True),
    ('{"id": "raw-cr", "text": "' + CHAD + '\r More to follow."}', True),  # a CR in a string
    (json.dumps({"id": "late", "text": NAIROBI, "published": "2019-03-10T23:30:00-05:00"}), True),
    ("", None), ("  ", None),                                 # blank lines are no article
]

# file name -> (content, can it be coded)
FILES: dict[str, tuple[bytes, bool]] = {
    "random.txt": (random.Random(7).randbytes(4000), False),
    "nul.txt": (b"Police\x00 arrested\x00 three\x00 men\x00.", False),
    "empty.txt": (b"", False),
    "no_spaces.txt": (b"y" * 200_000, True),
    "cp1252.txt": ("Police arrested three men at the caf\u00e9.".encode("cp1252"), True),
    "bad_utf16.txt": (b"\xff\xfeP\x00\x00\xd8", False),       # BOM, then a lone surrogate
    "emoji.txt": (("\U0001F64F" * 400).encode("utf-8"), True),
    "nested.html": (("<div>" * 4000 + "<p>" + GOOD + " " + DURBAN + "</p>" + "</div>" * 10
                     + "<p><b><i>broken <a href=").encode("utf-8"), True),
}
# Files that hold no article: a warning each, no count.
EMPTY_FILES = {"empty.jsonl": b"\n\n", "bom_only.jsonl": b"\xef\xbb\xbf", "header_only.csv":
               b"text,id\n"}
# A CSV row whose quote is never closed: that row fails, the two after it are coded.
BROKEN_CSV = f'id,text\nq1,"{HARARE}\nq2,{BENI}\nq3,{CHAD}\n'.encode()
# Feed entries without a link: each its own article (none replaces another).
BARE_FEED = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
             f"<item><description>{QUETTA}</description></item>"
             f"<item><description>{LIMA}</description></item></channel></rss>").encode()

LINES = [(line, ok) for line, ok in JSONL_LINES if ok is not None]
ARTICLES = len(LINES) + len(FILES) + 3 + 2
CODABLE = sum(bool(ok) for _, ok in LINES) + sum(ok for _, ok in FILES.values()) + 2 + 2


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    for name, (content, _) in FILES.items():
        (root / name).write_bytes(content)
    for name, content in EMPTY_FILES.items():
        (root / name).write_bytes(content)
    (root / "broken_quote.csv").write_bytes(BROKEN_CSV)
    (root / "bare.rss").write_bytes(BARE_FEED)
    (root / "lines.jsonl").write_text("\n".join(line for line, _ in JSONL_LINES) + "\n",
                                      encoding="utf-8")
    return root


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli.main", *args], text=True,
                          capture_output=True, timeout=900)


def test_code_reports_every_article_and_the_counts_reconcile(hostile: Path) -> None:
    proc = run("code", str(hostile), "--format", "jsonl")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    failed = ARTICLES - CODABLE
    assert f"{ARTICLES} articles: {CODABLE} coded, {failed} failed;" in proc.stderr, proc.stderr
    errors = ERROR_LINE.findall(proc.stderr)
    assert len(errors) == failed, errors
    named = {name for name, _ in errors}
    for name, (_, ok) in FILES.items():
        assert (str(hostile / name) in named) != ok, (name, errors)
    for name in EMPTY_FILES:
        assert f"warning {hostile / name}: " in proc.stderr, (name, proc.stderr)
    for wanted, code in [("num", "bad-record"), ("none", "bad-record"),
                         ("missing", "bad-record"), (f"{hostile / 'broken_quote.csv'}:2",
                                                     "bad-record"),
                         ("blank", "empty-text"),
                         (f"{hostile / 'lines.jsonl'}:1", "bad-record")]:
        assert (wanted, code) in errors, (wanted, errors)
    records = [json.loads(line) for line in proc.stdout.splitlines()]  # records only
    coded = {record["article_id"] for record in records}
    assert {'{"$oid":"5f3a"}', "surrogate", "raw-tab", "raw-cr", "q2", "q3",
            str(hostile / "nested.html")} <= coded, coded
    assert next(r["date"] for r in records if r["article_id"] == "late") is not None
    assert "bad-date: '2024-13-45'" in proc.stderr  # coded undated, the value named


def test_ingest_stores_or_records_every_article(hostile: Path, tmp_path: Path) -> None:
    db = tmp_path / "hostile.duckdb"
    first = run("ingest", str(hostile), "--db", str(db))
    assert first.returncode == 0 and "Traceback" not in first.stderr, first.stderr
    # "dup" twice with one text is one article; its other text replaces it.
    failed = ARTICLES - CODABLE
    summary = (f"run 1: {ARTICLES} seen = {CODABLE - 1} new + 1 duplicate + {failed} failed;")
    assert summary in first.stderr and "1 earlier version replaced" in first.stderr, \
        first.stderr
    assert len(ERROR_LINE.findall(first.stderr)) == failed
    with Store(db, read_only=True) as store:
        (stored,) = store.con.execute("SELECT count(*) FROM articles").fetchone() or (0,)
        (failures,) = store.con.execute("SELECT count(*) FROM failures").fetchone() or (0,)
        texts = {row[0]: row[1] for row in store.con.execute(
            "SELECT article_id, text_chars FROM articles").fetchall()}
        (late,) = store.con.execute(
            "SELECT published FROM articles WHERE article_id = 'late'").fetchone() or (None,)
    assert stored == CODABLE - 2 and failures == failed  # dup: one duplicate, one replaced
    assert texts["dup"] == len(NEWER)  # the later version is kept
    assert '{"$oid":"5f3a"}' in texts and str(late) == "2019-03-10"  # 23:30 -05:00: its own day
    again = run("ingest", str(hostile), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert f"run 2: {ARTICLES} seen = 0 new + {CODABLE} duplicate + {failed} failed; 0 events" \
        in again.stderr, again.stderr


def test_everything_failing_exits_1_and_a_missing_path_2(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text("[1]\n" + json.dumps({"text": None}) + "\n")
    proc = run("code", str(tmp_path / "bad.jsonl"), "--format", "jsonl")
    assert proc.returncode == 1 and "2 articles: 0 coded, 2 failed; 0 events" in proc.stderr
    one = tmp_path / "one.txt"
    one.write_text(GOOD)
    proc = run("code", str(one), "--format", "jsonl")
    assert proc.returncode == 0 and "1 article: 1 coded, 0 failed; " in proc.stderr, proc.stderr
    proc = run("code", str(tmp_path / "absent.txt"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_the_library_codes_or_fails_every_article(coder: Coder) -> None:
    texts = {"nul": "Police\x00 arrested three men.",
             "surrogate": "Police met \ud800 three activists in Mombasa.",
             "empty": "", "no-spaces": "z" * 200_000, "emoji": "\U0001F642" * 300,
             "zero-width": "Police\u200b arrested\u202e three men.",
             "deep-html": "<div>" * 5000 + GOOD, "broken-html": "<p><b>" + GOOD + " <a href='",
             "dup": GOOD}
    items: list[Article | ArticleError] = [Article.normalised(t, id=k) for k, t in texts.items()]
    items += [Article(GOOD, id="dup"), ArticleError("gone", "bad-record", "unreadable"),
              "not an article"]  # type: ignore[list-item]
    results = list(coder.code_articles(items))
    assert len(results) == len(items)
    outcome = {r.article.id: (r.error.code if r.error else "coded") for r in results}
    assert outcome["empty"] == "empty-text"
    assert outcome["gone"] == "bad-record" and outcome["<str>"] == "bad-record"
    for name in ("nul", "no-spaces", "emoji", "zero-width", "deep-html", "broken-html", "dup",
                 "surrogate"):
        assert outcome[name] == "coded", (name, outcome)
    for result in results:
        for event in result.events:
            assert result.article.text[event.trigger.start:event.trigger.end] == \
                event.trigger.text


@pytest.mark.parametrize("text", [5, None, b"Police arrested three men.", 1.5])
def test_a_text_that_is_no_string_is_refused_when_the_article_is_built(text: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        Article(text, id="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        Article.normalised(text)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        eventwire.code(text)  # type: ignore[arg-type]
