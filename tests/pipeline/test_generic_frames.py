"""A kind of act put in a class, one kind of act said to be another, a supposition and a
comment expected of a kind of speaker give no event (``generic_frames``, applied by
``genericity``); sentences written for this test, coded by the real pipeline."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.pipeline.generic_frames import (
    is_act_equation,
    is_anticipated_comment,
    is_kind_definition,
    is_supposed,
)
from eventwire.pipeline.genericity import load_lexicon
from tests.coded import coded_triggers


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "Hunger strike is a weapon of the powerless.",
    "Sanctions are a blunt instrument of foreign policy.",
    "Fighting for a foreign militia is a crime under the new statute.",
])
def test_a_kind_of_act_put_in_a_class_is_no_event(coder: Coder, text: str) -> None:
    assert not coded_triggers(coder, text)


@pytest.mark.parametrize(("text", "word"), [
    ("The strike is a protest against the pension cuts.", "strike"),
    ("Talks with the rebels are a waste of time, the general said.", "Talks"),
    ("Talks are ongoing in the capital.", "Talks"),
])
def test_a_particular_act_in_a_copula_is_coded(coder: Coder, text: str, word: str) -> None:
    assert any(word in trigger for trigger, _ in coded_triggers(coder, text))


@pytest.mark.parametrize("text", [
    "Suppose the governor vetoed the bill and the assembly overrode him.",
    "Imagine what would have happened if the senator had praised the rebels.",
])
def test_a_supposition_is_no_event(coder: Coder, text: str) -> None:
    assert not coded_triggers(coder, text)


def test_a_verb_of_supposing_with_a_subject_reports(coder: Coder) -> None:
    codes = coded_triggers(coder, "Diplomats suppose that the militia attacked the convoy.")
    assert any(trigger == "attacked" for trigger, _ in codes)


@pytest.mark.parametrize("text", [
    "Critics will say the budget punishes pensioners.",
    "The governor's defenders will argue that the audit was rigged.",
    "Some will claim the referendum was a fraud.",
    "Skeptics may complain that the count was rigged.",
    "The plan was a gamble, you might say.",
    "The ruling is flawed, as any lawyer will tell you.",
])
def test_a_comment_expected_of_a_kind_of_speaker_is_no_event(coder: Coder, text: str) -> None:
    assert not any(code.startswith("01") for _, code in coded_triggers(coder, text))


@pytest.mark.parametrize(("text", "word"), [
    ("Officials will say more about the budget later.", "say"),
    ("Critics said the budget punishes pensioners.", "said"),
    ("Critics will testify before the committee on Tuesday.", "testify"),
    ("How can you denounce the minister when you backed him last year?", "denounce"),
])
def test_a_particular_comment_is_coded(coder: Coder, text: str, word: str) -> None:
    codes = coded_triggers(coder, text)
    if word == "testify":  # no trigger of its own: the date keeps the frame off
        lex = load_lexicon()
        doc = coder.nlp(text)
        assert not is_anticipated_comment(next(t for t in doc if t.text == word), lex)
        return
    assert any(word in trigger for trigger, _ in codes)


def test_the_frames_on_the_parse(coder: Coder) -> None:
    lex = load_lexicon()
    doc = coder.nlp("Sanctions are a blunt instrument.")
    assert is_kind_definition(next(t for t in doc if t.text == "are"), lex)
    particular = coder.nlp("The sanctions are a blunt instrument.")
    assert not is_kind_definition(next(t for t in particular if t.text == "are"), lex)
    supposed = coder.nlp("Suppose the army attacked the town.")
    assert is_supposed(next(t for t in supposed if t.text == "attacked"), lex)
    said = coder.nlp("Critics will say the plan failed.")
    assert is_anticipated_comment(next(t for t in said if t.text == "say"), lex)


@pytest.mark.parametrize("text", [
    "To back the pension plan is to betray the workers.",
    "To negotiate with the kidnappers now is to surrender to them.",
    "To boycott the election is to abandon the voters.",
])
def test_one_kind_of_act_said_to_be_another_is_no_event(coder: Coder, text: str) -> None:
    assert not coded_triggers(coder, text)


@pytest.mark.parametrize(("text", "word"), [
    ("The party voted to back the pension plan.", "back"),
    ("The opposition decided to boycott the election.", "boycott"),
])
def test_an_infinitive_outside_an_equation_is_coded(coder: Coder, text: str, word: str) -> None:
    assert any(word in trigger for trigger, _ in coded_triggers(coder, text))


def test_the_equation_on_the_parse(coder: Coder) -> None:
    lex = load_lexicon()
    doc = coder.nlp("To back the plan is to betray the workers.")
    assert is_act_equation(next(t for t in doc if t.text == "back"), lex)
    assert is_act_equation(next(t for t in doc if t.text == "betray"), lex)
    aim = coder.nlp("The union's aim is to betray the workers.")
    assert not is_act_equation(next(t for t in aim if t.text == "betray"), lex)
