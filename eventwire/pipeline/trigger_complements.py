"""What a trigger's complements are, for the constraints of a pattern that tell apart two senses
of one verb, for :mod:`eventwire.pipeline.trigger_constraints`.

* A verbal complement and no recipient (``verbal_complement``): "helped (to) plan the raid"
  takes part in the act, "helped Haiti (to) rebuild" gives aid.
* An object and an object predicate saying what it is (``object_predicate``): "called the raid
  a response", "the film they consider blasphemous".
* A clausal complement and no object (``clause_complement``): "charged that the court had
  erred", not "charged two men with murder"; and its mood (``indicative``): "suggested that
  the talks had failed" states, "suggested that they meet" proposes.
* An indirect question (``question``): "asked whether talks would resume".

Each check reads the head's dependents only and returns whether the constraint holds (or, for
a question, the word opening it).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.trigger_clauses import named_predicate

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# The label of an object predicate: "called it *a response*", "called them *reckless*".
OBJECT_PREDICATE = "oprd"
# A clausal complement, and the labels of an object that makes it no bare clause.
CLAUSE_DEP = "ccomp"
CLAUSE_BLOCKING_DEPS = frozenset({"dobj", "dative", "oprd"})
# The mood of a clausal complement: tags of a verb that states (past, third person present), a
# present "be"/"have" ("are taking", "is", "have said"), and modals that propose an act or
# may ("suggested they could meet in Oslo").
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
INDICATIVE_TAGS = frozenset({"VBD", "VBZ"})
PRESENT_TAG = "VBP"
INDICATIVE_AUXILIARIES = frozenset({"be", "have"})
MODAL_TAG = "MD"
PROPOSING_MODALS = frozenset({"should", "must", "shall", "ought", "could", "might", "may"})
# Labels of what an object predicate says something of: the object, or a passive subject.
NAMED_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# A clause on a noun, whose object (a relative's gap, a participle's passive subject) is that noun:
# "a film *they consider* blasphemous", "the village, *considered* a stronghold".
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})
NO_PREDICATE_POS = frozenset({"PROPN", "PRON"})
SET_OFF_PUNCT = frozenset({",", "--", "\u2013", "\u2014"})
# Heads of a verbless small clause the parser gives as a clausal complement: a noun or an adjective.
SMALL_CLAUSE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# An indirect question: a clausal complement opened by a wh-word or marked by whether / if.
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
QUESTION_MARKS = frozenset({"whether", "if"})
# Prepositions through which a verb takes a question: "pressed *on* whether he would resign",
# "asked *about* why troops left".
QUESTION_PREPS = frozenset({"on", "about", "over"})
# A verb's verbal complements: "helped (to) plan", and the gerund under its preposition,
# "assisted in planning", "contributed to organising".
VERBAL_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
VERBAL_POS = frozenset({"VERB", "AUX"})
GERUND_DEP = "pcomp"
# Arguments that name whom the verb's act is for or what it gives: "helped **Haiti**",
# "**Haiti** was helped", "helped them with food".
RECIPIENT_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "nsubjpass"})


def verbal_complement_only(head: Token) -> bool:
    """Whether ``head`` has a verbal complement and no recipient or object: "helped (to) plan the
    raid", "assisted in planning the raid"; not "helped Haiti (to) rebuild", "Haiti was helped
    to rebuild", nor "helped them rebuild" where the parser makes the recipient the
    complement's subject."""
    clauses = [c for c in head.children if c.dep_ in VERBAL_COMPLEMENT_DEPS
               and c.pos_ in VERBAL_POS]
    clauses += [g for c in head.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == GERUND_DEP and g.pos_ in VERBAL_POS]
    if not clauses or any(c.dep_ in RECIPIENT_DEPS for c in head.children):
        return False
    return not any(s.dep_ in SUBJECT_DEPS for c in clauses for s in c.children)


def names_its_object(head: Token) -> bool:
    """``head`` has an object and an object predicate saying what it is: "called *the raid* *a
    response*", "*he* was called *a traitor*", "the film they *consider* blasphemous" (the
    noun a relative or participle clause modifies is its object; "described *it* *as* a sham")."""
    deps = {c.dep_ for c in head.children}
    if (OBJECT_PREDICATE in deps or named_predicate(head)) and bool(deps & NAMED_OBJECT_DEPS):
        return True
    if (head.dep_ in NOUN_CLAUSE_DEPS or _set_off(head)) and any(
            _predicate(c) for c in head.children):
        return True
    return any(_small_clause(c) for c in head.children)


def _set_off(head: Token) -> bool:
    """A participle set off by a comma or a dash, with no object of its own, which the parser
    read as a finite verb: "The port*,* *considered* a lifeline, reopened", "Johnson *--
    considered* a front-runner --"."""
    return head.i > 0 and head.doc[head.i - 1].text in SET_OFF_PUNCT and not any(
        c.dep_ in NAMED_OBJECT_DEPS for c in head.children)


def _predicate(child: Token) -> bool:
    """A verbless predicate of the noun a clause modifies: an object predicate, or a bare noun
    or adjective the parser hangs as a clause ("a cartoon they consider *insulting*"). A name
    or a pronoun is no predicate: "a charity called the Foundation"."""
    if child.pos_ in NO_PREDICATE_POS:
        return False
    return child.dep_ == OBJECT_PREDICATE or (
        child.dep_ == CLAUSE_DEP and child.pos_ in SMALL_CLAUSE_POS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children))


def _small_clause(child: Token) -> bool:
    """A verbless clausal complement with a subject of its own, as the parser reads an object
    and its predicate ("consider *Hamas a terrorist group*")."""
    if child.dep_ != "ccomp" or child.pos_ not in SMALL_CLAUSE_POS:
        return False
    return any(c.dep_ == "nsubj" for c in child.children)


def clause_only(head: Token) -> bool:
    """``head`` has a clausal complement after it and no object: "charged *that the court had
    erred*"; not "charged two men with murder"."""
    deps = {c.dep_ for c in head.children if c.i > head.i}
    return CLAUSE_DEP in deps and not deps & CLAUSE_BLOCKING_DEPS


def indicative_clause(head: Token) -> bool:
    """``head``'s clausal complement states something: its verb or an auxiliary is in the
    past or third person present, a present "be" or "have", or "will"/"would"/"can" ("suggested
    that the talks *had* failed", "*were* taking", "he *would* fire"); not a subjunctive, a
    "should" or a "could" ("suggested that they *meet*", "that he *should* resign", "that the
    rules *could* change", which may propose an act)."""
    clause = next((c for c in head.children if c.dep_ == CLAUSE_DEP and c.i > head.i), None)
    if clause is None:
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in AUXILIARY_DEPS)]
    return any(_states(verb) for verb in verbs)


def _states(verb: Token) -> bool:
    if verb.tag_ == MODAL_TAG:
        return verb.lower_ not in PROPOSING_MODALS
    return verb.tag_ in INDICATIVE_TAGS or (
        verb.tag_ == PRESENT_TAG and verb.lemma_.lower() in INDICATIVE_AUXILIARIES)


def indirect_question(head: Token) -> Token | None:
    """The word opening an indirect question in a clausal complement after ``head`` ("asked
    **whether** talks would resume", "asked **why** troops left"): the clause's first word
    when it is a wh-word, or its "whether"/"if" marker. A clause before the verb ("When the
    protests began, the mayor asked ...") or a relative clause inside the complement ("asked
    that the suspects who fled be handed over") is no question, but a quoted direct question
    before it is ('"Where is the money?" he asked': its question mark). The clause may be the
    object of "on", "about" or "over" ("pressed *on* **whether** he would resign")."""
    through_preps = [g for p in head.children if p.dep_ == "prep" and p.lower_ in QUESTION_PREPS
                     for g in p.children if g.dep_ == "pcomp"]
    for clause in (*head.children, *through_preps):
        if clause.dep_ not in QUESTION_CLAUSE_DEPS and clause not in through_preps:
            continue
        if clause.i < head.i:
            mark = _question_mark(clause, head)
            if mark is not None:
                return mark
            continue
        first = clause.left_edge
        if first.tag_ in WH_TAGS:
            return first
        marker = next((c for c in clause.children
                       if c.dep_ == "mark" and c.lower_ in QUESTION_MARKS), None)
        if marker is not None:
            return marker
    return None


def _question_mark(clause: Token, head: Token) -> Token | None:
    """The "?" ending a clausal complement quoted before its verb, closing quotes aside."""
    if clause.dep_ != "ccomp":
        return None
    ending = [t for t in head.doc[clause.right_edge.i:head.i] if not t.is_quote]
    return next((t for t in ending if t.text == "?"), None)


__all__ = ["SUBJECT_DEPS", "clause_only", "indicative_clause", "indirect_question",
           "names_its_object", "verbal_complement_only"]
