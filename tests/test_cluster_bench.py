"""bench/cluster.py: the distractor articles that make the clustering benchmark a dense feed."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Article
from tests.tool_loader import BENCH, load_tool

bench = load_tool("cluster", BENCH)
pytestmark = pytest.mark.skipif(not bench.DISTRACTORS.exists(), reason="needs ../shared")


def corpus() -> tuple[list[Article], dict[str, int]]:
    days = [date(2017, 12, 1), date(2018, 1, 9)]
    articles = [Article(text="Text.", id=f"nc{n}", published=day) for n, day in enumerate(days)]
    return articles, {"nc0": 1, "nc1": 2}


def test_distractors_are_stories_of_their_own_dated_into_the_corpus() -> None:
    articles, story = corpus()
    first = bench.read_distractors(25, articles, story)
    assert len(first) == 25 and len({a.id for a in first}) == 25
    assert {a.published for a in first} <= {a.published for a in articles}
    assert len({story[a.id] for a in first}) == 25 and min(story.values()) < 0
    assert set(story.values()) >= {1, 2}
    again = bench.read_distractors(25, *corpus())
    assert [a.text for a in again] == [a.text for a in first]


def test_a_link_to_a_distractor_is_false() -> None:
    story = {"nc0": 1, "nc1": 1, "dx0": -1}
    scores = bench.article_scores({1: ["nc0", "nc1"], 2: ["nc0", "dx0"]}, story)
    assert (scores["correct"], scores["predicted_pairs"], scores["precision"]) == (1, 2, 0.5)
