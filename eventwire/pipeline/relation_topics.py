"""The other side of a relation an event's phrase mentions, for ``ew_roles`` (``roles.py``).

"Merkel held talks on ties with Iran", "criticism of the league's handling of its controversy
with China", "resigned over his communications with the ambassador": the actor in the
``with``/``between`` phrase of a relation noun (``relation_topic_nouns`` of ``roles.yaml``:
ties, dispute, controversy, contacts...) is the other party of that relation, which the phrase
talks about, not whom the event is aimed at or held with. It is no target of the event unless
the relation noun is the event's own word ("cut ties with Iran") or the trigger's direct
object ("discussed the dispute with China": it may have been discussed with China; "improved
its ties with Cuba"), but for one a named other owns ("criticized the company's ties with
Beijing": the company's).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.role_lexicon import RoleLexicon

# Relations of a relation noun to the trigger by which it is the trigger's own object.
OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
# Steps up from a partner to its relation noun: the preposition, then conjuncts of the partner.
MAX_CONJUNCTS = 6


def relation_partner(token: Token, head: Token, lexicon: RoleLexicon) -> bool:
    """``token`` (an actor's head) is the other party of a relation noun in the phrase of the
    event at ``head`` (the trigger's head word), not the event's target."""
    noun = _relation_noun(token, lexicon)
    if noun is None or noun.i == head.i:
        return False
    own_object = noun.dep_ in OBJECT_DEPS and noun.head.i == head.i
    return not own_object or _named_owner(noun)


def _named_owner(noun: Token) -> bool:
    """The relation is a named other's ("criticized the company's ties with Beijing"), not
    the event's subject's own ("improved its ties with China")."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children)


def _relation_noun(token: Token, lexicon: RoleLexicon) -> Token | None:
    """The relation noun whose partner phrase holds ``token`` (or the first of the conjuncts
    it is listed with: "ties with Iran and Syria")."""
    for _ in range(MAX_CONJUNCTS):
        if token.dep_ != "conj":
            break
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in lexicon.relation_partner_preps:
        return None
    noun = prep.head
    if noun.i == prep.i or noun.lemma_.lower() not in lexicon.relation_topic_nouns \
            and noun.lower_ not in lexicon.relation_topic_nouns:
        return None
    return noun


__all__ = ["relation_partner"]
