"""Fixed terms that hold an event word but name a thing (``data/triggers/terms.jsonl``).
Sentences written for these tests, coded end to end with every bundled dictionary."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def triggers(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.cameo.code, e.trigger.text) for e in coder.code(text)]


@pytest.mark.parametrize(("text", "word"), [
    ("Inspectors found no weapons of mass destruction in the warehouses.", "destruction"),
])
def test_a_term_naming_a_thing_codes_no_event(coder: Coder, text: str, word: str) -> None:
    assert not any(word in trigger for _, trigger in triggers(coder, text))


@pytest.mark.parametrize(("text", "code"), [
    ("The shelling caused mass destruction in the old town.", "1712"),
    ("The army issued a stern warning to the rebels.", "13"),
])
def test_the_event_senses_stay(coder: Coder, text: str, code: str) -> None:
    assert any(c.startswith(code) for c, _ in triggers(coder, text)), triggers(coder, text)
