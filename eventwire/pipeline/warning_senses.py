"""Warnings of a danger, no threat (part of ``ew_triggers``).

CAMEO's general threat (130) is a coercive warning: the warner threatens an act of its own
against someone. A warning's content tells it apart: what the warning foretells, its clause
("warned *that jobs could be lost*") or the object of "of" or "about" ("warned residents *of
flooding*"). When that content names no act of the warner (the clause's subject is no pronoun
that could be the warner: "warned that *it* would retaliate" is kept) and no word of threat
("warned Iran *of consequences*", "that any attack would meet a firm *response*"), the
warning foretells a danger, and :func:`with_warning_senses` recodes its trigger as a pessimistic
comment (012). So does one whose clause reports what the warner's side or another is doing or
has done, with no modal and no intent ("warned that they *were diverting* aid", "warned that
it *had moved* troops"): a report of a fact, no act foretold. A warning with no such content
("warned Iran", "warned Japan against interfering") or that asks the warned to act ("warned
them not to return", "were warned to stay indoors", whatever else the parser hangs on it) is
left a threat. The words are data (``eventwire/data/warnings.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import PATTERN_CODE_KEY, TriggerMatch

DATA_FILE = "warnings.yaml"
CLAUSE_DEPS = frozenset({"ccomp"})
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "appos"})
RELATIVE_DEP = "relcl"
PREP_DEP = "prep"
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
OPEN_COMPLEMENT_DEP = "xcomp"
# A clause that reports a fact: a past verb, or a progressive or perfect one ("they *were
# diverting*", "it *has moved*"), with no modal ("would", "could") and no open complement
# ("it *was ready to* strike", "they *were going to* act").
MODAL_TAG = "MD"
PAST_TAG = "VBD"
PROGRESSIVE_TAG = "VBG"
PERFECT_TAG = "VBN"
AUX_DEPS = frozenset({"aux", "auxpass"})
PROGRESSIVE_AUX = "be"
PERFECT_AUX = "have"


class WarningLexicon(BaseModel):
    """The validated contents of ``warnings.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    code: str = Field(pattern=r"^\d{3,4}$")
    threat_codes: frozenset[str] = Field(min_length=1)
    warning_verbs: frozenset[Word]
    warning_nouns: frozenset[Word]
    content_preps: frozenset[Word]
    threat_words: frozenset[Word]
    own_pronouns: frozenset[Word]


def load_lexicon(path: Path | None = None) -> WarningLexicon:
    """Read and validate ``warnings.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, WarningLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> WarningLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def contents(head: Token, lex: WarningLexicon) -> list[Token]:
    """What the warning at ``head`` foretells: its clause, and the objects of its "of" and
    "about" after it ("warned *that prices would rise*", "warned *of flooding*", "a warning
    *that the dam could burst*"; not the "of" of a subject the parser hangs on the verb)."""
    deps = CLAUSE_DEPS if head.pos_ == "VERB" else NOUN_CLAUSE_DEPS
    found = [c for c in head.children if c.pos_ in ("VERB", "AUX") and not _infinitive(c) and (
        c.dep_ in deps or (
            head.pos_ != "VERB" and c.dep_ == RELATIVE_DEP and _complement_clause(c)))]
    found += [g for c in head.children if c.dep_ == PREP_DEP and c.lower_ in lex.content_preps
              and c.i > head.i for g in c.children if g.dep_ in PREP_OBJECT_DEPS]
    return found


def _infinitive(clause: Token) -> bool:
    """An infinitive names what the warned should do, no danger ("a warning *to stop* its
    activities"): a coercive warning."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _complement_clause(clause: Token) -> bool:
    """A clause the parser hangs on a noun as a relative one whose "that" opens it as the
    noun's content ("a warning *that* the dam could burst"), not as a relative pronoun ("a
    warning that was issued")."""
    return any(c.dep_ == "mark" for c in clause.children)


def reports_fact(clause: Token) -> bool:
    """Whether the clause at ``clause`` reports what is or was done, no act to come: a past
    verb, or a progressive or perfect one, with no modal and no open complement ("they *were
    diverting* aid", "it *had moved* troops"; not "it *would* act", "it *was ready to*
    strike"; a copula's state is left alone: "it *was* ready")."""
    children = list(clause.children)
    if clause.pos_ != "VERB" or any(c.tag_ == MODAL_TAG or c.dep_ == OPEN_COMPLEMENT_DEP
                                    for c in children):
        return False
    auxes = {_lemma(c) for c in children if c.dep_ in AUX_DEPS}
    return (clause.tag_ == PAST_TAG and not auxes) or (
        clause.tag_ == PROGRESSIVE_TAG and PROGRESSIVE_AUX in auxes) or (
        clause.tag_ == PERFECT_TAG and PERFECT_AUX in auxes)


def _threatens(content: Token, lex: WarningLexicon) -> bool:
    """A word of threat in the content, or a clause whose subject may be the warner, the
    content's or a conjunct's ("warned the talks were stalled and *it* would act"), that does
    not report a fact ("warned that they *were diverting* aid")."""
    if any(_lemma(t) in lex.threat_words or t.lower_ in lex.threat_words
           for t in content.subtree):
        return True
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in lex.own_pronouns
               and not reports_fact(clause)
               for clause in (content, *content.conjuncts) for c in clause.children)


def warning_word(head: Token, lex: WarningLexicon) -> Token | None:
    """The word of warning of a trigger headed at ``head``: the head itself ("*warned* that",
    "a *warning* that"), or its object ("issued a *warning* that", "sounded a *warning*")."""
    words = lex.warning_verbs if head.pos_ == "VERB" else lex.warning_nouns
    if _lemma(head) in words:
        return head
    return next((c for c in head.children if c.dep_ in OBJECT_DEPS
                 and _lemma(c) in lex.warning_nouns), None)


def is_danger_warning(head: Token, lex: WarningLexicon) -> bool:
    """Whether the warning at ``head`` foretells a danger (see the module)."""
    word = warning_word(head, lex)
    if word is None or any(c.dep_ == OPEN_COMPLEMENT_DEP for c in word.children):
        return False  # "warned them to stay indoors": an act asked of the warned
    found = contents(word, lex)
    return bool(found) and not any(_threatens(c, lex) for c in found)


def with_warning_senses(doc: Doc, triggers: Sequence[TriggerMatch], lex: WarningLexicon
                        ) -> list[TriggerMatch]:
    """``triggers`` with each general threat on a warning of a danger recoded (the pattern's
    code kept in ``extra``)."""
    return [replace(t, code=lex.code, extra={**t.extra, PATTERN_CODE_KEY: t.code})
            if t.code in lex.threat_codes and is_danger_warning(doc[t.head], lex) else t
            for t in triggers]


__all__ = ["WarningLexicon", "contents", "is_danger_warning", "load_lexicon", "reports_fact",
           "warning_word", "with_warning_senses"]
