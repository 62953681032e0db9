"""What a date expression does in its sentence (part of ``ew_dates``; used by the assembler).

* A **limit** bounds an act without dating it: a date under a limit preposition ("the ceasefire
  holds until March", "sanctions stay in force through 2025", "must agree by Friday", "before
  June 30"), read through a period's edge ("by the end of next year"), or a date that modifies
  a limit noun ("the deadline of June 30", "a June 30 deadline", "the deadline is Friday").
  A limit is no act's date: the act takes the date of its own clause, else the publication date
  (whose precision says that the text gave none). Which words count is in ``dates.yaml``
  (``limit_preps``, ``edge_nouns``, ``limit_nouns``).
* A date **postmodifying a noun** ("remarks in late April", "the summit on March 3", "the vote
  last week") is that noun's date. When the noun names an event of its own, the date dates
  that event and not the verb whose argument the noun is ("Kyiv condemned [the summit on March
  3]": the condemnation is not dated March 3; ``assemble``'s date picking); and a present-tense
  clause does not make it a coming date ("Kyiv is still angry about the remarks in late
  April": last April, the nearest).
* A date **compared with** ("the result came quickly, unlike in 2000", "more protests than in
  2019", "compared with last year") is no act's date either: it is marked a limit
  (``comparison_words``); one of a noun ("in contrast to the speech of October 2018") dates that
  noun only (``compared_noun``).
* Some date phrases name no time (``not_a_date``): a title, a name ("May's cabinet"), the year
  in a named instrument ("the Securities Exchange Act of 1934"), the span that ends at
  publication ("in the past week", "over the last year": ``rolling_shifts``).
* **"today" as "nowadays"** is no date at all (``nowadays_words``): one before the verb of a
  simple present ("Europe today faces a crisis"; not "talks start today"), after a noun of an
  era ("the world today": ``era_nouns``), the possessive of one or of a proper noun ("today's
  youth", "today's Russia"); and a capitalised "Today" after a lower-case word is a name (BBC
  Radio's "told Today").
* **The eve** of an event is the day before it (``eve_nouns``: word -> shift in days): "on the
  eve of Tuesday's summit" is Monday, and "on the eve of the summit" the day before the summit
  dated earlier in the text ("the summit on June 3"); with no day for the event, no date.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.pipeline.date_patterns import DatesData
from eventwire.pipeline.mentions import DateMention

NOUN_PREMODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def _lower_words(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def is_limit(span: Span, data: DatesData) -> bool:
    """``span`` (a date expression) bounds an act rather than dating it (module docstring)."""
    root = span.root
    if _premodifies_other_noun(span):
        return _is_limit_noun(root.head, data)  # "a June 30 deadline", not "before Monday's vote"
    return (_limit_word_before(span, data) or _limit_by_parse(root, data)
            or _compared(span, data))


def _compared(span: Span, data: DatesData) -> bool:
    """The date is the term of a comparison: "unlike in 2000", "than in 2019", "unlike 2000",
    "in contrast to the speech of October 2018", "compared with last year"."""
    words = _lower_words(data.comparison_words)
    doc = span.doc
    before = [doc[i].lower_ for i in range(max(span.start - 2, 0), span.start)]
    if len(span) > 1 and span[1].lower_ in data.units and (
            span[0].is_digit or span[0].lower_ in data.numbers):
        return False  # a quantity: "more than a month ago"
    if before[-1:] and before[-1] in words:
        return True
    if len(before) == 2 and before[0] in words and doc[span.start - 1].pos_ == "ADP":
        return True
    return dated_noun(span) is None and _compared_phrase(span, data)


def _compared_phrase(span: Span, data: DatesData) -> bool:
    """A comparison word is over the date in its clause: "in contrast to the speech of October
    2018", "compared with last year"."""
    words = _lower_words(data.comparison_words)
    for ancestor in span.root.ancestors:
        if ancestor.lower_ in words:
            return True
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ != "prep":
            return False
    return False


def compared_noun(span: Span, data: DatesData) -> int | None:
    """The noun that a date in a phrase of comparison dates, which is all it dates ("in contrast
    to the speech of October 2018": the speech's date, not the clause's)."""
    noun = dated_noun(span)
    return noun.i if noun is not None and _compared_phrase(span, data) else None


def not_a_date(span: Span, data: DatesData) -> bool:
    """A date phrase that names no time: a quoted title (``quoted_title``), "today" as
    "nowadays" (``nowadays``), the year of a named instrument ("the Securities Exchange Act of
    1934": ``instrument_nouns``), a month that is a person's name before a possessive ("May's
    cabinet": ``name_months``)."""
    if quoted_title(span) or nowadays(span, data) or rolling_period(span, data):
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if len(span) == 1 and span.text.lower() in _lower_words(data.name_months) and (
            after is not None and after.tag_ == "POS"):
        return True
    of = doc[span.start - 1] if span.start > 0 else None
    named = of.head if of is not None and of.lower_ == "of" else None
    return named is not None and named.i < span.start and named.is_title and (
        named.lemma_.lower() in _lower_words(data.instrument_nouns))


def rolling_period(span: Span, data: DatesData) -> bool:
    """``span`` is "last week", "past year" after "the": the span that ends at publication
    ("attacked twice in the past week", "over the last year"; ``rolling_shifts``), no
    calendar period."""
    doc = span.doc
    return (len(span) == 2 and span[0].lower_ in data.rolling_shifts
            and span[1].lower_ in data.periods and span.start > 0
            and doc[span.start - 1].lower_ == "the")


def nowadays(span: Span, data: DatesData) -> bool:
    """``span`` is "today" meaning "nowadays", or the name "Today" (module docstring)."""
    if span.text.lower() not in _lower_words(data.nowadays_words):
        return False
    doc = span.doc
    eras = _lower_words(data.era_nouns)
    before = doc[span.start - 1] if span.start > span.sent.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and span[0].is_title and before.is_lower and before.is_alpha:
        return True  # a programme's name: "told Today that ..."
    if after is not None and after.tag_ == "POS":
        owner = after.head if after.head.i != span.start else span.root.head
        return owner.i > span.start and (owner.pos_ == "PROPN" or owner.lemma_.lower() in eras)
    if before is not None and before.lemma_.lower() in eras:
        return True
    return _simple_present(span.root)


def _simple_present(token: Token) -> bool:
    """``token`` stands before its verb, a simple present with no auxiliary: "Europe today
    faces" (not "talks start today", a day)."""
    verb = token.head
    return (verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and verb.i > token.i)


def _premodifies_other_noun(span: Span) -> bool:
    """The date premodifies a noun after it: "Monday's vote", "a June 30 deadline"."""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (root.dep_ in NOUN_PREMODIFIER_DEPS and root.head.i >= span.end
            and root.head.pos_ == "NOUN") or (after is not None and after.tag_ == "POS")


def _limit_word_before(span: Span, data: DatesData) -> bool:
    """A limit preposition before the date, past a period's edge: "until March", "by the end
    of next year", "until the middle of May"."""
    preps, edges = _lower_words(data.limit_preps), _lower_words(data.edge_nouns)
    i = span.start - 1
    doc = span.doc
    if i >= 0 and doc[i].lower_ == "of":
        i -= 1
        if i < 0 or doc[i].lower_ not in edges:
            return False
        i -= 1
        while i >= 0 and doc[i].lower_ in DETERMINERS:
            i -= 1
    return i >= 0 and doc[i].lower_ in preps


def _limit_by_parse(token: Token, data: DatesData) -> bool:
    """The date's head is a limit preposition or a limit noun ("the deadline of June 30",
    "the deadline is Friday"), through a period's edge."""
    preps, edges = _lower_words(data.limit_preps), _lower_words(data.edge_nouns)
    current = token
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return False
        if head.dep_ == "prep" and current.dep_ == "pobj":
            if head.lower_ in preps:
                return True
            if head.head.lemma_.lower() in edges and head.lower_ == "of":
                current = head.head
                continue
            return _is_limit_noun(head.head, data)
        if current.dep_ in ("attr", "npadvmod", "appos") or head.pos_ == "NOUN":
            return _is_limit_noun(head, data) or any(
                _is_limit_noun(c, data) for c in head.children if c.dep_ == "nsubj")
        return False
    return False


def _is_limit_noun(token: Token, data: DatesData) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in _lower_words(data.limit_nouns)


def quoted_title(span: Span) -> bool:
    """A capitalised date phrase that is all of a quotation is a title: ABC's "This Week", the
    "Today" programme. Only punctuation may stand between the phrase and its quotation marks."""
    doc = span.doc
    if span.start == 0 or not span[0].is_title or not doc[span.start - 1].is_quote:
        return False
    after = next((t for t in doc[span.end:] if not (t.is_punct and not t.is_quote)), None)
    return after is not None and after.is_quote


def eve_mentions(doc: Doc, mentions: list[DateMention], data: DatesData) -> list[DateMention]:
    """A mention for each "the eve of <event>" whose event has a day: in the phrase ("the eve
    of Tuesday's summit") or given to the same noun before it in the text ("the summit on June
    3 ... on the eve of the summit"). The mention spans "the eve" (``eve_nouns``)."""
    found: list[DateMention] = []
    for token in doc:
        shift = data.eve_nouns.get(token.lower_)
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        event = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if shift is None or event is None or event.pos_ != "NOUN":
            continue
        day = _day_of_noun(doc, mentions, event)
        if day is not None:
            start = token.i - 1 if token.i and doc[token.i - 1].lower_ == "the" else token.i
            when = (date.fromisoformat(day) + timedelta(days=shift)).isoformat()
            found.append(DateMention(start, token.i + 1, when, "day"))
    return found


def _day_of_noun(doc: Doc, mentions: list[DateMention], event: Token) -> str | None:
    """The day of ``event``: a day mention that dates it, else the day of the nearest earlier
    noun of the same lemma (a day that dates it, or the day of its clause: "met at a summit on
    June 2")."""
    days = [m for m in mentions if m.precision == "day" and not m.limit]
    own = [m for m in days if event.i in (m.noun, _dated_token(doc, m))]
    if own:
        return own[0].date
    lemma = event.lemma_.lower()
    for earlier in reversed(doc[:event.i]):
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma:
            continue
        verb = _clause_verb(earlier)
        for mention in days:
            noun = _dated_token(doc, mention)
            if noun == earlier.i or (noun is None and verb is not None
                                     and _clause_verb(doc[mention.start:mention.end].root) == verb):
                return mention.date
        return None
    return None


def _dated_token(doc: Doc, mention: DateMention) -> int | None:
    noun = dated_noun(doc[mention.start:mention.end])
    return None if noun is None else noun.i


def _clause_verb(token: Token) -> Token | None:
    """The first verb among ``token`` and its heads."""
    for current in (token, *token.ancestors):
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def postmodified_noun(token: Token) -> Token | None:
    """The common noun that the date whose root is ``token`` follows and modifies: "remarks
    [in late April]", "the summit [on March 3]", "the vote [last week]", "a settlement [four
    years ago]"; a later conjunct as the first: "the surge [in March and April 2015]"."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    head = token.head
    if token.dep_ in ("npadvmod", "advmod") and head.pos_ == "NOUN" and head.i < token.i:
        return head  # "the vote last week", "a settlement four years ago"
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        noun = head.head
        return noun if noun.i < token.i else None
    return None


def dated_noun(span: Span) -> Token | None:
    """The noun whose event ``span`` dates, when the date modifies a noun: one it follows
    ("the summit on March 3") or one it premodifies ("Tuesday's strikes")."""
    root = span.root
    if _premodifies_other_noun(span):
        return root.head if root.head.pos_ == "NOUN" else None
    return postmodified_noun(root)


__all__ = [
    "compared_noun",
    "dated_noun",
    "eve_mentions",
    "is_limit",
    "not_a_date",
    "nowadays",
    "postmodified_noun",
    "quoted_title",
    "rolling_period",
]
