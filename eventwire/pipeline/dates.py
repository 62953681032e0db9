"""``ew_dates``: date expressions in the text, resolved against the publication date.

Writes ``doc._.ew_dates: list[DateMention]`` in text order, without overlaps. Expressions are
found with spaCy ``Matcher`` patterns built from the word lists in ``data/dates.yaml``
(``date_patterns.py``; the named-entity recogniser is not run) and resolved against
:func:`eventwire.pipeline.context.published_of`. Without a publication date only expressions
that carry their own year are kept.

Forms and their resolution (``date`` is the first day of the week, month or year):

* absolute: "2022-02-04", "February 4, 2022", "4 Feb 2022" (day); "January 2022" (month);
  numeric "4/2/2022", "04.02.22", "2022/02/04" (day; the separator's order is set in
  ``numeric_order``, and a part above 12 can only be the day); a range of days "Feb. 4-6",
  "4 to 6 March", "between March 3 and March 5" is the smallest week, month or year that holds
  it (``date_ranges.py``; never a false exact day);
  "in 2019", "since early 2014" (year); "the 1979 coup", "its 2014 annexation" (year, kept
  in ``DateMention.noun`` as the date of that noun's event only);
* relative days: "today", "tonight", "yesterday", "tomorrow", "last night", "this morning"
  (day); "two days ago", "in three days" (day); "three weeks ago" (week); "last week",
  "next week", "this week" (week: Monday); "last month", "earlier this month" (month);
  "last year", "next year" (year);
* decades: "in the 1990s", "the early 1980s" (year: the decade's first year);
* named from the nearest earlier date of the text, its anchor: "the following day", "the next
  day", "the previous week", "the same day", "two days later", "a month earlier" (the unit's
  precision, when the anchor is at least as precise; without an anchor a shift back counts
  from publication, a shift forward is no date); a limit is no anchor;
* calendar words without a year, placed by the tense of the clause they attach to:
  weekdays ("on Tuesday", "Monday night"), "February 4" and "the 4th" (day), "in January",
  "in late January" (month); "in March last year", "February this year" (month).

* weekends: "over the weekend", "last weekend" (week: the Monday of the weekend's week;
  ``date_weekend.py``); spans from publication ("in the coming weeks", "in recent days", "the
  past week") and seasons ("last summer", "in the spring"): the smallest unit that holds them
  (``date_spans.py``); "last June", "next March", "this May": placed by the shift word.

The tense rule (``date_tense.py``, which adds the future in the past of a report, "said he
would visit on Monday", and the infinitive of a noun): take the date's governing verb (the
first verb among the date's head and its ancestors) and the verbs or adjectives it complements
through ``xcomp`` links ("meet" <- "plans"). The clause is *future* when one of them has a
future auxiliary ("will meet"), is a
scheduling word ("is set to", "plans to", "is scheduled for", "is expected to"; not the date's
own verb in the simple past: "gunmen set fire to a bus on Monday", "planned the raid on
Monday" are acts of that day), or is "going" governing the verb ("is going to meet").
Otherwise the tense of the topmost of them decides:
past or perfect is *past* ("met", "was attacked", "has met", "said on Tuesday"); present is
*future* ("meets on Friday", "is meeting on Friday") except for speech verbs ("says on
Tuesday": *past*) and for a verb whose past and present are one, tagged present ("we cut aid
on Monday": unknown); a bare infinitive is *future* (headlines: "Putin to meet Xi on Friday").
An infinitive of purpose takes the tense of the verb it serves ("sat down with her to talk
immigration Wednesday": past). A future weekday is the next such day, a past one the latest; a
weekday equal to the publication's weekday is the publication day, unless "last"/"next" moves
it by a week; "Friday next week", "Tuesday of last week" are that day of the shifted week.
When the tense is unknown a weekday is taken as past, and a month or a month-day as the
nearest occurrence to publication. Explicit "last"/"next" before a weekday overrides the
tense. A bare weekday (no "on") on the infinitive of a noun takes the tense of the verb over
the noun ("announced the decision to aid the rebels Thursday": the day of the announcement).
A calendar word that premodifies a noun ("the January 3 assassination", "a Monday statement",
"Tuesday's strikes") dates that noun, whose time the clause's tense does not give ("he will not
forget the January 3 assassination"): a month-day is the occurrence nearest to publication, a
weekday the latest (news names past days so: "Friday's strikes", "Sunday talk shows") unless
a future marker governs it ("will attend Tuesday's meeting": the next one).
A date that follows the noun it modifies ("the remarks in late April", "the vote on Monday")
is not made a coming one by a present tense alone ("is still angry about the remarks in late
April": the nearest, a weekday the latest); a future marker still places it.
Each mention is marked a *limit* when it bounds an act rather than dating it ("until March",
"by the end of next year", "the deadline of June 30"; ``date_roles.py``). A capitalised phrase
that is all of a quotation is a title, not a date (ABC's "This Week"). Dates of a noun, not of
its clause (named days, requested events, the event of an eve): ``date_nouns.py``.
A weekday or a weekend in the future in the past of a report that a week dates ("Last week the
minister said he would visit on Monday") is the first such day after that week's Monday; one
that a month or a year dates has no date (which Monday is not told; ``week_report_day``).
The forms that their own words place (absolute dates, shifts from publication or from an
anchor) are resolved in ``date_fixed.py``; this module places the rest by tense.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.pipeline import date_nouns
from eventwire.pipeline.context import published_of
from eventwire.pipeline.date_calendar import (
    Tense,
    add_months,
    monday_of,
    month_period,
    pick_occurrence,
    safe_date,
    shifted_occurrence,
)
from eventwire.pipeline.date_fixed import (
    DateContext,
    Resolved,
    Resolver,
    dates_noun_only,
    day_number,
    has_cue,
    month_number,
    resolve_ago,
    resolve_anchored,
    resolve_decade,
    resolve_in_units,
    resolve_iso,
    resolve_month_shift,
    resolve_month_year,
    resolve_numeric,
    resolve_relative_day,
    resolve_year,
    shifted,
    year_number,
)
from eventwire.pipeline.date_hemisphere import hemisphere
from eventwire.pipeline.date_history import named_day
from eventwire.pipeline.date_patterns import (
    YEAR_RE,
    DateMatcher,
    DatesData,
    build_matcher,
    load_dates_data,
    longest_first,
)
from eventwire.pipeline.date_ranges import enclosing, merge_ranges
from eventwire.pipeline.date_roles import (
    compared_noun,
    eve_mentions,
    is_limit,
    not_a_date,
    postmodified_noun,
)
from eventwire.pipeline.date_spans import resolve_season, resolve_span, shared_year
from eventwire.pipeline.date_tense import TenseReader, coarse_report_date, dated_report_day
from eventwire.pipeline.date_weekend import resolve_weekend
from eventwire.pipeline.mentions import DateMention

if not Doc.has_extension("ew_dates"):
    Doc.set_extension("ew_dates", default=None)

VERBAL = ("VERB", "AUX")
NOUNISH = ("NOUN", "PROPN", "ADJ")
SUNDAY = 6


PREMODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod", "npadvmod"})


def _premodifies_noun(token: Token) -> bool:
    """A date word before the noun it modifies: "the January 3 assassination", "Tuesday's
    vote"."""
    return (token.dep_ in PREMODIFIER_DEPS and token.head.i > token.i
            and token.head.pos_ == "NOUN")


def _clause_tense(ctx: DateContext, token: Token) -> Tense:
    """The tense that places a date word: unknown for a premodifier of a noun, and for a
    postmodifier of a noun in a clause that only its present tense makes future ("is angry
    about the remarks in late April"), and for a month or a day of a month of a future in the
    past, that only a report's "would" or a scheduling word in the past tense makes future
    ("said the deal would be signed on December 30", "the summit was scheduled for May 3",
    "had planned to visit in April"): the report or the scheduling is of some day up to
    publication, so its coming month or day is the nearest (a weekday is placed after it all
    the same: it is at most a week off). When a day dates the report or the scheduling ("said
    on Friday", "agreed on Friday to"), the date is the coming one from that day
    (``ctx.report_dated``)."""
    if ctx.future or _premodifies_noun(token):
        return "future" if ctx.future else None
    tense = ctx.tenses.tense(token)
    if tense == "future" and _present_over_noun_date(ctx, token):
        return None
    if tense == "future" and not ctx.report_dated and _future_in_past(ctx, token):
        return None
    return tense


def _future_in_past(ctx: DateContext, token: Token) -> bool:
    """Only a report's "would" or a past scheduling word makes the clause over ``token``
    future."""
    tenses = ctx.tenses
    return (tenses.report_verb(token) is not None and not tenses.marked_future(token)) or (
        tenses.past_schedule(token) is not None)


def _present_over_noun_date(ctx: DateContext, token: Token) -> bool:
    """``token`` dates a noun it follows, in a clause with no future marker: the clause's
    present tense says nothing of the noun's time."""
    return postmodified_noun(token) is not None and not ctx.tenses.marked_future(token)


# resolvers ------------------------------------------------------------------------------


def _resolve_month_day(ctx: DateContext, span: Span) -> Resolved:
    month = next((m for t in span if (m := month_number(ctx.data, t))), None)
    year = year_number(span)
    days = [n for t in span if not re.match(YEAR_RE, t.text) and (n := day_number(t))]
    if month is None or not days:
        return None
    if year is not None:
        return _day_range(safe_date(year, month, days[0]), days)
    if ctx.published is None:
        return None
    pub = ctx.published
    options = [(when, when) for y in (pub.year - 1, pub.year, pub.year + 1)
               if (when := safe_date(y, month, days[0])) is not None]
    chosen = pick_occurrence(options, pub, _clause_tense(ctx, span.root))
    chosen = named_day(span, chosen, ctx.data, pub) if chosen else None  # "the Sept. 11 attacks"
    return _day_range(chosen, days)


def _day_range(first: date | None, days: list[int]) -> Resolved:
    """The day ``first``, or the range from it to the last of ``days`` in its month ("March
    3-5": ``date_ranges.enclosing``)."""
    if first is None:
        return None
    last = safe_date(first.year, first.month, days[-1]) if len(days) > 1 else None
    return enclosing(first, last) if last is not None and last > first else (first, "day")


def _resolve_month(ctx: DateContext, span: Span) -> Resolved:
    """"in January", "late March": placed by the tense of its clause; after a shift word
    ("last June", "next March", "this May") by the shift (``shifted_occurrence``)."""
    month = next((m for t in span if (m := month_number(ctx.data, t))), None)
    if month is None or ctx.published is None or not has_cue(ctx, span):
        return None
    pub = ctx.published
    options = [month_period(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    shift = ctx.data.weekday_shifts.get(before) if span[0].lower_ not in ctx.data.parts else None
    if shift is not None:
        period = shifted_occurrence(options, pub, shift)
        return (period[0], "month") if period else None
    if (joined := shared_year(span, ctx.data, month)) is not None:  # "March and April 2015"
        return date(joined, month, 1), "month"
    chosen = pick_occurrence(options, pub, _clause_tense(ctx, span.root))
    return (chosen, "month") if chosen else None


def _resolve_span(ctx: DateContext, span: Span) -> Resolved:
    """"in the coming weeks", "in recent days": the unit that holds the span (``date_spans``)."""
    return None if ctx.published is None else resolve_span(span, ctx.published, ctx.data)


def _resolve_season(ctx: DateContext, span: Span) -> Resolved:
    """"last summer", "in the spring", "the summer of 2019": a year (``date_spans``)."""
    side = hemisphere(span, ctx.data)  # "this summer" in Australia: December to February
    if side == "both":
        return None
    return resolve_season(span, ctx.published, ctx.data, _clause_tense(ctx, span.root),
                          southern=side == "south")


def _next_weekday(published: date, weekday: int, step: int) -> date:
    """The first ``weekday`` strictly after (step 1) or before (step -1) ``published``."""
    return next(day for k in range(1, 8)
                if (day := published + timedelta(days=k * step)).weekday() == weekday)


def _resolve_weekday(ctx: DateContext, span: Span) -> Resolved:
    weekdays = ctx.data.weekdays
    weekday = next((weekdays[t.lower_] for t in span if t.lower_ in weekdays), None)
    if weekday is None or ctx.published is None:
        return None
    pub = ctx.published
    shift = 0 if span[0].lower_ in weekdays else ctx.data.weekday_shifts.get(span[0].lower_, 0)
    if shift:
        return _next_weekday(pub, weekday, 1 if shift > 0 else -1), "day"
    tense = _weekday_tense(ctx, span)
    days = [pub + timedelta(days=k) for k in range(-6, 7)]
    chosen = pick_occurrence([(d, d) for d in days if d.weekday() == weekday], pub, tense)
    return (chosen, "day") if chosen else None


def _weekday_tense(ctx: DateContext, span: Span) -> Tense:
    """The tense that places a weekday or a weekend (module docstring); unknown is past."""
    if ctx.future or _premodifies_noun(span.root):
        return "future" if ctx.future or ctx.tenses.marked_future(span.root) else "past"
    if _present_over_noun_date(ctx, span.root):
        return "past"
    return ctx.tenses.tense(_reported_day_verb(span.root)) or "past"


def _resolve_weekend(ctx: DateContext, span: Span) -> Resolved:
    """"over the weekend", "last weekend": the week of that weekend (``date_weekend``)."""
    if ctx.published is None:
        return None
    return resolve_weekend(span, ctx.published, ctx.data.weekday_shifts,
                           _weekday_tense(ctx, span))


def _resolve_weekday_week(ctx: DateContext, span: Span) -> Resolved:
    """"Friday next week", "Tuesday of last week": that weekday of the shifted week."""
    weekday = ctx.data.weekdays.get(span[0].lower_)
    shift = ctx.data.shifts.get(span[-2].lower_)
    if weekday is None or shift is None or ctx.published is None:
        return None
    return monday_of(ctx.published + timedelta(weeks=shift)) + timedelta(days=weekday), "day"


def _reported_day_verb(token: Token) -> Token:
    """A bare weekday (no "on") on the infinitive of a noun dates the verb over the noun
    ("announced the decision to aid the rebels Thursday"): the day of the report."""
    verb, noun = token.head, token.head.head
    infinitive = verb.dep_ == "acl" and any(c.tag_ == "TO" for c in verb.children)
    if token.dep_ != "npadvmod" or not infinitive or noun.head.pos_ not in VERBAL:
        return token
    return noun.head


def _resolve_period(ctx: DateContext, span: Span) -> Resolved:
    """"last week", "next month", "later this year"; "(later) this week" of a future clause in
    an article of a Sunday, the week's last day, is the week that begins the next day."""
    shift = ctx.data.shifts.get(span[-2].lower_)
    if shift is None or ctx.published is None:
        return None
    if (span[-1].lower_ == "week" and shift == 0 and ctx.published.weekday() == SUNDAY
            and span[0].lower_ != "earlier" and _clause_tense(ctx, span.root) == "future"):
        shift = 1
    return shifted(ctx.published, span[-1].lower_, shift)


def _resolve_ordinal(ctx: DateContext, span: Span) -> Resolved:
    after = span.doc[span.end] if span.end < len(span.doc) else None
    day = day_number(span[-1])
    if day is None or ctx.published is None or (after is not None and after.pos_ in NOUNISH):
        return None
    pub = ctx.published
    months = [add_months(pub, k) for k in (-1, 0, 1)]
    options = [(d, d) for m in months if (d := safe_date(m.year, m.month, day)) is not None]
    chosen = pick_occurrence(options, pub, _clause_tense(ctx, span.root))
    return (chosen, "day") if chosen else None


ANCHORED = frozenset({"anchored", "anchored_day", "anchored_units"})
# forms placed after the report's own day in the future-in-the-past ("date_tense.report_day")
REPORT_RELATIVE = frozenset({"weekday", "weekend", "month_day", "month", "ordinal"})
# forms placed after a report dated by a week only; a report dated by a month or a year
# leaves them no date ("week_report_day")
WEEK_RELATIVE = frozenset({"weekday", "weekend"})
NO_DAY = date.min
PAST_FORMS = frozenset({"ago"})  # forms that name a past time whatever their clause
RESOLVERS: dict[str, Resolver] = {
    "iso": resolve_iso,
    "numeric": resolve_numeric,
    "month_day": _resolve_month_day,
    "month_year": resolve_month_year,
    "month": _resolve_month,
    "month_shift": resolve_month_shift,
    "year": resolve_year,
    "weekday": _resolve_weekday,
    "weekend": _resolve_weekend,
    "weekday_week": _resolve_weekday_week,
    "relative_day": resolve_relative_day,
    "period": _resolve_period,
    "ago": resolve_ago,
    "in_units": resolve_in_units,
    "ordinal": _resolve_ordinal,
    "decade": resolve_decade,
    "span": _resolve_span,
    "season": _resolve_season,
}


def week_report_day(
    span: Span, earlier: list[DateMention], tenses: TenseReader, published: date
) -> date | None:
    """The day a weekday or a weekend of a future in the past counts from when a week dates the
    report or the scheduling ("Last week the minister said he would visit on Monday"): the
    Tuesday of that week, so that the weekday is the first one after the week's Monday (a
    Monday is the next week's). ``NO_DAY`` when a month or a year dates it ("Last year he
    said he would visit on Monday": which Monday is not told); ``None`` when nothing does."""
    mention = coarse_report_date(span, earlier, tenses, published)
    if mention is None:
        return None
    if mention.precision != "week":
        return NO_DAY
    return date.fromisoformat(mention.date) + timedelta(days=1)


# the component --------------------------------------------------------------------------
class DatesComponent:
    """Finds and resolves date expressions (see the module docstring)."""

    def __init__(self, nlp: Language, data: DatesData) -> None:
        self.data = data
        self.matcher = DateMatcher(nlp, data)
        self.tenses = TenseReader(data)

    def __call__(self, doc: Doc) -> Doc:
        doc._.ew_dates = self.find(doc, published_of(doc))
        return doc

    def find(self, doc: Doc, published: date | None) -> list[DateMention]:
        """The resolved date mentions of ``doc`` for publication date ``published``."""
        ctx = DateContext(self.data, published, self.tenses)
        mentions: list[DateMention] = []
        anchor: DateMention | None = None
        events = date_nouns.event_heads(doc)
        for label, start, end in longest_first(self.matcher(doc)):
            span = doc[start:end]
            if not_a_date(span, self.data) or date_nouns.named_weekday(span, self.data):
                continue
            form = doc.vocab.strings[label]
            follows = date_nouns.following_event(span, self.data, events)
            if follows and follows[1] and form in PAST_FORMS:
                follows = None  # "scheduled a meeting two weeks ago": the scheduling's date
            here = replace(ctx, future=True) if follows and follows[1] else ctx
            try:
                reported = (dated_report_day(span, mentions, self.tenses, published)
                            if form in REPORT_RELATIVE and published is not None else None)
                if reported is None and form in WEEK_RELATIVE and published is not None:
                    reported = week_report_day(span, mentions, self.tenses, published)
                if reported is not None:
                    here = replace(here, published=reported, report_dated=True)
                resolved = (resolve_anchored(ctx, span, anchor) if form in ANCHORED
                            else None if reported == NO_DAY else RESOLVERS[form](here, span))
            except (OverflowError, ValueError):  # past the calendar's ends (year 1 or 9999)
                resolved = None
            if resolved is not None:
                day, precision = resolved
                noun = follows[0] if follows else date_nouns.day_named_noun(span, form, self.data)
                noun = span[-1].head.i if dates_noun_only(ctx, span) else noun
                noun = compared_noun(span, self.data) if noun is None else noun
                mention = DateMention(start, end, day.isoformat(), precision, noun,
                                      is_limit(span, self.data))
                mentions.append(mention)
                anchor = anchor if mention.limit else mention
        mentions = merge_ranges(doc, mentions, self.data.range_openers)
        return sorted(mentions + eve_mentions(doc, mentions, self.data), key=lambda m: m.start)


@Language.factory(
    "ew_dates",
    assigns=["doc._.ew_dates"],
    requires=["token.tag", "token.dep", "token.lemma"],
)
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """The ``ew_dates`` component; ``dates.yaml`` is read once, here."""
    return DatesComponent(nlp, load_dates_data())


__all__ = [
    "DatesComponent",
    "DatesData",
    "TenseReader",
    "add_months",
    "build_matcher",
    "load_dates_data",
    "make_dates",
    "monday_of",
    "pick_occurrence",
]
