"""Persons named by a noun as pronoun antecedents, gendered nouns, and subject pronouns that
continue a person (``person_antecedents``): sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.pipeline.person_antecedents import load_person_nouns


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def sources(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == root]
    assert events
    return {(e.source.text, e.source.code) if e.source else (None, None) for e in events}


def test_the_data_file_loads() -> None:
    nouns = load_person_nouns()
    assert "businessman" in nouns.persons and "government" not in nouns.persons


def test_a_subject_agent_noun_is_the_antecedent(coder: Coder) -> None:
    # The subject of the sentence before, not the title named after it.
    text = "The businessman visited the mayor on Friday. He then denounced the police."
    assert sources(coder, text, "11") == {("He", "BUS")}


@pytest.mark.parametrize(
    "text",
    [
        "The suspect visited the mayor on Friday. He then denounced the police.",
        "The 52-year-old visited the mayor on Friday. He then denounced the police.",
    ],
)
def test_a_person_with_no_code_stands_between(coder: Coder, text: str) -> None:
    # A person we cannot code, not the mayor named after him.
    assert sources(coder, text, "11") == {(None, None)}


def test_a_gendered_noun_rejects_the_other_gender(coder: Coder) -> None:
    text = "The spokeswoman met President Macron in Paris. He then denounced the strike."
    assert sources(coder, text, "11") == {("He", "FRAGOV")}


def test_an_honorific_rejects_the_other_gender(coder: Coder) -> None:
    text = "Mrs. Adeyemi met the businessman in Abuja. He then denounced the police."
    assert {code for _, code in sources(coder, text, "11")} == {"NGABUS"}


def test_it_is_no_person(coder: Coder) -> None:
    text = "The businessman met the minister on Friday. It then denounced the police."
    assert sources(coder, text, "11") == {(None, None)}


def test_a_subject_pronoun_continues_its_person(coder: Coder) -> None:
    # The sentence before names another person only as a possessive: "he" goes on with the
    # "He" that is that sentence's subject.
    text = ("Prime Minister Boris Johnson spoke in London. He said the plan was late, citing "
            "President Putin's speech. He later criticized China.")
    assert sources(coder, text, "11") == {("He", "GBRGOV")}


def test_a_first_name_rejects_the_other_gender(coder: Coder) -> None:
    # The subject is a man by his first name: "she" is the woman named after him.
    text = "Joe Biden met Hillary Clinton in Washington. She later criticized Russia."
    assert {code for _, code in sources(coder, text, "11")} == {"USAELI"}


def test_the_speaker_is_not_a_person_he_quotes(coder: Coder) -> None:
    # "He" says the words: the businessman he speaks of is someone else.
    text = ("Prime Minister Boris Johnson arrived in Paris. \"The businessman will not denounce "
            "the police,\" he said.")
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "11"]
    assert events and {e.attribution.code for e in events if e.attribution} == {"GBRGOV"}


@pytest.mark.parametrize(
    ("text", "root", "code"),
    [
        # The credited or blamed object's deed: "his" is the object's.
        ("Ruto thanked Museveni after his meeting with Kagame.", "04", "UGAGOV"),
        ("Ruto blamed Museveni for his visit to Kigali.", "04", "UGAGOV"),
        # Any other verb keeps the subject.
        ("Ruto met Museveni after his meeting with Kagame.", "04", "KENGOV"),
    ],
)
def test_a_possessive_after_a_credited_object_is_the_objects(
        coder: Coder, text: str, root: str, code: str) -> None:
    events = [e for e in coder.code(text, published="2023-05-01")
              if e.trigger.text in ("meeting", "visit")]
    assert events and all(e.source is not None and e.source.code == code for e in events)


def speakers(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None]]:
    """(source text, source name) of the events of ``root``."""
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == root]
    assert events
    return {(e.source.text, e.source.name) if e.source else (None, None) for e in events}


def test_a_pronoun_with_no_person_in_its_window_continues_the_last_one(coder: Coder) -> None:
    # The person is three narrative sentences back; the "he" before stands for him.
    text = ('Mr. Halloway met the committee on Monday. He disputed the report. "It was clear '
            'to me," he said. "It was late." He then denounced the police.')
    assert speakers(coder, text, "11") == {("He", "Halloway")}


def test_a_subject_pronoun_is_no_person_named_later_in_its_clause(coder: Coder) -> None:
    # "He praised Fox's plan": not Fox (and no earlier "he" makes him Fox either).
    assert speakers(coder, "Liam Fox met the press on Monday. He praised Fox's plan.",
                    "05") == {(None, None)}
