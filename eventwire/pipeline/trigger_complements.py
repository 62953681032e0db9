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

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.person_antecedents import load_person_nouns
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
# Contracted auxiliaries the lemmatizer leaves as they are when written with a curly apostrophe.
CONTRACTED_AUXILIARIES = {"'re": "be", "'m": "be", "'s": "be", "'ve": "have"}
MODAL_TAG = "MD"
PROPOSING_MODALS = frozenset({"should", "must", "shall", "ought", "could", "might", "may"})
# Modals that judge how likely something is as well as propose it, and the subjects that may do
# what is proposed, are data (``clause_moods.yaml``): with a perfect ("*may have* lied"), a
# copula and its predicate ("he *must be* sympathetic") or an active verb whose subject is no
# party that could act ("the talks *might* lead to an easing"), the clause states.
DATA_FILE = "clause_moods.yaml"
COPULA = "be"
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
# A verb that comments on the clause it stands in ("The plan, *the minister conceded*, would
# cost more") or one opened by "as" ("*as* the analyst suggests, this is a sign"): the clause it
# hangs on is what it says.
ASIDE_DEPS = frozenset({"parataxis"})
ASIDE_CLAUSE_DEPS = frozenset({"advcl"})
ASIDE_MARKS = frozenset({"as"})
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


class ClauseMoods(BaseModel):
    """The validated contents of ``clause_moods.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    epistemic_modals: frozenset[Word] = Field(min_length=1)
    personal_pronouns: frozenset[Word]
    party_nouns: frozenset[Word]


def load_clause_moods(path: Path | None = None) -> ClauseMoods:
    """Read and validate ``clause_moods.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, ClauseMoods, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_clause_moods() -> ClauseMoods:
    return load_clause_moods()


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


def said_clause(head: Token) -> Token | None:
    """The clause ``head`` says: its clausal complement after it ("conceded *that the plan had
    flaws*"), one before it set off by a comma ("*The deficit will grow*, the minister
    conceded"), or the clause it comments on as an aside ("The plan, the minister conceded,
    *would cost more*"; "As the analyst suggests, *this is a sign*")."""
    after = next((c for c in head.children if c.dep_ == CLAUSE_DEP and c.i > head.i), None)
    if after is not None:
        return after
    before = next((c for c in head.children if c.dep_ == CLAUSE_DEP and c.i < head.i
                   and any(t.text == "," for t in head.doc[c.right_edge.i + 1:head.i])), None)
    if before is not None:
        return before
    if head.head.i == head.i or head.head.pos_ not in VERBAL_POS:
        return None
    if head.dep_ in ASIDE_DEPS or (head.dep_ in ASIDE_CLAUSE_DEPS and any(
            c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in head.children)):
        return head.head
    return None


def reporting_aside(head: Token) -> bool:
    """``head`` is a reporting verb set in the clause it reports, with a subject of its own and
    commas or dashes about it ("The plan, *the minister said*, was late"; "Talks, *he added*,
    will resume"): the host clause is what was said, so the verb has content although no phrase
    follows it."""
    if head.dep_ not in ASIDE_DEPS or said_clause(head) is None:
        return False
    if not any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < head.i for c in head.children):
        return False
    doc = head.doc
    first, last = head.left_edge.i, head.right_edge.i
    before = doc[first] if doc[first].text in SET_OFF_PUNCT else doc[max(first - 1, 0)]
    after = doc[last] if doc[last].text in SET_OFF_PUNCT else doc[min(last + 1, len(doc) - 1)]
    return before.i < head.i < after.i and before.text in SET_OFF_PUNCT \
        and after.text in SET_OFF_PUNCT


def clause_only(head: Token) -> bool:
    """``head`` says a clause (:func:`said_clause`) and has no object after it: "charged *that
    the court had erred*", "the court erred, he charged"; not "charged two men with murder"."""
    deps = {c.dep_ for c in head.children if c.i > head.i}
    return said_clause(head) is not None and not deps & CLAUSE_BLOCKING_DEPS


def indicative_clause(head: Token) -> bool:
    """The clause ``head`` says (:func:`said_clause`) states something: its verb or an
    auxiliary is in the past or third person present, a present "be" or "have", or
    "will"/"would"/"can" ("suggested that the talks *had* failed", "*were* taking", "he *would*
    fire"), or a modal judges how likely it is ("he *may have* lied", "he *must be* sympathetic",
    "the talks *might* lead to an easing"); not a subjunctive, a "should" or a "could" that
    may propose an act ("suggested that they *meet*", "that he *should* resign", "that they
    *could* meet in Oslo", "that the summit *could be* moved")."""
    clause = said_clause(head)
    if clause is None:
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in AUXILIARY_DEPS)]
    return any(_states(verb) for verb in verbs) or _judges_likelihood(clause)


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower().replace("\u2019", "'")
    return CONTRACTED_AUXILIARIES.get(lemma, lemma)


def _states(verb: Token) -> bool:
    if verb.tag_ == MODAL_TAG:
        return verb.lower_ not in PROPOSING_MODALS
    return verb.tag_ in INDICATIVE_TAGS or (
        verb.tag_ == PRESENT_TAG and _lemma(verb) in INDICATIVE_AUXILIARIES)


def _judges_likelihood(clause: Token) -> bool:
    """A clause whose modal of possibility or necessity judges how likely it is rather than
    proposes an act (see :func:`indicative_clause`)."""
    auxiliaries = [c for c in clause.children if c.dep_ in AUXILIARY_DEPS]
    moods = bundled_clause_moods()
    if not any(a.tag_ == MODAL_TAG and a.lower_ in moods.epistemic_modals for a in auxiliaries):
        return False
    if any(_lemma(a) == "have" and a.tag_ == "VB" for a in auxiliaries):
        return True  # "may have lied"
    if any(c.dep_ in PASSIVE_DEPS for c in clause.children):
        return False  # "the summit could be moved": an act proposed
    if _lemma(clause) == COPULA:
        return True  # "he must be sympathetic"
    subjects = [c for c in clause.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
    return bool(subjects) and not any(_may_act(s, moods) for s in subjects)


def _may_act(subject: Token, moods: ClauseMoods) -> bool:
    """Whether a clause's subject could do what is proposed: a person's pronoun, a name or an
    actor ("*they* could meet", "*the Pentagon* might contribute"), not "the talks"."""
    lemma = _lemma(subject)
    if (subject.lower_ in moods.personal_pronouns or subject.pos_ == "PROPN"
            or lemma in moods.party_nouns):
        return True
    if lemma in load_person_nouns().persons:
        return True
    doc = subject.doc
    mentions = (doc._.ew_actors or ()) if doc.has_extension("ew_actors") else ()
    return any(m.start <= subject.i < m.end for m in mentions)


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


__all__ = ["SUBJECT_DEPS", "ClauseMoods", "bundled_clause_moods", "clause_only",
           "indicative_clause", "indirect_question", "load_clause_moods", "names_its_object",
           "reporting_aside", "said_clause", "verbal_complement_only"]
