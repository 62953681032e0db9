"""Actor phrase edges (``phrase_edges``): no phrase ends on a preposition, phrases are balanced
with respect to brackets and quotes, and a place preposition's phrase is the noun's only when it
names a place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.phrase_edges import balanced, dangling_end, with_defined_name
from tests.coded import actor_texts


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # an agent written with its preposition takes the preposition's object ...
        ("The Kenyan president received the Swiss Ambassador to Kenya, Anna Weber, on Monday.",
         "04", {("The Kenyan president", "the Swiss Ambassador to Kenya")}),
        # ... or ends before the preposition when it is an infinitive marker
        ("Norway summoned the Iranian ambassador to protest against the executions.", "11",
         {("Norway", "the Iranian ambassador")}),
        # a place preposition's object that names no place is not the noun's
        ("Armed men killed 30 villagers in repeated raids in Mali.", "19",
         {("Armed men", "30 villagers")}),
        ("The Somali gunmen in retaliation abducted two aid workers.", "18",
         {("The Somali gunmen", "two aid workers")}),
        # an "of" phrase that is the governor's complement is not the actor's
        ("Amnesty International accused the Nigerian army of mass killings in Zaria.", "11",
         {("Amnesty International", "the Nigerian army")}),
        # a passive subject keeps its own "of" phrase
        ("Residents of the city of 40,000 in the eastern province of Kivu were warned to stay "
         "indoors.", "13",
         {(None, "Residents of the city of 40,000 in the eastern province of Kivu")}),
        # one that names a place is
        ("Police arrested 40 protesters in northern Ethiopia.", "17",
         {("Police", "40 protesters in northern Ethiopia")}),
        # a person's name takes none: it says where he was, not which person
        ("The Kenyan president will meet US President Joe Biden in Washington on Friday.",
         "04", {("The Kenyan president", "US President Joe Biden")}),
    ],
)
def test_phrase_edges(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert actor_texts(events, root) == expected, [
        (e.cameo.code, e.source, e.target) for e in events]


def test_a_bracket_inside_a_phrase_takes_the_name_it_annotates(nlp: Language) -> None:
    doc = nlp("Farmers called on Kenya Farmers-Union (KFU) Chairman William Ruto.")
    words = [t.text for t in doc]
    first, head = words.index("KFU"), words.index("Ruto")
    start, end = balanced(doc, first, head + 1, (head, head + 1), ())
    assert doc[start:end].text == "Kenya Farmers-Union (KFU) Chairman William Ruto"
    # with the name taken by another actor, the phrase starts after the bracket
    start, end = balanced(doc, first, head + 1, (head, head + 1), {words.index("Kenya")})
    assert doc[start:end].text == "Chairman William Ruto"


def test_balanced_cuts_an_unmatched_bracket_or_quote(nlp: Language) -> None:
    doc = nlp.make_doc('the party ) leader said " the army')
    assert balanced(doc, 0, 4, (3, 4), ()) == (3, 4)  # ")" before the head: start after it
    assert balanced(doc, 3, 8, (3, 4), ()) == (3, 5)  # a lone quote after the head: end before
    doc = nlp('Mr Ruto, the "father of the nation", said')
    start, end = balanced(doc, 0, 6, (1, 2), ())  # its partner is near: take it
    assert doc[start:end].text == "Mr Ruto, the \"father of the nation\""
    doc = nlp.make_doc("the Islamic State ( IS ) fighters")
    assert balanced(doc, 0, 5, (2, 3), ()) == (0, 6)  # the closing bracket is near: take it


def test_dangling_end_drops_a_preposition_with_no_object(nlp: Language) -> None:
    doc = nlp("France summoned the Chinese ambassador to complain.")
    assert dangling_end(doc, 2, 6, 5, (), lambda word: word.i + 1) == 5


def test_a_bracketed_acronym_is_named_by_the_name_before_it(nlp: Language) -> None:
    doc = nlp("Rwanda criticised the Kivu Farmers Union (KFU) on Monday.")
    at = [t.text for t in doc].index("KFU")
    start, end = with_defined_name(doc, at, at + 1, ())
    assert doc[start:end].text == "the Kivu Farmers Union (KFU)"
    assert with_defined_name(doc, at, at + 1, {at - 2}) == (at, at + 1)  # the name is avoided
    doc = nlp("Rwanda criticised the farmers (KFU) on Monday.")
    at = [t.text for t in doc].index("KFU")
    assert with_defined_name(doc, at, at + 1, ()) == (at, at + 1)  # no name spells it


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a person's name within an organisation's name keeps the organisation's place
        ("Protesters rallied outside the Trump International Hotel in Washington.",
         "the Trump International Hotel in Washington"),
        # a part of a named place is a place
        ("Gunmen abducted 12 teachers in the eastern province of Kivu.",
         "12 teachers in the eastern province of Kivu"),
    ],
)
def test_place_phrases_that_stay(coder: Coder, text: str, target: str) -> None:
    assert target in {e.target.text for e in coder.code(text) if e.target is not None}


def test_a_place_inside_an_uncoded_target_stays_a_target(coder: Coder) -> None:
    events = coder.code("Gunmen killed the US ambassador to Libya.")
    assert {e.target.text for e in events if e.target} == {"the US ambassador to Libya"}
    events = coder.code("His prime minister will send a delegation to Gaza.")
    assert "Gaza" in {e.target.text for e in events if e.target}
