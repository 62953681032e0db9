"""Words of force that name a level, a rise or a sum give no event (``measures``); sentences
written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.measures import load_lexicon
from tests.coded import force_codes as _force

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "measures.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "The company's shares hit a new low after the report.",
    "The government's borrowing is set to hit more than $12bn next year.",
    "The S&P 500 index shot up nearly 80 points on Friday.",
    "It costs the taxpayer pounds 35,000 a year to keep one prisoner.",
])
def test_a_level_a_rise_or_a_sum_is_no_force(coder: Coder, text: str) -> None:
    assert not _force(coder, text)


@pytest.mark.parametrize("text", [
    "Militants shot up the police car outside the station.",
    "Artillery pounds the city every night.",
    "The rockets hit the target.",
    "Gunmen shot two policemen in the city.",
    "Russian jets pounded rebel positions near Idlib.",
])
def test_force_is_still_coded(coder: Coder, text: str) -> None:
    assert _force(coder, text)


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "hit" in lex.level_verbs and "percent" in lex.measure_nouns


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "measures.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("level_verbs:", "level_words:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)
