"""``ew_roles``: who did it to whom, from the dependency parse.

Reads ``doc._.ew_triggers`` and ``doc._.ew_actors``; writes ``doc._.ew_frames`` (one ``Frame`` per
source-target pair). The rules, in order of preference:

- verbs: the subject (also through ``xcomp``/``conj`` chains and relative clauses) is the source,
  the direct object, dative or an object of the pattern's target prepositions is the target; in
  the passive the ``by``-agent is the source and the passive subject the target; an open
  complement after an object is the object's act ("asked Germany to send troops": Germany sends);
- nouns: a possessive or an actor modifier ("Russia's invasion", "US sanctions"; both names of
  a hyphenated pair, "Russia-Ukraine talks", sides of a mutual act) or a ``by`` phrase is the
  source, ``of``/target-preposition objects the target; a noun that is the object of a light
  verb ("held talks", "launched an attack") takes that verb's subject as its source
  (``noun_roles.py``);
- ``between A and B``, and coordinated subjects of a mutual act with no target of its own
  (``mutual.py``: "met", "agreed", "clashed", "accused each other") are reciprocal: coded both
  ways (A->B, B->A), as everywhere in eventwire; those of any other act are each a source
  ("Kenya and Uganda condemned Sudan": KEN->SDN, UGA->SDN; "called for a truce": no target);
- coordinated actors ("Russia and China") expand into one frame per source-target pair, also
  where the parser broke the list into appositions or noun modifiers;
- pronouns stand for their antecedent: "he"/"she" the nearest person (none when that person
  has no code or is an unknown name: ``mention_index.py``); "it"/"they" inside a
  complement clause the agreeing subject of the verb governing it ("Hungary said it would"),
  else the nearest preceding agreeing country, organisation or group, or both of a nearer
  coordinated pair ("A and B met. They agreed"); a relative pronoun subject the noun its
  clause modifies ("soldiers who were kidnapped");
- "the two countries", "both sides" stand for the last coordinated pair of actors before them
  (in the sentence or the window before), and the event is coded both ways;
- a subject the parser split in two ("the official news agency WFNA said") is read from its
  first half when the second names no actor; one it hung on the verb's auxiliary ("X was
  heavily and unjustly criticized") or a name it compounded onto the verb ("Ostland act on
  a proposal") is the verb's (``verb_subjects``);
- a title on a name refines its code ("Bree Prime Minister Romendacil": BREGOV);
- an actor is never the target of its own event ("rescheduled his trip in X": X), nor is an
  actor of a clause that states another act: the act asked of an object ("urged the Gulf
  states to give aid to X": no target) or, for a statement (``reported_clause_roots``), the act
  it reports but for its subject ("said the rules apply to X": no target; "said X must pay": X);
  nor, for a verbal act, an actor of a quotation, of a clause beside its verb, of what an
  apposition says of the reported subject, nor the place where it was said
  (``statement_targets.py``), nor the other side of a relation its phrase mentions ("talks on
  ties with Iran": ``relation_topics.py``);
- an agentless passive attack takes the place of its "from" phrase as source ("shells were
  fired at the town from Syria": SYR; ``origin_*`` of ``roles.yaml``), and a passive harm verb
  its attacker from the act of force in its cause phrase, whose target the victims are
  ("three civilians were killed in a Russian air strike"; ``harm_cause.py``);
- a document speaks for its owner ("a report by Amnesty accused": ``documents.py``), a weapon
  for its participle's agent ("a missile fired by X"); a meeting's place is its venue, and
  what two sides exchange is no target (``support.held_there``, ``mutual.without_exchanged``);
- a protest with no target is aimed at the first actor of its "to" clause (``purpose.py``); a
  capital or region target is its people or its government (``place_targets.py``);
- an actor coded by a domestic sector alone takes the country of the other side when one of
  the two is an authority ("Kenyan police dispersed demonstrators": KENOPP; ``domestic.py``);
- a verb of withdrawing one's own people targets its "from" phrase, not its object ("withdrew
  its troops from X": X; ``withdrawal_verbs``);
- the direct object of an aid or force-posture verb is its instrument ("sent troops"), unless it is
  another country's actor, the recipient ("helped Ukrainian soldiers"); its dative is the
  recipient ("gave Kenya aid") and the first actor after the instrument may be the target
  ("mobilised reservists for a war against X");
- a mention under a group possessive ("offered its troops to X") is no target unless alone;
- a verb with its own passive auxiliary is passive even when its subject comes from an active
  verb it is coordinated with, and a target may sit in the passive subject's phrase
  ("a complaint against X was filed by Y");
- converted PETRARCH constructs carried in the trigger's ``extra``: an inverse code gives the
  event seen from the target's side too when ``inverse_events`` is on (``[042:043]``: a visit
  and its hosting), an inverse-only pattern reads the roles the other way,
  ``compound_subject`` codes among the coordinated subjects, ``subject_target`` makes the
  active verb's subject the target (or a governing verb's subject the target or source, by
  where the marker stands: "+ HOSTING *", "NOTED + *"), ``target_after`` takes the first
  actor after a landmark phrase as the target, and ``after_object`` the n-th actor after the
  object as the other side (``petrarch_roles.py``);
- a verb of saying with no phrase after it, no target and no clause it says, before it or as
  an aside ("The plan, he said, was late"), codes nothing; with ``bare_verbs`` off no such verb.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.pipeline.attribution_phrases import in_attribution_phrase
from eventwire.pipeline.coordinated_actors import actors_of
from eventwire.pipeline.created_bodies import created_body
from eventwire.pipeline.documents import document_owners, document_source
from eventwire.pipeline.domestic import domestic_pair
from eventwire.pipeline.harm_cause import cause_sources, participle_agents
from eventwire.pipeline.mention_index import (
    MentionIndex,
    own_possessive,
    same_actor,
)
from eventwire.pipeline.mentions import ActorMention, Frame, TriggerMatch
from eventwire.pipeline.mutual import mutual_sides, without_exchanged
from eventwire.pipeline.noun_modifiers import town_modifier
from eventwire.pipeline.noun_roles import noun_roles
from eventwire.pipeline.passive_roles import (
    between_group,
    inside_subject,
    origin_sources,
    related_only,
)
from eventwire.pipeline.petrarch_roles import (
    after_skipped_actors,
    governed_sides,
    inverse_frame,
    target_after,
)
from eventwire.pipeline.place_targets import gazetteer_target, place_target, placed_sides
from eventwire.pipeline.purpose import purpose_target
from eventwire.pipeline.relation_topics import relation_partner
from eventwire.pipeline.relational_nouns import relational_head
from eventwire.pipeline.role_lexicon import RoleLexicon, load_lexicon
from eventwire.pipeline.statement_senses import criticized, recoded
from eventwire.pipeline.statement_targets import (
    quoted_target,
    reported_topics,
    statement_skips,
    venue,
)
from eventwire.pipeline.support import (
    AGENT_PREP,
    DEFAULT_TARGET_PREPS,
    OBJECT_DEPS,
    held_there,
    prep_objects,
    said_there,
    support_verb,
)
from eventwire.pipeline.trigger_complements import reporting_aside
from eventwire.pipeline.verb_subjects import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    object_controller,
    passive_conjuncts,
    verb_subjects,
)

if not Doc.has_extension("ew_frames"):
    Doc.set_extension("ew_frames", default=None)

RECIPROCAL_PREP = "between"
# Prepositions whose object is where the event happened, not whom it concerned.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "along",
                            "from", "throughout", "within"})
# Roots whose direct object is the instrument, not the target (troops mobilised, aid sent).
INSTRUMENT_OBJECT_ROOTS = frozenset({"07", "15"})
# The root of aid, whose direct object may be people in need who receive it ("rescued
# migrants"); a force posture's people are mobilised ("mobilised people"), not helped.
AID_ROOT = "07"
# Dependents after a verb that make the phrase PETRARCH reads after it (its "lower" phrase);
# adverbs and bare time nouns ("said today") do not.
LOWER_PHRASE_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "prep", "agent", "ccomp",
                               "xcomp", "attr", "acomp", "oprd", "nsubjpass"})
FRONTED_CONTENT_DEP = "ccomp"  # what is said may come first: '"We stay," the minister said.'
# Clauses under a verb that state an act of their own when they have their own subject.
OWN_CLAUSE_DEPS = frozenset({"conj", "advcl"})
INFINITIVE_TAG = "TO"
# Object relations that name a recipient, never an instrument.
RECIPIENT_DEPS = frozenset({"dative", "iobj"})


def _between(head: Token, index: MentionIndex) -> list[ActorMention]:
    return actors_of(prep_objects(head, (RECIPROCAL_PREP,)), index)


def _stative(verb: Token, lexicon: RoleLexicon) -> bool:
    """A participle that states its subject's stance ("Turkey is opposed to mediation", "is
    committed to reform"): the subject acts, unless a ``by`` agent says otherwise."""
    if verb.lemma_.lower() not in lexicon.stative_participles:
        return False
    return not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == AGENT_PREP)
                   for c in verb.children)


def _voice(verb: Token, lexicon: RoleLexicon) -> tuple[list[Token], bool]:
    """The verb's subjects and whether it is passive. A verb with its own passive auxiliary is
    passive even when its subject is shared with an active verb ("... imprisoned ... were
    released by Putin"); a stative participle is not ("is opposed to"), nor, with the option
    ``agentless_passive`` off, a passive without a ``by`` phrase ("X was criticized over Y":
    X criticized, as PETRARCH reads a passive only from its ``by`` phrase)."""
    subjects, passive = verb_subjects(verb, lexicon)
    passive = passive or any(c.dep_ == "auxpass" for c in verb.children)
    if passive and _stative(verb, lexicon):
        passive = False
    if passive and not lexicon.agentless_passive and not prep_objects(verb, (AGENT_PREP,)):
        passive = False
    return subjects, passive


def _verb_roles(trigger: TriggerMatch, verb: Token, index: MentionIndex):
    subjects, passive = _voice(verb, index.lexicon)
    targets_tokens = _target_objects(trigger, verb, index)
    withdrawal = _withdrawal(trigger, verb, index.lexicon)
    if trigger.code[:2] in INSTRUMENT_OBJECT_ROOTS or withdrawal:
        # The thing given or sent is the direct object; the dative is the recipient ("gave
        # the Ivory Coast ten million dollars"); the people withdrawn are the source's own.
        targets_tokens = [c for c in targets_tokens if c.dep_ in RECIPIENT_DEPS]
    preps = trigger.target_preps or DEFAULT_TARGET_PREPS
    if withdrawal:
        preps = (*preps, *sorted(index.lexicon.withdrawal_preps))
    targets_tokens += prep_objects(verb, preps)
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS] + (subjects if passive else [])
    for obj in objects:
        targets_tokens += prep_objects(obj, (*preps, "with"))
    if not targets_tokens and not objects:
        targets_tokens = _shared_right_targets(trigger, verb, preps)
    agents = prep_objects(verb, (AGENT_PREP,) + trigger.source_preps)
    if passive and not agents:  # "were beaten and detained by police": the police beat
        agents = [a for c in passive_conjuncts(verb) for a in prep_objects(c, (AGENT_PREP,))]
    if passive:
        sources = (actors_of(agents, index) or participle_agents(agents, index)
                   or origin_sources(trigger, verb, index) or cause_sources(verb, index)
                   or document_source(verb, index))
        if not sources and trigger.code.startswith(index.lexicon.posture_codes):
            # the forces put in place are the act's own side ("troops were massed")
            sources = actors_of(subjects, index)
            subjects = []
        targets = actors_of(subjects, index) + actors_of(targets_tokens, index)
        targets = targets or inside_subject(subjects, sources, index)
    else:
        sources = (actors_of(subjects, index) or actors_of(_split_subject(verb, subjects), index)
                   or document_owners(subjects, index) or _issuer(verb, index)
                   or participle_agents(subjects, index, index.lexicon.agent_participles))
        targets = without_exchanged(verb, sources, actors_of(targets_tokens, index), index)
        if trigger.code[:2] in INSTRUMENT_OBJECT_ROOTS:
            # The dative is a target already; a direct object may be a recipient too.
            direct = [c for c in verb.children if c.dep_ in OBJECT_DEPS - RECIPIENT_DEPS]
            needy = index.lexicon.recipient_sectors if trigger.code[:2] == AID_ROOT else None
            targets += _recipients(actors_of(direct, index), sources, needy or frozenset())
    return sources, targets


def _shared_right_targets(trigger: TriggerMatch, verb: Token, preps: Iterable[str]) -> list[Token]:
    """A verb with no object of its own, conjoined with a later verb of the same subject, shares
    that verb's object and target phrase ("donated and delivered medicine to the hospital": the
    hospital receives both)."""
    found: list[Token] = []
    for conj in verb.children:
        own_subject = any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in conj.children)
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or own_subject:
            continue
        objects = [c for c in conj.children if c.dep_ in OBJECT_DEPS]
        if trigger.code[:2] not in INSTRUMENT_OBJECT_ROOTS:
            found += objects
        found += prep_objects(conj, preps)
        for obj in objects:
            found += prep_objects(obj, preps)
    return found


def _split_subject(verb: Token, subjects: list[Token]) -> list[Token]:
    """The first half of a subject the parser split in two, read when the half taken names no
    actor ("the official news agency WFNA said": the agency, not the unknown name)."""
    return [c for c in verb.children if c.dep_ == "nsubj" and c not in subjects]


def _target_objects(trigger: TriggerMatch, verb: Token, index: MentionIndex) -> list[Token]:
    """The verb's objects that may be its target. A pattern that names where its target is
    (PETRARCH's "+": "* THEIR ^ ABOUT +") and finds an actor there does not take an object
    it matched as one of its own words ("warned their Ent people about X": X, not the Ents)."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    hosts = [verb, *objects]
    marked = [o for host in hosts for o in prep_objects(host, trigger.target_preps)]
    if not trigger.target_preps or not actors_of(marked, index):
        return objects
    covered = set(trigger.extra.get("covered", ()))
    return [c for c in objects if c.i not in covered]


def _issuer(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """ "The rebels issued a statement demanding ...": a participle on an object that names no
    actor is said by the subject of the verb governing that object."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ not in OBJECT_DEPS:
        return []
    return actors_of(verb_subjects(noun.head)[0], index)


def _withdrawal(trigger: TriggerMatch, verb: Token, lexicon: RoleLexicon) -> bool:
    """A verb of withdrawing one's own people (``withdrawal_verbs``)."""
    return trigger.pos == "VERB" and verb.lemma_.lower() in lexicon.withdrawal_verbs


def _recipients(
    objects: list[ActorMention], sources: list[ActorMention], needy: frozenset[str] = frozenset()
) -> list[ActorMention]:
    """Objects of an aid or force-posture verb that are another country's actors or people in
    need (``needy`` sectors): recipients ("helped dissidents from Egypt", "rescued migrants"),
    not instruments ("sent its troops")."""
    countries = {s.country for s in sources if s.country}
    return [m for m in objects
            if (countries and m.country and m.country not in countries) or m.sector in needy]


def _pairs(sources: list[ActorMention], targets: list[ActorMention], mutual: bool):
    if not sources and not targets:
        return [(None, None, False)]
    if not targets and len(sources) > 1 and mutual:
        return [(a, b, True) for a in sources for b in sources if a is not b]
    if not sources:
        return [(None, t, False) for t in targets]
    if not targets:
        return [(s, None, False) for s in sources]
    return [(s, t, False) for s in sources for t in targets if not same_actor(s, t)]


def _confidence(source: ActorMention | None, target: ActorMention | None, spec: int) -> float:
    """The frame's prior from its rule alone. No event keeps it: the assembler gives every event
    the calibrated model's probability that it is right (``learn/confidence.py``)."""
    score = 0.35 + (0.25 if source else 0.0) + (0.2 if target else 0.0)
    return min(0.95, score + min(spec, 4) * 0.04)


def _reciprocal(trigger: TriggerMatch, head: Token, index: MentionIndex) -> list[ActorMention]:
    """``between A and B`` on the trigger, or on an event-noun subject its pattern matched
    ("Talks between A and B resumed")."""
    found = _between(head, index)
    if len(found) >= 2 or trigger.pos != "VERB":
        return found
    covered = set(trigger.extra.get("covered", ()))
    for child in head.children:
        if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and child.i in covered:
            inner = _between(child, index)
            if len(inner) >= 2:
                return inner
    return found


def _instruments(trigger: TriggerMatch, head: Token, index: MentionIndex) -> set[ActorMention]:
    """The mentions an aid or force-posture verb's direct objects name: what was sent or
    mobilised ("sent troops", "mobilised army reservists"), never its target."""
    instrumental = trigger.code[:2] in INSTRUMENT_OBJECT_ROOTS
    if not (instrumental or _withdrawal(trigger, head, index.lexicon)) or trigger.pos != "VERB":
        return set()
    direct = [c for c in head.children if c.dep_ in OBJECT_DEPS - RECIPIENT_DEPS]
    return set(actors_of(direct, index))


def _phrase_target(
    head: Token, sources: list[ActorMention], index: MentionIndex,
    skipped: set[ActorMention] | None = None, verbal: bool = False, pair_places: bool = False,
    code: str = "",
):
    """The first actor after the trigger inside its own phrase, with its conjuncts: the
    target when no grammatical object names one ("condemned an attack by Belgian soldiers",
    "appealed for calm in Mali"), as PETRARCH takes it (not for a mutual act). A place under a
    locative preposition of a ``verbal`` event's own word ("said in Munich") is not the
    target, nor, with ``pair_places`` (``mutual_acts`` off), of coordinated sources;
    ``skipped`` mentions (an aid verb's instruments) and, for an event of ``code``, the venue
    of a meeting ("called off the talks in Geneva", ``support.held_there``) are passed over."""
    elsewhere = _other_acts(head, index.lexicon, code)
    for token in head.subtree:
        mention = index.at(token) if token.i > head.i and token.tag_ != "PRP$" else None
        if mention is None or any(same_actor(mention, s) for s in sources):
            continue
        if token.i in elsewhere:
            continue  # "urged the Arab states to give aid to X": X is the aid's target
        if (skipped and mention in skipped) or _owned(mention, head.doc, index.lexicon):
            continue
        mention_head = token.doc[mention.head]
        if related_only(token, mention, index):
            # "arrested the senator's son": the son, not the senator
            mention_head = relational_head(token.doc[mention.head])
            if any(same_actor(m, s) for m in actors_of([mention_head], index) for s in sources):
                continue
        if town_modifier(mention_head, head.doc) or relation_partner(mention_head, head,
                                                                     index.lexicon) \
                or in_attribution_phrase(mention_head, head, index.lexicon):
            continue  # "revenge after the Peshawar bombing", "talks on ties with Iran"
        locative = mention_head.dep_ == "pobj" and mention_head.head.lower_ in LOCATIVE_PREPS
        pair_place = pair_places and len(sources) > 1
        if locative and (pair_place or verbal and said_there(mention, head, index.lexicon)):
            continue  # "Kerry said in Munich": the place, not the addressee
        if code and (held_there(mention, head.doc, code, index.lexicon)
                     or venue(mention, head, code, index.lexicon, index.at)
                     or quoted_target(mention, head, code, index.lexicon)):
            continue  # "called off the talks in Geneva": the venue
        return actors_of([mention_head], index)
    return []


def _other_acts(head: Token, lexicon: RoleLexicon, code: str) -> set[int]:
    """Tokens of clauses under ``head`` that state another act than the event's own: an open
    complement or a gerund phrase whose act is its object's ("urged **the Arab states** to give
    aid to X", "accused **the party** of offering aid to X": the addressee is the object, X the
    target of the aid), and, for a statement of
    ``reported_clause_roots``, the clause reported but for its subject, what the statement is
    about ("said Mexico has to pay": Mexico, as PETRARCH reads it; "said the talks would
    include Kenya": not Kenya, an actor of the act reported); and a coordinated or adverbial
    clause with a subject of its own ("shelled the post, and the garrison's commander
    promised revenge": not the commander)."""
    found: set[int] = set()
    objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    hosts = [head, *objects] if objects else []
    for child in (c for host in hosts for c in host.children if c.i > head.i):
        if _gerund_phrase(child, lexicon):
            found.update(t.i for t in child.subtree)
    statement = bool(lexicon.reported_clause_roots) and code.startswith(
        lexicon.reported_clause_roots)
    for child in head.children:
        if child.i < head.i:
            continue
        controlled = (child.dep_ == "xcomp" and child.i > head.i
                      and object_controller(head, child, lexicon) is not None)
        reported = child.dep_ == "ccomp" and statement
        if controlled or reported or _own_clause(child):
            found.update(t.i for t in child.subtree)
    if statement:
        found = (found | statement_skips(head)) - reported_topics(head, code, lexicon)
    return found


def _own_clause(child: Token) -> bool:
    """A finite verb coordinated with the trigger or an adverbial clause on it, with its own
    subject; not an infinitive ("called for Jones to resign": Jones is asked)."""
    return child.dep_ in OWN_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in child.children) and not any(
        c.dep_ == "aux" and c.tag_ == INFINITIVE_TAG for c in child.children)


def _gerund_phrase(child: Token, lexicon: RoleLexicon) -> bool:
    """A preposition of ``object_act_preps`` whose object is a gerund clause ("accused X **of
    offering aid to Y**", "praised X for helping Y"): the act of the verb's object, not the
    verb's (unlike "by telling Y", the subject's own means)."""
    return child.dep_ == "prep" and child.lower_ in lexicon.object_act_preps and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children)


def _between_pair(
    trigger: TriggerMatch, head: Token, index: MentionIndex, sources: list[ActorMention]
) -> bool:
    """The sources are the two sides of "between A and B": no third side is looked for ("no
    coordination between Russia and China on the Ukraine crisis")."""
    return len(sources) >= 2 and _reciprocal(trigger, head, index) == sources


def _grammatical_roles(
    trigger: TriggerMatch, head: Token, index: MentionIndex, lexicon: RoleLexicon
) -> tuple[list[ActorMention], list[ActorMention]]:
    reciprocal = _reciprocal(trigger, head, index)
    if len(reciprocal) >= 2:
        return reciprocal, []
    group = between_group(trigger, head, index)
    if group:  # "a meeting between the ministers": they met, no one else
        return group, []
    if trigger.pos == "NOUN":
        return noun_roles(trigger, head, index, lexicon)
    return _verb_roles(trigger, head, index)


def frames_for(
    trigger: TriggerMatch, doc: Doc, index: MentionIndex, lexicon: RoleLexicon,
    inverse_events: bool = False,
) -> list[Frame]:
    head = doc[trigger.head]
    sources, targets = _grammatical_roles(trigger, head, index, lexicon)
    swap = bool(trigger.extra.get("swapped")) or _subject_is_target(trigger, head, lexicon)
    after = target_after(trigger, head, index)
    if after is None:
        after = after_skipped_actors(trigger, head, index)
    if after is not None:
        targets = after
    criticism = recoded(trigger)
    if criticism:
        # A statement that condemns something criticizes what its clause is about, not whom
        # it was told to nor another actor of the sentence (statement_senses.py).
        targets = actors_of(criticized(head), index)
    targets = _without_owned([t for t in targets if not any(same_actor(t, s) for s in sources)
                              and not venue(t, head, trigger.code, lexicon, index.at)
                              and not quoted_target(t, head, trigger.code, lexicon)
                              and not relation_partner(doc[t.head], head, lexicon)],
                             doc, lexicon)
    compound = bool(trigger.extra.get("compound_subject")) and len(sources) > 1
    between = _between_pair(trigger, head, index, sources)
    mutual = compound or between or mutual_sides(trigger, head, lexicon, sources)
    if compound:
        targets = []  # PETRARCH's "% *": the coordinated subjects act towards each other
    elif sources and not targets and not criticism \
            and not (between or mutual and lexicon.mutual_acts):
        verbal = trigger.code.startswith(tuple(lexicon.place_not_addressee_roots))
        hosts = [head, support_verb(head, lexicon)]
        targets = purpose_target(trigger.code, lexicon.purpose_target_codes, hosts, index.at,
                                 sources) or _phrase_target(
            head, sources, index, _instruments(trigger, head, index), verbal,
            not lexicon.mutual_acts, trigger.code)
        if not targets and lexicon.place_sectors and not swap:
            # a place is the people hit there, never the side that hit ("died in the
            # fighting near Gao": the roles are swapped, the place is no attacker)
            targets = gazetteer_target(head, trigger.code, lexicon.population_codes,
                                       lexicon.place_preps)
        if not targets and len(sources) == 1 and _bare_verb(trigger, head, lexicon):
            return []
    targets = [t for t in targets if not created_body(doc[t.head])]
    if swap:  # the victims' side: a place they died in is no attacker (unless a marker says)
        placed = targets if after is not None else placed_sides(targets, doc, lexicon.place_preps)
        sources, targets = placed, sources
    sources, targets = governed_sides(trigger, doc, index, sources, targets)
    # One frame per pair: a mention reached by two rules (a dative that is also a recipient)
    # counts once.
    sources, targets = list(dict.fromkeys(sources)), list(dict.fromkeys(targets))
    frames = []
    audience = trigger.code.startswith(lexicon.audience_roots)
    for pair_source, pair_target, paired in _pairs(sources, targets, mutual):
        source, target = domestic_pair(
            pair_source, pair_target, lexicon.domestic_sectors, lexicon.authority_sectors,
            abroad=lambda m: doc[m.head].lemma_.lower() in lexicon.abroad_words,
            audience=lambda m: audience and m.sector in lexicon.audience_sectors)
        if lexicon.place_sectors and not paired:
            target = place_target(target, trigger.code, doc, lexicon.population_codes,
                                  lexicon.region_words, lexicon.place_preps)
        confidence = _confidence(source, target, trigger.specificity)
        frames.append(Frame(trigger, source, target, confidence, reciprocal=paired))
        inverse = inverse_frame(trigger, source, target, confidence) if inverse_events else None
        if inverse is not None and not paired:
            frames.append(inverse)
    return frames


def _bare_verb(trigger: TriggerMatch, head: Token, lexicon: RoleLexicon) -> bool:
    """A verb of saying (any verb without the option ``bare_verbs``) with no phrase after it,
    only adverbs or bare time nouns ("..., an official said today"): no event of its own, as
    PETRARCH codes a verb only from a phrase after it ("said on Saturday"). With ``bare_verbs``
    (the default coder) what is said may also come first ('"We will stay," the minister said')
    or hold the verb as an aside ("The plan, he said, was late"): that clause is the content;
    PETRARCH's own setup keeps its convention."""
    if trigger.pos != "VERB":
        return False
    if lexicon.bare_verbs and (head.lemma_.lower() not in lexicon.bare_report_verbs
                               or reporting_aside(head)):
        return False
    return not any((c.i > head.i and c.dep_ in LOWER_PHRASE_DEPS)
                   or (lexicon.bare_verbs and c.i < head.i and c.dep_ == FRONTED_CONTENT_DEP)
                   for c in head.children)


def _without_owned(targets: list[ActorMention], doc: Doc, lexicon: RoleLexicon):
    """Targets without the source's own things ("offered its troops to Lebanon": Lebanon is
    the target, the troops are Syria's), unless nothing else is left."""
    others = [t for t in targets if not _owned(t, doc, lexicon)]
    return others or targets


def _owned(mention: ActorMention, doc: Doc, lexicon: RoleLexicon) -> bool:
    """A mention under a group possessive ("its troops", "their fighters")."""
    return any(own_possessive(c, lexicon) for c in doc[mention.head].children)


def _subject_is_target(trigger: TriggerMatch, head: Token, lexicon: RoleLexicon) -> bool:
    """PETRARCH's "+ *": the subject of the active verb is the target ("X received money
    from Y": Y gave). In the passive the subject is the target already."""
    if not trigger.extra.get("subject_target") or trigger.pos != "VERB":
        return False
    _, passive = _voice(head, lexicon)
    return not passive


def assign_roles(doc: Doc, lexicon: RoleLexicon, inverse_events: bool = False) -> list[Frame]:
    index = MentionIndex(doc._.ew_actors or (), lexicon)
    frames: list[Frame] = []
    for trigger in doc._.ew_triggers or ():
        frames.extend(frames_for(trigger, doc, index, lexicon, inverse_events))
    return frames


class RolesComponent:
    """``inverse_events``: also code the event seen from the target's side for patterns with
    an inverse code (PETRARCH's ``[a:b]``: a visit is also the host's event). Off by default:
    the gold sets of real news (GSR, ConfliBERT) code the visit only; PETRARCH's own unit
    tests expect both. ``place_sectors``: a capital or region target is its people or its
    government (``place_targets``); off, it stays the country (PETRARCH's unit tests).
    ``bare_verbs``: code a verb other than one of saying with no phrase after it and no target
    (on; off for PETRARCH's unit tests). ``mutual_acts``: only mutual acts make coordinated
    subjects each other's sides (``mutual.py``); off, any act with no target does."""

    def __init__(self, lexicon: RoleLexicon, inverse_events: bool = False) -> None:
        self.lexicon = lexicon
        self.inverse_events = inverse_events

    def __call__(self, doc: Doc) -> Doc:
        doc._.ew_frames = assign_roles(doc, self.lexicon, self.inverse_events)
        return doc


@Language.factory("ew_roles", requires=["doc._.ew_triggers", "doc._.ew_actors"],
                  assigns=["doc._.ew_frames"],
                  default_config={"data_path": None, "inverse_events": False,
                                  "place_sectors": True, "bare_verbs": True,
                                  "agentless_passive": True, "mutual_acts": True})


def make_roles(
    nlp: Language, name: str, data_path: str | None, inverse_events: bool, place_sectors: bool,
    bare_verbs: bool, agentless_passive: bool, mutual_acts: bool,
) -> RolesComponent:
    lexicon = load_lexicon(Path(data_path) if data_path else None)
    update = {"place_sectors": place_sectors, "bare_verbs": bare_verbs,
              "agentless_passive": agentless_passive, "mutual_acts": mutual_acts}
    return RolesComponent(lexicon.model_copy(update=update), inverse_events)
