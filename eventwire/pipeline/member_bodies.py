"""A party's member of a body is the body's member (``member_bodies.yaml``).

"A Democratic member of the Foreign Relations Committee" names a legislator: the committee's
sector (LEG), not the party's (PTY), though the party adjective is the noun's nearest modifier.
When the member noun's modifier is a party and its "of" phrase names a legislature, government
or one of their bodies, the mention is the body's, with the party's country when the body
names none ("Foreign Relations Committee": LEG; with "Democratic": USALEG).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention

DATA_FILE = "member_bodies.yaml"
OF = "of"


class MemberBodies(BaseModel):
    """The lists of ``member_bodies.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    nouns: frozenset[Word] = Field(min_length=1)
    party_sectors: frozenset[str] = Field(min_length=1)
    body_sectors: frozenset[str] = Field(min_length=1)


@lru_cache(maxsize=2)
def load_member_bodies(path: Path | None = None) -> MemberBodies:
    return read_yaml_model(DATA_FILE, path, MemberBodies, check_duplicates=True)


def member_body(
    noun: Token, modifier: ActorMention,
    named: Callable[[Token], ActorMention | None], lex: MemberBodies,
) -> ActorMention | None:
    """The body a party's ``noun`` ("member") is a member of, as its mention, or None when
    the noun is no member noun, ``modifier`` no party or the "of" phrase names no such body.
    ``named`` gives the mention of a noun (``MentionIndex._named``)."""
    if noun.lemma_.lower() not in lex.nouns or (modifier.sector or "") not in lex.party_sectors:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != OF:
            continue
        for obj in prep.children:
            body = named(obj) if obj.dep_ == "pobj" else None
            if body is not None and body.sector in lex.body_sectors:
                return _with_country(body, modifier)
    return None


def _with_country(body: ActorMention, party: ActorMention) -> ActorMention:
    if body.country or not party.country:
        return body
    return replace(body, country=party.country, code=f"{party.country}{body.sector}")


__all__ = ["MemberBodies", "load_member_bodies", "member_body"]
