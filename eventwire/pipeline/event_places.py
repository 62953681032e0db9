"""Where an event happened: the gazetteer place of its sentence that its own words reach.

The rules (docs/architecture.md, "Location"; word lists and codes in ``data/locations.yaml``):

* a place compounded onto a noun trigger is its place ("the Boston bombing");
* else a place under a locative preposition ("in", "at", "near", ...) in the trigger's clause,
  through "of" inside the phrase ("in the outskirts of Cali"); the event's own source and
  target are not its place, unless they are reached so ("shelled a post in eastern Chad") or
  composed into an actor ("activists in Hong Kong");
* an origin preposition ("from") places only an act that starts there (``origin_codes``:
  release, withdrawal, coercion, force), on its own word or clause ("fired rockets from
  Gaza"), never on another noun ("a senator from Delaware") nor a giver or a trip's start
  ("aid from Russia", "returned from Syria"); on a verb of speaking (``voice_verbs``) it
  places the act in words done there ("Speaking from Kabul, the envoy criticized ...");
* a place inside a phrase naming a topic (``topic_preps``: "sanctions over its actions in
  Syria", "talks about a truce in Gaza"; for an act of force "on", "against" and "for" name
  the target or side: "an attack on the embassy in Kabul") or inside a locative idiom
  (``idiom_nouns``: "in respect of Iraq", "in retaliation for the raid in Gaza") is not the
  act's place;
* an act done in words (``own_clause_codes``: statements, appeals, criticism, threats, ...)
  is placed only by a locative phrase on its clause, its actors or a non-event object ("said
  at a news conference in Kabul", "told reporters in Kabul"), not by one inside what it is
  about ("condemned the attack on the consulate in Benghazi");
* a noun trigger placed by the verb that governs it is not placed by that verb's subject when
  the subject is not one of its actors ("the station chief in Tripoli called the attack...");
* a visit (``destination_codes``) happens where it goes ("a visit to Jerusalem");
* among the places reached, a town or province inside the first country reached is finer
  ("in Belgium, police raided six homes across Brussels": Brussels), and so is a part of the
  place named after it ("in the Paris suburb of Saint-Denis": Saint-Denis);
* an event of a relative clause opened by "where" happens at the place it describes ("in
  Beijing, where he was attending a conference");
* a participle after a noun trigger describes the act and places it ("a raid conducted in
  Lille"); with no place of its own, a clause takes the place of its subjectless present
  participle ("Speaking at a rally in Lagos, the governor criticized the police").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.datafiles import DataMeta, read_yaml_model
from eventwire.knowledge.gazetteer import gazetteer
from eventwire.pipeline.doc_memo import by_sentence
from eventwire.pipeline.mentions import ActorMention, Frame, PlaceMention, TriggerMatch
from eventwire.pipeline.places import part_start

LOCATIONS_FILE = "locations.yaml"
# Dependencies that open a clause of its own (a place beyond one belongs to that clause).
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
# Actor mention kinds that are places too ("talks in Moscow"; a gazetteer town as a target).
GEOGRAPHIC_KINDS = frozenset({"country", "capital", "town"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# A place in these relations to a noun trigger is where it happened ("the Boston bombing").
PLACE_MODIFIER_DEPS = frozenset({"compound", "nmod"})
# A noun trigger in these roles is placed and dated by the verb that governs it.
NOUN_OBJECT_DEPS = ("dobj", "pobj", "attr")
NOUN_SUBJECT_DEPS = ("nsubj", "nsubjpass")
SUBJECT_DEPS = frozenset(NOUN_SUBJECT_DEPS)
# Objects of a verb of saying that may carry its place when they name no event ("told
# reporters in Kabul").
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark"})
VERB_POS = frozenset({"VERB", "AUX"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
AUX_DEPS = frozenset({"aux", "auxpass"})
# The object of an act of force, active or passive ("shelled Kharkiv", "Kyiv was shelled").
OBJECT_PLACE_DEPS = frozenset({"dobj", "nsubjpass"})
COARSE = "country"
FINE = frozenset({"city", "admin1"})
WHERE = "where"


class DatelineRules(BaseModel):
    """Which events a dateline places (``pipeline/dateline_places.py``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    paragraphs: int = Field(ge=1)
    sentences: int = Field(ge=1)
    codes: tuple[str, ...]


class LocationRules(BaseModel):
    """The validated contents of ``locations.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    meta: DataMeta = Field(alias="_meta")
    locative_preps: frozenset[str]
    part_preps: frozenset[str]
    origin_preps: frozenset[str]
    origin_codes: tuple[str, ...]
    topic_preps: frozenset[str]
    target_preps: frozenset[str]
    idiom_nouns: frozenset[str]
    time_nouns: frozenset[str]
    own_clause_codes: tuple[str, ...]
    setting_preps: frozenset[str]
    party_preps: frozenset[str]
    setting_codes: tuple[str, ...]
    object_place_codes: tuple[str, ...]
    force_preps: frozenset[str]
    destination_codes: tuple[str, ...]
    destination_preps: frozenset[str]
    voice_verbs: frozenset[str]
    dateline: DatelineRules


def load_location_rules(path: Path | None = None) -> LocationRules:
    """Read and validate ``locations.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(LOCATIONS_FILE, path, LocationRules)


@lru_cache(maxsize=1)
def location_rules() -> LocationRules:
    return load_location_rules()


def trigger_clause(head: Token) -> Token:
    """The token whose modifiers date and place the event: the trigger itself; the verb that
    governs a noun trigger as its object; or the verb of a noun trigger's clause when the noun
    is its subject and the verb codes no event of its own ("the attack took place in Lima",
    "two bomb attacks were carried out in La Paz"; not "the attack was condemned in Lima")."""
    if head.pos_ != "NOUN":
        return head
    if head.dep_ in NOUN_OBJECT_DEPS:
        return head.head
    verb = head.head
    if head.dep_ in NOUN_SUBJECT_DEPS and verb.pos_ in ("VERB", "AUX") and not any(
            frame.trigger.head == verb.i for frame in head.doc._.ew_frames or ()):
        return verb
    return head


def locative_prep(token: Token, part_preps: Collection[str] | None = None) -> Token | None:
    """The preposition that places ``token``: its nearest prepositional ancestor other than
    "of" ("in the outskirts of Cali" is placed by "in")."""
    parts = location_rules().part_preps if part_preps is None else part_preps
    return next((a for a in token.ancestors if a.dep_ == "prep" and a.lower_ not in parts), None)


def in_subtree(token: Token, ancestor: Token) -> bool:
    return token.i == ancestor.i or any(a.i == ancestor.i for a in token.ancestors)


def same_clause(token: Token, clause: Token) -> bool:
    """``token`` hangs from ``clause`` without crossing into an embedded clause's verb."""
    while token.i != clause.i:
        if token.head.i == token.i:
            return False
        if token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def pick_location(
    doc: Doc, frame: Frame, places: Sequence[PlaceMention], excluded: set[int]
) -> PlaceMention | None:
    """The event's place among ``places`` (the module docstring's rules); ``excluded`` holds
    the tokens that cannot be it (``excluded_place_tokens``)."""
    place = _pick_location(doc, frame, places, excluded)
    return None if place is None else _named_part(doc, place, places)


def _named_part(doc: Doc, place: PlaceMention, places: Sequence[PlaceMention]) -> PlaceMention:
    """The part of ``place`` named after it, when the gazetteer has it in the same country
    ("in the Paris suburb of Saint-Denis": Saint-Denis; ``places.part_start``)."""
    start = part_start(doc, place.end, gazetteer().part_nouns)
    if start is None or place.country is None:
        return place
    return next((p for p in places if p.start == start and p.country == place.country
                 and p.precision in FINE), place)


def _pick_location(
    doc: Doc, frame: Frame, places: Sequence[PlaceMention], excluded: set[int]
) -> PlaceMention | None:
    head = doc[frame.trigger.head]
    sent = head.sent
    in_sentence = by_sentence(doc, "places", places).get(sent.start, [])
    local = [p for p in in_sentence if p.start not in excluded]
    if head.pos_ in NOUN_POS:
        for place in local:
            if _modifies(doc[place.start:place.end], head):
                return place
    target = _object_place(doc, frame, list(in_sentence))
    if target is not None:
        return target
    placer = _Placer(doc, frame)
    reached = [place for place in local if placer.places(doc[place.start])]
    if reached:
        return _finest(reached, placer, doc)
    where = _where_place(placer.clause, local)
    if where is not None:
        return where
    for adjunct in _adjunct_participles(placer.clause):
        side = _Placer(doc, frame, adjunct)
        reached = [place for place in local if side.places(doc[place.start])
                   and _hangs_from(doc[place.start], adjunct)]
        if reached:
            return _finest(reached, side, doc)
    governing = _governing_clause(placer.clause)
    if governing is None:
        return None
    outer = _Placer(doc, frame, governing)
    reached = [place for place in local if outer.places(doc[place.start])]
    return _finest(reached, outer, doc) if reached else None


def statement_location(
    doc: Doc, verb: int, code: str, speaker: ActorMention | None
) -> PlaceMention | None:
    """The place of a statement coded on its speech verb from the act it reports (an
    accusation or a claim, ``reported_acts``): where the speaker spoke, by the rules of an act in
    words on the verb's own clause ("Speaking in Kyiv, the minister said troops had shelled
    Kharkiv": Kyiv), never the reported act's place (Kharkiv)."""
    trigger = TriggerMatch(verb, verb + 1, verb, code, "", 0, doc[verb].pos_)
    frame = Frame(trigger, speaker, None, 1.0)
    excluded = excluded_place_tokens(doc, frame, doc[verb].sent)
    return pick_location(doc, frame, doc._.ew_places or (), excluded)


def _object_place(
    doc: Doc, frame: Frame, places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """The place that is the object of an act of force (``object_place_codes``), also when it
    is the event's target: "shelled Kharkiv", "the cities of Ashdod and Sderot"."""
    rules = location_rules()
    if not frame.trigger.code.startswith(rules.object_place_codes):
        return None
    others = [m for m in (doc._.ew_actors or ()) if m.kind not in GEOGRAPHIC_KINDS]
    if frame.source is not None:
        others.append(frame.source)
    for place in places:
        if any(m.start <= place.start < m.end for m in others):
            continue
        root = doc[place.start:place.end].root
        if root.dep_ == "conj":
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in rules.part_preps \
                and place.precision in FINE:
            root = root.head.head
        if root.dep_ in OBJECT_PLACE_DEPS and root.head.i == frame.trigger.head:
            return place
    return None


def _noun_participles(noun: Token) -> list[Token]:
    """Participles with no subject of their own after a noun trigger: they describe the act
    itself, and their locative phrases place it ("a police raid conducted in Lille", "protests
    held in Minsk", "an attack targeting a hotel in Amman")."""
    if noun.pos_ not in NOUN_POS:
        return []
    return [child for child in noun.children
            if child.dep_ == "acl" and child.tag_ in PARTICIPLE_TAGS
            and not any(c.dep_ in OWN_SUBJECT_DEPS for c in child.children)]


def _adjunct_participles(clause: Token) -> list[Token]:
    """Present participles with no subject nor auxiliary of their own on the clause or after
    its subject: they share its subject and time, so their place is the clause's when it has
    none ("Speaking at a rally in Lagos, the governor criticized the police", "the president,
    speaking in Paris, condemned ..."; not "Having fought in Syria, he ...")."""
    if clause.pos_ not in VERB_POS:
        return []
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    candidates = [c for c in clause.children if c.dep_ == "advcl"]
    candidates += [c for s in subjects for c in s.children if c.dep_ == "acl"]
    return [child for child in candidates if child.tag_ == "VBG"
            and not any(c.dep_ in OWN_SUBJECT_DEPS or c.dep_ in AUX_DEPS
                        for c in child.children)]


def _hangs_from(token: Token, verb: Token) -> bool:
    """The place's locative phrase hangs from ``verb``, directly or through another locative
    phrase ("speaking at a rally in Lagos")."""
    rules = location_rules()
    prep = locative_prep(token, rules.part_preps)
    if prep is None or not same_clause(token, prep):
        return False  # a subject of a clause inside the phrase ("at reinstating ... if Russia")
    while prep is not None and prep.lower_ in rules.locative_preps:
        if prep.head.i == verb.i:
            return True
        holder = prep.head
        prep = holder.head if holder.dep_ == "pobj" and holder.head.dep_ == "prep" else None
    return False


def _governing_clause(clause: Token) -> Token | None:
    """The verb an adjunct participle or purpose infinitive with no subject of its own hangs
    from ("A bomb exploded on a bus in Tel Aviv, wounding ten people"; "In Egypt, people
    protesting the film breached the walls"; "students burned an effigy to protest the
    pact"): such an adjunct happens where its governing clause does. A past participle or an
    infinitive after a noun describes the noun ("troops killed in the war", "a proposal to
    compel Iran") and is left alone, and so is where the governing event came from ("visiting
    from Tripoli to attend")."""
    adjunct = clause.dep_ == "advcl" or (clause.dep_ == "acl" and clause.tag_ == "VBG")
    if clause.pos_ != "VERB" or not adjunct or any(
            child.dep_ in OWN_SUBJECT_DEPS for child in clause.children):
        return None
    token = clause.head
    while token.pos_ not in VERB_POS and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in VERB_POS else None


class _Placer:
    """Whether a place token is reached from one frame's trigger (``pick_location``)."""

    def __init__(self, doc: Doc, frame: Frame, clause: Token | None = None) -> None:
        self.rules = location_rules()
        trigger = frame.trigger
        self.head = doc[trigger.head]
        self.clause = trigger_clause(self.head) if clause is None else clause
        self.outer = clause is not None
        # The trigger's head word and its clause's verb (not the rest of a multi-word
        # trigger: "demanded an end" does not make "an end to fire from Gaza" the event's own).
        # A participle on a noun trigger describes the act ("a raid conducted in Lille").
        self.participles = _noun_participles(self.head) if clause is None else []
        described = {p.i for p in self.participles}
        self.own_words = {self.head.i, self.clause.i} | described
        self.span_words = {*range(trigger.start, trigger.end), self.clause.i} | described
        self.actors = {i for m in (frame.source, frame.target) if m is not None
                       for i in range(m.start, m.end)}
        self.doc = doc
        self.own_clause = trigger.code.startswith(self.rules.own_clause_codes)
        self.destination = trigger.code.startswith(self.rules.destination_codes)
        self.force = trigger.code.startswith(self.rules.object_place_codes)
        self.from_origin = trigger.code.startswith(self.rules.origin_codes)

    @cached_property
    def topics(self) -> set[int]:
        """Heads of the doc's events that are no setting, read when a rule first asks (not
        for every event: most events never do)."""
        return {f.trigger.head for f in self.doc._.ew_frames or ()
                if not f.trigger.code.startswith(self.rules.setting_codes)}

    def places(self, token: Token) -> bool:
        if token.dep_ == "poss" and token.head.i in self.topics and token.head.i != self.head.i:
            return False  # the actor of another event: "in the face of Israel's offensive"
        prep = locative_prep(token, self.rules.part_preps)
        if prep is None or not in_subtree(prep, self.clause):
            return False
        if not same_clause(prep, self.clause) and not any(
                _hangs_from(token, participle) for participle in self.participles):
            return False
        word = prep.lower_
        if self.destination and word in self.rules.destination_preps:
            return prep.head.i in self.span_words
        force = self.force and word in self.rules.force_preps and prep.head.i in self.span_words
        if word not in self.rules.locative_preps and not force:
            return False
        if word in self.rules.origin_preps and not self._own_origin(prep):
            return False
        if self._through_other_subject(prep) or self._through_topic(token):
            return False
        return not self.own_clause or self._on_own_clause(prep)

    def _own_origin(self, prep: Token) -> bool:
        """An origin preposition on the event's own word: its head or clause for an act in
        words, any word of the trigger for other acts ("rockets from Gaza were fired into");
        for an act in words, also on its verb of speaking or on a subjectless participle of
        speaking that places it ("spoke from Geneva", "reporting from Nairobi, says":
        ``voice_verbs``), where the speaker is."""
        if self.own_clause and prep.head.pos_ == "VERB" \
                and prep.head.lemma_ in self.rules.voice_verbs:
            return prep.head.i in self.own_words
        if self.outer or not self.from_origin:
            return False
        words = self.own_words if self.own_clause else self.span_words
        return prep.head.i in words

    def _through_topic(self, token: Token) -> bool:
        """The place is reached from the event's word through a phrase that names a topic
        ("sanctions over its actions in Syria": ``topic_preps``, unless part of the trigger,
        "headed for", or before a date, "on Monday night in Lyon"; for an act of force
        ``target_preps`` name its target) or through a locative idiom ("in respect of Iraq",
        "in retaliation for the raid in Gaza": ``idiom_nouns``)."""
        rules = self.rules
        stops = {self.head.i, self.clause.i}
        while token.i not in stops and token.head.i != token.i:
            if token.dep_ == "prep" and token.lower_ in rules.topic_preps \
                    and token.i not in self.span_words and not _of_time(token, rules.time_nouns) \
                    and not (self.force and token.lower_ in rules.target_preps):
                return True
            if token.dep_ == "pobj" and token.lower_ in rules.idiom_nouns:
                return True
            token = token.head
        return False

    def _through_other_subject(self, prep: Token) -> bool:
        """A noun trigger that is the object of the verb that places it is not placed by that
        verb's subject unless the subject is one of the event's actors ("the station chief in
        Tripoli called the attack..."; not "protesters in Cairo staged a protest")."""
        if self.clause.i == self.head.i or self.head.dep_ not in OBJECT_DEPS | {"pobj"}:
            return False
        token = prep
        while token.head.i != self.clause.i and token.head.i != token.i:
            token = token.head
        if token.head.i != self.clause.i or token.dep_ not in SUBJECT_DEPS:
            return False
        return not any(i in self.actors for i in range(token.left_edge.i, token.right_edge.i + 1))

    def _on_own_clause(self, prep: Token) -> bool:
        """The locative phrase hangs from the clause, an actor, the clause's subject or a
        non-topic object, the object of a setting preposition on the clause ("spoke to the
        Initiative in New York"), or the object of another locative phrase that does ("said at
        a news conference in Kabul"); a name's inner preposition is part of the name ("the
        Council on Foreign Relations in Washington")."""
        while True:
            holder = _name_head(prep.head)
            if holder.i in self.own_words or holder.i in self.actors:
                return True
            over = holder.head
            if holder.dep_ == "pobj" and over.dep_ == "prep":
                if over.lower_ in self.rules.locative_preps | self.rules.setting_preps:
                    prep = over
                    continue
                return over.lower_ in self.rules.party_preps and over.head.i in self.own_words
            return (holder.dep_ in OBJECT_DEPS | SUBJECT_DEPS and over.i in self.own_words
                    and holder.i not in self.topics)

    def coarse_on_clause(self, token: Token) -> bool:
        """Whether a place's locative phrase hangs from the clause itself ("In Belgium, ...")."""
        prep = locative_prep(token, self.rules.part_preps)
        return prep is not None and prep.head.i in self.own_words


def _of_time(prep: Token, time_nouns: Collection[str]) -> bool:
    """A preposition whose object is a date or a time ("on Thursday night in Houston", "on 12
    May in Kabul"): it dates the act and names no topic."""
    return any(child.dep_ == "pobj" and (child.lower_ in time_nouns or child.like_num)
               for child in prep.children)


def _name_head(token: Token) -> Token:
    """The outer word of a name with a preposition inside ("Council on Foreign Relations")."""
    while (token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.dep_ == "prep"
           and token.head.head.pos_ == "PROPN"):
        token = token.head.head
    return token


def _finest(reached: list[PlaceMention], placer: _Placer, doc: Doc) -> PlaceMention:
    """The first place reached, or a town or province inside it when it is a country named
    on the clause itself ("In Belgium, police raided homes across Brussels")."""
    first = reached[0]
    if first.precision != COARSE or not placer.coarse_on_clause(doc[first.start]):
        return first
    return next((p for p in reached[1:] if p.precision in FINE and p.country == first.country),
                first)


def _where_place(clause: Token, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place a "where" relative clause describes, for the events of that clause."""
    if clause.dep_ != "relcl" or not any(c.lower_ == WHERE for c in clause.children):
        return None
    antecedent = clause.head.i
    return next((p for p in places if p.start <= antecedent < p.end), None)


def _modifies(place: SpacySpan, noun: Token) -> bool:
    """Whether the place is a compound or noun modifier of ``noun`` ("Waltham murders")."""
    root = place.root
    return root.dep_ in PLACE_MODIFIER_DEPS and root.head.i == noun.i


def excluded_place_tokens(doc: Doc, frame: Frame, sent: SpacySpan) -> set[int]:
    """Tokens that cannot be the event's place: its own actors, and actors that are not
    places (people, organisations, outlets: "UN" is not the town of Un, "Morsi" not a town)."""
    actors = by_sentence(doc, "actors", doc._.ew_actors or ()).get(sent.start, [])
    mentions = [m for m in actors if m.kind not in GEOGRAPHIC_KINDS]
    mentions += [m for m in (frame.source, frame.target) if m is not None]
    excluded = {i for m in mentions for i in range(m.start, m.end)}
    return excluded - _composed_places(doc, mentions, sent) - _located_actors(doc, frame)


def _located_actors(doc: Doc, frame: Frame) -> set[int]:
    """Tokens of the frame's place actors reached through a locative preposition ("attacked a
    village in northern Mali": the target is Mali, and the attack happened there too), through
    a destination's preposition for a visit ("a visit to Jerusalem") or where an act of force
    lands ("fired rockets into Israel")."""
    rules = location_rules()
    preps = set(rules.locative_preps)
    if frame.trigger.code.startswith(rules.destination_codes):
        preps |= rules.destination_preps
    if frame.trigger.code.startswith(rules.object_place_codes):
        preps |= rules.force_preps
    kept: set[int] = set()
    for mention in (frame.source, frame.target):
        if mention is None or mention.kind not in GEOGRAPHIC_KINDS:
            continue
        head = doc[mention.head]
        if head.dep_ == "pobj" and head.head.lower_ in preps:
            kept.update(range(mention.start, mention.end))
    return kept


def _composed_places(doc: Doc, mentions: Sequence[ActorMention], sent: SpacySpan) -> set[int]:
    """Tokens of places an actor was composed with through a locative preposition inside its
    span ("activists in Hong Kong", "the consulate in Benghazi"): where the actor is, and so a
    good place for its event, not part of the actor's name."""
    locative = location_rules().locative_preps
    kept: set[int] = set()
    for place in doc._.ew_places or ():
        if not sent.start <= place.start < sent.end:
            continue
        for mention in mentions:
            if not mention.start < place.start < mention.end:
                continue
            preps = [a for a in doc[place.start].ancestors if a.dep_ == "prep"]
            if preps and preps[0].lower_ in locative and preps[0].i >= mention.start:
                kept.update(range(place.start, place.end))
    return kept


__all__ = [
    "DatelineRules",
    "LocationRules",
    "excluded_place_tokens",
    "in_subtree",
    "load_location_rules",
    "locative_prep",
    "location_rules",
    "pick_location",
    "same_clause",
    "statement_location",
    "trigger_clause",
]
