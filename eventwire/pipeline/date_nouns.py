"""Dates that belong to a noun rather than to the act of their clause (part of ``ew_dates``).

* A **named day**: a weekday with a capitalised word of its name before it ("Black Friday",
  "Super Tuesday", "Good Friday"; ``day_name_words``) names a day of the calendar or of
  history, not a day of the week of the story: it is no date.
* A **month and day before a noun** ("the Sept. 11 attacks", "the January 6 committee", "a
  Jan. 12 phone call") names that noun: it dates the noun's own event when the noun is one,
  and no other act of the sentence ("attacked the January 6 committee", "since the Sept. 11
  attacks"), unless the noun is the act's setting ("killed in the Jan. 8 attack", "met on the
  July 4 holiday": ``setting_preps``).
* A date right after an **event noun that is requested** ("called for a general strike on
  Monday", "demanded a vote on Friday"; ``request_lemmas``) dates the requested event, which
  comes after the request: it is placed as a coming day, and does not date the request. Put
  before ("On Monday, unions called for a strike") it dates the request, and not the
  requested event (``event_dates``).
* A date right after the event of **"the eve of <event>"** ("on the eve of the summit on
  Thursday") dates that event (the summit on Thursday), whatever the parse attaches it to; the
  eve is the day before (``date_roles.eve_mentions``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.pipeline.date_patterns import DatesData

PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def named_weekday(span: Span, data: DatesData) -> bool:
    """``span`` is a weekday after a capitalised word that makes it a name ("Black Friday",
    "Super Tuesday"; ``day_name_words``), not a day of the story's week."""
    if len(span) != 1 or span[0].lower_ not in data.weekdays or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_title and before.lower_ in data.day_name_words


def day_named_noun(span: Span, form: str, data: DatesData) -> int | None:
    """The noun that a month and day, or a month and year, before it names ("the Sept. 11
    attacks": attacks; "the June 2016 Trump Tower meeting": meeting), unless the noun is the
    setting of the clause's act ("were killed in the Jan. 8 attack", "met on the July 4
    holiday": ``setting_preps``), which then happened on that day."""
    if form not in ("month_day", "month_year"):
        return None
    root = span.root
    head = root.head
    if root.dep_ not in PREMODIFIER_DEPS or head.i < span.end or head.pos_ not in (
            "NOUN", "PROPN"):
        return None
    setting = head.dep_ == "pobj" and head.head.lower_ in data.setting_preps
    return None if setting else head.i


def requested_noun(noun: Token, data: DatesData) -> bool:
    """``noun`` is the event asked for by its verb: the object of a request verb ("demanded a
    vote", "urged talks") or the object of its "for" ("called for a strike")."""
    requests = data.request_lemmas
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in requests
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "for" and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in requests)


def _eve_event(noun: Token, data: DatesData) -> bool:
    """``noun`` is the event of "the eve of <noun>"."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "of"
            and prep.head.lower_ in data.eve_nouns)


def event_heads(doc: Doc) -> frozenset[int]:
    """The heads of the triggers of ``doc`` (``ew_roles``' frames; none when it has not run)."""
    frames = doc._.ew_frames if Doc.has_extension("ew_frames") else None
    return frozenset(frame.trigger.head for frame in frames or ())


def following_event(
    span: Span, data: DatesData, events: frozenset[int]
) -> tuple[int, bool] | None:
    """The event noun (a token index in ``events``) whose phrase the date follows at once,
    when the noun is requested or the event of an eve, and whether the date is a coming one
    (a requested event's); the date's own preposition ("on", "for") may stand between."""
    doc = span.doc
    end = span.start - 1
    if end >= 0 and doc[end].pos_ == "ADP" and doc[end].lower_ in ("on", "for"):
        end -= 1
    if end < 0 or span.start - end > 2:
        return None
    last = doc[end]
    for noun in (last, *last.ancestors):
        if noun.i in events and noun.pos_ == "NOUN":
            if requested_noun(noun, data):
                return noun.i, True
            return (noun.i, False) if _eve_event(noun, data) else None
        if noun.right_edge.i != end and noun.right_edge.i < span.end - 1:
            return None
    return None


__all__ = ["day_named_noun", "event_heads", "following_event", "named_weekday", "requested_noun"]
