"""Arguments the parse hides under another word (eventwire.pipeline.trigger_arguments), on the
real English model: sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.trigger_arguments import clause_marker, counted, gap_objects
from tests.coded import trigger_codes


def subjects_of(nlp: Language, text: str, verb: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    return [t.text for t in counted([c for c in head.children if c.dep_ == "nsubj"])]


def test_a_counting_subject_stands_for_the_group_it_counts(nlp: Language) -> None:
    assert subjects_of(nlp, "Hundreds of nurses marched on Monday.", "marched") == ["nurses"]
    assert subjects_of(nlp, "Two of the ministers resigned.", "resigned") == ["ministers"]
    # Only a counting word counts: "the leader of the rebels" is the leader.
    assert subjects_of(nlp, "The leader of the rebels surrendered.", "surrendered") == []


def test_a_counted_subject_meets_a_subject_constraint(
    nlp: Language, everything: PatternSet
) -> None:
    assert "074" in trigger_codes(nlp, everything, "Dozens of Fijian peacekeepers began deploying.")


def test_for_opening_a_clause_after_the_verb(nlp: Language) -> None:
    doc = nlp("The mayor pushed hard for the council to approve the budget.")
    assert [t.text for t in clause_marker(doc[2], "for")] == ["for"]
    assert clause_marker(doc[2], "to") == []
    # A "for" after the object belongs to another phrase, not to the verb.
    doc = nlp("The army pushed its tanks for hours to reach the river.")
    assert clause_marker(doc[2], "for") == []


def gap_texts(nlp: Language, text: str, verb: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return [t.text for t in gap_objects(head, objects)]


def test_a_clause_naming_its_agent_has_its_noun_as_object(nlp: Language) -> None:
    assert gap_texts(nlp, "The tariffs that Ottawa imposed on Oslo were lifted.",
                     "imposed") == ["tariffs"]
    assert gap_texts(nlp, "The embargo which was imposed by Lisbon ended in May.",
                     "imposed") == ["embargo"]
    # without an agent, or as a participle, the clause is left to the noun; so is a gap that
    # may be in a complement clause; a verb's own object stays its object
    assert gap_texts(nlp, "The tariffs imposed on Oslo were lifted.", "imposed") == []
    assert gap_texts(nlp, "The penalties imposed on Quito by the bank were harsh.",
                     "imposed") == []
    assert gap_texts(nlp, "The embargo which was imposed in May ended.", "imposed") == ["which"]
    assert gap_texts(nlp, "The plan, which the mayor said would fail, was dropped.",
                     "said") == []
    assert gap_texts(nlp, "Ottawa imposed tariffs on Oslo.", "imposed") == ["tariffs"]


def test_a_clause_whose_verb_undergoes_the_act_leaves_the_noun_alone(nlp: Language) -> None:
    # who received or faced what the noun names did not do it
    assert "aid" not in gap_texts(nlp, "The aid that Lima received from Quito was spent quickly.",
                                  "received")
    assert gap_texts(nlp, "The hostility the mayor has faced in Oslo is shocking.",
                     "faced") == []
    assert gap_texts(nlp, "The criticism the plan drew from Ottawa was fierce.", "drew") == []
    # the doer's own verb still takes it
    assert gap_texts(nlp, "The aid that Quito provided to Lima was spent quickly.",
                     "provided") == ["aid"]


def test_a_measure_named_in_a_relative_clause_is_one_act(
    nlp: Language, everything: PatternSet
) -> None:
    assert trigger_codes(nlp, everything, "The tariffs that Ottawa imposed on Oslo hurt farmers.") \
        == ["163"]
