"""What an object "it" stands for when a thing was named after the group before it (used by
``mention_index``): "Kenya drafted a resolution and Uganda criticized it" - the resolution,
not Kenya.

An "it" that is no subject ("sign it", "oppose it", "when it is debated") after a thing named
since the group ("the bill", "the deal", "the resolution") in another clause stands for the
thing: an object or passive "it" names a thing far more often than a country or organisation.
A thing of its own clause is no antecedent ("a bomb was fired at it": it is not the bomb).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.pipeline.mentions import ActorMention

# A singular common noun heading an argument: a thing an object "it" may stand for.
THING_TAG = "NN"
THING_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PRONOUN_TAG = "PRP"
VERB_POS = frozenset({"VERB", "AUX"})


def thing_between(
    token: Token, after: int, own: Callable[[Token], ActorMention | None]
) -> bool:
    """Whether the non-subject pronoun ``token`` follows a thing named in another clause
    since token ``after`` (the end of the group it would otherwise stand for); ``own`` gives
    the mention covering a token, if any."""
    if token.tag_ != PRONOUN_TAG or token.dep_ in SUBJECT_DEPS:
        return False
    clause = clause_verb(token)
    return any(t.tag_ == THING_TAG and t.dep_ in THING_DEPS and own(t) is None
               and clause_verb(t) != clause
               for t in token.doc[after:token.i])


def clause_verb(token: Token) -> int:
    """The index of the verb whose clause holds ``token`` (the root's when none)."""
    while token.head.i != token.i and token.pos_ not in VERB_POS:
        token = token.head
    return token.i
