"""Words that a trigger pattern matches in a sense that names no act (part of
``ew_triggers``, applied with :mod:`.nonacts`).

* "meet" whose object or subject is a need, a demand or a standard satisfies it ("whether the
  **demands** will be met", "make **ends** meet", "has not met its **duty**"): no meeting (04);
  nor does "meet" whose object, or the object of its "with", is a response or an outcome that
  something encounters ("the plan **met** stiff resistance", "was **met** with scepticism",
  "**met** the same fate", "the same kind of criticism");
* "welcome" as an adjective ("would be **welcome** news") or in a writer's greeting
  ("**Welcome** to our weekly roundup") receives no visitor (043) and approves of nothing
  (051), whatever its code;
* "talk" as an uncounted noun is discourse or rumour ("all this **talk**", "waved off **talk**
  that he would run"), no negotiation (046); "a talk between the leaders" and "talk with the
  rebels" keep theirs;
* a website, a domain or a file "hosted" by a provider is stored, a show "hosted" by a
  presenter is presented, and a venue that "hosts" functions is let, no visitor received
  (043);
* a news or poll "roundup" is a digest, no arrest (173);
* "charged with" a duty ("the agency **charged** with his protection", "officials **charged**
  with enforcing the ban") is given a task, not charged with a crime: no arrest or charge (17),
  no accusation (112); "**charged** with murder", "with covering up defects" keep theirs;
* a verb of feeling that causes the feeling ("that should **worry** everyone", "calculated to
  **irritate** the chancellor") or is an adjective ("**worrying** signs", "it is deeply
  **disturbing**") names the feeling something stirs, no comment (012), protest (140) or
  disapproval (110) of anyone, whatever its code; "officials **worry** that" keeps its event;
* "fire" or "sack" done to a person dismisses him from a post, no use of force (18-20): its
  object or passive subject is a person pronoun or a named person ("Kelly **fired** her",
  "Comey, whom Trump **fired**", "he was **fired**"), or it names the post or the job ("**fired**
  Smith as director", "was **fired** from his job"), or its patient is an actor known as a
  person or an office holder ("Trump **fired** Comey") or any actor fired from an
  organisation ("**fired** Jones from the FBI"; a place is no employer: "rockets fired from
  Gaza"). CAMEO has no code for an office holder dismissing a subordinate (0831 needs a
  demand yielded to), so the trigger gives no event; "fired at him", "fired on the crowd" and
  weapons fired keep theirs;
* a verb of encircling with nothing it encircles (no object, not passive: "the sounds of
  warfare **ringing** in their ears", "categories **ranging** from A to B") rings or ranges: no
  force (18-20);
* a single warning shot or opening salvo fired in a sentence with no armed party, weapon or
  war, by no state ("**fired** a warning shot at the unions", "**fired** the opening salvo in
  the campaign") is a figure: no force;
* "clear" with mines, explosives or debris as the object of its "of" ("cleared the village
  **of mines**") rids a place of things, no expulsion of people (174);
* "fight", "battle" or "struggle" to reach a civil aim ("spent years **fighting** to lower
  taxes", "will **fight** tooth and nail to protect the law") is striving, no use (19) or
  threat (138) of force, unless the aim is an act of force or territory ("to retake the
  airport"), the sentence names an armed party, a weapon or a war, or the subject is a state;
* "take" power or office ("since he **took** power", "Castro **took** over power") is coming to
  office, no use of force (18), unless its sentence names a coup or an armed party ("the
  army **took** power in a coup" keeps it);
* a bare verb of striking ("hit", "target", "pound", "hammer"), matched alone, in a sentence
  that names no armed party, weapon or war and whose subject is no state ("the walkout **hit**
  job centres", "he has **hit** the magic number", "the move to **target** him") strikes no
  blow of force (19); "shells hit the village", "Israel targeted a building" and a paragraph
  that named the weapons before ("The gunmen fired. Two guards were hit.") keep theirs.

The words are data (``eventwire/data/senses.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention, TriggerMatch
from eventwire.pipeline.segmenter import paragraph_starts

DATA_FILE = "senses.yaml"
# The specificity of a pattern that is its one word with no constraint (a bare verb line).
BARE_SPECIFICITY = 1
MEET_LEMMA = "meet"
CONSULT_ROOT = "04"
HOST_CODE = "043"
TALK_CODE = "046"
ARREST_ROOT = "17"
EXPULSION_CODE = "174"
OF = "of"
FORCE_ROOTS = ("18", "19", "20")
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
PERSON_ENTITY = "PERSON"
PREP_OBJECT_DEP = "pobj"
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
# What "meet" encounters: its object ("met stiff **resistance**"), or its "with"'s.
ENCOUNTERED_DEP = "dobj"
SINGULAR_TAG = "NN"
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
PROPER_POS = "PROPN"
ADJECTIVE_DEPS = frozenset({"amod", "acomp"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PARTICIPLE_DEP = "acl"
RELATIVE_DEP = "relcl"
RELATIVE_TAGS = frozenset({"WDT", "WP"})
PASSIVE_PARTICIPLE_TAG = "VBN"
# A present participle used as an adjective: "**worrying** signs", "the news is **troubling**".
GERUND_TAG = "VBG"
FEELING_ADJECTIVE_DEPS = frozenset({"amod", "acomp"})
# A clause that gives what a talk says: "talk **that** his bid was hurt".
CONTENT_DEPS = frozenset({"acl", "ccomp", "relcl"})
# What a task is given "with": a noun or a gerund ("charged **with** overseeing security").
DUTY_PREP = "with"
DUTY_DEPS = frozenset({"pobj", "pcomp"})


class SenseLexicon(BaseModel):
    """The validated contents of ``senses.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    satisfied_nouns: frozenset[Word]
    encountered_nouns: frozenset[Word] = frozenset()
    encounter_preps: frozenset[Word] = frozenset()
    quantifier_words: frozenset[Word]
    greeting_words: frozenset[Word]
    discourse_nouns: frozenset[Word]
    counting_determiners: frozenset[Word]
    discourse_determiners: frozenset[Word]
    topic_preps: frozenset[Word]
    party_preps: frozenset[Word]
    hosting_verbs: frozenset[Word]
    hosted_media: frozenset[Word]
    digest_nouns: frozenset[Word]
    digest_modifiers: frozenset[Word]
    feeling_verbs: frozenset[Word]
    dismissal_verbs: frozenset[Word]
    person_pronouns: frozenset[Word]
    aim_preps: frozenset[Word]
    post_preps: frozenset[Word]
    posts: frozenset[Word]
    assuming_verbs: frozenset[Word]
    office_objects: frozenset[Word]
    force_cues: frozenset[Word]
    charging_verbs: frozenset[Word] = frozenset()
    duty_words: frozenset[Word] = frozenset()
    person_kinds: frozenset[Word] = frozenset()
    employer_kinds: frozenset[Word] = frozenset()
    employer_preps: frozenset[Word] = frozenset()
    time_nouns: frozenset[Word] = frozenset()
    clearing_verbs: frozenset[Word] = frozenset()
    cleared_things: frozenset[Word] = frozenset()
    striving_verbs: frozenset[Word] = frozenset()
    striving_codes: frozenset[str] = frozenset()
    force_purposes: frozenset[Word] = frozenset()
    armed_cues: frozenset[Word] = frozenset()
    state_kinds: frozenset[Word] = frozenset()
    armed_sectors: frozenset[str] = frozenset()
    noun_only_cues: frozenset[Word] = frozenset()
    common_only_cues: frozenset[Word] = frozenset()
    blow_verbs: frozenset[Word] = frozenset()
    encircling_verbs: frozenset[Word] = frozenset()
    venue_nouns: frozenset[Word] = frozenset()
    firing_verbs: frozenset[Word] = frozenset()
    shot_nouns: frozenset[Word] = frozenset()
    shot_modifiers: frozenset[Word] = frozenset()
    aim_for_preps: frozenset[Word] = frozenset()
    civil_aims: frozenset[Word] = frozenset()


def load_lexicon(path: Path | None = None) -> SenseLexicon:
    """Read and validate ``senses.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, SenseLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> SenseLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _quantified(noun: Token, lex: SenseLexicon) -> Token:
    """The noun a quantifier counts through "of" ("any **of** these demands"), else ``noun``."""
    if noun.lower_ not in lex.quantifier_words:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                if g.dep_ == "pobj":
                    return g
    return noun


def is_satisfying(head: Token, lex: SenseLexicon) -> bool:
    """Whether "meet" satisfies a need, a demand or a standard, or encounters a response or
    an outcome (see the module)."""
    if head.pos_ not in {"VERB", "AUX"} or _lemma(head) != MEET_LEMMA:
        return False
    if any(c.dep_ in ARGUMENT_DEPS and _lemma(_quantified(c, lex)) in lex.satisfied_nouns
           for c in head.children):
        return True
    met = [c for c in head.children if c.dep_ == ENCOUNTERED_DEP] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in lex.encounter_preps
        for g in c.children if g.dep_ == PREP_OBJECT_DEP]
    return any(_lemma(_quantified(m, lex)) in lex.encountered_nouns for m in met)


def is_greeting(head: Token, lex: SenseLexicon) -> bool:
    """Whether "welcome" is an adjective ("**welcome** news", "would be **welcome**") or a
    writer's greeting at the start of a sentence with no subject or object ("**Welcome** to
    our weekly roundup")."""
    if _lemma(head) not in lex.greeting_words:
        return False
    if head.pos_ == "ADJ" or head.dep_ in ADJECTIVE_DEPS:
        return True
    return head.i == head.sent.start and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "dobj" for c in head.children)


def is_discourse(head: Token, lex: SenseLexicon) -> bool:
    """Whether "talk" is an uncounted noun of discourse: singular, with no counting
    determiner ("a talk") and no parties ("talk with the rebels"), and with a determiner of an
    amount or a kind ("all this **talk**"), a topic ("**talk** of a run") or a clause of its
    content ("**talk** that he would run")."""
    if head.pos_ != "NOUN" or head.tag_ != SINGULAR_TAG or _lemma(head) not in lex.discourse_nouns:
        return False
    children = list(head.children)
    if any((c.dep_ == "det" and c.lower_ in lex.counting_determiners) or (
            c.dep_ == "prep" and c.lower_ in lex.party_preps) for c in children):
        return False
    return any((c.dep_ in {"det", "predet", "amod"} and c.lower_ in lex.discourse_determiners)
               or (c.dep_ == "prep" and c.lower_ in lex.topic_preps)
               or (c.dep_ in CONTENT_DEPS and any(g.dep_ == "mark" for g in c.children))
               for c in children)


def is_stored(head: Token, lex: SenseLexicon) -> bool:
    """Whether "host" has media, data or a show as its object ("a **domain** hosted by a
    provider", "the firm hosts the **website**", "will host a new **programme**") or a venue as
    its subject ("the **palace**, which hosts weddings"): no visitor received."""
    if head.pos_ not in {"VERB", "AUX"} or _lemma(head) not in lex.hosting_verbs:
        return False
    hosted = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if head.dep_ == PARTICIPLE_DEP:
        hosted.append(head.head)
    if any(_lemma(n) in lex.hosted_media for n in hosted):
        return True
    hosts = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == RELATIVE_DEP:  # "the palace, which **hosts** functions"
        hosts = [head.head if c.tag_ in RELATIVE_TAGS else c for c in hosts]
    return bool(hosts) and all(_lemma(h) in lex.venue_nouns for h in hosts)


def is_digest(head: Token, lex: SenseLexicon) -> bool:
    """Whether a "roundup" is a digest of news or polls: "our weekly polling **roundup**"."""
    return head.pos_ == "NOUN" and _lemma(head) in lex.digest_nouns and any(
        c.dep_ in MODIFIER_DEPS and _lemma(c) in lex.digest_modifiers for c in head.children)


def is_feeling_caused(head: Token, lex: SenseLexicon) -> bool:
    """Whether a verb of feeling has the one who feels as its object ("**worry** everyone") or
    is an adjective ("**worrying** signs", "is **disturbing**", tagged as an adjective or as
    a present participle that modifies a noun or is a predicate)."""
    if _lemma(head) not in lex.feeling_verbs and head.lower_ not in lex.feeling_verbs:
        return False
    if head.pos_ == "ADJ" or (head.tag_ == GERUND_TAG and head.dep_ in FEELING_ADJECTIVE_DEPS):
        return True
    return head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in head.children)


def _names_post(prep: Token, lex: SenseLexicon) -> bool:
    """Whether a preposition of the post ("as", "from") has a post or a job as its object:
    "fired Smith as *director*", "fired from his *job*"."""
    return prep.lower_ in lex.post_preps and any(
        g.dep_ == PREP_OBJECT_DEP and _lemma(g) in lex.posts for g in prep.children)


def _mention_kind(token: Token) -> str | None:
    """The kind of the actor mention ``token`` stands in, if any (``ew_actors``)."""
    mentions: Sequence[ActorMention] = token.doc._.ew_actors or ()
    return next((m.kind for m in mentions if m.start <= token.i < m.end), None)


def _of_time(prep: Token, lex: SenseLexicon) -> bool:
    """Whether a preposition only dates the act: "fired Comey *on Tuesday*" aims at nobody."""
    objects = [g for g in prep.children if g.dep_ == PREP_OBJECT_DEP]
    return bool(objects) and all(_lemma(g) in lex.time_nouns for g in objects)


def _from_employer(prep: Token, lex: SenseLexicon) -> bool:
    """Whether a "from" has an organisation the dictionaries or the name finder know as its
    object: "fired from *the FBI*", "was fired from *CNN*" (not a place: "fired from
    Gaza")."""
    return prep.lower_ in lex.employer_preps and any(
        g.dep_ == PREP_OBJECT_DEP and _mention_kind(g) in lex.employer_kinds
        for g in prep.children)


def is_dismissal(head: Token, lex: SenseLexicon) -> bool:
    """Whether "fire" (or "sack") dismisses a person: not aimed at anyone ("fired *at* him"),
    and its object or passive subject is a person pronoun, a named person or an actor the
    dictionaries know as a person or an office holder ("fired *Comey*", "fired *the FBI
    director*"), or it names the post ("as director", "from his job"), or an actor as its
    patient is fired from an organisation ("fired Jones from *the FBI*")."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.dismissal_verbs:
        return False
    preps = [c for c in head.children if c.dep_ == "prep" and not _of_time(c, lex)]
    if any(p.lower_ in lex.aim_preps for p in preps):
        return False
    if any(_names_post(p, lex) for p in preps):
        return True
    patients = [c for c in head.children if c.dep_ in PATIENT_DEPS]
    if any(c.lower_ in lex.person_pronouns or c.ent_type_ == PERSON_ENTITY
           or _mention_kind(c) in lex.person_kinds for c in patients):
        return True
    return any(_mention_kind(c) is not None for c in patients) and any(
        _from_employer(p, lex) for p in preps)


def is_taking_office(head: Token, lex: SenseLexicon) -> bool:
    """Whether "take" has power or office as its object ("took power", "took over power",
    "took office") in a sentence with no word of a coup or an armed party."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.assuming_verbs:
        return False
    if not any(c.dep_ == "dobj" and _lemma(c) in lex.office_objects for c in head.children):
        return False
    return not any(_lemma(t) in lex.force_cues or t.lower_ in lex.force_cues
                   for t in head.sent)
def is_duty(head: Token, lex: SenseLexicon) -> bool:
    """Whether a verb of charging has a duty as the object of its "with": a noun ("charged with
    his **protection**") or a gerund ("charged with **overseeing** security")."""
    if _lemma(head) not in lex.charging_verbs:
        return False
    return any(g.dep_ in DUTY_DEPS and (_lemma(g) in lex.duty_words or g.lower_ in lex.duty_words)
               for prep in head.children if prep.dep_ == "prep" and prep.lower_ == DUTY_PREP
               for g in prep.children)


def is_clearing_things(head: Token, lex: SenseLexicon) -> bool:
    """Whether a verb of clearing rids a place of things, not people: the "of" on the verb or
    on its object has mines, explosives or debris as its object ("cleared the village **of
    mines**", "cleared the road of debris")."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.clearing_verbs:
        return False
    holders = [head, *(c for c in head.children if c.dep_ in PATIENT_DEPS)]
    return any(g.dep_ == PREP_OBJECT_DEP and _lemma(g) in lex.cleared_things
               for holder in holders for prep in holder.children
               if prep.dep_ == "prep" and prep.lower_ == OF for g in prep.children)


def is_objectless_encircling(head: Token, lex: SenseLexicon) -> bool:
    """Whether a verb of encircling has nothing it encircles: no object, not passive ("the
    sounds of warfare **ringing** in their ears", "categories **ranging** from A to B"), so it
    rings or ranges, no force; "troops ringed the city", "the city was ringed" keep theirs."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.encircling_verbs:
        return False
    return not any(c.dep_ in PATIENT_DEPS or c.dep_ == "agent" for c in head.children) \
        and not (head.dep_ == PARTICIPLE_DEP and head.tag_ == PASSIVE_PARTICIPLE_TAG)


def is_figurative_shot(head: Token, lex: SenseLexicon) -> bool:
    """Whether a verb of firing fires one warning shot or opening salvo in a figure ("fired a
    warning shot at the unions", "fired the opening salvo in the campaign"): its object is a
    single shot with such a modifier, its sentence names no armed party, weapon or war and
    its subject is no state; "fired warning shots into the air" and "troops fired a warning
    shot" keep their events."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.firing_verbs:
        return False
    shots = [c for c in head.children if c.dep_ == "dobj" and _lemma(c) in lex.shot_nouns
             and c.tag_ == SINGULAR_TAG and any(
                 m.dep_ in MODIFIER_DEPS and _lemma(m) in lex.shot_modifiers for m in c.children)]
    if not shots or names_force(head.sent, lex, frozenset({head.i, *(c.i for c in shots)})):
        return False
    subject = _subject_of(head)
    return subject is None or _mention_kind(subject) not in lex.state_kinds


def _striving_verb(head: Token, lex: SenseLexicon) -> Token | None:
    """The verb of striving of a trigger: its head ("fighting") or the open complement of its
    head ("vowed to **fight**")."""
    if _lemma(head) in lex.striving_verbs and head.pos_ == "VERB":
        return head
    return next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and _lemma(c) in lex.striving_verbs), None)


def _subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it complements ("vowed to fight")."""
    for holder in (verb, verb.head):
        subject = next((c for c in holder.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def is_striving(head: Token, lex: SenseLexicon) -> bool:
    """Whether a trigger of force is a verb of striving for a civil aim: "fight" with a purpose
    infinitive that is no act of force, or "for" a civil aim ("fight for the reform"), in a
    sentence with no armed party, weapon or war, whose subject is no state (see the
    module)."""
    verb = _striving_verb(head, lex)
    if verb is None:
        return False
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                and any(a.tag_ == "TO" for a in c.children)]
    aims = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.aim_for_preps
            for n in c.children if n.dep_ == PREP_OBJECT_DEP for g in (n, *n.conjuncts)]
    if aims and all(_lemma(a) in lex.civil_aims for a in aims):
        purposes = purposes or aims
    if not purposes or any(_lemma(c) in lex.force_purposes for c in purposes):
        return False
    if names_force(head.sent, lex, frozenset({head.i, verb.i})):
        return False
    subject = _subject_of(verb)
    return subject is None or _mention_kind(subject) not in lex.state_kinds


def is_unarmed_blow(head: Token, lex: SenseLexicon, bare: bool) -> bool:
    """Whether a bare verb of striking ("hit", "target", "pound"), matched alone without a
    weapon, a target place or an armed subject in its pattern, stands in a sentence that names
    no armed party, weapon or war, in a paragraph that has named none before it ("The gunmen
    opened fire. Two guards were hit." keeps it), and has no state as its subject: "the action
    hit job centres", "he hit the magic number", "the move to target him" strike no blow of
    force. One actor striking another ("the minister hammered the opposition") is left to
    :mod:`.verbal_senses`, which reads it as criticism or force."""
    if not bare or head.pos_ != "VERB" or _lemma(head) not in lex.blow_verbs:
        return False
    sent = head.sent
    opening = max(start for start in paragraph_starts(head.doc) if start <= sent.start)
    told = [s for s in head.doc.sents if opening <= s.start <= sent.start]
    if any(names_force(s, lex, frozenset({head.i})) for s in told):
        return False
    subject = _subject_of(head)
    if subject is None:
        return True
    objects = [c for c in head.children if c.dep_ in PATIENT_DEPS]
    if _mention_kind(subject) is not None and any(_mention_kind(o) is not None for o in objects):
        return False  # one actor striking another: force or words (verbal_senses.py) decide
    return _mention_kind(subject) not in lex.state_kinds


def names_force(sent: Span, lex: SenseLexicon, skipped: frozenset[int] = frozenset()) -> bool:
    """Whether ``sent`` names an armed party, a weapon, a war or a coup: a word of
    ``force_cues`` or ``armed_cues`` (but the tokens at ``skipped``, the trigger's own words) or
    an actor of an armed sector. A cue of ``noun_only_cues`` counts as a noun only ("a
    *general*", not "the *general* election"), one of ``common_only_cues`` only outside a
    name ("the *front*", not "the National *Front*" or "*Marine* Le Pen"). A fight in such a
    sentence may be one of force."""
    cues = lex.force_cues | lex.armed_cues
    if any((_lemma(t) in cues or t.lower_ in cues)
           and (t.pos_ in NOMINAL_POS or _lemma(t) not in lex.noun_only_cues)
           and (t.pos_ != PROPER_POS or _lemma(t) not in lex.common_only_cues)
           for t in sent if t.i not in skipped):
        return True
    return _names_armed_party(sent, lex)


def _names_armed_party(sent: Span, lex: SenseLexicon) -> bool:
    """Whether an actor of the sentence has an armed sector in its code ("the YPG")."""
    mentions: Sequence[ActorMention] = sent.doc._.ew_actors or ()
    return any(m.code and {m.code[i:i + 3] for i in range(0, len(m.code), 3)} & lex.armed_sectors
               for m in mentions if sent.start <= m.start < sent.end)


def in_another_sense(head: Token, code: str, lex: SenseLexicon, bare: bool = False) -> bool:
    """Whether the trigger headed by ``head`` (coded ``code``) is a word in a sense that names
    no act (see the module); ``bare``: its pattern is the word alone, with no constraint."""
    if is_greeting(head, lex) or is_feeling_caused(head, lex) or is_duty(head, lex):
        return True
    if code.startswith(FORCE_ROOTS) or code in lex.striving_codes:
        return (is_dismissal(head, lex) or is_taking_office(head, lex)
                or is_striving(head, lex) or is_unarmed_blow(head, lex, bare)
                or is_objectless_encircling(head, lex) or is_figurative_shot(head, lex))
    if code.startswith(CONSULT_ROOT):
        return (is_satisfying(head, lex) or (code == HOST_CODE and is_stored(head, lex))
                or (code == TALK_CODE and is_discourse(head, lex)))
    if code == EXPULSION_CODE and is_clearing_things(head, lex):
        return True
    return code.startswith(ARREST_ROOT) and is_digest(head, lex)


def without_other_senses(doc: Doc, triggers: Sequence[TriggerMatch], lex: SenseLexicon
                         ) -> list[TriggerMatch]:
    """``triggers`` less those that name no act in the sense their context gives them."""
    return [t for t in triggers
            if not in_another_sense(doc[t.head], t.code, lex, t.specificity <= BARE_SPECIFICITY)]


__all__ = ["SenseLexicon", "bundled_lexicon", "in_another_sense", "is_clearing_things",
           "is_digest", "is_discourse", "is_dismissal", "is_duty", "is_feeling_caused",
           "is_figurative_shot", "is_greeting", "is_objectless_encircling", "is_satisfying",
           "is_stored", "is_striving",
           "is_taking_office",
           "is_unarmed_blow",
           "load_lexicon", "names_force", "without_other_senses"]
