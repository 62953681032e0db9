"""Quoted labels, slogans, movements and yes-no questions name no act (``labels``); sentences
written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.labels import is_question_words, is_quoted_label, load_lexicon
from tests.coded import coded as codes


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "gone"), [
    ('Reporters doubted the "spontaneous protest" story told by the police.', "14"),
    ('The cabinet has long opposed the "ban the bomb" movement.', "17"),
    ('A chant of "stop deportation" rose from the crowd outside.', "174"),
    ('Marchers carried the slogan "free the prisoners" through the city.', "08"),
    ("The union backs the boycott, divestment and sanctions movement.", "16"),
    ("The debate opened with a question — 'Will you raise taxes on farmers?' — from a student.",
     "01"),
    ("Will the army attack the port before the rains?", "19"),
    ("But did the rebels kill the hostages?", "18"),
])
def test_a_label_a_slogan_or_a_question_names_no_act(coder: Coder, text: str,
                                                    gone: str) -> None:
    assert not [c for c in codes(coder, text) if c.startswith(gone)]


@pytest.mark.parametrize(("text", "code"), [
    ('The minister said the army would "crush" the rebels in the hills.', "19"),
    ("Why did the army attack the port before the rains?", "19"),
    ("The rebels attacked the port, didn't they?", "19"),
    ("Students staged a protest against the new fees on Monday.", "14"),
    ("Activists launched a boycott of the bank's products.", "14"),
])
def test_a_reported_act_is_still_coded(coder: Coder, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(coder, text))


def test_the_word_rules(coder: Coder) -> None:
    lex = load_lexicon()
    doc = coder.nlp('Critics mocked the "peace talks" narrative. Will they meet?')
    talks = next(t for t in doc if t.text == "talks")
    meet = next(t for t in doc if t.text == "meet")
    assert is_quoted_label(talks, lex) and not is_question_words(talks, lex)
    assert is_question_words(meet, lex) and not is_quoted_label(meet, lex)


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "movement" in lex.movement_nouns and "will" in lex.question_openers


def test_the_lexicon_rejects_unknown_fields(tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "eventwire" / "data" / "labels.yaml"
    bad = tmp_path / "labels.yaml"
    bad.write_text(bundled.read_text(encoding="utf-8") + "\nextra_words: [x]\n", encoding="utf-8")
    with pytest.raises(DataError):
        load_lexicon(bad)
