"""Helpers shared by tests that read the real coder's events: by their trigger's head word, as
(trigger, code) pairs, as a list of codes (of force alone too), as the texts of their actors,
or as the codes of the sources of criticism, or as the (source, target) code pairs of one root;
the codes of the trigger matches alone; and one parsed word of a sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from eventwire.coder import Coder
from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.triggers import match_triggers
from eventwire.records import Event

PUBLISHED = "2023-04-02"


def codes_by_head(coder: Coder, text: str) -> dict[str, str]:
    """Trigger head word -> CAMEO code of the events coded from ``text``."""
    events = coder.code(text, published=PUBLISHED)
    return {text[slice(*event.extra["trigger_head"])]: event.cameo.code for event in events}


def coded_triggers(coder: Coder, text: str) -> list[tuple[str, str]]:
    """(trigger text, CAMEO code) of the events coded from ``text``, in order."""
    return [(event.trigger.text, event.cameo.code)
            for event in coder.code(text, published=PUBLISHED)]


def code_of(coder: Coder, text: str, word: str) -> str | None:
    """The code of the event whose trigger starts with ``word``."""
    return next((e.cameo.code for e in coder.code(text) if e.trigger.text.startswith(word)),
                None)


def coded(coder: Coder, text: str) -> list[str]:
    """The CAMEO codes of the events coded from ``text``, in order."""
    return [event.cameo.code for event in coder.code(text)]


FORCE_ROOTS = ("18", "19", "20")


def force_codes(coder: Coder, text: str) -> list[str]:
    """The codes of the acts of force (CAMEO 18-20) coded from ``text``."""
    return [code for code in coded(coder, text) if code.startswith(FORCE_ROOTS)]


def actor_texts(events: list[Event], root: str) -> set[tuple[str | None, str | None]]:
    """(source text, target text) of the ``events`` of CAMEO ``root``."""
    return {
        (e.source.text if e.source else None, e.target.text if e.target else None)
        for e in events
        if e.cameo.root == root
    }


def criticism_sources(coder: Coder, text: str) -> set[str | None]:
    """The source codes of the criticism (CAMEO root 11) coded from ``text``, which must hold
    some."""
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "11"]
    assert events
    return {e.source.code if e.source else None for e in events}


def trigger_codes(nlp: Language, patterns: PatternSet, text: str) -> list[str]:
    """The codes of the trigger matches of ``patterns`` in ``text`` (no roles, no assembly)."""
    return [m.code for m in match_triggers(nlp(text), patterns)]


def pairs(events: list[Event], root: str) -> set[tuple[str | None, str | None]]:
    """The (source code, target code) pairs of the events of CAMEO ``root``."""
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
        if e.cameo.root == root
    }


def word(nlp: Language, text: str, form: str) -> Token:
    """The first token of ``text``, parsed by ``nlp``, whose text is ``form``."""
    return next(t for t in nlp(text) if t.text == form)
