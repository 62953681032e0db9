"""tools/petrarch_diff.py: the classes it gives extra events."""

from __future__ import annotations

from dataclasses import replace

from tests.evaluate.factories import actor, event
from tests.tool_loader import load_tool

tool = load_tool("petrarch_diff")


def test_extra_classes() -> None:
    said = event("010", actor("GON"))
    attack = replace(event("190", actor("ARN"), actor("GON")), rule="petrarch2:CAMEO.2.0.txt:9")
    own = replace(event("190", actor("ARN"), actor("GON")), rule="ew.attack.190")
    assert tool.extra_class(said, [said, attack]) == "extra_said_010"
    assert tool.extra_class(said, [said]) == "extra_own"  # a statement alone is no convention
    assert tool.extra_class(attack, [said, attack]) == "extra_converted"
    assert tool.extra_class(own, [own]) == "extra_own"
