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


def test_a_journalists_title_before_a_name_is_media(run: ActorRun) -> None:
    # A title with an outlet before it, and one that counts only before a name.
    found = dict(run("Radio Kenya political editor Amina Otieno criticised the plan."))
    mention = next(m for text, m in found.items() if "Amina Otieno" in text)
    assert (mention.sector, mention.name) == ("MED", "Amina Otieno")
    found = dict(run("Talk show host Peter Kamau criticised the plan."))
    mention = next(m for text, m in found.items() if "Peter Kamau" in text)
    assert (mention.sector, mention.name) == ("MED", "Peter Kamau")
    # "host" with no name after it names no journalist: "the host nation".
    found = dict(run("The host nation criticised the plan."))
    assert all(m.sector != "MED" for m in found.values())
