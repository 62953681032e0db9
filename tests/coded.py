"""Helpers shared by tests that read the real coder's events by their trigger's head word."""

from __future__ import annotations

from eventwire.coder import Coder

PUBLISHED = "2023-04-02"


def codes_by_head(coder: Coder, text: str) -> dict[str, str]:
    """Trigger head word -> CAMEO code of the events coded from ``text``."""
    events = coder.code(text, published=PUBLISHED)
    return {text[slice(*event.extra["trigger_head"])]: event.cameo.code for event in events}
