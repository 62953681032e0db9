"""A party or chamber named without a country takes the country of an article about one
country's politics (``article_country``). Articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.article_country import article_country
from eventwire.pipeline.mentions import ActorMention
from tests.pipeline.conftest import actor_run

Run = Callable[[str], list[tuple[str, ActorMention]]]

BRITISH = (
    "Prime Minister Tony Blair defended his schools policy on Tuesday. Chancellor Gordon "
    "Brown said spending would rise. The Tories accused Labour of wasting money. Labour "
    "said the Conservatives would cut hospitals."
)


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    return actor_run(nlp, date(2005, 3, 1))


def test_parties_in_a_british_article_are_british(run: Run) -> None:
    found = run(BRITISH)
    names = ("Labour", "Conservatives", "the Conservatives")
    codes = {m.code for span, m in found if span in names}
    assert codes == {"GBRPTY"}


def test_a_sentence_initial_party_name_written_so_elsewhere_counts(run: Run) -> None:
    found = run(BRITISH)
    first = [m for span, m in found if span == "Labour"]
    assert len(first) == 2 and all(m.code == "GBRPTY" for m in first)


def test_a_party_alone_keeps_no_country(run: Run) -> None:
    found = dict(run("Labour accused the minister of lying."))
    assert found["Labour"].code == "PTY"


def test_an_article_of_two_countries_gives_none(run: Run) -> None:
    text = ("Prime Minister Tony Blair met President George W. Bush. The British government "
            "and the US government agreed. Labour criticised the deal.")
    found = dict(run(text))
    assert found["Labour"].code == "PTY"


def test_common_sector_words_take_no_country(run: Run) -> None:
    found = run(BRITISH + " Lawmakers said the government had failed.")
    assert {m.code for span, m in found if span in ("Lawmakers", "the government")} <= {
        "LEG", "GOV"}


def _mention(country: str | None, sector: str) -> ActorMention:
    code = f"{country or ''}{sector}"
    return ActorMention(start=0, end=1, head=0, code=code, country=country, sector=sector)


def test_the_article_country_needs_enough_dominant_evidence() -> None:
    three = [_mention("GBR", "GOV")] * 3
    assert article_country(three) == "GBR"
    assert article_country(three[:2]) is None
    assert article_country([*three, _mention("USA", "GOV"), _mention("USA", "LEG")]) is None
    assert article_country([*three, _mention("FRA", "MIL"), _mention("FRA", "MIL")]) == "GBR"
