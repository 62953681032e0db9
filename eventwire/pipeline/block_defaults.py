"""Uses of a converted PETRARCH verb that its bare line must not code (part of ``ew_triggers``).

A bare verb line of the converted dictionary (``GIVE``, ``HIT``, ``STUDY``: a verb with the
code of its block or its own, and no word around it to read) codes every use of the verb. On
news many uses are no political act: a light verb whose object is words, a chance or attention
("gave a speech", "provided details", "gave no indication", "give them a chance") is no
material cooperation or aid; "hit" with a measure or a market ("hit a record high", "sales were
hit", "hit the campaign trail", "hit them with tariffs") is no use of force; "beat" or
"capture" in a contest ("beat her rival in the primary", "captured 30 delegates") is no
violence or seizure; "study" with no object or a field as object ("students studying in
Leeds", "studying the issue") is no investigation; a "vote" for a candidate is no intent to
cooperate; "ruling that" something is the case is no governing.

Each rule of ``eventwire/data/block_defaults.yaml`` names verbs (the trigger head's lemma), the
code prefixes of the bare lines it constrains and word classes: the trigger gives no event when
the verb's object (direct or indirect object, passive subject, the subject of its open or
verbless complement: "allowed **himself** to rest", or the noun a participle describes: "sales
hit by the strike") is in one of its ``objects`` classes (or, with ``numbers``, a number: "hit
48"), when its doer (subject or ``by`` agent) is in one of its ``doers`` classes, when a
listed preposition's object is in that preposition's classes (any object when it lists none),
when it has no object at all under ``needs_object``, or when it takes a clause opened by
"that" or an object predicate under ``clauses`` ("ruled that ...", "was ruled illegal"), or
an open complement under ``complements`` (the act decided, coded on its own: "voted **to
approve** the bill").
Patterns that read an argument (``GIVE * AID``, ``HIT * CONVOY``) and hand-written patterns
are never touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "block_defaults.yaml"
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "dative", "iobj"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_DEP = "ccomp"
VERB_POS = frozenset({"VERB", "AUX"})
AGENT_DEP = "agent"
PREP_DEPS = frozenset({"prep", "agent", "dative"})
# A participle describing its own object: "sales **hit** by the strike".
PARTICIPLE_DEP = "acl"
PARTICIPLE_TAG = "VBN"
GERUND_TAG = "VBG"
RELATIVE_DEP = "relcl"
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# A verb that takes a clause opened by "that" or says something of its object: "ruled **that**
# ...", "ruled it **illegal**", "was ruled **illegal**".
PREDICATE_DEPS = frozenset({"oprd", "acomp"})
THAT = "that"
# The open complement of a verb: the act a vote decides ("voted **to approve** the bill").
COMPLEMENT_DEP = "xcomp"
# The "to" of an infinitive: "allowed himself *to* be seen".
INFINITIVE_DEPS = frozenset({"aux", "auxpass"})
INFINITIVE_MARK = "to"
PASSIVE_AUX_DEP = "auxpass"
# The clause of a noun that says what it does, and the word class of a named party.
CONTENT_MODIFIER_DEPS = frozenset({"acl", "relcl"})
PROPER_NOUN = "PROPN"
NUMBER_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
MONEY_TAG = "$"


class DefaultRule(BaseModel):
    """One constraint on the bare lines of some verbs."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=1)
    verbs: frozenset[Word]
    codes: tuple[str, ...] = Field(min_length=1)
    objects: tuple[Word, ...] = ()
    doers: tuple[Word, ...] = ()
    preps: dict[Word, tuple[Word, ...]] = Field(default_factory=dict)
    numbers: bool = False
    needs_object: bool = False
    clauses: bool = False
    complements: bool = False
    # An object whose own clause names a party keeps the line: "approved a law **recognizing
    # victories by Djindjic's coalition**" concedes to that party.
    named_content_keeps: bool = False

    def applies(self, lemma: str, code: str) -> bool:
        return lemma in self.verbs and code.startswith(self.codes)

    def class_names(self) -> set[str]:
        return {*self.objects, *self.doers, *(c for cs in self.preps.values() for c in cs)}


class BlockDefaultLexicon(BaseModel):
    """The validated contents of ``block_defaults.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    rule_prefix: str = Field(min_length=1)
    classes: dict[Word, frozenset[Word]]
    rules: tuple[DefaultRule, ...]

    @model_validator(mode="after")
    def _known_classes(self) -> BlockDefaultLexicon:
        for rule in self.rules:
            unknown = rule.class_names() - set(self.classes)
            if unknown:
                raise ValueError(f"rule {rule.name!r} names unknown classes {sorted(unknown)}")
        return self

    def words(self, names: Sequence[str]) -> frozenset[str]:
        return frozenset().union(*(self.classes[name] for name in names))


def load_lexicon(path: Path | None = None) -> BlockDefaultLexicon:
    """Read and validate ``block_defaults.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, BlockDefaultLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> BlockDefaultLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return tokens + [c for t in tokens for c in t.conjuncts]


def verb_objects(verb: Token) -> list[Token]:
    """The direct and indirect objects and passive subjects of ``verb`` (a passive infinitive's
    raised subject too: "the bill has to be approved"), and the noun a
    participle of it describes ("sales **hit** by the strike": sales), or a relative clause of
    it with no object of its own ("someone **whom** we captured", "someone we **captured**")."""
    found = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    found += [g for c in verb.children if _small_clause(c)
              for g in c.children if g.dep_ in CLAUSE_SUBJECT_DEPS]
    if not found:
        found = _raised_passive_subject(verb)
    if verb.dep_ == PARTICIPLE_DEP and verb.tag_ == PARTICIPLE_TAG and verb.head.i != verb.i:
        found.append(verb.head)
    elif verb.dep_ == RELATIVE_DEP and verb.head.i != verb.i:
        if found:
            found = [verb.head if c.tag_ in RELATIVE_TAGS else c for c in found]
        elif any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            found = [verb.head]
    return _with_conjuncts(found)


def _raised_passive_subject(verb: Token) -> list[Token]:
    """The subject of the verb governing a passive infinitive with no subject of its own
    ("the measure still has to **be approved**", "the bill is expected to be approved": the
    measure, the bill)."""
    if verb.dep_ != COMPLEMENT_DEP or verb.head.i == verb.i:
        return []
    if not any(c.dep_ == PASSIVE_AUX_DEP for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in CLAUSE_SUBJECT_DEPS]


def _small_clause(child: Token) -> bool:
    """An open complement ("allowed himself **to rest**"), an infinitive the parser makes a
    clause with a subject of its own ("allowed himself to be **seen**") or a verbless clause
    ("allowed himself a **holiday**"), whose subject is the verb's object."""
    if child.dep_ == "xcomp":
        return True
    return child.dep_ == CLAUSE_DEP and (child.pos_ not in VERB_POS or any(
        g.dep_ in INFINITIVE_DEPS and g.lower_ == INFINITIVE_MARK for g in child.children))


def _that_clause(child: Token) -> bool:
    return child.dep_ == CLAUSE_DEP and any(
        g.dep_ == "mark" and g.lower_ == THAT for g in child.children)


def verb_doers(verb: Token) -> list[Token]:
    """The active subjects of ``verb`` (for a relative pronoun, the noun it stands for: "a
    program **that** allows"), the objects of its ``by`` agent, and the noun an active
    participle of it describes ("an exception **allowing** the government to keep it")."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    has_head = verb.head.i != verb.i
    if has_head and verb.dep_ == RELATIVE_DEP:
        found = [verb.head if c.tag_ in RELATIVE_TAGS else c for c in found]
    elif has_head and verb.dep_ == PARTICIPLE_DEP and verb.tag_ == GERUND_TAG:
        found.append(verb.head)
    found += [g for c in verb.children if c.dep_ == AGENT_DEP
              for g in c.children if g.dep_ == "pobj"]
    return _with_conjuncts(found)


def _names_party(noun: Token) -> bool:
    """A clause of ``noun`` (a participle or a relative clause) that names a person, a group
    or a state by a proper noun: what the measure does to another party ("a law recognizing
    victories by **Djindjic**'s coalition")."""
    clauses = [c for c in noun.children if c.dep_ in CONTENT_MODIFIER_DEPS]
    return any(t.pos_ == PROPER_NOUN for c in clauses for t in c.subtree)


def _number(token: Token) -> bool:
    return (token.like_num or token.pos_ == "NUM" or token.tag_ == MONEY_TAG
            or token.ent_type_ in NUMBER_ENTITIES)


def _in_class(tokens: list[Token], words: frozenset[str]) -> bool:
    return any(_lemma(t) in words or t.lower_ in words for t in tokens)


def _prep_hit(verb: Token, rule: DefaultRule, lex: BlockDefaultLexicon) -> bool:
    for prep in verb.children:
        if prep.dep_ not in PREP_DEPS or prep.lower_ not in rule.preps:
            continue
        classes = rule.preps[prep.lower_]
        objects = _with_conjuncts([g for g in prep.children if g.dep_ == "pobj"])
        if not classes or _in_class(objects, lex.words(classes)):
            return True
    return False


def no_event_use(verb: Token, rule: DefaultRule, lex: BlockDefaultLexicon) -> bool:
    """Whether ``rule`` says this use of ``verb`` is none of its bare line's event."""
    objects = verb_objects(verb)
    if rule.needs_object and not objects:
        return True
    if rule.objects and _in_class(objects, lex.words(rule.objects)):
        words = lex.words(rule.objects)
        kept = rule.named_content_keeps and any(
            _names_party(t) for t in objects if _lemma(t) in words or t.lower_ in words)
        if not kept:
            return True
    if rule.numbers and any(_number(t) for t in objects):
        return True
    if rule.doers and _in_class(verb_doers(verb), lex.words(rule.doers)):
        return True
    if rule.clauses and any(_that_clause(c) or c.dep_ in PREDICATE_DEPS for c in verb.children):
        return True
    if rule.complements and any(c.dep_ == COMPLEMENT_DEP for c in verb.children):
        return True
    return bool(rule.preps) and _prep_hit(verb, rule, lex)


def is_bare_line(match: TriggerMatch, lex: BlockDefaultLexicon) -> bool:
    """A converted bare verb line: a rule of the bundled conversion that read nothing but its
    own words (its verb lines are the ones marked ``needs_actor``)."""
    covered = match.extra.get("covered")
    return (match.rule.startswith(lex.rule_prefix) and bool(match.extra.get("needs_actor"))
            and isinstance(covered, list) and len(covered) == match.specificity)


def without_block_defaults(
    doc: Doc, triggers: Sequence[TriggerMatch], lex: BlockDefaultLexicon
) -> list[TriggerMatch]:
    """``triggers`` without the bare converted lines used in a sense their rules exclude."""
    kept = []
    for match in triggers:
        head = doc[match.head]
        rules = [r for r in lex.rules if r.applies(_lemma(head), match.code)]
        if rules and is_bare_line(match, lex) and any(no_event_use(head, r, lex) for r in rules):
            continue
        kept.append(match)
    return kept


__all__ = [
    "BlockDefaultLexicon",
    "bundled_lexicon",
    "is_bare_line",
    "load_lexicon",
    "no_event_use",
    "verb_doers",
    "verb_objects",
    "without_block_defaults",
]
