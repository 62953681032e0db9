"""Clustering benchmark: our cross-article event clusters against the Giveme5W1H news_cluster
story clusters (the same real-world story reported by several outlets).

Usage: ``python bench/cluster.py [--windows 0,1,3,7] [--variants 'A;B'] [--db FILE]
[--distractors N] [--json]``. ``--db FILE`` keeps the coded database and reuses it on the next run
(coding is the slow part). ``--distractors N`` adds N articles of other stories, as a real feed
has: AllSides international articles published outside 2016-2018 (the corpus's stories are of
2016-2018, so they share none), drawn with a fixed seed, each given the publication date of a
random corpus article and coded with it; each is a story of its own, so any link to one is false.

Definitions (see docs/store.md), over the corpus's articles, each in one gold story:

* article pairs (the headline figure): gold links two articles of the same story
  (``newsCluster.EventId``); we link two articles when at least one of our clusters holds a
  mention from each. Precision = |ours & gold| / |ours|, recall = |ours & gold| / |gold|, over
  unordered pairs of distinct articles;
* mention pairs: over the pairs of mentions from different articles that share a cluster,
  precision = the share whose two articles belong to the same story (it weighs large clusters
  more); mention recall = the share of mentions in stories with several articles whose cluster
  also holds a mention from another article of the same story (how often a report is joined to
  the same event told elsewhere; bounded well below 1, since much of an article is background).

Variants: ``before`` is the first rule set, ``previous`` the default before corroboration
(country keys, one-actor verbal mentions only when located, no anchors), ``default`` the
current ``clustering.yaml``. ``all`` scores clusters of any status, ``occurred`` only clusters
of occurred events (what counts default to).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
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
DISTRACTORS = (REPO / ".." / "shared" / "corpora" / "allsides_article_bias"
               / "allsides_international.jsonl.gz")
DISTRACTOR_SEED = 23
STORY_YEARS = ("2016", "2017", "2018")
BEFORE = ClusterOptions(local_roots=frozenset(), one_actor="join", one_actor_roots=frozenset(),
                        match_places=False, period_dates=False, actor_keys="country",
                        corroborate=False)
DEFAULT = ClusterOptions()
PREVIOUS = replace(DEFAULT, one_actor="located", actor_keys="country", corroborate=False)
NONE: frozenset[str] = frozenset()
VARIANTS: dict[str, ClusterOptions] = {
    "before": BEFORE,
    "+local_roots": replace(BEFORE, local_roots=DEFAULT.local_roots),
    "+one_actor=local": replace(BEFORE, one_actor="local"),
    "+one_actor=located": replace(BEFORE, one_actor="located"),
    "+period_dates": replace(BEFORE, period_dates=True),
    "+match_places": replace(BEFORE, match_places=True),
    "previous": PREVIOUS,
    "previous,codes": replace(PREVIOUS, actor_keys="code"),
    "previous,domestic": replace(PREVIOUS, actor_keys="domestic"),
    "previous,corroborate": replace(PREVIOUS, corroborate=True),
    "default": DEFAULT,
    "default,shared_words=2": replace(DEFAULT, shared_words=2),
    "default,shared_words=4": replace(DEFAULT, shared_words=4),
    "default,shared_words=0": replace(DEFAULT, shared_words=0),
    "default,actor_keys=country": replace(DEFAULT, actor_keys="country"),
    "default,actor_keys=domestic": replace(DEFAULT, actor_keys="domestic"),
    "default,one_actor=located": replace(DEFAULT, one_actor="located"),
    "default,no local_roots": replace(DEFAULT, local_roots=NONE),
    "default,period_dates": replace(DEFAULT, period_dates=True),
    "default,no match_places": replace(DEFAULT, match_places=False),
    "default,no corroborate": replace(DEFAULT, corroborate=False),
}

Scores = dict[str, Any]


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


def read_distractors(count: int, corpus: list[Article],
                     story: dict[str, int]) -> list[Article]:
    """``count`` articles of other stories, re-dated into the corpus (see the module); each gets
    a story id of its own in ``story``."""
    with gzip.open(DISTRACTORS, "rt", encoding="utf-8") as lines:
        rows = [row for row in map(json.loads, lines)
                if row.get("text") and not str(row.get("date") or "").startswith(STORY_YEARS)]
    rng = random.Random(DISTRACTOR_SEED)
    dates = [article.published for article in corpus if article.published]
    chosen = rng.sample(rows, min(count, len(rows)))
    articles = []
    for number, row in enumerate(chosen):
        article_id = f"dx{number}"
        story[article_id] = -1 - number
        articles.append(Article(text=row["text"], id=article_id, published=rng.choice(dates),
                                source=row.get("source"), url=row.get("url"),
                                title=row.get("title")))
    return articles


def pairs(groups: list[set[str]]) -> set[tuple[str, str]]:
    linked: set[tuple[str, str]] = set()
    for members in groups:
        linked.update(combinations(sorted(members), 2))
    return linked


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return None
    return round(2 * precision * recall / (precision + recall), 3)


def clusters_of(store: Store, statuses: tuple[str, ...]) -> dict[int, list[str]]:
    """cluster id -> the article id of each of its mentions."""
    table = store.events_arrow(unit="mention").select(["article_id", "cluster_id", "status"])
    clusters: dict[int, list[str]] = defaultdict(list)
    for row in table.to_pylist():
        if not statuses or row["status"] in statuses:
            clusters[row["cluster_id"]].append(row["article_id"])
    return clusters


def article_scores(clusters: dict[int, list[str]], story: dict[str, int]) -> Scores:
    predicted = pairs([set(members) for members in clusters.values()])
    by_story: dict[int, set[str]] = defaultdict(set)
    for article_id, story_id in story.items():
        by_story[story_id].add(article_id)
    gold = pairs(list(by_story.values()))
    hit = len(predicted & gold)
    precision, recall = ratio(hit, len(predicted)), ratio(hit, len(gold))
    return {"predicted_pairs": len(predicted), "gold_pairs": len(gold), "correct": hit,
            "precision": precision, "recall": recall, "f1": f1(precision, recall)}


def mention_scores(clusters: dict[int, list[str]], story: dict[str, int]) -> Scores:
    story_size: dict[int, int] = defaultdict(int)
    for story_id in story.values():
        story_size[story_id] += 1
    pair_count = pair_hits = linkable = linked = 0
    for members in clusters.values():
        for first, second in combinations(members, 2):
            if first != second:
                pair_count += 1
                pair_hits += story[first] == story[second]
        for article_id in members:
            if story_size[story[article_id]] < 2:
                continue
            linkable += 1
            linked += any(other != article_id and story[other] == story[article_id]
                          for other in members)
    return {"mention_precision": ratio(pair_hits, pair_count),
            "mention_recall": ratio(linked, linkable)}


def score(store: Store, story: dict[str, int], statuses: tuple[str, ...]) -> Scores:
    clusters = clusters_of(store, statuses)
    return {**article_scores(clusters, story), **mention_scores(clusters, story),
            "clusters": len(clusters)}


def coded_store(path: Path, articles: list[Article]) -> tuple[Store, int]:
    """The database of the coded corpus (coded now unless ``path`` already holds it)."""
    store = Store(path)
    if store.info()["counts"]["articles"] < len(articles):
        ingest(store, Coder(), lambda writer: articles, [str(CORPUS)])
    return store, store.info()["counts"]["events"]


def measure(store: Store, story: dict[str, int], variants: list[str],
            windows: list[int]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name in variants:
        for window in windows:
            store.recluster(replace(VARIANTS[name], window_days=window))
            results[f"{name}@{window}"] = {"all": score(store, story, ()),
                                           "occurred": score(store, story, ("occurred",))}
    store.recluster(DEFAULT)
    return results


def run(variants: list[str], windows: list[int], db: Path | None,
        distractors: int = 0) -> dict[str, Any]:
    articles, story = read_corpus(CORPUS)
    articles += read_distractors(distractors, articles, story) if distractors else []
    results: dict[str, Any] = {"articles": len(articles), "stories": len(set(story.values())),
                               "distractors": distractors}
    with tempfile.TemporaryDirectory() as tmp:
        store, events = coded_store(db or Path(tmp) / "c.duckdb", articles)
        with store:
            results["events"] = events
            results["scores"] = measure(store, story, variants, windows)
    return results


def print_table(results: dict[str, Any]) -> None:
    print(f"{results['articles']} articles ({results['distractors']} distractors), "
          f"{results['stories']} stories, {results['events']} events")
    print(f"{'variant@window':<30}{'set':<9}{'P':>7}{'R':>7}{'F1':>7}{'mP':>7}{'mR':>7}"
          f"{'clusters':>10}")
    for name, by_set in results["scores"].items():
        for subset, row in by_set.items():
            cells = [row[k] for k in ("precision", "recall", "f1", "mention_precision",
                                      "mention_recall")]
            text = "".join(f"{'-' if c is None else f'{c:.3f}':>7}" for c in cells)
            print(f"{name:<30}{subset:<9}{text}{row['clusters']:>10}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", default="0,1,3,7", help="date windows in days")
    parser.add_argument("--variants", default=";".join(VARIANTS),
                        help=f"rule sets to compare, separated by ';': {'; '.join(VARIANTS)}")
    parser.add_argument("--db", type=Path, help="keep the coded database here and reuse it")
    parser.add_argument("--distractors", type=int, default=0,
                        help="add N re-dated articles of other stories (see the module)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    variants = args.variants.split(";")
    unknown = [name for name in variants if name not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants: {', '.join(unknown)}")
    result = run(variants, [int(w) for w in args.windows.split(",")], args.db,
                 args.distractors)
    if args.json:
        print(json.dumps(result))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
