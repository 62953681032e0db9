"""Hand-built events for scorer tests (no coder needed)."""

from __future__ import annotations

from pathlib import Path

from eventwire.records import Actor, CameoCode, Event, PloverType, Span, Status

SHARED = Path(__file__).parents[2] / "../shared"
PEERS = SHARED / "peers"
UNIT_TESTS = PEERS / "petrarch2/data/text/PETR.UnitTest.records.xml"
GSR = PEERS / "universalpetrarch/master/data/text/PETR2_GSR_validation.xml"
CONFLIBERT = PEERS / "confliBERT/eventdata_ConfliBERT/data"
CLASS_TEST = CONFLIBERT / "cameo_class/test.tsv"
ROLES_TEST = CONFLIBERT / "cameo_ner/test.txt"
PLOVER_GSR = PEERS / "plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"
QUAD_CLASS_UPPER_ROOTS = ((5, 1), (8, 2), (13, 3), (20, 4))


def actor(
    code: str | None,
    text: str = "someone",
    start: int | None = None,
    *,
    country: str | None = None,
    sector: str | None = None,
) -> Actor:
    end = start + len(text) if start is not None else None
    return Actor(text=text, start=start, end=end, code=code, country=country, sector=sector)


def quad_class(code: str) -> int:
    root = int(code[:2])
    return next((quad for upper, quad in QUAD_CLASS_UPPER_ROOTS if root <= upper), 4)


def event(
    code: str,
    source: Actor | None = None,
    target: Actor | None = None,
    *,
    status: Status = "occurred",
    plover: str | None = None,
    at: int = 0,
) -> Event:
    """A minimal event: CAMEO code, actors, status, PLOVER type, trigger offset ``at``."""
    cameo = CameoCode(code, code[:3], code[:2], "test", 0.0, quad_class(code))
    span = Span(0, 1, "x")
    trigger = Span(at, at + 1, "x")
    return Event(
        id=f"e-{code}",
        article_id="a",
        sentence=0,
        evidence=span,
        trigger=trigger,
        cameo=cameo,
        plover=PloverType(plover, None),
        source=source,
        target=target,
        status=status,
        hedge=None,
        attribution=None,
        date=None,
        date_precision="publication",
        location=None,
        confidence=0.5,
        rule="test",
    )
