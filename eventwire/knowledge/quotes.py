"""Typographic quotation marks read as plain ones when names are matched.

News write "People’s" and “Hamas” with typographic marks; the dictionaries spell their names
with plain ones ("democratic people's republic of korea"). Every lookup key folds the
typographic marks (one character for one, so a folded word is as long as the written one and no
character offset of the text changes): ‘ ’ ‛ ʼ ′ read as ', “ ” „ ‟ ″ read as ".
"""

from __future__ import annotations

SINGLE = "\u2018\u2019\u201b\u02bc\u2032"
DOUBLE = "\u201c\u201d\u201e\u201f\u2033"
FOLD = str.maketrans(SINGLE + DOUBLE, "'" * len(SINGLE) + '"' * len(DOUBLE))
TYPOGRAPHIC = frozenset(SINGLE + DOUBLE)


def fold_quotes(text: str) -> str:
    """``text`` with its typographic quotation marks as plain ones (same length)."""
    if TYPOGRAPHIC.isdisjoint(text):
        return text
    return text.translate(FOLD)


__all__ = ["fold_quotes"]
