"""Helpers shared by tests that read the real coder's events: by their trigger's head word, as
a list of codes, or as the texts of their actors."""

from __future__ import annotations

from eventwire.coder import Coder
from eventwire.records import Event

PUBLISHED = "2023-04-02"


def codes_by_head(coder: Coder, text: str) -> dict[str, str]:
    """Trigger head word -> CAMEO code of the events coded from ``text``."""
    events = coder.code(text, published=PUBLISHED)
    return {text[slice(*event.extra["trigger_head"])]: event.cameo.code for event in events}


def coded(coder: Coder, text: str) -> list[str]:
    """The CAMEO codes of the events coded from ``text``, in order."""
    return [event.cameo.code for event in coder.code(text)]


def actor_texts(events: list[Event], root: str) -> set[tuple[str | None, str | None]]:
    """(source text, target text) of the ``events`` of CAMEO ``root``."""
    return {
        (e.source.text if e.source else None, e.target.text if e.target else None)
        for e in events
        if e.cameo.root == root
    }
