"""Fixtures shared by the pipeline tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet, bundled_patterns
from eventwire.pipeline.actors import ActorsComponent
from eventwire.pipeline.context import set_published
from eventwire.pipeline.mentions import ActorMention

# The actor mentions of a text, each with its words: what ``ew_actors`` alone finds.
ActorRun = Callable[[str], list[tuple[str, ActorMention]]]
# The code of each actor mention of a text, by its words.
ActorCodes = Callable[[str], dict[str, str | None]]


def actor_run(nlp: Language, published: date | None) -> ActorRun:
    """``ew_actors`` on the parse of a text published on ``published``."""
    component = nlp.create_pipe("ew_actors")
    assert isinstance(component, ActorsComponent)

    def _run(text: str) -> list[tuple[str, ActorMention]]:
        doc = component(set_published(nlp(text), published))
        return [(doc[m.start : m.end].text, m) for m in doc._.ew_actors]

    return _run


@pytest.fixture(scope="module")
def actor_codes(nlp: Language) -> ActorCodes:
    """What ``ew_actors`` alone codes in a text of no known date: each mention's code."""
    run = actor_run(nlp, None)
    return lambda text: {words: mention.code for words, mention in run(text)}


@pytest.fixture(scope="module")
def everything() -> PatternSet:
    """Every bundled dictionary, the converted PETRARCH verb patterns included."""
    return bundled_patterns()
