"""The tense of the clause a date attaches to (part of ``ew_dates``; how it places a weekday, a
month or a month-day without a year is described in ``dates.py``).

Besides the rule given there (future markers, scheduling words, the tense of the topmost verb):

* A clause with a future-in-the-past auxiliary ("would", ``reported_future_auxiliaries``; not
  "would have") that is the content of a verb of saying or thinking
  (``future_in_past_governors``) is *future*: "said he would visit Moscow on Monday" is a visit
  after the report, so after the report's date when the report has one of its own ("said on
  Friday he would visit on Monday": the Monday after that Friday; ``report_verb``), else after
  publication.
* The infinitive of a noun ("defended his decision to tell Congress in October") is no
  headline's future: a noun of intent (``future_nouns``: "announced plans to visit Beijing in
  October") makes it *future*, so does a future marker over the noun or a verb that makes its
  own complement future (``future_governor_lemmas``: "announced the decision to send troops on
  Friday"); else a past clause over
  the noun makes it *past* ("missed the chance to meet on Friday") and any other clause leaves
  it unknown ("defends his decision to tell Congress in October": the nearest October). A noun
  with no verb over it, or the subject of a speech verb, is a headline's: "Talks to resume on
  Monday, officials say" stays *future*.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventwire.pipeline.date_calendar import Tense
from eventwire.pipeline.date_patterns import DatesData, word_list
from eventwire.pipeline.mentions import DateMention

VERBAL = ("VERB", "AUX")
# How a noun with an infinitive stands to the verb over it for the noun's rule to apply.
NOUN_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "attr", "nsubj"})


class TenseReader:
    """Reads the tense of the clause a date attaches to (rules: see ``dates.py`` and this
    module's docstring)."""

    def __init__(self, data: DatesData) -> None:
        self.future_aux = frozenset(word_list(data.future_auxiliaries))
        self.future_lemmas = frozenset(word_list(data.future_lemmas))
        self.future_governors = frozenset(word_list(data.future_governor_lemmas))
        self.governors = frozenset(word_list(data.future_governors))
        self.reporting = frozenset(word_list(data.reporting_lemmas))
        self.invariant = frozenset(word_list(data.invariant_lemmas))
        self.reported_future = frozenset(word_list(data.reported_future_auxiliaries))
        self.future_in_past = frozenset(word_list(data.future_in_past_governors))
        self.future_nouns = frozenset(word_list(data.future_nouns))

    def tense(self, token: Token) -> Tense:
        verb = governing_verb(token)
        if verb is None:
            return None
        chain = xcomp_chain(verb)
        report = self._report_of_chain(chain)
        if report is not None and _before_content(token, report, chain[-1]):
            return self.tense(report)  # "said on Friday he would visit": the saying's Friday
        if self._is_future(chain) or report is not None:
            return "future"
        top = chain[-1]
        tense = self._finite_tense(top)
        if tense is None and top.tag_ == "VB" and any(c.lower_ == "to" for c in top.children):
            if top.dep_ == "advcl" and top.head.pos_ in VERBAL:
                return self.tense(top.head)  # purpose: "sat down with her to talk Wednesday"
            if top.dep_ == "acl" and top.head.pos_ == "NOUN":
                return self._noun_infinitive_tense(top.head)
            return "future"  # a bare infinitive, as in headlines: "Putin to meet Xi on Friday"
        return tense

    def marked_future(self, token: Token) -> bool:
        """The clause over ``token`` is future by a marker ("will", "is set to", "plans to")."""
        verb = governing_verb(token)
        return verb is not None and self._is_future(xcomp_chain(verb))

    def report_verb(self, token: Token) -> Token | None:
        """The verb of saying or thinking whose future-in-the-past content holds ``token``
        ("said" in "said he would visit Moscow on Monday")."""
        verb = governing_verb(token)
        if verb is None:
            return None
        chain = xcomp_chain(verb)
        report = self._report_of_chain(chain)
        return None if report is None or _before_content(token, report, chain[-1]) else report

    def past_schedule(self, token: Token) -> Token | None:
        """The scheduling word in the past tense that alone makes the clause over ``token``
        future ("was scheduled for May 3", "had planned to visit in April", "agreed on Friday
        to meet on Monday", "the summit, scheduled for May 3, was postponed"): a future in the
        past, of a time after the scheduling but not necessarily after publication. ``None``
        when a future auxiliary marks the clause."""
        verb = governing_verb(token)
        if verb is None:
            return None
        chain = xcomp_chain(verb)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in self.future_aux
               for link in chain for c in link.children):
            return None
        for position, link in enumerate(chain):
            lemma = link.lemma_.lower()
            schedules = lemma in self.future_lemmas or (
                position and lemma in self.future_governors)
            if schedules and (_past(link) or _past_participle(link)):
                return link
        return None

    def _report_of_chain(self, chain: list[Token]) -> Token | None:
        top = chain[-1]
        if top.dep_ != "ccomp" or top.head.lemma_.lower() not in self.future_in_past:
            return None
        for link in chain:
            auxes = [c for c in link.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in self.reported_future for a in auxes) and not any(
                    a.lemma_ == "have" for a in auxes):
                return top.head
        return None

    def _noun_infinitive_tense(self, noun: Token) -> Tense:
        """The tense of the infinitive of ``noun`` ("his decision to tell Congress in
        October"): see the module docstring."""
        over = governing_verb(noun)
        if over is None or noun.dep_ not in NOUN_DEPS or (
                noun.dep_ == "nsubj" and over.lemma_.lower() in self.reporting):
            return "future"  # a headline: "Talks to resume on Monday, officials say"
        if (noun.lemma_.lower() in self.future_nouns or self.marked_future(noun)
                or over.lemma_.lower() in self.future_governors):
            return "future"  # "plans to", "will announce a decision to", "announced a decision to"
        return "past" if self.tense(over) == "past" else None

    def _is_future(self, chain: list[Token]) -> bool:
        for position, link in enumerate(chain):
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in self.future_aux
                   for c in link.children):
                return True
            lemma = link.lemma_.lower()
            scheduling = lemma in self.future_lemmas and (position or link.tag_ != "VBD")
            if scheduling or (position and lemma in self.future_governors):
                return True  # "is set to meet", "talks planned for Friday"; not "set fire"
            if position and lemma in self.governors and link.tag_ == "VBG":
                return True
        return False

    def _finite_tense(self, verb: Token) -> Tense:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
            return "past"
        present = verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)
        if present and not auxes and verb.tag_ == "VBP" and verb.lemma_.lower() in self.invariant:
            return None  # "set", "hit": past and present alike
        if present:
            return "past" if verb.lemma_.lower() in self.reporting else "future"
        return None


def report_day(
    span: Span, earlier: list[DateMention], tenses: TenseReader, published: date
) -> date:
    """The day a future-in-the-past ``span`` counts from (``dated_report_day``), else
    ``published``."""
    return dated_report_day(span, earlier, tenses, published) or published


def dated_report_day(
    span: Span, earlier: list[DateMention], tenses: TenseReader, published: date
) -> date | None:
    """The day of the report or of the past scheduling whose future in the past ``span`` is,
    when an earlier mention dates it ("said on Friday he would visit on Monday", "agreed on
    Friday to meet on Monday": that Friday; before publication, to a day)."""
    report = tenses.report_verb(span.root) or tenses.past_schedule(span.root)
    if report is None:
        return None
    for mention in reversed(earlier):
        when = date.fromisoformat(mention.date)
        if (_dates_report(span.doc[mention.start:mention.end], report) and not mention.limit
                and mention.precision == "day" and when <= published):
            return when
    return None


def coarse_report_date(
    span: Span, earlier: list[DateMention], tenses: TenseReader, published: date
) -> DateMention | None:
    """The earlier mention of a week, a month or a year, up to publication, that dates the
    report or the past scheduling whose future in the past ``span`` is ("Last week the minister
    said he would visit on Monday": "Last week"), when no day dates it
    (``dated_report_day``)."""
    report = tenses.report_verb(span.root) or tenses.past_schedule(span.root)
    if report is None:
        return None
    return next((mention for mention in reversed(earlier)
                 if mention.precision != "day" and not mention.limit
                 and date.fromisoformat(mention.date) <= published
                 and _dates_report(span.doc[mention.start:mention.end], report)), None)


def _dates_report(span: Span, report: Token) -> bool:
    """``span`` dates the speech verb ``report`` or a report whose content it is ("told the BBC
    on Sunday she believed he would apologise"): it hangs from one of them, or stands between
    one and its content's subject ("said on Friday he would visit", however parsed)."""
    reports = [report]
    while reports[-1].dep_ == "ccomp" and reports[-1].head.i != reports[-1].i:
        reports.append(reports[-1].head)
    if governing_verb(span.root) in reports:
        return True
    return any(_before_content(span[0], verb, c) for verb in reports
               for c in verb.children if c.dep_ == "ccomp")


def _before_content(token: Token, report: Token, content: Token) -> bool:
    """``token`` lies between the speech verb ``report`` and the subject of its ``content``
    ("said on Friday he would visit"): it is the report's, whatever the parse hangs it from."""
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and report.i < token.i < subject.left_edge.i


def _past(verb: Token) -> bool:
    """``verb`` is in a past tense: "planned", "was scheduled", "had planned", "were due"."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
        for c in verb.children)


def _past_participle(verb: Token) -> bool:
    """``verb`` is a participle after a noun in a past clause: "The summit, scheduled for May
    3, was postponed"."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.i == verb.i:
        return False
    over = governing_verb(verb.head)
    return over is not None and over.i != verb.i and _past(over)


def xcomp_chain(verb: Token) -> list[Token]:
    """The verb and the verbs or adjectives it complements: "meet" <- "plans" in "plans to
    meet"."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def governing_verb(token: Token) -> Token | None:
    """The first verb among ``token`` and its ancestors."""
    current = token
    for _ in range(20):
        if current.pos_ in VERBAL:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


__all__ = [
    "TenseReader",
    "coarse_report_date",
    "dated_report_day",
    "governing_verb",
    "report_day",
    "xcomp_chain",
]
