"""A country's name before an expert noun is his subject, not his country (``ew_actors``).

"Douglas Paal, a China expert with the Carnegie Endowment", "Russia watchers say", "a Korea
specialist": a country written by its name as a compound of a noun of ``topic_heads.yaml``
names what the person knows, not where he is from; the composed actor keeps no country from
it ("Chinese experts", with the demonym, stay Chinese).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.actor_compose import Piece

DATA_FILE = "topic_heads.yaml"
# The kind of a piece that is a country written by its name (not "demonym", "capital").
COUNTRY_KIND = "country"
COMPOUND_DEP = "compound"


class TopicHeads(BaseModel):
    """``topic_heads.yaml``: nouns before which a country's name is a subject."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    heads: frozenset[Word]


@lru_cache(maxsize=1)
def topic_heads() -> TopicHeads:
    return read_yaml_model(DATA_FILE, None, TopicHeads, check_duplicates=True)


def without_topic_countries(doc: Doc, composed: list[Piece], matched: list[Piece]) -> list[Piece]:
    """``composed`` with the country dropped from an expert noun's piece whose country came
    from a country's name compounded onto it; ``matched`` are the pieces before composition."""
    heads = topic_heads().heads
    names = [p for p in matched if p.kind == COUNTRY_KIND]
    return [replace(p, country=None) if _topic_country(doc, p, names, heads) else p
            for p in composed]


def _topic_country(doc: Doc, piece: Piece, names: list[Piece], heads: frozenset[str]) -> bool:
    if piece.country is None or piece.sector_given:
        return False
    root = doc[piece.start:piece.end].root
    if root.lemma_.lower() not in heads:
        return False
    return any(piece.start <= name.start and name.end <= root.i
               and doc[name.end - 1].dep_ == COMPOUND_DEP and doc[name.end - 1].head.i == root.i
               for name in names)
