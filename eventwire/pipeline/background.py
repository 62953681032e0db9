"""Background mentions, which report no new event (read by the assembler).

"Since the war", "the war in Iraq was a mistake", "after the Sept. 11 attacks", "the
investigation has cost millions": on news, a noun of force, violence or investigation (the
CAMEO roots of ``background.yaml``) with neither a source nor a target mostly recalls a past
war, re-mentions an event already reported, or speaks of war in general. Such a noun gives
no event unless something ties it to a particular, recent time:

* a word of its own phrase, or of the clause it is the subject of, names a recent time or a
  new occurrence ("fighting **on Monday**", "**yesterday's** attacks", "**new** attacks",
  "the attack **on Sunday** killed nine");
* it fills a short span ("a **week** of fighting");
* it is the subject of a verb reporting it as happening ("fighting **broke out**");
* someone is held responsible for it ("**responsible for** the killings");
* it is halted, so it was under way ("**halt** the raids");
* it is an indefinite subject of a modal clause, a hypothesis rather than a re-mention ("**a**
  prolonged siege **could** trigger famine": possible; "the war could end" stays background).

A noun with an actor is an event as before ("the army's attack on the town"), and so is every
verb. The words are data (``eventwire/data/background.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import Frame
from eventwire.pipeline.trigger_words import regular_bases

DATA_FILE = "background.yaml"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A clause verb's modifiers that may say when its subject happened ("on Monday", "overnight").
TIME_DEPS = frozenset({"npadvmod", "prep", "advmod", "tmod"})


class BackgroundLexicon(BaseModel):
    """The validated contents of ``background.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    roots: frozenset[str]
    anchor_words: frozenset[Word]
    span_nouns: frozenset[Word]
    occurrence_verbs: frozenset[Word]
    ending_verbs: frozenset[Word]
    responsibility_words: frozenset[Word]


def load_lexicon(path: Path | None = None) -> BackgroundLexicon:
    """Read and validate ``background.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, BackgroundLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> BackgroundLexicon:
    return load_lexicon()


def _subject_like(noun: Token) -> bool:
    """A subject, or what an existential "there is" introduces ("there was fighting")."""
    if noun.dep_ in SUBJECT_DEPS:
        return True
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def _context(noun: Token) -> Iterator[Token]:
    """The noun's own phrase and, when it is a subject, its verb's modifiers of time."""
    yield from noun.subtree
    if _subject_like(noun):
        for child in noun.head.children:
            if child.dep_ in TIME_DEPS:
                yield from child.subtree


def _fills_a_span(noun: Token, lex: BackgroundLexicon) -> bool:
    """"A week of fighting": the noun is the object of an "of" on a noun of a short span."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    return prep.head.lemma_.lower() in lex.span_nouns


def _happens(verb: Token, lex: BackgroundLexicon) -> bool:
    """A verb of happening, by its lemma or by the base of a regular inflection the
    lemmatizer missed ("raged")."""
    bases = {verb.lemma_.lower()} | regular_bases(verb.lower_)
    return not bases.isdisjoint(lex.occurrence_verbs)


def _reported_happening(noun: Token, lex: BackgroundLexicon) -> bool:
    """The noun is the subject of a verb of happening ("battles raged"), or a relative clause
    on it says so ("attacks that have targeted the port")."""
    if noun.dep_ in SUBJECT_DEPS and _happens(noun.head, lex):
        return True
    return any(c.dep_ == "relcl" and _happens(c, lex) for c in noun.children)


def _halted(noun: Token, lex: BackgroundLexicon) -> bool:
    """"Halt the raids", "the shelling was stopped": an act halted was under way."""
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in lex.ending_verbs


def _held_responsible(noun: Token, lex: BackgroundLexicon) -> bool:
    """"Responsible for the killings", "blamed for the attack": someone is named as the doer."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" \
        and prep.head.lemma_.lower() in lex.responsibility_words


def _hypothesised(noun: Token) -> bool:
    """"A blockade might trigger a crisis": an indefinite subject of a clause with a modal
    auxiliary names a possible act, where a re-mention would be definite."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    return indefinite and noun.dep_ in SUBJECT_DEPS and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in noun.head.children)


def _first_conjunct(noun: Token) -> Token:
    """"The bombardment and siege continue": a conjunct stands where the first one does."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def is_anchored(noun: Token, lex: BackgroundLexicon) -> bool:
    """Whether the noun is tied to a particular, recent time (see the module's docstring)."""
    if any(t.lower_ in lex.anchor_words for t in _context(noun) if t.i != noun.i):
        return True
    first = _first_conjunct(noun)
    if first.i != noun.i and any(t.lower_ in lex.anchor_words for t in _context(first)):
        return True
    return _fills_a_span(first, lex) or _reported_happening(first, lex) \
        or _held_responsible(first, lex) or _halted(first, lex) or _hypothesised(first)


def is_background(doc: Doc, frame: Frame, lex: BackgroundLexicon | None = None) -> bool:
    """A nominal trigger of the lexicon's roots with no actor and no anchor in time."""
    lex = lex or bundled_lexicon()
    trigger = frame.trigger
    if trigger.pos != "NOUN" or trigger.code[:2] not in lex.roots:
        return False
    if frame.source is not None or frame.target is not None:
        return False
    return not is_anchored(doc[trigger.head], lex)


__all__ = ["BackgroundLexicon", "bundled_lexicon", "is_anchored", "is_background", "load_lexicon"]
