"""Ingest benchmark: ``eventwire ingest`` of AllSides international news into a fresh database,
against pure coding of the same articles in the same process.

Usage: ``python bench/ingest.py [--limit 300] [--all] [--json]``. Reports articles/s, events,
clusters, database size, peak RSS and the ratio ingest time / pure coding time (target <= 1.15).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
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


def read_lines(path: Path, limit: int | None) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        rows = [line for line in lines if line.strip()]
    return rows if limit is None else rows[:limit]


def as_articles(lines: list[str]) -> list[Article]:
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


def time_coding(coder: Coder, articles: list[Article]) -> tuple[float, int]:
    start = time.perf_counter()
    events = sum(len(result.events) for result in coder.code_articles(articles))
    return time.perf_counter() - start, events


def time_ingest(coder: Coder, source: Path, db: Path) -> tuple[float, dict[str, Any]]:
    options = SourceOptions(columns=COLUMNS)
    start = time.perf_counter()
    with Store(db) as store:
        report = ingest(store, coder,
                        lambda w: iter_items([str(source)], options, w.is_known_url), [str(source)])
        seconds = time.perf_counter() - start
        info = store.info()["counts"]
    return seconds, {"counts": report.counts.as_dict(), "tables": info}


def run(limit: int | None) -> dict[str, Any]:
    lines = read_lines(CORPUS, limit)
    articles = as_articles(lines)
    coder = Coder()
    time_coding(coder, articles[:10])
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "input.jsonl"
        source.write_text("".join(lines), encoding="utf-8")
        code_seconds, events = time_coding(coder, articles)
        ingest_seconds, stored = time_ingest(coder, source, Path(tmp) / "bench.duckdb")
        size = (Path(tmp) / "bench.duckdb").stat().st_size
    return {
        "articles": len(articles), "coded_events": events,
        "coding_seconds": round(code_seconds, 2), "ingest_seconds": round(ingest_seconds, 2),
        "articles_per_second": round(len(articles) / ingest_seconds, 2),
        "ratio": round(ingest_seconds / code_seconds, 3), "target_ratio": TARGET_RATIO,
        "database_mb": round(size / 2**20, 2), "peak_rss_mb": round(peak_rss_mb(), 1),
        **stored,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles (default 300)")
    parser.add_argument("--all", action="store_true", help="all 6,069 articles")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    result = run(None if args.all else args.limit)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0 if result["ratio"] <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
