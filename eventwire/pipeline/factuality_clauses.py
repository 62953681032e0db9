"""The status cues on one word's own clause, for :mod:`eventwire.pipeline.factuality`.

The cues a word carries itself, read at the event word and at each governor whose clause passes
its cues down: negation (a negated subject included: "nobody was held"), modal auxiliaries
(planned "will", possible "may", a future in the past "said it would withdraw"), conditions
("if talks fail", the inverted "had the army attacked", a habitual "when" clause in the simple
present), possibility and plan modifiers, future time words, a headline's infinitive, a demand
in the imperative. Under a modal of obligation a negation states a norm ("should not
interfere": possible), and on the perfect it judges a past act ("should not have invaded").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.factuality_hedges import MODIFIER_DEPS, Cue
from eventwire.pipeline.factuality_lexicon import FactualityLexicon, known_lemma
from eventwire.pipeline.factuality_topic import names_imminent_risk
from eventwire.pipeline.factuality_tree import (
    SUBJECT_DEPS,
    headline_infinitive,
    inverted_were,
    inverted_were_patient,
    is_copular_judgement,
    is_imperative,
    is_past_clause,
    passive_infinitive_relative,
)
from eventwire.pipeline.genericity import is_simple_present

NEGATION_DEPS = frozenset({"neg", "det", "advmod", "preconj"})
TIME_DEPS = frozenset({"npadvmod", "poss", "tmod", "advmod"})
# Relations of the "when" opening a clause (the parser gives "mark" or "advmod").
CONDITION_OPENER_DEPS = frozenset({"mark", "advmod"})


class ClauseCues:
    """The clause cue rules over one lexicon (built once per component)."""

    def __init__(self, lexicon: FactualityLexicon) -> None:
        self.lex = lexicon
        self.known = lexicon.verbs

    def lemma(self, token: Token) -> str:
        return known_lemma(token, self.known)

    def clause_cues(self, token: Token) -> list[Cue]:
        """Negation, modals, conditionals, modifiers and future time words on ``token``."""
        cues: list[Cue] = []
        headline = headline_infinitive(token, self.lex.speech_verbs)
        if headline is not None:
            cues.append(Cue("planned", headline))
        relative = passive_infinitive_relative(token)
        if relative is not None:
            cues.append(Cue("planned", relative))  # "the winner, to be announced on Friday"
        auxes = self.lex.inverted_condition_auxes
        were = inverted_were(token, auxes) or inverted_were_patient(token, auxes)
        if were is not None:
            cues.append(Cue("possible", were))  # "were the strike to spread, ..."

        if is_imperative(token, self.lex.speech_verbs):
            cues.append(Cue("possible", token))  # "release the prisoners": a demand
        for child in token.children:
            status = self._child_status(token, child)
            if status is not None:
                cues.append(Cue(status, child))
        return self._conditioned(token, self._normative(token, cues + self._subject_cues(token)))

    def _conditioned(self, token: Token, cues: list[Cue]) -> list[Cue]:
        """In a condition clause a negation states the condition, not that the act did not
        happen ("will withdraw if the rebels do **not** attack", "if the ransom is **not**
        paid": possible, as the clause's act without the negation)."""
        if not any(cue.value == "negated" for cue in cues) or not self.is_condition_clause(token):
            return cues
        return [Cue("possible", cue.token) if cue.value == "negated" else cue for cue in cues]

    def _normative(self, token: Token, cues: list[Cue]) -> list[Cue]:
        """Under a modal of obligation a negation states a norm, not that the act did not
        happen ("should not interfere", the imperative "don't attack": possible); on the
        perfect it judges a past act ("should not have invaded": the invasion occurred, no
        cue)."""
        lex = self.lex
        modal = next((c for c in token.children
                      if c.dep_ == "aux" and c.lower_ in lex.deontic_modals), None)
        if modal is None and token.dep_ == "xcomp" and token.head.lower_ in lex.deontic_modals:
            modal = token.head  # "ought not to interfere"
        if modal is None and is_imperative(token, lex.speech_verbs):
            modal = token
        if modal is None or not any(cue.value == "negated" for cue in cues):
            return cues
        if any(c.dep_ == "aux" and c.lemma_.lower() in lex.perfect_auxiliaries
               for c in token.children):
            return [cue for cue in cues if cue.value != "negated" and cue.token.i != modal.i]
        return [Cue("possible", cue.token) if cue.value == "negated" else cue for cue in cues]

    def _subject_cues(self, token: Token) -> list[Cue]:
        """A negative subject negates its clause: "neither side claimed", "nobody was held"."""
        cues = []
        for subject in (c for c in token.children if c.dep_ in SUBJECT_DEPS):
            if subject.lower_ in self.lex.negation_words:
                cues.append(Cue("negated", subject))
            cues += [
                Cue("negated", c) for c in subject.children
                if c.dep_ in {"det", "neg"} and c.lower_ in self.lex.negation_words
            ]
        return cues

    def _child_status(self, token: Token, child: Token) -> str | None:
        lex, word, dep = self.lex, child.lower_, child.dep_
        if dep in NEGATION_DEPS and word in lex.negation_words:
            return None if self._is_open_negation(child) else "negated"
        if dep in {"aux", "auxpass"} and self._opens_inverted_condition(token, child):
            return "possible"
        if dep == "aux":
            return self.modal_status(token, child)
        if dep == "mark" and word in lex.conditional_marks:
            return "possible"
        if dep == "advcl" and self.is_condition_clause(child):
            return "possible"
        if dep in CONDITION_OPENER_DEPS and word in lex.habitual_condition_marks and \
                self._is_habitual_condition(token):
            return "possible"
        if dep == "advcl" and self._is_habitual_condition(child):
            return "possible"
        if dep in MODIFIER_DEPS and word in lex.possible_modifiers:
            return None if names_imminent_risk(token, child, lex) else "possible"
        if dep == "attr" and child.lemma_.lower() in lex.possible_predicate_nouns:
            return "possible"
        if dep in MODIFIER_DEPS and word in lex.planned_modifiers:
            return "planned"
        if dep in TIME_DEPS and self._is_future_time(child) and not is_past_clause(token):
            return "planned"
        return None

    def _is_open_negation(self, word: Token) -> bool:
        """A negation word that denies nothing: a focus on the extent of the act ("**not**
        only condemned the raid but also recalled its envoy", "did **not** just shell the
        town": both occurred), the other side of an open alternative ("whether or **not**
        Russia attacked": the attack is open; the "whether" makes it possible) or a
        circumstance set off after the act (:meth:`_negates_adjunct`)."""
        doc, lex = word.doc, self.lex
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        before = doc[word.i - 1] if word.i > 0 else None
        return (after is not None and after.lower_ in lex.negation_focus_adverbs) or (
            before is not None and before.lower_ in lex.alternative_conjunctions) or (
            self._negates_adjunct(word, after))

    @staticmethod
    def _negates_adjunct(word: Token, after: Token | None) -> bool:
        """A negation set off after the verb and its comma, right before a prepositional phrase
        of the same verb, denies that circumstance, not the act ("would keep pushing for the
        wall, just **not** as part of this deal", "will meet, though **not** in Geneva")."""
        verb = word.head
        return (after is not None and word.i > verb.i and after.dep_ == "prep"
                and after.head.i == verb.i
                and any(t.is_punct for t in word.doc[verb.i + 1:word.i]))

    def _opens_inverted_condition(self, clause: Token, aux: Token) -> bool:
        """"**Had** the army attacked, ...": an auxiliary before the subject of an adverbial
        clause."""
        return (
            clause.dep_ == "advcl"
            and aux.i == clause.left_edge.i
            and aux.lower_ in self.lex.inverted_condition_auxes
        )

    def is_condition_clause(self, clause: Token) -> bool:
        """"if talks fail", and the inverted "should talks fail", "had the army attacked"."""
        first = clause.left_edge
        inverted = first.head.i == clause.i and self._opens_inverted_condition(clause, first)
        if not inverted and self._is_embedded_question(clause):
            return False
        return inverted or any(
            c.dep_ == "mark" and c.lower_ in self.lex.condition_clause_marks
            for c in clause.children
        )

    def _is_embedded_question(self, clause: Token) -> bool:
        """An "if" clause after a verb of asking is the question it asks ("asked the minister
        **if** she had met the envoy"), not a condition of the asking."""
        verb, lex = clause.head, self.lex
        return (clause.i > verb.i and self.lemma(verb) in lex.question_verbs
                and any(c.dep_ == "mark" and c.lower_ in lex.question_marks
                        for c in clause.children))

    def _is_habitual_condition(self, clause: Token) -> bool:
        """"**When** people attack our soldiers, we respond": a "when" clause and its main
        clause both in the simple present state a rule, not a time."""
        return (
            clause.dep_ == "advcl"
            and any(c.dep_ in CONDITION_OPENER_DEPS
                    and c.lower_ in self.lex.habitual_condition_marks
                    for c in clause.children)
            and is_simple_present(clause)
            and is_simple_present(clause.head)
        )

    def modal_status(self, token: Token, aux: Token) -> str | None:
        word, lemma = aux.lower_, aux.lemma_.lower()
        if word in self.lex.planned_modals or lemma in self.lex.planned_modals:
            return "planned"
        if word not in self.lex.possible_modals:
            return None
        if (
            word in self.lex.future_in_past_modals
            and self._under_past_speech(token)
            and not is_copular_judgement(token)
        ):
            return "planned"
        return "possible"

    def _under_past_speech(self, token: Token) -> bool:
        """A clause reported or promised in the past: "said/promised it would withdraw"."""
        gov = token.head
        return (
            token.dep_ == "ccomp"
            and self.lemma(gov) in self.lex.speech_verbs | self.lex.commissive_verbs
            and "Past" in gov.morph.get("Tense", [])
        )

    def _is_future_time(self, token: Token) -> bool:
        words = self.lex.future_time_words
        if token.lower_ in words:
            return True
        return any(c.lower_ in words for c in token.children if c.dep_ in {"amod", "nmod"})

    def conditional_cues(self, token: Token) -> list[Cue]:
        return [
            Cue("possible", c)
            for c in token.children
            if c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks
        ]


__all__ = ["ClauseCues"]
