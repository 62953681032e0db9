"""Party names modifying a noun that names no actor (party_modifiers.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.actors import ActorsComponent


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="module")
def component(nlp: Language) -> ActorsComponent:
    comp = nlp.create_pipe("ew_actors")
    assert isinstance(comp, ActorsComponent)
    return comp


def mentions(nlp: Language, component: ActorsComponent, text: str) -> dict[str, str | None]:
    doc = component(nlp(text))
    return {doc[m.start:m.end].text: m.code for m in doc._.ew_actors}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Republican nominating contest begins in Iowa.", "Republican"),
        ("The Democratic primary was held on Tuesday.", "Democratic"),
        ("Democratic donors gave less this year.", "Democratic"),
        ("The Republican base is restless.", "Republican"),
        ("The Democratic Party nomination is open.", "Democratic Party"),
    ],
)
def test_a_party_before_a_noun_naming_no_actor_is_none(
    nlp: Language, component: ActorsComponent, text: str, party: str
) -> None:
    assert party not in mentions(nlp, component, text)


def roles(coder: Coder, text: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "11"]
    assert events
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events}


def test_donors_of_a_party_are_not_the_party(coder: Coder) -> None:
    text = "Democratic donors criticized the governor of Ohio on Tuesday."
    assert {source for source, _ in roles(coder, text)} == {None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Republican lawmakers criticized the governor of Ohio on Tuesday.", "USALEG"),
        ("Republican members criticized the governor of Ohio on Tuesday.", "USAPTY"),
        ("Democratic voters criticized the governor of Ohio on Tuesday.", "USACVL"),
    ],
)
def test_nouns_naming_people_keep_their_reading(coder: Coder, text: str, source: str) -> None:
    assert {s for s, _ in roles(coder, text)} == {source}
