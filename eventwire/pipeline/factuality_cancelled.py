"""Plans called off in the same sentence (part of ``ew_factuality``).

An act that a plan word announces ("was expected to visit", "had planned to hold talks", "was
due to sign") is *negated* when the plan's clause goes on, in contrast, to call it off: a verb
of cancelling (``cancelling_verbs``) conjoined by a contrast conjunction
(``contrast_conjunctions``) to the plan word or to its infinitive, with no subject of its own
("was expected to visit Ankara on May 3 **but cancelled** the trip") or with a passive subject
("was due to sign the deal, **but** the ceremony **was called off**"). The act is the
infinitive or the noun it takes as object ("was to hold talks"). A postponement is not a
cancellation ("but postponed the trip": still planned, ``postponing_verbs``), nor a verb with a
subject of its own that may be someone else's act ("but rebels cancelled the ceasefire").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.factuality_lexicon import FactualityLexicon, verb_key
from eventwire.pipeline.factuality_tree import is_infinitive

ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "expl"})


def cancelling_conjunct(head: Token, lex: FactualityLexicon) -> Token | None:
    """The verb that calls off the planned act of ``head`` (module docstring), or ``None``."""
    act = _planned_infinitive(head, lex)
    if act is None:
        return None
    plan = act.head
    words = (act, plan, plan.head) if plan.dep_ == "acomp" else (act, plan)  # "was due to"
    return next((c for word in words for c in word.children
                 if c.dep_ == "conj" and c.i > act.i and _cancels(c, word, lex)), None)


def _planned_infinitive(head: Token, lex: FactualityLexicon) -> Token | None:
    """The infinitive of a plan word that is ``head`` or takes ``head`` as object; the
    conjunct may hang from the infinitive, the plan word or the verb of a plan adjective."""
    verb = head.head if head.dep_ == "dobj" and head.pos_ == "NOUN" else head
    if verb.dep_ != "xcomp" or not is_infinitive(verb) or verb.head.i == verb.i:
        return None
    plan = verb.head.lemma_.lower()
    if plan in lex.planned_xcomp_verbs or plan in lex.planned_xcomp_adjectives:
        return verb
    return None


def _cancels(conjunct: Token, first: Token, lex: FactualityLexicon) -> bool:
    """``conjunct`` is a verb of cancelling joined to ``first`` in contrast, not another
    actor's act."""
    contrast = any(c.dep_ == "cc" and c.lower_ in lex.contrast_conjunctions
                   for c in first.children)
    own_subject = any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in conjunct.children)
    return (contrast and conjunct.pos_ == "VERB" and not own_subject
            and verb_key(conjunct) in lex.cancelling_verbs)


__all__ = ["cancelling_conjunct"]
