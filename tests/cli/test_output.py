"""The writers of ``eventwire code``: the table's evidence cell reads as the sentence does;
one JSONL record is one line."""

from __future__ import annotations

import io
import json

import pytest

from eventwire.cli.output import JsonlWriter, highlighted_evidence
from eventwire.coder import Coder
from eventwire.records import json_line


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


@pytest.mark.slow
def test_a_jsonl_record_is_one_line_for_every_line_splitter(coder: Coder) -> None:
    text = "Police arrested two men in Lagos.\u2028Soldiers shelled a village near Goma.\u0085"
    events = coder.code(text, published="2022-02-02")
    buffer = io.StringIO()
    JsonlWriter(buffer).write(events)
    lines = buffer.getvalue().splitlines()  # splits at U+2028, U+2029 and NEL too
    assert events and len(lines) == len(events)
    assert [json.loads(line) for line in lines] == [e.to_dict() for e in events]


def test_json_line_escapes_only_the_separators() -> None:
    value = {"t": "caf\u00e9 \u2028 \u2029 \u0085 \u201cq\u201d"}
    assert json_line(value) == '{"t": "caf\u00e9 \\u2028 \\u2029 \\u0085 \u201cq\u201d"}'
