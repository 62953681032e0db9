"""Known events named as the topic of another act (``ew_factuality``, ``factuality.py``).

A definite event noun ("the envoy's appeal", "the civil war", "the probe") names an event the
text takes as given. When it is the object of a verb that does not carry it ("if the council
heeds **the appeal**", "if ordered to intervene in **the war**", "could undermine **the
talks**") or the complement of a plain noun ("his role in **the probe**"), the conditions,
modals and negation of that clause are about the act done to it, not about the event: the
walk up the tree ends there. A verb that carries the noun ("could launch the offensive",
"will hold the talks"), plans, attends or brings it about ("will attend the summit", "meant
to lead to his capture"), or an act done at it ("plans to speak at the meeting") or for it
("a ransom for the release") shares its status.

What is asked, feared or questioned **about** a known event ("asked about the minister's
visit", "questions about the killing") is not the event's status: the walk ends at the topic
preposition without the word class above (``topic_preps``).

"An **imminent** threat" (also "looming", "impending"): the time word is the threatened act's;
the threat itself is made. See docs/factuality.md.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.factuality_lexicon import FactualityLexicon, verb_key
from eventwire.pipeline.factuality_tree import Step
from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.support import support_verb

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# How a verb governs a topic object: its object, or the object of one of its prepositions.
TOPIC_VERB_DEPS = frozenset({"dobj", "prep"})


def is_presupposed(noun: Token, lex: FactualityLexicon) -> bool:
    """A definite or possessed noun ("the war", "this plan", "the envoy's appeal")."""
    return noun.pos_ in NOMINAL_POS and any(
        (c.dep_ == "det" and c.lower_ in lex.definite_determiners) or c.dep_ == "poss"
        for c in noun.children
    )


def cue_nouns(lex: FactualityLexicon) -> frozenset[str]:
    """Nouns whose complement takes their status ("threat of", "plans for", "end to")."""
    return (lex.possible_nouns | lex.planned_nouns | lex.negating_nouns | lex.postponing_nouns
            | lex.ending_nouns)


def ends_at_topic(head: Token, step: Step, lex: FactualityLexicon, roles: RoleLexicon) -> bool:
    """Whether ``step`` (the first above ``head``) makes the known event ``head`` a topic, so
    that nothing above it decides the event's status."""
    if step.child.i != head.i or not is_presupposed(head, lex):
        return False
    gov, prep = step.governor, step.prep.lower_ if step.prep is not None else ""
    if prep in lex.occasion_preps | lex.aim_preps:
        return False
    if prep in lex.topic_preps:
        return True  # "asked about the minister's visit", "questions about the killing"
    if gov.pos_ in NOMINAL_POS:
        return step.via == "prep" and gov.lemma_.lower() not in cue_nouns(lex)
    if gov.pos_ != "VERB" or step.via not in TOPIC_VERB_DEPS:
        return False
    key = verb_key(gov, lex.verbs)
    if key in lex.sharing_verbs | lex.planned_object_verbs | lex.postponing_verbs:
        return False
    return support_verb(head, roles) is None


def names_imminent_risk(noun: Token, modifier: Token, lex: FactualityLexicon) -> bool:
    """"An imminent threat": a time modifier on a risk noun dates the act it threatens."""
    return (modifier.lower_ in lex.imminence_modifiers
            and noun.lemma_.lower() in lex.possible_nouns)
