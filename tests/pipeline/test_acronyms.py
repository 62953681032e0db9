"""Acronyms an article defines (``acronyms``) stand for what the article says they do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.acronyms import definitions


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def source_codes(coder: Coder, text: str, root: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in coder.code(text)
            if e.cameo.root == root}


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        ("The Centre for Rural Studies (CRS) published a report.", "CRS",
         "Centre for Rural Studies"),
        ("CRS (Centre for Rural Studies) published a report.", "CRS", "Centre for Rural Studies"),
        ("The Kenya Farmers Union-West (KFU-W) met on Monday.", "KFUW",
         "Kenya Farmers Union-West"),
    ],
)
def test_definitions_pair_an_acronym_with_its_name(
    nlp: Language, text: str, acronym: str, name: str
) -> None:
    doc = nlp(text)
    found = definitions(doc)
    assert acronym in found
    assert doc[found[acronym].start:found[acronym].end].text == name


def test_brackets_that_spell_no_name_define_nothing(nlp: Language) -> None:
    assert definitions(nlp("Senator John Smith (R-TX) spoke on Monday.")) == {}
    assert definitions(nlp("The army (UN) spoke on Monday.")) == {}


def test_a_defined_acronym_overrides_the_dictionary(coder: Coder) -> None:
    # the dictionary's CIS is the Commonwealth of Independent States
    assert source_codes(coder, "The CIS condemned Ukraine.", "11") == {"IGOCASCIS"}
    text = ("The Centre for Industrial Surveys (CIS) published a study on Monday. "
            "CIS condemned Ukraine on Tuesday.")
    assert source_codes(coder, text, "11") == {None}


def test_the_dictionarys_own_name_keeps_its_reading(coder: Coder) -> None:
    text = ("Leaders of the Commonwealth of Independent States (CIS) met in Minsk. "
            "The CIS condemned Ukraine.")
    assert source_codes(coder, text, "11") == {"IGOCASCIS"}


def test_a_defined_name_the_dictionary_knows_codes_the_acronym(coder: Coder) -> None:
    text = "Amnesty International (AI) published a report. AI condemned Russia."
    assert source_codes(coder, text, "11") == {"NGOHRIAMN"}


def test_a_longer_spelling_of_the_dictionarys_name_keeps_its_reading(coder: Coder) -> None:
    text = ("The United Nations Children's Emergency Fund (UNICEF) sent aid. "
            "UNICEF condemned the attack.")
    assert source_codes(coder, text, "11") == {"IGOUNOKID"}


def test_a_shouted_sentence_holds_no_acronym(coder: Coder) -> None:
    def coded_words(text: str) -> list[str]:
        doc = coder.nlp(text)
        return [doc[m.start:m.end].text for m in doc._.ew_actors if m.code == "NGOHRIAMN"]

    assert coded_words("Amnesty International (AI) spoke. Then AI attacked Russia.") == [
        "Amnesty International", "AI", "AI"]
    assert coded_words("Amnesty International (AI) spoke. AI FIGHTERS ATTACK RUSSIA.") == [
        "Amnesty International", "AI"]


def test_an_unknown_name_lends_its_composed_actor(coder: Coder) -> None:
    doc = coder.nlp("The Kivu Farmers Union (KFU) met on Monday. KFU condemned Rwanda.")
    union = next(m for m in doc._.ew_actors if doc[m.start:m.end].text == "Farmers Union")
    later = [m for m in doc._.ew_actors if doc[m.start:m.end].text == "KFU"]
    assert len(later) == 2 and all(m.code == union.code for m in later)
    # a name whose words compose no actor lends no code (the acronym is an uncoded name)
    doc = coder.nlp("The Centre for Rural Studies (CRS) met. CRS condemned Rwanda.")
    assert all(m.code is None for m in doc._.ew_actors if doc[m.start:m.end].text == "CRS")
