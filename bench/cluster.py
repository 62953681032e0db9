"""Clustering benchmark: our cross-article event clusters against the Giveme5W1H news_cluster
story clusters (the same real-world story reported by several outlets).

Usage: ``python bench/cluster.py [--windows 0,1,3,7] [--json]``.

Definitions (see docs/store.md):

* gold: two articles are linked when they belong to the same story (``newsCluster.EventId``);
* predicted: two articles are linked when at least one of our event clusters holds a mention from
  each of them (``all`` = clusters of any status, ``occurred`` = clusters of occurred events);
* pairwise precision = |predicted & gold| / |predicted|, recall = |predicted & gold| / |gold|,
  over unordered pairs of distinct articles;
* mention precision: over pairs of mentions from different articles that share a cluster, the
  share whose articles belong to the same story (it weighs large clusters more).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.coder import Coder
from eventwire.ingest.run import ingest
from eventwire.records import Article
from eventwire.store import ClusterOptions, Store

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "corpora" / "giveme5w1h_news" / "news_cluster.jsonl.gz"


def read_corpus(path: Path) -> tuple[list[Article], dict[str, int]]:
    articles: list[Article] = []
    story: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            row = json.loads(line)
            if not row.get("text"):
                continue
            article_id = f"nc{number}"
            published = date.fromisoformat(row["date_publish"][:10]) \
                if row.get("date_publish") else None
            articles.append(Article(text=row["text"], id=article_id, published=published,
                                    source=row.get("source_domain"), url=row.get("url"),
                                    title=row.get("title")))
            story[article_id] = int(row["newsCluster"]["EventId"])
    return articles, story


def pairs(groups: list[set[str]]) -> set[tuple[str, str]]:
    linked: set[tuple[str, str]] = set()
    for members in groups:
        linked.update(combinations(sorted(members), 2))
    return linked


def score(store: Store, story: dict[str, int], statuses: tuple[str, ...]) -> dict[str, Any]:
    table = store.events_arrow(unit="mention").select(["article_id", "cluster_id", "status"])
    clusters: dict[int, list[str]] = defaultdict(list)
    for row in table.to_pylist():
        if not statuses or row["status"] in statuses:
            clusters[row["cluster_id"]].append(row["article_id"])
    predicted = pairs([set(members) for members in clusters.values()])
    by_story: dict[int, set[str]] = defaultdict(set)
    for article_id, story_id in story.items():
        by_story[story_id].add(article_id)
    gold = pairs(list(by_story.values()))
    hit = predicted & gold
    mention_pairs = mention_hits = 0
    for members in clusters.values():
        for first, second in combinations(members, 2):
            if first != second:
                mention_pairs += 1
                mention_hits += story[first] == story[second]
    return {"predicted_pairs": len(predicted), "gold_pairs": len(gold), "correct": len(hit),
            "precision": round(len(hit) / len(predicted), 3) if predicted else None,
            "recall": round(len(hit) / len(gold), 3) if gold else None,
            "mention_precision": round(mention_hits / mention_pairs, 3) if mention_pairs
            else None, "clusters": len(clusters)}


def run(windows: list[int]) -> dict[str, Any]:
    articles, story = read_corpus(CORPUS)
    results: dict[str, Any] = {"articles": len(articles), "stories": len(set(story.values()))}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.duckdb") as store:
        report = ingest(store, Coder(), lambda writer: articles, [str(CORPUS)])
        results["events"] = report.counts.events
        for window in windows:
            store.recluster(ClusterOptions(window_days=window))
            results[f"window_{window}"] = {
                "all": score(store, story, ()),
                "occurred": score(store, story, ("occurred",)),
            }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", default="0,1,3,7", help="date windows in days")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    result = run([int(w) for w in args.windows.split(",")])
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
