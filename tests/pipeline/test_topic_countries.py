"""A country's name before an expert noun is his subject, not his country
(``topic_countries.py``): sentences written for these tests, coded by the whole pipeline."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.pipeline.topic_countries import topic_heads


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def source_code(coder: Coder, text: str, trigger: str) -> tuple[str, str | None] | None:
    events = [e for e in coder.code(text, published="2023-05-10")
              if e.trigger.text.startswith(trigger)]
    assert events
    source = events[0].source
    return (source.text, source.code) if source is not None else None


def test_a_country_name_before_an_expert_is_his_subject(coder: Coder) -> None:
    found = source_code(coder, "A Peru expert criticised the new mining law on Monday.",
                        "criticised")
    assert found == ("A Peru expert", None)


def test_a_demonym_before_experts_is_their_country(coder: Coder) -> None:
    found = source_code(coder, "Peruvian experts criticised the new mining law on Monday.",
                        "criticised")
    assert found == ("Peruvian experts", "PERCVL")


def test_the_heads_are_lower_case_lemmas() -> None:
    assert all(h == h.lower() and not h.endswith("s") for h in topic_heads().heads)
