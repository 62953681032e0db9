"""Grouped cross-validation folds: near-duplicate sentences stay in one fold."""

from __future__ import annotations

from collections import Counter

from eventwire.learn.folds import (
    grouped_folds,
    near_duplicate_groups,
    overlap,
    position_folds,
    word_set,
)

STORY = [
    "Rebels shelled the northern market town of Ardel on Monday, killing four traders.",
    "On Monday rebels shelled the market town of Ardel in the north, killing four traders.",
    "Four traders were killed when rebels shelled the northern market town of Ardel.",
]
OTHERS = [
    "The finance minister praised the new trade agreement with the neighbouring state.",
    "Farmers blocked the motorway to protest against lower milk prices.",
    "The two presidents agreed to reopen their embassies next spring.",
    "Police detained a journalist who had reported on the election campaign.",
]


def test_word_set_keeps_longer_words_in_lower_case() -> None:
    assert word_set("The Army shelled a town, 2024.") == {"army", "shelled", "town", "2024"}


def test_overlap_is_jaccard() -> None:
    assert overlap(frozenset({"a", "b"}), frozenset({"b", "c"})) == 1 / 3
    assert overlap(frozenset(), frozenset()) == 0.0


def test_retellings_of_one_story_form_one_group() -> None:
    groups = near_duplicate_groups(STORY + OTHERS)
    assert groups[0] == groups[1] == groups[2] == 0
    assert len(set(groups[3:])) == len(OTHERS) and 0 not in groups[3:]


def test_a_group_lies_in_one_fold_and_folds_are_balanced() -> None:
    groups = near_duplicate_groups(STORY + OTHERS)
    folds = grouped_folds(groups, 3)
    assert len({folds[0], folds[1], folds[2]}) == 1
    assert sorted(Counter(folds).values()) == [2, 2, 3]
    assert folds == grouped_folds(groups, 3)


def test_position_folds() -> None:
    assert position_folds(5, 2) == [0, 1, 0, 1, 0]
