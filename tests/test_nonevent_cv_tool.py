"""tools/nonevent_cv.py: its further features on parsed sentences, its operating points, removal
table and fold grouping."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.learn.confidence import parser
from eventwire.learn.confidence_features import view_of_judged
from tests.tool_loader import load_tool

tool = load_tool("nonevent_cv")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return parser()


def features(nlp: Language, sentence: str, trigger: str, offset: int | None = 0) -> list[str]:
    line = {"sentence": sentence, "trigger": trigger, "code": "190", "rule": "ew.attack.190",
            "status": "occurred", "source": "rebels [REB]", "target": None}
    view = view_of_judged(nlp(sentence), line)
    assert view is not None
    return tool.nonevent_features(view, offset)


def test_generic_noun_trigger(nlp: Language) -> None:
    names = features(nlp, "Three attacks on convoys would be a disaster for the region.",
                     "attacks", 900)
    assert "tplural" in names and "tnum" in names
    assert "pos:early" in names
    assert not any(n.startswith("tdet:") for n in names)


def test_determiner_and_lead(nlp: Language) -> None:
    names = features(nlp, "The rebels launched an attack on the garrison at dawn.", "attack")
    assert "tdet:an" in names and "pos:lead" in names
    assert "anc:launch" in names
    assert "tplural" not in names
    assert "vtag:VBD" in names  # the clause verb of a noun trigger


def test_conditional_ancestor(nlp: Language) -> None:
    names = features(nlp, "If the talks fail, the army could attack the northern towns.",
                     "attack", None)
    assert "modal:could" in names
    assert not any(n.startswith("pos:") for n in names)  # no offset, no position
    names = features(nlp, "Officials said the army would attack if the talks fail.", "attack")
    assert "anc:say" in names


def test_operating_points() -> None:
    scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]
    labels = [True, True, False, True, False, False, True, False, False, False]
    points = tool.operating_points(scores, labels)
    # removing the top two takes half the non-events, all of them non-events
    assert points["recall_at_precision_0.85"] == 0.5
    assert points["precision_at_recall_0.2"] == 1.0
    tied = tool.operating_points([0.5] * 4, [True, False, False, False])
    assert tied["precision_at_recall_0.2"] == 0.25  # ties cannot be split


def test_removal_table_counts_by_verdict() -> None:
    verdicts = ["not_an_event", "right", "wrong_actors", "not_an_event"]
    table = tool.removal_table([(0.5, [True, True, False, False])], verdicts)
    row = table[0]
    assert row["removed"] == 2 and row["precision"] == 0.5
    assert row["non_events_removed"] == 0.5 and row["right_removed"] == 1.0
    assert row["by_verdict"]["wrong_actors"] == 0


def test_joined_groups() -> None:
    # items 0,1 share an article; 1,2 a near-duplicate sentence; 3 stands alone
    groups = tool.joined_groups([0, 0, 1, 2], [5, 6, 6, 7])
    assert groups[0] == groups[1] == groups[2] != groups[3]


def test_pairs_and_words() -> None:
    names = ["tlemma:attack", "tdep:dobj", "len:short", "quoted"]
    made = tool.pairs(names)
    assert "quoted&tdep:dobj" in made and "tdep:dobj&tlemma:attack" in made
    assert not any("len:" in name for name in made)  # only the paired groups
    assert len(made) == 3
    assert tool.words("Troops shelled the town; the town fell.") == [
        "w:fell", "w:shelled", "w:the", "w:town", "w:troops"]
