"""SIGKILL in the middle of ``eventwire ingest`` (a real subprocess), then run it again: no
duplicate and no missing article or event."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.records import Article
from eventwire.store import Store

CORPUS = Path(__file__).parents[2] / ".." / "shared" / "corpora" / "allsides_article_bias" / \
    "eval_international_500.jsonl"
ARTICLES = 48


def write_input(path: Path) -> list[Article]:
    articles: list[Article] = []
    with CORPUS.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        for line in lines:
            row = json.loads(line)
            if not row.get("text"):
                continue
            out.write(json.dumps(row) + "\n")
            published = date.fromisoformat(row["date"]) if row.get("date") else None
            articles.append(Article(text=row["text"], id=str(row["id"]), published=published))
            if len(articles) == ARTICLES:
                break
    return articles


def command(source: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli.main", "ingest", str(source), "--db", str(db),
            "--published-column", "date", "--commit-every", "4", "--batch-size", "4",
            "--verbose", "--quiet"]


def kill_after_commits(args: list[str], commits: int) -> None:
    process = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stderr is not None
    seen = 0
    deadline = time.monotonic() + 120
    for line in process.stderr:
        if line.startswith("committed"):
            seen += 1
            if seen == commits:
                break
        assert time.monotonic() < deadline, "the ingest never committed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_sigkill_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    articles = write_input(source)
    db = tmp_path / "crash.duckdb"
    kill_after_commits(command(source, db), commits=2)
    with Store(db) as store:
        partial = store.info()["counts"]
    assert 0 < partial["articles"] < ARTICLES
    rerun = subprocess.run(command(source, db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{ARTICLES} seen = {ARTICLES - partial['articles']} new + " \
           f"{partial['articles']} duplicate + 0 failed" in rerun.stderr
    expected = {event.id for result in Coder().code_articles(articles) for event in result.events}
    with Store(db) as store:
        ids = store.con.execute("SELECT id FROM events").fetchall()
        stored = store.con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles")
        assert stored.fetchone() == (ARTICLES, ARTICLES)
        per_article = store.con.execute(
            "SELECT count(*) FROM articles AS a WHERE a.num_events != "
            "(SELECT count(*) FROM events AS e WHERE e.article_key = a.article_key)").fetchone()
        runs = store.info()["runs"]
    assert len(ids) == len({i for (i,) in ids}) and {i for (i,) in ids} == expected
    assert per_article == (0,)
    assert [r["status"] for r in runs] == ["running", "complete"]
