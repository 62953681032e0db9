"""Words of military de-escalation in a civil sense (part of ``ew_triggers``).

* A truce or a ceasefire (CAMEO 0871) in a civil quarrel is a political agreement (057): the
  truce noun or the quarrel it is "in", "over" or "on" has a civil modifier ("a **budget**
  truce", "declared a truce in their **trade** war"), or the article names no armed party,
  weapon or war (a civil quarrel's own words and the truce nouns aside) and neither the one who
  makes the truce nor a party it is "with" or "between" is a state ("Senate leaders reached a
  truce over the spending bill"; only "truce" is so read without a civil modifier: "the two
  sides signed a ceasefire" is one of arms). "Russia and Ukraine agreed a truce" and a truce in
  an article about a war keep 0871.
* A retreat, a withdrawal or a surrender (087, 0874) whose subject is no state, in a paragraph
  that names no armed party, weapon or war up to its sentence, is no military act and gives
  no event: "two candidates **backed out** of the race", "stocks **pulled back**", "the White
  House **retreated** from that threat". "Troops withdrew from the town", "Russia pulled back"
  and "the rebels surrendered" keep theirs.
* A strike coded as force (190) that is "on" nothing, strikes no object, and is made by no
  state or armed party is a labour strike (143) when its own setting names no armed party,
  weapon, war or harm: its sentence when its doer is one of ``labour_doers`` ("bank employees
  went on strike over pay" in an article that mentions the police elsewhere, "striking
  nurses", "the teachers' strike"), else its paragraph and the article's lead ("the strike on
  Tuesday shut most schools", "dockers struck for a week"). "Israel's strike on Gaza", "a
  strike killed five", "the rebels struck at dawn" and "pilots struck the convoy" keep theirs.

The armed words are those of :mod:`.senses` (``force_cues``, ``armed_cues``, armed sectors)
with a few of this module's data (``eventwire/data/civil_senses.yaml``); a recoded trigger
keeps its pattern's code in ``extra``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.date_patterns import bundled_dates_data
from eventwire.pipeline.mentions import PATTERN_CODE_KEY, ActorMention, TriggerMatch
from eventwire.pipeline.segmenter import paragraph_starts
from eventwire.pipeline.senses import SenseLexicon, names_force
from eventwire.pipeline.senses import bundled_lexicon as bundled_senses

DATA_FILE = "civil_senses.yaml"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
PREP_DEP = "prep"
PREP_OBJECT_DEP = "pobj"
CONJUNCT_DEP = "conj"
OBJECT_DEPS = frozenset({"dobj", "obj"})
# The prepositions of a truce's parties: "a truce with the rebels", "between the two".
PARTY_PREPS = frozenset({"with", "between"})
# How far up from a truce noun its maker's verb may be ("agreed to declare a truce").
MAX_STEPS = 4


class CivilSenseLexicon(BaseModel):
    """The validated contents of ``civil_senses.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    truce_codes: frozenset[str] = Field(min_length=1)
    truce_nouns: frozenset[Word] = Field(min_length=1)
    figurative_truce_nouns: frozenset[Word]
    agreement_code: str = Field(pattern=r"^\d{3,4}$")
    retreat_codes: frozenset[str] = Field(min_length=1)
    quarrel_nouns: frozenset[Word]
    civil_modifiers: frozenset[Word]
    quarrel_preps: frozenset[Word]
    matter_preps: frozenset[Word] = frozenset()
    matter_quarrel_nouns: frozenset[Word] = frozenset()
    force_words: frozenset[Word]
    strike_words: frozenset[Word] = Field(min_length=1)
    strike_force_codes: frozenset[str] = Field(min_length=1)
    labour_strike_code: str = Field(pattern=r"^\d{3,4}$")
    strike_target_preps: frozenset[Word]
    strike_harm_words: frozenset[Word]
    labour_doers: frozenset[Word]
    strike_attack_code: str = Field(pattern=r"^\d{3,4}$")


def load_lexicon(path: Path | None = None) -> CivilSenseLexicon:
    """Read and validate ``civil_senses.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, CivilSenseLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> CivilSenseLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _civil_modified(noun: Token, lex: CivilSenseLexicon) -> bool:
    """A quarrel noun with a civil modifier: "a *trade* war", "the *budget* truce"."""
    return _lemma(noun) in lex.quarrel_nouns and any(
        c.dep_ in MODIFIER_DEPS and (_lemma(c) in lex.civil_modifiers
                                     or c.lower_ in lex.civil_modifiers)
        for c in noun.children)


def _over_civil_matter(noun: Token, lex: CivilSenseLexicon) -> bool:
    """A quarrel "over" or "about" a civil matter: a word of its object's phrase is a civil
    modifier ("its battle with France over breaching *deficit* limits", "a row over *tax*"). Not
    a war or a conflict: "a war over oil" is one of arms."""
    if _lemma(noun) not in lex.matter_quarrel_nouns:
        return False
    return any(_lemma(w) in lex.civil_modifiers or w.lower_ in lex.civil_modifiers
               for prep in noun.children
               if prep.dep_ == PREP_DEP and prep.lower_ in lex.matter_preps
               for obj in prep.children if obj.dep_ in (PREP_OBJECT_DEP, "pcomp")
               for w in obj.subtree)


def _quarrels(noun: Token, lex: CivilSenseLexicon) -> list[Token]:
    """The quarrels a truce noun is "in", "over" or "on" (with their conjuncts), the
    preposition on the noun or on the verb that takes it ("declared a truce in their trade
    war", however the parser attaches "in")."""
    found: list[Token] = []
    holders = [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [noun]
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ != PREP_DEP or prep.lower_ not in lex.quarrel_preps:
            continue
        for obj in prep.children:
            if obj.dep_ == PREP_OBJECT_DEP:
                found += [obj, *(c for c in obj.children if c.dep_ == CONJUNCT_DEP)]
    return found


def _disarmed(tokens: Iterable[Token], lex: CivilSenseLexicon) -> frozenset[int]:
    """Tokens that name no armed setting although they are armed cues: the truce nouns and the
    quarrel nouns a civil modifier makes civil ("a trade *war*")."""
    return frozenset(t.i for t in tokens
                     if _lemma(t) in lex.truce_nouns or _civil_modified(t, lex))


def _armed(sents: Sequence[Span], lex: CivilSenseLexicon, senses: SenseLexicon) -> bool:
    """Whether the sentences name an armed party, a weapon or a war."""
    for sent in sents:
        skipped = _disarmed(sent, lex)
        if names_force(sent, senses, skipped):
            return True
        if any(_lemma(t) in lex.force_words for t in sent if t.i not in skipped):
            return True
    return False


def _state_kinds(senses: SenseLexicon) -> frozenset[str]:
    return frozenset(senses.state_kinds)


def _is_state(token: Token, senses: SenseLexicon) -> bool:
    """Whether ``token`` (or a conjunct of it) stands in an actor mention of a state."""
    mentions: Sequence[ActorMention] = token.doc._.ew_actors or ()
    words = [token, *(c for c in token.children if c.dep_ == CONJUNCT_DEP)]
    return any(m.kind in _state_kinds(senses) and m.start <= w.i < m.end
               for w in words for m in mentions)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]


def _truce_parties(noun: Token) -> list[Token]:
    """The one who makes a truce (the subject of a verb above it) and the parties it is
    "with" or "between"."""
    parties = [obj for prep in noun.children if prep.dep_ == PREP_DEP
               and prep.lower_ in PARTY_PREPS for obj in prep.children
               if obj.dep_ == PREP_OBJECT_DEP]
    word = noun
    for _ in range(MAX_STEPS):
        if word.head.i == word.i:
            break
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            parties += _subjects(word)
            if parties:
                break
    return parties


def is_civil_truce(head: Token, lex: CivilSenseLexicon, senses: SenseLexicon) -> bool:
    """Whether a truce trigger's noun names a truce in a civil quarrel (see the module)."""
    noun = next((t for t in (head, *head.subtree) if _lemma(t) in lex.truce_nouns
                 and t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return False
    if _civil_modified(noun, lex) or any(_civil_modified(q, lex) or _over_civil_matter(q, lex)
                                         for q in _quarrels(noun, lex)):
        return True
    if _lemma(noun) not in lex.figurative_truce_nouns:
        return False  # "the two sides signed a ceasefire": a word of arms alone
    if _armed(list(head.doc.sents), lex, senses):
        return False
    return not any(_is_state(p, senses) for p in _truce_parties(noun))


def is_civil_retreat(head: Token, lex: CivilSenseLexicon, senses: SenseLexicon) -> bool:
    """Whether a retreat trigger stands in a paragraph with no armed setting up to its sentence
    and has no state as its subject (see the module)."""
    if _armed(_told_up_to(head), lex, senses):
        return False
    verb = head
    subjects = _subjects(verb)
    while not subjects and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
        subjects = _subjects(verb)
    return not any(_is_state(s, senses) for s in subjects)


def _told_up_to(head: Token) -> list[Span]:
    """The sentences of ``head``'s paragraph up to its own."""
    sent = head.sent
    opening = max(start for start in paragraph_starts(head.doc) if start <= sent.start)
    return [s for s in head.doc.sents if opening <= s.start <= sent.start]


def _names_a_day(token: Token) -> bool:
    """A weekday, a month or a relative day ("the strike on Tuesday", "on May 1")."""
    dates = bundled_dates_data()
    word = token.lower_
    return word in dates.weekdays or word in dates.months or word in dates.relative_days


def _strike_doers(head: Token) -> list[Token]:
    """Who makes a strike: the subject of its verb (or of the verb above a strike noun, "workers
    went on strike"), its possessor or noun modifier ("the teachers' strike", "a nurses
    strike"), its parties, or the noun a participle describes ("striking dockers")."""
    if head.pos_ in ("NOUN", "PROPN"):
        return [*_truce_parties(head), *(c for c in head.children
                                        if c.dep_ in ("poss", "compound", "nmod"))]
    if head.dep_ in ("amod", "acl", "relcl") and head.head.i != head.i:
        return [head.head, *_subjects(head)]
    return [*_subjects(head), *_participle_object(head)]


def _participle_object(head: Token) -> list[Token]:
    """The noun right after a bare "-ing" form that the parser makes its object: in "held by
    *striking civil servants*" the servants strike."""
    if head.tag_ != "VBG" or _subjects(head):
        return []
    return [c for c in head.children
            if c.dep_ in OBJECT_DEPS and c.left_edge.i == head.i + 1]


def _is_labour_doer(doer: Token, lex: CivilSenseLexicon) -> bool:
    words = [doer, *(c for c in doer.children if c.dep_ in (CONJUNCT_DEP, "compound"))]
    return any(_lemma(w) in lex.labour_doers or w.lower_ in lex.labour_doers for w in words)


def _is_armed_doer(doer: Token, senses: SenseLexicon) -> bool:
    """A state, or a doer whose words name an armed party ("the rebels", "its forces")."""
    return _is_state(doer, senses) or names_force(
        doer.doc[doer.left_edge.i:doer.i + 1], senses)


def _strike_setting(head: Token, labour: bool) -> list[Span]:
    """The sentences whose words decide a strike's sense: its own when workers make it, else its
    paragraph and the article's lead (its first paragraph)."""
    if labour:
        return [head.sent]
    starts = paragraph_starts(head.doc)
    opening = max(start for start in starts if start <= head.sent.start)
    following = min((start for start in starts if start > head.sent.start), default=len(head.doc))
    lead_end = starts[1] if len(starts) > 1 else len(head.doc)
    return [s for s in head.doc.sents
            if opening <= s.start < following or s.start < lead_end]


def _armed_or_harmful(sents: Sequence[Span], lex: CivilSenseLexicon,
                      senses: SenseLexicon) -> bool:
    return _armed(sents, lex, senses) or any(
        _lemma(t) in lex.strike_harm_words for sent in sents for t in sent)


def strikes_an_object(head: Token, lex: CivilSenseLexicon) -> bool:
    """Whether a strike verb hits something: a labour strike has no object, so "pilots struck
    the convoy" is an attack whoever the pilots are."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.strike_words:
        return False
    doers = _strike_doers(head)
    return any(c.dep_ in OBJECT_DEPS and c not in doers for c in head.children)


def is_labour_strike(head: Token, lex: CivilSenseLexicon, senses: SenseLexicon) -> bool:
    """Whether a strike trigger coded as force names a stoppage of work (see the module)."""
    if _lemma(head) not in lex.strike_words or any(
            c.dep_ == PREP_DEP and c.lower_ in lex.strike_target_preps
            and not any(_names_a_day(o) for o in c.children)
            for c in head.children):
        return False  # "a strike on the convoy"; "the strike on Tuesday" is a day
    doers = _strike_doers(head)
    labour = any(_is_labour_doer(d, lex) for d in doers)
    struck = [c for c in head.children if c.dep_ in OBJECT_DEPS and c not in doers]
    if head.pos_ == "VERB" and (struck or (not labour and _participle_object(head))):
        return False  # "pilots struck the convoy", "striking the convoy"
    if any(_is_armed_doer(d, senses) for d in doers):
        return False
    return not _armed_or_harmful(_strike_setting(head, labour), lex, senses)


def with_civil_senses(doc: Doc, triggers: Sequence[TriggerMatch], lex: CivilSenseLexicon,
                      senses: SenseLexicon | None = None) -> list[TriggerMatch]:
    """``triggers`` with civil truces recoded as agreements, labour strikes as strikes and civil
    retreats dropped."""
    senses = senses if senses is not None else bundled_senses()
    found: list[TriggerMatch] = []
    for trigger in triggers:
        head = doc[trigger.head]
        if trigger.code in lex.retreat_codes and is_civil_retreat(head, lex, senses):
            continue
        if trigger.code in lex.truce_codes and is_civil_truce(head, lex, senses):
            trigger = replace(trigger, code=lex.agreement_code,
                              extra={**trigger.extra, PATTERN_CODE_KEY: trigger.code})
        elif trigger.code in lex.strike_force_codes and is_labour_strike(head, lex, senses):
            trigger = replace(trigger, code=lex.labour_strike_code,
                              extra={**trigger.extra, PATTERN_CODE_KEY: trigger.code})
        elif trigger.code == lex.labour_strike_code and strikes_an_object(head, lex):
            trigger = replace(trigger, code=lex.strike_attack_code,
                              extra={**trigger.extra, PATTERN_CODE_KEY: trigger.code})
        found.append(trigger)
    return found


__all__ = ["CivilSenseLexicon", "bundled_lexicon", "is_civil_retreat", "is_civil_truce",
           "is_labour_strike", "load_lexicon", "strikes_an_object", "with_civil_senses"]
