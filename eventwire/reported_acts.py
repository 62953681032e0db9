"""A statement that reports a hostile act: the speaker's accusation or claim of responsibility.

"The ministry said rebels had shelled the town" reports a shelling (the rebels' event, hedged
``reported``) and is itself an accusation of the rebels by the ministry: CAMEO codes such a
statement as 112 (accuse), not as a neutral comment (010). "The army said its jets struck the
base" is the army's claim of responsibility (015). :func:`reported_act_event` derives that
further event, on the speech verb, from the reported act's event when

* the act is a hostile material act (the ``reported_acts.roots`` of ``attribution.yaml``) that
  occurred (not planned, possible or negated) and has a source;
* it hangs from the speech verb's clause (``Attribution.verb``), and the statement leads the
  sentence: speaker, then speech verb, then the act. A trailing report ("..., officials said")
  names the source of the news, not an accusation, and outlets ("state media reported") never
  accuse;
* the speech verb is not already coded as another kind of statement than a comment (root 01):
  "accused Iran of attacking" is an accusation of its own;
* the act is not the speech verb's object noun: "Russia declared war on Ukraine" is the
  declaration of that war (190), no claim of responsibility (015) for it.

The accused is the act's source (target of the 112); for a claim (the act's source is the
speaker, or both are organs of one state: "the ministry said troops killed five rebels") the
target is the act's target. A leading statement of the speaker's own negated
cooperative act announced with a modal ("Japan said it would not lift the sanctions") is a
refusal (CAMEO 12, by the ``reported_acts.refusals`` table), towards the act's target; "said it
did not lift" reports a past and gives none. The statement's plain comment (010) on the same verb
is then left out (:func:`without_superseded_comments`): one statement is one event.

A trailing report ("Troops shelled the town, officials said") names the source of the news, which
the reported event carries as its ``attribution``; when its clause holds a coded event, the
report's plain comment is left out too, as a CAMEO coder codes the news, not its sourcing. So is
the comment of a statement of the speaker's own act ("Japan said it would send troops", the act's
source the speaker's very mention): the statement announces that act, which is coded, with the
speaker as source and attribution (:func:`uncommented_verbs`). Any other leading statement
("Kenya said the talks failed") stays a statement of its speaker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.errors import DataError
from eventwire.ontology import Ontology, get_ontology
from eventwire.pipeline.attribution import DATA_FILE, AttributionLexicon, load_lexicon
from eventwire.pipeline.mentions import ActorMention, Attribution, Frame
from eventwire.pipeline.quoted_self import quoted_self_mention
from eventwire.pipeline.role_lexicon import load_lexicon as load_role_lexicon
from eventwire.records import Actor, Event, Span, stable_hash

# Relations that keep an event the main predicate of a statement's content: the speech verb's
# clausal complement or object, a verb that complement governs ("said it would **begin**"), a
# conjunct ("agreed and **signed**") and the object noun of either ("announced new **aid**").
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "conj", "dobj"})
RULE_PREFIX = "ew.reported_act."
RULE = RULE_PREFIX + "{kind}"
COMMENT_CODE = "010"
OBJECT_DEP = "dobj"
CLAUSE_DEP = "ccomp"
MODAL_TAG = "MD"
STATEMENT_ROOT = "01"
# The speaker of a statement with no source: the verb's own subject, a noun or a name.
SPEAKER_SUBJECT_DEPS = frozenset({"nsubj"})
SPEAKER_POS = frozenset({"NOUN", "PROPN"})


@lru_cache(maxsize=1)
def bundled_lexicon() -> AttributionLexicon:
    """The bundled ``attribution.yaml``, its ``reported_acts`` codes checked against CAMEO."""
    lexicon = load_lexicon()
    reported = lexicon.reported_acts
    codes = {reported.accusation, reported.own_act, *reported.refusals.values()}
    unknown = sorted(code for code in codes if not get_ontology().has(code))
    if unknown:
        raise DataError(DATA_FILE, None, f"reported_acts codes not in CAMEO: {unknown}")
    return lexicon


def same_actor(actor: Actor, other: Actor) -> bool:
    """The same mention, or two mentions with the same actor code."""
    return (actor.start, actor.end) == (other.start, other.end) or (
        actor.code is not None and actor.code == other.code
    )


def is_state(actor: Actor, state_sectors: frozenset[str]) -> bool:
    """An organ of a state, or the country itself ("Kenya said ...")."""
    if actor.sector is None:
        return actor.country is not None and actor.code == actor.country
    return actor.sector in state_sectors


def same_side(actor: Actor, other: Actor, state_sectors: frozenset[str]) -> bool:
    """The same actor, or two organs of one state ("the ministry" and "troops")."""
    if same_actor(actor, other):
        return True
    return (is_state(actor, state_sectors) and is_state(other, state_sectors)
            and actor.country == other.country)


def leading_statement(doc: Doc, attribution: Attribution, act_head: int) -> bool:
    """Speaker, speech verb, then the act, in text order ("X said (that) Y attacked Z")."""
    verb = attribution.verb
    return (
        attribution.kind == "speaker"
        and verb is not None
        and attribution.end <= verb < act_head
        and doc[verb].pos_ == "VERB"
    )


def verb_is_other_statement(doc: Doc, verb: int) -> bool:
    """The speech verb is itself a trigger coded outside the comments' root (accuse, deny)."""
    return any(
        t.head == verb and not t.code.startswith(STATEMENT_ROOT) for t in doc._.ew_triggers or ()
    )


def announced(doc: Doc, head: int) -> bool:
    """The verb at ``head`` has a modal auxiliary: "would not lift", "will not meet" announce
    a refusal, where "did not meet" reports a past that did not happen."""
    return any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in doc[head].children)


def own_forces(actor: Actor) -> bool:
    """A doer named as the speaker's own forces: a possessive "its" or "our" opening a phrase
    of forces ("*its forces*", "*our troops*", "its fighter jets"), as the speaker says of his
    own side."""
    reported = bundled_lexicon().reported_acts
    words = actor.text.lower().split()
    return (len(words) > 1 and words[0] in reported.own_possessives
            and any(w in reported.own_force_nouns for w in words[1:]))


def derived_code(act: Event, speaker: Actor) -> tuple[str, str, Actor | None] | None:
    """(kind, code, target) of the statement about ``act`` by ``speaker``, or None."""
    reported = bundled_lexicon().reported_acts
    if act.source is None:
        return None
    own = same_side(speaker, act.source, reported.state_sectors) or own_forces(act.source)
    if act.status == "negated":
        refusal = reported.refusal(act.cameo.code) if own else None
        return ("refusal", refusal, act.target) if refusal is not None else None
    if act.cameo.root not in reported.roots or act.status != "occurred":
        return None
    if own:
        return "own_act", reported.own_act, act.target
    return "accusation", reported.accusation, act.source


def statement_verb(doc: Doc, trigger_head: int) -> int | None:
    """The speech verb of a leading statement that reports the event at ``trigger_head``."""
    attribution = (doc._.ew_attribution or {}).get(trigger_head)
    if attribution is None or attribution.verb is None:
        return None
    if not leading_statement(doc, attribution, trigger_head):
        return None
    if verb_is_other_statement(doc, attribution.verb):
        return None
    if names_act(doc, attribution.verb, trigger_head):
        return None
    return attribution.verb


def names_act(doc: Doc, verb: int, act_head: int) -> bool:
    """The act is the speech verb's object noun ("Russia **declared war** on Ukraine", "the
    army announced an offensive"): the statement makes or announces that act, coded as the
    act, and claims no past act of the speaker's (015) nor accuses anyone (112)."""
    act = doc[act_head]
    if any(c.dep_ == CLAUSE_DEP for c in doc[verb].children):
        return False  # "told AFP a suicide bomber blew himself up": the clause is what was said
    return act.dep_ == OBJECT_DEP and act.head.i == verb and act.pos_ in ("NOUN", "PROPN")


def reported_act_event(
    act: Event, trigger: Span, ontology: Ontology, digest: str, modal: bool = True
) -> Event | None:
    """The speaker's accusation or claim behind a reported hostile act (see the module);
    ``trigger`` is the statement's speech verb and ``act.attribution`` its speaker."""
    speaker = act.attribution
    if speaker is None:
        return None
    found = derived_code(act, speaker)
    if found is None or (found[0] == "refusal" and not modal):
        return None
    kind, code, target = found
    event_id = stable_hash(act.article_id, digest, trigger.start, code, speaker.start,
                           target.start if target else None)
    return replace(
        act, id=event_id, trigger=trigger, cameo=ontology.cameo(code),
        plover=ontology.plover(code), source=speaker, target=target, status="occurred",
        hedge=None, attribution=None,
        rule=RULE.format(kind=kind),
        extra={"trigger_head": [trigger.start, trigger.end], "reported_act": act.id},
    )


def statement_speaker(doc: Doc, verb: int) -> Attribution | None:
    """The speaker that the sentence attributes the content of the speech verb at ``verb`` to
    ("Parlatore, a retired general, said troops shelled the town": Parlatore), for the
    statement itself when its roles found no source: the statement and what is derived from it
    (its accusation or claim) have one speaker, named even when no dictionary codes it. Only a
    speaker phrase that holds the verb's own subject, a noun ("that would tell", a fronted
    object, a subject of another clause name no speaker of it)."""
    attributions = (doc._.ew_attribution or {}).values()
    return next((a for a in sorted(attributions, key=lambda a: (a.start, a.end))
                 if a.kind == "speaker" and a.verb == verb and _holds_subject(doc, a, verb)),
                None)


def _holds_subject(doc: Doc, attribution: Attribution, verb: int) -> bool:
    return any(doc[i].dep_ in SPEAKER_SUBJECT_DEPS and doc[i].head.i == verb
               and doc[i].pos_ in SPEAKER_POS for i in range(attribution.start, attribution.end))


def content_verb(doc: Doc, head: int, attribution: Attribution | None) -> int | None:
    """The speech verb of a speaker's statement whose content the event at ``head`` is: the
    event heads what was said ("The minister said Japan **sent** troops"; "announced new
    **aid**"), reached from the verb by complements, conjuncts and objects only. An event
    buried in the content ("said it doubts the **talks** will help": a subject's phrase, a
    preposition's object) is talked about, not what was said; None for it, for an outlet's
    report and for an event with no speech verb over it."""
    if attribution is None or attribution.kind != "speaker" or attribution.verb is None:
        return None
    verb = attribution.verb
    token = doc[head]
    for _ in range(len(doc)):
        if token.i == verb:
            return verb
        if token.dep_ not in CONTENT_DEPS or token.head.i == token.i:
            return None
        token = token.head
    return None


def uncommented_verbs(doc: Doc, frames: Iterable[Frame]) -> frozenset[int]:
    """The speech verbs whose plain comment the coded ``frames`` make redundant: a trailing
    report ("..., officials said": the verb comes after the event it reports) and a statement of
    the speaker's own act (the reported event's source is the speaker's mention); not an act
    of the "I" or "we" of direct speech (``quoted_self``), the speaker's words beside his
    statement."""
    attributions = doc._.ew_attribution or {}
    verbs = set()
    for frame in frames:
        head = frame.trigger.head
        attribution = attributions.get(head)
        if attribution is None or attribution.verb is None or attribution.verb == head \
                or quoted_self_mention(frame.source):
            continue  # the quoted "we" of "'We will ...,' X said": X's statement stays
        if frame.trigger.code[:2] in _occasion_roots() \
                and _occasion_of(doc[head], attribution.verb):
            continue  # "said at a meeting with X that ...": where he said it, not what
        if head < attribution.verb or _own_act(frame.source, attribution.actor):
            verbs.add(attribution.verb)
    return frozenset(verbs)


@lru_cache(maxsize=1)
def _occasion_roots() -> frozenset[str]:
    """Roots of meetings (``roles.yaml`` ``occasion_roots``: consult, 04)."""
    return frozenset(load_role_lexicon().occasion_roots)


def _occasion_of(token: Token, verb: int) -> bool:
    """A meeting noun in a prepositional phrase of the speech verb itself ("said *at a meeting*
    with X", "*in a call* with X, Y said"): the occasion of the statement, not its content."""
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i == verb


def _own_act(source: ActorMention | None, speaker: ActorMention | None) -> bool:
    return (source is not None and speaker is not None
            and (source.start, source.end) == (speaker.start, speaker.end))


def is_redundant_comment(code: str, head: int, verbs: frozenset[int]) -> bool:
    """A plain comment (010) on one of the ``uncommented_verbs``."""
    return code == COMMENT_CODE and head in verbs


def without_superseded_comments(events: list[Event]) -> list[Event]:
    """``events`` less the plain comments (010) of statements coded as an accusation, claim or
    refusal, or as the demand of an obligation they report ("Russia says Israel must withdraw":
    Russia's demand, on "must", is the statement): one statement is one event, and 010 is
    CAMEO's "not specified below"."""
    derived = {(e.trigger.start, e.source.start) for e in events
               if e.rule.startswith(RULE_PREFIX) and e.source is not None}
    derived |= {(verb[0], e.source.start) for e in events if e.source is not None
                and isinstance(verb := e.extra.get("statement_verb"), list)}
    return [e for e in events if not (
        e.cameo.code == COMMENT_CODE and e.source is not None
        and (e.trigger.start, e.source.start) in derived
    )]
