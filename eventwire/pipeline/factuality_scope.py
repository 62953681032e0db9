"""How far a negation reaches down to an event (``ew_factuality``, ``factuality.py``).

A negation denies its own verb and what that verb brings about, not an event the verb only
takes part in or finds under way:

- Taking part (``participation_words``): "did not **attend** the summit", "refused to
  **participate in** the exercises", "ruled out **joining** air strikes", "would not get
  **involved in** the dispute". The event is held by others and goes on whether or not the
  subject joins it: the negation above is the taking part's. Modals and plans above still
  carry ("will attend the summit": planned).
- An event noun put under way or done by its modifier (``ongoing_modifiers``): "the
  **ongoing** investigation", "the **recent** arrests". Nothing above it is its status.
- A gerund of an earlier time or cause (``retrospective_preps``): "denied the plot after
  **facing** criticism". The clause's negation is not its own.
- A clause told in the past that a wh-word opens (``presupposing_wh_words``): "did not
  explain why the police **fired**". The act is taken for given.
- A negated necessity (``necessity_verbs``): "do not **have** to wait", "did not **need** to
  negotiate" deny the need, not the act, which stays open (possible).

See docs/factuality.md.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.factuality_hedges import Cue
from eventwire.pipeline.factuality_lexicon import FactualityLexicon, known_lemma, verb_key
from eventwire.pipeline.factuality_tree import Step, is_infinitive, is_past_assertion

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# How a verb takes the event it joins: its object or passive subject ("attended the summit",
# "the summit was boycotted"), else through a preposition (written word_preposition).
JOINED_DEPS = frozenset({"dobj", "nsubjpass"})
# Where the modifier of an under-way event stands: "the ongoing investigation".
ONGOING_DEPS = frozenset({"amod", "advmod", "compound"})
# Clauses a wh-word may open under a verb or a preposition: "explain why", "as to why".
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "prep"})
VERBAL_POS = frozenset({"VERB", "AUX"})
WH_TAGS = frozenset({"WRB", "WP", "WDT"})


def participation_keys(step: Step, lex: FactualityLexicon) -> set[str]:
    """The keys ``step``'s governor may be listed under as taking part in ``step.child``:
    the verb alone for its object ("attend"), with the preposition ("participate_in"), with its
    own object and the preposition ("take_part_in")."""
    key = verb_key(step.governor, lex.verbs)
    if step.via in JOINED_DEPS:
        return {key}
    if step.via != "prep" or step.prep is None:
        return set()
    prep = step.prep.lower_
    objects = [c.lower_ for c in step.governor.children if c.dep_ == "dobj"]
    return {f"{key}_{prep}"} | {f"{key}_{word}_{prep}" for word in objects}


def takes_part(step: Step, lex: FactualityLexicon) -> bool:
    """``step.child`` is the event ``step.governor`` takes part in (``participation_words``)."""
    return bool(participation_keys(step, lex) & lex.participation_words)


def is_ongoing(noun: Token, lex: FactualityLexicon) -> bool:
    """An event noun put under way or done by its modifier: "the ongoing investigation"."""
    return noun.pos_ in NOMINAL_POS and any(
        c.dep_ in ONGOING_DEPS and c.lower_ in lex.ongoing_modifiers for c in noun.children)


def denies_need(step: Step, lex: FactualityLexicon) -> bool:
    """``step.child`` is the infinitive right after a verb of necessity ("have to wait",
    "need to negotiate"; not "have not had long to assess"), whose negation denies the need,
    not the act."""
    return (step.via == "xcomp" and is_infinitive(step.child)
            and step.child.left_edge.i == step.governor.i + 1
            and known_lemma(step.governor, lex.verbs) in lex.necessity_verbs)


def is_earlier_gerund(step: Step, lex: FactualityLexicon) -> bool:
    """A gerund after a preposition of an earlier time or a cause ("denied the plot **after
    facing** criticism", "did not resign **despite losing** the vote"): it has happened by
    the time of the clause, so the clause's negation and denial are not its own (its own
    negation is: "resigned after not winning the vote")."""
    return (step.via == "prep" and step.prep is not None
            and step.prep.lower_ in lex.retrospective_preps and step.child.tag_ == "VBG")


def presupposed_question(step: Step, lex: FactualityLexicon) -> bool:
    """A clause told in the past that a wh-word opens ("did not explain **why** the police
    fired", "has no answer as to **how** the prisoner escaped"): the question asks why or how,
    and takes the act for given; nothing above it is its status. Not "whether" or "if" (an
    open question), nor a clause with a modal ("would not say when the talks would resume")."""
    clause = step.child
    if step.via not in QUESTION_CLAUSE_DEPS or clause.pos_ not in VERBAL_POS \
            or not is_past_assertion(clause):
        return False
    return any(c.i < clause.i and c.tag_ in WH_TAGS and c.lower_ in lex.presupposing_wh_words
               for c in clause.children)


def without_denial(cues: list[Cue]) -> list[Cue]:
    """``cues`` less the negations: they are about the taking part, not the event."""
    return [c for c in cues if c.value != "negated"]


def as_open(cues: list[Cue]) -> list[Cue]:
    """``cues`` with each negation made an open possibility: a denied need or permission."""
    return [Cue("possible", c.token) if c.value == "negated" else c for c in cues]
