"""Frames that make a clause name a kind, a supposition or a comment no one made (used by
:mod:`.genericity`, part of ``ew_triggers``).

* A present copula that puts a kind of act in a class: its subject a bare event noun or a
  gerund, its predicate a noun with no article but "a" ("**hunger strike** is a weapon of last
  resort", "sanctions are a blunt instrument", "**fighting** for the group is a violation of
  federal law"). The clause defines a kind: its triggers give no event.
* One kind of act said to be another, an infinitive on both sides of a present copula ("**to
  back** the plan is **to betray** the workers"): the clause defines, no one acted.
* A clause put forward as a supposition, the complement of an imperative verb of supposing
  ("**suppose** they held an election", "**imagine** what would have happened if the president
  had commended him"): no one did it.
* A comment the writer expects of a kind of speaker: a modal of prospect or possibility and a
  subject naming whoever takes a stance or any speaker ("critics **will say**", "Trump's
  defenders will say", "some will argue", "as any lawyer will tell you", "you might say"). No
  statement was made or is planned.

The words are data (``eventwire/data/genericity.yaml``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from eventwire.pipeline.genericity import GenericityLexicon

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PLURAL_TAG = "NNS"
GERUND_TAG = "VBG"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SPECIFYING_DEPS = frozenset({"det", "poss", "nummod", "predet"})
# Dependents that open a clause of their own: a date there is that clause's.
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "xcomp", "acl", "conj", "csubj"})
# How far up a supposed clause may sit below the verb of supposing.
MAX_DEPTH = 6
QUESTION_MARK = "?"
# The two sides of an equation of acts: "to back the plan (csubj) is to betray (xcomp) them".
INFINITIVE_SIDES = frozenset({"csubj", "xcomp"})


def is_kind_definition(verb: Token, lex: GenericityLexicon) -> bool:
    """A present copula that puts a kind of act in a class: its subject a bare event noun or a
    gerund, its predicate a noun with no article but "a" ("**hunger strike** is a weapon of
    last resort", "sanctions are a blunt instrument", "fighting for the group is a violation
    of federal law"). Not "the strike is a protest" (a particular act), "talks are the only
    way" (a particular predicate), "talks with Iran are a waste of time" (a party's), nor
    "talks are ongoing" (a state, no class)."""
    if verb.lemma_.lower() not in lex.copulas or verb.tag_ not in PRESENT_TAGS or any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    predicates = [c for c in verb.children if c.dep_ == "attr"]
    if not predicates or not all(_indefinite_noun(p, lex) for p in predicates):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"csubj"}]
    return bool(subjects) and all(_bare_kind(c, lex) for c in subjects)


def is_act_equation(head: Token, lex: GenericityLexicon) -> bool:
    """An infinitive on either side of a present copula whose other side is an infinitive too:
    one kind of act said to be another ("**to back** the plan is **to betray** the workers",
    "to negotiate now is to surrender"). The clause defines; neither act was done by anyone.
    Not "his aim is to meet them" (a noun subject: an intent) nor "to win, they must unite"
    (no copula)."""
    verb = head.head
    if head.dep_ not in INFINITIVE_SIDES or verb.i == head.i or not _infinitive(head):
        return False
    if verb.lemma_.lower() not in lex.copulas or verb.tag_ not in PRESENT_TAGS:
        return False
    sides = [c for c in verb.children if c.dep_ in INFINITIVE_SIDES]
    return {c.dep_ for c in sides} == INFINITIVE_SIDES and all(_infinitive(c) for c in sides)


def _infinitive(verb: Token) -> bool:
    """A verb with the infinitive marker "to" and no subject of its own."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _indefinite_noun(noun: Token, lex: GenericityLexicon) -> bool:
    """A common noun with no determiner or possessor but "a" or "an": "a weapon", "violations"."""
    return noun.pos_ == "NOUN" and all(
        c.dep_ not in SPECIFYING_DEPS or (c.dep_ == "det" and c.lower_ in lex.indefinite_articles)
        for c in noun.children)


def _bare_kind(subject: Token, lex: GenericityLexicon) -> bool:
    """A bare common noun ("hunger strike", "sanctions") with no party's phrase nor modifier of
    a set in view, or a gerund with no subject of its own ("fighting for the group")."""
    if subject.tag_ == GERUND_TAG:
        return not any(c.dep_ in SUBJECT_DEPS | {"poss"} for c in subject.children)
    return subject.pos_ == "NOUN" and subject.tag_ in {"NN", PLURAL_TAG} and not any(
        c.dep_ in SPECIFYING_DEPS or (c.dep_ == "compound" and c.pos_ == "PROPN")
        or (c.dep_ == "prep" and c.lower_ in lex.party_preps)
        or (c.dep_ == "amod" and c.lower_ in lex.particular_modifiers) for c in subject.children)


def is_supposed(token: Token, lex: GenericityLexicon) -> bool:
    """A clause put forward as a supposition: the complement of an imperative verb of supposing
    ("**suppose** they held an election", "**imagine** what would have happened if the
    president had commended him"), at any depth. No one did it; nothing is reported."""
    current = token
    for _ in range(MAX_DEPTH):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "ccomp" and head.lemma_.lower() in lex.supposition_verbs \
                and head.tag_ == "VB" and not any(
                    c.dep_ in SUBJECT_DEPS | {"aux"} for c in head.children):
            return True
        current = head
    return False


def is_anticipated_comment(verb: Token, lex: GenericityLexicon) -> bool:
    """A comment the writer expects of a kind of speaker: a modal of prospect or possibility
    and a subject that names whoever takes a stance or any speaker at all ("critics **will
    say**", "Trump's defenders will say", "some will argue", "as any lawyer will tell you",
    "you might say", "one could argue"). It names no statement anyone made or plans: not
    "officials will say more" (no stance noun), nor one dated ("critics will testify on
    Tuesday": a particular occasion), nor one asked of the reader in a question ("how can
    **you** decry racism when ...?": the one addressed)."""
    if not any(c.dep_ == "aux" and c.lower_ in lex.comment_modals for c in verb.children):
        return False
    if any(t.lemma_.lower() in lex.date_words and not _clause_path(t, verb)
           for t in verb.subtree):
        return False
    question = verb.sent.text.rstrip().rstrip("\"'”’").endswith(QUESTION_MARK)
    return any(c.dep_ == "nsubj" and (
        (c.lower_ in lex.generic_speakers and not (question and c.lower_ in lex.addressees))
        or c.lemma_.lower() in lex.stance_nouns or _any_or_none(c, lex))
        for c in verb.children)


def _clause_path(token: Token, verb: Token) -> list[Token]:
    """The clause heads between ``token`` and ``verb`` (a date in a clause ``verb`` embeds is
    that clause's: "critics will say the vote **on Tuesday** was rigged")."""
    path, current = [], token
    while current.i != verb.i and current.head.i != current.i:
        if current.dep_ in CLAUSE_DEPS:
            path.append(current)
        current = current.head
    return path


def _any_or_none(subject: Token, lex: GenericityLexicon) -> bool:
    """"anyone", "nobody", "any lawyer", "no institution"."""
    if subject.lower_ in lex.modal_kind_pronouns:
        return True
    return any(c.dep_ == "det" and c.lower_ in lex.modal_kind_determiners
               for c in subject.children)


__all__ = [
    "GERUND_TAG",
    "is_act_equation",
    "is_anticipated_comment",
    "is_kind_definition",
    "is_supposed",
]
