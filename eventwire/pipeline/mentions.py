"""What the pipeline components write on a ``Doc``: token-level mentions, not contract records.

Token indices are ``Doc`` token indices; ``end`` is exclusive. Character offsets are derived
from the tokens when the records are assembled, so the contract's ``text == article[start:end]``
holds by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor phrase resolved against the knowledge base (written by ``ew_actors``)."""

    start: int
    end: int
    head: int
    code: str | None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    kb_id: str | None = None
    kind: str = "actor"  # country, demonym, capital, igo, sector, leader, title, person, media
    # The other actors this phrase stands for, each taking part in the mention's events: the
    # other codes of a compound dictionary code ("[FRO/BIL]"), a sector shared across a list
    # ("the ambassadors of A, B and C": the ambassadors of B and of C). Not compared.
    also: tuple[ActorMention, ...] = field(default=(), compare=False)


# The ``extra`` key of a trigger whose code a sense rule replaced: the code its pattern gave.
PATTERN_CODE_KEY = "pattern_code"


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger pattern matched at a token (written by ``ew_triggers``)."""

    start: int
    end: int
    head: int
    code: str
    rule: str
    specificity: int
    pos: str  # VERB or NOUN
    source_preps: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Frame:
    """A trigger with its roles (written by ``ew_roles``): one frame per source-target pair."""

    trigger: TriggerMatch
    source: ActorMention | None
    target: ActorMention | None
    confidence: float
    reciprocal: bool = False


@dataclass(frozen=True, slots=True)
class Factuality:
    """Status and hedge of the event at a trigger (written by ``ew_factuality``)."""

    status: str  # occurred, planned, possible, negated
    hedge: str | None = None  # alleged, reported, claimed
    cue_start: int | None = None
    cue_end: int | None = None
    cue: str | None = None


# Attribution.kind of a work with no author named ("a new poll says"): it names no speaker.
WORK = "work"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who the sentence attributes an event to (written by ``ew_attribution``).

    ``actor`` is set when the speaker is a known actor mention; otherwise ``start``/``end``
    locate the speaker or outlet phrase and ``code`` may be None. ``verb`` is the speech verb
    whose clause reports the event ("X **said** that ..."), None for "according to" phrases and
    parenthetical reporting clauses.
    """

    start: int
    end: int
    actor: ActorMention | None = None
    # speaker, outlet, belief (the holder of a view: "analysts fear"), work (a book or poll
    # whose author is not named: it names no speaker)
    kind: str = "speaker"
    cue: str | None = None
    verb: int | None = None  # the governing speech verb's token, when the event hangs from it


@dataclass(frozen=True, slots=True)
class DateMention:
    """A resolved date expression (written by ``ew_dates``)."""

    start: int
    end: int
    date: str  # YYYY-MM-DD (first day for week/month/year precision)
    precision: str  # day, week, month, year
    noun: int | None = None  # set when the date only dates this noun ("the 1979 coup")
    limit: bool = False  # a limit of an act, not its date ("until March", "by Friday")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A gazetteer place (written by ``ew_places``)."""

    start: int
    end: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: str  # city, admin1, country, region
