"""Gatherings that are only the occasion of another act (part of ``ew_triggers``, applied
with :mod:`.nonacts`).

A meeting, a conference or a summit named as where or when something else was said or done is
the setting of that act, no consultation of its own: "**speaking at a conference** in Vienna,
the minister said", "at a **summit** in Lisbon, the president warned", "told a town hall
**meeting** that", "in a **meeting** last year, the adviser made it clear", "on the sidelines of
the **summit**". The statement or the act is the event; the noun of the gathering gives no
separate consultation (04). A gathering reported for itself keeps its event: with its parties
("at a **meeting** with Putin", "the **summit** between the two leaders"), as what someone took
part in, hosted or called ("took part in the **summit**", "hosted leaders at a **summit**",
"his attendance at a **meeting**"), with its members ("during a **meeting** of House
Republicans"),
or as a time ("after a cabinet **meeting**", "ahead of the **summit**": not a setting
preposition). A gathering that a speech is made to is its audience, the occasion of the speech
("in a **speech to** his party's **conference** in Leeds": no consultation with the party).
The words are data (``eventwire/data/occasions.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "occasions.yaml"
OBJECT_DEPS = frozenset({"dobj", "dative"})
PREP_DEP = "prep"
OBJECT_OF_PREP = "pobj"
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# Tags of a noun that names a gathering's members: plural or proper ("of tribal elders", "of
# the Security Council").
MEMBER_TAGS = frozenset({"NNS", "NNPS", "NNP"})
# A conjunct shares the setting of the noun it is conjoined to: "at meetings and summits".
CONJUNCT_DEP = "conj"
MAX_CONJUNCTS = 3


class OccasionLexicon(BaseModel):
    """The validated contents of ``occasions.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    gathering_nouns: frozenset[Word]
    setting_preps: frozenset[Word]
    edge_nouns: frozenset[Word]
    party_preps: frozenset[Word]
    member_preps: frozenset[Word]
    addressing_verbs: frozenset[Word]
    participation_verbs: frozenset[Word]
    gathering_codes: frozenset[Word]
    act_only_codes: frozenset[Word] = frozenset()
    address_nouns: frozenset[Word] = frozenset()
    audience_preps: frozenset[Word] = frozenset()


def load_lexicon(path: Path | None = None) -> OccasionLexicon:
    """Read and validate ``occasions.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, OccasionLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> OccasionLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _first_conjunct(noun: Token) -> Token:
    """The noun ``noun`` is (through conjuncts) conjoined to: "at meetings and **summits**"."""
    for _ in range(MAX_CONJUNCTS):
        if noun.dep_ != CONJUNCT_DEP or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun


def _has_parties(noun: Token, lex: OccasionLexicon) -> bool:
    """The gathering names its parties: "a meeting **with** Putin", "talks **between**", "a
    meeting **of** House Republicans" (a plural or proper member, not "of the new year")."""
    return any(c.dep_ == PREP_DEP and (c.lower_ in lex.party_preps or (
        c.lower_ in lex.member_preps and any(
            g.dep_ == OBJECT_OF_PREP and g.tag_ in MEMBER_TAGS for g in c.children)))
        for c in noun.children)


def _setting_of(noun: Token, lex: OccasionLexicon) -> Token | None:
    """The word a gathering is the setting of, through a setting preposition ("said **at** a
    conference", "**on** the sidelines **of** the summit"), else None."""
    noun = _first_conjunct(noun)
    if noun.dep_ != OBJECT_OF_PREP:
        return None
    prep = noun.head
    # "on the sidelines of the summit": the edge is in the setting phrase
    if prep.lower_ == "of" and prep.head.dep_ == OBJECT_OF_PREP and (
            _lemma(prep.head) in lex.edge_nouns or prep.head.lower_ in lex.edge_nouns):
        prep = prep.head.head
    elif prep.lower_ in lex.audience_preps and _lemma(prep.head) in lex.address_nouns:
        return prep.head  # "in a speech to the party conference": the speech's audience
    elif prep.lower_ not in lex.setting_preps:
        return None
    if prep.dep_ != PREP_DEP or prep.head.i == prep.i:
        return None
    return prep.head


def is_occasion(head: Token, code: str, lex: OccasionLexicon,
                acts: frozenset[int] | None = None) -> bool:
    """Whether the trigger headed by ``head`` is a gathering that is only the occasion of
    another act (see the module). For a code of ``act_only_codes`` the word the gathering is
    the setting or the audience of must be in ``acts`` (the words of other triggers)."""
    if not _gathering(head, code, lex):
        return False
    if _lemma(head) not in lex.gathering_nouns or _has_parties(head, lex):
        return False
    noun = _first_conjunct(head)
    if noun.dep_ in OBJECT_DEPS:
        # "told a town hall meeting that": the gathering is the audience of a statement
        governor: Token | None = noun.head
        found = _lemma(noun.head) in lex.addressing_verbs
    else:
        governor = _setting_of(head, lex)
        found = governor is not None and _lemma(governor) not in lex.participation_verbs
    if found and governor is not None and code.startswith(tuple(lex.act_only_codes)):
        return acts is not None and governor.i in acts
    return found


def _gathering(head: Token, code: str, lex: OccasionLexicon) -> bool:
    return head.pos_ in NOMINAL_POS and code.startswith(tuple(lex.gathering_codes))


def without_occasions(doc: Doc, triggers: Sequence[TriggerMatch], lex: OccasionLexicon
                      ) -> list[TriggerMatch]:
    """``triggers`` less the gatherings that are only the occasion of another act (the words
    of the other triggers are gathered only for a gathering: not for every trigger)."""
    return [t for t in triggers if not (_gathering(doc[t.head], t.code, lex) and is_occasion(
        doc[t.head], t.code, lex, frozenset(
            i for o in triggers if o is not t for i in (o.head, *range(o.start, o.end)))))]


__all__ = ["OccasionLexicon", "bundled_lexicon", "is_occasion", "load_lexicon",
           "without_occasions"]
