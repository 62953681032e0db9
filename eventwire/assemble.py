"""Turn an annotated ``Doc`` into contract ``Event`` records.

Reads what the pipeline components wrote (frames, factuality, attribution, dates, places) and
locates every span by character offsets into the article text.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.event_dates import announces, pick_date, reconcile_with_report
from eventwire.learn.confidence import with_confidence
from eventwire.ontology import Ontology
from eventwire.pipeline.background import is_background
from eventwire.pipeline.commentary import is_commentary
from eventwire.pipeline.context import original_slice
from eventwire.pipeline.date_patterns import bundled_dates_data
from eventwire.pipeline.dateline_places import dateline_places, find_dateline
from eventwire.pipeline.discards import discarded_sentences
from eventwire.pipeline.event_places import (
    excluded_place_tokens,
    pick_location,
    statement_location,
)
from eventwire.pipeline.folding import at_least, bundled_lexicon, folded_status
from eventwire.pipeline.mentions import (
    WORK,
    ActorMention,
    Attribution,
    Factuality,
    Frame,
    PlaceMention,
)
from eventwire.pipeline.phrases import phrase_bounds
from eventwire.pipeline.role_lexicon import load_lexicon as load_role_lexicon
from eventwire.records import Actor, Article, Event, Location, Span, stable_hash
from eventwire.refusals import with_refusals
from eventwire.repeats import is_remention, repeated_statements, text_key, told_outcomes
from eventwire.reported_acts import (
    announced,
    content_verb,
    is_redundant_comment,
    reported_act_event,
    statement_speaker,
    statement_verb,
    uncommented_verbs,
    without_superseded_comments,
)

NOUN_POS = frozenset({"NOUN", "PROPN"})
# A participle in these relations with no subject or auxiliary of its own is an adjunct of the
# clause it hangs from ("..., killing eight people"; "an attack targeting civilians").
ADJUNCT_DEPS = frozenset({"advcl", "acl"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "mark", "expl"})
OCCURRED = Factuality(status="occurred")
OBLIGATION_RULE = "ew.obligation.{kind}"


@dataclass(frozen=True, slots=True)
class AssemblyContext:
    """What ids depend on besides the article: the coder and its dictionaries."""

    coder_version: str
    dictionary_hash: str
    text_digest: str = ""
    require_actor: str = "none"
    # Keep a plain comment (010) for every speech verb, as PETRARCH codes (its own setup,
    # ``--no-bundled``); the bundled conventions leave out those that only report a coded
    # event (``reported_acts.uncommented_verbs``).
    plain_comments: bool = False


REQUIRE_ACTOR_CHOICES = ("none", "any", "both")


def has_required_actors(source: object | None, target: object | None, require_actor: str) -> bool:
    """Whether an event has the actors a run asks for: ``none`` keeps every event (the default:
    "the two countries are in constant exchange" is still talks), ``any`` needs a source or a
    target, ``both`` needs both (dyadic events, as GDELT, ICEWS and PETRARCH code them)."""
    if require_actor == "both":
        return source is not None and target is not None
    if require_actor == "any":
        return source is not None or target is not None
    return True


def char_span(doc: Doc, start: int, end: int) -> Span:
    span = doc[start:end]
    return Span(start=span.start_char, end=span.end_char,
                text=original_slice(doc, span.start_char, span.end_char))


def actor_record(doc: Doc, mention: ActorMention, avoid: Collection[int] = ()) -> Actor:
    """The record of an actor mention, spanning the noun phrase that names it (``phrases``);
    the phrase stops before the tokens in ``avoid``."""
    start, end = phrase_bounds(doc, mention, avoid)
    span = doc[start:end]
    return Actor(
        text=original_slice(doc, span.start_char, span.end_char),
        start=span.start_char,
        end=span.end_char,
        code=mention.code,
        country=mention.country,
        sector=mention.sector,
        name=mention.name,
        kb_id=mention.kb_id,
    )


def _event_actor(doc: Doc, frame: Frame, role: str) -> Actor | None:
    """A frame's source or target record; its phrase takes neither the trigger word nor the
    other actor's mention."""
    mention, other = (frame.source, frame.target) if role == "source" else (
        frame.target, frame.source)
    if mention is None:
        return None
    avoid = {frame.trigger.head, *(range(other.start, other.end) if other else ())}
    return actor_record(doc, mention, avoid)


def attribution_record(doc: Doc, attribution: Attribution | None) -> Actor | None:
    """The speaker or outlet an event is attributed to; a work with no author named ("a new
    poll says") is nobody."""
    if attribution is None or attribution.kind == WORK:
        return None
    if attribution.actor is not None:
        return actor_record(doc, attribution.actor)
    span = doc[attribution.start:attribution.end]
    return Actor(text=original_slice(doc, span.start_char, span.end_char),
                 start=span.start_char, end=span.end_char, code=None)


def location_record(doc: Doc, place: PlaceMention | None) -> Location | None:
    if place is None:
        return None
    return Location(
        text=char_span(doc, place.start, place.end).text,
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        geonameid=place.geonameid,
        precision=place.precision,
    )


def event_from_frame(
    doc: Doc, article: Article, frame: Frame, ontology: Ontology, context: AssemblyContext,
    sentence_index: dict[int, int],
) -> Event:
    trigger = frame.trigger
    head = doc[trigger.head]
    sent = head.sent
    factuality: Factuality = (doc._.ew_factuality or {}).get(trigger.head, OCCURRED)
    status = folded_status(head, factuality.status, bundled_lexicon())
    if "obligation" in trigger.extra:
        status = at_least(status, "possible")
    attribution = (doc._.ew_attribution or {}).get(trigger.head)
    status, date_value, precision = reconcile_with_report(
        status, *pick_date(sent, head, doc._.ew_dates or (), article.published,
                           range(trigger.start, trigger.end), trigger.code),
        article.published, bundled_dates_data().scheduled_days, announces(trigger.code))
    excluded = excluded_place_tokens(doc, frame, sent)
    place = pick_location(doc, frame, doc._.ew_places or (), excluded)
    source, target = _event_actor(doc, frame, "source"), _event_actor(doc, frame, "target")
    if source is None:
        source = _speaker_actor(doc, frame, target)
    trigger_span = char_span(doc, trigger.start, trigger.end)
    event_id = stable_hash(
        article.id, context.text_digest, context.coder_version,
        context.dictionary_hash, trigger_span.start, trigger.code,
        source.start if source else None, target.start if target else None,
        # One phrase may stand for several actors ("[FRO/BIL]"): each is an event of its own.
        source.code if source else None, target.code if target else None,
    )
    return Event(
        id=event_id,
        article_id=article.id,
        sentence=sentence_index[sent.start],
        evidence=char_span(doc, sent.start, sent.end),
        trigger=trigger_span,
        cameo=ontology.cameo(trigger.code),
        plover=ontology.plover(trigger.code),
        source=source,
        target=target,
        status=status,  # type: ignore[arg-type]
        hedge=factuality.hedge,  # type: ignore[arg-type]
        attribution=attribution_record(doc, attribution),
        date=date_value,
        date_precision=precision,  # type: ignore[arg-type]
        location=location_record(doc, place),
        confidence=frame.confidence,
        rule=trigger.rule,
        extra=_event_extra(doc, head, trigger.extra, attribution),
    )


def _speaker_actor(doc: Doc, frame: Frame, target: Actor | None) -> Actor | None:
    """The speaker of a statement with no source of its own (``statement_speaker``), as its
    source, unless its phrase overlaps the statement's target."""
    speaker = attribution_record(doc, statement_speaker(doc, frame.trigger.head))
    if speaker is None or target is None:
        return speaker
    taken = set(range(target.start or 0, target.end or 0))
    return None if taken & set(range(speaker.start or 0, speaker.end or 0)) else speaker


def _word_span(token: Token) -> list[int]:
    return [token.idx, token.idx + len(token.text)]


def _event_extra(
    doc: Doc, head: Token, marks: dict[str, object], attribution: Attribution | None = None
) -> dict[str, object]:
    """What evaluators may read besides the contract fields: the trigger's head word, for an
    embedded event the word of the verb that folds it, the word the status was judged at
    when it is not the head ("called a general **strike**", "the visit did not **take**
    place") and the speech verb of the statement whose content the event is ("X **said** Y
    attacked Z": ``reported_by``, ``reported_acts.content_verb``), as character offsets."""
    extra: dict[str, object] = {"trigger_head": _word_span(head)}
    verb = content_verb(doc, head.i, attribution)
    if verb is not None:
        extra["reported_by"] = _word_span(doc[verb])
    for mark, key in (("folded_by", "folded_by"), ("judged", "status_word")):
        token = marks.get(mark)
        if isinstance(token, int):
            extra[key] = _word_span(doc[token])
    form = trigger_form(head)
    if form is not None and "folded_by" not in extra:
        extra["trigger_form"] = form
    return extra


def trigger_form(head: Token) -> str | None:
    """How the event is worded when not by a clause of its own: ``noun`` ("the **attack**",
    "China's **assistance**") or ``participle``, a subjectless participial adjunct
    ("Rebels shelled the city, **killing** eight people"); None for a finite or infinitival
    verb. Evaluators read it (``extra["trigger_form"]``) to mimic coders that code verbs only."""
    if head.pos_ in NOUN_POS:
        return "noun"
    if head.tag_ in PARTICIPLE_TAGS and head.dep_ in ADJUNCT_DEPS and not any(
        child.dep_ in OWN_CLAUSE_DEPS for child in head.children
    ):
        return "participle"
    return None


@lru_cache(maxsize=1)
def _first_person() -> frozenset[str]:
    return frozenset(load_role_lexicon().first_person_pronouns)


def _speaks_of_self(obliged: Actor) -> bool:
    """"I need to make a deal", "we must act", said in a quotation: the obliged is the speaker,
    who states an intention, not a demand of another actor."""
    text = obliged.text
    acronym = len(text) > 1 and text.isupper()  # "US" is the country, not "us"
    return not acronym and text.lower() in _first_person()


def _same_mention(actor: Actor | None, other: Actor | None) -> bool:
    return actor is not None and other is not None and (
        (actor.start, actor.end) == (other.start, other.end)
        or (actor.code is not None and actor.code == other.code)
    )


def obligation_event(
    doc: Doc, frame: Frame, obliged: Event, ontology: Ontology, context: AssemblyContext
) -> Event | None:
    """The speaker's demand or appeal behind an obligation reported from a third party's
    speech ("Israel must withdraw, the UN said": the UN demands, 1056, of Israel); None
    when the obligation is nobody's report, names no obliged actor or is the speaker's own."""
    marked = frame.trigger.extra.get("obligation")
    attribution = (doc._.ew_attribution or {}).get(frame.trigger.head)
    if not isinstance(marked, list) or attribution is None or attribution.kind != "speaker":
        return None
    speaker = attribution_record(doc, attribution)
    if speaker is None or obliged.source is None or _same_mention(speaker, obliged.source) \
            or _speaks_of_self(obliged.source):
        return None
    kind, start, end = marked
    code = bundled_lexicon().obligation_code(kind, frame.trigger.code)
    trigger = char_span(doc, start, end)
    event_id = stable_hash(
        obliged.article_id, context.text_digest, context.coder_version,
        context.dictionary_hash, trigger.start, code, speaker.start,
        obliged.source.start if obliged.source else None,
    )
    head = doc[start]
    extra: dict[str, object] = {"trigger_head": _word_span(head), "obligation": kind}
    if attribution.verb is not None:
        extra["statement_verb"] = _word_span(doc[attribution.verb])
    return replace(
        obliged, id=event_id, trigger=trigger, cameo=ontology.cameo(code),
        plover=ontology.plover(code), source=speaker, target=obliged.source,
        status="occurred", hedge=None, location=None,
        rule=OBLIGATION_RULE.format(kind=kind), extra=extra,
    )


def statement_events(
    doc: Doc, frame: Frame, event: Event, ontology: Ontology, context: AssemblyContext,
    published: date | None,
) -> list[Event]:
    """The accusation, claim or refusal of a leading statement that reports ``event``
    (``eventwire.reported_acts``), as a list of zero or one event; dated by the statement's
    own clause ("said on Wednesday that ... on Monday": Wednesday) and placed by it ("Speaking
    in Kyiv, the minister said troops shelled Kharkiv": Kyiv), not by the act's place."""
    verb = statement_verb(doc, frame.trigger.head)
    if verb is None:
        return []
    trigger = char_span(doc, verb, verb + 1)
    digest = f"{context.text_digest}:{context.coder_version}:{context.dictionary_hash}"
    modal = announced(doc, frame.trigger.head)
    derived = reported_act_event(event, trigger, ontology, digest, modal)
    if derived is None:
        return []
    head = doc[verb]
    status, when, precision = reconcile_with_report(
        derived.status, *pick_date(head.sent, head, doc._.ew_dates or (), published,
                                   code=derived.cameo.code), published,
        bundled_dates_data().scheduled_days, announces(derived.cameo.code))
    speaker = (doc._.ew_attribution or {})[frame.trigger.head].actor
    place = statement_location(doc, verb, derived.cameo.code, speaker)
    return [replace(derived, status=status, date=when,  # type: ignore[arg-type]
                    date_precision=precision,  # type: ignore[arg-type]
                    location=location_record(doc, place))]


def bare_without_actor(frame: Frame) -> bool:
    """A pattern marked ``needs_actor`` (a converted dictionary's bare verb line: "GO",
    "THINK", "SEE", "WANT" with no pattern words) with neither source nor target. Such a line
    codes a verb only in PETRARCH's sense of an act between actors; alone it is ordinary
    language ("I think", "the talks are going well"), so it yields no event (PETRARCH codes
    nothing without actors either)."""
    if frame.trigger.extra.get("needs_source") and frame.source is None:
        return True  # a line whose agentless sense is no act ("the scandal surrounding him")
    return bool(frame.trigger.extra.get("needs_actor")) and frame.source is None \
        and frame.target is None


def events_from_doc(
    doc: Doc, article: Article, ontology: Ontology, context: AssemblyContext
) -> list[Event]:
    sentence_index = {sent.start: i for i, sent in enumerate(doc.sents)}
    discarded = discarded_sentences(doc)
    events: list[Event] = []
    demanded: set[tuple[int, int | None]] = set()
    frames = [
        frame for frame in doc._.ew_frames or ()
        if ontology.has(frame.trigger.code)
        and doc[frame.trigger.head].sent.start not in discarded
        and has_required_actors(frame.source, frame.target, context.require_actor)
        and not bare_without_actor(frame)
        and not is_background(doc, frame)
        and not is_commentary(doc, frame)
    ]
    quiet = frozenset() if context.plain_comments else uncommented_verbs(doc, frames)
    repeated = frozenset() if context.plain_comments else \
        repeated_statements(doc, frames) | told_outcomes(doc, frames)
    earlier: dict[str, list[tuple[int, Event]]] = {}
    printed: set[tuple[str | None, ...]] = set()
    for frame in sorted(frames, key=lambda f: f.trigger.head):
        if is_redundant_comment(frame.trigger.code, frame.trigger.head, quiet) \
                or frame.trigger.head in repeated:
            continue
        event = event_from_frame(doc, article, frame, ontology, context, sentence_index)
        if is_remention(doc, frame, event, earlier):
            continue
        key = None if context.plain_comments else text_key(doc, frame)
        if key is not None and key in printed:
            continue
        if key is not None:
            printed.add(key)
        events.append(event)
        earlier.setdefault(frame.trigger.code[:2], []).append((frame.trigger.head, event))
        demand = obligation_event(doc, frame, event, ontology, context)
        obliged = (frame.trigger.head, event.source.start if event.source else None)
        if demand is not None and obliged not in demanded:
            demanded.add(obliged)  # one demand of each obliged actor
            events.append(demand)
        events.extend(statement_events(doc, frame, event, ontology, context, article.published))
    events = with_refusals(doc, events, ontology, lambda mention: actor_record(doc, mention),
                           declared=not context.plain_comments)
    events.sort(key=lambda e: (e.trigger.start, e.source.start if e.source else -1,
                               e.target.start if e.target else -1))
    # Two frames can yield the same event (same trigger, code and actor spans, hence the same
    # id); an event is reported once.
    unique: dict[str, Event] = {}
    for event in without_superseded_comments(events):
        unique.setdefault(event.id, event)
    placed = placed_by_dateline(doc, without_nested_targets(doc, list(unique.values())))
    # Every event's confidence, whichever rule made it, is the calibrated model's probability
    # that it is right (``learn/confidence.py``).
    return with_confidence(doc, placed)


def placed_by_dateline(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with those of the lead that the article's dateline places
    (``pipeline/dateline_places.py``)."""
    dateline = find_dateline(doc)
    location = None if dateline is None else location_record(doc, dateline.place)
    if dateline is None or location is None:
        return events
    span = char_span(doc, dateline.place.start, dateline.place.end)
    return dateline_places(doc, events, location, span, dateline)


def without_nested_targets(doc: Doc, events: list[Event]) -> list[Event]:
    """Events less those whose target is a preposition's object inside the phrase of another,
    coded target of the same act (trigger, code and source): "received the Swiss ambassador to
    Kenya" has one target, the ambassador, whose phrase names Kenya as where he serves."""
    def act(event: Event) -> tuple[object, ...]:
        source = event.source
        return (event.trigger.start, event.cameo.code,
                (source.start, source.end) if source is not None else None)

    coded: dict[tuple[object, ...], list[tuple[int, int]]] = {}
    for event in events:
        target = event.target
        if target is not None and target.code and target.start is not None \
                and target.end is not None:
            coded.setdefault(act(event), []).append((target.start, target.end))
    return [event for event in events
            if not _nested(doc, event, coded.get(act(event), []))]


def _nested(doc: Doc, event: Event, others: list[tuple[int, int]]) -> bool:
    target = event.target
    if target is None or target.start is None or target.end is None:
        return False
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    preposition = span.root.head
    return any(start <= target.start and target.end <= end and (start, end) != (
        target.start, target.end) and start <= preposition.idx < end for start, end in others)
