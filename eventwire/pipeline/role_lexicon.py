"""The word classes of ``roles.yaml`` that ``ew_roles`` reads (support verbs, pronouns,
stative participles, domestic sectors)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from eventwire.datafiles import DataMeta, Word, read_yaml_model

DATA_FILE = "roles.yaml"


class RoleLexicon(BaseModel):
    """The verb classes of ``roles.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    support_verbs: frozenset[Word]
    participation_verbs: frozenset[Word]
    participation_preps: frozenset[Word]
    commitment_verbs: frozenset[Word]
    commitment_preps: frozenset[Word]
    commitment_roots: frozenset[str]
    trip_verbs: frozenset[Word]
    trip_preps: frozenset[Word]
    trip_roots: frozenset[str]
    occasion_preps: frozenset[Word] = frozenset()
    occasion_partner_preps: frozenset[Word] = frozenset()
    occasion_roots: frozenset[str] = frozenset()
    harm_verbs: frozenset[Word]
    placement_verbs: dict[Word, frozenset[Word]]
    personal_pronouns: frozenset[Word]
    first_person_pronouns: frozenset[Word] = frozenset()
    person_kinds: frozenset[Word]
    pronoun_window: int = Field(ge=0, le=5)
    singular_group_pronouns: frozenset[Word]
    extraposition_predicates: frozenset[Word]
    extraposition_verbs: dict[Word, frozenset[str]]
    plural_group_pronouns: frozenset[Word]
    group_kinds: frozenset[Word]
    singular_kinds: frozenset[Word]
    group_pronoun_window: int = Field(ge=0, le=5)
    pair_nouns: frozenset[Word]
    pair_words: frozenset[Word]
    pair_preps: frozenset[Word]
    object_control_verbs: frozenset[Word]
    object_control_preps: frozenset[Word]
    stative_participles: frozenset[Word]
    domestic_sectors: frozenset[str]
    authority_sectors: frozenset[str]
    audience_sectors: frozenset[str] = frozenset()
    audience_roots: tuple[str, ...] = ()
    recipient_sectors: frozenset[str] = frozenset()
    withdrawal_verbs: frozenset[Word] = frozenset()
    withdrawal_preps: frozenset[Word] = frozenset()
    abroad_words: frozenset[Word]
    place_not_addressee_roots: frozenset[str]
    statement_place_preps: frozenset[Word]
    statement_occasion_nouns: frozenset[Word] = frozenset()
    statement_time_preps: frozenset[Word] = frozenset()
    statement_medium_nouns: frozenset[Word] = frozenset()
    statement_medium_preps: frozenset[Word] = frozenset()
    joint_appearance_nouns: frozenset[Word] = frozenset()
    joint_appearance_marks: frozenset[Word] = frozenset()
    joint_appearance_preps: frozenset[Word] = frozenset()
    addressee_venue_roots: tuple[str, ...] = ()
    addressee_venue_preps: frozenset[Word] = frozenset()
    addressee_venue_kinds: frozenset[str] = frozenset()
    meeting_nouns: frozenset[Word]
    venue_codes: tuple[str, ...]
    bare_report_verbs: frozenset[Word]
    reported_clause_roots: tuple[str, ...] = ()
    quoted_words_roots: tuple[str, ...] = ()
    plain_statement_codes: frozenset[str] = frozenset()
    citing_verbs: frozenset[Word] = frozenset()
    directive_modals: frozenset[Word] = frozenset()
    directive_verbs: frozenset[Word] = frozenset()
    mandative_verbs: frozenset[Word] = frozenset()
    object_act_preps: frozenset[Word] = frozenset()
    quoting_preps: frozenset[Word] = frozenset()
    speech_means_preps: frozenset[Word] = frozenset()
    attribution_phrase_heads: frozenset[Word] = frozenset()
    setting_upon_verbs: dict[Word, frozenset[Word]] = Field(default_factory=dict)
    population_codes: tuple[str, ...]
    region_words: frozenset[Word]
    place_preps: frozenset[Word]
    purpose_target_codes: tuple[str, ...]
    origin_source_codes: tuple[str, ...]
    posture_codes: tuple[str, ...] = ()
    origin_preps: frozenset[Word]
    origin_kinds: frozenset[str]
    harm_cause_preps: frozenset[Word]
    harm_cause_codes: tuple[str, ...]
    destination_codes: tuple[str, ...] = ()
    asked_nouns: frozenset[Word] = frozenset()
    asked_preps: frozenset[Word] = frozenset()
    asker_preps: tuple[str, ...] = ()
    credit_verbs: frozenset[Word] = frozenset()
    means_verbs: frozenset[Word] = frozenset()
    destination_kinds: frozenset[str] = frozenset()
    patient_possessor_nouns: frozenset[Word] = frozenset()
    patient_preps: frozenset[Word] = frozenset()
    agent_possessor_marks: frozenset[Word] = frozenset()
    undergoing_verbs: frozenset[Word] = frozenset()
    weapon_use_verbs: frozenset[Word]
    document_nouns: frozenset[Word]
    document_owner_preps: frozenset[Word]
    document_origin_kinds: frozenset[str]
    document_dispatch_nouns: frozenset[Word]
    document_place_preps: frozenset[Word]
    document_issue_verbs: frozenset[Word]
    mutual_codes: tuple[str, ...]
    mutual_words: frozenset[Word]
    reciprocal_pronouns: frozenset[str]
    exchange_words: frozenset[Word]
    relational_nouns: frozenset[Word] = frozenset()
    relational_modifier_kinds: frozenset[str] = frozenset()
    lineage_nouns: frozenset[Word] = frozenset()
    kin_nouns: frozenset[Word] = frozenset()
    kin_sector: str = ""
    office_nouns: frozenset[Word] = frozenset()
    office_preps: frozenset[Word] = frozenset()
    relation_topic_nouns: frozenset[Word] = frozenset()
    relation_partner_preps: frozenset[Word] = frozenset()
    relation_topic_preps: frozenset[Word] = frozenset()

    @property
    def agent_participles(self) -> frozenset[str]:
        """Participles whose ``by`` agent did what the noun they modify names: weapon use and
        the support verbs ("a bomb planted by X", "an attack carried out by X")."""
        return self.weapon_use_verbs | self.support_verbs

    # Not in the file: the ``ew_roles`` option that reads place targets as people/government.
    place_sectors: bool = True
    # Not in the file: the ``ew_roles`` option that codes a verb other than a verb of saying
    # with no phrase after it and no target ("the minister resigned"); off, as PETRARCH, which
    # codes a verb only from the phrase after it.
    bare_verbs: bool = True
    # Not in the file: the ``ew_roles`` option that reads a passive without a ``by`` phrase as
    # passive (its subject the target); off, as PETRARCH, its subject is the source.
    agentless_passive: bool = True
    # Not in the file: the ``ew_roles`` option by which only acts mutual by nature make
    # coordinated subjects each other's sides (``mutual.py``); off, as PETRARCH, any act with
    # no target does.
    mutual_acts: bool = True


def load_lexicon(path: Path | None = None) -> RoleLexicon:
    return read_yaml_model(DATA_FILE, path, RoleLexicon, check_duplicates=True)


__all__ = ["RoleLexicon", "load_lexicon"]
