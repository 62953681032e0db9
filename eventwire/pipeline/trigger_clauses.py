"""Constraints on what a trigger's clause says around it, which tell apart two senses of one
verb, for :mod:`eventwire.pipeline.trigger_constraints`.

* An object predicate's words (``predicate`` in a pattern): calling something by a name or a
  quality is a statement, but calling it "unacceptable" or "a disgrace" criticizes it ("called
  the raid an *outrageous* provocation", "called the tariffs *unfair* and illegal"). The words
  may be the predicate's head, a conjunct of it or an adjective or noun modifying it.
* A participle clause set after the head (``participle``): "attacked the governor, *saying*
  his plan would fail" attacks with words; "attacked the convoy, *killing* four" does not.
* The noun a present participle describes is that participle's subject ("ads *attacking* the
  mayor": the ads attack), as the noun a relative clause hangs on is the relative's.
* A word's open complements (``xcomp`` in a pattern): an infinitive the parser hangs as an
  adverbial clause is one when it follows the word ("have vowed *to fight*") or has its own
  subject opened by "for" ("called *for* the minister *to resign*", "calls *for* him *to quit*").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.knowledge.patterns import TriggerPattern

# Where an object predicate sits: an object predicate proper, a verbless clause the parser
# gives as a clausal complement ("consider Hamas a terrorist group"), and in a relative or
# participle clause on a noun, a bare noun or adjective hung as a clause.
PREDICATE_DEPS = frozenset({"oprd", "ccomp"})
PREDICATE_POS = frozenset({"NOUN", "ADJ", "PROPN"})
# Words of a predicate's phrase that say what it is like: "an *outrageous* provocation",
# "*fake* news", "*utterly* shameful" (an adverb on an adjective), "unfair and *illegal*".
PREDICATE_MODIFIER_DEPS = frozenset({"amod", "compound", "advmod", "acomp", "nmod"})
# The preposition of a predicate the parser hangs on the verb: "described it *as* a sham".
AS_PREDICATE_PREP = "as"
# The preposition of what a predicate is a case of: "called it an act *of* aggression".
PREDICATE_OF_PREP = "of"
# A participle clause on a verb: an adverbial clause whose verb is a gerund or participle.
PARTICIPLE_DEP = "advcl"
PARTICIPLE_TAG = "VBG"
# A present participle modifying a noun: "ads attacking the mayor".
NOUN_PARTICIPLE_DEP = "acl"
# A gerund governed by a preposition: "looked forward to *meeting* him".
GERUND_DEP = "pcomp"
COMPLEMENT_DEPS = frozenset({"xcomp", "acl"})
# An infinitive clause with a subject of its own, opened by "for": "called for him to resign".
INFINITIVE_TAG = "VB"
INFINITIVE_SUBJECT_MARK = "for"
# A verb's particle, or an adverb the parser reads in its place ("step *aside*").
PARTICLE_DEPS = frozenset({"prt", "advmod"})


def _matches(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def predicates(head: Token) -> list[Token]:
    """The object predicates of ``head`` with their conjuncts: "called the tariffs *unfair*
    and *illegal*", "called the raid *a provocation*", "described it *as a sham*"."""
    found = [c for c in head.children if c.dep_ in PREDICATE_DEPS and c.pos_ in PREDICATE_POS]
    found += _named_predicates(head)
    return [p for c in found for p in (c, *c.conjuncts)]


def _named_predicates(head: Token) -> list[Token]:
    """Predicates the parser does not label as such: the object of an "as" on the verb or on
    its object ("described the plan *as* a *disaster*", "was described *as* a *disgrace*"),
    and the second of two objects ("branded the journalists *traitors*")."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    found = [g for h in (head, *objects) for c in h.children
             if c.dep_ == "prep" and c.lower_ == AS_PREDICATE_PREP
             for g in c.children if g.dep_ == "pobj" and g.pos_ in PREDICATE_POS]
    return found + [o for o in objects[1:] if o.pos_ in PREDICATE_POS]


def named_predicate(head: Token) -> bool:
    """``head`` says what its object is with an "as" or a second object ("branded it *as* a
    sham", "branded them *traitors*"), which the parser gives no object predicate label."""
    return bool(_named_predicates(head))


def predicate_word(head: Token, words: Iterable[str]) -> Token | None:
    """A word of ``words`` that is one of ``head``'s object predicates, modifies one before
    it ("an *outrageous* provocation", "a *witch* hunt") or is what it is a case of ("an act
    of *aggression*"), or None."""
    wanted = frozenset(words)
    for predicate in predicates(head):
        if _matches(predicate, wanted):
            return predicate
        for modifier in predicate.children:
            if modifier.i > predicate.i:
                if modifier.dep_ == "prep" and modifier.lower_ == PREDICATE_OF_PREP:
                    found = [g for g in modifier.children if g.dep_ == "pobj" and _matches(
                        g, wanted)]
                    if found:
                        return found[0]
            elif modifier.dep_ in PREDICATE_MODIFIER_DEPS and _matches(modifier, wanted):
                return modifier
    return None


def participle_clause(head: Token, words: Iterable[str]) -> Token | None:
    """The verb of a participle clause after ``head`` that is one of ``words`` ("attacked the
    plan, *saying* it would fail"), or None."""
    wanted = frozenset(words)
    for clause in head.children:
        if (clause.dep_ == PARTICIPLE_DEP and clause.tag_ == PARTICIPLE_TAG
                and clause.i > head.i and _matches(clause, wanted)):
            return clause
    return None


def participle_subject(head: Token) -> Token | None:
    """The noun a present participle describes, its subject: "ads *attacking* the mayor"."""
    if head.dep_ == NOUN_PARTICIPLE_DEP and head.tag_ == PARTICIPLE_TAG and head.head.i < head.i:
        return head.head
    return None


def clause_constraints(head: Token, pattern: TriggerPattern) -> list[int] | None:
    """The tokens of ``pattern``'s ``predicate`` and ``participle`` constraints at ``head``, or
    None when one fails. A participle heads an event of its own ("attacked the council, *calling*
    its budget a fraud"): it is checked, not claimed."""
    used: list[int] = []
    if pattern.predicate:
        word = predicate_word(head, pattern.predicate)
        if word is None:
            return None
        used.append(word.i)
    if pattern.participle and participle_clause(head, pattern.participle) is None:
        return None
    return used


def gerund_object(token: Token) -> bool:
    """``token`` is a gerund a preposition governs, which stands as its object ("looked
    forward to *meeting* him", as "to *a meeting* with him")."""
    return token.dep_ == GERUND_DEP and token.tag_ == PARTICIPLE_TAG


def complements(head: Token, particle: str | None = None) -> list[Token]:
    """``head``'s open complements; an infinitive hung as an adverbial clause is one right after
    it ("have vowed **to fight**", parsed advcl after a perfect) or with its own subject after
    "for" ("called for the minister **to resign**"). With a ``particle``, only those whose verb
    has it ("to step *down*")."""
    found = [c for c in head.children if c.dep_ in COMPLEMENT_DEPS or (
        c.dep_ == PARTICIPLE_DEP and (_next_infinitive(head, c) or _for_infinitive(head, c)))]
    if particle is None:
        return found
    return [c for c in found if any(
        p.dep_ in PARTICLE_DEPS and p.lower_ == particle and p.i > c.i for p in c.children)]


def _next_infinitive(head: Token, verb: Token) -> bool:
    first = verb.left_edge
    return (first.i == head.i + 1 and first.lower_ == "to" and first.head.i == verb.i
            and verb.tag_ == INFINITIVE_TAG)


def _for_infinitive(head: Token, verb: Token) -> bool:
    """``verb`` is an infinitive after ``head`` whose clause opens with "for" and its subject."""
    first = verb.left_edge
    return (verb.i > head.i and verb.tag_ == INFINITIVE_TAG and first.head.i == verb.i
            and first.dep_ == "mark" and first.lower_ == INFINITIVE_SUBJECT_MARK
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


__all__ = [
    "clause_constraints", "complements", "gerund_object", "participle_clause", "participle_subject",
    "named_predicate", "predicate_word", "predicates",
]
