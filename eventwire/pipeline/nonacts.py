"""Triggers that name no act of an actor: capabilities and natural or abstract doers (part of
``ew_triggers``).

A capability says what someone or something could do, not that it was done: "a missile **able
to strike** Israel", "is **capable of striking** targets", "has the **capacity to attack**
shipping", "the **ability to launch** a nuclear strike", "weapons **that can reach** the United
States". A trigger inside the complement of such a word gives no event (CAMEO codes acts), nor
does the gerund of a policy position ("supports **sending** troops", "opposes **deporting**
migrants"), which names a kind of act; the position itself is coded. An adjective of ability
in the past or the perfect ("was able to take the town", "have been able to reach them")
reports what was done and is left alone. So is what a thing is designed or built for ("a
missile designed to **strike** carriers", "units designed for rapid **deployment**").

A natural force or an abstract cause as the doer of a trigger's verb is no actor: "storms
battered the coast", "Hurricane Ian hit Florida", "budget cuts hit schools", "the village was
destroyed by floods". The trigger gives no event. The words are data
(``eventwire/data/nonacts.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.aggregates import AggregateLexicon, without_statistics
from eventwire.pipeline.aggregates import bundled_lexicon as bundled_aggregates
from eventwire.pipeline.classifications import ClassificationLexicon, without_classified_kinds
from eventwire.pipeline.classifications import bundled_lexicon as bundled_classifications
from eventwire.pipeline.contests import ContestLexicon, without_contests
from eventwire.pipeline.contests import bundled_lexicon as bundled_contests
from eventwire.pipeline.figures import FigureLexicon, without_figures
from eventwire.pipeline.figures import bundled_lexicon as bundled_figures
from eventwire.pipeline.genericity import predicate_of
from eventwire.pipeline.grounds import GroundLexicon, without_grounds
from eventwire.pipeline.grounds import bundled_lexicon as bundled_grounds
from eventwire.pipeline.measures import MeasureLexicon, without_measures
from eventwire.pipeline.measures import bundled_lexicon as bundled_measures
from eventwire.pipeline.mentions import TriggerMatch
from eventwire.pipeline.norms import NormLexicon, without_norms
from eventwire.pipeline.norms import bundled_lexicon as bundled_norms
from eventwire.pipeline.occasions import OccasionLexicon, without_occasions
from eventwire.pipeline.occasions import bundled_lexicon as bundled_occasions
from eventwire.pipeline.penalties import PenaltyLexicon, without_penalty_prospects
from eventwire.pipeline.penalties import bundled_lexicon as bundled_penalties
from eventwire.pipeline.senses import SenseLexicon, without_other_senses
from eventwire.pipeline.senses import bundled_lexicon as bundled_senses
from eventwire.pipeline.states import StateLexicon, without_states
from eventwire.pipeline.states import bundled_lexicon as bundled_states
from eventwire.pipeline.threat_senses import ThreatSenseLexicon, without_dangers
from eventwire.pipeline.threat_senses import bundled_lexicon as bundled_threat_senses
from eventwire.pipeline.topic_contents import TopicContentLexicon, without_topic_contents
from eventwire.pipeline.topic_contents import bundled_lexicon as bundled_topic_contents
from eventwire.pipeline.topic_lists import TopicListLexicon, without_topic_items
from eventwire.pipeline.topic_lists import bundled_lexicon as bundled_topic_lists

DATA_FILE = "nonacts.yaml"
# How a verb hangs from a word of ability: "able **to strike**", "capacity **to attack**".
COMPLEMENT_DEPS = frozenset({"xcomp", "acl", "advcl", "relcl"})
# A verb shares the capability of the verb whose open complement or conjunct it is ("able to
# strike and destroy", "the ability to build and launch").
CONTROLLED_DEPS = frozenset({"xcomp", "conj"})
# The act a position's gerund names includes what it embeds ("supports allowing the police to
# **arrest** protesters").
EMBEDDING_DEPS = CONTROLLED_DEPS | {"ccomp"}
GERUND_DEPS = frozenset({"pcomp"})
GERUND_TAG = "VBG"
# How a gerund hangs from the verb of a position: "supports **sending**" (object or complement).
POSITION_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})
RELATIVE_DEP = "relcl"
RELATIVE_TAGS = frozenset({"WDT", "WP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
AGENT_DEP = "agent"
PARTICIPLE_DEP = "acl"
# A natural force before a noun names it ("Hurricane Ian", "storm surge"); the parser also
# hangs the first of two coordinated doers on the second ("an *earthquake* and giant waves").
COMPOUND_DEPS = frozenset({"compound", "nmod"})
# An accident that is the object of a verb was brought about by its subject ("the shelling
# *started* a fire that killed ten", "the rebels *set* a fire").
CAUSED_DEPS = frozenset({"dobj"})
# Tags of a past or perfect form that makes "able" implicative ("was able", "had been able").
PAST_TAGS = frozenset({"VBD", "VBN"})
PERFECT_LEMMA = "have"
# The copula and the expletive subject of "it is the court's duty to declare the law".
COPULA_LEMMA = "be"
EXPLETIVE = "it"
# The participle of a verb of design: "a missile **designed** to strike".
PARTICIPLE_TAG = "VBN"
MAX_DEPTH = 4
# Relative pronouns that name a person: "remarks by the adviser, **who** said".
PERSONAL_RELATIVES = frozenset({"who", "whom"})
# The predicate of a copula: "it is my **job** to tell them".
PREDICATE_DEPS = frozenset({"attr", "acomp"})
# What a verb of showing shows: an object or a clause ("demonstrated **resolve**").
SHOWN_DEPS = frozenset({"dobj", "ccomp"})
RELATIVE_ADVERB_TAGS = frozenset({"WRB"})
PROTEST_ROOT = "14"
THREAT_ROOT = "13"
FORCE_ROOTS = ("18", "19", "20")


class NonActLexicon(BaseModel):
    """The validated contents of ``nonacts.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    ability_adjectives: frozenset[Word]
    ability_nouns: frozenset[Word]
    ability_modals: frozenset[Word]
    exercising_verbs: frozenset[Word]
    design_verbs: frozenset[Word]
    natural_forces: frozenset[Word]
    accident_nouns: frozenset[Word]
    accident_owner_deps: frozenset[Word]
    abstract_causes: frozenset[Word]
    position_words: frozenset[Word]
    position_preps: frozenset[Word]
    cause_preps: frozenset[Word]
    evidential_verbs: frozenset[Word]
    evidence_nouns: frozenset[Word]
    demonstratives: frozenset[Word]
    instruments: frozenset[Word]
    formula_verbs: frozenset[Word]
    formula_heads: frozenset[Word]
    formula_subjects: frozenset[Word]
    formula_adverbs: frozenset[Word]
    showing_verbs: frozenset[Word]
    danger_nouns: frozenset[Word]
    danger_verbs: frozenset[Word]
    quality_forms: frozenset[Word]
    attack_preps: frozenset[Word]
    poll_verbs: frozenset[Word]
    poll_nouns: frozenset[Word]
    poll_participles: frozenset[Word]


def load_lexicon(path: Path | None = None) -> NonActLexicon:
    """Read and validate ``nonacts.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, NonActLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> NonActLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _controllers(verb: Token, deps: frozenset[str] = CONTROLLED_DEPS) -> list[Token]:
    """``verb`` and the verbs whose open complement or conjunct (or one of ``deps``) it is."""
    chain = [verb]
    while chain[-1].dep_ in deps and chain[-1].head.i != chain[-1].i and len(chain) < MAX_DEPTH:
        chain.append(chain[-1].head)
    return chain


def _implicative(adjective: Token) -> bool:
    """"was able", "has been able": the copula or an auxiliary of ``adjective``'s clause is past
    or perfect, so what it was able to do was done."""
    verb = adjective.head if adjective.dep_ == "acomp" else adjective
    words = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(w.tag_ in PAST_TAGS or _lemma(w) == PERFECT_LEMMA for w in words
               if w.pos_ in {"AUX", "VERB"})


def _relative_subject(verb: Token) -> bool:
    """The antecedent of the relative clause is its subject, so the ability is the antecedent's
    ("weapons **that** can reach"; not "a position where **we** can expect")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(c.tag_ in RELATIVE_TAGS for c in subjects)


def _ability_word(verb: Token, lex: NonActLexicon) -> bool:
    """Whether ``verb`` is the complement of a word of ability (see the module)."""
    head = verb.head
    if verb.dep_ in GERUND_DEPS and head.lower_ == "of":
        return _lemma(head.head) in lex.ability_adjectives
    if verb.dep_ == RELATIVE_DEP:
        return _relative_subject(verb) and any(
            c.dep_ == "aux" and _lemma(c) in lex.ability_modals for c in verb.children)
    if verb.dep_ not in COMPLEMENT_DEPS:
        return False
    if verb.dep_ == "xcomp" and _extraposed_ability(head, lex):
        return True
    if _lemma(head) in lex.ability_nouns and head.pos_ == "NOUN":
        # "used the authority to negotiate", "exercised its right to appeal": the act is done
        return not (head.dep_ == "dobj" and _lemma(head.head) in lex.exercising_verbs)
    return _lemma(head) in lex.ability_adjectives and not _implicative(head)


def _extraposed_ability(copula: Token, lex: NonActLexicon) -> bool:
    """"it is the court's **duty** to declare the law", "it is our right to protest": the
    infinitive hangs on the copula of an expletive "it" whose predicate is a noun of ability
    or duty."""
    return _lemma(copula) == COPULA_LEMMA and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ == EXPLETIVE for c in copula.children) and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and _lemma(c) in lex.ability_nouns
        for c in copula.children)


def _designed_for(head: Token, lex: NonActLexicon) -> bool:
    """What a thing is designed or built for: "a missile designed **to strike** carriers",
    "units designed for rapid **deployment**", "sanctions designed **to punish** the regime"
    (the participle of a verb of design; the trigger its open complement or inside its ``for``
    phrase, not its subject)."""
    predicate = predicate_of(head)
    if predicate is None:
        return False
    if predicate.i != head.i:
        designed = predicate
    elif predicate.dep_ in {"xcomp", "advcl"} and predicate.head.i != predicate.i:
        designed = predicate.head
    else:
        return False
    return designed.tag_ == PARTICIPLE_TAG and _lemma(designed) in lex.design_verbs and (
        head.dep_ not in SUBJECT_DEPS or head.head.i != designed.i)


def _position_gerund(verb: Token, lex: NonActLexicon) -> bool:
    """A gerund that a word of a policy position takes: "supports **sending** troops",
    "objected to **arming** the rebels", "in favour of **banning** rallies"."""
    if verb.tag_ != GERUND_TAG or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if verb.dep_ in GERUND_DEPS and verb.head.lower_ in lex.position_preps:
        return _lemma(verb.head.head) in lex.position_words
    return verb.dep_ in POSITION_OBJECT_DEPS and _lemma(verb.head) in lex.position_words


def is_capability(head: Token, lex: NonActLexicon) -> bool:
    """Whether the trigger headed by ``head`` only names a capability, or the kind of act a
    policy position is on."""
    predicate = predicate_of(head)
    if predicate is None:
        return False
    if _designed_for(head, lex):
        return True
    return any(_ability_word(v, lex) for v in _controllers(predicate)) or any(
        _position_gerund(v, lex) for v in _controllers(predicate, EMBEDDING_DEPS))


def _subjects(verb: Token) -> list[Token]:
    """The subject of an active ``verb`` (the antecedent of a relative pronoun: "the storm
    **which** hit") and the noun a participle modifies ("storms **battering** the coast")."""
    doers = [verb.head if c.tag_ in RELATIVE_TAGS and verb.dep_ == RELATIVE_DEP else c
             for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == PARTICIPLE_DEP and verb.tag_ == GERUND_TAG:
        doers.append(verb.head)
    return doers


def _doers(verb: Token, lex: NonActLexicon, causes: bool = True) -> list[Token]:
    """The subjects of ``verb`` (:func:`_subjects`), the ``by`` agent of a passive and (with
    ``causes``) its cause phrase ("were killed **in the earthquake**")."""
    passive = causes and any(c.dep_ == "auxpass" for c in verb.children)
    return _subjects(verb) + [
        g for c in verb.children
        if c.dep_ == AGENT_DEP or (passive and c.lower_ in lex.cause_preps)
        for g in c.children if g.dep_ == "pobj"]


def _no_actor(noun: Token, lex: NonActLexicon) -> bool:
    """A natural force or an abstract cause, also named by a compound ("Hurricane Ian"), or a
    bare accident, fire or illness (:func:`_bare_accident`)."""
    words = lex.natural_forces | lex.abstract_causes
    return _lemma(noun) in words or _bare_accident(noun, lex) or any(
        c.dep_ in COMPOUND_DEPS and _lemma(c) in lex.natural_forces for c in noun.children)


def _bare_accident(noun: Token, lex: NonActLexicon) -> bool:
    """An accident, a fire or an illness with nothing that names an actor or a weapon in it ("a
    fire destroyed", not "Israeli fire killed" or "rocket fire hit"), and that no act brought
    about ("the fighting triggered a fire that killed dozens", "set a fire that destroyed")."""
    return (noun.pos_ == "NOUN" and _lemma(noun) in lex.accident_nouns
            and noun.dep_ not in CAUSED_DEPS
            and not any(c.dep_ in lex.accident_owner_deps for c in noun.children))


def _instrument(noun: Token, lex: NonActLexicon) -> bool:
    """A bill, plan or treaty ("the bill would **ban**"): its text, no doer."""
    return noun.pos_ in {"NOUN", "PROPN"} and _lemma(noun) in lex.instruments


def has_natural_doer(head: Token, lex: NonActLexicon) -> bool:
    """Whether the verb of the trigger headed by ``head`` has a natural or abstract doer."""
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    # A passive verb's controller has its patient as subject ("the measure has to **be
    # approved** by the Senate"): only the passive's own agent and cause are its doers.
    passive = any(c.dep_ == "auxpass" for c in head.children)
    verbs = [head] if passive else _controllers(head)
    if any(_no_actor(d, lex) for v in verbs for d in _doers(v, lex)):
        return True
    # A document that "says" something is its authors' statement, as a report's is.
    return _lemma(head) not in lex.formula_verbs and any(
        _instrument(d, lex) for v in _own_clause(verbs) for d in _doers(v, lex, causes=False))


def _own_clause(chain: list[Token]) -> list[Token]:
    """``chain`` (:func:`_controllers`) up to the first verb with a subject of its own: a
    conjunct with its own subject shares nothing with the verb before it ("the strategy worked,
    and now **they** are talking")."""
    for i, verb in enumerate(chain):
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return chain[: i + 1]
    return chain


def has_evidential_subject(head: Token, lex: NonActLexicon) -> bool:
    """Whether the trigger is a verb of saying or showing whose subject is evidence or a
    demonstrative ("the polls **suggest**", "history **shows**", "this **suggests**")."""
    if head.pos_ not in {"VERB", "AUX"} or _lemma(head) not in lex.evidential_verbs:
        return False
    verbs = _own_clause(_controllers(head))
    # "who said": a person, whatever noun the relative clause hangs from
    if any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_RELATIVES for v in verbs for c in v.children):
        return False
    subjects = [s for v in verbs for s in _subjects(v)]
    return any(
        # the form too: "data" has the lemma "datum"
        (s.pos_ == "NOUN" and bool({_lemma(s), s.lower_} & lex.evidence_nouns))
        # a demonstrative only as the verb's own subject: "**this** suggests", not a conjunct
        # that a parse hangs from another clause ("that's not right, Ryan told the Times")
        or (s.lower_ in lex.demonstratives and s.head.i == head.i and s.tag_ == "DT")
        for s in subjects)


def is_formula(head: Token, lex: NonActLexicon) -> bool:
    """Whether the trigger is a verb of saying in a formula of the writer's own: "needless to
    **say**", "it is worth **noting**", "suffice it to **say**", "that is not to **say**",
    "generally **speaking**", "so to **speak**"."""
    if head.pos_ not in {"VERB", "AUX"} or _lemma(head) not in lex.formula_verbs:
        return False
    governor = head.head
    if head.dep_ in {"xcomp", "advcl"} and governor.i != head.i:
        if _lemma(governor) in lex.formula_heads:
            return True
        # "that is not to say", not "it is my job to say" (a predicate of its own)
        if _lemma(governor) == "be" and not any(
                c.dep_ in PREDICATE_DEPS for c in governor.children) and any(
                c.dep_ == "nsubj" and c.lower_ in lex.formula_subjects for c in governor.children):
            return True
    return head.dep_ in {"advcl", "advmod", "ccomp", "xcomp"} and not any(
        c.dep_ in SUBJECT_DEPS for c in head.children) and any(
        c.dep_ == "advmod" and c.lower_ in lex.formula_adverbs for c in head.children)


def is_showing(head: Token, lex: NonActLexicon) -> bool:
    """Whether a verb of protest means showing: it has a direct object or a clause
    ("demonstrated resolve", "demonstrates **that** they met"), or its relative clause lacks
    one, the antecedent being it ("the willingness **they** demonstrated")."""
    if head.pos_ != "VERB" or _lemma(head) not in lex.showing_verbs:
        return False
    if any(c.dep_ in SHOWN_DEPS for c in head.children):
        return True
    # "the resolve they demonstrated": a subject of its own and no relative adverb ("the square
    # where they demonstrated") or preposition ("the war they demonstrated against")
    return head.dep_ == RELATIVE_DEP and any(
        c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in head.children) and not any(
        c.tag_ in RELATIVE_ADVERB_TAGS or (c.dep_ == "prep" and not any(
            g.dep_ in {"pobj", "pcomp"} for g in c.children)) for c in head.children)


def is_danger(head: Token, lex: NonActLexicon) -> bool:
    """Whether a noun of threat names a danger: what someone is or is seen as ("ISIS is a
    **threat**", "regarded as a **threat**") or poses ("poses a **threat**", "the **threat**
    posed by", "the **threat** it poses")."""
    if head.pos_ != "NOUN" or _lemma(head) not in lex.danger_nouns:
        return False
    if head.dep_ == "attr" or (head.dep_ == "pobj" and head.head.lower_ == "as"):
        return True
    if head.dep_ == "dobj" and _lemma(head.head) in lex.danger_verbs:
        return True
    return any(c.dep_ in {"acl", "relcl"} and _lemma(c) in lex.danger_verbs
               for c in head.children)


def is_quality(head: Token, lex: NonActLexicon) -> bool:
    """Whether a form of a verb of attack names a quality or a labour strike: "a **striking**
    resemblance", "the parallels are **striking**", "**striking** nurses" (no object, no
    target)."""
    if head.lower_ not in lex.quality_forms:
        return False
    return not any(c.dep_ in {"dobj", "nsubjpass"} or (
        c.dep_ == "prep" and c.lower_ in lex.attack_preps) for c in head.children)


def _poll_sample(noun: Token, lex: NonActLexicon) -> bool:
    """"41 **percent** of Americans", "**respondents**", "6 in 10 **people** polled",
    "two-thirds of **those** surveyed" (the noun or the one its "of" names)."""
    nouns = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj")]
    return any(_lemma(n) in lex.poll_nouns or n.lower_ in lex.poll_nouns or any(
        c.dep_ == PARTICIPLE_DEP and _lemma(c) in lex.poll_participles for c in n.children)
        for n in nouns)


def is_poll_answer(head: Token, lex: NonActLexicon) -> bool:
    """Whether the trigger is a poll's answer or inside one: the verb of an opinion whose
    subject is a poll's sample ("41 percent **approve**"), or what it embeds ("respondents
    think migrants should be **deported**")."""
    verb = predicate_of(head)
    for _ in range(MAX_DEPTH):
        if verb is None:
            return False
        if _lemma(verb) in lex.poll_verbs and any(
                c.dep_ == "nsubj" and _poll_sample(c, lex) for c in verb.children):
            return True
        if verb.dep_ not in EMBEDDING_DEPS or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def without_nonacts(doc: Doc, triggers: Sequence[TriggerMatch], lex: NonActLexicon,
                    states: StateLexicon | None = None,
                    occasions: OccasionLexicon | None = None,
                    measures: MeasureLexicon | None = None,
                    contests: ContestLexicon | None = None,
                    senses: SenseLexicon | None = None,
                    figures: FigureLexicon | None = None,
                    threats: ThreatSenseLexicon | None = None,
                    kinds: ClassificationLexicon | None = None,
                    norms: NormLexicon | None = None,
                    aggregates: AggregateLexicon | None = None,
                    grounds: GroundLexicon | None = None,
                    topics: TopicListLexicon | None = None,
                    penalties: PenaltyLexicon | None = None,
                    contents: TopicContentLexicon | None = None) -> list[TriggerMatch]:
    """``triggers`` less those that only name a capability, whose doer is no actor, whose sayer
    is evidence, or that a formula of the writer's own uses, less those that in their context
    name a state, an opinion or a quantity (:mod:`.states`), gatherings that are only the
    occasion of another act (:mod:`.occasions`), words of force that name a level, a rise or a
    sum (:mod:`.measures`) or a contest without force (:mod:`.contests`), and words in a sense
    that names no act (:mod:`.senses`), words of harm whose patient is an intangible
    (:mod:`.figures`), threats that name only a danger (:mod:`.threat_senses`) and event nouns
    that only name the kind something is taken for (:mod:`.classifications`) and what a norm
    bars, obliges or allows (:mod:`.norms`) and what a count or a share over a population
    describes (:mod:`.aggregates`) and event words that only name what there is ground for, a
    mood or a manner (:mod:`.grounds`) and event nouns that are items of a list of subjects of
    talk (:mod:`.topic_lists`) and penalties in prospect with their condition of conviction
    (:mod:`.penalties`) and event words that are only the topic of talk, debate or question
    (:mod:`.topic_contents`; the bundled words unless a lexicon is given)."""
    kept = without_topic_items(doc, triggers, topics if topics is not None
                               else bundled_topic_lists())
    kept = without_topic_contents(doc, kept, contents if contents is not None
                                  else bundled_topic_contents())
    kept = without_states(doc, kept, states if states is not None else bundled_states())
    kept = without_occasions(doc, kept, occasions if occasions is not None
                             else bundled_occasions())
    kept = without_measures(doc, kept, measures if measures is not None else bundled_measures())
    kept = without_contests(doc, kept, contests if contests is not None else bundled_contests())
    kept = without_other_senses(doc, kept, senses if senses is not None else bundled_senses())
    kept = without_figures(doc, kept, figures if figures is not None else bundled_figures())
    kept = without_dangers(doc, kept, threats if threats is not None
                           else bundled_threat_senses())
    kept = without_classified_kinds(doc, kept, kinds if kinds is not None
                                    else bundled_classifications())
    kept = without_norms(doc, kept, norms if norms is not None else bundled_norms())
    kept = without_statistics(doc, kept, aggregates if aggregates is not None
                              else bundled_aggregates())
    kept = without_grounds(doc, kept, grounds if grounds is not None else bundled_grounds())
    kept = without_penalty_prospects(doc, kept, penalties if penalties is not None
                                     else bundled_penalties())
    return [t for t in kept
            if not is_capability(doc[t.head], lex) and not has_natural_doer(doc[t.head], lex)
            and not has_evidential_subject(doc[t.head], lex) and not is_formula(doc[t.head], lex)
            and not (t.code.startswith(PROTEST_ROOT) and is_showing(doc[t.head], lex))
            and not (t.code.startswith(THREAT_ROOT) and is_danger(doc[t.head], lex))
            and not (t.code.startswith(FORCE_ROOTS) and is_quality(doc[t.head], lex))
            and not is_poll_answer(doc[t.head], lex)]


__all__ = ["NonActLexicon", "has_evidential_subject", "has_natural_doer", "is_capability",
           "is_danger", "is_formula", "is_poll_answer", "is_quality", "is_showing", "load_lexicon",
           "without_nonacts"]
