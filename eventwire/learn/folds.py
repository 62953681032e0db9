"""Cross-validation folds that keep near-duplicate sentences together.

Labelled news sentences often come in families: several sentences of one story, or one wire
report rewritten by several outlets, share most of their words. Folds by position put members of
a family on both sides of a split, and the held-out score then measures recall of the family more
than generalisation. Here two sentences are *near duplicates* when the Jaccard overlap of their
word sets (lower-case words of four letters or more) is at least ``OVERLAP``; a *group* is a
connected set of near duplicates (single linkage), and every group lies in one fold. Groups are
dealt largest first to the fold holding the fewest sentences (ties: the lower fold), so the
folds are balanced and the result is deterministic.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

OVERLAP = 0.2
WORD = re.compile(r"[a-z0-9]+")
MIN_WORD_LENGTH = 4


def word_set(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` that are at least ``MIN_WORD_LENGTH`` long."""
    return frozenset(w for w in WORD.findall(text.lower()) if len(w) >= MIN_WORD_LENGTH)


def overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """Jaccard overlap of two word sets (0.0 when both are empty)."""
    union = len(left | right)
    return len(left & right) / union if union else 0.0


class _Groups:
    """Union-find over sentence indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, left: int, right: int) -> None:
        roots = sorted((self.find(left), self.find(right)))
        self.parent[roots[1]] = roots[0]


def _candidate_pairs(sets: Sequence[frozenset[str]]) -> set[tuple[int, int]]:
    """Pairs of sentences sharing at least one word (the only ones that can overlap)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, words in enumerate(sets):
        for word in words:
            postings[word].append(index)
    pairs: set[tuple[int, int]] = set()
    for indices in postings.values():
        pairs.update((a, b) for position, a in enumerate(indices) for b in indices[position + 1:])
    return pairs


def near_duplicate_groups(texts: Sequence[str], threshold: float = OVERLAP) -> list[int]:
    """A group id per text (the smallest index in its group), linking near duplicates."""
    sets = [word_set(text) for text in texts]
    groups = _Groups(len(texts))
    for left, right in _candidate_pairs(sets):
        if overlap(sets[left], sets[right]) >= threshold:
            groups.join(left, right)
    return [groups.find(index) for index in range(len(texts))]


def grouped_folds(groups: Sequence[int], folds: int) -> list[int]:
    """A fold per item: whole groups, largest first, to the fold with the fewest items."""
    sizes = [0] * folds
    fold_of: dict[int, int] = {}
    for group, size in sorted(Counter(groups).items(), key=lambda item: (-item[1], item[0])):
        fold = min(range(folds), key=lambda candidate: (sizes[candidate], candidate))
        fold_of[group] = fold
        sizes[fold] += size
    return [fold_of[group] for group in groups]


def position_folds(count: int, folds: int) -> list[int]:
    """The naive assignment, item ``i`` to fold ``i % folds`` (kept for comparison)."""
    return [index % folds for index in range(count)]
