"""Roles of an agentless passive clause and of the phrases the role finders scan, for
``ew_roles`` (``roles.py``): the place an attack came from as its source, the first actor inside
a passive subject that names none as the target, and a mention that names only the one a
relational noun's person is related to, and the group whose members are the sides of a
"between" phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.coordinated_actors import actors_of
from eventwire.pipeline.mention_index import MentionIndex, same_actor
from eventwire.pipeline.mentions import ActorMention, TriggerMatch
from eventwire.pipeline.noun_modifiers import town_modifier
from eventwire.pipeline.relational_nouns import relation_owner, relational_head
from eventwire.pipeline.support import prep_objects
from eventwire.pipeline.verb_subjects import PASSIVE_SUBJECT_DEPS
from eventwire.pipeline.verb_subjects import SUBJECT_DEPS as ACTIVE_SUBJECT_DEPS

BETWEEN = "between"
# Subjects of a verb trigger whose pattern covers them ("Talks between ... resumed").
SUBJECT_DEPS = ACTIVE_SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def origin_sources(trigger: TriggerMatch, verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The source of an agentless passive attack named by where it came from ("shells were
    fired at the town from Syria": SYR), for the codes of ``origin_source_codes``."""
    lexicon = index.lexicon
    if not trigger.code.startswith(lexicon.origin_source_codes):
        return []
    places = actors_of(prep_objects(verb, lexicon.origin_preps), index)
    return [place for place in places if place.kind in lexicon.origin_kinds]


def inside_subject(
    subjects: list[Token], sources: list[ActorMention], index: MentionIndex
) -> list[ActorMention]:
    """A passive subject that names no actor is read as the active object would be: the first
    actor inside its phrase is the target ("a camp for Sudanese refugees was attacked", as
    "attacked a camp for Sudanese refugees"), not a town that says where an event it names
    happened ("the Manchester Arena attack was condemned": ``town_modifier``)."""
    for subject in subjects:
        for token in subject.subtree:
            if town_modifier(token, token.doc):
                continue
            mention = index.at(token) if token.tag_ != "PRP$" else None
            if mention is not None and related_only(token, mention, index):
                # "the home of a minister's son was raided": the son, not the minister
                return actors_of([relational_head(token.doc[mention.head])], index)
            if mention is not None and not any(same_actor(mention, s) for s in sources):
                return actors_of([token.doc[mention.head]], index)
    return []


def related_only(token: Token, mention: ActorMention, index: MentionIndex) -> bool:
    """``token``, of ``mention`` itself (not a pronoun standing for it), names only the one a
    relational noun's person is related to ("the senator's son": ``relational_nouns``)."""
    own = mention.start <= token.i < mention.end
    return own and relation_owner(token.doc[mention.head], mention, index.lexicon)


def between_group(
    trigger: TriggerMatch, head: Token, index: MentionIndex
) -> list[ActorMention]:
    """The one actor named by a plural noun after "between", on the trigger or on an
    event-noun subject its pattern matched, when no pair is found for it ("a meeting between
    the ministers was held", "talks between Palestinian factions"): the group whose members
    are the sides, so the event's source, with no other actor its target; else empty."""
    hosts = [head]
    if trigger.pos == "VERB":
        covered = set(trigger.extra.get("covered", ()))
        hosts += [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i in covered]
    for host in hosts:
        sides = prep_objects(host, (BETWEEN,))
        if len(sides) == 1 and sides[0].tag_ in PLURAL_TAGS and not sides[0].conjuncts:
            found = actors_of(sides, index)
            if len(found) == 1:
                return found
    return []


__all__ = ["between_group", "inside_subject", "origin_sources", "related_only"]
