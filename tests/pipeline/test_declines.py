"""Declining to comment said with a negation is CAMEO 011, occurred (``declines``); sentences
written for this test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.declines import find_declines, load_lexicon

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "declines.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def coded(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [(e.cameo.code, e.trigger.text, e.status) for e in coder.code(text)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The consulate did not respond to a request for comment on Monday.",
     "respond to a request for comment"),
    ("The mayor's office has not replied to several requests for an interview.",
     "replied to several requests for an interview"),
    ("The minister did not answer questions from journalists after the vote.",
     "answer questions"),
    ("The prison service did not return calls from reporters seeking comment on the escape.",
     "return calls from reporters seeking comment"),
    ("A police spokeswoman would not say how many officers were hurt.", "say"),
    ("The agency wouldn't confirm the report.", "confirm"),
    ("The general's lawyer had no comment.", "had no comment"),
    ("The embassy declined repeated requests for comment.",
     "declined repeated requests for comment"),
    ("The candidate ignored questions about the loan.", "ignored questions"),
])
def test_a_negated_reply_or_statement_declines_comment(coder: Coder, text: str,
                                                       trigger: str) -> None:
    events = coded(coder, text)
    assert ("011", trigger, "occurred") in events
    assert not [e for e in events if e[0] in {"010", "020"}]  # no statement, no request


@pytest.mark.parametrize("text", [
    "The consulate responded to a request for comment on Monday.",  # it commented
    "The rebels did not respond to the ultimatum.",  # no request for comment
    "The court did not respond to the request for troops.",
    "The spokesman could not say how many officers were hurt.",  # unable, no refusal
    "The ministry has not commented on the claims.",  # no explicit refusal
])
def test_other_replies_and_silences_are_no_decline(coder: Coder, text: str) -> None:
    assert "011" not in [code for code, _, _ in coded(coder, text)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The coach declined to discuss the transfer fee.", "declined to discuss"),
    ("The governor refused to say whether the contract was signed.", "refused to say"),
    ("A company spokesman refused to confirm the layoffs.", "refused to confirm"),
])
def test_refusing_to_say_or_discuss_declines_comment(coder: Coder, text: str,
                                                     trigger: str) -> None:
    events = coded(coder, text)
    assert ("011", trigger, "occurred") in events
    assert not [e for e in events if e[0].startswith("12")]  # no rejection


@pytest.mark.parametrize("text", [
    "The defence minister declined to answer questions about the convoy.",
    "The premier refused to take questions after the briefing.",
    "A party official declined to speak to journalists on Friday.",
    "The foreign secretary did not take questions after the speech.",
    "The coach would not speak to reporters after the match.",
])
def test_refusing_to_speak_or_take_questions_declines_comment(coder: Coder, text: str) -> None:
    events = coded(coder, text)
    assert [code for code, _, _ in events] == ["011"]
    assert events[0][2] == "occurred"


@pytest.mark.parametrize("text", [
    "The junta refused to speak with the rebel delegation.",
    "The junta would not speak with the rebel delegation.",
    "The government won't speak to the militia, calling it a gang.",
    "The president refused to speak to the separatists.",
])
def test_refusing_to_speak_with_a_party_is_no_decline(coder: Coder, text: str) -> None:
    assert "011" not in [code for code, _, _ in coded(coder, text)]


def test_a_refusal_to_say_leaves_what_was_not_said_open(coder: Coder) -> None:
    events = coded(coder, "The senator refused to say whether the militia attacked the convoy.")
    assert ("190", "attacked", "possible") in [(c, t.split()[0], s) for c, t, s in events]


@pytest.mark.parametrize(("text", "code"), [
    ("The embassy rejected the general's comments as false.", "016"),
    ("Kabul flatly rejected her comments about the election.", "016"),
    ("The union refused comment on the strike.", "011"),
])
def test_rejecting_someones_remarks_denies_them(coder: Coder, text: str, code: str) -> None:
    codes = [c for c, _, _ in coded(coder, text)]
    assert code in codes and ("011" not in codes or code == "011")


def test_the_construction_names_its_refusal_words(nlp: Language) -> None:
    doc = nlp("Officials would not say whether the talks had failed.")
    [decline] = find_declines(doc, load_lexicon())
    assert decline.verb.text == "say"
    assert [doc[i].text for i in decline.cues] == ["would", "not"]


def test_bundled_data_has_provenance_and_a_cameo_code() -> None:
    lexicon = load_lexicon(BUNDLED)
    assert lexicon.meta.license and lexicon.code == "011"


def test_invalid_data_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "declines.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace('code: "011"', 'code: "eleven"'), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)


@pytest.mark.parametrize("text", [
    "The mayor could not be reached for comment.",
    "The embassy was contacted for comment on Monday.",
    "Reporters asked the ministry for immediate comment.",
])
def test_a_comment_sought_is_no_statement(coder: Coder, text: str) -> None:
    assert not any(code.startswith("01") for code, _, _ in coded(coder, text))


def test_a_comment_made_stays_a_statement(coder: Coder) -> None:
    assert "010" in [code for code, _, _ in coded(
        coder, "The minister made a brief comment on the vote.")]


def test_a_typographic_apostrophe_still_negates(coder: Coder) -> None:
    text = "The two ministries didn\u2019t immediately respond to a request for comment."
    assert [code for code, _, _ in coded(coder, text)] == ["011"]


def test_negated_verbs_outside_the_decline_words_are_no_decline(nlp: Language) -> None:
    doc = nlp("The council did not approve the budget and would not attack the mayor, "
              "but the mayor's office did not respond to requests for comment.")
    found = find_declines(doc, load_lexicon())
    assert [(d.kind, d.verb.text) for d in found] == [("response", "respond")]
