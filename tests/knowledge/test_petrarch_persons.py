"""Undated PETRARCH entries read as persons by their shape (petrarch_persons.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.knowledge import petrarch_actors as px
from eventwire.knowledge.actors import ActorKB, normalize
from eventwire.knowledge.petrarch_persons import load_person_shapes, names_person
from eventwire.knowledge.quotes import fold_quotes

ACTORS = """\
GEORGE_VANTERPOOL_ [FRDELI]
+GEORGE_W._VANTERPOOL_
SHEIKH_OMAR_BALDACCI_ [IMGMUSREB]
MARIA_KOVALENKO_FOUNDATION_ [NGOHRI]
CHARLES_OTTERBURN_ [MNCUSA]
FREEDONIAN_LIBERATION_FRONT_ [FRDREB]
GEORGE_PETERSON_
+PETERSON_REGIME_
\t[FRDGOV]
"""


@pytest.mark.parametrize(
    ("phrases", "code", "person"),
    [
        (["george vanterpool"], "FRDELI", True),
        (["sheikh omar baldacci"], "IMGMUSREB", True),  # an honorific first
        (["maria kovalenko foundation"], "NGOHRI", False),  # an organisation word
        (["charles otterburn"], "MNCUSA", False),  # a firm named after its founder
        (["freedonian liberation front"], "FRDREB", False),  # no given name
        (["george peterson", "peterson regime"], "FRDGOV", False),  # an alias names a body
        (["george"], "FRDELI", False),  # one word is too few
        (["george a b vanterpool jr"], "FRDELI", False),  # more words than a name has
        (["george vanterpool"], None, False),
    ],
)
def test_the_shape_of_a_person(phrases: list[str], code: str | None, person: bool) -> None:
    assert names_person(phrases, code, load_person_shapes()) is person


def test_undated_person_entries_load_as_persons(tmp_path: Path) -> None:
    path = tmp_path / "toy.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    kb = ActorKB.load([path], petrarch_data=False, own_data=False)
    kinds = {normalize(key): kb.lookup(key).kind for key in (
        "george vanterpool", "sheikh omar baldacci", "maria kovalenko foundation",
        "charles otterburn", "freedonian liberation front", "george peterson")}
    assert kinds == {
        "george vanterpool": "person", "sheikh omar baldacci": "person",
        "maria kovalenko foundation": "ngo", "charles otterburn": "group",
        "freedonian liberation front": "group", "george peterson": "group",
    }
    assert px.parse_file(path).problems == []


def test_given_names_are_names_not_titles() -> None:
    shapes = load_person_shapes()
    assert {"samir", "khalid", "philip", "louise"} <= shapes.given_names
    assert shapes.given_names.isdisjoint({"president", "the", "al", "united", "abu"})


def test_typographic_quotes_fold_to_plain_ones_of_the_same_length() -> None:
    text = "People\u2019s \u201cfront\u201d"
    assert fold_quotes(text) == "People's \"front\""
    assert len(fold_quotes(text)) == len(text)
    assert normalize("The Democratic People\u2019s Republic") == "democratic people's republic"
