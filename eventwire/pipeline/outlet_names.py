"""Places written inside a news outlet's name, for ``ew_actors`` (``actors.py``).

"The Jakarta Post reported", "told the Moscow Times", "the Kyiv Independent said", "the Times
of India": a place (country, demonym, capital) written in a capitalised name that "the" begins
and whose last word is a word that ends outlets' names (``outlet_names.yaml``: Times, Post,
News, Herald...) is part of that name, not the place's state or government. The place piece
then spans the whole name as a news outlet (sector MED, no country: an outlet the dictionary
does not know is not known to be state media). A name the dictionary knows ("the Global
Times") is a longer match and never reaches this rule. So is a name no dictionary knows that
is written so ("the Straits Times said": MED, not an uncoded name).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.actor_compose import ORG, PERSON, PLACE, Piece

DATA_FILE = "outlet_names.yaml"
MEDIA = "MED"
MEDIA_KIND = "media"
# Words of an outlet's name on either side of the place ("the San Antonio Express-News").
MAX_NAME_WORDS = 4
# The preposition of "the Times of India".
OF = "of"
# Marks that join the words of a name ("Express-News").
JOINERS = frozenset({"-", "\u2013"})


class OutletNames(BaseModel):
    """``outlet_names.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    name_heads: frozenset[Word]
    name_determiners: frozenset[Word]
    bare_heads: frozenset[Word]


@lru_cache(maxsize=2)
def load_outlet_names(path: Path | None = None) -> OutletNames:
    return read_yaml_model(DATA_FILE, path, OutletNames, check_duplicates=True)


def with_outlet_names(doc: Doc, pieces: list[Piece], names: OutletNames) -> list[Piece]:
    """``pieces`` with each place written inside an outlet's name widened to that name as a
    news outlet."""
    taken = {i for piece in pieces if not _media(piece) for i in range(piece.start, piece.end)}
    widened = [_outlet(doc, piece, taken, names) for piece in pieces]
    outlets = [p for p, old in zip(widened, pieces, strict=True) if p is not old]
    return [p for p in widened
            if p in outlets or not any(o.start <= p.start and p.end <= o.end for o in outlets)]


def _media(piece: Piece) -> bool:
    """A media word or outlet matched inside the name ("the Kenyan Standard **Gazette**"),
    which the outlet's name takes in."""
    return MEDIA in (piece.sector, piece.anchor_sector)


def _outlet(doc: Doc, piece: Piece, taken: set[int], names: OutletNames) -> Piece:
    if piece.role != PLACE:
        return piece
    span = _name_after(doc, piece, taken, names) or _name_before(doc, piece, taken, names)
    if span is None:
        return piece
    start, end = span
    return Piece(start, end, ORG, MEDIA_KIND, org_code=MEDIA, anchor_sector=MEDIA,
                 name=doc[start:end].text)


def as_outlets(doc: Doc, pieces: list[Piece], names: OutletNames) -> list[Piece]:
    """``pieces`` with each name no dictionary knows (``unknown_names``) that is written as an
    outlet's ("the Straits Times said", "told the Daily Courier", "Breitbart News reported")
    made a news outlet."""
    return [_unknown_outlet(doc, piece, names) for piece in pieces]


def _unknown_outlet(doc: Doc, piece: Piece, names: OutletNames) -> Piece:
    if piece.kb_id is not None or piece.org_code or (piece.person and piece.person.code):
        return piece
    if piece.country or piece.sector or piece.role not in (ORG, PERSON):
        return piece
    start = piece.start + 1 if doc[piece.start].lower_ in names.name_determiners else piece.start
    last = doc[piece.end - 1]
    if start >= piece.end or not _head(last, names) or _continues(doc, piece.end):
        return piece
    if not _determiner(doc, start, names) and last.lower_ not in names.bare_heads:
        return piece
    return Piece(piece.start, piece.end, ORG, MEDIA_KIND, org_code=MEDIA, anchor_sector=MEDIA,
                 name=doc[start:piece.end].text)


def _name_after(doc: Doc, piece: Piece, taken: set[int], names: OutletNames
                ) -> tuple[int, int] | None:
    """ "the Moscow Times", "the San Antonio Express-News": the place, maybe after other
    name words, then name words up to a head word."""
    start = piece.start
    while start > 0 and piece.start - start < MAX_NAME_WORDS and _name_word(doc[start - 1],
                                                                            taken):
        start -= 1
    if not _determiner(doc, start, names):
        return None
    end = piece.end
    while end < len(doc) and end - piece.end < MAX_NAME_WORDS:
        token = doc[end]
        if _name_word(token, taken):
            end += 1
        elif _joiner(doc, end, taken):
            end += 2
        else:
            break
    if end == piece.end or not _head(doc[end - 1], names) or _continues(doc, end):
        return None
    return start, end


def _name_before(doc: Doc, piece: Piece, taken: set[int], names: OutletNames
                 ) -> tuple[int, int] | None:
    """ "the Times of India": a head word and "of" right before the place."""
    at = piece.start
    if at < 3 or doc[at - 1].lower_ != OF or not _head(doc[at - 2], names):
        return None
    if doc[at - 2].i in taken or not _determiner(doc, at - 2, names):
        return None
    return at - 2, piece.end


def _determiner(doc: Doc, start: int, names: OutletNames) -> bool:
    return start > 0 and doc[start - 1].lower_ in names.name_determiners


def _head(token: Token, names: OutletNames) -> bool:
    return token.text[:1].isupper() and token.lower_ in names.name_heads


def _continues(doc: Doc, end: int) -> bool:
    """The name goes on past the head word ("the Korea Times Building"): not the outlet."""
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN"


def _name_word(token: Token, taken: set[int]) -> bool:
    """A capitalised proper noun that no other piece holds."""
    return (token.i not in taken and token.is_alpha and token.text[:1].isupper()
            and token.pos_ in ("PROPN", "NOUN", "ADJ"))


def _joiner(doc: Doc, i: int, taken: set[int]) -> bool:
    """A hyphen inside a name ("Express-News") and a name word after it."""
    return (i + 1 < len(doc) and doc[i].text in JOINERS and not doc[i].whitespace_
            and not doc[i - 1].whitespace_ and _name_word(doc[i + 1], taken))


__all__ = ["OutletNames", "as_outlets", "load_outlet_names", "with_outlet_names"]
