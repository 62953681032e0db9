"""Throughput of the coder against a bare spaCy run of the same English model, in one process.

Usage: ``python bench/throughput.py [--limit 200] [--rounds 3] [--batch-size 32] [--json]
[--classifier DIR]``.
See ``bench/README.md`` for how to read the output.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.coder import DEFAULT_BATCH_SIZE, Coder
from eventwire.nlp import UNUSED_COMPONENTS, load_model
from eventwire.pipeline.context import set_published
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (
    REPO / ".." / "shared" / "corpora" / "allsides_article_bias" / "eval_international_500.jsonl"
)
TARGET_RATIO = 0.7
CODER, BARE, BARE_SAME = "coder", "bare", "bare-same"


@dataclass
class Runner:
    """One way of processing the texts, and the wall-clock seconds of each timed round."""

    name: str
    action: Callable[[], int]
    seconds: list[float] = field(default_factory=list)
    count: int = 0

    @property
    def best(self) -> float:
        return min(self.seconds)

    def run(self) -> None:
        start = time.perf_counter()
        self.count = self.action()
        self.seconds.append(time.perf_counter() - start)


def dictionary_load() -> dict[str, float]:
    """Seconds and peak-RSS growth (MB) to load every bundled dictionary and the gazetteer,
    once (they are cached per process, so the coder built next reuses them)."""
    from eventwire.knowledge.actors import actor_kb
    from eventwire.knowledge.gazetteer import gazetteer
    from eventwire.knowledge.patterns import bundled_patterns

    rss_before = peak_rss_mb()
    started = time.perf_counter()
    actor_kb()
    bundled_patterns()
    gazetteer()
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3), "rss_mb": round(peak_rss_mb() - rss_before, 1)}


def read_articles(path: Path, limit: int) -> list[Article]:
    """The first ``limit`` articles with text from an AllSides-style JSONL file."""
    articles: list[Article] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if not row.get("text"):
                continue
            published = date.fromisoformat(row["date"]) if row.get("date") else None
            articles.append(Article(text=row["text"], id=str(row["id"]), published=published))
            if len(articles) == limit:
                break
    return articles


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_coder(coder: Coder, articles: list[Article]) -> int:
    """Code every article; the number of events."""
    return sum(len(result.events) for result in coder.code_articles(articles))


def run_bare(nlp: Language, articles: list[Article], batch_size: int) -> int:
    """The bare model over the same texts; the number of docs."""
    return sum(1 for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size))


def timed_rounds(runners: list[Runner], rounds: int) -> None:
    """Run every runner ``rounds`` times, rotating which one goes first each round."""
    for round_index in range(rounds):
        shift = round_index % len(runners)
        for runner in runners[shift:] + runners[:shift]:
            runner.run()


def pipe_component(component: Any, docs: list[Doc], batch_size: int) -> list[Doc]:
    pipe = getattr(component, "pipe", None)
    if pipe is not None:
        return list(pipe(docs, batch_size=batch_size))
    return [component(doc) for doc in docs]


def stage_seconds(
    nlp: Language, articles: list[Article], batch_size: int
) -> tuple[dict[str, float], list[Doc]]:
    """Seconds per stage when the pipeline runs one stage at a time over all the docs."""
    start = time.perf_counter()
    docs = [set_published(nlp.make_doc(a.text), a.published) for a in articles]
    stages = {"tokenizer": time.perf_counter() - start}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = pipe_component(component, docs, batch_size)
        stages[name] = time.perf_counter() - start
    return stages, docs


def coder_stage_seconds(coder: Coder, articles: list[Article]) -> dict[str, float]:
    """The coder's stages plus record assembly, timed on the docs the stages produced."""
    stages, docs = stage_seconds(coder.nlp, articles, coder.batch_size)
    start = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        coder._assemble(article, doc)  # the coder's own doc -> records step
    stages["records"] = time.perf_counter() - start
    return stages


def rates(runner: Runner, articles: list[Article], events: int | None) -> dict[str, Any]:
    chars = sum(len(a.text) for a in articles)
    return {
        "best_seconds": round(runner.best, 3),
        "rounds": [round(s, 3) for s in runner.seconds],
        "articles_per_s": round(len(articles) / runner.best, 2),
        "chars_per_s": round(chars / runner.best),
        "events_per_s": round(events / runner.best, 1) if events is not None else None,
    }


def build_report(
    runners: dict[str, Runner],
    articles: list[Article],
    stages: dict[str, dict[str, float]],
    memory: dict[str, float],
    loading: dict[str, float],
) -> dict[str, Any]:
    coder = runners[CODER]
    return {
        "dictionary_load": loading,
        "articles": len(articles),
        "chars": sum(len(a.text) for a in articles),
        "events": coder.count,
        "runs": {
            name: rates(runner, articles, coder.count if name == CODER else None)
            for name, runner in runners.items()
        },
        "ratio": round(runners[BARE].best / coder.best, 3),
        "ratio_same_components": round(runners[BARE_SAME].best / coder.best, 3),
        "target_ratio": TARGET_RATIO,
        "stages_seconds": {
            name: {k: round(v, 3) for k, v in table.items()} for name, table in stages.items()
        },
        "peak_rss_mb": {k: round(v) for k, v in memory.items()},
    }


def print_runs(report: dict[str, Any]) -> None:
    print(f"{report['articles']} articles, {report['chars']:,} chars, {report['events']} events")
    print(f"{'run':<11}{'best s':>8}{'articles/s':>12}{'chars/s':>10}{'events/s':>10}  rounds (s)")
    for name, row in report["runs"].items():
        events = "-" if row["events_per_s"] is None else f"{row['events_per_s']:.1f}"
        rounds = ", ".join(f"{s:.2f}" for s in row["rounds"])
        print(
            f"{name:<11}{row['best_seconds']:>8.2f}{row['articles_per_s']:>12.2f}"
            f"{row['chars_per_s']:>10,}{events:>10}  {rounds}"
        )
    verdict = "meets" if report["ratio"] >= TARGET_RATIO else "BELOW"
    print(f"ratio coder/bare      = {report['ratio']:.3f} ({verdict} target {TARGET_RATIO})")
    print(f"ratio coder/bare-same = {report['ratio_same_components']:.3f}")


def print_stages(stages: dict[str, dict[str, float]]) -> None:
    names = list(dict.fromkeys(n for table in stages.values() for n in table))
    print(f"\n{'stage (one at a time)':<22}" + "".join(f"{name:>12}" for name in stages))
    for name in names:
        cells = (f"{t[name]:>11.3f}s" if name in t else f"{'-':>12}" for t in stages.values())
        print(f"{name:<22}" + "".join(cells))
    print(f"{'total':<22}" + "".join(f"{sum(t.values()):>11.3f}s" for t in stages.values()))


def print_report(report: dict[str, Any]) -> None:
    load = report["dictionary_load"]
    print(f"dictionaries + gazetteer: loaded in {load['seconds']:.2f}s, "
          f"+{load['rss_mb']:.0f} MB peak RSS (budget: 3 s, 300 MB)")
    print_runs(report)
    print_stages(report["stages_seconds"])
    print("\npeak RSS (MB): " + ", ".join(f"{k} {v}" for k, v in report["peak_rss_mb"].items()))


def parse_args(argv: Iterable[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Coder throughput against bare spaCy.")
    parser.add_argument("--limit", type=int, default=200, help="articles to code (default 200)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per runner")
    parser.add_argument("--warmup", type=int, default=10, help="articles for the warm-up pass")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--classifier", type=Path, default=None,
                        help="code with this sentence classifier (`eventwire train` output)")
    return parser.parse_args(None if argv is None else list(argv))


def make_runners(
    coder: Coder, bare: Language, bare_same: Language, articles: list[Article], batch_size: int
) -> dict[str, Runner]:
    return {
        CODER: Runner(CODER, lambda: run_coder(coder, articles)),
        BARE: Runner(BARE, lambda: run_bare(bare, articles, batch_size)),
        BARE_SAME: Runner(BARE_SAME, lambda: run_bare(bare_same, articles, batch_size)),
    }


def main(argv: Iterable[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (pass --corpus)", file=sys.stderr)
        return 2
    articles = read_articles(args.corpus, args.limit)
    memory = {"start": peak_rss_mb()}
    loading = dictionary_load()
    memory["dictionaries loaded"] = peak_rss_mb()
    coder = Coder(batch_size=args.batch_size, classifier=args.classifier)
    memory["coder built"] = peak_rss_mb()
    bare, bare_same = load_model(), load_model(exclude=UNUSED_COMPONENTS)
    memory["bare models loaded"] = peak_rss_mb()
    warmup = make_runners(coder, bare, bare_same, articles[: args.warmup], args.batch_size)
    timed_rounds(list(warmup.values()), 1)
    runners = make_runners(coder, bare, bare_same, articles, args.batch_size)
    timed_rounds(list(runners.values()), args.rounds)
    memory["timed runs"] = peak_rss_mb()
    stages = {
        CODER: coder_stage_seconds(coder, articles),
        BARE: stage_seconds(bare, articles, args.batch_size)[0],
    }
    memory["stage pass"] = peak_rss_mb()
    report = build_report(runners, articles, stages, memory, loading)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
