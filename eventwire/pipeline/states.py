"""Triggers that in their context name a state, an opinion or a quantity, no act (part of
``ew_triggers``, applied after :mod:`.nonacts`).

A trigger pattern matches a word; whether the word names an act depends on its use:

* a verb of regarding with a second predicate or a that-clause characterises or gives an
  opinion ("Ankara **considers** the militia a terrorist group", "is **considered** suspect",
  "we **considered** that the response was fair", the reader's "**Consider** what he
  concedes"), it weighs no policy option (014); with a plain object or a question it does
  ("will consider the bill", "considering whether to appeal");
* a "call" that is a judgement ("made the right **call**", "that is not your **call**", "a
  wake-up **call**") or an appeal ("**calls** for the minister to resign") is no telephone call
  (041);
* "offer" whose object is a word of saying or thinking ("**offered** no guesses", "offered
  fatigue as an excuse") is no offer of cooperation (030);
* a truce or an agreement kept, broken or holding ("enforce the **ceasefire**", "the **truce**
  held") already stands: the noun names no new act;
* a participle after a verb of seeming or with a degree word ("looked increasingly
  **isolated**", "the most politically **charged**"), one of standing engagement ("the
  men **involved** in the plot") and a passive threat to
  something at risk ("2,000 jobs are **threatened**") name a state;
* one's own migration ("**immigrated** to the United States at age 7") grants no asylum (075);
* a bare plural act noun that a word of quantity counts ("the number of **attacks**", "a rise
  in **arrests**") names no particular act;
* "strike" with no target is no attack: an impression ("**struck** many as unfair"), a tone,
  fear or a pact struck, a law struck down;
* a predicate noun that says what another act is ("his comments were a **recognition**",
  "the killing is a **violation** of the law") names that act again, no second one;
* a defeat at the polls is no fight ("**beat** Mondale in the popular vote", "by 18 points"),
  and a retreat that is a gathering ("the annual leadership **retreat**") is no withdrawal.

The words are data (``eventwire/data/states.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "states.yaml"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A second predicate of a verb of regarding: "considered **suspect**", "considers the militia
# a terrorist **group**" (parsed as a verbless clause).
SECOND_PREDICATE_DEPS = frozenset({"oprd", "acomp"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "PRON"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
QUESTION_MARKS = frozenset({"whether", "if"})
IMPERATIVE_TAG = "VB"
CALL_LEMMA = "call"
CALL_CODE = "041"
OFFER_LEMMA = "offer"
OFFER_CODE = "030"
# Participles read as adjectives: tagged as such, or as a past participle.
PARTICIPLE_TAGS = frozenset({"VBN", "JJ"})
PREDICATIVE_DEPS = frozenset({"acomp", "oprd"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SPECIFYING_DEPS = frozenset({"det", "poss", "nummod", "predet", "compound", "nmod"})
FORCE_ROOTS = ("18", "19", "20")
# Copulas whose predicate noun names what their subject is.
COPULAS = frozenset({"be", "become", "remain"})
THREAT_ROOT = "13"
RELATIVE_TAGS = frozenset({"WDT", "WP"})


class StateLexicon(BaseModel):
    """The validated contents of ``states.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    regarding_verbs: frozenset[Word]
    regarding_codes: frozenset[Word]
    judgement_modifiers: frozenset[Word]
    telephone_words: frozenset[Word]
    call_codes: frozenset[Word]
    remark_nouns: frozenset[Word]
    standing_nouns: frozenset[Word]
    keeping_verbs: frozenset[Word]
    standing_verbs: frozenset[Word]
    seeming_verbs: frozenset[Word]
    degree_adverbs: frozenset[Word]
    migration_verbs: frozenset[Word]
    migration_codes: frozenset[Word]
    quantity_nouns: frozenset[Word]
    quantity_preps: frozenset[Word]
    striking_verbs: frozenset[Word]
    figurative_objects: frozenset[Word]
    annulled_objects: frozenset[Word]
    contest_verbs: frozenset[Word]
    election_nouns: frozenset[Word]
    margin_nouns: frozenset[Word]
    retreat_nouns: frozenset[Word]
    gathering_modifiers: frozenset[Word]
    state_participles: frozenset[Word]
    endangering_verbs: frozenset[Word]
    endangered_nouns: frozenset[Word]


def load_lexicon(path: Path | None = None) -> StateLexicon:
    """Read and validate ``states.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, StateLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> StateLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _opinion_clause(clause: Token) -> bool:
    """A clause that states what is held true ("that the response **was** fair"), not a
    question ("whether to appeal", "what he concedes")."""
    # a verbless small clause: "considers [the militia a terrorist group]", "what they
    # consider [government abuse]"
    if clause.pos_ in NOMINAL_POS:
        return True
    children = list(clause.children)
    if any(c.tag_ in WH_TAGS or c.lower_ in QUESTION_MARKS for c in children):
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in children)


def _imperative(verb: Token) -> bool:
    """"**Consider** what he concedes": the writer's address to the reader, first in its
    sentence, with no subject."""
    return (verb.tag_ == IMPERATIVE_TAG and verb.dep_ == "ROOT" and verb.i == verb.sent.start
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children))


def is_characterisation(head: Token, code: str, lex: StateLexicon) -> bool:
    """Whether a verb of regarding characterises or gives an opinion (see the module)."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.regarding_verbs \
            or code not in lex.regarding_codes:
        return False
    # "what they consider [federal overreach]": two objects are object and predicate
    if sum(c.dep_ == "dobj" for c in head.children) > 1:
        return True
    for child in head.children:
        if child.dep_ in SECOND_PREDICATE_DEPS:
            return True
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                g.dep_ == "pobj" for g in child.children):
            return True
        if child.dep_ == "ccomp" and (_opinion_clause(child) or _imperative(head)):
            return True
    return False


def is_call_not_telephone(head: Token, code: str, lex: StateLexicon) -> bool:
    """Whether a "call" coded as a telephone call or an appeal is a judgement ("the right
    call", "a wake-up call for the party", "not your call"), or coded as a telephone call is
    an appeal ("calls for the mayor to resign")."""
    if code not in lex.call_codes or head.pos_ != "NOUN" or _lemma(head) != CALL_LEMMA:
        return False
    children = list(head.children)
    if any(_lemma(c) in lex.telephone_words or c.lower_ in lex.telephone_words
           for c in children if c.dep_ in {"compound", "amod", "nmod"}):
        return False
    if any(c.dep_ in {"amod", "compound"} and (_lemma(c) in lex.judgement_modifiers
                                               or c.lower_ in lex.judgement_modifiers)
           for c in children):
        return True
    # "that is not **your** call": a possessed call as the predicate
    if head.dep_ == "attr" and any(c.dep_ == "poss" for c in children):
        return True
    # an appeal: "calls **for** the minister to resign", "calls **to** exit the race"
    return code == CALL_CODE and any((c.dep_ == "prep" and c.lower_ == "for")
               or (c.dep_ in {"acl", "relcl", "advcl"} and c.tag_ == IMPERATIVE_TAG and any(
                   g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
               for c in children)


def is_remark_offer(head: Token, code: str, lex: StateLexicon) -> bool:
    """Whether "offer" has a word of saying or thinking as its object, or offers something
    as one ("offered no guesses", "offered fatigue as an excuse")."""
    if code != OFFER_CODE or head.pos_ != "VERB" or _lemma(head) != OFFER_LEMMA:
        return False
    for child in head.children:
        if child.dep_ in {"dobj", "nsubjpass"} and _lemma(child) in lex.remark_nouns:
            return True
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                g.dep_ == "pobj" and _lemma(g) in lex.remark_nouns for g in child.children):
            return True
    return False


def is_standing_agreement(head: Token, lex: StateLexicon) -> bool:
    """Whether the trigger is the noun of a truce or agreement that is kept, broken or holds
    ("enforce the **ceasefire**", "abide by the **deal**", "the **truce** held")."""
    if head.pos_ != "NOUN" or _lemma(head) not in lex.standing_nouns:
        return False
    governor = head.head
    if head.dep_ == "dobj":
        return _lemma(governor) in lex.keeping_verbs
    if head.dep_ == "pobj" and governor.dep_ == "prep":
        return _lemma(governor.head) in lex.keeping_verbs and governor.head.pos_ == "VERB"
    if head.dep_ == "nsubj":
        return _lemma(governor) in lex.standing_verbs
    return False


def _degree(token: Token, lex: StateLexicon) -> bool:
    """A degree word on ``token`` or on its adverb: "increasingly isolated", "the **most**
    politically charged"."""
    adverbs = [c for c in token.children if c.dep_ == "advmod"]
    adverbs += [g for a in adverbs for g in a.children if g.dep_ == "advmod"]
    return any(a.lower_ in lex.degree_adverbs for a in adverbs)


def is_state_participle(head: Token, lex: StateLexicon) -> bool:
    """Whether the trigger is a participle that names a state: the predicate of a verb of
    seeming ("looked **isolated**", "seems **worried**") or with a degree word ("less
    **restrained**"), with no agent ("isolated by its neighbours" is an act)."""
    if head.tag_ not in PARTICIPLE_TAGS or head.dep_ not in PREDICATIVE_DEPS:
        return False
    if any(c.dep_ == "agent" for c in head.children):
        return False
    return _lemma(head.head) in lex.seeming_verbs or _degree(head, lex)


def _adjectival(head: Token) -> bool:
    """A past participle with no agent, no object and no perfect "have": "the men **involved**
    in the plot", "jobs are **threatened**" (not "has committed troops")."""
    return head.tag_ in PARTICIPLE_TAGS and not any(
        c.dep_ in {"agent", "dobj"} or (c.dep_ == "aux" and _lemma(c) == "have")
        for c in head.children)


def is_committed_state(head: Token, lex: StateLexicon) -> bool:
    """Whether the trigger is a participle of standing engagement: "the men **involved** in
    the plot" (not "is committed to", an intent expressed)."""
    return _lemma(head) in lex.state_participles and _adjectival(head)


def is_at_risk(head: Token, code: str, lex: StateLexicon) -> bool:
    """Whether a passive verb of threat says that something is at risk: "2,000 jobs **are
    threatened** by the closure", "services that are being **threatened**"."""
    if not code.startswith(THREAT_ROOT) or _lemma(head) not in lex.endangering_verbs \
            or head.tag_ != "VBN":
        return False
    patients = [head.head if c.tag_ in RELATIVE_TAGS and head.dep_ == "relcl" else c
                for c in head.children if c.dep_ == "nsubjpass"]
    # "hundreds **of jobs** are threatened"
    patients += [g for p in patients for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(p) in lex.endangered_nouns for p in patients)


def is_migration(head: Token, code: str, lex: StateLexicon) -> bool:
    """Whether a grant of asylum is coded for a verb of one's own migration."""
    return code in lex.migration_codes and _lemma(head) in lex.migration_verbs


def is_counted(head: Token, lex: StateLexicon) -> bool:
    """Whether the trigger is a bare plural act noun that a word of quantity counts ("the
    number of **attacks**", "a rise in **arrests**"; not "the number of its attacks")."""
    if head.tag_ not in PLURAL_TAGS or head.dep_ != "pobj":
        return False
    if any(c.dep_ in SPECIFYING_DEPS for c in head.children):
        return False
    prep = head.head
    return prep.lower_ in lex.quantity_preps and prep.head.pos_ == "NOUN" and (
        _lemma(prep.head) in lex.quantity_nouns or prep.head.lower_ in lex.quantity_nouns)


def is_figurative_strike(head: Token, code: str, lex: StateLexicon) -> bool:
    """Whether a verb of striking coded as force strikes no target: an impression ("struck
    many people **as** unfair"), an object that is no target ("struck a conciliatory
    **tone**", "struck **fear** in residents", "strike a **pact**"), or a law struck down
    ("the court struck **down** the ban")."""
    if not code.startswith(FORCE_ROOTS) or head.pos_ != "VERB" \
            or _lemma(head) not in lex.striking_verbs:
        return False
    children = list(head.children)
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return True
    objects = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(_lemma(o) in lex.figurative_objects for o in objects):
        return True
    return any(c.dep_ == "prt" and c.lower_ == "down" for c in children) and any(
        _lemma(o) in lex.annulled_objects for o in objects)


def is_electoral_defeat(head: Token, code: str, lex: StateLexicon) -> bool:
    """Whether a verb of defeat coded as force names a win at the polls: "beat Mondale **in**
    the popular vote", "beating him **by** 95 points"."""
    if not code.startswith(FORCE_ROOTS) or head.pos_ != "VERB" \
            or _lemma(head) not in lex.contest_verbs:
        return False
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        words = {_lemma(g) for g in prep.children if g.dep_ == "pobj"}
        if (prep.lower_ == "in" and words & lex.election_nouns) or (
                prep.lower_ == "by" and words & lex.margin_nouns):
            return True
    return False


def is_gathering_retreat(head: Token, lex: StateLexicon) -> bool:
    """Whether a noun of retreat names a gathering: "the presidential **retreat** at Camp
    David", "the annual leadership **retreat**"."""
    return head.pos_ == "NOUN" and _lemma(head) in lex.retreat_nouns and any(
        c.dep_ in {"amod", "compound", "nmod"} and _lemma(c) in lex.gathering_modifiers
        for c in head.children)


def is_characterised_act(head: Token, heads: frozenset[int]) -> bool:
    """Whether the trigger is the predicate noun of a copula whose subject is another
    trigger: it names what that act is ("his **comments** were a **recognition** that ...",
    "the **pardon** is an **endorsement** of racism", "the **killing** is a **violation** of the
    law"), the same act again, no second one."""
    if head.dep_ != "attr" or head.pos_ != "NOUN" or _lemma(head.head) not in COPULAS:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i in heads and c.i != head.i
               for c in head.head.children)


def names_a_state(doc: Doc, trigger: TriggerMatch, lex: StateLexicon,
                  heads: frozenset[int] = frozenset()) -> bool:
    """Whether ``trigger`` names a state, an opinion or a quantity in its context (``heads``:
    the head tokens of all the triggers)."""
    head = doc[trigger.head]
    return (is_characterised_act(head, heads)
            or is_characterisation(head, trigger.code, lex)
            or is_call_not_telephone(head, trigger.code, lex)
            or is_remark_offer(head, trigger.code, lex)
            or is_standing_agreement(head, lex)
            or is_state_participle(head, lex)
            or is_migration(head, trigger.code, lex)
            or is_counted(head, lex)
            or is_figurative_strike(head, trigger.code, lex)
            or is_electoral_defeat(head, trigger.code, lex)
            or is_gathering_retreat(head, lex)
            or is_committed_state(head, lex)
            or is_at_risk(head, trigger.code, lex))


def without_states(doc: Doc, triggers: Sequence[TriggerMatch], lex: StateLexicon
                   ) -> list[TriggerMatch]:
    """``triggers`` less those that name a state, an opinion or a quantity."""
    heads = frozenset(t.head for t in triggers)
    return [t for t in triggers if not names_a_state(doc, t, lex, heads)]


__all__ = ["StateLexicon", "bundled_lexicon", "is_at_risk", "is_call_not_telephone",
           "is_characterisation", "is_characterised_act", "is_committed_state", "is_counted",
           "is_electoral_defeat", "is_figurative_strike", "is_gathering_retreat", "is_migration",
           "is_remark_offer", "is_standing_agreement", "is_state_participle", "load_lexicon",
           "names_a_state", "without_states"]
