"""The phrase that attributes an event to its source ("..., **according to officials**"), for
the role rules: its object is who reports the event (``ew_attribution`` reads it so), never
the event's target. The phrase heads are data (``roles.yaml``: ``attribution_phrase_heads``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.role_lexicon import RoleLexicon

# Relations of the phrase head under the event's word ("attacked ..., according to").
PHRASE_DEPS = frozenset({"prep", "advcl"})


def in_attribution_phrase(token: Token, head: Token, lexicon: RoleLexicon) -> bool:
    """``token`` lies in a phrase of ``head`` headed by a word of ``attribution_phrase_heads``
    ("shelled the town, according to Kenyan officials": the officials are no target)."""
    node = token
    while node.head.i != node.i and node.i != head.i:
        if node.head.i == head.i:
            return node.dep_ in PHRASE_DEPS and node.lower_ in lexicon.attribution_phrase_heads
        node = node.head
    return False


__all__ = ["in_attribution_phrase"]
