"""Cues from the word class of a governor of the event word (part of ``ew_factuality``).

How an event hangs from a verb, noun or adjective of a known class decides its status: a plan
verb arranges it ("plans to **attack**", planned), a speculation verb or noun entertains it
("fears of an **attack**", possible), a denial verb denies it ("denied **attacking**", negated),
"be to" arranges it ("is to **visit**"), an adjective judging an infinitive says nothing of its
happening ("it is easy to **criticise**", possible), a purpose infinitive names an aim
("massed to **attack**", possible). The word classes are data in ``eventwire/data/factuality.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.factuality_hedges import Cue
from eventwire.pipeline.factuality_lexicon import FactualityLexicon, known_lemma, verb_key
from eventwire.pipeline.factuality_tree import (
    SUBJECT_DEPS,
    Step,
    has_subject,
    is_infinitive,
    is_past_assertion,
)

# Verb forms that can host a purpose infinitive (a finite or participle act, not a bare
# headline word the tagger took for a verb).
PURPOSE_HOST_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG"})
# Relations of an event noun that is the aim of a purpose verb ("to launch an attack").
PURPOSE_OBJECT_DEPS = frozenset({"dobj", "xcomp"})
# What an anticipatory "it" subject of "be" is judged to be ("it is a mistake", "it is in our
# interest") before the infinitive it stands for.
EXTRAPOSED_PREDICATE_DEPS = frozenset({"attr", "prep"})
# The conjunction of an infinitive with a subject of its own: "for the army to attack".
FOR_SUBJECT_MARK = "for"
# Tags of a verb told in the past: a clause so told states a fact.
FACT_TAGS = frozenset({"VBD"})
# Relations to a governor whose word class decides (plan verb, denial verb, speculation noun).
LEXICAL_DEPS = frozenset({
    "ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "prep", "acl", "advcl", "compound", "attr",
    "conj",
})


class GovernorCues:
    """The word-class rules over one lexicon (built once per component)."""

    def __init__(self, lexicon: FactualityLexicon) -> None:
        self.lex = lexicon
        self.known = lexicon.verbs

    def key(self, token: Token) -> str:
        """``verb_key`` with lemmatizer slips corrected towards the lexicon's verbs."""
        return verb_key(token, self.known)

    def lemma(self, token: Token) -> str:
        return known_lemma(token, self.known)

    def lexical_cues(self, step: Step, trigger: Token) -> list[Cue]:
        """Cues from the governor's word class, given how the event hangs from it; ``trigger``
        is the word whose cues are being collected."""
        if step.prep is not None and step.prep.lower_ in self.lex.negating_preps:
            return [Cue("negated", step.prep)]
        if step.via not in LEXICAL_DEPS:
            return []
        gov = step.governor
        if gov.pos_ in {"NOUN", "PROPN"} and step.via not in {"xcomp", "ccomp"}:
            return self._noun_cues(step)
        status = self._verb_status(step, trigger)
        return [Cue(status, gov)] if status is not None else []

    def _noun_cues(self, step: Step) -> list[Cue]:
        lemma = step.governor.lemma_.lower()
        if step.via not in {"prep", "acl", "compound"}:
            return []
        known = lemma in self.lex.possible_nouns or lemma in self.lex.planned_nouns
        if known and self._is_negated_noun(step.governor):
            return [Cue("negated", step.governor)]
        if lemma in self.lex.negating_nouns:
            return [Cue("negated", step.governor)]
        if lemma in self.lex.postponing_nouns:
            return [Cue("planned", step.governor)]
        if lemma in self.lex.possible_nouns:
            return [Cue("possible", step.governor)]
        if lemma in self.lex.planned_nouns:
            return [Cue("planned", step.governor)]
        if self.schedules(step):
            return [Cue("planned", step.governor)]  # "set a date for talks"
        if lemma in self.lex.aim_nouns and step.via != "compound":
            return [Cue("possible", step.governor)]  # "in a bid to repatriate"
        return []

    def schedules(self, step: Step) -> bool:
        """The event is what a scheduling noun times: its "for" object ("a timetable **for**
        the withdrawal"), not "the date **of** the attack"."""
        return (step.via == "prep" and step.prep is not None
                and step.governor.lemma_.lower() in self.lex.scheduling_nouns
                and step.prep.lower_ in self.lex.scheduling_preps)

    def _noun_before_infinitive(self, step: Step) -> Token | None:
        """The plan or threat noun an infinitive follows when the parser hung the infinitive
        on the verb ("uncovered a plot | to murder the mayor", advcl): it is the noun's
        complement."""
        child = step.child
        if step.via != "advcl" or not is_infinitive(child) or child.left_edge.i < 1:
            return None
        before = child.doc[child.left_edge.i - 1]
        lemma = before.lemma_.lower()
        known = lemma in self.lex.possible_nouns or lemma in self.lex.planned_nouns
        return before if known and before.head.i == step.governor.i else None

    def _intent_noun_status(self, noun: Token) -> str:
        if self._is_negated_noun(noun):
            return "negated"
        return "possible" if noun.lemma_.lower() in self.lex.possible_nouns else "planned"

    def _is_negated_noun(self, noun: Token) -> bool:
        """"no intention of recognising", "no plans to withdraw": the plan itself is denied."""
        return any(
            c.dep_ in {"det", "neg"} and c.lower_ in self.lex.negation_words
            for c in noun.children
        )

    def _verb_status(self, step: Step, trigger: Token) -> str | None:
        gov, via, lex = step.governor, step.via, self.lex
        key = self.key(gov)
        negated = any(c.dep_ == "neg" or c.lower_ in lex.negation_words for c in gov.children)
        if key in lex.negating_verbs and via in {"ccomp", "dobj", "nsubjpass", "xcomp"} or (
                key in lex.negating_verbs and self._negating_prep(step)):
            return "possible" if negated else "negated"
        if key in lex.negating_xcomp_verbs and via == "xcomp":
            return "possible" if negated else "negated"
        if key in lex.postponing_verbs and via in {"dobj", "nsubjpass"}:
            return "planned"
        if via == "dobj" and any(c.dep_ == "oprd" for c in gov.children):
            return None  # naming its object: "called the raid an outrage"
        forecast = self._forecast_status(step) if key in lex.forecast_verbs else None
        if forecast == "possible" and self._expects_own_meeting(step):
            forecast = "planned"
        if forecast is not None:
            return forecast
        if key in lex.wish_verbs and is_infinitive(step.child) and has_subject(step.child):
            return "possible"
        noun = self._noun_before_infinitive(step)
        if noun is not None:
            return self._intent_noun_status(noun)
        if key in lex.attempt_verbs and via == "xcomp":
            return "possible"  # "tried to ban the party": attempted, not reported done
        if via == "xcomp" or (via == "advcl" and is_infinitive(step.child)):
            status = self._infinitive_status(gov, key)
            if status is not None or via == "xcomp":
                return status
            return self._purpose_status(step, trigger)
        if via in SUBJECT_DEPS and self._raises_subject(gov, via, key):
            return self._raising_status(gov, key)
        if key in lex.planned_object_verbs and self._plans_object(step):
            return "planned"
        if self._is_purpose(step, key):
            return "planned"
        if key in lex.possible_verbs and (via in {"ccomp", "dobj", "nsubjpass"}
                                          or self._takes_content(step)):
            return None if self._offers_expression(step, key) else "possible"
        if via == "ccomp" and self._is_analyst_opinion(gov, step.child):
            return "possible"
        if via == "ccomp" and self._is_mandate(gov, step.child):
            return "possible"
        return None

    def _negating_prep(self, step: Step) -> bool:
        """"prevented the crowd **from** storming": the preposition that takes the prevented
        act (not an adjunct: "called off the strike **after** talks")."""
        return (step.via == "prep" and step.prep is not None
                and step.prep.lower_ in self.lex.negating_verb_preps)

    def _takes_content(self, step: Step) -> bool:
        """The preposition by which a speculation verb takes what it speculates on ("warned
        **of** an attack", "called **for** talks"), not an adjunct of the act itself ("warned
        **at** a conference", "proposed a truce **in** a phone call": the conference and the
        call took place)."""
        return (step.via == "prep" and step.prep is not None
                and step.prep.lower_ in self.lex.possible_verb_preps)

    def _offers_expression(self, step: Step, key: str) -> bool:
        """"offered condolences": offering an expression of an attitude performs it."""
        return (step.via == "dobj" and key in self.lex.offering_verbs
                and step.child.lemma_.lower() in self.lex.expressive_nouns)

    @staticmethod
    def _forecast_status(step: Step) -> str | None:
        """Expecting someone else's act is a forecast ("analysts expect an offensive", "Kyiv
        expects Russia to attack"); an expected passive subject is arranged ("talks are
        expected next week"). The verb's own infinitive is left to the plan verbs."""
        if step.via == "nsubjpass" and not any(c.dep_ == "xcomp" for c in step.governor.children):
            return "planned"
        if step.via in {"dobj", "ccomp"} or (step.via == "xcomp" and has_subject(step.child)):
            return "possible"
        return None

    def _expects_own_meeting(self, step: Step) -> bool:
        """A party expecting a meeting it takes part in expects an arrangement ("Iran expects
        talks with the agency next week"): planned. Analysts' expectations stay forecasts."""
        words = {step.child.lower_, step.child.lemma_.lower()}
        if step.via != "dobj" or not words & self.lex.meeting_nouns:
            return False
        subjects = [c for c in step.governor.children if c.dep_ in SUBJECT_DEPS]
        return bool(subjects) and not any(
            s.lemma_.lower() in self.lex.analyst_nouns for s in subjects)

    def _plans_object(self, step: Step) -> bool:
        """The event is what a plan verb arranges: its object ("called a strike"), passive
        subject ("talks are scheduled") or object of "to"/"for" ("invited to a meeting"); not
        when the verb names its object ("called the attack a crime", see ``_verb_status``)."""
        if step.via in {"dobj", "nsubjpass"}:
            return True
        prep = step.prep.lower_ if step.prep is not None else ""
        return step.via == "prep" and prep in self.lex.planned_object_preps

    def _is_purpose(self, step: Step, key: str) -> bool:
        """The event is the purpose of an expected arrival: "is expected in Beirut **for**
        talks", "is due (acomp) in Moscow for talks"."""
        heads, prep = self.lex.planned_purpose_heads, step.prep
        if step.via != "prep" or prep is None or prep.lower_ not in self.lex.planned_purpose_preps:
            return False
        return key in heads or any(
            c.dep_ == "acomp" and c.lower_ in heads for c in step.governor.children
        )

    def _copula_status(self, gov: Token) -> str | None:
        """"The minister is to visit China": "be to" arranges, unless its subject defines a
        task ("the problem is to find a buyer") or it is an idiom ("is to blame"). An
        infinitive with a subject of its own, which the parser may hang as an adverbial clause,
        is judged the same way ("it would be easy **for** the army to attack": possible)."""
        lex = self.lex
        infinitives = [c for c in gov.children if is_infinitive(c) and (
            c.dep_ == "xcomp" or (c.dep_ == "advcl" and _has_mark(c, FOR_SUBJECT_MARK)))]
        if not infinitives:
            return None
        adjective = next((c for c in gov.children if c.dep_ == "acomp"), None)
        if adjective is not None and not _set_off(adjective, infinitives[0]):
            return self._evaluation_status(adjective)  # "it is hard to blame them"
        if infinitives[0].lemma_.lower() in lex.copula_idioms:
            return None
        if self._extraposed_judgement(gov, infinitives[0]):
            return "possible"
        subjects = {c.lemma_.lower() for c in gov.children if c.dep_ in SUBJECT_DEPS}
        if subjects & lex.planned_nouns:
            return "planned"
        return None if subjects & lex.definitional_subjects else "planned"

    def _extraposed_judgement(self, gov: Token, infinitive: Token) -> bool:
        """"It is a **mistake** to sanction the bank", "it is **in** our interest to
        negotiate": an anticipatory subject and a predicate noun or phrase before the
        infinitive, which judge the act rather than arrange it."""
        if not any(c.dep_ == "nsubj" and c.lower_ in self.lex.extraposition_subjects
                   for c in gov.children):
            return False
        return any(c.dep_ in EXTRAPOSED_PREDICATE_DEPS and c.i < infinitive.i
                   and not _set_off(c.right_edge, infinitive) for c in gov.children)

    def _is_mandate(self, gov: Token, clause: Token) -> bool:
        """"It is **important** that the army withdraw", "it is vital that we meet": the
        clause of an adjective of need or urgency after an anticipatory subject says what
        should be done, not what was (possible). A clause told in the past or the perfect, or
        under a modal other than "should", states a fact ("it is important that they met")."""
        lex = self.lex
        if gov.lemma_.lower() not in lex.planned_copulas or not any(
                c.dep_ == "nsubj" and c.lower_ in lex.extraposition_subjects
                for c in gov.children):
            return False
        if not any(c.dep_ == "acomp" and c.lemma_.lower() in lex.mandative_adjectives
                   for c in gov.children):
            return False
        auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        return clause.tag_ not in FACT_TAGS and not any(
            a.tag_ in FACT_TAGS or a.lemma_.lower() in lex.perfect_auxiliaries
            or (a.tag_ == "MD" and a.lower_ not in lex.deontic_modals) for a in auxes)

    def _evaluation_status(self, adjective: Token) -> str | None:
        """"It is **easy** to criticise", "it was **imperative** to withdraw": no "be to" but an
        adjective judging the act, which says nothing of its happening (possible); "is due
        to" keeps its class (planned), and "was **wrong** to dismiss" says it was done."""
        key = adjective.lemma_.lower()
        if key in self.lex.factive_adjectives:
            return None
        return "planned" if key in self.lex.planned_xcomp_adjectives else "possible"

    def _infinitive_status(self, gov: Token, key: str) -> str | None:
        lex = self.lex
        if any(c.dep_ == "advmod" and c.lower_ in lex.negating_adverbs for c in gov.children):
            return "negated"
        if key in lex.planned_copulas:
            return self._copula_status(gov)
        if gov.pos_ == "ADJ":
            if key in lex.planned_xcomp_adjectives:
                return "planned"
            return "possible" if key in lex.possible_xcomp_adjectives else None
        if key in lex.progressive_plan_verbs and gov.tag_ != "VBG":
            return None  # "is going to", "were looking to"; not "went to see", "look to be"
        if key in lex.planned_xcomp_verbs:
            return "planned"
        if key in lex.possible_verbs:
            return "possible"
        if self._is_analyst_opinion(gov, None):
            return "possible"
        return None

    def _purpose_status(self, step: Step, trigger: Token) -> str | None:
        """A purpose infinitive of any other verb says what the act was for, not that it
        happened: "troops massed near the border to attack the town" (possible)."""
        gov = step.governor
        if self.key(gov) in self.lex.purpose_kept_verbs or gov.tag_ not in PURPOSE_HOST_TAGS:
            return None  # "Modi to visit Washington": a headline, not a purpose
        # Only the aim itself: the purpose verb or its direct object ("massed to launch an
        # attack"), not an event named as a topic deeper down ("met to discuss issues related
        # to the attack on X": the attack happened).
        own = (trigger.i == step.child.i or (
            trigger.head.i == step.child.i and trigger.dep_ in PURPOSE_OBJECT_DEPS))
        return "possible" if own and gov.i < step.child.i else None

    def _raises_subject(self, gov: Token, via: str, key: str) -> bool:
        """An event subject of "is set to", "is to be held", "has yet to" (an active verb's
        subject is its agent: "the offensive aims to capture" says nothing of the offensive)."""
        if not any(c.dep_ == "xcomp" for c in gov.children):
            return False
        yet = any(c.dep_ == "advmod" and c.lower_ in self.lex.negating_adverbs
                  for c in gov.children)
        return via == "nsubjpass" or key in self.lex.planned_copulas or yet

    def _raising_status(self, gov: Token, key: str) -> str | None:
        """An event noun subject of "is set to", "is expected to", "is yet to" (not "failed to")."""
        if key in self.lex.negating_xcomp_verbs or key in self.lex.possible_verbs:
            return None
        return self._infinitive_status(gov, key)

    def _is_analyst_opinion(self, gov: Token, clause: Token | None) -> bool:
        if self.lemma(gov) not in self.lex.opinion_verbs:
            return False
        subjects = [c for c in gov.children if c.dep_ in SUBJECT_DEPS]
        if not any(s.lemma_.lower() in self.lex.analyst_nouns for s in subjects):
            return False
        return clause is None or not is_past_assertion(clause)


def _has_mark(clause: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in clause.children)


def _set_off(word: Token, infinitive: Token) -> bool:
    """Punctuation stands between ``word`` and the infinitive after it ("consistent with the
    approach: to mobilise partners"): the infinitive is no complement of the word."""
    between = word.doc[word.i + 1:infinitive.left_edge.i]
    return any(t.is_punct for t in between)
