"""Attempts to assassinate: CAMEO 185, the act attempted, not the assassination (186).

PETRARCH writes this as a transformation of the event an attempt verb embeds
(``~ a (_ b ASSASSINATE) ATTEMPT = a b 185``); eventwire reads it as one trigger pattern on the
attempt verb with the assassination verb as its open complement. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Two gunmen tried to assassinate the mayor of the port city on Sunday.",
     "Two gunmen", "the mayor"),
    ("Rebel fighters attempted to assassinate the provincial governor last year.",
     "Rebel fighters", "the provincial governor"),
])
def test_an_attempt_to_assassinate_is_185_with_its_actors(
    coder: Coder, text: str, source: str, target: str,
) -> None:
    events = coder.code(text)
    codes = [event.cameo.code for event in events]
    assert "185" in codes
    assert "186" not in codes
    attempt = next(event for event in events if event.cameo.code == "185")
    assert attempt.source is not None and attempt.source.text == source
    assert attempt.target is not None and attempt.target.text.startswith(target)


def test_an_assassination_carried_out_stays_186(coder: Coder) -> None:
    codes = [e.cameo.code for e in coder.code("Militants assassinated a senior judge in March.")]
    assert codes == ["186"]


def test_trying_to_do_something_else_is_not_185(coder: Coder) -> None:
    codes = [e.cameo.code for e in coder.code("The envoy tried to persuade the rebels to talk.")]
    assert "185" not in codes
