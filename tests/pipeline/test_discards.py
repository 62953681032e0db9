"""``ew_discards`` on the real English model, and the coder dropping discarded sentences."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.coder import DICTIONARIES_ENV, Coder, env_dictionaries
from eventwire.pipeline.context import set_published
from eventwire.pipeline.discards import (
    NO_DISCARDS,
    Discards,
    DiscardsComponent,
    discarded_sentences,
)

DISCARDS = """\
# Story-level discards start with '+'
BIRD FLU   # sentence level
+WORLD CUP
1988
"""
ATTACK = "Russian troops attacked Ukrainian soldiers near Kharkiv."


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dictionaries")
    (root / "test.discards.txt").write_text(DISCARDS, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def component(nlp: Language, folder: Path) -> DiscardsComponent:
    comp = nlp.create_pipe("ew_discards", config={"dictionaries": [str(folder)]})
    assert isinstance(comp, DiscardsComponent)
    return comp


def discards(nlp: Language, component: DiscardsComponent, text: str,
             on: date | None = date(2010, 1, 1)) -> Discards:
    doc = component(set_published(nlp(text), on))
    assert isinstance(doc._.ew_discards, Discards)
    return doc._.ew_discards


def test_sentence_discard_marks_only_its_sentence(
    nlp: Language, component: DiscardsComponent
) -> None:
    found = discards(nlp, component, f"{ATTACK} Officials said the Bird Flu spread.")
    doc = nlp(f"{ATTACK} Officials said the Bird Flu spread.")
    second = list(doc.sents)[1].start
    assert found.sentences == frozenset({second}) and not found.story
    assert [m.phrase for m in found.matches] == ["bird flu"]


def test_story_discard_marks_every_sentence(nlp: Language, component: DiscardsComponent) -> None:
    found = discards(nlp, component, f"{ATTACK} Fans watched the World Cup.")
    assert found.story and found.sentences == frozenset({0, len(nlp(ATTACK))})


def test_no_discard_phrase(nlp: Language, component: DiscardsComponent) -> None:
    assert discards(nlp, component, ATTACK) is NO_DISCARDS


def test_years_discard_only_from_a_later_date(nlp: Language, component: DiscardsComponent) -> None:
    text = "In 1988 the army attacked the town."
    assert discards(nlp, component, text, date(2010, 1, 1)).sentences == frozenset({0})
    assert discards(nlp, component, text, date(1988, 5, 1)) is NO_DISCARDS
    assert discards(nlp, component, text, None) is NO_DISCARDS


def test_bundled_phoenix_discards_are_optional(nlp: Language) -> None:
    bundled = nlp.create_pipe("ew_discards", config={"petrarch_data": True})
    assert isinstance(bundled, DiscardsComponent) and len(bundled.phrases) > 400
    default = nlp.create_pipe("ew_discards")
    assert isinstance(default, DiscardsComponent)
    assert default.phrases and "contributed to this report" in default.phrases  # our own only
    assert len(default.phrases) < 50
    unbundled = nlp.create_pipe("ew_discards", config={"own_data": False})
    assert isinstance(unbundled, DiscardsComponent) and not unbundled.phrases


@pytest.mark.parametrize("line", [
    "Two staff writers and Reuters contributed to this report.",  # a credit line
    "By signing up, you agree to our Privacy Policy and Terms of Service.",  # a web-page line
    "The opinions and views expressed in this column are those of its writer.",  # a disclaimer
    "Thank you for your feedback.",  # a feedback prompt
    "Senator denies taking bribes from the port authority Read more",  # another story's teaser
    "JUST WATCHED Rebels shell the port Replay More Videos ... MUST WATCH Rebels shell the port",
])
def test_credit_and_web_page_lines_are_discarded_by_default(nlp: Language, line: str) -> None:
    component = nlp.create_pipe("ew_discards")
    assert isinstance(component, DiscardsComponent)
    text = "Rebels shelled the port city on Monday. " + line
    doc = component(set_published(nlp(text), date(2020, 1, 1)))
    starts = [sent.start for sent in doc.sents]
    assert discarded_sentences(doc) == frozenset(starts[1:])


def test_without_the_component_nothing_is_discarded(nlp: Language) -> None:
    assert discarded_sentences(Doc(nlp.vocab, words=["x"])) == frozenset()


@pytest.fixture(scope="module")
def coder(folder: Path) -> Iterator[Coder]:
    old = os.environ.get(DICTIONARIES_ENV)
    os.environ[DICTIONARIES_ENV] = str(folder)
    try:
        yield Coder()
    finally:
        if old is None:
            del os.environ[DICTIONARIES_ENV]
        else:
            os.environ[DICTIONARIES_ENV] = old


def test_environment_variable_names_the_dictionaries(coder: Coder, folder: Path) -> None:
    assert coder.dictionaries == [folder]
    assert env_dictionaries() == [folder]


def test_coder_drops_events_in_discarded_sentences(coder: Coder) -> None:
    assert coder.code(ATTACK, published="2010-01-01")
    lowered = ATTACK[0].lower() + ATTACK[1:]
    during = f"During the bird flu scare in the east of the country, {lowered}"
    assert not coder.code(during, published="2010-01-01")
    kept = coder.code(f"{ATTACK} The bird flu spread to the north of the country.",
                      published="2010-01-01")
    assert kept and all(event.sentence == 0 for event in kept)
