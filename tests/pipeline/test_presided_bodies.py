"""A presiding title of a body no dictionary knows gets no code, and a demonym inside a
proper name composes with the name's head (``presided_bodies``, ``actor_compose``). Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.presided_bodies import presided_bodies_data
from tests.pipeline.conftest import actor_run

Run = Callable[[str], list[tuple[str, ActorMention]]]


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    return actor_run(nlp, date(2023, 5, 1))


def _codes(run: Run, text: str) -> dict[str, str | None]:
    return {words: m.code for words, m in run(text)}


def test_the_data_file_loads() -> None:
    data = presided_bodies_data()
    assert "of" in data.links and "republic" in data.state_heads


@pytest.mark.parametrize("text", [
    "Jane Roe, president of Gaming Partners International, criticised the minister.",
    "Ian Moss, president of the Eurasia Group, criticised the minister.",
    "The president of Gaming Partners International criticised the minister.",
])
def test_the_president_of_an_unknown_body_is_no_government(run: Run, text: str) -> None:
    codes = _codes(run, text)
    assert "GOV" not in {code for words, code in codes.items() if words != "minister"}


@pytest.mark.parametrize(("text", "words", "code"), [
    ("The President of the Republic criticised the minister.", "President", "GOV"),
    ("The president of the Philippines criticised the minister.",
     "president of the Philippines", "PHLGOV"),
    ("The president criticised the minister.", "president", "GOV"),
    ("Jane Roe, president of the teachers union, criticised the minister.", "Jane Roe", "LAB"),
])
def test_a_state_or_a_known_body_keeps_its_sector(
        run: Run, text: str, words: str, code: str) -> None:
    assert _codes(run, text)[words] == code


def test_a_demonym_inside_a_proper_name_composes_with_its_head(run: Run) -> None:
    codes = _codes(run, "Jane Roe, president of the American Gaming Association, criticised "
                        "the minister.")
    assert codes["Jane Roe"] == "USANGO"
    assert codes["president of the American Gaming Association"] == "USANGO"
