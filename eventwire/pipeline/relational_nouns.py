"""Persons and groups named by their relation to another actor: "supporters of the president",
"a Trump ally", "Hassan's uncle", "critics of the minister", "the senator's friend".

Such a noun (``relational_nouns`` of ``roles.yaml``) names someone else than the actor in its
possessive, its "of" phrase or a name compounded onto it: the president's supporters are not the
president, and a Trump ally is no part of the US government. The actor that phrase names is the
one related to, not the noun's actor, so the mention index does not give it to the noun (the
noun keeps what its own words or appositions say: "Cuba's ally, Venezuela"; "Republican critics"),
and a role rule that looks inside a phrase for its first actor passes it over ("met the
president's son": not the president). Offices are no such relation: "the president's
spokesman", "an aide to the minister" speak for the office and keep its code, as the
dictionaries give it.

The noun still names an actor of the event, the relative or follower itself: its phrase
(without the clauses and appositions on it) is a mention of its own, with no code, or, for a
relative by kinship (``kin_nouns``), the country of the one it is related to and the sector
``kin_sector``: "Snowden's father" is an American private person (USACVL), "the families of
Israeli athletes" Israeli civilians, as a CAMEO coder codes family members with no office (the
sector alone when the related actor has no country: "the senator's son", CVL).
Supporters, allies and critics keep no country: a country's allies are other countries, and a
minister's critics may be anyone.

An office held for another (``office_nouns``: "an aide to the president", "a spokesman for
the prime minister", "an adviser to Merkel") is the opposite case: its holder speaks for the one
served and takes that actor's code. A possessive or an "of" phrase gives it, as for any noun,
also a possessive pronoun through its antecedent ("Ruto will not attend, his spokesman said");
:func:`office_served` gives the object of its ``office_preps`` ("to", "for").

A compounded name only names the one related to when it is a person, a country, a capital or an
institution (``relational_modifier_kinds``): "NATO allies" are NATO's members, "Hamas
supporters" its followers, as CAMEO codes a group's members by the group. The name compounded
onto a noun of lineage (``lineage_nouns``: "the Kim family", "the Assad clan") is the family's
own name, which includes that person.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.role_lexicon import RoleLexicon

POSSESSIVE_DEP = "poss"
COMPOUND_DEPS = frozenset({"compound", "nmod"})
PREP_OBJECT_DEP = "pobj"
OF = "of"
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Dependents of the noun left out of its own mention: what is said of it in passing.
PASSING_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj"})
RELATIVE_KIND = "person"


def relational(noun: Token, lexicon: RoleLexicon) -> bool:
    """``noun`` names a person or group by a relation to another (module docstring)."""
    return noun.pos_ in NOUN_POS and noun.lemma_.lower() in lexicon.relational_nouns


def relation_owner(token: Token, mention: ActorMention | None, lexicon: RoleLexicon) -> bool:
    """``token``, the head of ``mention``, names the one a relational noun's person is related
    to: its possessive ("Hassan's uncle", "his allies"), its "of" object ("critics of the
    minister") or a compounded name of ``relational_modifier_kinds`` ("a Trump ally")."""
    if token.dep_ == PREP_OBJECT_DEP and token.head.lower_ == OF:
        return relational(token.head.head, lexicon)
    noun = token.head
    if noun.i == token.i or not relational(noun, lexicon):
        return False
    if token.dep_ == POSSESSIVE_DEP:
        return True
    if token.dep_ not in COMPOUND_DEPS or token.i > noun.i:
        return False
    if noun.lemma_.lower() in lexicon.lineage_nouns:
        return False
    return mention is not None and mention.kind in lexicon.relational_modifier_kinds


def office_served(noun: Token, lexicon: RoleLexicon) -> list[Token]:
    """The words that may name the one ``noun``'s holder serves when it is an office held for
    another (module docstring): its possessive, a noun ("the minister's press secretary") or a
    personal pronoun standing for the one served ("Ruto ..., his spokesman said"), and the
    objects of its "of" and ``office_preps`` phrases ("an aide to the president"), in order."""
    if noun.pos_ not in NOUN_POS or noun.lemma_.lower() not in lexicon.office_nouns:
        return []
    preps = lexicon.office_preps | {OF}
    # a group's possessive ("its spokesman") is left alone: its antecedent is too often another
    # country named nearer than the body that speaks
    owners = [c for c in noun.children if c.dep_ == POSSESSIVE_DEP
              and (c.tag_ != "PRP$" or c.lower_ in lexicon.personal_pronouns)]
    return owners + [pobj for child in noun.children
                     if child.dep_ == "prep" and child.lower_ in preps
                     for pobj in child.children if pobj.dep_ == PREP_OBJECT_DEP]


def _own_phrase(token: Token) -> list[Token]:
    """``token`` and its dependents, without what is said of any of them in passing (relative
    and participle clauses, appositions): "the families of athletes (killed in Munich)"."""
    found = [token]
    for child in token.children:
        if child.dep_ not in PASSING_DEPS:
            found += _own_phrase(child)
    return found


def relational_head(owner: Token) -> Token:
    """The relational noun whose related actor ``owner`` names (see :func:`relation_owner`)."""
    return owner.head.head if owner.dep_ == PREP_OBJECT_DEP else owner.head


def relative_mention(
    noun: Token, related: ActorMention, lexicon: RoleLexicon
) -> ActorMention:
    """The mention of the relational ``noun`` itself, whose ``related`` actor its phrase names
    (module docstring): no code, or for kin the related actor's country and ``kin_sector``."""
    end = max(t.i for t in _own_phrase(noun)) + 1
    kin = noun.lemma_.lower() in lexicon.kin_nouns and bool(lexicon.kin_sector)
    country = related.country if kin else None
    code = f"{country or ''}{lexicon.kin_sector}" if kin else None
    return replace(related, start=noun.left_edge.i, end=end, head=noun.i, code=code,
                   country=country, sector=lexicon.kin_sector if kin else None, name=None,
                   kb_id=None, kind=RELATIVE_KIND, also=())


__all__ = ["office_served", "relation_owner", "relational", "relational_head", "relative_mention"]
