"""The name written after a title or an agent, for :mod:`eventwire.pipeline.actors`.

A title followed by a proper name the actor knowledge base does not know takes the name as
written ("Defence Minister Rustem Umerov": a person with no dictionary entry, the code of the
title), as does an agent or an office compounded onto a full name ("House Speaker Paul Ryan",
"U.S. Attorney General Jane Roe"); a name heading a phrase of its own ("police Chief
Inspector") is not taken. A title that needs a name and is given none names no actor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.pipeline.actor_compose import AGENT, PERSON, Piece

MAX_NAME_TOKENS = 4
INSTITUTION = "institution"
NAME_STOP_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "PART"})


def with_name(doc: Doc, piece: Piece, pieces: list[Piece]) -> Piece | None:
    """A title followed by a proper name not in the KB takes the name as written, as does an
    agent or an office compounded onto a full name ("House Speaker Paul Ryan", "U.S. Attorney
    General Jane Roe")."""
    if not (piece.has_title or piece.role == AGENT or piece.kind == INSTITUTION) \
            or piece.person is not None:
        return None if piece.needs_name else piece
    limit = min([p.start for p in pieces if p.start >= piece.end] + [len(doc)])
    end = piece.end
    while end < limit and end - piece.end < MAX_NAME_TOKENS:
        if not (_name_token(doc[end]) or (end > piece.end and _name_hyphen(doc, end, limit))):
            break
        end += 1
    if end == piece.end or (not piece.has_title and not _full_name_of(doc, piece, end)):
        return None if piece.needs_name else piece
    name = doc[piece.end : end].text
    return replace(piece, end=end, role=PERSON, kind="person", name=name, needs_name=False)


def _full_name_of(doc: Doc, piece: Piece, end: int) -> bool:
    """An agent written before a full name it is compounded onto ("House Speaker Paul Ryan"),
    not a name that heads a phrase of its own ("police Chief Inspector")."""
    last = doc[piece.end - 1]
    name = doc[piece.end : end]
    return (last.dep_ == "compound" and piece.end <= last.head.i < end
            and len(name) >= 2 and all(t.pos_ == "PROPN" for t in name))


def _name_hyphen(doc: Doc, i: int, limit: int) -> bool:
    """The hyphen inside a name written as one word ("Jean-Bertrand")."""
    token = doc[i]
    return (
        token.text == "-"
        and i + 1 < limit
        and not doc[i - 1].whitespace_
        and not token.whitespace_
        and _name_token(doc[i + 1])
    )


def _name_token(token: Token) -> bool:
    if token.pos_ in NAME_STOP_POS or token.tag_ == "POS":
        return False
    return token.pos_ == "PROPN" or (token.is_title and token.is_alpha)


__all__ = ["with_name"]
