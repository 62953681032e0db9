"""Party names that modify a noun naming no actor (``party_modifiers.yaml``).

"Democratic" is the Democrats' adjective as well as their name: "Democratic senators" are the
party's people, but "the Democratic primary", "the Republican nominating contest" and
"Democratic donors" name an election or a following outside the party, no party acting. A party
piece (sector PTY) that modifies such a noun after it names no actor. Nouns the dictionaries
read as actors are not listed: "Democratic voters" stays the country's voters (USA CVL).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model

DATA_FILE = "party_modifiers.yaml"
# A word modifying a noun after it (the parser calls a capitalised adjective compound or amod).
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


class PartyModifiers(BaseModel):
    """The lists of ``party_modifiers.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    party_sectors: frozenset[str] = Field(min_length=1)
    heads: frozenset[Word] = Field(min_length=1)


@lru_cache(maxsize=2)
def load_party_modifiers(path: Path | None = None) -> PartyModifiers:
    return read_yaml_model(DATA_FILE, path, PartyModifiers, check_duplicates=True)


def party_modifier_only(doc: Doc, start: int, end: int, sector: str | None,
                        lex: PartyModifiers) -> bool:
    """Whether the party piece ``doc[start:end]`` only modifies a noun naming no actor."""
    if sector is None or sector[:3] not in lex.party_sectors:
        return False
    root = doc[start:end].root
    if root.dep_ not in MODIFIER_DEPS or root.head.i < end or root.head.pos_ not in NOUN_POS:
        return False
    return _names_no_actor(root.head, lex)


def _names_no_actor(head: Token, lex: PartyModifiers) -> bool:
    """The head noun (or the noun with the compound before it: "leadership race") is listed."""
    words = {head.lemma_.lower(), head.lower_}
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == head.i:
        words.add(f"{before.lower_} {head.lower_}")
    return not words.isdisjoint(lex.heads)


__all__ = ["PartyModifiers", "load_party_modifiers", "party_modifier_only"]
