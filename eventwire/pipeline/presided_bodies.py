"""A presiding title with a body no dictionary knows (used by ``ew_actors``).

A presiding title ("president", "chief executive"; ``sectors.yaml``) takes the sector of the
body composed with it ("the president of the company": BUS; ``actor_compose``), else its own
(GOV: "the president", "the president of the court"). Written with an "of" proper name that
no dictionary knows ("Jane Roe, president of the Eurasia Group", "the president of Gaming
Partners International"), it heads an organisation whose sector nobody knows: a president of
a firm, association or club is no officer of a state, so the title loses its own sector and
gets no code, and an unknown name in apposition to it (``apposed_names``) is not made
government. A name whose head word names a state or a state body ("the President of the
Republic", ``state_heads`` in ``presided_bodies.yaml``) keeps the title's own sector.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, read_yaml_model
from eventwire.pipeline.actor_compose import TITLE, Piece

OBJECT_DEP = "pobj"


class PresidedBodies(BaseModel):
    """``presided_bodies.yaml``: the links to a presided body and the head words of states."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    links: frozenset[str]
    state_heads: frozenset[str]


@lru_cache(maxsize=1)
def presided_bodies_data() -> PresidedBodies:
    return read_yaml_model("presided_bodies.yaml", None, PresidedBodies, check_duplicates=True)


def without_unknown_bodies(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with each bare presiding title of an unknown proper-name body made codeless
    (its sector dropped)."""
    data = presided_bodies_data()
    taken = {i for p in pieces for i in range(p.start, p.end)}
    return [replace(p, sector=None, sector_given=False, anchor_sector=None)
            if _of_unknown_body(doc, p, taken, data) else p for p in pieces]


def _of_unknown_body(doc: Doc, piece: Piece, taken: set[int], data: PresidedBodies) -> bool:
    if (not piece.presiding or piece.role != TITLE or piece.country or piece.org_code
            or piece.person is not None):
        return False
    head = doc[piece.start:piece.end].root
    return any(_unknown_name(obj, taken, data) for prep in head.children
               if prep.dep_ == "prep" and prep.lower_ in data.links
               for obj in prep.children if obj.dep_ == OBJECT_DEP)


def _unknown_name(obj: Token, taken: set[int], data: PresidedBodies) -> bool:
    """A capitalised proper name of which no word is a known actor and whose head word names
    no state."""
    if obj.pos_ != "PROPN" or not obj.text[:1].isupper():
        return False
    if obj.lemma_.lower() in data.state_heads or obj.lower_ in data.state_heads:
        return False
    name = [t for t in obj.subtree if t.dep_ in ("compound", "amod") or t.i == obj.i]
    return not any(t.i in taken for t in name)


__all__ = ["PresidedBodies", "presided_bodies_data", "without_unknown_bodies"]
