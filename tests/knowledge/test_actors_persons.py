"""Persons that PETRARCH's Phoenix dictionaries list undated (and so as groups) are persons in
eventwire's own data (``people.yaml``)."""

from __future__ import annotations

from datetime import date

from eventwire.knowledge.actors import actor_kb


def test_snowden_is_a_person_with_phoenixs_code() -> None:
    kb = actor_kb()
    entry = kb.entries["edward_snowden"]
    assert entry.kind == "person"
    assert entry.at(date(2016, 1, 1)).code == "USAOPP"
