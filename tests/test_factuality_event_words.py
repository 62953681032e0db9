"""Event words the factuality suite asks about, coded end to end with their status.

Each sentence is written for this test. The code follows the CAMEO 1.1b3 codebook entry named
in the pattern's ``note``; the status follows the factuality guideline
(tests/data/factuality/guideline.md).
"""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _by_head(events: list[Event], text: str) -> dict[str, Event]:
    """Events keyed by their trigger's head word."""
    found: dict[str, Event] = {}
    for event in events:
        start, end = event.extra["trigger_head"]
        found.setdefault(text[start:end], event)
    return found


# (sentence, head word, CAMEO code, status)
CASES: list[tuple[str, str, str, str]] = [
    # a light verb with its event noun heads the trigger (as "staged drills", "resumed attacks")
    ("Jets may carry out strikes on the fuel depots.", "carry", "190", "possible"),
    ("Drones carried out missile strikes on the port.", "carried", "195", "occurred"),
    ("The two navies will hold joint drills next month.", "hold", "062", "planned"),
    ("The army held drills near the border last week.", "held", "150", "occurred"),
    ("The army decided to widen its offensive in the north.", "widen", "190", "planned"),
    ("The air force did not escalate its bombing campaign.", "escalate", "195", "negated"),
    # 010: briefing and confirming are statements, like "briefing" and "affirm"
    ("The envoy briefed the council on the famine.", "briefed", "010", "occurred"),
    ("The spokesman will brief reporters on Friday.", "brief", "010", "planned"),
    ("The ministry has not confirmed the casualty figures.", "confirmed", "010", "negated"),
    # 08: handing over persons, and handing over power (0831)
    ("The handover of the hostages is planned for Monday.", "handover", "084", "planned"),
    ("The generals promised to hand power to an elected government.", "hand", "0831",
     "planned"),
    ("The colonel refused to hand over power.", "hand", "0831", "negated"),
    ("The transfer of power to civilians was peaceful.", "transfer", "0831", "occurred"),
    # 0813: a curfew that ends is eased; 020: a recommendation is a suggestion
    ("The mayor said the curfew would end on Friday.", "end", "0813", "planned"),
    ("The curfew ended at dawn.", "ended", "0813", "occurred"),
    ("The panel is ready to recommend new sanctions on the firm.", "recommend", "020",
     "planned"),
    # 192: armed forces entering a place
    ("Insurgents entered the town at dawn.", "entered", "192", "occurred"),
    ("The rebels never entered the provincial capital.", "entered", "192", "negated"),
]


@pytest.mark.parametrize(("text", "word", "code", "status"), CASES)
def test_event_word_is_coded_with_its_status(
    coder: Coder, text: str, word: str, code: str, status: str
) -> None:
    events = _by_head(coder.code(text), text)
    assert word in events, sorted(events)
    assert events[word].cameo.code == code
    assert events[word].status == status


def test_police_entering_a_building_is_no_occupation(coder: Coder) -> None:
    """Entering is an occupation (192) only for armed forces; police entering a stadium is
    no CAMEO event (the factuality guideline's example of a word without a code)."""
    text = "Police entered the stadium after the match."
    assert "entered" not in _by_head(coder.code(text), text)


def test_expected_visitor_comes_for_planned_talks(coder: Coder) -> None:
    """"X is expected in Y for talks": the talks are a second, planned event (expect_for
    folds its purpose), besides whatever the governing verb is coded as."""
    text = "The Egyptian envoy is expected in Amman on Sunday for talks with Jordanian officials."
    events = _by_head(coder.code(text), text)
    assert events["talks"].cameo.root == "04"
    assert events["talks"].status == "planned"
    assert "folded_by" in events["talks"].extra


def test_a_forecast_object_is_not_folded(coder: Coder) -> None:
    text = "Analysts expect a new offensive in spring."
    events = _by_head(coder.code(text), text)
    assert "folded_by" not in events["offensive"].extra
