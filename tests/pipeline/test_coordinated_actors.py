"""The actors of lists, pair nouns and plural pronouns for a pair
(:mod:`eventwire.pipeline.coordinated_actors`): sentences written for these tests, coded end to
end, and the index on its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.coordinated_actors import actors_of, pronoun_pair
from eventwire.pipeline.mention_index import MentionIndex
from eventwire.pipeline.role_lexicon import load_lexicon
from tests.coded import pairs


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan met in Geneva on Monday. The two countries are in talks on the border.",
    "Talks between Armenia and Azerbaijan were held in Geneva. Both sides remain in talks.",
])
def test_the_two_countries_stands_for_the_last_coordinated_pair(coder: Coder, text: str) -> None:
    events = coder.code(text, published="2022-03-01")
    second = [e for e in events if e.sentence == 1]
    assert pairs(second, "04") == {("ARM", "AZE"), ("AZE", "ARM")}


@pytest.mark.parametrize("text", [
    "The Greek and Turkish foreign ministers arrived on Monday. A meeting between the two "
    "ministers was held in Athens.",
    "The Greek and Turkish foreign ministers arrived on Monday. The two ministers met in Athens.",
])
def test_the_two_ministers_stands_for_coordinated_modifiers_of_one_noun(
        coder: Coder, text: str) -> None:
    events = coder.code(text, published="2022-03-01")
    second = [e for e in events if e.sentence == 1]
    assert pairs(second, "04") == {("GRCGOV", "TURGOV"), ("TURGOV", "GRCGOV")}


def test_the_two_countries_without_a_pair_before_has_no_actor(coder: Coder) -> None:
    events = coder.code("Turkey criticised the plan. The two countries are in talks.",
                        published="2022-03-01")
    assert pairs([e for e in events if e.sentence == 1], "04") <= {(None, None)}


def test_a_list_and_a_pronoun_for_a_pair(nlp: Language) -> None:
    component = nlp.create_pipe("ew_actors")
    doc = component(nlp("Peru and Chile signed a deal. They agreed to meet again."))
    index = MentionIndex(doc._.ew_actors, load_lexicon())
    peru = next(t for t in doc if t.text == "Peru")
    assert [m.code for m in actors_of([peru], index)] == ["PER", "CHL"]
    they = next(t for t in doc if t.text == "They")
    found = pronoun_pair(they, index)
    assert [(m.code, doc[m.start].text) for m in found] == [("PER", "They"), ("CHL", "They")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A person's coordinated titles in apposition are one person, not a list of actors.
        ("Jane Roe, a farmer and activist, criticized Kenya.", {("AGR", "KEN")}),
        # A later title names the person when the first names no actor.
        ("Jane Roe, a research analyst and a Kenyan farmer, criticized Uganda.",
         {("KENAGR", "UGA")}),
        # A list broken into appositions stays a list.
        ("Uganda, Rwanda and Burundi criticized Kenya.",
         {("UGA", "KEN"), ("RWA", "KEN"), ("BDI", "KEN")}),
        # A name in apposition to a title is the title's holder, then the list goes on.
        ("Kenya criticized the foreign minister, Sergei Lavrov, and the Rwandan army.",
         {("KEN", "RUSGOV"), ("KEN", "RWAMIL")}),
    ],
)
def test_a_persons_coordinated_titles_are_one_actor(
    coder: Coder, text: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert pairs(coder.code(text, published="2023-05-01"), "11") == expected
