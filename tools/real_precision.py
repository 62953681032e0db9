"""Precision of eventwire on real news, judged by hand.

Two commands:

``sample``: draw articles from the shared real-news corpora with a fixed seed (never the
bench sample, ``eval_international_500.jsonl``, nor the articles of ``--exclude`` files) and
write them as one JSONL file for ``eventwire code``. ``--plan`` names the draw (``PLANS``):
``judged`` the 40 articles of ``tests/data/real_precision.jsonl``, ``dev`` 120 articles whose
coded events were read to find frequent wrong rules, ``holdout`` the 20 articles of
``tests/data/real_precision_holdout.jsonl``, judged only to measure, and ``holdout2`` the 40
articles of ``tests/data/real_precision_holdout2.jsonl``, a second, larger holdout drawn after
the others and judged only to measure, and ``holdout3`` the 40 articles of
``tests/data/real_precision_holdout3.jsonl``, drawn at stop 14 after every other draw: 100 events
picked at random from the coder's output before the stop's changes, and 100 picked afresh
(``pick --seed 2``) after them (``real_precision_holdout3_after.jsonl``; a verdict is reused
only for an event unchanged in code, actors and status), so that new events are judged too;
stop 15 picked 100 more after its changes (``pick --seed 3``,
``real_precision_holdout3_pick3.jsonl``). Stop 16 drew ``dev2``, 100 more articles to read while
developing, and ``holdout4``, 40 articles drawn before any of that stop's changes: 100 events
picked (``pick --seed 4``) and judged before the changes, re-marked after them
(``real_precision_holdout4.jsonl``), and 100 picked afresh after them (``pick --seed 5``,
``real_precision_holdout4_pick5.jsonl``). Stop 17 drew ``holdout5`` the same way before its
changes: 100 events picked (``pick --seed 6``) from the coder of the stop's start, judged, and
re-marked after the changes (``real_precision_holdout5.jsonl``); stop 18 drew ``holdout6`` likewise
(``pick --seed 7``, ``real_precision_holdout6.jsonl``), and ``holdout7``, read by nobody while
rules were written: 100 events picked (``pick --seed 8``) from the coder of the stop's start and
100 from its end, judged blind (``real_precision_holdout7_before.jsonl``, ``..._after.jsonl``).
Stop 19 drew two samples to train the confidence model (``eventwire train confidence``):
``calib``, 60 political articles, and ``calib2``, 40 MUC-3/4 development reports (conflict news;
never the TST1-4 reports the ``muc`` suite scores); 240 events of each, picked (``pick --seed 9``
and ``--seed 10``) from the coder of the time (040401b and 594e475) and judged in two halves
(``real_precision_calib_a.jsonl``, ``_b.jsonl``, ``real_precision_calib2_a.jsonl``, ``_b.jsonl``).
Stop 20 drew ``holdout8`` like ``holdout7``, read by nobody while rules were written: 150 events
picked (``pick --seed 11``) from the coder of the stop's start and 150 (``pick --seed 12``) from
its end, judged blind (``real_precision_holdout8_before.jsonl``, ``..._after.jsonl``). Stop 21
drew ``holdout9`` the same way: 150 events picked (``pick --seed 13``) from the coder of the
stop's start, judged blind before any merge and re-marked after them
(``real_precision_holdout9.jsonl``). Stop 22 drew ``holdout10`` the same way (``pick --seed 14``,
``real_precision_holdout10.jsonl``), stop 23 ``holdout11`` (``pick --seed 15``,
``real_precision_holdout11.jsonl``), stop 24 ``holdout12`` (``pick --seed 16``,
``real_precision_holdout12.jsonl``), stop 25 ``holdout13`` (``pick --seed 17``,
``real_precision_holdout13.jsonl``), stop 26 ``holdout14`` (``pick --seed 18``,
``real_precision_holdout14.jsonl``), stop 27 ``holdout15`` (``pick --seed 19``,
``real_precision_holdout15.jsonl``), stop 28 ``holdout16`` (``pick --seed 20``,
``real_precision_holdout16.jsonl``), and stop 29 ``holdout17`` (``pick --seed 21``,
``real_precision_holdout17.jsonl``)::

    python tools/real_precision.py sample --out judged.jsonl
    python tools/real_precision.py sample --plan dev --out dev.jsonl --exclude judged.jsonl
    python tools/real_precision.py sample --plan holdout --out holdout.jsonl \
        --exclude judged.jsonl dev.jsonl
    python tools/real_precision.py sample --plan holdout2 --out holdout2.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl
    python tools/real_precision.py sample --plan holdout3 --out holdout3.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl
    python tools/real_precision.py sample --plan dev2 --out dev2.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl
    python tools/real_precision.py sample --plan holdout4 --out holdout4.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl
    python tools/real_precision.py sample --plan holdout5 --out holdout5.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl
    python tools/real_precision.py sample --plan holdout6 --out holdout6.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl
    python tools/real_precision.py sample --plan holdout7 --out holdout7.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl
    python tools/real_precision.py sample --plan calib --out calib.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl
    python tools/real_precision.py sample --plan calib2 --out calib2.jsonl
    python tools/real_precision.py sample --plan holdout8 --out holdout8.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl
    python tools/real_precision.py sample --plan holdout9 --out holdout9.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl
    python tools/real_precision.py sample --plan holdout10 --out holdout10.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl \
        holdout9.jsonl
    python tools/real_precision.py sample --plan holdout11 --out holdout11.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl \
        holdout9.jsonl holdout10.jsonl
    python tools/real_precision.py sample --plan holdout12 --out holdout12.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl \
        holdout9.jsonl holdout10.jsonl holdout11.jsonl
    python tools/real_precision.py sample --plan holdout13 --out holdout13.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl \
        holdout9.jsonl holdout10.jsonl holdout11.jsonl holdout12.jsonl
    python tools/real_precision.py sample --plan holdout14 --out holdout14.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl \
        holdout9.jsonl holdout10.jsonl holdout11.jsonl holdout12.jsonl holdout13.jsonl
    python tools/real_precision.py sample --plan holdout15 --out holdout15.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl \
        holdout9.jsonl holdout10.jsonl holdout11.jsonl holdout12.jsonl holdout13.jsonl \
        holdout14.jsonl
    python tools/real_precision.py sample --plan holdout16 --out holdout16.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl \
        holdout9.jsonl holdout10.jsonl holdout11.jsonl holdout12.jsonl holdout13.jsonl \
        holdout14.jsonl holdout15.jsonl
    python tools/real_precision.py sample --plan holdout17 --out holdout17.jsonl \
        --exclude judged.jsonl dev.jsonl holdout.jsonl holdout2.jsonl holdout3.jsonl dev2.jsonl \
        holdout4.jsonl holdout5.jsonl holdout6.jsonl holdout7.jsonl calib.jsonl holdout8.jsonl \
        holdout9.jsonl holdout10.jsonl holdout11.jsonl holdout12.jsonl holdout13.jsonl \
        holdout14.jsonl holdout15.jsonl holdout16.jsonl

``score``: the share of right events in a judged sample file (one JSON object a line with
``verdict`` among ``VERDICTS``; lines whose verdict is empty are left out). With ``--after`` a
line's ``after_verdict`` replaces its verdict: ``gone`` (the event is no longer coded) leaves
the line out, a verdict is the re-judged changed event::

    python tools/real_precision.py score tests/data/real_precision.jsonl [--after]

``mark``: after a change to the coder, re-code the articles and mark the sample against the new
events: a line whose event is still coded (same id) keeps its verdict, a line whose event has
gone gets ``after_verdict: gone``, and a line with another event on the same trigger, or with
the same event whose code, actors or status changed, gets an empty ``after_verdict`` and is
printed, to be re-judged by hand::

    python tools/real_precision.py mark tests/data/real_precision.jsonl /tmp/real/after.jsonl

``pick``: draw the events to judge from ``eventwire code --format jsonl`` output, with the
sentence that holds each trigger, as lines ready for a ``verdict`` and ``reason``::

    python tools/real_precision.py pick /tmp/real/events.jsonl --count 120
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
VERDICTS = ("right", "wrong_code", "wrong_actors", "wrong_status", "not_an_event")
GONE = "gone"
SEED = 20261129
# (file, how many, category filter): AllSides international and US politics, BBC by category.
DRAWS: tuple[tuple[str, int, str | None], ...] = (
    ("allsides_article_bias/allsides_international.jsonl.gz", 16, None),
    ("allsides_article_bias/allsides_us_politics.jsonl.gz", 10, None),
    ("bbc_news_2004_2005/bbc_fulltext.jsonl.gz", 8, "politics"),
    ("bbc_news_2004_2005/bbc_fulltext.jsonl.gz", 3, "business"),
    ("bbc_news_2004_2005/bbc_fulltext.jsonl.gz", 3, "sport"),
)
INTERNATIONAL = "allsides_article_bias/allsides_international.jsonl.gz"
US_POLITICS = "allsides_article_bias/allsides_us_politics.jsonl.gz"
BBC = "bbc_news_2004_2005/bbc_fulltext.jsonl.gz"
MUC = "muc34/muc34_docs.jsonl.gz"
# plan -> (seed, draws)
PLANS: dict[str, tuple[int, tuple[tuple[str, int, str | None], ...]]] = {
    "judged": (SEED, DRAWS),
    "dev": (7, ((INTERNATIONAL, 60, None), (US_POLITICS, 40, None), (BBC, 20, "politics"))),
    "holdout": (4242, ((INTERNATIONAL, 8, None), (US_POLITICS, 6, None), (BBC, 6, "politics"))),
    "holdout2": (9090, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                        (BBC, 4, "business"))),
    "holdout3": (31130, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                         (BBC, 4, "business"))),
    "dev2": (5150, ((INTERNATIONAL, 40, None), (US_POLITICS, 30, None), (BBC, 20, "politics"),
                    (BBC, 10, "business"))),
    "holdout4": (60601, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                         (BBC, 4, "business"))),
    "holdout5": (70707, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                         (BBC, 4, "business"))),
    "holdout6": (81818, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                         (BBC, 4, "business"))),
    "holdout7": (92929, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                         (BBC, 4, "business"))),
    "calib": (10303, ((INTERNATIONAL, 24, None), (US_POLITICS, 18, None), (BBC, 12, "politics"),
                      (BBC, 6, "business"))),
    # Conflict news for the confidence model: MUC-3/4 development reports (never TST1-4).
    "calib2": (20404, ((MUC, 40, "dev"),)),
    "holdout8": (13131, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                         (BBC, 4, "business"))),
    "holdout9": (14141, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                         (BBC, 4, "business"))),
    "holdout10": (15151, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                          (BBC, 4, "business"))),
    "holdout11": (16161, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                          (BBC, 4, "business"))),
    "holdout12": (17171, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                          (BBC, 4, "business"))),
    "holdout13": (18181, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                          (BBC, 4, "business"))),
    "holdout14": (19191, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                          (BBC, 4, "business"))),
    "holdout15": (20202, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                          (BBC, 4, "business"))),
    "holdout16": (21212, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                          (BBC, 4, "business"))),
    "holdout17": (22222, ((INTERNATIONAL, 16, None), (US_POLITICS, 12, None), (BBC, 8, "politics"),
                          (BBC, 4, "business"))),
}
MIN_CHARS, MAX_CHARS = 1200, 6000
# The BBC copy has no per-item date; its articles are from 2004-2005 (SOURCE.md).
UNDATED_DEFAULT = {"bbc_news_2004_2005": "2005-01-01"}


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def bench_ids() -> set[str]:
    path = CORPORA / "allsides_article_bias" / "eval_international_500.jsonl"
    return {str(row["id"]) for row in read_jsonl(path)} if path.is_file() else set()


def draw(rng: random.Random, name: str, count: int, category: str | None,
         excluded: set[str]) -> list[dict[str, Any]]:
    rows = [row for row in read_jsonl(CORPORA / name)
            if str(row["id"]) not in excluded
            and (category is None or category in (row.get("category"), row.get("set")))
            and MIN_CHARS <= len(row.get("text") or "") <= MAX_CHARS]
    rows.sort(key=lambda row: str(row["id"]))
    return rng.sample(rows, count)


def article_ids(paths: list[Path]) -> set[str]:
    """The corpus ids of sampled articles (``corpus:id`` or a bare id), read from article files
    (``id``) or from judged samples (``article_id``)."""
    return {str(row.get("id", row.get("article_id"))).split(":", 1)[-1]
            for path in paths for row in read_jsonl(path)}


def sample_articles(out: Path, plan: str = "judged", exclude: list[Path] | None = None) -> None:
    seed, draws = PLANS[plan]
    rng = random.Random(seed)
    excluded = bench_ids() | article_ids(exclude or [])
    with out.open("w", encoding="utf-8") as handle:
        for name, count, category in draws:
            for row in draw(rng, name, count, category, excluded):
                corpus = Path(name).parent.name
                article = {"id": f"{corpus}:{row['id']}", "text": row["text"],
                           "published": row.get("date") or UNDATED_DEFAULT.get(corpus),
                           "title": row.get("title"),
                           "source": row.get("source")}
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")


def pick_events(events: Path, count: int, seed: int) -> None:
    rows = list(read_jsonl(events))
    for row in random.Random(seed).sample(rows, min(count, len(rows))):
        print(json.dumps(judging_line(row), ensure_ascii=False))


def judging_line(row: dict[str, Any]) -> dict[str, Any]:
    """One coded event as a line to judge: its sentence, trigger, code, actors and status, with
    its hedge and attribution (kept so that later confidence features can read them)."""
    return {
        "event_id": row.get("id"), "article_id": row.get("article_id"),
        "sentence": " ".join(((row.get("evidence") or {}).get("text") or "").split()),
        "trigger": (row.get("trigger") or {}).get("text"),
        "trigger_start": (row.get("trigger") or {}).get("start"),
        "code": (row.get("cameo") or {}).get("code"), "rule": row.get("rule"),
        "source": actor_label(row.get("source")), "target": actor_label(row.get("target")),
        "status": row.get("status"), "hedge": row.get("hedge"),
        "attribution": actor_label(row.get("attribution")), "verdict": "", "reason": ""}


def actor_label(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return f"{actor.get('text')} [{actor.get('code')}]"


def final_verdict(row: dict[str, Any], after: bool) -> str:
    """The line's verdict, or after a change its ``after_verdict`` when it has one."""
    if after and "after_verdict" in row:
        return str(row["after_verdict"])
    return str(row.get("verdict") or "")


def score(path: Path, after: bool = False) -> dict[str, Any]:
    finals = (final_verdict(row, after) for row in read_jsonl(path))
    verdicts = Counter(v for v in finals if v and v != GONE)
    unknown = set(verdicts) - set(VERDICTS)
    if unknown:
        raise SystemExit(f"unknown verdicts: {sorted(unknown)}")
    judged = sum(verdicts.values())
    right = verdicts["right"]
    return {"judged": judged, "right": right,
            "share_right": round(right / judged, 3) if judged else 0.0,
            "verdicts": dict(verdicts.most_common())}


def mark(path: Path, events: Path) -> list[dict[str, Any]]:
    """The sample's lines marked against newly coded ``events`` (see ``mark`` above)."""
    coded = list(read_jsonl(events))
    ids = {row.get("id"): row for row in coded}
    triggers = {(row.get("article_id"), (row.get("trigger") or {}).get("start")): row
                for row in coded}
    marked = []
    for old in read_jsonl(path):
        line = {key: value for key, value in old.items() if not key.startswith("after_")}
        same = ids.get(line["event_id"])
        if same is not None and changed_fields(line, same):
            # The id names the trigger, code and actor spans; a status or actor code of its
            # own may still have changed: judged again.
            line["after_verdict"] = ""
            line["after_event"] = judging_line(same)
            line.update(kept_rejudgement(old, same))
        elif same is None:
            other = triggers.get((line["article_id"], line.get("trigger_start")))
            line["after_verdict"] = "" if other is not None else GONE
            if other is not None:
                line["after_event"] = judging_line(other)
                line.update(kept_rejudgement(old, other))
        marked.append(line)
    return marked


JUDGED_FIELDS = ("code", "source", "target", "status")


def changed_fields(line: dict[str, Any], row: dict[str, Any]) -> list[str]:
    """The judged fields whose value differs between a sample line and the coded event."""
    now = judging_line(row)
    return [key for key in JUDGED_FIELDS if now.get(key) != line.get(key)]


def kept_rejudgement(old: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """The re-judgement an earlier ``mark`` got for the same changed event, if any."""
    if (old.get("after_event") or {}).get("event_id") != other.get("id"):
        return {}
    return {key: old[key] for key in ("after_verdict", "after_reason") if old.get(key)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample")
    sample.add_argument("--out", type=Path, required=True)
    sample.add_argument("--plan", choices=sorted(PLANS), default="judged")
    sample.add_argument("--exclude", type=Path, nargs="*", default=[])
    pick = commands.add_parser("pick")
    pick.add_argument("events", type=Path)
    pick.add_argument("--count", type=int, default=120)
    pick.add_argument("--seed", type=int, default=SEED)
    judged = commands.add_parser("score")
    judged.add_argument("path", type=Path)
    judged.add_argument("--after", action="store_true")
    marking = commands.add_parser("mark")
    marking.add_argument("path", type=Path)
    marking.add_argument("events", type=Path)
    args = parser.parse_args()
    if args.command == "sample":
        sample_articles(args.out, args.plan, args.exclude)
    elif args.command == "pick":
        pick_events(args.events, args.count, args.seed)
    elif args.command == "mark":
        lines = mark(args.path, args.events)
        args.path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n"
                                     for line in lines), encoding="utf-8")
        for line in lines:
            if line.get("after_verdict") == "":
                print(json.dumps(line, ensure_ascii=False))
    else:
        print(json.dumps(score(args.path, args.after), indent=2))


if __name__ == "__main__":
    main()
