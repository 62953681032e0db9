"""Acts referred to by another act keep their own status (part of ``ew_factuality``).

A word that refers to an act does not pass its own tense, modals or negation to it, nor the
words above it: "the committee **will consider** the comments" does not make the comments
planned (they were made), "the minister **did not respond** to the accusations" does not deny
the accusations. Three shapes end the walk up the tree (``factuality.py``) at such a word, the
event noun's own cues ("next week's", "proposed", "upcoming") deciding, as for any bare noun:

- a word that refers to an act already done, with the event noun as its object ("will condemn
  the killings", "will respond to the accusations", "an inquiry into allegations of fraud":
  ``referring_words``); not an unspecific one ("would respond to any attack");
- a word that weighs or judges a said act ("will consider the comments", "may accept the
  offer", "dismissed the accusations": ``weighing_words`` with ``said_act_nouns``); any other
  object stays an option ("is considering sanctions": possible);
- an adjunct whose object has a time of its own: before the clause ("will speak after the
  attack", "following the arrests", "despite the ban": ``retrospective_preps``; a said act
  the act is done at, "at the request of the king") or still
  ahead ("gathered ahead of the summit", "in anticipation of talks": ``prospective_words``,
  planned).

The occasion a future act happens at ("will speak **at** a meeting") is ahead too: planned,
whatever the act's modals and negation (``is_occasion``).

The word lists are data in ``eventwire/data/factuality.yaml``. See docs/factuality.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.pipeline.factuality_hedges import Cue
from eventwire.pipeline.factuality_lexicon import FactualityLexicon, known_lemma, verb_key
from eventwire.pipeline.factuality_tree import Step

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# How a word takes the act it refers to: a verb's object or passive subject, or the object of
# one of its prepositions (also a noun's).
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
PLANNED = "planned"


@dataclass(frozen=True, slots=True)
class Reference:
    """The walk ends at a referring word; ``cue`` is the status it gives the act, if any."""

    word: Token
    cue: Cue | None = None


class ReferenceRules:
    """The referring-word rules over one lexicon (built once per component)."""

    def __init__(self, lexicon: FactualityLexicon) -> None:
        self.lex = lexicon
        self.known = lexicon.verbs

    def reference(self, step: Step, head: Token, topic: bool) -> Reference | None:
        """How ``step`` refers to the act the walk started at (``head``), or None. ``topic``:
        ``head`` is the event's own word (not the object noun a phrase trigger is judged at,
        whose verb is the event: "investigate the attack" is an investigation)."""
        if step.child.pos_ not in NOMINAL_POS:
            return None
        adjunct = self._adjunct(step)
        if adjunct is not None:
            return adjunct
        if not topic or step.child.i != head.i or self._is_unspecific(head):
            return None
        keys = self._keys(step)
        if keys & self.lex.referring_words:
            return Reference(step.governor)
        if keys & self.lex.weighing_words and self._is_said_act(head):
            return Reference(step.governor)
        return None

    def _adjunct(self, step: Step) -> Reference | None:
        """An adjunct of a time of its own: "after the attack", "at the request of the king"
        (the act's own status), "ahead of the summit" (planned)."""
        prep = step.prep.lower_ if step.prep is not None else None
        if prep in self.lex.retrospective_preps:
            return Reference(step.prep) if step.prep is not None else None
        if prep in self.lex.future_occasion_preps and self._is_said_act(step.child):
            return Reference(step.governor)  # "at the request of the king": made before
        gov = step.governor
        if step.via == "dobj" and gov.dep_ == "prep" and gov.lower_ in self.lex.retrospective_preps:
            return Reference(gov)  # "following (prep) the arrests (dobj)"
        if prep is not None and f"{gov.lower_}_{prep}" in self.lex.prospective_words:
            return Reference(gov, Cue(PLANNED, gov))
        return None

    def is_occasion(self, step: Step) -> bool:
        """The event is the occasion the act above it happens at ("will speak **at** a
        meeting"): a future act puts it ahead (planned); the act's modals and negation are the
        act's alone ("will not speak at the meeting": the meeting is still planned). Not a
        span that may be under way ("will stay silent **during** the negotiations"), nor a
        said act ("will stay **at** the request of the king": the request was made)."""
        child = step.child
        return (step.via == "prep" and step.prep is not None
                and step.prep.lower_ in self.lex.future_occasion_preps
                and child.pos_ in NOMINAL_POS and not self._is_said_act(child))

    def _keys(self, step: Step) -> set[str]:
        """The keys the governor may be listed under: a verb alone for its object ("condemn"),
        any word with the preposition that takes the act ("respond_to", "inquiry_into")."""
        gov = step.governor
        if gov.pos_ in NOMINAL_POS:
            word = gov.lemma_.lower()
        elif gov.pos_ == "VERB":
            word = known_lemma(gov, self.known)
        else:
            return set()
        if step.via == "prep" and step.prep is not None:
            return {f"{word}_{step.prep.lower_}"}
        if gov.pos_ == "VERB" and step.via in OBJECT_DEPS:
            return {word, verb_key(gov, self.known)}
        return set()

    def _is_unspecific(self, noun: Token) -> bool:
        """"any attack", "every proposal": not an act done that a word could refer to."""
        return any(c.dep_ == "det" and c.lower_ in self.lex.unspecific_determiners
                   for c in noun.children)

    def _is_said_act(self, noun: Token) -> bool:
        return noun.lemma_.lower() in self.lex.said_act_nouns or (
            noun.lower_ in self.lex.said_act_nouns)
