"""A document speaks for its owner: "a report by the UN said", "a statement from the White House
said", "the report, released by the World Bank, accused", "Israel was accused in a UN report".

A noun of ``document_nouns`` (``roles.yaml``) that is the subject of an act, or the phrase of
a passive act with no ``by`` agent, names no actor itself: the act is its owner's. An owner
written as the noun's modifier ("a UN report", "the ministry's statement") is read by the
mention index as for any noun phrase; this module reads the owner named after it, in a phrase
of ``document_owner_preps`` ("a report by Amnesty", "a statement from the ministry") or as the
``by`` agent of a participle on it ("a letter signed by forty senators"). A town or capital
after "from" is where the document came from, not its author ("a statement from Kharkiv"), as
any place after "report" is ("news reports from Libya"). A definite document noun with no
owner of its own takes up the last one named before: "The UN released a report. The report
accused ..." (the UN), "Amnesty said in a statement ... The statement also criticized ..."
(Amnesty).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from eventwire.pipeline.coordinated_actors import actors_of
from eventwire.pipeline.mention_index import (
    MentionIndex,
    sentence_start_before,
)
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.noun_modifiers import TOWN_PRECISIONS
from eventwire.pipeline.support import PLACE_KINDS
from eventwire.pipeline.verb_subjects import verb_subjects

AGENT_PREP = "by"
# A participle on the document noun ("the report, released by ...") or a passive relative
# clause ("the report, which was written by ...").
PARTICIPLE_DEPS = frozenset({"acl", "relcl"})
# Determiners of a document named before ("the report", "this statement").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# Links of a noun that is its verb's object ("the UN released **a report**").
OBJECT_DEPS = frozenset({"dobj", "obj"})


def _phrase_objects(head: Token, preps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    return [g for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in wanted
            for g in c.children if g.dep_ == "pobj"]


def document_owners(nouns: Iterable[Token], index: MentionIndex) -> list[ActorMention]:
    """The owners of the document nouns among ``nouns``, named after them: the object of an
    owner preposition ("a report **by the UN**") or the ``by`` agent of a participle on the noun
    ("a statement **issued by the ministry**"); for a definite noun with neither, the owner of
    the document it takes up (:func:`earlier_owner`). Empty for any other noun."""
    found: list[ActorMention] = []
    for noun in nouns:
        if noun.lemma_.lower() in index.lexicon.document_nouns:
            owners = (_named_owners(noun, index) or earlier_owner(noun, index)
                      or _put_out_by(noun, index))
            found += [m for m in owners if m not in found]
    return found


def _named_owners(noun: Token, index: MentionIndex) -> list[ActorMention]:
    lexicon = index.lexicon
    by = actors_of(_phrase_objects(noun, (AGENT_PREP,)), index)
    other_preps = lexicon.document_owner_preps - {AGENT_PREP}
    sent = [m for m in actors_of(_phrase_objects(noun, other_preps), index)
            if not _dispatch_place(m, noun, index)]
    issued = [m for c in noun.children if c.dep_ in PARTICIPLE_DEPS and c.tag_ == "VBN"
              for m in actors_of(_phrase_objects(c, (AGENT_PREP,)), index)]
    return list(dict.fromkeys((*by, *sent, *issued)))


def _said_in(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The owner of a document noun in which the act of an active verb is done: that verb's
    subject ("**the ministry** said in a statement", "in a letter, **the senators** urged")."""
    prep = noun.head
    verb = prep.head
    if (noun.lemma_.lower() not in index.lexicon.document_nouns or noun.dep_ != "pobj"
            or prep.lower_ not in index.lexicon.document_place_preps or verb.pos_ != "VERB"):
        return []
    subjects, passive = verb_subjects(verb)
    return [] if passive else actors_of(subjects, index)


def _dispatch_place(mention: ActorMention, noun: Token, index: MentionIndex) -> bool:
    """A place a document comes from ("a statement from Kharkiv"): a mention of
    ``document_origin_kinds`` or one the gazetteer reads as a city or province, or any place
    after a noun of ``document_dispatch_nouns`` ("reports from Libya")."""
    lexicon = index.lexicon
    if mention.kind in lexicon.document_origin_kinds:
        return True
    if noun.lemma_.lower() in lexicon.document_dispatch_nouns and mention.kind in PLACE_KINDS:
        return True
    return any(p.start <= mention.head < p.end and p.precision in TOWN_PRECISIONS
               for p in noun.doc._.ew_places or ())


def earlier_owner(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The owner of the document a definite document noun takes up ("The UN released a report
    on Monday. **The report** accused Sudan": the UN): the nearest earlier noun of its word in
    its sentence or the ``group_pronoun_window`` sentences before, whose owner is its modifier,
    its owner phrase, the subject of the verb it is the object of ("released a report"), or
    of the verb it was said in ("said in a statement"). From an earlier sentence the owner takes
    the noun's place, as a pronoun's antecedent does."""
    lemma = noun.lemma_.lower()
    if lemma not in index.lexicon.document_nouns or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
        return []
    earliest = sentence_start_before(noun, index.lexicon.group_pronoun_window)
    doc = noun.doc
    earlier = next((t for t in reversed(doc[earliest:noun.i])
                    if t.lemma_.lower() == lemma and t.pos_ == "NOUN"), None)
    if earlier is None:
        return []
    owners = (actors_of([earlier], index) or _named_owners(earlier, index)
              or _issuer(earlier, index) or _said_in(earlier, index))
    return [m if m.start >= noun.sent.start
            else replace(m, start=noun.i, end=noun.i + 1, head=noun.i, kind="pronoun")
            for m in owners]


def _put_out_by(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The subject of a verb of ``document_issue_verbs`` the document noun is the object of
    ("the ministry released a statement that said ...": the ministry)."""
    if noun.head.lemma_.lower() not in index.lexicon.document_issue_verbs:
        return []
    return _issuer(noun, index)


def _issuer(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The subject of the active verb a document noun is the object of ("the UN released a
    report")."""
    if noun.dep_ not in OBJECT_DEPS:
        return []
    subjects, passive = verb_subjects(noun.head)
    return [] if passive else actors_of(subjects, index)


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


__all__ = ["document_owners", "document_source", "earlier_owner"]
