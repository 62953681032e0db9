"""Acts named as the subject of a judgement: "**attacking** them in Syria is in our interest",
"**deporting** the migrants would be a mistake", "**for** the government **to use** chemical
weapons crosses a line".

A clause or gerund that is the subject of a predicate in the simple present, or under a modal,
names a kind of act that is judged, proposed or ruled out; the text does not report it as done.
Such an act is ``possible``, as an infinitive judged by an adjective is ("it is easy to
criticise", docs/factuality.md). Only an act without a subject of its own ("**Trump declaring**
an emergency is wrong" judges a particular act, which may have been done), except the subject
of a "for ... to" infinitive, which is hypothetical by its form. A gerund parsed as a plain
subject, or as a clausal one, must have an object ("attacking **them**"): an event gerund
without one is usually the event itself ("fighting in the city is heavy"). A predicate told
in the past, the perfect or the progressive ("deporting the migrants **was** a mistake",
"fighting **has** killed", "shelling the town **is** continuing") and a verb without an
object that only says that an event happens (``occurrence_predicates``) are left to the other
rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.factuality_lexicon import FactualityLexicon

CLAUSAL_SUBJECT_DEPS = frozenset({"csubj", "csubjpass"})
GERUND_SUBJECT_DEP = "nsubj"
GERUND_TAG = "VBG"
OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp"})
INFINITIVE_TAG = "VB"
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
HYPOTHETICAL_MARK = "for"
CONJUNCT_DEP = "conj"
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
MODAL_TAG = "MD"
AUX_DEPS = frozenset({"aux", "auxpass"})


def _first_conjunct(token: Token) -> Token:
    """"expanding trade, **cracking down** on China ... takes us": the first gerund's place."""
    while token.dep_ == CONJUNCT_DEP and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    return token


def _is_subject_act(act: Token) -> bool:
    hypothetical = any(c.dep_ == "mark" and c.lower_ == HYPOTHETICAL_MARK for c in act.children)
    if not hypothetical and any(c.dep_ in OWN_SUBJECT_DEPS for c in act.children):
        return False
    if act.dep_ not in CLAUSAL_SUBJECT_DEPS and act.dep_ != GERUND_SUBJECT_DEP:
        return False
    if act.tag_ == INFINITIVE_TAG:  # "to criticise him is to side with them"
        return act.dep_ in CLAUSAL_SUBJECT_DEPS
    return act.tag_ == GERUND_TAG and any(c.dep_ in OBJECT_DEPS for c in act.children)


def _judges_now(predicate: Token, lex: FactualityLexicon) -> bool:
    """A predicate in the simple present ("is", "offends") or under a modal ("would be")."""
    if predicate.lemma_.lower() in lex.occurrence_predicates and not any(
            c.dep_ in OBJECT_DEPS for c in predicate.children):
        return False  # "sanctioning the bank begins today"; not "would start a war"
    auxes = [c for c in predicate.children if c.dep_ in AUX_DEPS]
    if any(a.tag_ == MODAL_TAG for a in auxes):
        return True
    return not auxes and predicate.tag_ in PRESENT_TAGS


def judging_predicate(head: Token, lex: FactualityLexicon) -> Token | None:
    """The predicate that judges the act ``head`` names as its subject, or None."""
    act = _first_conjunct(head)
    if not _is_subject_act(act):
        return None
    predicate = act.head
    return predicate if _judges_now(predicate, lex) else None


__all__ = ["judging_predicate"]
