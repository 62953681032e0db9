"""The name written after a title (:mod:`eventwire.pipeline.titled_names`), through ``ew_actors``
on the real English model (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests.pipeline.conftest import ActorRun, actor_run


@pytest.fixture(scope="module")
def run(nlp: Language) -> ActorRun:
    return actor_run(nlp, date(2022, 2, 2))


def test_title_with_unknown_name_keeps_the_words(run: ActorRun) -> None:
    found = dict(run("Foreign Minister Kwame Mensah rejected the plan."))
    mention = found["Foreign Minister Kwame Mensah"]
    assert (mention.code, mention.country, mention.name) == ("GOV", None, "Kwame Mensah")
    mention = dict(run("Ghanaian Foreign Minister Kwame Mensah spoke."))[
        "Ghanaian Foreign Minister Kwame Mensah"
    ]
    assert (mention.code, mention.country) == ("GHAGOV", "GHA")


def test_a_hyphenated_name_after_a_title_is_kept_whole(run: ActorRun) -> None:
    found = dict(run("Mayor Jean-Luc Ndiaye opened the market."))
    mention = found["Mayor Jean-Luc Ndiaye"]
    assert (mention.name, mention.code) == ("Jean-Luc Ndiaye", "GOV")


def test_the_name_stops_at_a_verb(run: ActorRun) -> None:
    found = dict(run("Interior Minister Tomas Varga resigned on Friday."))
    assert found["Interior Minister Tomas Varga"].name == "Tomas Varga"
