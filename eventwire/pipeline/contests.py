"""Words of fighting used for a contest that is no use of force (part of ``ew_triggers``,
applied with :mod:`.nonacts`).

Sports, business and political news fight and beat without force:

* a game: a verb of defeat with a score ("Liverpool **beat** Chelsea 2-1"), a game ("**beat**
  France in the final") or a sporting margin ("**defeated** them by three goals"), and any verb
  of force with a score ("**hammered** Spurs 4-0");
* a competition for a good: a verb or noun of fighting whose "for" names customers, votes or
  support ("**fighting** for market share", "will **battle** Trump for the support of
  workers");
* a contest named by its arena: "the budget **battle**", "a legal **battle** over patents",
  "the leadership **fight**", "a price **war**";
* an election or a game fought, or a fight among contestants: a verb of fighting whose object
  or passive subject is an election, a seat or a game ("Labour will **fight** the seat", "the
  election was **fought** over Brexit"), or whose parties (its subject, the object of its
  "between") are candidates, finalists or teams ("the two candidates **battled**", "**fighting**
  between the two finalists"), in a sentence that names no armed party, weapon or war (the
  cues of :func:`.senses.names_force`); the election may be the noun the participle describes
  ("an election **fought** over Brexit");
* a dispute between political actors: a word of clashing whose every party (its subject, the
  object of its "with" or "between") is a political person, a party or a chamber (or a
  name no dictionary knows, beside one that is)
  ("lawmakers **clashed** over the budget", "the president and Republican leaders **clash** on
  spending", "the **clash** between Clinton and Sanders") is a quarrel in words;
* an election won: a verb of defeat in a sentence that names an election, a vote or a rival
  ("**defeated** the incumbent in the runoff", "**beating** his rival"), or whose every party is
  a political person, a party or a chamber ("Labour **defeated** the Conservatives"), in a
  sentence that names no armed party, weapon or war;
* a fight for a civil issue: a word of fighting (or the one its trigger's head takes as an
  open complement: "vowed to **fight**") whose every issue (its object or passive subject, the
  object of its "over", "about", "on" or "against", its purpose infinitive's object) is a law,
  a policy, a closure, a lawsuit, a social ill, a natural hazard or a right, by its word or a
  modifier of it, with at least one such issue, or a civil aim (the object of its "for": "for
  the right to vote"; a purpose to pass, repeal or fund one) ("unions will **fight** the
  closure", "a **battle** over breaching deficit limits", "the **war** on poverty", "farmers
  are **battling** the drought", "the **battle** to repeal the law"), in a sentence that names
  no armed party, weapon or war: no use (18-20) nor threat (138) of force;
* a chamber or an office won: a verb of seizing whose every object is a chamber by its name, a
  majority, a seat or an elected office, or control of one ("Democrats aim to **retake** the
  House", "hope to **capture** the Senate", "**won** the seat"), in a sentence that names no
  armed party, weapon or war: no occupation (192) nor seizure (171).

A trigger coded as force (18, 19, 20) gives no event there; "the army defeated the rebels in
the battle for Mosul", "fought for control of the city" and "street battles" keep theirs. The
words are data (``eventwire/data/contests.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import ActorMention, TriggerMatch
from eventwire.pipeline.senses import SenseLexicon, names_force
from eventwire.pipeline.senses import bundled_lexicon as bundled_senses

DATA_FILE = "contests.yaml"
FORCE_ROOTS = ("18", "19", "20")
# A score written as one token or as three: "2-1", "2 - 1", "5–0".
SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
DASHES = frozenset({"-", "–", "—"})
MAX_SCORE = 200
# What follows a score that is a range counting a noun: "2-3 people", "2014-15 season".
COUNTED_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# Modifiers of a noun, also as the parser sometimes hangs a compound ("leadership fight").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nsubj", "npadvmod"})
# What a verb of fighting takes its good through: its own "for", or its object's when the
# parser hangs the phrase there ("battle Trump for the support").
OBJECT_DEPS = frozenset({"dobj", "pobj"})
# What an election or a game fought is to a verb of fighting: "fight *the seat*", "*the
# election* was fought".
FOUGHT_DEPS = frozenset({"dobj", "nsubjpass"})
# The parties of a fight: its subject, and the object of its "between".
PARTY_DEPS = frozenset({"nsubj"})
PARTY_PREP = "between"
# The parties of a dispute: its subject, the object of its "with" or "between", a noun's owner.
DISPUTE_PREPS = ("with", "between")
OWNER_DEP = "poss"
# A participle describing the election fought: "an election **fought** over Brexit".
PARTICIPLE_DEP = "acl"
PARTICIPLE_TAG = "VBN"
# The parties of a defeat: its doer and what it defeats.
DEFEAT_DEPS = frozenset({"nsubj", "dobj", "nsubjpass"})
AGENT_PREP = "by"
PROPER_POS = "PROPN"
# A purpose infinitive of a verb or a noun of fighting: "fighting to defund", "the battle to
# repeal".
PURPOSE_DEPS = frozenset({"xcomp", "advcl", "acl"})
# The object of a preposition: a noun ("over the budget") or a gerund ("over breaching").
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})


class ContestLexicon(BaseModel):
    """The validated contents of ``contests.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    contest_verbs: frozenset[Word]
    game_nouns: frozenset[Word]
    sport_margins: frozenset[Word]
    fighting_words: frozenset[Word]
    contested_goods: frozenset[Word]
    contest_nouns: frozenset[Word]
    arenas: frozenset[Word]
    fought_contests: frozenset[Word] = frozenset()
    contestants: frozenset[Word] = frozenset()
    dispute_words: frozenset[Word] = frozenset()
    seizing_verbs: frozenset[Word] = frozenset()
    seizure_codes: tuple[Word, ...] = ()
    chamber_names: frozenset[Word] = frozenset()
    electoral_prizes: frozenset[Word] = frozenset()
    control_nouns: frozenset[Word] = frozenset()
    civil_fight_codes: tuple[Word, ...] = ()
    issue_preps: frozenset[Word] = frozenset()
    aim_preps: frozenset[Word] = frozenset()
    civil_issues: frozenset[Word] = frozenset()
    civil_purposes: frozenset[Word] = frozenset()
    electoral_cues: frozenset[Word] = frozenset()
    political_sectors: frozenset[str] = frozenset()
    political_kinds: frozenset[Word] = frozenset()
    party_sectors: frozenset[str] = frozenset()


def load_lexicon(path: Path | None = None) -> ContestLexicon:
    """Read and validate ``contests.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, ContestLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> ContestLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _small(token: Token) -> bool:
    return token.text.isdigit() and int(token.text) <= MAX_SCORE


def _score_at(doc: Doc, i: int) -> int | None:
    """The index of the last token of a score starting at ``i``, else None."""
    if SCORE.match(doc[i].text):
        return i
    if i + 2 < len(doc) and _small(doc[i]) and doc[i + 1].text in DASHES and _small(doc[i + 2]):
        return i + 2
    return None


def has_score(verb: Token) -> bool:
    """A score right after the verb's object or the verb ("beat Chelsea **2-1**"), not a range
    counting a noun ("killed **2-3** people")."""
    doc = verb.doc
    # after the object's head too: the parser may hang the score from it ("Chelsea 2-1")
    starts = [verb.i + 1, *(i + 1 for c in verb.children if c.dep_ == "dobj"
                            for i in (c.i, c.right_edge.i))]
    for start in starts:
        end = _score_at(doc, start) if start < len(doc) else None
        if end is not None and not (end + 1 < len(doc) and doc[end + 1].pos_ in COUNTED_POS):
            return True
    return False


def _preps(token: Token, word: str) -> list[Token]:
    """The objects of ``token``'s preposition ``word``."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == word
            for g in c.children if g.dep_ == "pobj"]


def is_game(head: Token, lex: ContestLexicon) -> bool:
    """Whether a verb of force names a result in a game (see the module)."""
    if head.pos_ != "VERB":
        return False
    if has_score(head):
        return True
    if _lemma(head) not in lex.contest_verbs:
        return False
    return any(_lemma(n) in lex.game_nouns for n in _preps(head, "in")) or any(
        _lemma(n) in lex.sport_margins for n in _preps(head, "by"))


def _good(noun: Token, lex: ContestLexicon) -> bool:
    """A good competed for, also through its compound ("market **share**")."""
    return _lemma(noun) in lex.contested_goods


def is_competition(head: Token, lex: ContestLexicon) -> bool:
    """Whether a word of fighting competes for a good: "fighting **for** market share"."""
    if _lemma(head) not in lex.fighting_words:
        return False
    holders = [head, *(c for c in head.children if c.dep_ in OBJECT_DEPS)]
    return any(_good(n, lex) for h in holders for n in _preps(h, "for"))


def is_arena_contest(head: Token, lex: ContestLexicon) -> bool:
    """Whether a noun of fighting is named by its arena: "the **budget** battle"."""
    if head.pos_ != "NOUN" or _lemma(head) not in lex.contest_nouns:
        return False
    return any(c.dep_ in MODIFIER_DEPS and c.i < head.i and (
        _lemma(c) in lex.arenas or c.lower_ in lex.arenas) for c in head.children)


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [*tokens, *(c for t in tokens for c in t.conjuncts)]


def _contestants(head: Token, lex: ContestLexicon) -> bool:
    """The parties of a fight are contestants, every one: "the two *candidates* battled",
    "fighting between the two *finalists*"."""
    parties = _with_conjuncts([c for c in head.children if c.dep_ in PARTY_DEPS]
                              + _preps(head, PARTY_PREP))
    return bool(parties) and all(_lemma(p) in lex.contestants for p in parties)


def is_electoral_fight(head: Token, lex: ContestLexicon, senses: SenseLexicon) -> bool:
    """Whether a word of fighting fights an election, a seat or a game ("**fight** the seat",
    "the election was **fought**") or is fought among contestants ("the candidates
    **battled**"), in a sentence that names no armed party, weapon or war."""
    if _lemma(head) not in lex.fighting_words:
        return False
    fought = [c for c in head.children if c.dep_ in FOUGHT_DEPS] if head.pos_ == "VERB" else []
    if head.dep_ == PARTICIPLE_DEP and head.tag_ == PARTICIPLE_TAG:
        fought.append(head.head)
    if not (any(_lemma(c) in lex.fought_contests or _lemma(c) in lex.game_nouns
                for c in _with_conjuncts(fought)) or _contestants(head, lex)):
        return False
    return not names_force(head.sent, senses, frozenset({head.i}))


def _political(token: Token, lex: ContestLexicon) -> bool:
    """``token`` is in the mention of a political person, a party or a chamber ("the
    president", "Clinton", "Republicans", "lawmakers"), not a state, an armed party or a
    sector of people ("protesters")."""
    mentions: Sequence[ActorMention] = token.doc._.ew_actors or ()
    mention = next((m for m in mentions if m.start <= token.i < m.end), None)
    if mention is None or mention.sector not in lex.political_sectors:
        return False
    return mention.kind in lex.political_kinds or mention.sector in lex.party_sectors


def _unknown_person(token: Token) -> bool:
    """``token`` is a name no actor mention covers ("Sanders"; the pipeline tags no
    entities, so any proper noun the dictionaries do not know)."""
    mentions: Sequence[ActorMention] = token.doc._.ew_actors or ()
    return token.pos_ == PROPER_POS and not any(
        m.start <= token.i < m.end for m in mentions)


def _dispute_parties(head: Token) -> list[Token]:
    found = [c for c in head.children if c.dep_ in PARTY_DEPS or c.dep_ == OWNER_DEP]
    found += [n for word in DISPUTE_PREPS for n in _preps(head, word)]
    return _with_conjuncts(found)


def is_political_dispute(head: Token, lex: ContestLexicon, senses: SenseLexicon) -> bool:
    """Whether a word of clashing is a quarrel between political actors, every party of it
    ("lawmakers **clashed** over the budget"), in a sentence that names no armed party,
    weapon or war."""
    if _lemma(head) not in lex.dispute_words:
        return False
    parties = _dispute_parties(head)
    if not any(_political(p, lex) for p in parties) or not all(
            _political(p, lex) or _unknown_person(p) for p in parties):
        return False
    return not names_force(head.sent, senses, frozenset({head.i}))


def is_electoral_defeat(head: Token, lex: ContestLexicon, senses: SenseLexicon) -> bool:
    """Whether a verb of defeat wins an election: its sentence names an election, a vote or a
    rival, or its every party is a political actor ("Labour **defeated** the Conservatives"),
    and it names no armed party, weapon or war."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.contest_verbs:
        return False
    parties = _with_conjuncts([c for c in head.children if c.dep_ in DEFEAT_DEPS]
                              + _preps(head, AGENT_PREP))
    cued = any(_lemma(t) in lex.electoral_cues for t in head.sent if t.i != head.i)
    if not cued and not (parties and all(_political(p, lex) for p in parties)):
        return False
    return not names_force(head.sent, senses, frozenset({head.i}))


def _prize(noun: Token, lex: ContestLexicon) -> bool:
    """A chamber by its name ("the House", "the Senate"; not "a house"), a majority, a seat or
    an elected office."""
    lemma = _lemma(noun)
    return lemma in lex.electoral_prizes or (noun.pos_ == PROPER_POS
                                             and lemma in lex.chamber_names)


def is_electoral_seizure(head: Token, lex: ContestLexicon, senses: SenseLexicon) -> bool:
    """Whether a verb of seizing wins a chamber, a majority, a seat or an office, every object
    of it, or control of one ("**retake** the House", "**seized** control of the Senate"), in a
    sentence that names no armed party, weapon or war."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.seizing_verbs:
        return False
    objects = _with_conjuncts([c for c in head.children if c.dep_ == "dobj"])
    objects = [g for o in objects for g in (
        _with_conjuncts(_preps(o, "of")) or [o] if _lemma(o) in lex.control_nouns else [o])]
    if not objects or not all(_prize(o, lex) for o in objects):
        return False
    return not names_force(head.sent, senses, frozenset({head.i}))


def _fighting_word(head: Token, lex: ContestLexicon) -> Token | None:
    """The word of fighting of a trigger: its head, the open complement of its head ("vowed
    to **fight**") or the fight it wages ("the **battle** should be waged")."""
    if _lemma(head) in lex.fighting_words:
        return head
    return next((c for c in head.children if _lemma(c) in lex.fighting_words and (
        (c.dep_ == "xcomp" and c.pos_ == "VERB") or c.dep_ in FOUGHT_DEPS)), None)


def _purposes(fight: Token) -> list[Token]:
    """The purpose infinitives of a fight: "fighting **to** defund", "the battle **to** repeal"."""
    return [c for c in fight.children if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB"
            and any(a.tag_ == "TO" for a in c.children)]


def _prep_objects(token: Token, words: frozenset[str]) -> list[Token]:
    """The objects (nouns or gerunds) of ``token``'s prepositions among ``words``."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in words
            for g in c.children if g.dep_ in PREP_OBJECT_DEPS]


def _issues(fight: Token, lex: ContestLexicon) -> list[Token]:
    """What a fight is fought over: its object or passive subject (a verb's), the objects of
    its issue prepositions, and the objects of its purpose infinitives."""
    found = [c for c in fight.children if c.dep_ in FOUGHT_DEPS] if fight.pos_ == "VERB" else []
    found += _prep_objects(fight, lex.issue_preps)
    found += [c for p in _purposes(fight) if _lemma(p) not in lex.civil_purposes
              for c in p.children if c.dep_ in FOUGHT_DEPS]
    return _with_conjuncts(found)


def _civil_issue(issue: Token, lex: ContestLexicon) -> bool:
    """An issue that is civil by its word or a modifier of it ("the **health** law"); a gerund
    by its object ("over breaching deficit **limits**")."""
    if issue.pos_ == "VERB":
        objects = [c for c in issue.children if c.dep_ == "dobj"]
        return bool(objects) and all(_civil_issue(o, lex) for o in objects)
    words = [issue, *(c for c in issue.children if c.dep_ in MODIFIER_DEPS and c.i < issue.i)]
    return any(_lemma(w) in lex.civil_issues or _lemma(w) in lex.arenas
               or w.lower_ in lex.civil_issues for w in words)


def is_civil_fight(head: Token, lex: ContestLexicon, senses: SenseLexicon) -> bool:
    """Whether a trigger of force fights for a civil issue (see the module) in a sentence that
    names no armed party, weapon or war."""
    fight = _fighting_word(head, lex)
    if fight is None:
        return False
    issues = _issues(fight, lex)
    civil_aim = any(_lemma(p) in lex.civil_purposes for p in _purposes(fight)) or any(
        _civil_issue(a, lex) for a in _with_conjuncts(_prep_objects(fight, lex.aim_preps)))
    if not (civil_aim or issues) or not all(_civil_issue(i, lex) for i in issues):
        return False
    return not names_force(head.sent, senses, frozenset({head.i, fight.i}))


def is_contest(head: Token, lex: ContestLexicon, senses: SenseLexicon | None = None) -> bool:
    """Whether the trigger headed by ``head`` names a game, a competition, an arena's contest,
    an election fought or won, or a dispute between political actors."""
    sense_lex = senses if senses is not None else bundled_senses()
    return (is_game(head, lex) or is_competition(head, lex) or is_arena_contest(head, lex)
            or is_electoral_fight(head, lex, sense_lex)
            or is_political_dispute(head, lex, sense_lex)
            or is_electoral_defeat(head, lex, sense_lex))


def without_contests(doc: Doc, triggers: Sequence[TriggerMatch], lex: ContestLexicon
                     ) -> list[TriggerMatch]:
    """``triggers`` less the force ones that name a contest without force, the force and
    threats of force that fight for a civil issue, and the seizures and occupations of a
    chamber or an office won."""
    senses = bundled_senses()
    return [t for t in triggers
            if not (t.code.startswith(FORCE_ROOTS) and is_contest(doc[t.head], lex, senses))
            and not (lex.civil_fight_codes and t.code.startswith(lex.civil_fight_codes)
                     and is_civil_fight(doc[t.head], lex, senses))
            and not (lex.seizure_codes and t.code.startswith(lex.seizure_codes)
                     and is_electoral_seizure(doc[t.head], lex, senses))]


__all__ = ["ContestLexicon", "bundled_lexicon", "has_score", "is_arena_contest",
           "is_competition", "is_contest", "is_electoral_defeat", "is_electoral_fight",
           "is_electoral_seizure",
           "is_civil_fight", "is_game", "is_political_dispute", "load_lexicon",
           "without_contests"]
