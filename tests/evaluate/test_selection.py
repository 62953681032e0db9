from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.evaluate.selection import penta_class, predicted_class, top_event
from eventwire.records import Event, Status
from tests.evaluate.factories import event


@pytest.mark.parametrize(
    ("root", "label"),
    [
        ("01", 0),
        ("02", 0),
        ("03", 1),
        ("05", 1),
        ("06", 2),
        ("08", 2),
        ("09", 3),
        ("13", 3),
        ("14", 4),
        ("15", 4),
        ("16", 3),
        ("17", 4),
        ("20", 4),
        ("190", 4),
    ],
)
def test_penta_class(root: str, label: int) -> None:
    assert penta_class(root) == label


def test_penta_class_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        penta_class("xx")
    with pytest.raises(ValueError):
        penta_class("21")


def test_top_event_is_first_in_text_order() -> None:
    said, attack = event("010", at=30), event("190", at=5)
    assert top_event([said, attack]) is attack
    assert top_event([said]) is said
    assert top_event([]) is None


def test_top_event_skips_negated_unless_all_are() -> None:
    denied, later = event("190", status="negated", at=0), event("042", at=10)
    assert top_event([denied, later]) is later
    assert top_event([denied]) is denied


def test_predicted_class_none_without_events() -> None:
    assert predicted_class([]) is None
    assert predicted_class([event("010", at=9), event("173", at=2)]) == 4


def test_predicted_class_none_for_codes_outside_cameo() -> None:
    assert predicted_class([event("223")]) is None


def test_preferred_class_wins_over_text_order() -> None:
    statement, assault = event("010", at=30), event("190", at=40)
    assert top_event([statement, assault]) is statement
    assert top_event([statement, assault], preferred=4) is assault
    assert predicted_class([statement, assault], preferred=4) == 4


def test_preferred_class_absent_keeps_text_order() -> None:
    statement, consult = event("010", at=30), event("040", at=40)
    assert predicted_class([statement, consult], preferred=3) == 0


def test_preferred_class_does_not_lift_a_negated_event() -> None:
    denied = event("190", at=10, status="negated")
    statement = event("010", at=30)
    assert top_event([denied, statement], preferred=4) is statement


def _reported(code: str, at: int, verb: tuple[int, int], status: Status = "occurred") -> Event:
    content = event(code, at=at, status=status)
    return replace(content, extra={"reported_by": list(verb)})


def test_a_comment_whose_content_is_coded_yields_to_the_content() -> None:
    said = event("010", at=10)
    accepted = _reported("036", at=20, verb=(10, 11))
    assert top_event([said, accepted], content=True) is accepted
    assert predicted_class([said, accepted]) == 1
    assert top_event([said, accepted]) is said  # the speaker's statement leads by default


def test_a_comment_keeps_its_rank_over_content_of_another_verb_or_negated() -> None:
    said = event("010", at=10)
    other = _reported("036", at=20, verb=(40, 41))
    denied = _reported("036", at=20, verb=(10, 11), status="negated")
    assert top_event([said, other], content=True) is said
    assert top_event([said, denied], content=True) is said


def test_a_statement_other_than_a_comment_keeps_its_rank() -> None:
    """A claim of responsibility (015) on the speech verb is a statement of its own kind."""
    claim = event("015", at=10)
    attack = _reported("190", at=20, verb=(10, 11))
    assert top_event([claim, attack], content=True) is claim
