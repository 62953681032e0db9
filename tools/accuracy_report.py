"""Run every evaluation suite on its test split and write the figures as markdown.

The source of ``docs/accuracy.md``'s numbers: the headline figures of each suite, the confusion
tables by CAMEO root and the error classes with example ids (and, for eventwire's own
factuality set, short quotes). Suites and splits:

- ``petrarch`` on PETRARCH2's unit-test records, coded with the ``PETR.Validate.*`` dictionaries
  only (copied to a temporary directory; ``--no-bundled``), and on UniversalPetrarch's GSR records
  with the bundled dictionaries;
- ``conflibert-class`` and ``conflibert-roles`` on ConfliBERT's test files;
- ``plover-gsr`` on PLOVER's gold-standard records;
- ``factuality`` on ``tests/data/factuality/test.jsonl``;
- ``muc`` on TST3 + TST4 (DEV is not coded).

Run: ``python tools/accuracy_report.py [--shared ../shared] [--out FILE] [--limit N]
[--suite NAME ...] [--classifier DIR]`` (``DIR`` from ``eventwire train conflibert-class``; the
model is trained on GPL data and never committed, so train it first); about 15 minutes on 2
cores without ``--limit``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FACTUALITY_TEST = ROOT / "tests/data/factuality/test.jsonl"
QUOTE_LENGTH = 90
MAX_QUOTES = 5
FIGURE_COLUMNS: tuple[str, ...] = (
    "items", "expected", "correct", "extra", "precision", "recall", "f1", "accuracy", "macro_f1",
)


@dataclass(frozen=True, slots=True)
class Run:
    """One suite run: its name in the report, the suite, the gold path and how to code."""

    title: str
    suite: str
    path: Path
    validate: bool = False
    classified: bool = False  # coded with the trained sentence classifier (--classifier)


def runs(shared: Path, classifier: bool = False) -> list[Run]:
    peers = shared / "peers"
    conflibert = peers / "confliBERT/eventdata_ConfliBERT/data"
    extra = [Run("conflibert-class (test, with classifier)", "conflibert-class",
                 conflibert / "cameo_class/test.tsv", classified=True)] if classifier else []
    return extra + [
        Run("petrarch unit tests (PETR.Validate)", "petrarch",
            peers / "petrarch2/data/text/PETR.UnitTest.records.xml", validate=True),
        Run("petrarch GSR", "petrarch",
            peers / "universalpetrarch/master/data/text/PETR2_GSR_validation.xml"),
        Run("conflibert-class (test)", "conflibert-class", conflibert / "cameo_class/test.tsv"),
        Run("conflibert-roles (test)", "conflibert-roles", conflibert / "cameo_ner/test.txt"),
        Run("plover-gsr", "plover-gsr",
            peers / "plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"),
        Run("factuality (test)", "factuality", FACTUALITY_TEST),
        Run("muc (TST3+TST4)", "muc", shared / "corpora/muc34"),
    ]


def validate_coder(shared: Path, folder: Path) -> Any:
    from eventwire.coder import Coder

    source = shared / "peers/petrarch2/data/dictionaries"
    for dictionary in source.glob("PETR.Validate.*.txt"):
        shutil.copy(dictionary, folder / dictionary.name)
    return Coder(dictionaries=[folder], bundled=False)


def run_one(run: Run, coder: Any, limit: int | None) -> dict[str, Any]:
    from eventwire.evaluate import run_suite
    from eventwire.evaluate.muc import run_muc

    if run.suite == "muc":
        return run_muc(run.path, coder, limit=limit, sets=("tst3", "tst4"))
    return run_suite(run.suite, run.path, coder, limit=limit)


def run_all(shared: Path, limit: int | None, chosen: Sequence[str],
            classifier: Path | None = None) -> list[tuple[Run, Any]]:
    """Every selected run with its report (a missing gold file gives ``None``)."""
    from eventwire.coder import Coder

    coder = Coder()
    classified = Coder(classifier=classifier) if classifier is not None else None
    results: list[tuple[Run, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        for run in runs(shared, classifier is not None):
            if chosen and run.suite not in chosen:
                continue
            if not run.path.exists():
                results.append((run, None))
                continue
            used = validate_coder(shared, Path(folder)) if run.validate else coder
            used = classified if run.classified and classified is not None else used
            print(f"running {run.title}", file=sys.stderr)
            results.append((run, run_one(run, used, limit)))
    return results


def cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value).replace("|", "\\|")


def table(header: Sequence[object], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(cell(name) for name in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return lines + [""]


def figures(results: Sequence[tuple[Run, Any]]) -> list[str]:
    rows = []
    for run, report in results:
        if report is None:
            rows.append([run.title, "gold file missing", *[""] * (len(FIGURE_COLUMNS) - 1)])
        else:
            rows.append([run.title, *(report.get(column) for column in FIGURE_COLUMNS)])
    return ["## Figures", "", *table(["suite", *FIGURE_COLUMNS], rows)]


def confusion(title: str, matrix: dict[str, Any]) -> list[str]:
    """A confusion table (``rows``/``columns``/``matrix`` or ``labels``/``matrix``)."""
    rows = matrix.get("rows", matrix.get("labels", []))
    columns = matrix.get("columns", matrix.get("labels", []))
    body = [[row, *counts] for row, counts in zip(rows, matrix["matrix"], strict=True)]
    return [f"#### {title}", "", "Gold rows, predicted columns.", "",
            *table(["gold \\ ours", *columns], body)]


def error_classes(classes: dict[str, dict[str, Any]]) -> list[str]:
    rows = [[name, entry["count"], ", ".join(entry["examples"])]
            for name, entry in sorted(classes.items(), key=lambda kv: -kv[1]["count"])]
    return ["#### Error classes", "", *table(["class", "count", "examples"], rows)]


def quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_LENGTH else flat[: QUOTE_LENGTH - 3] + "..."


def factuality_quotes(report: dict[str, Any]) -> list[str]:
    """Short quotes of the factuality mistakes and missed triggers (our own data, MIT)."""
    rows = [[m["id"], f"{m['status']}/{m['hedge']}", f"{m['predicted']}/{m['predicted_hedge']}",
             m["trigger"], quote(m["text"])] for m in report.get("mistakes", [])[:MAX_QUOTES]]
    for key in ("no_event_items", "folded_items"):
        rows += [[m["id"], "", key.removesuffix("_items"), m["trigger"], quote(m["text"])]
                 for m in report.get(key, [])[:MAX_QUOTES]]
    header = ["id", "gold status/hedge", "ours", "trigger", "text"]
    return ["#### Mistakes (first ones of each kind)", "", *table(header, rows)]


def muc_details(report: dict[str, Any]) -> list[str]:
    keys = ("items", "expected", "correct", "recall", "recall_any_event", "predicted", "extra",
            "precision", "precision_per_mention", "threatened_as_occurred")
    sets = report.get("sets", {})
    rows = [[name, *(values.get(key) for key in keys)] for name, values in sets.items()]
    by_type = [[kind, v["expected"], v["found"], v["recall"]]
               for kind, v in report.get("recall_by_type", {}).items()]
    dropped = report.get("not_predicted", {})
    return [
        *table(["set", *keys], rows),
        *table(["incident type", "expected", "found", "recall"], by_type),
        *(table(["relevance rule", "incidents left out"], list(dropped.items()))
          if dropped else []),
    ]


def role_details(report: dict[str, Any]) -> list[str]:
    rows = [[role, v["expected"], v["correct"], v.get("predicted"), v.get("precision"),
             v.get("recall"), v.get("f1"), v["correct_relaxed"]]
            for role, v in report.get("by_role", {}).items()]
    relaxed = report.get("relaxed", {})
    every = report.get("all_events", {})
    every_relaxed = every.get("relaxed", {})
    lines = [f"Relaxed ({relaxed.get('rule')}): precision {cell(relaxed.get('precision'))}, "
             f"recall {cell(relaxed.get('recall'))}, F1 {cell(relaxed.get('f1'))}.", ""]
    if every:
        lines += [f"Every event of the sentence scored (not only the main event): exact "
                  f"precision {cell(every.get('precision'))}, recall {cell(every.get('recall'))}, "
                  f"F1 {cell(every.get('f1'))}; relaxed F1 {cell(every_relaxed.get('f1'))}.", ""]
    return lines + table(["gold role", "expected", "exact", "predicted", "precision", "recall",
                          "F1", "relaxed"], rows)


def plover_details(report: dict[str, Any]) -> list[str]:
    rows = [[role, v["gold"], v["country_accuracy"], v["sector_gold"], v["sector_accuracy"]]
            for role, v in report.get("actors", {}).items()]
    return table(["role", "gold actors", "country accuracy", "with sector", "sector accuracy"],
                 rows)


DETAILS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "plover-gsr": plover_details,
    "conflibert-roles": role_details,
    "factuality": factuality_quotes,
    "muc": muc_details,
}


def suite_section(run: Run, report: dict[str, Any]) -> Iterator[str]:
    yield f"### {run.title}"
    yield ""
    yield f"Gold: `{run.path.name}`."
    yield ""
    if "confusion_by_root" in report:
        yield from confusion("Confusion by CAMEO root", report["confusion_by_root"])
    elif "confusion" in report:
        yield from confusion("Confusion", report["confusion"])
    if "error_classes" in report:
        yield from error_classes(report["error_classes"])
    yield from DETAILS.get(run.suite, lambda _: [])(report)


def provenance() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=False)
        return done.stdout.strip()

    dirty = " (with uncommitted changes)" if git("status", "--porcelain") else ""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Generated {stamp} at commit {git('rev-parse', '--short', 'HEAD') or '?'}{dirty}."


def render(results: Sequence[tuple[Run, Any]], note: str) -> str:
    lines = ["# eventwire accuracy report", "", note, "", *figures(results), "## Suites", ""]
    for run, report in results:
        if report is not None:
            lines += list(suite_section(run, report))
    return "\n".join(lines).rstrip() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=None, help="markdown file (default stdout)")
    parser.add_argument("--limit", type=int, default=None, help="first N items of each suite")
    parser.add_argument("--suite", action="append", default=[], help="only these suites")
    parser.add_argument("--classifier", type=Path, default=None,
                        help="model directory from `eventwire train`: adds a conflibert-class run")
    args = parser.parse_args(argv)
    text = render(run_all(args.shared, args.limit, args.suite, args.classifier), provenance())
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
