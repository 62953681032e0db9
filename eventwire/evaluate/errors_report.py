"""Error analysis shared by the event suites: confusion by CAMEO root and error classes.

``confusion_table`` turns (gold label, predicted label) pairs into a table with gold rows and
predicted columns; ``none`` (last) stands for a missing side: a gold event we did not find is in
the ``none`` column, an extra event of ours in the ``none`` row.

``align`` pairs a record's gold events with our coded events to say *how* they differ:

1. exact matches first (same code, source and target), in gold order;
2. then each remaining gold event takes the unused coded event that agrees with it on most of
   root, source and target (root breaking ties, then the full code); a coded event that agrees on
   none of the three is not the same event and is not paired.

Error classes of a pair that is not exact (a pair may be in several): ``wrong_root`` (two-digit
roots differ), else ``wrong_subcode`` (same root, other code); ``wrong_source``,
``wrong_target`` (the gold actor code is not among the coded actor's forms). An unpaired gold
event is ``missing_event``, an unpaired coded event ``extra``. Each class keeps its count and up
to ``MAX_EXAMPLES`` example ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.records import Event

NONE = "none"
MAX_EXAMPLES = 3
ROOT_LENGTH = 2
ERROR_CLASSES: tuple[str, ...] = (
    "missing_event",
    "wrong_root",
    "wrong_subcode",
    "wrong_source",
    "wrong_target",
    "extra",
)


@dataclass(frozen=True, slots=True)
class Triple:
    """An event as comparable codes; an actor may carry several forms it can match."""

    sources: frozenset[str]
    targets: frozenset[str]
    code: str

    @property
    def root(self) -> str:
        return self.code[:ROOT_LENGTH]


def gold_triple(source: str, target: str, code: str) -> Triple:
    """A gold event: one code per actor."""
    return Triple(frozenset({source}), frozenset({target}), code)


@dataclass(frozen=True, slots=True)
class Pair:
    """An aligned gold and coded event; ``None`` on the side that has no counterpart."""

    gold: Triple | None
    coded: Triple | None

    def classes(self) -> list[str]:
        """The error classes of this pair (empty for an exact match)."""
        if self.coded is None:
            return ["missing_event"]
        if self.gold is None:
            return ["extra"]
        found = []
        if self.gold.root != self.coded.root:
            found.append("wrong_root")
        elif self.gold.code != self.coded.code:
            found.append("wrong_subcode")
        if not self.gold.sources & self.coded.sources:
            found.append("wrong_source")
        if not self.gold.targets & self.coded.targets:
            found.append("wrong_target")
        return found

    def roots(self) -> tuple[str, str]:
        """(gold root, coded root), ``none`` for a missing side."""
        return (
            self.gold.root if self.gold else NONE,
            self.coded.root if self.coded else NONE,
        )


def agreement(gold: Triple, coded: Triple) -> tuple[int, bool, bool]:
    """How much a coded event agrees with a gold one: (fields agreeing, same root, same code)."""
    same_root = gold.root == coded.root
    agreeing = same_root + bool(gold.sources & coded.sources) + bool(gold.targets & coded.targets)
    return agreeing, same_root, gold.code == coded.code


def is_exact(gold: Triple, coded: Triple) -> bool:
    return agreement(gold, coded) == (3, True, True)


def best_partner(gold: Triple, coded: Sequence[Triple], used: set[int]) -> int | None:
    """The unused coded event agreeing most with ``gold`` (None when none agrees at all)."""
    scored = [(agreement(gold, c), i) for i, c in enumerate(coded) if i not in used]
    scored = [(score, i) for score, i in scored if score[0] > 0]
    if not scored:
        return None
    best = max(score for score, _ in scored)
    return next(i for score, i in scored if score == best)


def align(gold: Sequence[Triple], coded: Sequence[Triple]) -> list[Pair]:
    """Pair gold and coded events (exact matches first, then by agreement); see the module."""
    partner: dict[int, int] = {}
    used: set[int] = set()
    for g, event in enumerate(gold):
        index = next((i for i, c in enumerate(coded) if i not in used and is_exact(event, c)), None)
        if index is not None:
            partner[g] = index
            used.add(index)
    for g, event in enumerate(gold):
        if g in partner:
            continue
        index = best_partner(event, coded, used)
        if index is not None:
            partner[g] = index
            used.add(index)
    pairs = [Pair(event, coded[partner[g]] if g in partner else None)
             for g, event in enumerate(gold)]
    pairs += [Pair(None, c) for i, c in enumerate(coded) if i not in used]
    return pairs


def ordered_labels(labels: Iterable[str]) -> list[str]:
    """Sorted labels with ``none`` last."""
    unique = set(labels)
    return sorted(unique - {NONE}) + ([NONE] if NONE in unique else [])


def confusion_table(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Gold rows x predicted columns (``rows``, ``columns``, ``matrix``) from label pairs."""
    counts = Counter(pairs)
    rows = ordered_labels(gold for gold, _ in counts)
    columns = ordered_labels(predicted for _, predicted in counts)
    return {
        "rows": rows,
        "columns": columns,
        "matrix": [[counts[(row, column)] for column in columns] for row in rows],
    }


def top_root_confusion(gold: Sequence[object], tops: Sequence[Event | None]) -> dict[str, Any]:
    """Gold labels (a type, a class) x the CAMEO root of each item's top event (``none``)."""
    return confusion_table(
        (str(label), top.cameo.root if top else NONE) for label, top in zip(gold, tops, strict=True)
    )


@dataclass(slots=True)
class ErrorClasses:
    """Counts of error classes with up to ``MAX_EXAMPLES`` example ids each."""

    names: tuple[str, ...] = ERROR_CLASSES
    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, example: str) -> None:
        self.counts[name] += 1
        shown = self.examples.setdefault(name, [])
        if len(shown) < MAX_EXAMPLES and example not in shown:
            shown.append(example)

    def merge(self, other: ErrorClasses) -> None:
        """Add another tally's counts and examples (examples up to ``MAX_EXAMPLES``)."""
        self.counts.update(other.counts)
        for name, shown in other.examples.items():
            for example in shown:
                mine = self.examples.setdefault(name, [])
                if len(mine) < MAX_EXAMPLES and example not in mine:
                    mine.append(example)

    def add_pairs(self, pairs: Iterable[Pair], example: str) -> None:
        for pair in pairs:
            for name in pair.classes():
                self.add(name, example)

    def report(self) -> dict[str, dict[str, Any]]:
        return {
            name: {"count": self.counts[name], "examples": self.examples.get(name, [])}
            for name in self.names
        }


def event_errors(records: Iterable[tuple[str, list[Pair]]]) -> dict[str, Any]:
    """``confusion_by_root`` and ``error_classes`` of aligned records (id, pairs)."""
    classes = ErrorClasses()
    roots: list[tuple[str, str]] = []
    for item_id, pairs in records:
        classes.add_pairs(pairs, item_id)
        roots += [pair.roots() for pair in pairs]
    return {"confusion_by_root": confusion_table(roots), "error_classes": classes.report()}
