"""Event nouns in a list of subjects of talk (part of ``ew_triggers``).

"Talks on trade, **cyber attacks** and climate change", "discussed trade, **sanctions** and
energy", "the issues discussed, including terrorism, security and **cyber attacks**": an event
noun that is one item of a list of subjects, beside an item that no trigger codes, names a kind
of act the talk is about, no act that happened, and its trigger gives no event. The list hangs
on a topic preposition of a noun or verb of talk ("talks *on*", "agreed to cooperate *on*"), is
the object of a verb of discussion ("*discussed* trade, sanctions and energy"), or follows
"including" or "like" on a noun of subjects ("*issues including* ..."); wherever the list hangs,
a bare item that is a field of policy or a social condition makes the event nouns beside it
fields too ("**immigration** and asylum have been issues", "money for education, **housing**
and overseas aid", "fleeing violence, repression and **poverty**"). Only a bare item counts:
a determiner, a possessor, a number or an actor in or before it makes it a particular act
("talks on the cyber attacks", "discussed Russia's sanctions"). A list of acts alone ("talks
on sanctions and strikes") is left to the other components. The words are data
(``eventwire/data/topic_lists.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention, TriggerMatch

DATA_FILE = "topic_lists.yaml"
CONJUNCT_DEP = "conj"
# The parser hangs a later item of a list on the first as a conjunct or an apposition.
ITEM_DEPS = frozenset({CONJUNCT_DEP, "appos"})
PREP_DEP = "prep"
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# Hops from a list's item up its chain of conjuncts to the list's first item.
MAX_CONJUNCTS = 12


class TopicListLexicon(BaseModel):
    """The validated contents of ``topic_lists.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    talk_words: frozenset[Word] = Field(min_length=1)
    topic_preps: frozenset[Word] = Field(min_length=1)
    discussion_verbs: frozenset[Word]
    subject_nouns: frozenset[Word]
    listing_preps: frozenset[Word]
    listing_verbs: frozenset[Word]
    particular_deps: frozenset[Word]
    domain_nouns: frozenset[Word] = frozenset()
    kind_modifiers: frozenset[Word] = frozenset()


def load_lexicon(path: Path | None = None) -> TopicListLexicon:
    """Read and validate ``topic_lists.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, TopicListLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> TopicListLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _first_item(noun: Token) -> Token:
    """The first item of the list ``noun`` is in (``noun`` itself when it is first)."""
    item = noun
    for _ in range(MAX_CONJUNCTS):
        if item.dep_ not in ITEM_DEPS or item.head.i == item.i:
            break
        item = item.head
    return item


def _items(first: Token) -> list[Token]:
    """The items of the list that starts at ``first``, the nominal ones only."""
    found = [first]
    for _ in range(MAX_CONJUNCTS):
        more = [c for item in found for c in item.children
                if c.dep_ in ITEM_DEPS and c.pos_ in NOMINAL_POS and c not in found]
        if not more:
            break
        found += more
    return found


def _topic_slot(first: Token, lex: TopicListLexicon) -> bool:
    """Whether the list's first item fills the slot of a subject of talk."""
    head = first.head
    if first.dep_ in OBJECT_DEPS:
        return _lemma(head) in lex.discussion_verbs or (
            _lemma(head) in lex.listing_verbs
            and any(c.dep_ == "nsubj" and _lemma(c) in lex.subject_nouns | lex.talk_words
                    for c in head.children))
    if first.dep_ not in PREP_OBJECT_DEPS or head.dep_ != PREP_DEP:
        return False
    prep, holder = head.lower_, head.head
    if prep in lex.topic_preps:
        return _lemma(holder) in lex.talk_words
    return prep in lex.listing_preps and _lemma(holder) in lex.subject_nouns


def _particular(noun: Token, lex: TopicListLexicon) -> bool:
    """An item with a determiner, a possessor, a number or an actor in it or before it."""
    if any(c.dep_ in lex.particular_deps for c in noun.children):
        return True
    mentions: Sequence[ActorMention] = noun.doc._.ew_actors or ()
    words = [t for t in noun.subtree if t.i <= noun.i]
    return any(m.start <= w.i < m.end for w in words for m in mentions)


def is_topic_item(head: Token, coded: frozenset[int], lex: TopicListLexicon) -> bool:
    """Whether the noun at ``head`` is a bare item of a list of subjects of talk beside an item
    no trigger codes (``coded``: the heads of the sentence's triggers)."""
    if head.pos_ not in NOMINAL_POS or _particular(head, lex):
        return False
    first = _first_item(head)
    items = _items(first)
    if len(items) < 2 or head not in items:
        return False
    topic = _misparsed_topic(first, lex)
    if topic is not None:  # "talks on trade, cyber attacks and ...": the list hung on "talks"
        if head.i == first.i:
            return False  # the talk noun itself ("bolster cooperation on controls and ...")
        items = [topic, *items[1:]]
        first = topic
    if all(item.i in coded for item in items):
        return False
    return _topic_slot(first, lex) or _beside_a_field(head, items, coded, lex)


def _beside_a_field(head: Token, items: list[Token], coded: frozenset[int],
                    lex: TopicListLexicon) -> bool:
    """Whether another item of the list is a bare field of policy or a social condition that no
    trigger codes ("**immigration** and asylum", "education, **housing** and overseas aid"); not
    when the event noun makes the other items kinds of it ("campaign finance and *other*
    violations")."""
    if any(_lemma(c) in lex.kind_modifiers for c in head.children):
        return False
    return any(item.i != head.i and item.i not in coded and _lemma(item) in lex.domain_nouns
               and not _particular(item, lex) for item in items)


def _misparsed_topic(first: Token, lex: TopicListLexicon) -> Token | None:
    """The object of a talk noun's topic preposition when the parser hung the rest of its list
    on the talk noun itself ("talks on *trade*, cyber attacks and climate change")."""
    if _lemma(first) not in lex.talk_words or first.pos_ not in NOMINAL_POS:
        return None
    return next((g for c in first.children if c.dep_ == PREP_DEP and c.lower_ in lex.topic_preps
                 for g in c.children if g.dep_ in PREP_OBJECT_DEPS and g.pos_ in NOMINAL_POS),
                None)


def without_topic_items(doc: Doc, triggers: Sequence[TriggerMatch],
                        lex: TopicListLexicon) -> list[TriggerMatch]:
    """``triggers`` less the event nouns that are bare items of a list of subjects of talk."""
    coded = frozenset(t.head for t in triggers)
    return [t for t in triggers if not is_topic_item(doc[t.head], coded, lex)]


__all__ = ["TopicListLexicon", "bundled_lexicon", "is_topic_item", "load_lexicon",
           "without_topic_items"]
