"""The writers of ``eventwire code``: the table's evidence cell reads as the sentence does."""

from __future__ import annotations

import pytest

from eventwire.cli.output import highlighted_evidence
from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.slow
def test_highlighting_adds_no_space_around_the_trigger(coder: Coder) -> None:
    text = ("Chinese diplomats urged both sides to settle the dispute through dialogue. "
            "Officials in Kyiv condemned the  shelling, the ministry said.")
    events = coder.code(text, published="2022-02-02")
    assert any(text[e.trigger.end] in ".," for e in events), [e.trigger for e in events]
    for event in events:
        shown = highlighted_evidence(event)
        assert shown.plain == " ".join(event.evidence.text.split()), shown.plain
        bold = [shown.plain[span.start:span.end] for span in shown.spans]
        assert bold == [" ".join(event.trigger.text.split())]
