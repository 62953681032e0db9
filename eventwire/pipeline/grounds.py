"""Frames in which an event word names no act (part of ``ew_triggers``, applied with
:mod:`.nonacts`).

* A noun of reason, room or need takes an event noun with "for": "there is little **cause for**
  *optimism*", "no **need for** new *talks*", "**room for** *negotiation*", "**grounds for** an
  *appeal*". The event noun names what there is ground for, not an act that took place, so it
  gives no event. A definite or possessed event noun there is a particular act ("the reason
  for **the** *visit*", "the need for **his** *resignation*") and is left alone.
* A noun of outlook (pessimism 012, optimism 013) after a noun of mood with "of" names a mood,
  no comment by anyone: "a **burst of** *optimism*", "a **sense of** *pessimism*" (not "a
  wave of *protests*": only outlook codes).
* "Without *warning*" is a manner ("attacked without warning": suddenly), no negated threat
  ("left without warning **them**" is one).
* A verb of saying whose subject is a clause or a gerund reveals; it reports no statement:
  "how he treats his staff **says** a lot about him", "refusing to answer **speaks** volumes".

The words are data (``eventwire/data/grounds.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "grounds.yaml"
NOUN_POS = "NOUN"
VERBAL_POS = frozenset({"VERB", "AUX"})
OBJECT_OF_PREP = "pobj"
PREP_DEP = "prep"
# A noun joined to the framed noun ("no need for talks or a deal") shares its frame.
CONJUNCT_DEP = "conj"
# What makes the framed noun particular: a determiner or a possessor ("the visit", "his").
SPECIFYING_DEPS = frozenset({"det", "poss"})
# A clause or a gerund as the subject of a verb: "how he acts **says** a lot".
CLAUSAL_SUBJECT = "csubj"
SUBJECT_DEP = "nsubj"
GERUND_TAG = "VBG"
# Words that open a clause as a subject: "**how** he acts", "**that** he resigned".
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
CLAUSE_MARKS = frozenset({"that", "whether", "if"})
STATEMENT_ROOT = "01"
# How a word of manner hangs from "without": a noun or a gerund ("without warning").
MANNER_DEPS = frozenset({"pobj", "pcomp"})
# What makes a gerund after "without" an act of its own: "without warning **them**".
ARGUMENT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "nsubj", "acl", "relcl",
                           "amod", "compound"})


class GroundLexicon(BaseModel):
    """The validated contents of ``grounds.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    reason_nouns: frozenset[Word] = Field(min_length=1)
    reason_preps: frozenset[Word] = Field(min_length=1)
    deadline_preps: frozenset[Word]
    particular_determiners: frozenset[Word]
    outlook_codes: frozenset[str]
    mood_nouns: frozenset[Word]
    mood_preps: frozenset[Word]
    manner_words: frozenset[Word]
    manner_preps: frozenset[Word]
    saying_verbs: frozenset[Word]


def load_lexicon(path: Path | None = None) -> GroundLexicon:
    """Read and validate ``grounds.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, GroundLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> GroundLexicon:
    return load_lexicon()


def _frame(noun: Token) -> tuple[str, Token] | None:
    """The preposition whose object ``noun`` (or the noun it is a conjunct of) is, and the word
    that preposition hangs from."""
    while noun.dep_ == CONJUNCT_DEP and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != OBJECT_OF_PREP or prep.dep_ != PREP_DEP or prep.head.i == prep.i:
        return None
    return prep.lower_, prep.head


def _particular(noun: Token, lex: GroundLexicon) -> bool:
    """"the visit", "his resignation": a determiner or a possessor of a particular act."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in lex.particular_determiners)
               for c in noun.children)


def is_grounded(noun: Token, code: str, lex: GroundLexicon) -> bool:
    """Whether the event noun ``noun`` (coded ``code``) only names what there is ground for, a
    mood or a manner (see the module)."""
    if noun.pos_ != NOUN_POS:
        return False
    frame = _frame(noun)
    if frame is None:
        return False
    prep, governor = frame
    if governor.pos_ != NOUN_POS:
        return False
    lemma = governor.lemma_.lower()
    if prep in lex.reason_preps and lemma in lex.reason_nouns:
        # "in time for the talks": a deadline, the talks are in view
        deadline = governor.dep_ == OBJECT_OF_PREP and governor.head.lower_ in lex.deadline_preps
        return not deadline and not _particular(noun, lex)
    if prep in lex.mood_preps and lemma in lex.mood_nouns:
        return code[:3] in lex.outlook_codes
    return False


def is_manner(word: Token, lex: GroundLexicon) -> bool:
    """"without warning": a bare noun or gerund of ``manner_words`` after a preposition of
    manner, with no object, clause or phrase of its own ("left without warning **them**" is a
    negated warning)."""
    if word.lemma_.lower() not in lex.manner_words and word.lower_ not in lex.manner_words:
        return False
    return word.dep_ in MANNER_DEPS and word.head.lower_ in lex.manner_preps and not any(
        c.dep_ in SPECIFYING_DEPS or c.dep_ in ARGUMENT_DEPS for c in word.children)


def _clause_subject(subject: Token) -> bool:
    """A clause or a gerund that can be a subject: "**refusing** to answer", "how he
    **treats** them" (a wh-word), "that he **resigned**" (a mark), "to **refuse**" (an
    infinitive); not a participle the parser hangs there ("**Asked** about it, X said")."""
    if subject.tag_ == GERUND_TAG:
        return True
    return any(c.tag_ in WH_TAGS or (c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS)
               or (c.dep_ == "aux" and c.lower_ == "to") for c in subject.children)


def is_revealing(verb: Token, lex: GroundLexicon) -> bool:
    """Whether a verb of saying has a clause or a gerund as its subject ("how he acts **says** a
    lot", "refusing to answer **speaks** volumes")."""
    if verb.pos_ not in VERBAL_POS or verb.lemma_.lower() not in lex.saying_verbs:
        return False
    return any((c.dep_ == CLAUSAL_SUBJECT and _clause_subject(c))
               or (c.dep_ == SUBJECT_DEP and c.tag_ == GERUND_TAG) for c in verb.children)


def without_grounds(doc: Doc, triggers: Sequence[TriggerMatch],
                    lex: GroundLexicon) -> list[TriggerMatch]:
    """``triggers`` less the event words that only name what there is ground for, a mood or a
    manner, and the statements whose subject is a clause (see the module)."""
    kept: list[TriggerMatch] = []
    for t in triggers:
        head = doc[t.head]
        if (t.pos == NOUN_POS and is_grounded(head, t.code, lex)) or is_manner(head, lex):
            continue
        if t.code.startswith(STATEMENT_ROOT) and is_revealing(head, lex):
            continue
        kept.append(t)
    return kept


__all__ = ["GroundLexicon", "bundled_lexicon", "is_grounded", "is_manner", "is_revealing",
           "load_lexicon", "without_grounds"]
