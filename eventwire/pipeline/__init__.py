"""eventwire's spaCy components, one concern per module.

Order matters: actors and triggers first, then roles (reads both), then factuality and
attribution (read triggers), then dates and places. Each component writes only its own
``Doc`` extension (``doc._.ew_<name>``).
"""

from __future__ import annotations

COMPONENTS: tuple[str, ...] = (
    "ew_actors",
    "ew_discards",
    "ew_triggers",
    "ew_roles",
    "ew_factuality",
    "ew_attribution",
    "ew_dates",
    "ew_places",
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
