"""A document speaks for its owner: "a report by the UN said", "a statement from the White House
said", "the report, released by the World Bank, accused", "Israel was accused in a UN report".

A noun of ``document_nouns`` (``roles.yaml``) that is the subject of an act, or the phrase of
a passive act with no ``by`` agent, names no actor itself: the act is its owner's. An owner
written as the noun's modifier ("a UN report", "the ministry's statement") is read by the
mention index as for any noun phrase; this module reads the owner named after it, in a phrase
of ``document_owner_preps`` ("a report by Amnesty", "a statement from the ministry") or as the
``by`` agent of a participle on it ("a letter signed by forty senators"). A place after "from"
is where the document came from, not its author ("a report from Gaza").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.pipeline.mention_index import MentionIndex, actors_of, verb_subjects
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.support import PLACE_KINDS

AGENT_PREP = "by"
# A participle on the document noun ("the report, released by ...").
PARTICIPLE_DEP = "acl"


def _phrase_objects(head: Token, preps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    return [g for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in wanted
            for g in c.children if g.dep_ == "pobj"]


def document_owners(nouns: Iterable[Token], index: MentionIndex) -> list[ActorMention]:
    """The owners of the document nouns among ``nouns``, named after them: the object of an
    owner preposition ("a report **by the UN**") or the ``by`` agent of a participle on the noun
    ("a statement **issued by the ministry**"). Empty for any other noun."""
    lexicon = index.lexicon
    found: list[ActorMention] = []
    for noun in nouns:
        if noun.lemma_.lower() not in lexicon.document_nouns:
            continue
        by = actors_of(_phrase_objects(noun, (AGENT_PREP,)), index)
        other_preps = lexicon.document_owner_preps - {AGENT_PREP}
        sent = [m for m in actors_of(_phrase_objects(noun, other_preps), index)
                if m.kind not in PLACE_KINDS and m.kind not in lexicon.origin_kinds]
        issued = [m for c in noun.children if c.dep_ == PARTICIPLE_DEP and c.tag_ == "VBN"
                  for m in actors_of(_phrase_objects(c, (AGENT_PREP,)), index)]
        found += [m for m in (*by, *sent, *issued) if m not in found]
    return found


def document_source(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The owner of the document in which an act is done, for a passive act without a ``by``
    agent: "Israel was accused of war crimes **in a UN report**" (the UN accused)."""
    lexicon = index.lexicon
    _, passive = verb_subjects(verb)
    passive = passive or any(c.dep_ == "auxpass" for c in verb.children)
    if not passive or any(c.dep_ == "agent" for c in verb.children):
        return []
    nouns = [n for n in _phrase_objects(verb, lexicon.document_place_preps)
             if n.lemma_.lower() in lexicon.document_nouns]
    return actors_of(nouns, index) or document_owners(nouns, index)


__all__ = ["document_owners", "document_source"]
