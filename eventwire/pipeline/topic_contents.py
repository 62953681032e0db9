"""Event nouns that are only the topic of talk, debate, question or report (part of
``ew_triggers``).

"Talks on a comprehensive **agreement**", "a debate over **sanctions**", "questions about the
**attack**", "a report on **torture**", "spoke about **lifting** the embargo", "discussed
**sanctions** against Iran": an event noun (or a gerund) that is the object of a topic
preposition of a noun or verb of talk, debate, question, report or worry, or of a verb of
discussion, names what the talk is about, no act the sentence reports, and its trigger gives
no event; the talk itself is coded. It stays an event when it is reported with an
actor or a particular of its own: a possessor ("talks on Iran's attack"), an actor mention in
or before it ("questions about the Russian strikes"), a number, a passive agent or a clause of
its own ("sanctions imposed by the EU", "the attack that killed ten"). Words of agreement,
demand, protest or punishment are no holders ("agreed on a ceasefire", "protests over the
killing"). Lists of such subjects beside a field are :mod:`.topic_lists`. The words are data
(``eventwire/data/topic_contents.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention, TriggerMatch

DATA_FILE = "topic_contents.yaml"
PREP_DEP = "prep"
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
CONJUNCT_DEP = "conj"
# Hops from a conjunct up to the first item ("talks on sanctions and **strikes**").
MAX_CONJUNCTS = 12
OBJECT_DEPS = frozenset({"dobj", "obj"})
NOUN_POS = "NOUN"
GERUND_TAG = "VBG"


class TopicContentLexicon(BaseModel):
    """The validated contents of ``topic_contents.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    holders: frozenset[Word] = Field(min_length=1)
    topic_preps: frozenset[Word] = Field(min_length=1)
    topic_pronouns: frozenset[Word]
    discussion_verbs: frozenset[Word]
    own_deps: frozenset[Word]
    own_preps: frozenset[Word]


def load_lexicon(path: Path | None = None) -> TopicContentLexicon:
    """Read and validate ``topic_contents.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, TopicContentLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> TopicContentLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _first_conjunct(token: Token) -> Token:
    """The first item of the coordination ``token`` is in (``token`` itself when first)."""
    item = token
    for _ in range(MAX_CONJUNCTS):
        if item.dep_ != CONJUNCT_DEP or item.head.i == item.i:
            break
        item = item.head
    return item


def _topic_holder(token: Token, lex: TopicContentLexicon) -> Token | None:
    """The word of talk whose topic preposition takes ``token`` ("talks *on* X"), if any."""
    first = _first_conjunct(token)
    if first.dep_ in OBJECT_DEPS and _lemma(first.head) in lex.discussion_verbs:
        return first.head  # "discussed sanctions against Iran"
    prep = first.head
    if first.dep_ not in PREP_OBJECT_DEPS or prep.dep_ != PREP_DEP or prep.i == first.i:
        return None
    if prep.lower_ not in lex.topic_preps:
        return None
    holder = prep.head
    if _lemma(holder) in lex.topic_pronouns and holder.dep_ in OBJECT_DEPS:
        holder = holder.head  # "said *nothing* about lifting the embargo"
    return holder if _lemma(holder) in lex.holders and holder.i != prep.i else None


def _has_own_actor(token: Token, lex: TopicContentLexicon) -> bool:
    """Whether the event word is reported with an actor or a particular of its own."""
    if any(c.dep_ in lex.own_deps for c in token.children):
        return True
    if any(c.dep_ == PREP_DEP and c.lower_ in lex.own_preps for c in token.children):
        return True
    mentions: Sequence[ActorMention] = token.doc._.ew_actors or ()
    words = [t for t in token.subtree if t.i <= token.i]
    return any(m.start <= w.i < m.end for w in words for m in mentions)


def _event_word(token: Token) -> bool:
    """A noun, or a gerund with no subject of its own ("spoke about *lifting* the ban")."""
    if token.pos_ == NOUN_POS:
        return True
    return token.tag_ == GERUND_TAG and not any(c.dep_.startswith("nsubj")
                                               for c in token.children)


def is_topic_content(head: Token, lex: TopicContentLexicon) -> bool:
    """Whether the trigger at ``head`` is only the topic of a word of talk, with no actor of
    its own."""
    if not _event_word(head) or _topic_holder(head, lex) is None:
        return False
    return not _has_own_actor(head, lex)


def without_topic_contents(doc: Doc, triggers: Sequence[TriggerMatch],
                           lex: TopicContentLexicon) -> list[TriggerMatch]:
    """``triggers`` less the event words that are only the topic of a word of talk."""
    return [t for t in triggers if not is_topic_content(doc[t.head], lex)]


__all__ = ["TopicContentLexicon", "bundled_lexicon", "is_topic_content", "load_lexicon",
           "without_topic_contents"]
