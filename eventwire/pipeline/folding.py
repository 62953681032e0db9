"""Folded events: an event embedded under a verb that sets its status.

"Russia threatened to attack Ukraine" reports two acts: the threat (138, it happened) and the
attack (190, only threatened). The trigger matcher codes the governing act with the embedded word
as one of its constraints; this module says which governing verbs fold an event, where the
embedded event sits under them, and which status they give it (``folding.yaml``):
threaten/urge/call for -> possible, agree/plan/promise -> planned, refuse/cancel/call off ->
negated, halt/suspend/stop -> the act's own status (it was under way: occurred). A negated
governor turns the reading round: "did not rule out talks" leaves the talks open (possible),
"did not agree to withdraw" denies the withdrawal (negated).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.knowledge.patterns import TriggerPattern
from eventwire.pipeline.trigger_arguments import CLAUSE_FOR, clause_marker

DATA_FILE = "folding.yaml"
STATUS_CLASSES: tuple[str, ...] = ("negated", "possible", "planned", "occurred")
# The precedence of statuses along a chain of governing words (the factuality guideline).
PRECEDENCE: dict[str, int] = {"occurred": 0, "planned": 1, "possible": 2, "negated": 3}
PREP_DEP = "prep"
OBJECT_OF_PREP = "pobj"


class ObligationCode(BaseModel):
    """The demand and appeal codes for obliged events whose code starts with ``prefix``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    prefix: str
    demand: str
    appeal: str
    intent: str


class Obligations(BaseModel):
    """Modal words (``have_to`` for "has to") that make an event an obligation."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    demand: frozenset[Word]
    appeal: frozenset[Word]
    told_done: frozenset[Word] = frozenset()


class FoldingLexicon(BaseModel):
    """The governing verbs of ``folding.yaml`` by the status they give the embedded event."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    possible: frozenset[Word]
    planned: frozenset[Word]
    negated: frozenset[Word]
    occurred: frozenset[Word]
    performed_objects: dict[Word, frozenset[Word]]
    weighed_objects: dict[Word, frozenset[Word]]
    slot_deps: frozenset[Word]
    obligations: Obligations
    obligation_codes: tuple[ObligationCode, ...]
    intent_complements: frozenset[Word]

    def status_of(self, key: str) -> str | None:
        """The status a governing verb key (``call_off``) gives its embedded event."""
        return next((s for s in STATUS_CLASSES if key in getattr(self, s)), None)

    def obligation_code(self, kind: str, code: str) -> str:
        """The demand, appeal or intent code (``kind``) for an asked act with CAMEO ``code``."""
        ranked = sorted(self.obligation_codes, key=lambda o: -len(o.prefix))
        found = next(o for o in ranked if code.startswith(o.prefix))
        return str(getattr(found, kind))

    @property
    def verbs(self) -> frozenset[str]:
        return self.possible | self.planned | self.negated | self.occurred


def load_lexicon(path: Path | None = None) -> FoldingLexicon:
    """Read and validate ``folding.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, FoldingLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> FoldingLexicon:
    return load_lexicon()


def verb_key(verb: Token) -> str:
    """The lemma, joined with its particle for phrasal verbs: ``called off`` -> ``call_off``."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    return f"{lemma}_{particles[0]}" if particles else lemma


def governing_fold(token: Token, lexicon: FoldingLexicon) -> tuple[Token, str] | None:
    """The verb that folds ``token``'s event and the status it gives it, if any.

    ``token`` must sit in a slot of the verb: one of its complements or objects, or the object
    of a preposition listed with the verb ("called for talks")."""
    parent = token.head
    if parent.i == token.i:
        return None
    if token.dep_ in lexicon.slot_deps and parent.pos_ in ("VERB", "AUX"):
        key = verb_key(parent)
        if token.lemma_.lower() in lexicon.performed_objects.get(key, ()):
            return None  # "offered condolences": the offer is the act, nothing is folded
        status = lexicon.status_of(key)
        return (parent, status) if status else None
    if token.dep_ == OBJECT_OF_PREP and parent.dep_ == PREP_DEP and parent.head.i != parent.i:
        verb = parent.head
        if verb.pos_ != "VERB":
            return None
        status = lexicon.status_of(f"{verb.lemma_.lower()}_{parent.lower_}")
        return (verb, status) if status else None
    markers = clause_marker(parent, CLAUSE_FOR) if parent.pos_ == "VERB" else []
    if any(m.head.i == token.i for m in markers):
        # "pushed for the council to approve it": the clause is the object of "for"
        status = lexicon.status_of(f"{parent.lemma_.lower()}_{CLAUSE_FOR}")
        return (parent, status) if status else None
    return None


def embedded_slots(verb: Token, lexicon: FoldingLexicon) -> list[Token]:
    """Tokens under a folding ``verb`` that may head an embedded event."""
    near = [*verb.children]
    near += [g for c in verb.children if c.dep_ == PREP_DEP for g in c.children]
    return [t for t in near if _folded_by(t, verb, lexicon)]


def _folded_by(token: Token, verb: Token, lexicon: FoldingLexicon) -> bool:
    found = governing_fold(token, lexicon)
    return found is not None and found[0].i == verb.i


class Matched(Protocol):
    """A matched pattern at a head token (the trigger matcher's candidates)."""

    @property
    def head(self) -> int: ...

    @property
    def pattern(self) -> TriggerPattern: ...


MatchedT = TypeVar("MatchedT", bound=Matched)


def folded_candidates(
    doc: Doc, ranked: Sequence[MatchedT], kept: Sequence[MatchedT], lexicon: FoldingLexicon
) -> list[tuple[MatchedT, int]]:
    """Embedded events the winners ``kept`` fold ("threatened to **attack**"): at each slot of
    a folding verb that heads a winner, the best of the ``ranked`` candidates headed there,
    unless a block wins it, its head is a trigger already or its act is of the winner's own
    CAMEO root, which the winner's code already names ("declined to **comment**" is the decline
    of comment, 011, not also a comment); each with the folding verb's token."""
    heads = {c.head for c in kept}
    found: list[tuple[MatchedT, int]] = []
    for winner in kept:
        governor = doc[winner.head]
        if governor.pos_ != "VERB":
            continue
        for slot in embedded_slots(governor, lexicon):
            best = next((c for c in ranked if c.head == slot.i), None)
            if best is None or best.pattern.blocks or slot.i in heads \
                    or _same_root(best.pattern.code, winner.pattern.code):
                continue
            heads.add(slot.i)
            found.append((best, governor.i))
    return found


def _same_root(code: str | None, other: str | None) -> bool:
    return code is not None and other is not None and code[:2] == other[:2]


# Past and perfect forms of an obligation verb: "had to", "has had to".
PAST_FORMS = frozenset({"VBD", "VBN"})


def _is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _shares_predicate(verb: Token) -> bool:
    """A bare verb joined to the verb before it, with no subject or auxiliary of its own: it
    shares that verb's modal words ("must withdraw and release", "has to stay and monitor")."""
    return (verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ == "VERB"
            and verb.head.i < verb.i and not any(
                c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} and c.tag_ != "TO"
                for c in verb.children))


def at_least(status: str, floor: str) -> str:
    """The stronger of two statuses by precedence (an obliged event is at least possible)."""
    return floor if PRECEDENCE[floor] > PRECEDENCE.get(status, 0) else status


def folded_status(token: Token, own: str, lexicon: FoldingLexicon) -> str:
    """The status of the event at ``token`` given its own (the factuality component's) and
    the one its folding verb gives: the stronger by precedence; under a negated folding verb
    a negating fold leaves the event open and any other fold denies it. An ended act
    ("suspended its air strikes") and a weighed said act ("is considering his request") keep
    their own status."""
    found = governing_fold(token, lexicon)
    if found is None:
        return own
    verb, status = found
    if status == "occurred":
        return own  # an ended act: its own cues decide, not those of the ending
    if token.lemma_.lower() in lexicon.weighed_objects.get(verb_key(verb), ()):
        return own  # "is considering his request": the request was made
    if _is_negated(verb):
        return "possible" if status == "negated" else "negated"
    return at_least(own, status)


def refined_request(code: str, embedded: str, lexicon: FoldingLexicon, own_act: bool = False
                    ) -> str:
    """The code of a residual appeal or demand (020, 100: the ``obligation_codes`` row of the
    empty prefix) that folds an embedded act, by what it asks for, as CAMEO's 02 and 10 subcodes
    are: "asked Japan to send aid" appeals for aid (023), "demanded that they hold talks" demands
    a meeting (106). With ``own_act`` (an ``intent_complements`` verb whose open complement is
    its subject's act: "sought to deepen ties") the residual appeal is the intent to do that act
    (031). Any other code is kept."""
    if own_act and code == lexicon.obligation_code("appeal", ""):
        return lexicon.obligation_code("intent", embedded)
    for kind in ("appeal", "demand"):
        if code == lexicon.obligation_code(kind, ""):
            return lexicon.obligation_code(kind, embedded)
    return code


def _kind(word: str, lexicon: FoldingLexicon) -> str | None:
    if word in lexicon.obligations.demand:
        return "demand"
    return "appeal" if word in lexicon.obligations.appeal else None


def obligation(verb: Token, lexicon: FoldingLexicon) -> tuple[str, int, int] | None:
    """Whether ``verb`` is obliged ("must withdraw", "has to withdraw", "should withdraw"):
    the kind (demand or appeal) and the token range of the modal words. A negated
    obligation ("must not attack") is left alone: it asks for another act, and so is a modal
    before its subject, which opens a condition or a question ("should the court rule against
    it", "must Iran withdraw?")."""
    if verb.pos_ != "VERB" or _is_negated(verb):
        return None
    if _shares_predicate(verb):  # "has to withdraw and release the prisoners"
        return obligation(verb.head, lexicon)
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    for child in verb.children:
        inverted = any(child.i < i for i in subjects)
        kind = _kind(child.lemma_.lower(), lexicon) if child.dep_ == "aux" and not inverted \
            else None
        if kind is not None:
            return kind, child.i, child.i + 1
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.i >= verb.i or _is_negated(governor):
        return None
    word = f"{governor.lemma_.lower()}_to"
    if word in lexicon.obligations.told_done and governor.tag_ in PAST_FORMS:
        return None  # "had to withdraw": the act was done, no one demands it
    kind = _kind(word, lexicon)
    return (kind, governor.i, verb.i) if kind is not None else None


__all__ = [
    "FoldingLexicon",
    "at_least",
    "bundled_lexicon",
    "embedded_slots",
    "folded_candidates",
    "folded_status",
    "governing_fold",
    "load_lexicon",
    "obligation",
    "refined_request",
]
