"""A count or a share over a population names no event (``aggregates``); sentences written
for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.aggregates import is_aggregate, is_statistic, load_lexicon
from tests.coded import coded, word

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "aggregates.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "gone"), [
    ("The number of Americans fighting for ISIS has doubled since January.", "19"),
    ("The number of nuclear weapons has declined sharply.", "12"),
    ("Thirty percent of officers who attacked protesters were never disciplined.", "19"),
    ("The share of migrants deported within a year has fallen.", "174"),
])
def test_what_a_count_describes_gives_no_event(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in coded(coder, text) if c.startswith(gone)]


@pytest.mark.parametrize(("text", "kept"), [
    ("A number of Democrats refused to attend the rally.", "12"),  # several
    ("Mexico arrested and deported the highest number of migrants in June.", "174"),
    ("The number of people killed in the bombing has risen to 40.", "19"),
    ("The number of villagers killed by the militia has risen to 17.", "19"),
    ("The number of men who committed the murder was large.", "19"),
    ("Thirty percent of the officers who attacked the protesters were fired.", "19"),
    ("Growth was short of the 2.5% which the government had predicted.", "010"),
])
def test_acts_next_to_a_count_are_kept(coder: Coder, text: str, kept: str) -> None:
    assert [c for c in coded(coder, text) if c.startswith(kept)]


def test_only_a_definite_or_numbered_count_is_an_aggregate(nlp: Language) -> None:
    lex = load_lexicon()
    assert is_aggregate(word(nlp, "The number of cases rose.", "number"), lex)
    assert is_aggregate(word(nlp, "Forty percent of voters stayed home.", "percent"), lex)
    assert not is_aggregate(word(nlp, "A number of MPs stayed home.", "number"), lex)
    assert is_statistic(word(nlp, "The number of people arrested rose.", "arrested"), lex)
    assert not is_statistic(word(nlp, "Police arrested a number of people.", "arrested"), lex)
    assert is_statistic(word(nlp, "The number of people arrested continues to rise.", "rise"), lex)


def test_the_bundled_lexicon_loads() -> None:
    assert "percent" in load_lexicon().aggregate_nouns


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "aggregates.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("aggregate_nouns:", "nouns:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)
