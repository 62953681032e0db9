"""Mentions that repeat an event the article already codes: one event, one record.

When events are assembled (``assemble.events_from_doc``) these kinds of mention give no record:

* **The medium or manner of a statement.** A statement noun coded as a plain comment (010) in a
  prepositional phrase of a speech verb is that verb's statement ("the FBI said *in a
  statement*", "told reporters *at a press conference*"), and two plain comments linked as a
  participle clause to its governor are one statement ("McCain *spoke* in an interview,
  *saying* ...", "*speaking* to reporters, the minister *said* ..."): the one without a reported
  clause goes (the participle when both or neither have one). A participle comment on a
  statement of another kind ("denied the charge, *saying* ...") goes too, and so do the medium
  of any verbal act ("*condemned* the raid *in a statement*") and a bare participle comment on
  one ("*speaking* to world leaders, he *vowed* ..."). On a verbal act coded with its source a
  participle comment goes even with a reported clause ("*criticized* the plan, *saying* it
  would fail": the speaker's reason is the criticism's content), and a comment verb goes when
  its own present-participle clause is such an act ("'We stay,' she *said*, *pledging* to
  ..."): one utterance, coded by its more specific act, when the act's record codes each
  actor of the comment's ("*spoke* to the rebels, *warning* ..." with no target on the warning
  keeps both). PETRARCH's own setup
  (``AssemblyContext.plain_comments``) keeps them all, as PETRARCH codes them.
* **A statement named by its content.** A statement noun coded as a plain comment whose
  participle or relative clause is a verbal act coded on its own with a source ("issued *a
  statement condemning* the raid", "*remarks that praised* the king") is that act: the comment
  goes.
* **The outcome of a named attack.** A violent verb whose subject is an attack noun coded in the
  same root family, or a relative clause on one, tells that attack's outcome ("a car bomb
  *blast killed* eleven", "the *airstrike that killed* the general"): the verb goes when it is
  the noun's act or its root's general act (190 "kill") and the noun's record codes each of
  its actors. A passive harm in an attack ("killed *in* an ambush *by* rebels") stays: its
  roles come from the attack's phrase (``pipeline/roles.py``).
* **Impersonal hearsay.** A passive speech verb with an open complement and no agent ("the
  fighters *are said* to be outnumbered", "he *is reported* to have fled") names no speaker: it
  hedges the reported fact and is no statement of anyone's. An object-control verb
  (``roles.yaml``: "the envoy *was told* to leave") is a directive to its subject and stays.
* **Repeated text.** A trigger whose words and the words around it (``TEXT_WINDOW`` on each
  side) the article has already coded, with the same code and actors: a photo gallery's title
  repeated over each caption, a lede printed twice, a quote given again. The first stays.
* **A re-mention.** A noun event with an anaphoric determiner (``repeats.yaml``: "after *the
  attack*", "*those* conversations") or a possessor ("*Tuesday's* attack") that an event of the
  same CAMEO root (or root family) and kind coded earlier in the article (before it in the text,
  another trigger) agrees with: the story names again the event it has coded. Each word on the
  noun beyond determiners, adjectives and compounds must name a part the record codes (a
  possessor or a prepositional object that is the source, the target, the place or a date: "the
  attack *on the embassy in Quito*"), and each part the mention codes must agree with the
  earlier event's: the same actor told more or less fully ("GOV", "PERGOV"), the same place, a
  date that holds the earlier one. A part the earlier event lacks is news, and "the attack *on
  the base*" with an uncoded object may be another attack: both stay. A later mention of an act
  that occurred may carry another status ("suspected in *the attack*") unless it negates it, and
  may be negated by an act that takes it as its object and is coded on its own ("China
  *dismissed* the complaint"). A mention of an act only planned or possible names it again
  whatever its own status, unless its sentence reports it taking place ("the truce *took*
  effect", "*after* the summit": ``repeats.yaml`` ``occurrence_verbs``, ``occurrence_preps``)
  or negates it itself: "agreed to a truce ... *aside from the truce*, the plan ..." is one
  truce. Coordinated nouns, a possessor naming an actor of the earlier event and a content
  infinitive whose verb the earlier event's sentence has are no part of the mention's own
  (``remention_parts.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.ontology import get_ontology
from eventwire.pipeline.mentions import Frame, TriggerMatch
from eventwire.pipeline.role_lexicon import load_lexicon as load_role_lexicon
from eventwire.records import Actor, Event, Location
from eventwire.remention_parts import (
    content_infinitive,
    content_told,
    coordination,
    named_possessor,
    names_actor,
    nonrestrictive,
    pronoun_possessor,
)

DATA_FILE = "repeats.yaml"
COMMENT_CODE = "010"
STATEMENT_ROOT = "01"
NOUN = "NOUN"
OCCURRED = "occurred"
# Labels of a participle clause on its governor ("spoke ..., saying", "speaking ..., said").
PARTICIPLE_DEPS = frozenset({"advcl", "acl"})
# Labels of a clause on a statement noun that says what the statement did ("a statement
# condemning the raid", "remarks that praised the king").
CONTENT_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# Labels of the words a bare re-mention may have: "the deadly car bomb attack". Anything else (a
# prepositional phrase, a possessor, a number, a clause) says more of the event than its name.
BARE_NOUN_DEPS = frozenset({"det", "amod", "compound", "punct"})
# The date precision of an event dated by its article's publication (no date of its own).
PUBLICATION_DATE = "publication"
# Labels of a reported clause on a speech verb.
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRESENT_PARTICIPLE = "VBG"
# QuadClasses of verbal acts: verbal cooperation and verbal conflict.
VERBAL_QUADS = frozenset({1, 3})


class RepeatLexicon(BaseModel):
    """The words of ``repeats.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    anaphoric_determiners: frozenset[Word]
    root_families: tuple[frozenset[str], ...] = ()
    occurrence_verbs: frozenset[Word] = frozenset()
    utterance_codes: frozenset[str] = frozenset()
    possessive_pronouns: frozenset[Word] = frozenset()
    aside_marks: frozenset[str] = frozenset()
    occurrence_preps: frozenset[Word] = frozenset()


def load_lexicon(path: Path | None = None) -> RepeatLexicon:
    """Read and validate ``repeats.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, RepeatLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> RepeatLexicon:
    return load_lexicon()


def repeated_statements(doc: Doc, frames: Iterable[Frame]) -> frozenset[int]:
    """Trigger heads of plain comments that repeat another statement (see the module)."""
    frames = list(frames)
    statements = {f.trigger.head: f.trigger for f in frames
                  if f.trigger.code.startswith(STATEMENT_ROOT)}
    # The medium or occasion of any verbal act is that act: "condemned *in a statement*",
    # "*speaking* to reporters, he vowed".
    acts = {f.trigger.head: f.trigger for f in frames if _verbal(f.trigger.code)} | statements
    owner = {i: head for head, trigger in acts.items() for i in range(trigger.start, trigger.end)}
    sourced = frozenset(f.trigger.head for f in frames if f.source is not None
                        and f.trigger.code != COMMENT_CODE and _verbal(f.trigger.code))
    content = {i: head for i, head in owner.items() if head in sourced}
    uttered = frozenset(f.trigger.head for f in frames if f.trigger.head in sourced
                        and _utterance(f.trigger.code))
    at: dict[int, list[Frame]] = {}
    for frame in frames:
        at.setdefault(frame.trigger.head, []).append(frame)

    def told_by(comment: int, act: int) -> bool:
        """The act is one of speech and its record codes each actor of the comment's."""
        return act in uttered and _all_covered(at.get(comment, []), at.get(act, []))
    repeated: set[int] = set()
    for head, trigger in statements.items():
        if trigger.code != COMMENT_CODE:
            continue
        token = doc[head]
        if _content_clause_act(doc, trigger, content):
            repeated.add(head)
        elif trigger.pos == NOUN:
            if _medium_of(token, owner) is not None:
                repeated.add(head)
        elif _impersonal_passive(token) or _specific_participle(token, told_by):
            repeated.add(head)
        else:
            governor = owner.get(_participle_governor(token).i) \
                if token.dep_ in PARTICIPLE_DEPS else None
            if governor is None or governor == head:
                continue
            if governor in statements:
                repeated.add(_weaker(doc, head, governor, statements[governor]))
            elif token.tag_ == PRESENT_PARTICIPLE and (told_by(head, governor)
                                                       or not _reports(token)):
                # On another verbal act a bare occasion goes ("speaking to reporters"), and
                # so does the speaker's reason for an act of speech coded with its source
                # ("criticized the plan, *saying* it would fail": one utterance, the
                # criticism).
                repeated.add(head)
    return frozenset(repeated)


def _utterance(code: str) -> bool:
    """Whether a verbal act is one made by speaking (``repeats.yaml``: criticize, pledge,
    reject; not "looking into" an affair, 090, nor a meeting, 04x)."""
    return any(code.startswith(prefix) for prefix in bundled_lexicon().utterance_codes)


def _specific_participle(verb: Token, told_by: Callable[[int, int], bool]) -> bool:
    """A plain comment verb on which a present-participle clause is an act of speech coded with
    its source ("'We will leave,' she *said*, pledging to ...", "he *said*, calling on Beijing
    to ..."): the speaker's one utterance is that act, the more specific code."""
    return verb.pos_ == "VERB" and any(
        child.dep_ in PARTICIPLE_DEPS and child.tag_ == PRESENT_PARTICIPLE
        and told_by(verb.i, child.i)
        for child in verb.children)


def _participle_governor(participle: Token) -> Token:
    """The verb a participle clause hangs on; for one set off on the subject ("the minister,
    *speaking* to reporters, said"), the subject's verb."""
    head = participle.head
    return head.head if participle.dep_ == "acl" and head.dep_ in SUBJECT_DEPS else head


def _verbal(code: str) -> bool:
    """Whether a CAMEO code is a verbal act (QuadClass 1 or 3: say, vow, appeal, criticize)."""
    ontology = get_ontology()
    return ontology.has(code) and ontology.cameo(code).quad_class in VERBAL_QUADS


def _content_clause_act(doc: Doc, trigger: TriggerMatch, owner: Mapping[int, int]) -> bool:
    """A statement noun of the trigger has a participle or relative clause that is a verbal act
    coded on its own ("issued a statement *condemning* the raid", "remarks *that praised* the
    king"): the clause says what the statement did, and it is the event. ``owner`` maps the
    tokens of such acts (not plain comments, and with a source) to their trigger heads."""
    for token in doc[trigger.start:trigger.end]:
        if token.pos_ != NOUN:
            continue
        for child in token.children:
            if child.dep_ in CONTENT_CLAUSE_DEPS and owner.get(child.i) not in (None, trigger.head):
                return True
    return False


def _medium_of(noun: Token, owner: Mapping[int, int]) -> int | None:
    """The statement whose prepositional phrase holds ``noun`` ("said in a statement")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == noun.i:
        return None
    governor = owner.get(prep.head.i)
    return governor if governor != noun.i else None


@lru_cache(maxsize=1)
def control_verbs() -> frozenset[str]:
    """``roles.yaml``'s object-control verbs: their passive subject is the one told or asked."""
    return frozenset(load_role_lexicon().object_control_verbs)


def _impersonal_passive(verb: Token) -> bool:
    """"are said to be", "is reported to have": passive, an open complement, no agent, and
    not an object-control verb ("was told to leave" names whom someone told)."""
    deps = {child.dep_ for child in verb.children}
    return ("nsubjpass" in deps and "xcomp" in deps and "agent" not in deps
            and verb.lemma_.lower() not in control_verbs())


def _weaker(doc: Doc, participle: int, governor: int, governor_trigger: TriggerMatch) -> int:
    """Of a participle comment and its governing statement, the one that goes: the governor
    only when it is a plain comment without a reported clause and the participle has one."""
    if governor_trigger.code != COMMENT_CODE:
        return participle
    if _reports(doc[participle]) and not _reports(doc[governor]):
        return governor
    return participle


def _reports(verb: Token) -> bool:
    return any(child.dep_ in REPORTED_CLAUSE_DEPS for child in verb.children)


# Tokens on each side of a trigger compared to find repeated text, and the fewest words (not
# punctuation) among them for a match to count: a short or bare context repeats by chance.
TEXT_WINDOW = 4
MIN_CONTEXT_WORDS = 5
# Numbers compare equal: a gallery numbers the captions its title repeats over ("Photo 2 of 9").
NUMBER = "#"


def text_key(doc: Doc, frame: Frame) -> tuple[str | None, ...] | None:
    """The trigger's code, actors and words with their context: equal keys in one article are
    one event printed twice (see the module). None when the context is too short to tell."""
    trigger = frame.trigger
    left = doc[max(0, trigger.start - TEXT_WINDOW):trigger.start]
    right = doc[trigger.end:trigger.end + TEXT_WINDOW]
    if sum(1 for word in (*left, *right) if not word.is_punct) < MIN_CONTEXT_WORDS:
        return None
    words = tuple(NUMBER if word.like_num else word.lower_ for word in doc[left.start:right.end])
    # Each side as its code and its place relative to the trigger: the two frames of a
    # reciprocal event ("A and B met") are two records, not one printed twice.
    sides = tuple(
        f"{mention.code}@{mention.start - trigger.start}" if mention is not None else None
        for mention in (frame.source, frame.target))
    return (trigger.code, *sides, *words)


# Labels of the words that may name a re-mentioned event's parts ("the attack *on the embassy*
# *in Lima*", "*Tuesday's* attack"): each must be one the event codes, as its source, target,
# place or date, and each coded part must agree with the earlier event.
POSSESSOR = "poss"
PART_DEPS = frozenset({"prep", POSSESSOR})
NEGATED = "negated"
# Statuses of an act not yet done: a later mention may name it whatever its own status.
UNREALIZED = frozenset({"planned", "possible"})
# The third digit of a root's general act ("190" use conventional force, "040" consult).
GENERAL_ACT = "0"
# Labels of the noun as an argument of the predicate that may carry a negation.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
# Leading characters of an ISO date that a precision fixes.
DATE_WIDTHS = {"day": 10, "month": 7, "year": 4}

Earlier = Mapping[str, Sequence[tuple[int, Event]]]


def is_remention(
    doc: Doc, frame: Frame, event: Event, earlier: Earlier, lexicon: RepeatLexicon | None = None,
) -> bool:
    """A noun with an anaphoric determiner naming again an event the article codes before it
    (see the module). ``earlier`` maps a CAMEO root to the (trigger head, event) pairs already
    kept, in the order of the text."""
    trigger = frame.trigger
    if trigger.pos != NOUN:
        return False
    head = doc[trigger.head]
    lexicon = lexicon or bundled_lexicon()
    words = lexicon.anaphoric_determiners
    if not any((child.dep_ == "det" and child.lower_ in words) or child.dep_ == POSSESSOR
               for child in head.children):
        return False
    dates = date_tokens(doc)
    # Words that tell no part of the mention's own, and proper possessors to be checked against
    # each earlier event's actors.
    named = [child for child in head.children if not (
        _coded_part(doc, child, frame, event, dates) or coordination(child)
        or pronoun_possessor(child, lexicon.possessive_pronouns)
        or nonrestrictive(child, head, lexicon.aside_marks))]
    if not all(named_possessor(child) or content_infinitive(child) for child in named):
        return False
    dated = any(word.i in dates for word in head.subtree if word.i != head.i)
    disputed = _negation_elsewhere(noun=head, occurrence=lexicon.occurrence_verbs)
    presupposed = not _realized(head, lexicon)
    return any(position < head.i
               and all(names_actor(child, (prior.source, prior.target))
                       if named_possessor(child) else content_told(child, doc[position].sent)
                       for child in named)
               and _same_event(event, prior, frame.reciprocal, dated, disputed, presupposed)
               for root in _family(trigger.code[:2], lexicon)
               for position, prior in earlier.get(root, ()))


def _realized(noun: Token, lexicon: RepeatLexicon) -> bool:
    """Whether the sentence reports the named event taking place: the noun is an argument of a
    verb of occurrence or of carrying out ("the truce *took* effect", "the talks *were held*",
    "*held* the talks") or the object of a preposition of what has taken place ("*after* the
    summit", "*during* the talks")."""
    governor = noun.head
    if noun.dep_ == "pobj":
        return governor.lower_ in lexicon.occurrence_preps
    return noun.dep_ in ARGUMENT_DEPS and governor.i != noun.i \
        and governor.lemma_.lower() in lexicon.occurrence_verbs


def _family(root: str, lexicon: RepeatLexicon) -> frozenset[str]:
    """The CAMEO roots a re-mention may name again: its own, or its family's (``repeats.yaml``:
    "the attack" names a bombing or a shooting the story has coded)."""
    return next((family for family in lexicon.root_families if root in family),
                frozenset({root}))


def _negation_elsewhere(noun: Token, occurrence: frozenset[str]) -> bool:
    """Whether a negation on the noun comes from a predicate about something else: a definite
    noun presupposes its event ("China *dismissed* the complaint", "the attack will *not break*
    the bonds", "were *not involved* in the attack"); only a verb of occurrence negates the
    event itself ("the attack never *happened*")."""
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ARGUMENT_DEPS or governor.i == noun.i:
        return False
    return governor.lemma_.lower() not in occurrence


def date_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of the date expressions ``ew_dates`` found (the coder runs no NER)."""
    return frozenset(i for mention in doc._.ew_dates or () for i in range(mention.start,
                                                                          mention.end))


def _coded_part(doc: Doc, child: Token, frame: Frame, event: Event,
                dates: frozenset[int]) -> bool:
    """Whether a word on the event noun says nothing the event's record does not code: the
    possessor, or the object of the preposition, is the event's source or target, its place
    or its own date."""
    if child.dep_ in BARE_NOUN_DEPS:
        return True
    if child.dep_ not in PART_DEPS:
        return False
    key = child if child.dep_ == POSSESSOR else next(
        (word for word in child.children if word.dep_ == "pobj"), None)
    if key is None:
        return False
    if key.i in dates:
        return event.date_precision != PUBLICATION_DATE
    if any(mention is not None and mention.start <= key.i < mention.end
           for mention in (frame.source, frame.target)):
        return True
    place = event.location.text if event.location is not None else None
    phrase = doc[key.left_edge.i:key.right_edge.i + 1].text
    return bool(place) and place is not None and place in phrase


def _same_event(event: Event, prior: Event, reciprocal: bool = False, dated: bool = True,
                disputed: bool = False, presupposed: bool = False) -> bool:
    """Whether every part ``event`` codes agrees with ``prior`` (a part ``prior`` lacks is news
    ``event`` adds, so no repeat) and its status does not contradict it. The sides of a
    reciprocal event ("the fighting between A and B") may be the other way round. The date is
    compared only when the noun's own words give it (``dated``: "Tuesday's attack"): a date
    elsewhere in the sentence ("said on Sunday that the attack ...") dates the saying. A
    negated mention contradicts the earlier event unless the negation is that of a predicate
    about something else (``disputed``: "dismissed the complaint"). The two codes must name
    one kind of act: the same code, one refining the other, or one the root's general act
    ("the attack", 190, after a shooting; not "her talks", 046, after a visit, 042)."""
    if not _same_kind(event.cameo.code, prior.cameo.code):
        return False
    if event.status != prior.status and not _status_fits(event.status, prior.status, disputed,
                                                         presupposed):
        return False
    sides = [(prior.source, prior.target)]
    if reciprocal:
        sides.append((prior.target, prior.source))
    if not any(_same_sides(event, source, target) for source, target in sides):
        return False
    if event.location is not None and (
            prior.location is None or _place_key(event.location) != _place_key(prior.location)):
        return False
    return not dated or _date_holds(event, prior)


def _status_fits(mine: str, theirs: str, disputed: bool, presupposed: bool) -> bool:
    """Whether a mention of another status may name the earlier event: a later mention of an
    act that occurred, unless it negates it itself; a mention of an act planned or possible
    when the sentence does not report it taking place (``presupposed``: "aside from the
    truce", "*rejected* the offer"), unless it negates it itself."""
    if mine == NEGATED and not disputed:
        return False
    return theirs == OCCURRED or (presupposed and theirs in UNREALIZED)


def _same_kind(mine: str, theirs: str) -> bool:
    return mine.startswith(theirs) or theirs.startswith(mine) \
        or GENERAL_ACT in (mine[2:], theirs[2:])


def _same_sides(event: Event, source: Actor | None, target: Actor | None) -> bool:
    for mine, theirs in ((event.source, source), (event.target, target)):
        if mine is not None and (theirs is None or not _same_actor(mine.code, theirs.code)):
            return False
    return True


def _date_holds(event: Event, prior: Event) -> bool:
    """Whether the mention's own date, at its precision, holds the earlier event's ("the attack
    this year" holds an attack on 27 February of that year)."""
    if event.date_precision == PUBLICATION_DATE:
        return True
    if event.date is None or prior.date is None:
        return False
    width = DATE_WIDTHS.get(event.date_precision)
    if width is None:  # a week: the same date only
        return event.date == prior.date
    return event.date[:width] == prior.date[:width]


def _same_actor(mine: str | None, theirs: str | None) -> bool:
    """Codes of one actor told more or less fully ("GOV" and "USAGOV", "USA" and "USAGOV")."""
    if not mine or not theirs:
        return mine == theirs
    return theirs.startswith(mine) or theirs.endswith(mine) \
        or mine.startswith(theirs) or mine.endswith(theirs)


def _place_key(location: Location) -> object:
    return location.geonameid if location.geonameid is not None else (location.name or
                                                                       location.text).lower()


# Labels by which a violent verb tells the outcome of an attack named by a noun: "a car bomb
# *killed* ten" (the noun is its subject), "an airstrike that *killed* ten" (a relative clause
# on the noun).
OUTCOME_SUBJECT = "nsubj"
OUTCOME_CLAUSE = "relcl"
FORCE_ROOT = "19"


def told_outcomes(doc: Doc, frames: Iterable[Frame],
                  lexicon: RepeatLexicon | None = None) -> frozenset[int]:
    """Trigger heads of violent verbs that tell the outcome of an attack coded on a noun in the
    same clause ("a bomb blast *killed* eleven people", "the airstrike that *killed* the
    general"): one act, coded by the noun that names it.
    The verb goes when its code is the noun's or the general act of a root of its family (190
    "kill" beside a 183 bombing) and the noun's record codes each of the verb's actors."""
    lexicon = lexicon or bundled_lexicon()
    frames = list(frames)
    by_head: dict[int, list[Frame]] = {}
    for frame in frames:
        by_head.setdefault(frame.trigger.head, []).append(frame)
    told: set[int] = set()
    for head, verb_frames in by_head.items():
        code = verb_frames[0].trigger.code
        if verb_frames[0].trigger.pos == NOUN or not _violent(code, lexicon):
            continue
        noun = _attack_noun(doc[head])
        # The noun's own frames, or those of a verb phrase holding it ("launched *an airstrike*
        # that killed ...").
        noun_frames = [] if noun is None or noun.pos_ != NOUN else [
            f for f in frames if f.trigger.start <= noun.i < f.trigger.end
            and f.trigger.head != head]
        if any(_violent(f.trigger.code, lexicon) and _told_by(code, f.trigger.code)
               for f in noun_frames) \
                and _all_covered(verb_frames, noun_frames):
            told.add(head)
    return frozenset(told)


def _violent(code: str, lexicon: RepeatLexicon) -> bool:
    """Whether the code is an act of force: the root family of 19 (``repeats.yaml``: 18-20)."""
    return code[:2] in _family(FORCE_ROOT, lexicon)


def _attack_noun(verb: Token) -> Token | None:
    """The noun whose act ``verb`` tells the outcome of: its subject, or the noun its relative
    clause is on."""
    if verb.dep_ == OUTCOME_CLAUSE:
        return verb.head
    return next((child for child in verb.children if child.dep_ == OUTCOME_SUBJECT), None)


def _told_by(verb_code: str, noun_code: str) -> bool:
    """The noun names the act the verb tells: the same code, a refinement of it, or the verb is
    its root's general act."""
    return noun_code.startswith(verb_code) or verb_code[2:] == GENERAL_ACT


def _all_covered(dropped: Sequence[Frame], kept: Sequence[Frame]) -> bool:
    """Whether each frame of a mention that goes has its actors coded by a frame that stays."""
    return bool(kept) and all(any(_covers(mine, theirs) for theirs in kept) for mine in dropped)


def _covers(dropped: Frame, kept: Frame) -> bool:
    """Whether the kept frame codes each actor of the dropped one (the same phrase, or the same
    actor told more or less fully)."""
    pairs = ((dropped.source, kept.source), (dropped.target, kept.target))
    return all(mine is None or (theirs is not None and (
        (mine.start, mine.end) == (theirs.start, theirs.end)
        or (mine.code is not None and _same_actor(mine.code, theirs.code))))
        for mine, theirs in pairs)
