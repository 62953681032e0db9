"""Declining to comment, said with a negation (part of ``ew_triggers``).

"The ministry did not respond to requests for comment", "officials would not say whether",
"the spokesman had no comment", and with a verb of refusal, "declined to speak to reporters",
"refused to take questions": the negation or refusal is the act, an explicit refusal. CAMEO
codes each as 011 (decline comment), which occurred, not as the negated reply, statement or
request its words would otherwise be coded as. :func:`with_declines` adds a 011 trigger on the
construction's verb and removes the triggers headed by the words it takes; the trigger's
``extra`` names the negation and modal tokens that make the refusal (``ACT_CUES_KEY``), which
the factuality component does not read as the event's negation. Declining with a refusal verb
("declined to comment") is an ordinary trigger pattern. A verb of rejection whose object is
someone's remarks ("rejected the senator's comments", "dismissed his remarks as baseless")
declines nothing: what was said is denied, and a 011 trigger on it is recoded as a denial
(016), as the rejection of a claim is; "refused comment" keeps 011. The words are data
(``eventwire/data/declines.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import PATTERN_CODE_KEY, TriggerMatch

DATA_FILE = "declines.yaml"
RULE = "ew.decline_comment.{kind}"
# The trigger's ``extra`` key: tokens whose negation or modality is the refusal itself.
ACT_CUES_KEY = "act_cues"
# As specific as a pattern with one constraint word (see ``triggers.Candidate.rank``).
SPECIFICITY = 2
OBJECT_DEPS = frozenset({"dobj", "obj"})
OBJECT_OF_PREP = "pobj"
ADJECTIVE_DEP = "amod"
# A singular common noun: "for comment", not "for his comments".
SINGULAR_NOUN_TAG = "NN"
# What makes a noun of remarks someone's: "*the* comments", "*his* remark".
REMARK_DETERMINER_DEPS = frozenset({"det", "poss"})
TYPOGRAPHIC_APOSTROPHE = "\u2019"


class DeclineLexicon(BaseModel):
    """The validated contents of ``declines.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    code: str = Field(pattern=r"^\d{3,4}$")
    negation_words: frozenset[Word]
    response_verbs: frozenset[Word]
    refusal_verbs: frozenset[Word]
    question_nouns: frozenset[Word]
    request_nouns: frozenset[Word]
    comment_words: frozenset[Word]
    reticent_verbs: frozenset[Word]
    reticent_modals: frozenset[Word]
    no_comment_verbs: frozenset[Word]
    no_comment_nouns: frozenset[Word]
    no_comment_determiners: frozenset[Word]
    refusal_control_verbs: frozenset[Word]
    withheld_speech_verbs: frozenset[Word]
    meeting_preps: frozenset[Word]
    party_speech_verbs: frozenset[Word]
    party_preps: frozenset[Word]
    audience_nouns: frozenset[Word]
    sought_preps: frozenset[Word] = frozenset()
    denial_code: str = Field(pattern=r"^\d{3,4}$")
    rejection_verbs: frozenset[Word]
    remark_nouns: frozenset[Word]


def load_lexicon(path: Path | None = None) -> DeclineLexicon:
    """Read and validate ``declines.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, DeclineLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> DeclineLexicon:
    return load_lexicon()


@dataclass(frozen=True, slots=True)
class Decline:
    """One construction: its verb, the words it takes and the tokens of its refusal."""

    kind: str
    verb: Token
    taken: tuple[int, ...]
    cues: tuple[int, ...]


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _negation(verb: Token, lex: DeclineLexicon) -> Token | None:
    """The negation on ``verb``; a typographic apostrophe ("didn’t") reads as a plain one."""
    return next((c for c in verb.children if c.dep_ == "neg"
                 and c.lower_.replace(TYPOGRAPHIC_APOSTROPHE, "'") in lex.negation_words), None)


def _asks_for_comment(noun: Token, lex: DeclineLexicon) -> list[Token] | None:
    """The words of a request for comment ("questions", "requests for comment", "calls seeking
    comment", "interview requests"), or None."""
    lemma = _lemma(noun)
    if lemma in lex.question_nouns:
        return [noun]
    if lemma not in lex.request_nouns:
        return None
    comment = [t for t in noun.subtree if t.i != noun.i and _lemma(t) in lex.comment_words]
    return [noun, *(t for c in comment for t in _path_up(c, noun))] if comment else None


def _path_up(token: Token, top: Token) -> list[Token]:
    """``token`` and its governors below ``top`` ("comment" <- "seeking" under "calls")."""
    path = [token]
    while path[-1].head.i not in {top.i, path[-1].i}:
        path.append(path[-1].head)
    return path


def _unanswered(verb: Token) -> Iterator[Token]:
    """What goes unanswered: the verb's object or the object of its "to"."""
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            yield child
        if child.dep_ == "prep" and child.lower_ == "to":
            yield from (g for g in child.children if g.dep_ == "pobj")


def _response(verb: Token, lex: DeclineLexicon) -> Decline | None:
    """"did not respond to requests for comment", "declined requests for comment"."""
    lemma = _lemma(verb)
    if lemma not in lex.response_verbs and lemma not in lex.refusal_verbs:
        return None  # the common case, decided before looking for a negation
    negation = _negation(verb, lex)
    if negation is not None and lemma in lex.response_verbs:
        cues: tuple[int, ...] = (negation.i,)
    elif negation is None and lemma in lex.refusal_verbs:
        cues = ()
    else:
        return None
    for noun in _unanswered(verb):
        words = _asks_for_comment(noun, lex)
        if words is not None:
            prep = [noun.head.i] if noun.dep_ == "pobj" else []
            return Decline("response", verb, (verb.i, *prep, *(t.i for t in words)), cues)
    return None


def _withheld(complement: Token, lex: DeclineLexicon) -> list[Token] | None:
    """The words of what a refusal's complement withholds: a speech verb with no meeting
    preposition ("to speak to reporters"; not "to speak with the rebels"), or a reply to
    questions ("to take questions", "to answer questions about the deal"), or None."""
    lemma = _lemma(complement)
    if lemma in lex.response_verbs:
        for noun in _unanswered(complement):
            words = _asks_for_comment(noun, lex)
            if words is not None:
                return [complement, *words]
    if lemma not in lex.withheld_speech_verbs or _meets(complement, lex):
        return None
    return [complement]


def _meets(verb: Token, lex: DeclineLexicon) -> bool:
    """"speak with the rebels", "speak to Hamas": a meeting preposition, or the "to" of a verb
    that also names a party talked to (not an audience: "speak to reporters"), makes the
    speech verb talks."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in lex.meeting_preps:
            return True
        if prep.lower_ in lex.party_preps and _lemma(verb) in lex.party_speech_verbs and any(
                g.dep_ == "pobj" and _lemma(g) not in lex.audience_nouns for g in prep.children):
            return True
    return False


def _refusal(verb: Token, lex: DeclineLexicon) -> Decline | None:
    """"declined to speak to reporters", "refused to take questions"."""
    if _lemma(verb) not in lex.refusal_control_verbs or _negation(verb, lex) is not None:
        return None
    for complement in (c for c in verb.children if c.dep_ == "xcomp"):
        words = _withheld(complement, lex)
        if words is not None:
            return Decline("refusal", verb, (verb.i, *(t.i for t in words)), ())
    return None


def _reticence(verb: Token, lex: DeclineLexicon) -> Decline | None:
    """"would not say", "will not comment", "wouldn't speak to reporters" (not "would not
    speak with the rebels")."""
    if _lemma(verb) not in lex.reticent_verbs:
        return None
    negation = _negation(verb, lex)
    if negation is None or _meets(verb, lex):
        return None
    modal = next((c for c in verb.children
                  if c.dep_ == "aux" and c.lower_ in lex.reticent_modals), None)
    return None if modal is None else Decline("reticence", verb, (verb.i,), (modal.i, negation.i))


def _no_comment(verb: Token, lex: DeclineLexicon) -> Decline | None:
    """"had no comment", "offered no comment"."""
    if _lemma(verb) not in lex.no_comment_verbs:
        return None
    for noun in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        det = next((c for c in noun.children if c.lower_ in lex.no_comment_determiners), None)
        if det is not None and _lemma(noun) in lex.no_comment_nouns:
            return Decline("no_comment", verb, (verb.i, noun.i), (det.i,))
    return None


def is_sought_comment(noun: Token, lex: DeclineLexicon) -> bool:
    """A comment word that is the bare singular object of a seeking preposition ("reached
    **for comment**", "asked for immediate comment"): a comment sought, not made."""
    return (_lemma(noun) in lex.comment_words and noun.tag_ == SINGULAR_NOUN_TAG
            and noun.dep_ == OBJECT_OF_PREP and noun.head.lower_ in lex.sought_preps
            and all(c.dep_ == ADJECTIVE_DEP for c in noun.children))


def find_declines(doc: Doc, lex: DeclineLexicon) -> list[Decline]:
    """The constructions of ``doc`` that decline comment, in text order."""
    found = []
    for token in doc:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        decline = (_response(token, lex) or _refusal(token, lex) or _reticence(token, lex)
                   or _no_comment(token, lex))
        if decline is not None:
            found.append(decline)
    return found


def decline_trigger(decline: Decline, code: str) -> TriggerMatch:
    """The 011 trigger of ``decline``: from its verb to the last word it takes."""
    verb = decline.verb
    return TriggerMatch(
        start=verb.i, end=max(decline.taken) + 1, head=verb.i, code=code,
        rule=RULE.format(kind=decline.kind), specificity=SPECIFICITY, pos="VERB",
        extra={"lemma": _lemma(verb), "covered": sorted(decline.taken),
               ACT_CUES_KEY: list(decline.cues)},
    )


def is_rejected_remark(head: Token, lex: DeclineLexicon) -> bool:
    """Whether the verb at ``head`` rejects remarks someone made: a verb of rejection whose
    object is a noun of remarks that is counted, determined or possessed ("rejected *the
    senator's comments*", "dismissed *the remark*"; not "refused comment", "had no comment")."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in lex.rejection_verbs:
        return False
    return any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in lex.remark_nouns and (
        c.tag_ != SINGULAR_NOUN_TAG or any(
            g.dep_ in REMARK_DETERMINER_DEPS and g.lower_ not in lex.no_comment_determiners
            for g in c.children)) for c in head.children)


def with_declines(doc: Doc, triggers: Sequence[TriggerMatch], lex: DeclineLexicon
                  ) -> list[TriggerMatch]:
    """``triggers`` with a 011 trigger for each construction that declines comment, less the
    triggers headed by the words a construction takes (a trigger of the same code on the verb
    is kept as it is)."""
    declines = find_declines(doc, lex)
    kept = {t.head for t in triggers if t.code == lex.code}
    declines = [d for d in declines if d.verb.i not in kept]
    taken = {i for d in declines for i in d.taken}
    result = [t for t in triggers
              if t.head not in taken and not is_sought_comment(doc[t.head], lex)]
    result += [decline_trigger(d, lex.code) for d in declines]
    result = [replace(t, code=lex.denial_code, extra={**t.extra, PATTERN_CODE_KEY: t.code})
              if t.code == lex.code and is_rejected_remark(doc[t.head], lex) else t
              for t in result]
    return sorted(result, key=lambda m: m.head)


__all__ = ["ACT_CUES_KEY", "DeclineLexicon", "find_declines", "is_rejected_remark",
           "is_sought_comment", "load_lexicon", "with_declines"]
