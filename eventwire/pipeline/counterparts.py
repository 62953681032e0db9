"""A counterpart coordinated with an actor and named after it, for ``ew_actors``.

"President Donald Trump and Chinese counterpart Xi Jinping met": the counterpart (a noun of
``counterparts.yaml``: "counterpart", "opposite number") is the second party of the
coordination, and the name written right after it is that counterpart. The parser often
hangs the name on the first conjunct as its apposition ("Jinping" on "Trump"), or makes the
name the head of the whole coordination ("President" compounded onto "Jinping"), which makes
one party of the two, coded as Xi. Before the actors are read, such a name is re-attached to
the counterpart noun as its apposition (the first conjunct taking the name's place in its
clause), so that the noun's
modifier and the name compose into one actor ("Chinese counterpart Xi Jinping": CHNGOV) and
the first conjunct keeps its own name.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, read_yaml_model

APPOSITION = "appos"
CONJUNCT = "conj"
COMPOUND = "compound"


class Counterparts(BaseModel):
    """``counterparts.yaml``: the nouns of a counterpart."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    nouns: frozenset[str]


@lru_cache(maxsize=1)
def counterparts_data() -> Counterparts:
    return read_yaml_model("counterparts.yaml", None, Counterparts, check_duplicates=True)


def attach_counterpart_names(doc: Doc) -> None:
    """Re-attach to each coordinated counterpart noun the name right after it that the parser
    made the apposition of an earlier word."""
    nouns = counterparts_data().nouns
    for token in doc:
        if token.dep_ != CONJUNCT or not _counterpart_noun(token, nouns):
            continue
        name = _name_after(token)
        if name is None or name.head.i == token.i:
            continue
        if name.dep_ == APPOSITION and name.head.i < token.i:
            name.head = token
        elif name.is_ancestor(token) and name.head.i != name.i:
            _lift_first_conjunct(name, token)


def _lift_first_conjunct(name: Token, noun: Token) -> None:
    """The parser made the name the head of the whole coordination ("President" compounded
    onto "Jinping", "Trump" on "President", the counterpart a conjunct of "Trump"): the first
    conjunct's phrase takes the name's place in the clause and the name goes to the noun."""
    top = next((c for c in name.children if c.i < noun.i and c.is_ancestor(noun)), None)
    if top is None:
        return
    top.head, top.dep_ = name.head, name.dep_
    name.head, name.dep_ = noun, APPOSITION


def _counterpart_noun(token: Token, nouns: frozenset[str]) -> bool:
    if token.lower_ in nouns:
        return True
    return token.i > 0 and f"{token.doc[token.i - 1].lower_} {token.lower_}" in nouns


def _name_after(noun: Token) -> Token | None:
    """The last word of the proper name written right after ``noun`` (its earlier words
    compounded onto it), or None."""
    doc = noun.doc
    i = noun.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].dep_ == COMPOUND \
            and doc[i].head.i > i:
        i += 1
    if i >= len(doc) or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
        return None
    return doc[i]


__all__ = ["Counterparts", "attach_counterpart_names", "counterparts_data"]
