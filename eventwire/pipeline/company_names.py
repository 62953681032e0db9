"""Company names that hold a country's name, for ``ew_actors`` (``actors.py``).

"Air Italy", "Japan Tobacco", "Korea Electric Power": a country written inside a longer proper
name, with capitalised words that no dictionary knows compounded with it, one of them a
business word (``company_names.yaml``: "air", "tobacco", "electric"), names a company of that
country, not the state. The country piece then spans the whole name with the sector BUS
("Air Italy said": ITABUS, not ITA). A name with no business word is left as it is.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.actor_compose import PLACE, Piece

DATA_FILE = "company_names.yaml"
BUSINESS = "BUS"
COUNTRY = "country"
# Words of a company name on either side of the country ("Korea Electric Power").
MAX_NAME_WORDS = 3


class CompanyNames(BaseModel):
    """``company_names.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    business_words: frozenset[Word]


@lru_cache(maxsize=2)
def load_company_names(path: Path | None = None) -> CompanyNames:
    return read_yaml_model(DATA_FILE, path, CompanyNames, check_duplicates=True)


def with_company_names(doc: Doc, pieces: list[Piece], names: CompanyNames) -> list[Piece]:
    """``pieces`` with each country written inside a company's name widened to that name and
    given the sector BUS."""
    taken = {i for piece in pieces for i in range(piece.start, piece.end)}
    return [_company(doc, piece, taken, names) for piece in pieces]


def _company(doc: Doc, piece: Piece, taken: set[int], names: CompanyNames) -> Piece:
    if piece.role != PLACE or piece.kind != COUNTRY or piece.sector:
        return piece
    span = doc[piece.start:piece.end]
    start = piece.start
    while (start > 0 and piece.start - start < MAX_NAME_WORDS
           and _name_word(doc[start - 1], taken) and _linked(doc[start - 1], span.start, span.end)):
        start -= 1
    end = piece.end
    while (end < len(doc) and end - piece.end < MAX_NAME_WORDS
           and _name_word(doc[end], taken) and _inside(doc[end - 1], end)):
        end += 1
    extra = [*doc[start:piece.start], *doc[piece.end:end]]
    if not any(token.lower_ in names.business_words for token in extra):
        return piece
    return replace(piece, start=start, end=end, sector=BUSINESS, sector_given=True,
                   name=doc[start:end].text, kb_id=None)


def _name_word(token: Token, taken: set[int]) -> bool:
    """A capitalised proper noun that no other piece holds."""
    return (token.i not in taken and token.pos_ == "PROPN" and token.is_alpha
            and token.text[:1].isupper())


def _linked(token: Token, start: int, end: int) -> bool:
    """A word before the country that is compounded into the name ("Air" of "Air Italy")."""
    return token.dep_ == "compound" and token.head.i >= token.i + 1 and (
        start <= token.head.i < end or token.head.i < start)


def _inside(previous: Token, i: int) -> bool:
    """The word before ``i`` is compounded with a later word of the name ("Japan Tobacco")."""
    return previous.dep_ == "compound" and previous.head.i >= i


__all__ = ["CompanyNames", "load_company_names", "with_company_names"]
