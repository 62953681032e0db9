"""Verbs of force used for attacks in words, and "under fire" used for force (part of
``ew_triggers``).

News of politics speaks of criticism in words of force: "fired back at the senator", "attacked
the media", "torched the nominee", "lashed out at". A force trigger (CAMEO 18-20) on such a verb
is recoded as criticism (111) when the act is done with words (:func:`is_verbal_attack`):

* its means is a medium of speech ("on Twitter", "in a speech", "in a series of tweets");
* a participle of saying follows it ("fired back, *saying* the charges were false");
* what it is aimed at is words, a plan or the press: its object, or the object of its "at",
  "on" or "against" ("attacked *the report*", "torched *the nominee*", "fired back at *critics*");
* a political person or party attacks a political actor ("Trump *attacked* Biden", "the
  president *attacked* Democrats"; not a state: "Putin attacked Ukraine"), or a person named
  by a pronoun a party ("his *attack* on Labour");
* it is a retort idiom ("fired *back*", "hit *back*", "lashed *out*") and no armed party (an
  actor of an armed sector, a word for troops or gunmen) takes part and no state does it.

A noun of attack is criticism when a political person or party attacks a party or a political
actor ("his *attack* on Labour") or when it is coordinated with a noun of a verbal act
("*attacks* and accusations"); a medium or words after it may be those of the clause it stands
in ("condemned the attack *in a message*"), so they are no cue for it.

A weapon as its object or instrument keeps it force ("fired *rockets* at", "hit back *with
mortar fire*"). The other way, criticism coded for being "under fire" or "under attack" is force
(190) when an armed party, a place or a vehicle is under it, or an armed party or a weapon is
where it comes from ("*troops* came under fire", "*the convoy* came under fire", "came under
fire *from gunmen*"), and no medium of speech nor words aimed at make it criticism. Likewise
destruction of property (1712) is force (190) when what is destroyed is an armed party or a
state, not a thing ("vowed to *destroy* the Islamic State", "the militants must be
*destroyed*"; "*destroyed* their hideouts" keeps 1712), and a threat (130) to destroy one is a
threat of military force (138: "vowed to *destroy* Hamas"). A seizure of property (171) is
an occupation of territory (192) when what is seized is a named country, town or region and
whoever seizes it is an armed party or a state ("rebels *seized* Goma"). The words
are data (``eventwire/data/verbal_senses.yaml``); the pattern's code is kept in ``extra``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import PATTERN_CODE_KEY, ActorMention, TriggerMatch
from eventwire.pipeline.trigger_clauses import participle_clause

DATA_FILE = "verbal_senses.yaml"
PREP_DEP = "prep"
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PARTICLE_DEPS = frozenset({"prt", "advmod"})
OF = "of"
INSTRUMENT_PREPS = frozenset({"with", "from"})
AGENT_PREP = "by"
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# A clause said by someone, and the pronouns in it that may stand for the sayer ("the army
# warned that *it* would strike back").
CLAUSE_DEP = "ccomp"
SPEAKER_PRONOUNS = frozenset({"it", "they", "we"})


class VerbalSenseLexicon(BaseModel):
    """The validated contents of ``verbal_senses.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    verbal_code: str = Field(pattern=r"^\d{3,4}$")
    force_code: str = Field(pattern=r"^\d{3,4}$")
    force_roots: tuple[str, ...] = Field(min_length=1)
    verbal_roots: tuple[str, ...] = Field(min_length=1)
    destruction_codes: frozenset[str] = Field(min_length=1)
    verbs: frozenset[Word]
    nouns: frozenset[Word]
    verbal_conjuncts: frozenset[Word]
    retorts: dict[Word, frozenset[Word]] = Field(min_length=1)
    target_preps: frozenset[Word]
    means_preps: frozenset[Word]
    media: frozenset[Word]
    saying_verbs: frozenset[Word]
    discourse_objects: frozenset[Word]
    party_verbs: frozenset[Word]
    political_sectors: frozenset[str]
    political_kinds: frozenset[Word]
    party_sectors: frozenset[str]
    pronoun_target_sectors: frozenset[str]
    person_pronouns: frozenset[Word]
    armed_sectors: frozenset[str]
    state_kinds: frozenset[Word]
    armed_nouns: frozenset[Word]
    weapons: frozenset[Word]
    exposure_nouns: frozenset[Word]
    exposure_preps: frozenset[Word]
    physical_targets: frozenset[Word]
    # A threat (130) to destroy an armed party or a state is a threat of force (138).
    threat_codes: frozenset[str] = frozenset()
    military_threat_code: str = Field(default="138", pattern=r"^\d{3,4}$")
    destroying_verbs: frozenset[Word] = frozenset()
    # Property seized (171) is territory occupied (192) when it is a named place taken by an
    # armed party or a state.
    seizure_codes: frozenset[str] = frozenset()
    occupation_code: str = Field(default="192", pattern=r"^\d{3,4}$")
    seizing_verbs: frozenset[Word] = frozenset()
    place_kinds: frozenset[Word] = frozenset()


def load_lexicon(path: Path | None = None) -> VerbalSenseLexicon:
    """Read and validate ``verbal_senses.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, VerbalSenseLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> VerbalSenseLexicon:
    return load_lexicon()


def _is(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _noun_is(token: Token, words: frozenset[str]) -> bool:
    """A noun of ``words``: "on his *show*", not "with surveys *showing*"."""
    return token.pos_ in NOMINAL_POS and _is(token, words)


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [g for p in token.children if p.dep_ == PREP_DEP and p.lower_ in preps
            for g in p.children if g.dep_ in PREP_OBJECT_DEPS]


def _particles(head: Token, lex: VerbalSenseLexicon) -> list[Token]:
    """The particles that make the verb at ``head`` a retort: "fired *back*", "lashed *out*"
    (not "hammered *out* a deal")."""
    verb = head.lemma_.lower()
    return [c for c in head.children if c.dep_ in PARTICLE_DEPS
            and verb in lex.retorts.get(c.lower_, frozenset())]


def aimed_at(head: Token, lex: VerbalSenseLexicon) -> list[Token]:
    """What the verb at ``head`` is aimed at: its object, else the objects of its target
    prepositions, also when the parser hangs them on its particle ("fired back *at* him"); with
    an object, "at" is a place ("attacked Biden *at a rally*")."""
    found = [c for c in head.children if c.dep_ in OBJECT_DEPS and head.pos_ == "VERB"]
    if found:
        return found
    for word in (head, *_particles(head, lex)):
        found.extend(_prep_objects(word, lex.target_preps))
    return found


def _speech_medium(token: Token, lex: VerbalSenseLexicon) -> bool:
    """A means preposition on ``token`` whose object, or that object's "of", is a medium."""
    for noun in _prep_objects(token, lex.means_preps):
        if _noun_is(noun, lex.media) or any(_noun_is(g, lex.media)
                                       for g in _prep_objects(noun, frozenset({OF}))):
            return True
    return False


def _verbal_conjunct(head: Token, lex: VerbalSenseLexicon) -> bool:
    """"attacks and *accusations*" (of nouns only: a verb's conjunct may be a clause of its own
    the parser joins to it, "accused Iran ... - a charge that could derail the deal *struck*
    this week")."""
    return any(_is(c, lex.verbal_conjuncts) for c in head.conjuncts)


def verbal_cue(head: Token, lex: VerbalSenseLexicon) -> bool:
    """The act at ``head`` is done with words: a medium of speech (on the verb or on what it is
    aimed at: "fired back at the senator *on Twitter*"), a participle of saying after it, or
    words, a plan or the press as what it is aimed at."""
    targets = aimed_at(head, lex)
    if any(_speech_medium(t, lex) for t in (head, *targets)):
        return True
    if participle_clause(head, lex.saying_verbs) is not None:
        return True
    return any(_noun_is(t, lex.discourse_objects) for t in targets)


def _weapon(head: Token, lex: VerbalSenseLexicon) -> bool:
    """A weapon as the object or the instrument: "fired *rockets*", "*with* mortar fire"."""
    found = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    found += _prep_objects(head, INSTRUMENT_PREPS)
    return any(_is(t, lex.weapons) or any(
        c.dep_ == "compound" and _is(c, lex.weapons) for c in t.children) for t in found)


def _mention(doc: Doc, token: Token) -> ActorMention | None:
    mentions: Sequence[ActorMention] = doc._.ew_actors or ()
    return next((m for m in mentions if m.start <= token.i < m.end), None)


def _armed(doc: Doc, token: Token, lex: VerbalSenseLexicon, states: bool = False) -> bool:
    """``token`` names an armed party (or, with ``states``, a state)."""
    if _is(token, lex.armed_nouns):
        return True
    mention = _mention(doc, token)
    if mention is None:
        return False
    if mention.sector in lex.armed_sectors:
        return True
    return states and mention.sector is None and mention.kind in lex.state_kinds


def _subjects(head: Token) -> list[Token]:
    """The doers of the verb at ``head``, or of the noun ("*his* attack", "attacks *by* X")."""
    if head.pos_ != "VERB":
        return [c for c in head.children if c.dep_ == "poss"] + _prep_objects(
            head, frozenset({AGENT_PREP}))
    found = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    if not found and head.dep_ in ("conj", "xcomp", "advcl"):
        found = [c for c in head.head.children if c.dep_ in SUBJECT_DEPS]
    if head.dep_ == CLAUSE_DEP and any(c.lower_ in SPEAKER_PRONOUNS for c in found):
        # "the army warned that *it* would strike back": the pronoun is the speaker
        found += [c for c in head.head.children if c.dep_ in SUBJECT_DEPS]
    return found + _prep_objects(head, frozenset({AGENT_PREP}))


def _political(doc: Doc, token: Token, lex: VerbalSenseLexicon) -> bool:
    """``token`` names a political person or party ("Trump", "the minister", "Republicans",
    "Labour", "lawmakers"), not a sector word of people ("protesters") nor a state."""
    mention = _mention(doc, token)
    if mention is None or mention.sector not in lex.political_sectors:
        return False
    return mention.kind in lex.political_kinds or mention.sector in lex.party_sectors


def _party(doc: Doc, token: Token, lex: VerbalSenseLexicon) -> bool:
    mention = _mention(doc, token)
    return mention is not None and mention.sector in lex.pronoun_target_sectors


def between_politicians(doc: Doc, head: Token, lex: VerbalSenseLexicon) -> bool:
    """An attack whose doer and target are political actors: "Trump *attacked* Biden", "the
    president *attacked* Democrats"; a person named by a pronoun attacking a party or a
    chamber ("his *attack* on Labour")."""
    if not _is(head, lex.party_verbs if head.pos_ == "VERB" else lex.nouns):
        return False
    doers, targets = _subjects(head), aimed_at(head, lex)
    if not (doers and targets) or not all(_political(doc, t, lex) for t in targets):
        return False
    return all(_political(doc, d, lex) or (
        d.lower_ in lex.person_pronouns and all(_party(doc, t, lex) for t in targets))
        for d in doers)


def is_verbal_attack(doc: Doc, head: Token, lex: VerbalSenseLexicon) -> bool:
    """Whether the force verb at ``head`` attacks with words (see the module)."""
    if head.pos_ == "NOUN":
        # a noun's "in" or "on" may be the medium of the clause it stands in ("condemned the
        # attack in a message"), and its words aimed at are the patterns' (ew.attack.policy.noun)
        return _is(head, lex.nouns) and (_verbal_conjunct(head, lex)
                                         or between_politicians(doc, head, lex))
    if head.pos_ != "VERB" or not _is(head, lex.verbs) or _weapon(head, lex):
        return False
    if verbal_cue(head, lex) or between_politicians(doc, head, lex):
        return True
    if not _particles(head, lex):
        return False
    return not any(_armed(doc, s, lex, states=True) for s in _subjects(head)) and not any(
        _armed(doc, t, lex) for t in aimed_at(head, lex))


def is_force_exposure(doc: Doc, head: Token, lex: VerbalSenseLexicon) -> bool:
    """Whether criticism coded at ``head`` for being "under fire" is force: an armed party, a
    place or a vehicle is under it, or an armed party or a weapon is where it comes from."""
    exposed = [n for n in _prep_objects(head, lex.exposure_preps) if _is(n, lex.exposure_nouns)]
    if not exposed or verbal_cue(head, lex):
        return False
    sources = [*_prep_objects(head, frozenset({"from"})),
               *(g for n in exposed for g in _prep_objects(n, frozenset({"from"})))]
    if any(_armed(doc, s, lex) or _is(s, lex.weapons) for s in sources):
        return True
    return any(_armed(doc, s, lex) or _is(s, lex.physical_targets) for s in _subjects(head))


def _patients(head: Token) -> list[Token]:
    """What the verb at ``head`` is done to: its object or passive subject, or a noun's "of"
    ("the destruction *of* the group")."""
    if head.pos_ == "VERB":
        return [c for c in head.children if c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass"]
    return _prep_objects(head, frozenset({OF})) if head.pos_ == "NOUN" else []


def is_armed_destruction(doc: Doc, head: Token, lex: VerbalSenseLexicon) -> bool:
    """Whether destruction coded at ``head`` is done to armed parties or states, every one of
    its patients ("destroy the Islamic State", "the insurgents were destroyed"), not to
    things."""
    patients = _patients(head)
    return bool(patients) and all(_armed(doc, p, lex, states=True) for p in patients)


def is_armed_destruction_threat(doc: Doc, head: Token, lex: VerbalSenseLexicon) -> bool:
    """Whether a threat at ``head`` is to destroy armed parties or states ("vowed to *destroy*
    Hamas", "vowed to wipe out the militia"), through the verb of its open complement."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.destroying_verbs
               and is_armed_destruction(doc, c, lex) for c in head.children)


def _place(doc: Doc, token: Token, lex: VerbalSenseLexicon) -> bool:
    """``token`` names a country, a town or a region the dictionaries know ("Goma", "Crimea"),
    not an actor of it."""
    mention = _mention(doc, token)
    return mention is not None and mention.sector is None and mention.kind in lex.place_kinds


def is_armed_occupation(doc: Doc, head: Token, lex: VerbalSenseLexicon) -> bool:
    """Whether a seizure coded at ``head`` takes named places, every one of its patients
    ("rebels *seized* Goma", "Russia *captured* Crimea"), and no doer of it but an armed party
    or a state ("Goma was seized on Sunday" has none)."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in lex.seizing_verbs:
        return False
    patients = _patients(head)
    if not patients or not all(_place(doc, p, lex) for p in patients):
        return False
    return all(_armed(doc, d, lex, states=True) for d in _subjects(head))


def with_verbal_senses(doc: Doc, triggers: Sequence[TriggerMatch], lex: VerbalSenseLexicon
                       ) -> list[TriggerMatch]:
    """``triggers`` with force done with words recoded as criticism, and "under fire" with
    force and destruction of an armed party recoded as force (the pattern's code kept in
    ``extra``)."""
    found: list[TriggerMatch] = []
    for trigger in triggers:
        head = doc[trigger.head]
        code = None
        if trigger.code.startswith(lex.force_roots) and is_verbal_attack(doc, head, lex):
            code = lex.verbal_code
        elif (trigger.code.startswith(lex.verbal_roots) and is_force_exposure(doc, head, lex)) or (
                trigger.code in lex.destruction_codes and is_armed_destruction(doc, head, lex)):
            code = lex.force_code
        elif trigger.code in lex.threat_codes and is_armed_destruction_threat(doc, head, lex):
            code = lex.military_threat_code
        elif trigger.code in lex.seizure_codes and is_armed_occupation(doc, head, lex):
            code = lex.occupation_code
        found.append(trigger if code is None else replace(
            trigger, code=code, extra={**trigger.extra, PATTERN_CODE_KEY: trigger.code}))
    return found


__all__ = ["VerbalSenseLexicon", "aimed_at", "between_politicians", "bundled_lexicon",
           "is_armed_destruction", "is_armed_destruction_threat", "is_armed_occupation",
           "is_force_exposure",
           "is_verbal_attack", "load_lexicon", "verbal_cue", "with_verbal_senses"]
