"""Ingest benchmark: ``eventwire ingest`` of AllSides international news into fresh databases,
against pure coding of the same articles in the same process.

Usage: ``python bench/ingest.py [--limit 300] [--all] [--rounds 3] [--warmup 30]
[--ingest-only] [--json]``.

Fair timing: one untimed warm-up pass of each runner, then ``--rounds`` rounds that alternate which
runner goes first (coding then ingest, ingest then coding, ...). Every ingest round writes a fresh
database. Reports the best and the median round of each, articles/s, events, clusters, database
size, peak RSS and the ratio ingest time / pure coding time (target <= 1.15, on the best rounds).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.coder import Coder
from eventwire.ingest.formats import ColumnMap
from eventwire.ingest.run import ingest
from eventwire.ingest.sources import SourceOptions, iter_items
from eventwire.records import Article
from eventwire.store import Store

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "corpora" / "allsides_article_bias" / \
    "allsides_international.jsonl.gz"
TARGET_RATIO = 1.15
COLUMNS = ColumnMap(published="date")
CODING, INGEST = "coding", "ingest"


@dataclass
class Runner:
    """One way of processing the articles and the wall-clock seconds of its timed rounds."""

    name: str
    action: Callable[[int], dict[str, Any]]
    seconds: list[float] = field(default_factory=list)
    last: dict[str, Any] = field(default_factory=dict)

    def run(self, round_index: int) -> None:
        start = time.perf_counter()
        self.last = self.action(round_index)
        self.seconds.append(time.perf_counter() - start)

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def read_lines(path: Path, limit: int | None) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        rows = [line if line.endswith("\n") else line + "\n" for line in lines if line.strip()]
    return rows if limit is None else rows[:limit]


def as_articles(lines: list[str]) -> list[Article]:
    """The articles as ``ingest`` reads them (same fields), for the pure coding runner."""
    articles = []
    for line in lines:
        row = json.loads(line)
        published = date.fromisoformat(row["date"][:10]) if row.get("date") else None
        articles.append(Article(text=row.get("text") or "", id=str(row.get("id") or ""),
                                published=published, source=row.get("source"),
                                url=row.get("url"), title=row.get("title")))
    return articles


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def code_all(coder: Coder, articles: list[Article]) -> dict[str, Any]:
    return {"events": sum(len(result.events) for result in coder.code_articles(articles))}


def ingest_fresh(coder: Coder, source: Path, db: Path) -> dict[str, Any]:
    """Ingest ``source`` into a new database file ``db``; the counts and table sizes."""
    options = SourceOptions(columns=COLUMNS)
    with Store(db) as store:
        report = ingest(store, coder,
                        lambda w: iter_items([str(source)], options, w.is_known_url), [str(source)])
        tables = store.info()["counts"]
    return {"counts": report.counts.as_dict(), "tables": tables,
            "database_mb": round(db.stat().st_size / 2**20, 2)}


def make_runners(coder: Coder, articles: list[Article], source: Path, tmp: Path,
                 tag: str) -> list[Runner]:
    return [
        Runner(CODING, lambda _: code_all(coder, articles)),
        Runner(INGEST, lambda r: ingest_fresh(coder, source, tmp / f"{tag}{r}.duckdb")),
    ]


def alternate(runners: list[Runner], rounds: int) -> None:
    """Run each runner ``rounds`` times, swapping which goes first every round."""
    for round_index in range(rounds):
        order = runners if round_index % 2 == 0 else runners[::-1]
        for runner in order:
            runner.run(round_index)


def write_source(lines: list[str], path: Path) -> Path:
    path.write_text("".join(lines), encoding="utf-8")
    return path


def run(limit: int | None, rounds: int, warmup: int, ingest_only: bool) -> dict[str, Any]:
    lines = read_lines(CORPUS, limit)
    articles = as_articles(lines)
    coder = Coder()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        warm_source = write_source(lines[:warmup], tmp / "warmup.jsonl")
        alternate(make_runners(coder, articles[:warmup], warm_source, tmp, "warm"), 1)
        source = write_source(lines, tmp / "input.jsonl")
        coding, ingesting = make_runners(coder, articles, source, tmp, "bench")
        alternate([ingesting] if ingest_only else [coding, ingesting], rounds)
    return report(articles, None if ingest_only else coding, ingesting, rounds)


def report(articles: list[Article], coding: Runner | None, ingesting: Runner,
           rounds: int) -> dict[str, Any]:
    timing: dict[str, Any] = {"ingest_seconds": [round(s, 2) for s in ingesting.seconds],
                              "ingest_best": round(ingesting.best, 2)}
    if coding is not None:
        timing.update({
            "coded_events": coding.last["events"],
            "coding_seconds": [round(s, 2) for s in coding.seconds],
            "coding_best": round(coding.best, 2),
            "ratio": round(ingesting.best / coding.best, 3),
            "ratio_median": round(ingesting.median / coding.median, 3),
            "target_ratio": TARGET_RATIO,
        })
    return {
        "articles": len(articles), "rounds": rounds, **timing,
        "articles_per_second": round(len(articles) / ingesting.best, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1), **ingesting.last,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles (default 300)")
    parser.add_argument("--all", action="store_true", help="all 6,069 articles")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per runner")
    parser.add_argument("--warmup", type=int, default=30, help="articles for the warm-up pass")
    parser.add_argument("--ingest-only", action="store_true",
                        help="time ingest alone (no ratio; for long runs)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    result = run(None if args.all else args.limit, args.rounds, args.warmup, args.ingest_only)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0 if result.get("ratio", 0) <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
