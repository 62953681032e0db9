"""``ew_factuality``: did the event happen, is it announced, speculated or denied?

Reads ``doc._.ew_triggers``; writes ``doc._.ew_factuality: dict[int, Factuality]`` keyed by the
trigger's head token index (one entry per trigger).

The status comes from cues on the trigger's head and on its governors up the dependency tree
(see docs/factuality.md): negation, modal auxiliaries, conditional conjunctions, event-noun
modifiers, and governing words of known classes (plan verbs, speculation verbs, denial verbs,
speculation nouns, analyst subjects: ``factuality_governors.py``). When several cues apply, the
strongest wins: negated > possible > planned > occurred. The hedge is the nearest evidential cue
(``factuality_hedges.py``). A phrase trigger of a material act is judged at the verb inside it
("said the troops would withdraw"), one of an act about another act at its head ("threatened to
attack"). All cue words are data in ``eventwire/data/factuality.yaml``.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.pipeline.declines import ACT_CUES_KEY
from eventwire.pipeline.factuality_cancelled import cancelling_conjunct
from eventwire.pipeline.factuality_clauses import ClauseCues
from eventwire.pipeline.factuality_evaluations import judging_predicate
from eventwire.pipeline.factuality_governors import GovernorCues
from eventwire.pipeline.factuality_hedges import (
    PARTICIPANT_DEPS,
    Cue,
    hedge_cues,
    lexical_hedges,
    passes_hedge,
)
from eventwire.pipeline.factuality_lexicon import (
    FactualityLexicon,
    known_lemma,
    load_lexicon,
    verb_key,
)
from eventwire.pipeline.factuality_references import ReferenceRules
from eventwire.pipeline.factuality_scope import (
    as_open,
    denies_need,
    is_earlier_gerund,
    is_ongoing,
    presupposed_question,
    takes_part,
    without_denial,
)
from eventwire.pipeline.factuality_topic import cue_nouns, ends_at_topic, is_presupposed
from eventwire.pipeline.factuality_tree import (
    SUBJECT_DEPS,
    Step,
    clausal_descendant,
    continues_over_infinitive,
    ending_position,
    governors,
    is_copular_judgement,
    occurrence_predicate,
    presupposed_past,
    sentence_is_question,
    start_time,
)
from eventwire.pipeline.genericity import is_simple_present
from eventwire.pipeline.mentions import Factuality, TriggerMatch
from eventwire.pipeline.role_lexicon import load_lexicon as load_role_lexicon

if not Doc.has_extension("ew_factuality"):
    Doc.set_extension("ew_factuality", default=None)
if not Doc.has_extension("ew_triggers"):
    Doc.set_extension("ew_triggers", default=None)

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
PRECEDENCE: tuple[str, ...] = ("negated", "possible", "planned")
OCCURRED = "occurred"
# The trigger's ``extra`` key naming the token the status was judged at, when not its head.
JUDGED_KEY = "judged"

# A coordinated verb with an auxiliary of its own, not the first verb's, is its own predication:
# it does not inherit the first verb's negation or modal ("does not seem moved and has vowed to
# continue"); a repeated auxiliary repeats the first verb's ("would begin and would create").
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# Words of a verb's own mood and polarity: its auxiliaries and negation.
VERB_WORD_DEPS = frozenset({"aux", "auxpass", "neg"})
# Tensed verb forms: a conjunct in one of them is a clause of its own after a base form.
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def auxiliaries(verb: Token) -> frozenset[str]:
    """The auxiliary words of ``verb`` ("has", "would"); an infinitive's "to" has no tense or
    mood of its own and is left out."""
    return frozenset(c.lower_ for c in verb.children
                     if c.dep_ in AUXILIARY_DEPS and c.tag_ != "TO")


class FactualityRules:
    """The decision rules over one lexicon (built once per component)."""

    def __init__(self, lexicon: FactualityLexicon) -> None:
        self.lex = lexicon
        self.known = lexicon.verbs
        self.roles = load_role_lexicon()  # the verbs that carry an event noun
        self.governors = GovernorCues(lexicon)
        self.references = ReferenceRules(lexicon)
        self.clauses = ClauseCues(lexicon)

    def key(self, token: Token) -> str:
        """``verb_key`` with lemmatizer slips corrected towards the lexicon's verbs."""
        return verb_key(token, self.known)

    def lemma(self, token: Token) -> str:
        return known_lemma(token, self.known)

    def decide(self, head: Token, topic: bool = True, ignored: frozenset[int] = frozenset(),
               phrase_head: int | None = None) -> Factuality:
        """``topic``: ``head`` is the event's own word, which may be a known event named as the
        topic of another act (not the object noun a phrase trigger is judged at). ``ignored``:
        tokens whose cues are part of the act itself (the "not" of "did not comment", CAMEO
        011), not about whether it happened. ``phrase_head``: the head of the trigger phrase
        ``head`` is judged in, whose own cues are the event's ("will not **admit** refugees",
        though "admit" alone is a verb of saying)."""
        statuses, hedges = self.collect(head, topic, phrase_head)
        statuses = [cue for cue in statuses if cue.token.i not in ignored]
        hedge = hedges[0] if hedges else None
        for status in PRECEDENCE:
            found = next((cue for cue in statuses if cue.value == status), None)
            if found is not None:
                return _factuality(status, found.token, hedge)
        if hedge is not None:
            return _factuality(OCCURRED, hedge.token, hedge)
        return Factuality(status=OCCURRED)

    def collect(self, head: Token, topic: bool = True, phrase_head: int | None = None
                ) -> tuple[list[Cue], list[Cue]]:
        """Status and hedge cues, nearest first. Past the clause of a speech verb, a negation
        or refusal above it is of the saying, not of the event ("refused to say whether Iran
        was behind the attack": the attack stays open)."""
        statuses = self._own_clause_cues(head)
        hedges = hedge_cues(head, self.lex)
        ended, topic_ended, reported, subject = False, False, False, False
        concurrent, scheduled = False, False
        detached = False
        joined: int | None = None  # where the cues above a taking part begin
        for step in governors(head):
            if detached and step.via == "xcomp":
                continue  # the plan over an infinitive the event's verb is conjoined to
            detached = continues_over_infinitive(step)
            if presupposed_question(step, self.lex):
                ended = True  # "did not explain why the police fired": the firing is given
                break
            if joined is None and (takes_part(step, self.lex)
                                   or is_earlier_gerund(step, self.lex)):
                joined = len(statuses)  # "did not attend the summit": the summit is held
            later = self._later_time(step)
            if later is not None:  # "will stay until the talks end": not yet
                statuses.append(later)
                break
            if step.adjunct is not None:  # "since the army attacked": a time of its own
                if step.adjunct.lower_ not in self.lex.concurrent_marks or \
                        not is_simple_present(step.child):
                    break
                concurrent = True  # "as he begins a tour": only the main clause's future
            if concurrent:
                statuses += [c for c in self._step_cues(step, head) if c.value == "planned"]
                continue
            if topic_ended:  # a known event's source still qualifies it ("claimed
                hedges += lexical_hedges(step, self.lex)  # responsibility for the attack")
                continue
            reference = None if step.governor.i == phrase_head else \
                self.references.reference(step, head, topic)
            if reference is not None:  # "will respond to the accusations": made already
                statuses += [reference.cue] if reference.cue is not None else []
                ended = topic_ended = True
                continue
            if self._ends_act(step):
                ended = True  # the ending is another event: what governs it is about it
                break
            if topic and step.child.i == head.i and is_ongoing(head, self.lex):
                hedges += lexical_hedges(step, self.lex)  # "the ongoing investigation"
                ended = topic_ended = True
                continue
            if (topic and ends_at_topic(head, step, self.lex, self.roles)) or \
                    self._is_given_intent(step, head):
                # "denied the attack" still denies it; "asked about the attack" asks nothing
                if not self._about_topic(step):
                    statuses += _unless_reported(self.governors.lexical_cues(step, head),
                                                 reported)
                hedges += lexical_hedges(step, self.lex)
                ended = topic_ended = True
                continue
            if step.governor.i == phrase_head:  # the phrase's own verb: its cues are the event's
                statuses += self.clauses.clause_cues(step.governor) \
                    + self.governors.lexical_cues(step, head)
            else:
                cues = _unless_reported(self._step_cues(step, head), reported or subject)
                statuses += _opened(cues) if scheduled else cues
            subject = subject or self._is_event_subject(step)
            scheduled = scheduled or self.governors.schedules(step)
            if passes_hedge(step, self.lex):
                hedges += hedge_cues(step.governor, self.lex)
            hedges += lexical_hedges(step, self.lex)
            reported = reported or (
                step.via == "ccomp" and self.lemma(step.governor) in self.lex.speech_verbs)
        if joined is not None:  # a negation above a taking part is the taking part's
            statuses = statuses[:joined] + without_denial(statuses[joined:])
        if sentence_is_question(head) and not ended and not presupposed_past(head):
            statuses.append(Cue("possible", head.sent[-1]))
        judge = judging_predicate(head, self.lex)  # "attacking them is in our interest"
        if judge is not None:
            statuses.append(Cue("possible", judge))
        opener = self._announced_start(head)
        if opener is not None:
            statuses.append(Cue("planned", opener))
        cancelled = cancelling_conjunct(head, self.lex)
        if cancelled is not None:  # "was expected to visit but cancelled the trip"
            statuses.insert(0, Cue("negated", cancelled))
        return statuses, hedges

    def _later_time(self, step: Step) -> Cue | None:
        """An act after the time of its main clause ("until", "before": `open_time_marks`)
        that the main clause puts ahead: under a modal ("will stay on **before** stepping
        down": planned; under a negated one a condition, "ties would not improve **until**
        Moscow withdrew its support": possible) or, told in the present for a time to come,
        after any other main clause ("called off its plan **until** the chiefs meet":
        planned). An act told in the past
        after a past main clause has its own status ("spoke **before** the judge issued the
        sentence")."""
        word = step.adjunct or step.prep
        if word is None or word.lower_ not in self.lex.open_time_marks:
            return None
        if step.prep is not None and step.child.tag_ != "VBG":
            return None  # "before the summit": a noun has its own time words
        modal = next((c for c in step.governor.children
                      if c.dep_ == "aux" and c.tag_ == "MD"), None)
        if modal is not None and any(c.dep_ == "neg" for c in step.governor.children):
            return Cue("possible", word)  # "will not improve until": a condition
        if modal is not None:
            status = self.clauses.modal_status(step.governor, modal) or "possible"
            return Cue("planned" if status == "planned" else "possible", word)
        if step.adjunct is not None and is_simple_present(step.child):
            return Cue("planned", word)
        return None

    def _is_given_intent(self, step: Step, head: Token) -> bool:
        """A known plan, threat or refusal above the event ("split over **its decision** to
        back the plans", "did not explain **his plan** to withdraw"): the noun, definite or
        possessed, is taken as given and gave the event its status; the clause above names it
        as a topic, and its negation is not the event's."""
        child = step.child
        return (child.i != head.i and child.lemma_.lower() in cue_nouns(self.lex)
                and ends_at_topic(child, step, self.lex, self.roles))

    def _about_topic(self, step: Step) -> bool:
        return step.prep is not None and step.prep.lower_ in self.lex.topic_preps

    def _own_clause_cues(self, head: Token) -> list[Cue]:
        """The event word's own clause cues. A condition clause on a verb that commits to or
        threatens an act is the condition of that act, not of the commitment ("vowed to
        attack unless the army withdrew": the vow was made; the attack stays possible)."""
        cues = self.clauses.clause_cues(head)
        if self.lemma(head) not in self.lex.conditional_content_verbs or not any(
            c.dep_ in {"xcomp", "ccomp"} for c in head.children
        ):
            return cues
        return [cue for cue in cues
                if not (cue.token.dep_ == "advcl" and cue.token.head.i == head.i
                        and self.clauses.is_condition_clause(cue.token))]

    def _step_cues(self, step: Step, head: Token) -> list[Cue]:
        """The status cues of one governor of ``head``: its clause's (when they pass down to
        the event, else only its conditions) and its word class's."""
        if self._propagates(step):
            cues = self.clauses.clause_cues(step.governor)
            if step.via == "prep" and step.governor.tag_ == "VBD" and self._is_means(step):
                # "if that is right, she took a risk by agreeing": the condition on a past act
                # is on how it is judged; the means keeps only the verb's own negation
                cues = [c for c in cues if _is_verb_word(c.token, step.governor)]
            if self._judges_its_subject(step) or self._is_event_subject(step):
                # the subject's own "no" stays ("no information to confirm the claims ...")
                cues = [cue for cue in cues
                        if cue.value != "negated" or cue.token.head.i == step.child.i]
                if is_presupposed(step.child, self.lex):  # "the killing was probably illegal"
                    cues = [cue for cue in cues if not self._hedges_predicate(cue, step)]
            if step.via == "xcomp" and self._is_permission(step.governor) or \
                    denies_need(step, self.lex):
                # "were not authorized to discuss": a norm, not a denial; "do not have to
                # wait": the need is denied, the act left open
                cues = as_open(cues)
        else:
            cues = self.clauses.conditional_cues(step.governor)
            if self.references.is_occasion(step):  # "will speak at a meeting": still ahead
                cues += [c for c in self.clauses.clause_cues(step.governor) if c.value == "planned"]
        return cues + self.governors.lexical_cues(step, head)

    def _hedges_predicate(self, cue: Cue, step: Step) -> bool:
        """A possibility adverb on the predicate of a known event ("the killing was
        **probably** illegal", "the raids **likely** violate the truce"): it qualifies what is
        said of the event, which the definite noun takes as given."""
        word = cue.token
        return (cue.value == "possible" and word.dep_ == "advmod"
                and word.head.i == step.governor.i
                and word.lower_ in self.lex.possible_modifiers)

    def _is_permission(self, word: Token) -> bool:
        return word.lower_ in self.lex.permission_words or (
            word.lemma_.lower() in self.lex.permission_words)

    def _judges_its_subject(self, step: Step) -> bool:
        """A copula that says what the event was ("his attack was not a stunt", "the ban was
        not popular"): its negation denies the judgement, not the event, unless the predicate
        is about the event's truth ("the attack was not real")."""
        gov = step.governor
        if step.via != "nsubj" or not is_copular_judgement(gov):
            return False
        predicates = [c for c in gov.children if c.dep_ in {"attr", "acomp"}]
        return not any(self.lemma(c) in self.lex.truth_predicates for c in predicates)

    def _is_event_subject(self, step: Step) -> bool:
        """An event noun that is the active subject of a verb that does not say whether it
        happens ("the attack did not kill anyone", "the talks did not produce a deal"; not
        "the visit did not take place", judged at that verb): the verb's negation, and any
        negation above it ("denied that the raid killed civilians"), is about what the event
        did, not whether it happened."""
        gov = step.governor
        return (step.via == "nsubj" and step.child.pos_ in NOMINAL_POS
                and gov.pos_ in {"VERB", "AUX"} and gov.lemma_.lower() != "be")

    def _ends_act(self, step: Step) -> bool:
        """The event is the act an ending word ends ("suspended its air strikes", "a halt to
        the raids"): it was under way before it was ended."""
        gov, lex = step.governor, self.lex
        if not ending_position(step, lex.ending_preps):
            return False
        if gov.pos_ in {"NOUN", "PROPN"}:
            return gov.lemma_.lower() in lex.ending_nouns
        return self.key(gov) in lex.ending_verbs

    def _announced_start(self, head: Token) -> Token | None:
        """A measure announced with a start time ("announced a ban on rallies **from**
        Friday", "declared a curfew **starting** at midnight"): the opener of the time."""
        verb, lex = head.head, self.lex
        if head.dep_ not in {"dobj", "nsubjpass", "ccomp"} or verb.i == head.i:
            return None
        if self.key(verb) not in lex.announcing_verbs:
            return None
        where = (head, verb)
        found = (start_time(t, lex.start_time_words, lex.end_time_words, lex.start_times)
                 for t in where)
        return next((t for t in found if t is not None), None)

    def _propagates(self, step: Step) -> bool:
        """Whether the governor's clause cues pass down to the event. A conjunct with a
        subject, an auxiliary or a tense of its own is a clause of its own: a finite verb
        joined to a base form ("Hide caption ... supporters **burn** flags", where the parser
        takes a page's "Hide" for an imperative) takes no imperative from it."""
        gov, key = step.governor, self.key(step.governor)
        if step.via == "prep":
            return self._is_state_phrase(step) or self._is_trip_purpose(step) \
                or self._is_means(step)
        if step.via not in PARTICIPANT_DEPS:
            return False
        if step.via != "conj":  # a verb of saying or denying keeps its cues from its content,
            # not from its conjunct, which shares them ("would not confirm or deny the report")
            return key not in self.lex.non_propagating_verbs or self._is_planned_object(step, key)
        own_clause = bool(any(c.dep_ in SUBJECT_DEPS for c in step.child.children)
                          or auxiliaries(step.child) - auxiliaries(gov)) \
            or (gov.tag_ == "VB" and step.child.tag_ in TENSED_TAGS)
        contrast = any(
            c.dep_ == "cc" and c.lower_ in self.lex.contrast_conjunctions for c in gov.children
        )
        return not own_clause and not contrast

    def _is_state_phrase(self, step: Step) -> bool:
        """A bare state noun after a verb of being ("may be in talks", "is not at war"): the
        verb's negation and modals are the state's."""
        prep, lex = step.prep, self.lex
        return (prep is not None and prep.lower_ in lex.state_preps
                and self.lemma(step.governor) in lex.state_verbs
                and not any(c.dep_ in {"det", "poss"} for c in step.child.children))

    def _is_trip_purpose(self, step: Step) -> bool:
        """What a trip is for ("will travel to Beijing for talks"): the trip's tense, modals
        and negation are the purpose's."""
        prep, lex = step.prep, self.lex
        return (prep is not None and prep.lower_ in lex.planned_purpose_preps
                and self.lemma(step.governor) in lex.trip_verbs)

    def _is_means(self, step: Step) -> bool:
        """The act by which the verb's act is done ("will retaliate **by** imposing sanctions",
        "will respond **with** sanctions"): the verb's tense, modals and negation are its."""
        prep, lex, child, gov = step.prep, self.lex, step.child, step.governor
        if prep is None or gov.pos_ != "VERB" or prep.i < gov.i:
            return False  # fronted: "by pledging a cut, the party will win" (pledged already)
        if any(c.dep_ == "aux" and c.lemma_.lower() in lex.perfect_auxiliaries
               for c in gov.children):
            return False  # "may have lied by telling Congress": a judgement of a past act
        if prep.lower_ in lex.means_gerund_preps:
            return child.tag_ == "VBG"
        return (prep.lower_ in lex.means_noun_preps and child.pos_ == "NOUN"
                and self.lemma(step.governor) in lex.means_verbs
                and not is_presupposed(child, lex))

    def _is_planned_object(self, step: Step, key: str) -> bool:
        """"might call an election": the event is what the verb arranges, so the verb's own
        modals and negation are the event's."""
        return key in self.lex.planned_object_verbs and step.via in {"dobj", "nsubjpass"}


def _unless_reported(cues: list[Cue], reported: bool) -> list[Cue]:
    """``cues`` less the negations when they are of a speech act above the event."""
    return [c for c in cues if c.value != "negated"] if reported else cues


def _is_verb_word(word: Token, verb: Token) -> bool:
    """An auxiliary or negation of ``verb`` itself (not a condition clause on it)."""
    return word.head.i == verb.i and word.dep_ in VERB_WORD_DEPS


def _opened(cues: list[Cue]) -> list[Cue]:
    """``cues`` above a scheduling noun, whose negation denies the scheduling, not the event
    ("have not set a date for talks": the talks are still open, possible)."""
    return [Cue("possible", c.token) if c.value == "negated" else c for c in cues]


def _factuality(status: str, cue: Token, hedge: Cue | None) -> Factuality:
    return Factuality(
        status=status,
        hedge=hedge.value if hedge is not None else None,
        cue_start=cue.i,
        cue_end=cue.i + 1,
        cue=cue.text,
    )


class FactualityComponent:
    """The ``ew_factuality`` pipeline component."""

    def __init__(self, lexicon: FactualityLexicon) -> None:
        self.rules = FactualityRules(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        triggers: list[TriggerMatch] = doc._.ew_triggers or []
        found: dict[int, Factuality] = {}
        for trigger in triggers:
            judged = judged_token(doc, trigger, self.rules.lex)
            if judged.i != trigger.head:
                trigger.extra[JUDGED_KEY] = judged.i  # the event record names the word
            ignored = frozenset(trigger.extra.get(ACT_CUES_KEY, ()))
            found[trigger.head] = self.rules.decide(
                judged, topic=judged.i == trigger.head, ignored=ignored, phrase_head=trigger.head)
            cue = self._attempt_cue(trigger, found[trigger.head], doc)
            if cue is not None:
                found[trigger.head] = self.rules.decide(
                    judged, topic=judged.i == trigger.head, ignored=ignored | {cue},
                    phrase_head=trigger.head)
        doc._.ew_factuality = found
        return doc

    def _attempt_cue(self, trigger: TriggerMatch, found: Factuality, doc: Doc) -> int | None:
        """The verb of trying that made an act of force possible, which is no cue of its
        status: an attempted act of force is the assault made ("tried to storm the base"), and
        an attempt to negotiate or mediate is the talks held ("tried to mediate")."""
        lex = self.rules.lex
        cue = found.cue_start
        if cue is None or found.status != "possible" or (
                trigger.code[:2] not in lex.attempt_kept_roots
                and doc[trigger.head].lemma_.lower() not in lex.attempt_kept_verbs):
            return None
        return cue if doc[cue].lemma_.lower() in lex.attempt_verbs else None

    def judge_word(self, token: Token) -> Factuality:
        """The status and hedge of any word read as an event word, coded or not (an event noun
        that is the subject of a verb saying it happens is judged at that verb). This is the
        component on its own, as factuality is scored when the event mention is given."""
        predicate = occurrence_predicate(token, self.rules.lex.occurrence_predicates)
        return self.rules.decide(predicate if predicate is not None else token)


def judged_token(doc: Doc, trigger: TriggerMatch, lex: FactualityLexicon) -> Token:
    """The word whose status is the event's: the trigger's head, except for a phrase whose code
    is a material act ("said the troops would **withdraw**": a withdrawal, judged at
    "withdraw") rather than an act about another act ("threatened to attack" is a threat,
    judged at "threatened"). Then it is the deepest verb of the phrase under the head, else the
    head's object noun in the phrase ("called a general **strike**"); the phrase of an ending
    verb ("**halted** the raids") is judged at the verb. An event noun that is
    the subject of a verb saying it happens or starts is judged at that verb ("the visit did
    not **take** place"), whatever its code."""
    head = doc[trigger.head]
    predicate = occurrence_predicate(head, lex.occurrence_predicates)
    if predicate is not None:
        return predicate
    if trigger.code[:2] in lex.act_about_act_roots or verb_key(head, lex.verbs) in lex.ending_verbs:
        return head  # an ending's phrase ("halt the raids") is the ending, not the ended act
    phrase = [doc[i] for i in range(trigger.start, trigger.end) if i != head.i]
    verbs = [t for t in phrase if t.pos_ == "VERB" and clausal_descendant(t, head)]
    if verbs:
        return verbs[-1]
    objects = [t for t in phrase if t.head.i == head.i and t.dep_ == "dobj" and t.pos_ == "NOUN"]
    return objects[-1] if objects else head


@Language.factory(
    "ew_factuality",
    assigns=["doc._.ew_factuality"],
    requires=["doc._.ew_triggers", "token.dep", "token.lemma"],
    default_config={"data_path": None},
)
def make_factuality(nlp: Language, name: str, data_path: str | None) -> FactualityComponent:
    """Build the component; ``data_path`` overrides the bundled ``factuality.yaml``."""
    return FactualityComponent(load_lexicon(Path(data_path) if data_path else None))
