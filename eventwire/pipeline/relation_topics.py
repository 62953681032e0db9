"""The other side of a relation an event's phrase talks about, for ``ew_roles`` (``roles.py``).

"Merkel held talks on ties with Iran", "resigned over communications with the ambassador",
"criticized the league's handling of its controversy with China": the actor in the
``with``/``between`` phrase of a relation noun (``relation_topic_nouns`` of ``roles.yaml``:
ties, dispute, controversy, contacts...) is the other party of that relation, not whom the
event is aimed at or held with, when the phrase only talks about the relation: it hangs under
a topic preposition (``relation_topic_preps``: on, about, over...) or belongs to a named other
than the event's subject (a possessive noun on the way up: "the league's handling of ...").
The relation of the event's own word ("cut ties with Iran"), of its own phrase ("welcomed
their resumption of ties with X", "the toll rose in the dispute with X") or a topic that is the
subject's own ("was criticized over its dispute with X", "protested over its row with X")
keeps its partner as the target, as PETRARCH codes it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.role_lexicon import RoleLexicon

# Steps up from a partner to the relation noun (past conjuncts: "ties with Iran and Syria"),
# and from the relation noun up to the trigger.
MAX_CONJUNCTS = 6
MAX_STEPS = 12
POSSESSIVE = "poss"
PRONOUN_POSSESSIVE = "PRP$"


def relation_partner(token: Token, head: Token, lexicon: RoleLexicon) -> bool:
    """``token`` (an actor's head) is the other party of a relation that the phrase of the
    event at ``head`` (the trigger's head word) only talks about: not the event's target."""
    noun = _relation_noun(token, lexicon)
    if noun is None or noun.i == head.i:
        return False
    word = noun
    for _ in range(MAX_STEPS):
        if word.i == head.i:
            return False
        if _named_owner(word):
            return True  # "the league's handling of its controversy with China"
        if word.dep_ == "pobj" and word.head.lower_ in lexicon.relation_topic_preps:
            # "talks on ties with Iran"; not "protested over its dispute with X", where the
            # relation is the subject's own and its other side the one protested against
            return not _pronoun_owner(noun)
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _relation_noun(token: Token, lexicon: RoleLexicon) -> Token | None:
    """The relation noun whose partner phrase holds ``token``."""
    for _ in range(MAX_CONJUNCTS):
        if token.dep_ != "conj":
            break
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in lexicon.relation_partner_preps:
        return None
    noun = prep.head
    words = lexicon.relation_topic_nouns
    if noun.i == prep.i or (noun.lemma_.lower() not in words and noun.lower_ not in words):
        return None
    return noun


def _pronoun_owner(noun: Token) -> bool:
    return any(c.dep_ == POSSESSIVE and c.tag_ == PRONOUN_POSSESSIVE for c in noun.children)


def _named_owner(noun: Token) -> bool:
    """A possessive noun ("the company's ties"), not a pronoun, whose referent may be the
    event's own subject ("their ties")."""
    return any(c.dep_ == POSSESSIVE and c.tag_ != PRONOUN_POSSESSIVE for c in noun.children)


__all__ = ["relation_partner"]
