"""Coders over small PETRARCH-format dictionaries written by a test, and the event triples
they code (shared by the tests of PETRARCH constructs and of actor lists)."""

from __future__ import annotations

from pathlib import Path

from eventwire.coder import Coder

Triple = tuple[str, str | None, str | None]


def write_dictionaries(directory: Path, verbs: str, actors: str, agents: str | None = None) -> Path:
    """``mine.verbs.txt``, ``mine.actors.txt`` (and ``mine.agents.txt``) in ``directory``."""
    (directory / "mine.verbs.txt").write_text(verbs, encoding="utf-8")
    (directory / "mine.actors.txt").write_text(actors, encoding="utf-8")
    if agents is not None:
        (directory / "mine.agents.txt").write_text(agents, encoding="utf-8")
    return directory


def toy_coder(directory: Path, verbs: str, actors: str, agents: str | None = None) -> Coder:
    """A coder on these dictionaries alone, as PETRARCH's unit tests run (inverse events on)."""
    return Coder(dictionaries=[write_dictionaries(directory, verbs, actors, agents)],
                 bundled=False)


def coded(coder: Coder, text: str) -> set[Triple]:
    """(code, source code, target code) of every event coded from ``text``."""
    return {
        (e.cameo.code, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in coder.code(text, published="2024-05-01")
    }
