"""A harm verb in the passive and the attack that caused it: "three civilians were killed in a
Russian air strike".

News name the victims with a passive harm verb (``harm_verbs`` of ``roles.yaml``) and the
attacker only inside the event noun of its cause phrase (``harm_cause_preps``): the noun's actor
modifier or possessive ("a Russian air strike", "Israeli shelling", "the army's raid") or its
"by" phrase ("an ambush by the rebels") is the source of the harm, and the victims, the verb's
subject, are the target of the attack. An event noun as the verb's own ``by`` agent is such a
cause too ("were killed by an Israeli drone strike": the strike's victims are the civilians),
and a cause noun with no actor of its own is the verb's agent's ("were killed by Russian forces
in an air strike": the forces struck). Only an event noun the trigger patterns code as an act of
force (``harm_cause_codes``) counts, so "killed in a Russian-held town" or "wounded in Kyiv"
name no attacker. A weapon or an act named as the agent with a participle of its own is that
participle's agent's ("struck by a missile fired by the Houthis": the Houthis; "a roadside bomb
planted by the rebels", for the participles of ``weapon_use_verbs`` and the support verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.coordinated_actors import actors_of
from eventwire.pipeline.mention_index import MentionIndex
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.noun_modifiers import MODIFIER_DEPS, hyphen_partners, town_modifier
from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.verb_subjects import verb_subjects

AGENT_DEP = "agent"
AGENT_PREP = "by"
# A participle on a noun ("a missile **fired** by the Houthis").
PARTICIPLE_DEP = "acl"


def modifier_actors(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """Actors written before an event noun as its modifiers ("Russia's invasion", "US
    sanctions"), not a town that says where it happened ("the Donetsk shelling")."""
    modifiers = [c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i
                 and not town_modifier(c, noun.doc)]
    modifiers = [p for m in modifiers for p in (*hyphen_partners(m), m)]
    return actors_of(modifiers, index)


def _force_noun(token: Token, lexicon: RoleLexicon) -> bool:
    """A noun that a trigger of an act of force heads or covers ("in a Taliban **attack**",
    also inside a pattern "wounded in a Taliban attack")."""
    return token.pos_ == "NOUN" and any(
        (trigger.head == token.i or trigger.start <= token.i < trigger.end)
        and trigger.code.startswith(lexicon.harm_cause_codes)
        for trigger in token.doc._.ew_triggers or ()
    )


def _passive_harm(verb: Token, lexicon: RoleLexicon) -> bool:
    """A harm verb in the passive ("were killed", "was wounded")."""
    if verb.lemma_.lower() not in lexicon.harm_verbs:
        return False
    _, passive = verb_subjects(verb)
    return passive or any(c.dep_ == "auxpass" for c in verb.children)


def cause_noun(verb: Token, lexicon: RoleLexicon) -> Token | None:
    """The event noun of a passive harm verb's cause phrase or ``by`` agent ("killed in an air
    **strike**", "killed by an Israeli drone **strike**")."""
    if not _passive_harm(verb, lexicon):
        return None
    for prep in verb.children:
        if prep.dep_ in ("prep", AGENT_DEP) and prep.lower_ in lexicon.harm_cause_preps:
            for noun in prep.children:
                if noun.dep_ == "pobj" and _force_noun(noun, lexicon):
                    return noun
    return None


def cause_sources(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The attacker of a passive harm verb, named on the event noun of its cause phrase: its
    modifier ("in a Russian air strike") or its "by" phrase ("in an ambush by the rebels")."""
    noun = cause_noun(verb, index.lexicon)
    if noun is None:
        return []
    agents = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == AGENT_PREP
              for g in c.children if g.dep_ == "pobj"]
    return modifier_actors(noun, index) or actors_of(agents, index)


def caused_victims(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The victims of an event noun that is the cause of a passive harm verb: the verb's
    subject ("three civilians were killed in the strike": the civilians)."""
    verb = _caused_verb(noun, index.lexicon)
    if verb is None:
        return []
    subjects, _ = verb_subjects(verb)
    return actors_of(subjects, index)


def caused_by(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The source of an event noun that is the cause of a passive harm verb with an actor as its
    ``by`` agent ("were killed by Russian forces in an air strike": the forces)."""
    verb = _caused_verb(noun, index.lexicon)
    if verb is None:
        return []
    agents = [g for c in verb.children if c.dep_ == AGENT_DEP for g in c.children
              if g.dep_ == "pobj" and g.i != noun.i]
    return actors_of(agents, index)


def participle_agents(nouns: list[Token], index: MentionIndex,
                      verbs: frozenset[str] | None = None) -> list[ActorMention]:
    """The actors named as the ``by`` agent of a participle on ``nouns`` (of one of ``verbs``
    when given): who used the weapon or did the act a passive's agent names ("struck by a
    missile **fired by the Houthis**", "killed by a bomb **planted by the rebels**")."""
    participles = [c for n in nouns for c in n.children
                   if c.dep_ == PARTICIPLE_DEP and c.tag_ == "VBN"
                   and (verbs is None or c.lemma_.lower() in verbs)]
    return actors_of([g for p in participles for c in p.children if c.dep_ == AGENT_DEP
                      for g in c.children if g.dep_ == "pobj"], index)


def _caused_verb(noun: Token, lexicon: RoleLexicon) -> Token | None:
    """The passive harm verb whose cause ``noun`` is."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", AGENT_DEP):
        return None
    return verb if cause_noun(verb, lexicon) == noun else None
