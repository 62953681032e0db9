"""A party's adjective inside a longer proper name, for ``ew_actors`` (``actors.py``).

"Republican" and "Democratic" written with a capital before a noun name a US party's members
("Republican lawmakers", "a Democratic senator": ``parties.yaml``), but the same adjectives
are words of the names of other bodies that no dictionary knows: "the Democratic Alliance",
"Taiwan's Democratic Progressive Party", "Social Democratic lawmakers" (Germany's SPD). A
one-word party adjective is part of such a name, and names no party, when the word it
modifies is a capitalised proper noun no dictionary knows that ends the name ("Alliance",
"Party"), or a capitalised possessor of a name ("the Democratic People's Republic"), or when a
capitalised word no dictionary knows modifies it ("Social"). A title it
modifies is a dictionary piece of its own ("Democratic Sen. Jane Roe") and an abbreviated
title compounded onto a name ("Republican Gov. Jane Roe") does not end the name, so the party
stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.pipeline.actor_compose import Piece

PARTY = "PTY"
MODIFIER_DEPS = frozenset({"amod", "compound"})


def party_inside_name(doc: Doc, piece: Piece, taken: set[int]) -> bool:
    """``piece`` is a one-word party adjective inside a longer proper name: no actor."""
    if piece.anchor_sector != PARTY or piece.end - piece.start != 1 or piece.country is None:
        return False
    token = doc[piece.start]
    if not token.text[:1].isupper() or token.dep_ not in MODIFIER_DEPS:
        return False
    head = token.head
    if head.i > token.i and _unknown_name_word(head, taken) and head.dep_ not in MODIFIER_DEPS:
        return True
    if head.i > token.i and _possessor_in_name(head):
        return True
    return any(c.i < token.i and c.dep_ in MODIFIER_DEPS and c.i > token.sent.start
               and _unknown_name_word(c, taken) for c in token.children)


def _possessor_in_name(token: Token) -> bool:
    """A capitalised possessor of a capitalised proper noun: a name goes on ("the Democratic
    People's Republic of Korea", written with an apostrophe no dictionary spells)."""
    return (token.dep_ == "poss" and token.text[:1].isupper() and token.head.pos_ == "PROPN"
            and token.head.text[:1].isupper())


def _unknown_name_word(token: Token, taken: set[int]) -> bool:
    return (token.i not in taken and token.is_alpha and token.text[:1].isupper()
            and token.pos_ in ("PROPN", "ADJ"))


__all__ = ["party_inside_name"]
