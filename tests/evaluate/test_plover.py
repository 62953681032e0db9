from __future__ import annotations

import json

import pytest

from eventwire.evaluate.plover import (
    current_type,
    plover_sector,
    read_plover_file,
    read_plover_text,
    score_plover,
    typed_top_event,
)
from eventwire.evaluate.runner import CodedItems
from tests.evaluate.factories import PLOVER_GSR, actor, event

RECORDS = [
    {"event": "DOCUMENT", "id": "doc"},
    {
        "id": "p1",
        "event": "FIGHT",
        "text": "Serb forces shelled Sarajevo.",
        "date": "2000-01-01",
        "source": [{"actorText": "Serb forces", "code": "SRB", "sector": "MIL"}],
        "target": [{"actorText": "Sarajevo", "code": "BIH", "sector": "CVL"}],
    },
    {
        "id": "p2",
        "event": "AGREE",
        "text": "Tokyo and Rome agreed.",
        "date": "2000-01-01",
        "source": [{"actorText": "Tokyo", "code": "JAP"}, {"actorText": "Rome", "code": "ITL"}],
        "target": "",
    },
    {"id": "p3", "event": "DEMAND", "text": "Nothing coded here.", "source": None},
    {"id": "p4", "text": "no event type"},
]


def test_current_type() -> None:
    assert current_type("demand") == "REQUEST"
    assert current_type("INVESTIGATE") == "ACCUSE"
    assert current_type(None) == "NONE"


def test_reader() -> None:
    source = read_plover_text(json.dumps(RECORDS))
    assert [r.id for r in source.records] == ["p1", "p2", "p3"]
    assert source.skipped == 1 and source.renamed == 2
    first, second, third = source.records
    assert first.type == "ASSAULT" and first.actors["source"][0].sector == "MIL"
    assert [a.country for a in second.actors["source"]] == ["JPN", "ITA"]
    assert second.actors["target"] == () and third.actors["source"] == ()


@pytest.mark.skipif(not PLOVER_GSR.is_file(), reason="needs ../shared/peers")
def test_real_file() -> None:
    source = read_plover_file(PLOVER_GSR)
    assert len(source.records) == 322
    assert source.skipped == 0
    types = {record.type for record in source.records}
    assert not types & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}


def test_typed_top_event_prefers_typed_events() -> None:
    untyped, typed = event("190"), event("042", plover="CONSULT")
    assert typed_top_event([untyped, typed]) is typed
    assert typed_top_event([untyped]) is untyped


def test_score_plover() -> None:
    records = read_plover_text(json.dumps(RECORDS)).records
    coded = CodedItems(
        events={
            "p1": [
                event(
                    "190",
                    actor("SRBMIL", country="SRB", sector="MIL"),
                    actor("BIH", country="BIH", sector="GOV"),
                    plover="ASSAULT",
                )
            ],
            "p2": [event("057", actor("JPN", country="JPN"), None, plover="CONSULT")],
        }
    )
    report = score_plover(records, ["p1", "p2", "p3"], coded)
    assert (report["items"], report["correct"], report["extra"], report["undecided"]) == (
        3,
        1,
        1,
        1,
    )
    assert report["accuracy"] == 0.3333
    source, target = report["actors"]["source"], report["actors"]["target"]
    assert (source["gold"], source["country_correct"], source["sector_correct"]) == (2, 2, 1)
    assert (target["gold"], target["country_correct"], target["sector_correct"]) == (1, 1, 0)
    assert "NONE" in report["confusion"]["labels"]


def test_cameo_sectors_are_read_in_plover_vocabulary() -> None:
    """PLOVER renamed two CAMEO sectors: media is JRN, health MED; the others are shared."""
    found = (plover_sector("MED"), plover_sector("hlh"), plover_sector("GOV"))
    assert found == ("JRN", "MED", "GOV")
