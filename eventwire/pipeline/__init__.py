"""eventwire's spaCy components, one concern per module.

Order matters: actors, triggers and places first, then roles (reads all three: a town
compounded onto an event noun is its place, not its source), then factuality and attribution
(read triggers), then dates. Each component writes only its own
``Doc`` extension (``doc._.ew_<name>``).
"""

from __future__ import annotations

COMPONENTS: tuple[str, ...] = (
    "ew_actors",
    "ew_discards",
    "ew_triggers",
    "ew_places",
    "ew_roles",
    "ew_factuality",
    "ew_attribution",
    "ew_dates",
)


def register_all() -> None:
    """Import every component module so that its ``@Language.factory`` is registered."""
    from eventwire.pipeline import (  # noqa: F401
        actors,
        attribution,
        context,
        dates,
        discards,
        factuality,
        places,
        roles,
        segmenter,
        triggers,
    )
