"""Source and target of an event noun, for ``ew_roles`` (``roles.py``).

A possessive or an actor modifier ("Russia's invasion", "US sanctions"; both names of a
hyphenated pair, "Russia-Ukraine talks") or a ``by`` phrase is the source, ``of`` and
target-preposition objects the target. A noun with no source of its own takes it from:

- the document that owns it (``documents.py``), or the subject of the light verb that carries
  it ("held talks", "launched an attack"; a passive participation verb without a ``by`` agent,
  "troops were engaged in fighting", names its participants as its subject);
- a placement verb whose "as"/"under" phrase it is ("kept villagers as human shields": the
  villagers are the target), or the act of force that caused it (``harm_cause.py``).

The possessor of a noun of an act undergone ("his arrest", "her release") is its target, not
its source (``roles.yaml`` ``patient_possessor_nouns``). A country or capital compounded onto a
visit noun is its destination, the target ("the Kenya
visit by the French president"). With no target of its own, the carrying verb's phrases name
it, or the victims of the harm verb it is the subject of ("a roadside bombing killed two
soldiers").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.coordinated_actors import actors_of
from eventwire.pipeline.documents import document_owners
from eventwire.pipeline.harm_cause import (
    caused_by,
    caused_victims,
    modifier_actors,
    participle_agents,
)
from eventwire.pipeline.mention_index import MentionIndex
from eventwire.pipeline.mentions import ActorMention, TriggerMatch
from eventwire.pipeline.mutual import without_exchanged
from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.support import (
    AGENT_PREP,
    DEFAULT_TARGET_PREPS,
    NOUN_TARGET_PREPS,
    OBJECT_DEPS,
    prep_objects,
    support_verb,
)
from eventwire.pipeline.verb_subjects import verb_subjects


def _light_verb_subject(
    noun: Token, index: MentionIndex, lexicon: RoleLexicon, code: str
) -> list[ActorMention]:
    verb = support_verb(noun, lexicon, code)
    if verb is None:
        return []
    subjects, passive = verb_subjects(verb)
    if passive:
        agents = actors_of(prep_objects(verb, (AGENT_PREP,)), index)
        if agents or noun.dep_ != "pobj":
            return agents
        # "Troops were engaged in fighting", "police were involved in the raids": a passive
        # participation verb without a "by" agent names its participants as its subject.
    return actors_of(subjects, index)


def noun_roles(
    trigger: TriggerMatch, noun: Token, index: MentionIndex, lexicon: RoleLexicon
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Sources and targets of the event noun ``noun``."""
    sources = modifier_actors(noun, index)
    destinations = _destinations(noun, sources, trigger.code, lexicon)
    patients = _patient_possessors(noun, sources, index, lexicon)
    sources = [m for m in sources if m not in destinations and m not in patients]
    asking = _asking_verb(noun, lexicon)
    asker_preps = lexicon.asker_preps if asking is not None else ()
    agents = prep_objects(noun, (AGENT_PREP,) + trigger.source_preps + asker_preps)
    sources += [m for m in actors_of(agents, index) if m not in sources]
    sources = sources or participle_agents([noun], index, lexicon.agent_participles)
    if not sources:
        sources = (document_owners([noun], index)
                   or _light_verb_subject(noun, index, lexicon, trigger.code))
    placed_by, placed = _placement(noun, index, lexicon)
    sources = sources or placed_by or caused_by(noun, index)
    sources = sources or _occasion_side(noun, index, lexicon, trigger.code)
    preps = trigger.target_preps or NOUN_TARGET_PREPS
    targets = patients or without_exchanged(
        noun, sources, actors_of(prep_objects(noun, preps), index), index)
    targets = [m for m in targets if m not in sources] if asking is not None else targets
    carrier = noun.head if noun.head.pos_ == "VERB" else support_verb(noun, lexicon)
    if not targets and carrier is not None:
        # The carrying verb's own phrases ("were engaged in fighting in the north against X").
        objects = prep_objects(carrier, DEFAULT_TARGET_PREPS)
        targets = actors_of([t for t in objects if t.i != noun.i], index)
    if not targets:
        asked = _asked(asking, index) if sources else []  # only with the asker named
        targets = (destinations or _harmed(noun, index, lexicon) or placed
                   or caused_victims(noun, index) or asked)
    return sources, targets


def _asking_verb(noun: Token, lexicon: RoleLexicon) -> Token | None:
    """The verb an invitation or a request is the reason for ("Blinken visited Beijing **at the
    invitation of** Wang Yi", "troops came **at the request of** the government"): the verb the
    noun's ``asked_preps`` phrase hangs on, for the ``asked_nouns``; else None."""
    prep = noun.head
    if noun.lemma_.lower() not in lexicon.asked_nouns or noun.dep_ != "pobj" \
            or prep.lower_ not in lexicon.asked_preps or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _asked(verb: Token | None, index: MentionIndex) -> list[ActorMention]:
    """The one asked or invited: the active subject of the :func:`_asking_verb` (Blinken, who
    was invited); the noun's ``asker_preps`` phrase names the asker (Wang Yi)."""
    if verb is None:
        return []
    subjects, passive = verb_subjects(verb, index.lexicon)
    return [] if passive else actors_of(subjects, index)


def _destinations(noun: Token, modifiers: list[ActorMention], code: str,
                  lexicon: RoleLexicon) -> list[ActorMention]:
    """A country or capital compounded onto a visit noun is where the visit goes, not who
    makes it ("the first Kenya visit by the French president", "his Moscow trip"); a
    possessive or an adjective stays the visitor ("Kenya's visit", "the French visit")."""
    if not code.startswith(lexicon.destination_codes):
        return []
    doc = noun.doc
    return [m for m in modifiers if m.kind in lexicon.destination_kinds
            and doc[m.head].dep_ == "compound" and doc[m.head].head.i == noun.i]


def _patient_possessors(noun: Token, modifiers: list[ActorMention], index: MentionIndex,
                        lexicon: RoleLexicon) -> list[ActorMention]:
    """The possessor of a noun whose possessor undergoes the act ("his arrest", "her release",
    "the minister's assassination"): the target, unless an "of" phrase names the one the act is
    done to ("Iran's release of the sailors": Iran releases)."""
    if not {noun.lower_, noun.lemma_.lower()} & lexicon.patient_possessor_nouns:
        return []
    if any((c.dep_ == "prep" and c.lower_ in lexicon.patient_preps)
           or c.lower_ in lexicon.agent_possessor_marks for c in noun.children):
        return []  # "Iran's release of the sailors", "their own killings": the doer
    possessors = [c for c in noun.children if c.dep_ == "poss"]
    if any(g.lower_ in lexicon.agent_possessor_marks for c in possessors for g in c.children):
        return []
    owners = actors_of(possessors, index)
    return [m for m in modifiers if m in owners]


def _placement(
    noun: Token, index: MentionIndex, lexicon: RoleLexicon
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Subject and object of a placement verb whose "as"/"under" phrase is the event noun ("the
    rebels kept villagers as human shields", "police put two leaders under house arrest")."""
    prep = noun.head
    verb = prep.head
    verbs = lexicon.placement_verbs.get(prep.lower_, frozenset())
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.lemma_.lower() not in verbs:
        return [], []
    subjects, passive = verb_subjects(verb)
    if passive:
        return actors_of(prep_objects(verb, (AGENT_PREP,)), index), actors_of(subjects, index)
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return actors_of(subjects, index), actors_of(objects, index)


def _occasion_side(
    noun: Token, index: MentionIndex, lexicon: RoleLexicon, code: str
) -> list[ActorMention]:
    """The subject of a clause set at a meeting its own "with" phrase holds with someone ("During
    a call with Erdogan, Scholz urged restraint"): the meeting's other side, its source
    (``roles.yaml`` ``occasion_preps``). Not a passive clause's subject, nor when the
    partner is no actor or is the subject itself."""
    prep = noun.head
    verb = prep.head
    if (noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lexicon.occasion_preps
            or verb.pos_ not in ("VERB", "AUX") or code[:2] not in lexicon.occasion_roots):
        return []
    partners = actors_of(prep_objects(noun, lexicon.occasion_partner_preps), index)
    if not partners:
        return []
    subjects, passive = verb_subjects(verb)
    if passive:
        return []
    return [m for m in actors_of(subjects, index) if m not in partners]


def _harmed(noun: Token, index: MentionIndex, lexicon: RoleLexicon) -> list[ActorMention]:
    """Victims of an event noun that is the subject of a harm verb ("a roadside bombing killed
    two soldiers": the soldiers are the bombing's target)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.harm_verbs:
        return []
    return actors_of([c for c in verb.children if c.dep_ in OBJECT_DEPS], index)


__all__ = ["noun_roles"]
