"""The cue word classes of ``ew_factuality`` (``eventwire/data/factuality.yaml``) and the verb
keys they are matched with (lemma, phrasal particle, lemmatizer slips corrected)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.trigger_words import regular_bases

DATA_FILE = "factuality.yaml"

HedgeName = Literal["alleged", "reported", "claimed"]


class FactualityLexicon(BaseModel):
    """The cue word classes of ``factuality.yaml`` (see the comments in the file)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    planned_modals: frozenset[Word]
    possible_modals: frozenset[Word]
    future_in_past_modals: frozenset[Word]
    commissive_verbs: frozenset[Word]
    planned_xcomp_verbs: frozenset[Word]
    progressive_plan_verbs: frozenset[Word]
    planned_copulas: frozenset[Word]
    definitional_subjects: frozenset[Word]
    copula_idioms: frozenset[Word]
    extraposition_subjects: frozenset[Word]
    truth_predicates: frozenset[Word]
    state_verbs: frozenset[Word]
    state_preps: frozenset[Word]
    trip_verbs: frozenset[Word]
    means_gerund_preps: frozenset[Word]
    means_noun_preps: frozenset[Word]
    means_verbs: frozenset[Word]
    conditional_content_verbs: frozenset[Word]
    planned_purpose_heads: frozenset[Word]
    planned_purpose_preps: frozenset[Word]
    planned_object_verbs: frozenset[Word]
    planned_object_preps: frozenset[Word]
    wish_verbs: frozenset[Word]
    planned_xcomp_adjectives: frozenset[Word]
    possible_xcomp_adjectives: frozenset[Word]
    factive_adjectives: frozenset[Word]
    mandative_adjectives: frozenset[Word]
    possible_verbs: frozenset[Word]
    possible_verb_preps: frozenset[Word]
    offering_verbs: frozenset[Word]
    expressive_nouns: frozenset[Word]
    forecast_verbs: frozenset[Word]
    announcing_verbs: frozenset[Word]
    start_time_words: frozenset[Word]
    end_time_words: frozenset[Word]
    start_time_names: frozenset[Word]
    start_time_nouns: frozenset[Word]
    negating_xcomp_verbs: frozenset[Word]
    negating_verbs: frozenset[Word]
    cancelling_verbs: frozenset[Word]
    postponing_verbs: frozenset[Word]
    ending_verbs: frozenset[Word]
    negation_words: frozenset[Word]
    negating_preps: frozenset[Word]
    negating_adverbs: frozenset[Word]
    conditional_marks: frozenset[Word]
    condition_clause_marks: frozenset[Word]
    inverted_condition_auxes: frozenset[Word]
    habitual_condition_marks: frozenset[Word]
    deontic_modals: frozenset[Word]
    perfect_auxiliaries: frozenset[Word]
    planned_modifiers: frozenset[Word]
    possible_modifiers: frozenset[Word]
    possible_predicate_nouns: frozenset[Word]
    possible_nouns: frozenset[Word]
    aim_nouns: frozenset[Word] = frozenset()
    attempt_verbs: frozenset[Word] = frozenset()
    attempt_kept_roots: frozenset[Word] = frozenset()
    attempt_kept_verbs: frozenset[Word] = frozenset()
    planned_nouns: frozenset[Word]
    scheduling_nouns: frozenset[Word]
    scheduling_preps: frozenset[Word]
    negating_nouns: frozenset[Word]
    postponing_nouns: frozenset[Word]
    ending_nouns: frozenset[Word]
    ending_preps: frozenset[Word]
    future_time_words: frozenset[Word]
    analyst_nouns: frozenset[Word]
    meeting_nouns: frozenset[Word]
    purpose_kept_verbs: frozenset[Word]
    opinion_verbs: frozenset[Word]
    speech_verbs: frozenset[Word]
    hedge_modifiers: dict[Word, HedgeName]
    hedge_verbs: dict[Word, HedgeName]
    hedge_nouns: dict[Word, HedgeName]
    hedge_source_preps: frozenset[Word]
    contrast_conjunctions: frozenset[Word]
    act_about_act_roots: frozenset[Word]
    occurrence_predicates: frozenset[Word]
    definite_determiners: frozenset[Word]
    sharing_verbs: frozenset[Word]
    occasion_preps: frozenset[Word]
    aim_preps: frozenset[Word]
    imminence_modifiers: frozenset[Word]
    negation_focus_adverbs: frozenset[Word]
    alternative_conjunctions: frozenset[Word]
    topic_preps: frozenset[Word]
    question_verbs: frozenset[Word]
    question_marks: frozenset[Word]
    negating_verb_preps: frozenset[Word]
    concurrent_marks: frozenset[Word]
    permission_words: frozenset[Word]
    necessity_verbs: frozenset[Word]
    participation_words: frozenset[Word]
    ongoing_modifiers: frozenset[Word]
    presupposing_wh_words: frozenset[Word]
    open_time_marks: frozenset[Word]
    referring_words: frozenset[Word]
    weighing_words: frozenset[Word]
    said_act_nouns: frozenset[Word]
    unspecific_determiners: frozenset[Word]
    future_occasion_preps: frozenset[Word]
    retrospective_preps: frozenset[Word]
    prospective_words: frozenset[Word]

    @property
    def start_times(self) -> tuple[frozenset[str], frozenset[str]]:
        """The time names (capitalised) and time nouns a start time is made of."""
        return self.start_time_names, self.start_time_nouns

    @property
    def non_propagating_verbs(self) -> frozenset[str]:
        """Governors whose own negation/modals say nothing about their complement."""
        return (self.speech_verbs | self.possible_verbs | self.negating_verbs
                | self.negating_xcomp_verbs | self.opinion_verbs)

    @cached_property
    def verbs(self) -> frozenset[str]:
        """Every verb lemma of the lexicon's verb classes (phrasal verbs by their verb), built
        once per lexicon: the factuality rules ask for it at every trigger."""
        classes = (self.planned_xcomp_verbs, self.planned_object_verbs, self.wish_verbs,
                   self.possible_verbs, self.negating_xcomp_verbs, self.negating_verbs,
                   self.postponing_verbs, self.ending_verbs, self.opinion_verbs, self.speech_verbs,
                   self.commissive_verbs, self.forecast_verbs, self.announcing_verbs,
                   frozenset(self.hedge_verbs))
        return frozenset(word.split("_")[0] for words in classes for word in words)


def load_lexicon(path: Path | None = None) -> FactualityLexicon:
    """Read and validate ``factuality.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, FactualityLexicon, check_duplicates=True)


def verb_key(token: Token, known: frozenset[str] = frozenset()) -> str:
    """The lemma, joined with its particle for phrasal verbs: ``called off`` -> ``call_off``.

    When the lemma is not one of the ``known`` verbs but a regular base of the verb's form is,
    that base is the lemma: it corrects lemmatizer slips ("hoping" -> "hop" read as "hope")."""
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    lemma = known_lemma(token, known)
    return f"{lemma}_{particles[0]}" if particles else lemma


def known_lemma(token: Token, known: frozenset[str]) -> str:
    """The token's lemma, or the regular base of its form among ``known`` words when the
    lemmatizer gave a verb a lemma outside them."""
    lemma = token.lemma_.lower()
    if not known or lemma in known or token.pos_ != "VERB":
        return lemma
    bases = sorted(base for base in regular_bases(token.lower_) if base in known)
    return bases[0] if bases else lemma
