"""A yield refused: CAMEO codes "refused to lift the sanctions" as a refusal to ease sanctions
(1244), not as a refusal of some kind, and "will not release the prisoners", said by the one
who holds them, as a refusal to release persons (1243), not only as a release that did not
happen.

The refusal is the refusing actor's act, coded with the refused act's code in the refusals
table (``reported_acts.refusals`` of ``attribution.yaml``, the table the reported refusals
read: 0841 -> 1243, 085 -> 1244, 087 -> 1246, 08 -> 124):

* a verb of refusal governing the yield ("*refused* to lift the sanctions", "*declined* to free
  them") is coded as a refusal of some kind (120, 124) by its own trigger; its code is narrowed
  to the refused act's refusal code (1244). The negated yield keeps its own event and status
  (the factuality of that act).
* a yield its own actor declares it will not make (:func:`declared_refusal`: "the government
  *will not* release the prisoners", "we *won't* lift the sanctions", "*would never*
  withdraw", "has *no intention of* withdrawing", "does *not intend to* withdraw") is refused
  by that declaration: a refusal event, which occurred, its source the refuser, its trigger
  the declaration ("will not release the prisoners", headed by the modal). The negated yield
  keeps its own record, as under a refusal verb and in a reported refusal: the factuality of
  that act ("lift" is negated; replacing its event with the refusal, tried, left the
  factuality suite's negated yields without an event of their own). The refusal is a
  sentence's first act that occurred, so it is the one the class and role suites read, as a
  replacement would be. A yield in a leading statement ("Japan said it would not lift the
  sanctions") is left to the reported acts (``eventwire.reported_acts``): the speaker's own
  refusal there, another speaker's forecast otherwise.

The words of a declaration are data (``eventwire/data/refusals.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.ontology import Ontology
from eventwire.pipeline.context import original_slice
from eventwire.pipeline.mentions import ActorMention
from eventwire.records import Actor, Event, Span, stable_hash
from eventwire.reported_acts import bundled_lexicon as attribution_lexicon
from eventwire.reported_acts import leading_statement

YIELD_ROOT = "08"
# Codes of a refusal verb's own trigger that the refused act may narrow.
GENERAL_REFUSALS = frozenset({"120", "124"})
NEGATED = "negated"
OCCURRED: Literal["occurred"] = "occurred"
DATA_FILE = "refusals.yaml"
RULE = "ew.refusal.declared"
# The declared refusal's ``extra`` key naming the negated yield's event id.
REFUSED_KEY = "refused_act"
SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
GERUND_DEP = "pcomp"
OPEN_COMPLEMENT_DEPS = frozenset({"xcomp", "acl"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# The auxiliaries and the negation of a declaration's verb: "*does not* intend to".
DECLARATION_DEPS = frozenset({"aux", "neg"})


class RefusalLexicon(BaseModel):
    """The validated contents of ``refusals.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    roots: frozenset[str] = Field(min_length=1)
    will_modals: frozenset[Word]
    negation_words: frozenset[Word]
    perfect_auxiliaries: frozenset[Word]
    intention_nouns: frozenset[Word]
    intention_determiners: frozenset[Word]
    possession_verbs: frozenset[Word]
    intention_verbs: frozenset[Word]
    condition_marks: frozenset[Word]
    speaker_pronouns: frozenset[Word]


def load_lexicon(path: Path | None = None) -> RefusalLexicon:
    """Read and validate ``refusals.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, RefusalLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> RefusalLexicon:
    return load_lexicon()


def _head(doc: Doc, event: Event) -> Token | None:
    span = event.extra.get("trigger_head")
    if not isinstance(span, list) or len(span) != len(("start", "end")):
        return None
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return found.root if found is not None else None


def refusal_code(code: str) -> str | None:
    """The refusal code of a refused yield ``code`` (root 08 only), or None."""
    if not code.startswith(YIELD_ROOT):
        return None
    return attribution_lexicon().reported_acts.refusal(code)


def _refusal_verb(head: Token) -> Token | None:
    """The verb of refusal whose open complement ``head`` is: "*refused* to lift"."""
    governor = head.head
    if head.dep_ == "xcomp" and governor.i != head.i \
            and governor.lemma_.lower() in attribution_lexicon().reported_acts.refusal_verbs:
        return governor
    return None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _negated(verb: Token, lex: RefusalLexicon) -> bool:
    return any(c.dep_ == "neg" and c.lower_ in lex.negation_words for c in verb.children)


def _will_not(verb: Token, lex: RefusalLexicon) -> Token | None:
    """The modal of "*will* not release", "*wo*n't lift", "*would* never withdraw"; None for
    "would not have freed" and an unnegated or modal-less verb."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if not _negated(verb, lex) or any(_lemma(a) in lex.perfect_auxiliaries for a in auxiliaries):
        return None
    return next((a for a in auxiliaries if a.lower_ in lex.will_modals), None)


def _no_intention(act: Token, lex: RefusalLexicon) -> Token | None:
    """The verb of "*has no intention of* withdrawing", "*has no plans to* lift", "*does not
    intend to* withdraw" whose subject declares ``act`` will not be done, or None."""
    governor = act.head
    if act.dep_ in OPEN_COMPLEMENT_DEPS and _lemma(governor) in lex.intention_verbs \
            and governor.pos_ == "VERB" and _negated(governor, lex):
        return governor
    noun = governor.head if act.dep_ == GERUND_DEP and governor.lower_ == "of" else governor
    if act.dep_ not in (GERUND_DEP, *OPEN_COMPLEMENT_DEPS) or _lemma(noun) not in \
            lex.intention_nouns or noun.dep_ not in OBJECT_DEPS:
        return None
    if not any(c.lower_ in lex.intention_determiners for c in noun.children):
        return None
    verb = noun.head
    return verb if _lemma(verb) in lex.possession_verbs else None


def _conditional(verb: Token, lex: RefusalLexicon) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in lex.condition_marks for c in verb.children)


def declared_refusal(doc: Doc, head: Token, lex: RefusalLexicon
                     ) -> tuple[Token, Token] | None:
    """(subject, first word of the declaration) of a declaration that the yield at ``head``
    will not be made, or None: a modal of will with a negation on the yield's verb ("*will*
    not release"), or a negated intention governing it ("*has* no intention of withdrawing"),
    in an active clause with a subject, no condition and no leading statement of a speaker."""
    if head.pos_ != "VERB":
        return None
    modal = _will_not(head, lex)
    declaring = head if modal is not None else _no_intention(head, lex)
    if declaring is None or _conditional(declaring, lex) or _conditional(head, lex):
        return None
    if any(c.dep_ in PASSIVE_DEPS for c in head.children):
        return None
    attribution = (doc._.ew_attribution or {}).get(head.i)
    if attribution is not None and leading_statement(doc, attribution, head.i):
        return None
    subject = next((c for c in declaring.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    return subject, modal if modal is not None else declaring


def _refuser(doc: Doc, event: Event, subject: Token, lex: RefusalLexicon,
             actor: Callable[[ActorMention], Actor] | None) -> Actor | None:
    """The refusal's source: the yield's own source, else the declaring subject's actor ("the
    army has no intention of withdrawing"), else the quoted speaker of a "we" ("We will not
    lift the sanctions, the minister said")."""
    if event.source is not None:
        return event.source
    if actor is not None:
        mention = next((m for m in doc._.ew_actors or () if m.head == subject.i), None)
        if mention is not None:
            return actor(mention)
    if subject.lower_ in lex.speaker_pronouns:
        return event.attribution
    return None


def _refusal(doc: Doc, event: Event, first: Token, code: str, source: Actor,
             ontology: Ontology) -> Event:
    """The declared refusal of the negated yield ``event``: its trigger runs from the
    declaration's first word to the yield's last ("won't lift the sanctions", "does not intend
    to withdraw"), headed by its modal or verb of intention, so that the refusal is not read
    as the yield's own status."""
    verb = first.head if first.dep_ == "aux" else first
    words = [first, *(c for c in verb.children if c.dep_ in DECLARATION_DEPS)]
    start = min(*(w.idx for w in words), event.trigger.start)
    trigger = Span(start=start, end=event.trigger.end,
                   text=original_slice(doc, start, event.trigger.end))
    extra = {**event.extra, "trigger_head": [first.idx, first.idx + len(first.text)],
             REFUSED_KEY: event.id}
    return replace(event, id=stable_hash(event.id, RULE), trigger=trigger,
                   cameo=ontology.cameo(code),
                   plover=ontology.plover(code), source=source, status=OCCURRED, rule=RULE,
                   extra=extra)


def with_refusals(doc: Doc, events: list[Event], ontology: Ontology,
                  actor: Callable[[ActorMention], Actor] | None = None,
                  lex: RefusalLexicon | None = None, declared: bool = True) -> list[Event]:
    """``events`` with the refusals of their refused yields (see the module); ``actor`` makes
    the record of an actor mention (for a refuser that is not the yield's source). Without
    ``declared`` (PETRARCH's own setup, which codes a negated yield as the yield) a declared
    refusal is left the negated yield."""
    lex = lex if lex is not None else bundled_lexicon()
    reported = {e.extra.get("reported_act") for e in events}
    by_start = {e.trigger.start: i for i, e in enumerate(events)
                if e.cameo.code in GENERAL_REFUSALS}
    result = list(events)
    for event in events:
        if event.status != NEGATED or event.id in reported:
            continue
        code = refusal_code(event.cameo.code)
        head = _head(doc, event)
        if code is None or head is None:
            continue
        verb = _refusal_verb(head)
        if verb is not None:
            index = by_start.get(verb.idx)
            if index is not None:
                result[index] = replace(result[index], cameo=ontology.cameo(code),
                                        plover=ontology.plover(code))
            continue
        if not declared or event.cameo.root not in lex.roots:
            continue
        found = declared_refusal(doc, head, lex)
        source = None if found is None else _refuser(doc, event, found[0], lex, actor)
        if found is not None and source is not None:
            result.append(_refusal(doc, event, found[1], code, source, ontology))
    return result


__all__ = ["RefusalLexicon", "declared_refusal", "load_lexicon", "refusal_code",
           "with_refusals"]
