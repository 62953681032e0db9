"""Office holders out of office, and the opposition's shadows of an office (used by
``ew_actors``).

A title or official written after "former" (or "ex-", "onetime") names someone who no longer
holds the office: an elite (CAMEO ELI), not the office's sector. "Former Vice President Joe
Biden" is USAELI, "the ex-foreign secretary" ELI, "a former State Department official"
USAELI, "former Kenyan officials" KENELI; a party's member named by a former office ("a
Republican former official") is an elite of the party's country, USAELI, not the party. The
word may stand before the country or body that modifies the title; it only counts inside the
title's own noun phrase. A "shadow" minister
speaks for a parliamentary opposition on the office's brief: "the shadow chancellor" is OPP,
"Britain's shadow foreign secretary" GBROPP. Only offices of state
change (``data/out_of_office.yaml``): a former union leader keeps his sector, and the courts
count only for a title ("former chief justice", not "his former lawyer").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc

from eventwire.datafiles import DataMeta, read_yaml_model
from eventwire.pipeline.actor_compose import AGENT, PERSON, TITLE, Piece

HYPHEN = "-"
PARTY = "PTY"
# The dependency labels of the words between "former" and the title: "former U.S. Vice",
# "former State Department", "former Kenyan", "ex - foreign".
PHRASE_DEPS = frozenset({"amod", "compound", "nmod", "punct"})
# The head of those words may lie a few tokens past the title: "former Vice President [Joe
# Biden]".
MAX_AFTER = 4


class OutOfOffice(BaseModel):
    """``out_of_office.yaml``: the words that put a title holder out of office."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    offices: frozenset[str]
    title_offices: frozenset[str]
    words: dict[str, str]
    prefixes: dict[str, str]


@lru_cache(maxsize=1)
def out_of_office_data() -> OutOfOffice:
    return read_yaml_model("out_of_office.yaml", None, OutOfOffice)


def out_of_office(doc: Doc, pieces: list[Piece], matched: list[Piece]) -> list[Piece]:
    """Composed pieces with the titles and officials written after "former" made elites.
    ``matched`` are the pieces before composition: "ex-" counts only when joined to a title's
    own first word ("the ex-foreign secretary"), not to a party or country that modifies it
    ("ex-Labour MP": a former member of the party)."""
    data = out_of_office_data()
    title_starts = {p.start for p in matched if _office(p, data)}
    out: list[Piece] = []
    for piece in pieces:
        party = _party_office(doc, piece, matched, data)
        office = _office(piece, data) or party
        sector = _former_before(doc, piece, data, title_starts) if office else None
        if sector is not None and party:  # the party's code is no longer the phrase's
            piece = replace(piece, org_code=None, anchor_sector=None, name=None, kb_id=None)
        out.append(piece if sector is None else replace(piece, sector=sector, sector_given=True))
    return out


def _party_office(doc: Doc, piece: Piece, matched: list[Piece], data: OutOfOffice) -> bool:
    """A party's member named by an office of state ("a Republican former official": the
    party's adjective and its sector on the office word): the office is his, and "former"
    takes it away too. An office of the party's own body ("former DNC leader") is the
    party's."""
    if piece.sector != PARTY or piece.role not in (AGENT, TITLE):
        return False
    if doc[piece.start].dep_ != "amod":
        return False  # the party's own body ("former DNC leader"): a party office
    return any(piece.start < m.start and m.end <= piece.end and _office(m, data)
               for m in matched)


def _office(piece: Piece, data: OutOfOffice) -> bool:
    """A title or official of an office of state, or a person whose alias spells out such a
    title ("Vice President Joe Biden")."""
    sector = piece.sector if piece.sector is not None else piece.anchor_sector
    titled = piece.role == TITLE or (piece.role == PERSON and piece.has_title)
    offices = data.offices | data.title_offices if titled else data.offices
    return (titled or piece.role == AGENT) and sector in offices


def _former_before(
    doc: Doc, piece: Piece, data: OutOfOffice, title_starts: set[int]
) -> str | None:
    """The sector of "former" (or "ex-", "shadow") written before the piece, past words of the
    same noun phrase that modify a word of the title or after it."""
    start, end = piece.start, piece.end
    for token in doc[start:end]:
        if token.lower_ in data.words and token.dep_ in PHRASE_DEPS:
            return data.words[token.lower_]  # "Britain's shadow foreign secretary"
    i = start - 1
    while i >= 0:
        token = doc[i]
        if token.lower_ in data.words and i < token.head.i < end + MAX_AFTER:
            return data.words[token.lower_]
        if (token.lower_ in data.prefixes and i + 2 in title_starts
                and doc[i + 1].text == HYPHEN and not token.whitespace_
                and not doc[i + 1].whitespace_):
            return data.prefixes[token.lower_]
        if token.dep_ not in PHRASE_DEPS or not i < token.head.i < end + MAX_AFTER:
            return None
        if token.dep_ == "punct" and token.text != HYPHEN:
            return None
        i -= 1
    return None
