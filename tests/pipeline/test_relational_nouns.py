"""A person named by a relation to another actor is not that actor (``relational_nouns`` of
roles.yaml, ``pipeline/relational_nouns.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.pipeline.relational_nouns import office_served, relation_owner
from eventwire.pipeline.role_lexicon import load_lexicon
from tests.coded import pairs, word


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # The speaker is the supporter, critic, ally or relative: no code of the one named.
        ("Loyal supporters of the prime minister praised the verdict.", "05",
         {(None, None)}),
        ("Critics of the minister condemned the new tax.", "11", {(None, None)}),
        ("A Putin ally condemned the sanctions on Monday.", "11", {(None, None)}),
        ("The governor's nephew denounced the police.", "11", {("CVL", "COP")}),
        # A relative takes the related actor's country as a private person.
        ("The wife of a Kenyan soldier criticized the army.", "11", {("KENCVL", "MIL")}),
        # An apposition names the related actor's own code.
        ("Kenya's ally, Uganda, condemned the raid.", "11", {("UGA", None)}),
        # An organisation's allies are its members; an office speaks for its holder.
        ("NATO allies condemned Russia.", "11", {("IGOWSTNAT", "RUS")}),
        ("President Obama's spokesman criticized Iran.", "11", {("USAGOV", "IRN")}),
    ],
)
def test_a_relational_noun_does_not_take_the_related_actors_code(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2023-05-01")
    assert pairs(events, root) == expected, [(e.cameo.code, e.source, e.target) for e in events]


def test_the_related_actor_is_no_target_found_in_the_phrase(coder: Coder) -> None:
    events = coder.code("Soldiers detained the mayor's brother.", published="2023-05-01")
    assert pairs(events, "17") == {("MIL", "CVL")}


def test_the_relational_phrase_is_the_actor_without_its_clauses(coder: Coder) -> None:
    text = "Angry supporters of the former premier, who was jailed in May, blocked the highway."
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "14"]
    assert [e.source.text if e.source else None for e in events] == [
        "Angry supporters of the former premier"]


@pytest.mark.parametrize(
    ("text", "form", "expected"),
    [
        ("Supporters of Obama rallied.", "Obama", True),
        ("The senator's wife spoke.", "senator", True),
        ("The senator's office spoke.", "senator", False),
        ("The Assad family fled.", "Assad", False),
    ],
)
def test_relation_owner(coder: Coder, text: str, form: str, expected: bool) -> None:
    token = word(coder.nlp, text, form)
    lexicon = load_lexicon()
    mentions = [m for m in coder.nlp(text)._.ew_actors if m.head == token.i]
    assert relation_owner(token, mentions[0] if mentions else None, lexicon) is expected


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # An office held for another speaks for the one it serves: that actor's code.
        ("An aide to the Kenyan president criticized the ruling.", "11", {("KENGOV", None)}),
        ("A spokeswoman for the Egyptian foreign minister condemned the raid.", "11",
         {("EGYGOV", None)}),
        ("The Turkish president's press secretary denounced the report.", "11",
         {("TURGOV", None)}),
        ("A deputy to the Japanese foreign minister criticized China.", "11",
         {("JPNGOV", "CHN")}),
        # A named holder in apposition speaks for the one served too.
        ("Jane Doe, an aide to the Kenyan president, criticized the ruling.", "11",
         {("KENGOV", None)}),
        # A company with no code gives none; one with a code gives its own.
        ("A spokesman for the bakery criticized the new tax.", "11", {(None, None)}),
        ("A spokesman for Boeing criticized the new tax.", "11", {("MNCUSA", None)}),
        # Relational nouns stay uncoded: an ally is not the one allied to.
        ("A Kenyan president's ally criticized the ruling.", "11", {(None, None)}),
        ("A Trump ally criticized the ruling.", "11", {(None, None)}),
        # A possessive pronoun stands for the one served through its antecedent.
        ("The Kenyan president will not attend. His spokesman criticized the new tax.", "11",
         {("KENGOV", None)}),
        # An office with no actor named keeps no code.
        ("An aide to the rapper criticized the ruling.", "11", {(None, None)}),
    ],
)
def test_an_office_noun_takes_the_code_of_the_one_it_serves(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2023-05-01")
    assert pairs(events, root) == expected, [(e.cameo.code, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "form", "served"),
    [
        ("An aide to the president spoke.", "aide", ["president"]),
        ("The minister's spokesman spoke.", "spokesman", ["minister"]),
        ("An adviser for the senator spoke.", "adviser", ["senator"]),
        ("The president will not attend, his spokesman said.", "spokesman", ["his"]),
        ("The ministry will not attend, its spokesman said.", "spokesman", []),
        ("An ally of the president spoke.", "ally", []),
        ("A letter to the president arrived.", "letter", []),
    ],
)
def test_office_served(coder: Coder, text: str, form: str, served: list[str]) -> None:
    token = word(coder.nlp, text, form)
    assert [t.text for t in office_served(token, load_lexicon())] == served


def test_an_office_served_through_a_pronoun_keeps_its_own_words(coder: Coder) -> None:
    text = "The Kenyan president will not attend. His spokesman criticized the new tax."
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "11"]
    assert [(e.source.text, e.source.code) if e.source else None for e in events] == [
        ("His spokesman", "KENGOV")]


def test_an_office_holder_keeps_its_own_phrase(coder: Coder) -> None:
    text = "Jane Doe, a spokeswoman for the Kenyan police, criticized the ruling."
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "11"]
    assert [(e.source.text, e.source.code) if e.source else None for e in events] == [
        ("Jane Doe, a spokeswoman for the Kenyan police", "KENCOP")]
