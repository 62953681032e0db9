"""Persons a personal pronoun ("he", "she", "him", "his") may stand for besides the names and
titles of ``ew_actors``, and which of them it stands for (read by ``mention_index``).

A singular noun that names one person ("the businessman", "a police officer", "the suspect",
"the 45-year-old": ``person_nouns.yaml``) is a person named before the pronoun: its actor mention
when the dictionaries code the phrase ("the businessman" -> BUS), else a person with no code
("the suspect"), who stands between the pronoun and a person named earlier ("The suspect met the
minister. He ...": not the minister). Such a phrase is never "it".

Of the persons before a pronoun, the pronoun takes the nearest sentence that names one and, in
it, the subject (centering: "The businessman met the minister. He ...": the businessman). A
subject pronoun of that kind in a nearer sentence continues the person the text is about ("Smith
spoke first. He said the plan, Jones's, was late. He added ...": Smith, through the second
sentence's "He") and stands for what it stands for itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.quotations import quotation_of

DATA_FILE = "person_nouns.yaml"
# Relations of a noun that says what someone is rather than naming someone ("John Smith, a
# businessman", "he is a businessman", "businessman John Smith", "45 years old").
NOT_NAMING_DEPS = frozenset({"compound", "appos", "attr", "npadvmod", "acomp", "oprd"})
# Relations of an age adjective used as a noun ("the 45-year-old met", "arrested the 45-year-old").
AGE_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "dative"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Relations of a verb's adjuncts: a phrase or clause that says when, how or after what.
ADJUNCT_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


class PersonNouns(BaseModel):
    """The nouns of ``person_nouns.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    persons: frozenset[Word]
    age_head: Word
    age_units: frozenset[Word]
    naming_apposition_kinds: frozenset[Word]


@lru_cache(maxsize=2)
def load_person_nouns(path: Path | None = None) -> PersonNouns:
    return read_yaml_model(DATA_FILE, path, PersonNouns, check_duplicates=True)


def person_noun(token: Token, nouns: PersonNouns) -> bool:
    """A singular noun naming one person ("businessman", "suspect") or an age used as one
    ("the 45-year-old")."""
    if token.tag_ == "NN":
        return token.lemma_.lower() in nouns.persons or token.lower_ in nouns.persons
    return (token.lower_ == nouns.age_head and token.dep_ in AGE_NOUN_DEPS
            and any(c.lemma_.lower() in nouns.age_units for c in token.children))


def noun_persons(doc: Doc, own: Callable[[int], ActorMention | None],
                 nouns: PersonNouns) -> list[ActorMention]:
    """The persons a document names by a person noun: the noun's own actor mention when it is
    that mention's head, else a person with no code; a person noun inside another mention (a
    title before a name, "Congresswoman Jane Doe") or saying what someone is (an apposition,
    a predicate, a compound) names nobody new."""
    found: list[ActorMention] = []
    for token in doc:
        if not person_noun(token, nouns) or _predicative(token):
            continue
        mention = own(token.i)
        if mention is not None:
            if mention.head == token.i:
                found.append(mention)
            continue
        start = min([token.i] + [t.i for t in token.lefts if t.dep_ != "poss"])
        found.append(ActorMention(start=start, end=token.i + 1, head=token.i, code=None,
                                  kind="person"))
    return found


def _predicative(noun: Token) -> bool:
    """A noun that says what someone is: an apposition, a predicate or a compound, a conjunct
    of one ("Ryan, the Wisconsin Republican and vice presidential nominee"), or the object of
    "as" ("described her as a prominent activist")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in NOT_NAMING_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ == "as")


def continued_subject(pronoun: Token, person: ActorMention, genders: dict[str, str],
                      bound: set[int]) -> Token | None:
    """The subject pronoun (or possessive in a subject) of ``pronoun``'s gender that the text
    continues with when the person chosen for ``pronoun`` in an earlier sentence is no subject
    of that sentence: the last one from the start of that sentence to ``pronoun`` (not
    ``pronoun``'s own clause subject when it is an object, nor one in a quotation ``pronoun``
    is not in). ``pronoun`` stands for what it stands for."""
    doc = pronoun.doc
    wanted = genders.get(pronoun.lower_)
    start = doc[person.head].sent.start
    if wanted is None or doc[person.head].dep_ in SUBJECT_DEPS or start >= pronoun.sent.start:
        return None
    quote = quotation_of(pronoun)
    for token in reversed(doc[start:pronoun.i]):
        if genders.get(token.lower_) == wanted and token.i not in bound \
                and quotation_of(token) == quote and _in_subject(token):
            return token
    return None


def earlier_subject_pronoun(pronoun: Token, earliest: int,
                            genders: dict[str, str]) -> Token | None:
    """The subject pronoun of ``pronoun``'s gender nearest before it from ``earliest`` (the
    start of its window), outside any quotation other than ``pronoun``'s own: when no person is
    named in the window, the text still speaks of the person that pronoun stands for ("Smith
    said ... . He disputed ... . '...,' he said. The plan, he said, ...": Smith)."""
    wanted = genders.get(pronoun.lower_)
    if wanted is None:
        return None
    quote = quotation_of(pronoun)
    for token in reversed(pronoun.doc[earliest:pronoun.i]):
        if token.dep_ in SUBJECT_DEPS and genders.get(token.lower_) == wanted \
                and "Nom" in token.morph.get("Case", []) and quotation_of(token) == quote:
            return token
    return None


def _in_subject(pronoun: Token) -> bool:
    """A subject pronoun ("he said") or a possessive one inside its clause's subject ("one of
    his pupils was ..."): the person its sentence is about."""
    if pronoun.dep_ in SUBJECT_DEPS:
        return "Nom" in pronoun.morph.get("Case", [])
    if pronoun.dep_ != "poss":
        return False
    for node in pronoun.ancestors:
        if node.dep_ in SUBJECT_DEPS:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def not_in_own_sentence(pronoun: Token, person: ActorMention, genders: dict[str, str]) -> bool:
    """A person named in the pronoun's own sentence whom it cannot stand for: one related to
    a possessive pronoun of its gender ("through his English teacher, he ...": the teacher is
    someone else's), one in the words quoted by the verb it is the subject of ("'... a judge
    ...,' he said"), or,
    for the subject pronoun of a verb, a person other than a subject in an adjunct of that
    verb before it ("After meeting Putin, he ...", "According to Smith,
    he ...": not Putin, not Smith; "When Putin arrived, he ..." may be Putin)."""
    head = pronoun.doc[person.head]
    if head.sent.start != pronoun.sent.start:
        return False
    quote = quotation_of(head)
    if quote is not None and quote != quotation_of(pronoun) and pronoun.dep_ in SUBJECT_DEPS \
            and any(t.head.i == pronoun.head.i for t in pronoun.doc[quote[0]:quote[1]]):
        return True  # "'... for a judge,' he said": the speaker is not whom he speaks of
    wanted = genders.get(pronoun.lower_)
    if wanted is not None and any(c.dep_ == "poss" and genders.get(c.lower_) == wanted
                                  for c in head.children):
        return True
    if pronoun.dep_ not in SUBJECT_DEPS or head.dep_ in SUBJECT_DEPS:
        return False
    node = head
    while node.head.i != node.i and node.head.i != pronoun.head.i:
        node = node.head
    return node.head.i == pronoun.head.i and node.dep_ in ADJUNCT_DEPS and node.i < pronoun.i


def preferred_person(previous: list[ActorMention], pronoun: Token) -> ActorMention:
    """The antecedent among person mentions before a pronoun: of the nearest sentence that
    names one, the subject of its main clause when it is an earlier sentence ("Putin met Xi
    in Beijing. ..., he said": Putin; "Davis, whom Blair had named, warned ...": Davis), else
    its last subject (the nearest clause's in the pronoun's own sentence), else its last
    person."""
    doc = pronoun.doc
    sentence = doc[previous[-1].head].sent.start
    nearest = [m for m in previous if doc[m.head].sent.start == sentence]
    subjects = [m for m in nearest if doc[m.head].dep_ in SUBJECT_DEPS]
    main = [m for m in subjects if _main_clause(doc[m.head].head)]
    return ((main if sentence < pronoun.sent.start else []) or subjects or nearest)[-1]


def credited_person(previous: list[ActorMention], pronoun: Token,
                    credit_verbs: frozenset[str]) -> ActorMention | None:
    """The person a possessive pronoun in an adjunct of a verb of crediting or blaming stands
    for: that verb's object, whose deed the adjunct names ("Biden thanked Macron for **his**
    help", "praised the minister after **his** meeting with Xi", "blamed Roe for **her**
    remarks"), when it is one of the ``previous`` persons; else None."""
    if pronoun.tag_ != "PRP$":
        return None
    child, verb = pronoun, pronoun.head
    while verb.i != child.i and verb.lemma_.lower() not in credit_verbs:
        child, verb = verb, verb.head
    if verb.i == child.i or child.dep_ not in ADJUNCT_DEPS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < child.i]
    found = [m for m in previous for o in objects if m.start <= o.i < m.end]
    return found[-1] if found else None


def _main_clause(verb: Token) -> bool:
    """The root verb of a sentence or a verb coordinated with it."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def placed(person: ActorMention, pronoun: Token) -> ActorMention:
    """In the pronoun's own sentence the person's own mention, from an earlier one a mention
    of the pronoun carrying that person's code."""
    if person.start >= pronoun.sent.start:
        return person
    return replace(person, start=pronoun.i, end=pronoun.i + 1, head=pronoun.i, kind="pronoun")
