"""Legislative chambers written with a capital, for ``ew_actors`` (``actors.py``).

A capitalised "House" is a legislative chamber ("the House passed the bill", "House
Democrats", ``sectors.yaml``), but the same word ends the names of buildings and institutions
that are no chamber: "Chatham House", "Clarence House", "Freedom House". A one-word
legislature word written after a proper noun compounded onto it that names no actor of its own
is part of such a name and no legislature (a place before it says whose chamber it is, "the
Kosovo Assembly", and is a piece of its own); so is one followed by "of" and a proper name
("the House of Saud"), as the chambers named so are longer dictionary phrases ("the House of
Commons", "the House of Lords").
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.pipeline.actor_compose import AGENT, Piece

LEGISLATURE = "LEG"
GROUP_KINDS = frozenset({"group", "ngo"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def building_name(doc: Doc, piece: Piece, taken: set[int]) -> bool:
    """``piece`` is a capitalised one-word legislature word ending a longer proper name
    ("Chatham House"): no actor."""
    if piece.role != AGENT or piece.sector != LEGISLATURE or piece.end - piece.start != 1:
        return False
    token = doc[piece.start]
    if not token.text[:1].isupper():
        return False
    if piece.start == 0:
        return _of_name(doc, piece.end)
    if _of_name(doc, piece.end):
        return True  # "the House of Saud", "the House of Windsor"
    return _name_before(doc, token.i, taken)


def group_name_head(doc: Doc, piece: Piece, taken: set[int]) -> bool:
    """``piece`` is a one-word group or NGO name ending a longer proper name that no dictionary
    knows ("the Heritage Foundation"): no actor."""
    if piece.role == AGENT or piece.kind not in GROUP_KINDS or piece.end - piece.start != 1:
        return False
    token = doc[piece.start]
    if token.tag_ not in SINGULAR_TAGS:
        return False  # members of a group ("Congressional Republicans"), not a name's head
    return token.text[:1].isupper() and piece.start > 0 and _name_before(doc, token.i, taken)


def _name_before(doc: Doc, i: int, taken: set[int]) -> bool:
    """An unmatched capitalised proper noun compounded onto the word at ``i``, just before it."""
    before = doc[i - 1]
    return (before.i not in taken and before.pos_ == "PROPN" and before.is_alpha
            and before.text[:1].isupper() and before.dep_ == "compound"
            and before.head.i == i)


def _of_name(doc: Doc, end: int) -> bool:
    """ "of" and a proper name after the word: a dynasty or a building ("the House of Saud");
    a chamber named so ("the House of Commons", "the House of Lords") is a longer dictionary
    phrase, which wins over the word alone."""
    return (end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN"
            and doc[end + 1].text[:1].isupper())


__all__ = ["building_name", "group_name_head"]
