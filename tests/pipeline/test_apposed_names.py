"""An unknown name with a comma apposition naming a person is that person, coded as the
apposition is (``apposed_names``). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.person_antecedents import load_person_nouns
from tests.pipeline.conftest import actor_run

Run = Callable[[str], list[tuple[str, ActorMention]]]


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    return actor_run(nlp, date(2023, 5, 1))


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _sources(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == root]
    assert events
    return {(e.source.text, e.source.code) if e.source else (None, None) for e in events}


def test_the_data_file_loads() -> None:
    assert "title" in load_person_nouns().naming_apposition_kinds


def test_the_name_is_the_person_with_the_appositions_code(run: Run) -> None:
    found = dict(run("Tomas Okonkwo, a lawyer, criticised the verdict on Monday."))
    name = found["Tomas Okonkwo"]
    assert (name.code, name.kind, name.name) == ("CVL", "person", "Tomas Okonkwo")


def test_a_later_bare_surname_is_the_same_person(run: Run) -> None:
    found = run("Tomas Okonkwo, a Kenyan lawyer, criticised the verdict. Later Okonkwo "
                "appealed.")
    later = [m for words, m in found if words == "Okonkwo"][-1]
    assert (later.code, later.name) == ("KENCVL", "Tomas Okonkwo")


@pytest.mark.parametrize("text", [
    "Acme Widgets, a company in Ohio, criticised the tariff.",
    "Tomas Okonkwo and lawyers criticised the verdict.",
    "Tomas Okonkwo met lawyers on Monday.",
])
def test_no_person_without_a_singular_person_apposition(run: Run, text: str) -> None:
    assert all(m.kind != "person" or m.code is None for _, m in run(text))


@pytest.mark.parametrize(("text", "root", "expected"), [
    ("Tomas Okonkwo, a lawyer, criticised the verdict. He said the judge erred.", "01",
     ("He", "CVL")),
    ("Ana Whitcombe, a spokeswoman for the ministry, criticised the report. She said it "
     "was false.", "01", ("She", "GOV")),
    ("Tomas Okonkwo, a lawyer, criticised the verdict on Monday.", "11",
     ("Tomas Okonkwo, a lawyer", "CVL")),
])
def test_the_named_person_acts_and_is_the_pronouns_antecedent(
        coder: Coder, text: str, root: str, expected: tuple[str, str]) -> None:
    assert _sources(coder, text, root) == {expected}
