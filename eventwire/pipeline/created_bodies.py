"""A body an act creates is no target of the act (used by ``ew_roles``).

"The government set up a committee to investigate the riots", "Parliament established a
commission", "the creation of a task force": the committee is the thing created, not an
actor the source acts towards, so it is no target (a party named with it, "set up a joint
committee with China", still is). The bodies, the verbs of creating them and the nouns of
their creation are data (``created_bodies.yaml``). A body that acts ("the committee
criticised the minister") or that is acted upon once it exists ("dissolved the commission")
is an actor as any.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from eventwire.datafiles import DataMeta, read_yaml_model

OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
PARTICLE_DEP = "prt"
OF = "of"


class CreatedBodies(BaseModel):
    """``created_bodies.yaml``: created bodies, the verbs and nouns of creating them."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    bodies: frozenset[str]
    verbs: frozenset[str]
    nouns: frozenset[str]


@lru_cache(maxsize=1)
def created_bodies_data() -> CreatedBodies:
    return read_yaml_model("created_bodies.yaml", None, CreatedBodies, check_duplicates=True)


def created_body(head: Token) -> bool:
    """The mention whose head is ``head`` names a body as the thing an act creates."""
    data = created_bodies_data()
    if not _body(head, data.bodies):
        return False
    governor = head.head
    if head.dep_ in OBJECT_DEPS and governor.pos_ in ("VERB", "AUX"):
        return _lemma(governor) in data.verbs
    if head.dep_ == "pobj" and governor.lower_ == OF:
        return _lemma(governor.head) in data.nouns
    return False


def _body(head: Token, bodies: frozenset[str]) -> bool:
    lemma = head.lemma_.lower()
    before = head.doc[head.i - 1].lemma_.lower() if head.i > 0 else ""
    return lemma in bodies or f"{before} {lemma}" in bodies


def _lemma(token: Token) -> str:
    """The lemma with its particle, when it has one ("set up")."""
    particle = next((c.lower_ for c in token.children if c.dep_ == PARTICLE_DEP), None)
    lemma = token.lemma_.lower()
    return f"{lemma} {particle}" if particle else lemma


__all__ = ["CreatedBodies", "created_bodies_data", "created_body"]
