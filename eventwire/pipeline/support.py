"""The verb that carries an event noun ("held talks", "took part in talks", "agreed to a
prisoner exchange") and the places such an event is only held in ("said in Munich", "held
talks in Geneva"), and the objects of a word's prepositions: helpers of ``ew_roles``
(``roles.py``)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.trigger_constraints import NOMINAL_POS

OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
DEFAULT_TARGET_PREPS = ("with", "against", "on", "to", "toward", "towards", "into", "at")
NOUN_TARGET_PREPS = ("of", "on", "against", "with", "to", "toward", "towards", "into")
AGENT_PREP = "by"
# Actor mentions that name a place (a country or a capital, also standing for its state).
PLACE_KINDS = frozenset({"country", "capital"})


def prep_objects(head: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of ``head``'s prepositions (and ``by`` agent) among ``preps``."""
    wanted = set(preps)
    objects: list[Token] = []
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in wanted:
            objects.extend(t for t in child.children if t.dep_ == "pobj")
    return objects


def support_verb(noun: Token, lexicon: RoleLexicon, code: str = "") -> Token | None:
    """The verb that carries the event noun ("held talks", "took part in talks"), if any; for an
    event of a commitment root (``code``), also a verb that commits to it ("agreed to talks"),
    and for a meeting, a trip taken for it ("will travel to Oslo for talks")."""
    head = noun.head
    if noun.dep_ in OBJECT_DEPS | {"attr"} and head.lemma_.lower() in lexicon.support_verbs:
        return head
    if noun.dep_ != "pobj":
        return None
    verb = head.head.lemma_.lower()
    if head.lower_ in lexicon.participation_preps and verb in lexicon.participation_verbs:
        return head.head
    if (head.lower_ in lexicon.commitment_preps and verb in lexicon.commitment_verbs
            and code[:2] in lexicon.commitment_roots):
        return head.head
    if (head.lower_ in lexicon.trip_preps and verb in lexicon.trip_verbs
            and code[:2] in lexicon.trip_roots):
        return head.head
    return None


def said_there(mention: ActorMention, head: Token, lexicon: RoleLexicon) -> bool:
    """A place whose locative preposition hangs on the event's own word ("said in Munich"), on
    its direct object ("held talks in Geneva") or on the verb that carries its noun ("talks
    were held in Geneva")."""
    prep = head.doc[mention.head].head
    support = support_verb(head, lexicon) if head.pos_ in NOMINAL_POS else None
    hosts = {head.i} | {c.i for c in head.children if c.dep_ == "dobj"}
    if support is not None:
        hosts.add(support.i)
    return (mention.kind in PLACE_KINDS and prep.head.i in hosts
            and prep.lower_ in lexicon.statement_place_preps)


def held_there(mention: ActorMention, doc: Doc, code: str, lexicon: RoleLexicon) -> bool:
    """A place that says where a meeting is held: under a locative preposition on a meeting noun
    ("called off the talks **in Geneva**") or compounded onto one ("postponed the **Minsk**
    talks"), for an event of ``venue_codes`` (not an attack on the meeting, nor a visit to it)."""
    token = mention_head = doc[mention.head]
    if mention.kind not in PLACE_KINDS or not code.startswith(lexicon.venue_codes):
        return False
    if mention_head.dep_ == "pobj" and mention_head.head.lower_ in lexicon.statement_place_preps:
        token = mention_head.head
    elif mention_head.dep_ != "compound":
        return False
    return token.head.pos_ in NOMINAL_POS and token.head.lemma_.lower() in lexicon.meeting_nouns


__all__ = [
    "AGENT_PREP",
    "DEFAULT_TARGET_PREPS",
    "NOUN_TARGET_PREPS",
    "OBJECT_DEPS",
    "PLACE_KINDS",
    "held_there",
    "prep_objects",
    "said_there",
    "support_verb",
]
