"""``ew_attribution``: according to whom does the sentence report the event?

Reads ``doc._.ew_triggers`` and (when present) ``doc._.ew_actors``; writes
``doc._.ew_attribution: dict[int, Attribution]`` keyed by the trigger's head token index, only
for triggers that have a source.

The source is found by walking up from the trigger to the nearest reporting cue (see
docs/factuality.md):

- a governing speech verb ("Peskov said (that) ...", "..., the spokesman said."): its subject,
  its ``by``-agent in the passive, or, for a subjectless "as saying", the quoted person;
- a parenthetical or inverted reporting clause attached to the event's clause
  ("Russia, Peskov said, will ...", "..., as reported by Tass");
- an "according to X" phrase on the event or a governor;
- a governing verb of belief or expectation ("analysts fear Russia could attack"): its
  subject holds the belief (``kind="belief"``, no ``verb``: it makes no statement event).

A personal or group pronoun as the speaker ("..., he said") stands for its antecedent, found as
``ew_roles`` finds it (``MentionIndex``: the nearest preceding person mention within the roles
data's window, or the agreeing group; the roles data is the one ``ew_roles`` was built with); an
unresolved pronoun gives no attribution.

The speaker is the known actor mention covering the speaker phrase when there is one; else the
phrase itself. Outlets ("state media", "Tass") are marked ``kind="outlet"``. A speech-event
trigger ("said") is not attributed to its own speaker, only to a higher reporting clause.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.factuality import verb_key
from eventwire.pipeline.mention_index import MentionIndex
from eventwire.pipeline.mentions import WORK, ActorMention, Attribution, TriggerMatch
from eventwire.pipeline.relational_nouns import relation_owner
from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.role_lexicon import load_lexicon as load_role_lexicon
from eventwire.pipeline.verb_subjects import trailing_speech_host
from eventwire.pipeline.work_speakers import author_token, work_of, work_owner

if not Doc.has_extension("ew_attribution"):
    Doc.set_extension("ew_attribution", default=None)
for _name in ("ew_triggers", "ew_actors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

DATA_FILE = "attribution.yaml"
BELIEF = "belief"  # Attribution.kind of a belief's holder
MAX_DEPTH = 10

# Relations through which an event hangs from a governing speech verb.
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "dobj", "nsubjpass", "prep"})
# Relations climbed from the event towards a reporting verb.
CLIMB_DEPS = frozenset(
    {"ccomp", "xcomp", "conj", "dobj", "nsubj", "nsubjpass", "attr", "oprd", "acomp", "pobj",
     "pcomp", "prep", "compound", "dative", "acl", "advcl"}
)
# A reporting clause attached below the event's clause: "Russia, Peskov said, will attack".
PARENTHETICAL_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
CLAUSAL_COMPLEMENTS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj"})
# Dependents kept in a speaker phrase (appositions, relative clauses, punctuation are cut).
PHRASE_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "flat", "npadvmod"}
)


class ReportedActs(BaseModel):
    """Codes of a statement that reports a hostile act (see ``eventwire/reported_acts.py``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    roots: frozenset[str]
    state_sectors: frozenset[str]
    accusation: str
    own_act: str
    refusals: dict[str, str]
    # Verbs whose open complement is the act refused ("refused to lift"; eventwire/refusals.py).
    refusal_verbs: frozenset[Word] = frozenset()
    # A doer named as the speaker's own forces ("said *its forces* struck", "*our troops*"): the
    # possessive that opens it and the nouns of forces it names (eventwire/reported_acts.py).
    own_possessives: frozenset[Word] = frozenset()
    own_force_nouns: frozenset[Word] = frozenset()

    def refusal(self, code: str) -> str | None:
        """The refusal code of a negated ``code`` (longest matching prefix), or None."""
        keys = [key for key in self.refusals if code.startswith(key)]
        return self.refusals[max(keys, key=len)] if keys else None


class AttributionLexicon(BaseModel):
    """The cue classes of ``attribution.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    speech_verbs: frozenset[Word]
    belief_verbs: frozenset[Word]
    quote_verbs: frozenset[Word]
    recipient_verbs: frozenset[Word]
    negative_speaker_words: frozenset[Word]
    statement_nouns: frozenset[Word]
    speech_gerund_preps: frozenset[Word]
    source_preps: tuple[Word, ...]
    outlet_nouns: frozenset[Word]
    outlet_names: frozenset[Word]
    body_outlet_nouns: frozenset[Word]
    news_words: frozenset[Word]
    speaker_keep_preps: frozenset[Word]
    work_nouns: frozenset[Word]
    reported_acts: ReportedActs


def load_lexicon(path: Path | None = None) -> AttributionLexicon:
    """Read and validate ``attribution.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, AttributionLexicon, check_duplicates=True)


def climb(head: Token) -> Iterator[tuple[Token, Token]]:
    """``(governor, child)`` pairs from ``head`` up; relative clauses end the walk."""
    child = head
    for _ in range(MAX_DEPTH):
        parent = child.head
        if parent.i == child.i or child.dep_ not in CLIMB_DEPS:
            return
        yield parent, child
        child = parent


class AttributionRules:
    """Finding the source of one trigger, over one lexicon."""

    def __init__(self, lexicon: AttributionLexicon) -> None:
        self.lex = lexicon
        self._preps = [tuple(p.split()) for p in lexicon.source_preps]

    def is_speech(self, token: Token) -> bool:
        return token.pos_ in {"VERB", "AUX"} and verb_key(token) in self.lex.speech_verbs

    def is_belief(self, token: Token) -> bool:
        return token.pos_ == "VERB" and verb_key(token) in self.lex.belief_verbs

    def find(self, head: Token, index: MentionIndex) -> Attribution | None:
        """The nearest source of the event at ``head``, or None. A belief's holder gives way
        to a statement that reports the belief ("Russia said it believes Ukraine shelled the
        plant": Russia's statement)."""
        found = self._source_at(head, index)
        if found is not None:
            return found
        belief: Attribution | None = None
        for governor, child in climb(head):
            if child.dep_ in REPORTED_DEPS:
                found = self._governing_source(governor, index)
                if found is not None and found.kind != BELIEF:
                    return found
                belief = belief or found
            found = self._source_at(governor, index) or self._claimant(governor, child, head,
                                                                       index)
            if found is not None:
                return found
        return belief

    def _governing_source(self, governor: Token, index: MentionIndex) -> Attribution | None:
        """The speaker of a governing speech verb, or the holder of a governing belief."""
        if self.is_speech(governor):
            speaker = self.speaker_of(governor, index)
            return replace(speaker, verb=governor.i) if speaker is not None else None
        if self.is_belief(governor):
            holder = self.speaker_of(governor, index)
            return replace(holder, kind=BELIEF) if holder is not None else None
        return None

    def _source_at(self, token: Token, index: MentionIndex) -> Attribution | None:
        """An "according to" phrase or a parenthetical reporting clause on ``token``."""
        for child in token.children:
            source = self._prep_source(child)
            if source is not None:
                return self.phrase(source, index, cue=child.lower_)
            if self._is_parenthetical(child):
                speaker = self.speaker_of(child, index)
                if speaker is not None:
                    return speaker
        return None

    def _claimant(self, noun: Token, child: Token, head: Token, index: MentionIndex
                  ) -> Attribution | None:
        """The possessor of a statement noun whose clause or "of" object holds the event: "**the
        ministry**'s claims that rebels shelled the town", "**his** account of the raid" (not
        a topic: "his statements on the probe"). The content ends at a comma ("the protesters'
        claims he could end it, saying ..." does not hold the saying)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.statement_nouns:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        content = child.dep_ in {"acl", "ccomp"} or (child.dep_ == "prep" and child.lower_ == "of")
        between = noun.doc[min(noun.i, head.i) + 1:max(noun.i, head.i)]
        if owner is None or not content or any(t.is_punct for t in between):
            return None
        if owner.tag_ in {"PRP", "PRP$"}:
            return _pronoun_speaker(owner, index, cue=noun.text)
        found = self.phrase(owner, index, cue=noun.text)
        ending = owner.doc[found.end - 1]
        return replace(found, end=found.end - 1) if ending.dep_ == "case" else found

    def _is_parenthetical(self, token: Token) -> bool:
        """A reporting clause set off by punctuation, with no complement clause of its own."""
        if token.dep_ not in PARENTHETICAL_DEPS or not self.is_speech(token):
            return False
        if any(c.dep_ in CLAUSAL_COMPLEMENTS for c in token.children):
            return False
        first = min(t.i for t in token.subtree if not t.is_punct)
        return first > 0 and token.doc[first - 1].is_punct

    def _prep_source(self, token: Token) -> Token | None:
        """The object of "according to X" / "citing X" starting at ``token``."""
        for words in self._preps:
            node: Token | None = token
            for word in words:
                if node is None or node.lower_ != word:
                    node = None
                    break
                node = _object_of(node)
            if node is not None and node.i != token.i:
                return node
        return None

    def speaker_of(self, verb: Token, index: MentionIndex) -> Attribution | None:
        """The speaker of a speech verb: subject, passive agent, or quoted person."""
        host = trailing_speech_host(verb, index.lexicon)
        speaker = (
            _subject(verb)
            or (_subject(host) if host.i != verb.i else None)
            or _agent(verb)
            or self._inverted_speaker(verb)
            or self._quoted_or_outer_subject(verb)
        )
        if speaker is None or speaker.tag_ in {"EX", "WP"} or self._is_nobody(speaker):
            return None
        if speaker.tag_ == "PRP":
            return _pronoun_speaker(speaker, index, cue=verb.text)
        works = self.lex.work_nouns | index.lexicon.document_nouns
        work = work_of(speaker, works)
        if work is not None:
            return self._author(work, speaker, verb, index)
        return self.phrase(speaker, index, cue=verb.text)

    def _author(self, work: Token, speaker: Token, verb: Token, index: MentionIndex
                ) -> Attribution | None:
        """The speaker of a work that "says": its author or owner (see ``work_speakers``)."""
        cue = verb.text
        author = author_token(work, speaker, verb)
        if author is not None:
            return self.phrase(author, index, cue=cue)
        owner = work_owner(work, index)
        if owner is not None:
            return Attribution(start=owner.start, end=owner.end, actor=owner, cue=cue)
        span = self.speaker_span(speaker)
        return Attribution(start=span.start, end=span.end, kind=WORK, cue=cue)

    def _is_nobody(self, speaker: Token) -> bool:
        """"**No one** claimed responsibility": the phrase says that nobody spoke."""
        words = self.lex.negative_speaker_words
        return speaker.lower_ in words or any(
            c.dep_ == "det" and c.lower_ in words for c in speaker.children)

    def _inverted_speaker(self, verb: Token) -> Token | None:
        """"..., reports the press service": a subjectless verb after its clause, speaker after it.

        Verbs whose object is the hearer ("told reporters") never take the speaker as object.
        """
        if verb_key(verb) in self.lex.recipient_verbs:
            return None
        clause_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        after = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        return after[0] if clause_before and after else None

    def _quoted_or_outer_subject(self, verb: Token) -> Token | None:
        """"Tass quoted Peskov as saying": Peskov; "the ministry said, adding", "the ministry
        responded by saying": the ministry."""
        gov = prep = verb.head
        if gov.dep_ == "prep" and gov.head.i != gov.i:
            gov = gov.head
        if gov.i == verb.i:
            return None
        if verb_key(gov) in self.lex.quote_verbs:
            objects = [c for c in gov.children if c.dep_ == "dobj"]
            return objects[0] if objects else None
        if verb.dep_ == "pcomp" and prep.lower_ in self.lex.speech_gerund_preps:
            return _subject(gov)  # "responded by saying", not "divisions over conceding"
        if verb.dep_ in {"conj", "advcl", "xcomp"}:
            return _subject(gov)
        return None

    def phrase(self, head: Token, index: MentionIndex, cue: str) -> Attribution:
        """The attribution for a speaker or outlet headed by ``head``."""
        span = self.speaker_span(head)
        actor = _mention_for(head, span, index.mentions, index.lexicon)
        outlet = self.is_outlet(head, span) or (actor is not None and actor.kind == "media")
        return Attribution(
            start=span.start,
            end=span.end,
            actor=actor,
            kind="outlet" if outlet else "speaker",
            cue=cue,
        )

    def speaker_span(self, head: Token) -> Span:
        """The head with its determiners, modifiers and "of"/"for" phrases; no appositions."""
        tokens = [head]
        for child in head.children:
            keep_prep = child.dep_ == "prep" and child.lower_ in self.lex.speaker_keep_preps
            if child.dep_ in PHRASE_DEPS or keep_prep:
                tokens.extend(child.subtree)
        start = min(t.i for t in tokens)
        end = max(t.i for t in tokens) + 1
        return head.doc[start:end]

    def is_outlet(self, head: Token, span: Span) -> bool:
        text = span.text.lower()
        if text.startswith("the "):
            text = text[4:]
        names = self.lex.outlet_names
        if text in names or head.lower_ in names:
            return True
        return head.lemma_.lower() in self.lex.outlet_nouns or head.lower_ in self.lex.outlet_nouns


def _pronoun_speaker(pronoun: Token, index: MentionIndex, cue: str) -> Attribution | None:
    """A pronoun speaker as the actor it stands for ("..., he said": the person named before)."""
    actor = index.at(pronoun)
    if actor is None:
        return None
    kind = "outlet" if actor.kind == "media" else "speaker"
    return Attribution(start=pronoun.i, end=pronoun.i + 1, actor=actor, kind=kind, cue=cue)


def _object_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"pobj", "dobj", "prep"}:
            return child
    return None


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return subjects[0] if subjects else None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _mention_for(
    head: Token, span: Span, actors: list[ActorMention], roles: RoleLexicon
) -> ActorMention | None:
    """The actor mention covering the head, else a word of the phrase ("**Rep.** Smith"), else
    of an apposition ("Peskov, the **Kremlin** spokesman"), else of a possessor in the phrase,
    whom the speaker belongs to ("after **Lavrov**'s resignation, Tan, a Kremlin official,
    said" is the official's statement, not Lavrov's); never the one a relational noun's
    speaker is related to ("supporters of the president", "a Trump ally": relational_nouns)."""
    def covering(token: Token) -> ActorMention | None:
        found = next((m for m in actors if m.start <= token.i < m.end), None)
        if found is not None and relation_owner(token.doc[found.head], found, roles):
            return None
        return found

    owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    appositions = [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
    modifiers = [t for t in span if t.i not in owners]
    for token in [head, *modifiers, *appositions, *(t for t in span if t.i in owners)]:
        found = covering(token)
        if found is not None:
            return found
    return None


class AttributionComponent:
    """The ``ew_attribution`` pipeline component."""

    def __init__(self, lexicon: AttributionLexicon, roles: RoleLexicon) -> None:
        self.rules = AttributionRules(lexicon)
        self.roles = roles

    def __call__(self, doc: Doc) -> Doc:
        triggers: list[TriggerMatch] = doc._.ew_triggers or []
        index = MentionIndex(doc._.ew_actors or [], self.roles)
        result: dict[int, Attribution] = {}
        for trigger in triggers:
            found = self.rules.find(doc[trigger.head], index)
            if found is not None:
                result[trigger.head] = found
        doc._.ew_attribution = result
        return doc


ROLES_COMPONENT = "ew_roles"


def role_lexicon_for(nlp: Language, roles_data_path: str | None = None) -> RoleLexicon:
    """The roles data pronoun speakers are resolved with: ``roles_data_path`` when given, else
    the lexicon the pipeline's ``ew_roles`` was built with (its ``data_path``), so that one
    roles file serves both components; the bundled ``roles.yaml`` without either."""
    if roles_data_path:
        return load_role_lexicon(Path(roles_data_path))
    if ROLES_COMPONENT in nlp.pipe_names:
        lexicon = getattr(nlp.get_pipe(ROLES_COMPONENT), "lexicon", None)
        if isinstance(lexicon, RoleLexicon):
            return lexicon
    return load_role_lexicon()


@Language.factory(
    "ew_attribution",
    assigns=["doc._.ew_attribution"],
    requires=["doc._.ew_triggers", "token.dep", "token.lemma"],
    default_config={"data_path": None, "roles_data_path": None},
)
def make_attribution(nlp: Language, name: str, data_path: str | None,
                     roles_data_path: str | None = None) -> AttributionComponent:
    """Build the component; ``data_path`` overrides the bundled ``attribution.yaml``, and the
    roles data (pronouns and their antecedents) is ``ew_roles``' own (``role_lexicon_for``)."""
    lexicon = load_lexicon(Path(data_path) if data_path else None)
    return AttributionComponent(lexicon, role_lexicon_for(nlp, roles_data_path))
