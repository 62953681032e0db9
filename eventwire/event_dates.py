"""The date of an event: the date expression of its trigger's clause (``ew_dates``), resolved
against the publication date and reconciled with how the text reports the act.

* A limit ("until March", "by Friday", "the deadline of June 30") dates no act.
* A date of an event noun dates that event; a comment on the event (``reaction_roots``) whose
  object the noun is is not dated by it ("condemned the arrest on Monday of three activists"),
  and a noun trigger's own date comes before other dates of its clause.
* A possessive date or a year before an actor's phrase or a noun of a person ("last year's
  nominee", "the 2016 candidate") dates the role, no act.
* A verb conjoined to a dated one with no subject or auxiliary of its own shares its date
  ("accused China on Thursday and blasted Nike"), and so does the complement of a scheduling
  verb ("is expected in a speech on Friday to announce"); a later conjunct's date does not
  date an earlier one.
* An event noun that its clause's verb ends ("ended the ban last year") or asks for ("On
  Monday, unions called for a strike") is not dated by the verb's date (``ending_lemmas``,
  ``request_lemmas``).
* A subjectless participial adjunct ("Rebels shelled the town on Monday, killing four") has the
  date of the clause it hangs from, and gives its date to that clause when the clause has none
  ("Morsi rebuffed the ultimatum, saying on Tuesday he had not been consulted": one act of one
  time; not a perfect "having met on Monday", nor a marked "after meeting"); so does an
  infinitive of purpose ("met with Mueller last week to discuss an interview": the discussion
  is at the meeting), and a participle that follows a noun trigger ("the rally
  held in Houston last year") dates it, when neither has a date of its own.
* A clause of the same time ("when", "as": ``same_time_marks``) and the clause it hangs from
  share the date that one of them has ("The minister resigned on Monday when protesters stormed
  the ministry"). A clause of another time ("after", "before", "because") does not: "Police
  arrested two men on Friday after they attacked a guard" leaves the attack at the article's
  default, since it may have been on any day before the arrest.
* A past date of another noun ("a settlement four years ago", "the policy of the 1990s") does
  not date an act of the simple present ("he says", "it differs from").
* A date over the trigger's noun is relative to its event, not its date ("on the eve of the
  summit" dates the acts of its clause, not the summit).
* A date right after a speech verb and before its content's subject is the report's, whatever
  the parse hangs it from ("said on Monday he would visit Moscow": the saying).
* A coming date on a past-tense speech verb ("said later this week he would visit Moscow") is
  the date of the verb's content, which has none of its own.
* An act reported as occurred is never later than its report (``reconcile_with_report``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.pipeline.date_nouns import requested_noun
from eventwire.pipeline.date_patterns import bundled_dates_data
from eventwire.pipeline.date_roles import dated_noun
from eventwire.pipeline.event_places import same_clause, trigger_clause
from eventwire.pipeline.mentions import DateMention
from eventwire.pipeline.person_antecedents import load_person_nouns, person_noun

VERBAL = frozenset({"VERB", "AUX"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "mark", "expl"})


def _describes_actor(doc: Doc, mention: DateMention) -> bool:
    """``mention`` is the possessive or the year before the head of an actor's phrase or of a
    noun of a person: it dates the actor's role, no act ("last year's nominee, Mitt Romney, has
    condemned...", "the 2016 candidate")."""
    span = doc[mention.start:mention.end]
    noun = dated_noun(span)
    possessive = span.end < len(doc) and doc[span.end].tag_ == "POS"
    if noun is None or not (possessive or mention.noun is not None):
        return False
    heads = {actor.head for actor in doc._.ew_actors or ()}
    return noun.i in heads or person_noun(noun, load_person_nouns())


def _ended(head: Token, clause: Token) -> bool:
    """``head`` is a noun trigger that its clause's verb ends (``ending_lemmas``: "ended the ban
    last year", "the court rejected the lawsuit in May"): the noun's event began before its
    end, so only a date of the noun itself dates it."""
    return (head.pos_ == "NOUN" and clause.i != head.i and head.dep_ in ("dobj", "nsubjpass")
            and clause.lemma_.lower() in bundled_dates_data().ending_lemmas)


def _requested(head: Token, clause: Token) -> bool:
    """``head`` is a noun trigger that its clause's verb asks for (``request_lemmas``: "On
    Monday, unions called for a strike"): the requested event comes after the request, so only
    a date of the noun itself dates it."""
    return (head.pos_ == "NOUN" and clause.i != head.i
            and requested_noun(head, bundled_dates_data()) and clause.i in (
                head.head.i, head.head.head.i))


def _older_noun(
    doc: Doc, mention: DateMention, own: range, clause: Token, published: date | None
) -> bool:
    """``mention`` is a past date of a noun other than the trigger ``own`` ("a settlement four
    years ago", "the trade policy of the 1990s") in a clause of the simple present ("he says",
    "it differs from"): the present act of the clause's verb is not of the noun's time (a
    noun trigger's time is not the verb's: "the probe follows his comments a week ago")."""
    noun = dated_noun(doc[mention.start:mention.end])
    if noun is None or noun.i in own or published is None:
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    present = clause.tag_ in ("VBZ", "VBP") or (
        clause.tag_ == "VB" and auxes and all(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "do"
                                               for a in auxes))
    simple = all(a.lemma_ == "do" for a in auxes)
    return bool(present and simple) and mention.date < published.isoformat()


def _depth_below(token: Token, ancestor: Token) -> int:
    """How many arcs lie between ``token`` and ``ancestor`` (its ancestor)."""
    depth = 0
    while token.i != ancestor.i and token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def pick_date(
    sent: SpacySpan, head: Token, dates: Sequence[DateMention], published: date | None,
    own: range | None = None, code: str = "", hops: int = 1,
) -> tuple[str | None, str]:
    """The date of the trigger's own clause, else the publication date. A limit ("until
    March") dates no act; a date of another event noun that is the object of a comment
    (``code`` of a ``reaction_roots`` root: "condemned the summit on March 3") dates that
    noun's event only (``dated_elsewhere``); and a date of the trigger's own noun comes first.
    ``own``: the trigger's tokens (its head alone if not given); ``hops``: how many clauses
    away an undated trigger may take its date from (``_date_givers``)."""
    doc = sent.doc
    clause = trigger_clause(head)
    if clause.pos_ == "ADP":
        clause = clause.head
    mine = own if own is not None else range(head.i, head.i + 1)
    reacts = bool(code) and code.startswith(bundled_dates_data().reaction_roots)
    local = [d for d in dates if sent.start <= d.start < sent.end and not d.limit
             and (d.noun is None or d.noun == head.i)
             and not doc[d.start:d.end].root.is_ancestor(head)
             and not _describes_actor(doc, d)
             and not (reacts and dated_elsewhere(doc, d, mine, clause))
             and not (head.i == clause.i and _older_noun(doc, d, mine, clause, published))
             and _report_of(doc, d) in (None, clause.i)]

    def key(d: DateMention) -> tuple[bool, int]:
        noun = dated_noun(doc[d.start:d.end])
        return (d.noun != head.i and (noun is None or noun.i != head.i),
                min(_depth_below(doc[i], clause) for i in range(d.start, d.end)))

    attached = sorted(
        (d for d in local if (any(same_clause(doc[i], clause) for i in range(d.start, d.end))
                              or _report_of(doc, d) == clause.i)
         and not ((_ended(head, clause) or _requested(head, clause)) and key(d)[0])),
        key=key)
    if attached:
        return attached[0].date, attached[0].precision
    if hops:
        for giver in _date_givers(head, clause):
            when, precision = pick_date(sent, giver, dates, published, mine, code, hops - 1)
            if precision != "publication":
                return when, precision
        coming = _coming_date_of_report(sent, clause, dates, published)
        if coming is not None:
            return coming.date, coming.precision
    return (published.isoformat() if published else None), "publication"


def _report_of(doc: Doc, mention: DateMention) -> int | None:
    """The speech verb right before ``mention`` whose content clause the parse hangs the date
    from, before the content's subject ("The president said on Monday he would visit Moscow":
    said): the date is of the report, not of its content."""
    first = mention.start
    if first and doc[first - 1].pos_ == "ADP":
        first -= 1  # "on Monday"
    if first == 0:
        return None
    verb = doc[first - 1]
    content = next((t for t in doc[mention.start:mention.end].root.ancestors
                    if t.pos_ in VERBAL), None)
    if (content is None or verb.pos_ != "VERB" or content.dep_ != "ccomp"
            or content.head.i != verb.i
            or verb.lemma_.lower() not in bundled_dates_data().reporting_lemmas):
        return None
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.i if subject is not None and subject.left_edge.i >= mention.end else None


def _coming_date_of_report(
    sent: SpacySpan, clause: Token, dates: Sequence[DateMention], published: date | None
) -> DateMention | None:
    """A coming date on the past-tense speech verb whose content is ``clause`` ("The president
    said later this week he would visit Moscow", "said next month that talks will resume"): a
    past report is not of a coming time, the date is its content's (a day after publication,
    or a period "later" in the current one: ``anchor_directions``)."""
    report = clause.head
    data = bundled_dates_data()
    if (clause.dep_ != "ccomp" or report.tag_ != "VBD" or published is None
            or report.lemma_.lower() not in data.reporting_lemmas):
        return None
    doc = sent.doc
    for mention in dates:
        span = doc[mention.start:mention.end]
        if (sent.start <= mention.start < sent.end and not mention.limit and mention.noun is None
                and (span.root.head.i == report.i or _report_of(doc, mention) == report.i)
                and span.root.dep_ != "ccomp" and (
                    mention.date > published.isoformat()
                    or data.anchor_directions.get(span[0].lower_, 0) > 0)):
            return mention
    return None


def _bare_participle(token: Token) -> bool:
    """A participle with no subject, auxiliary or marker of its own."""
    return token.tag_ in PARTICIPLE_TAGS and not any(
        child.dep_ in OWN_CLAUSE_DEPS for child in token.children)


def _date_givers(head: Token, clause: Token) -> list[Token]:
    """Where an undated trigger takes its date from: the verb a subjectless participial adjunct
    hangs from ("shelled the town on Monday, killing four": shelled), or the participle that
    follows a noun trigger ("the rally held in Houston last year": held), or the verb of a
    subject noun trigger whose trigger phrase holds the noun ("a protest meeting was held
    Monday"); the clause a clause
    of the same time hangs from, or the clause of the same time that hangs from it ("resigned
    on Monday when protesters stormed the ministry": both Monday; ``same_time_marks``); the
    verb a verb without a subject is conjoined to ("accused China on Thursday and blasted
    Nike"), or the scheduling verb it complements ("is expected Friday to announce")."""
    givers: list[Token] = []
    if clause.i == head.i and head.dep_ == "advcl" and (
            _bare_participle(head) or _purpose(head)) and head.head.pos_ in VERBAL:
        givers.append(head.head)
    if head.pos_ == "NOUN":
        givers += [c for c in head.children if c.dep_ == "acl" and c.i > head.i
                   and c.tag_ == "VBN" and _bare_participle(c)][:1]
        if _subject_in_verbs_trigger(head):
            givers.append(head.head)
    if _same_time(clause) and clause.head.pos_ in VERBAL:
        givers.append(clause.head)
    if clause.head.pos_ in VERBAL and clause.head.i != clause.i and (
            _shares_subject(clause) or _scheduled(clause)):
        givers.append(clause.head)
    if clause.pos_ in VERBAL:
        givers += [c for c in clause.children if _same_time(c) or (
            head.i == clause.i and c.dep_ == "advcl" and c.i > clause.i
            and _bare_participle(c) and c.tag_ == "VBG" and _dated_itself(c))]
    return givers


def _dated_itself(verb: Token) -> bool:
    """A date hangs from ``verb`` itself, bare or under a preposition ("saying on Tuesday"), not
    from a word below it ("working out the next day's strategy")."""
    for mention in verb.doc._.ew_dates or ():
        root = verb.doc[mention.start:mention.end].root
        if root.head.i == verb.i or (root.head.dep_ == "prep" and root.head.head.i == verb.i):
            return True
    return False


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose with no subject of its own: "to discuss" in "met with Mueller
    last week to discuss an interview"."""
    return verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _subject_in_verbs_trigger(noun: Token) -> bool:
    """``noun`` is the subject of a verb whose own trigger holds it ("a protest meeting was
    held Monday", coded as one phrase): the verb's date is the noun's event's."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in VERBAL and any(
        frame.trigger.head == verb.i and frame.trigger.start <= noun.i < frame.trigger.end
        for frame in noun.doc._.ew_frames or ())


def _shares_subject(clause: Token) -> bool:
    """A verb conjoined to the one before it, with no subject or auxiliary of its own: "accused
    China on Thursday and blasted Nike" (blasted: Thursday; not "has answered questions since
    Monday and has been travelling for months")."""
    return clause.dep_ == "conj" and clause.pos_ in VERBAL and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in clause.children
    ) and not _tensed_after_infinitive(clause)


def _tensed_after_infinitive(clause: Token) -> bool:
    """A tensed verb conjoined to a bare infinitive is no part of the infinitive's plan: it
    continues the clause over it ("was expected to visit Ankara on May 3 but cancelled the
    trip": the cancelling is not of May 3)."""
    verb = clause.head
    return clause.tag_ in TENSED_TAGS and verb.tag_ == "VB" and verb.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _scheduled(clause: Token) -> bool:
    """The complement of a scheduling verb ("is expected in a speech Friday to announce",
    "plans on Monday to visit"; ``future_lemmas``): the schedule's date is the act's."""
    infinitive = clause.dep_ == "xcomp" or (
        clause.dep_ == "advcl" and any(c.tag_ == "TO" for c in clause.children))
    return infinitive and clause.head.lemma_.lower() in bundled_dates_data().future_lemmas


def _same_time(clause: Token) -> bool:
    """An adverbial clause with a subject, marked as of the same time as the clause it hangs
    from: "when protesters stormed the ministry", "as troops advanced"; not a report ("as
    officials said on Monday"), nor one in the past perfect ("as he had promised")."""
    data = bundled_dates_data()
    if clause.lemma_.lower() in data.reporting_lemmas:
        return False  # "as officials said on Monday": the time of a report, not of the act
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in data.same_time_marks
                 for c in clause.children)
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in clause.children):
        return False  # a past perfect is of an earlier time: "as he had promised"
    return marked and clause.dep_ == "advcl" and clause.pos_ in VERBAL and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def dated_elsewhere(doc: Doc, mention: DateMention, own: range, clause: Token) -> bool:
    """``mention`` dates an event noun outside the trigger ``own`` that is the object of the
    trigger's ``clause`` (its direct object, passive subject, or the object of one of its
    prepositions of a topic; ``topic_preps``, dates.yaml), not its subject or setting; a
    possessive date dates any noun so ("praised last year's budget", "cited last summer's
    surge": the comment is not of that time)."""
    noun = dated_noun(doc[mention.start:mention.end])
    if noun is None or noun.i in own:
        return False
    possessive = mention.end < len(doc) and doc[mention.end].tag_ == "POS"
    if not possessive and not any(frame.trigger.head == noun.i for frame in doc._.ew_frames or ()):
        return False
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.i == clause.i
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.head.i == clause.i
            and prep.lower_ in bundled_dates_data().topic_preps)


def reconcile_with_report(
    status: str, when: str | None, precision: str, published: date | None, window: int,
    announces: bool = False,
) -> tuple[str, str | None, str]:
    """Status, date and precision of an act whose clause gives ``when``. An act reported as
    having occurred cannot be later than its report: a day at most ``window`` days after
    publication makes it scheduled (planned: "is visiting Somerset on Monday"), unless the act
    ``announces`` another (a threat, a demand: the day is the announced act's); any other later
    date belongs to something else in the sentence (a deadline, a month placed in the wrong
    year), and the act takes the publication date."""
    if (status != "occurred" or when is None or published is None
            or precision == "publication" or when <= published.isoformat()):
        return status, when, precision
    near = precision == "day" and (date.fromisoformat(when) - published).days <= window
    if near and not announces:
        return "planned", when, precision
    return status, published.isoformat(), "publication"


def announces(code: str) -> bool:
    return code.startswith(bundled_dates_data().announcing_roots)


__all__ = ["announces", "dated_elsewhere", "pick_date", "reconcile_with_report"]
