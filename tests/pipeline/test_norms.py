"""What a norm bars, obliges or allows gives no event (``norms``); sentences written for this
test, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.norms import in_norm, load_lexicon
from tests.coded import coded, word

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "norms.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "gone"), [
    ("The convention obliges states to admit refugees fleeing persecution.", "075"),
    ("The statute bars officials from lobbying their former colleagues.", "16"),
    ("A provision allowing insurers to charge older people more was kept.", "173"),
    ("The treaty prohibits the signatories from attacking each other.", "19"),
    ("The doctrine allows the president to strike any country that threatens America.", "19"),
    ("Federal rules that allow agents to deport asylum seekers are unpopular.", "174"),
    ("He was held under Section 41, which allows police to detain suspects for a week.", "173"),
])
def test_what_a_norm_bars_or_allows_gives_no_event(coder: Coder, text: str, gone: str) -> None:
    assert not [c for c in coded(coder, text) if c.startswith(gone)]


@pytest.mark.parametrize(("text", "kept"), [
    ("The parliament banned the opposition party on Monday.", "172"),
    ("Police used the new law to arrest forty protesters.", "17"),
    ("Under the law, police arrested forty protesters.", "17"),
    ("The court barred the mayor from the council chamber.", "16"),
])
def test_an_actor_that_bans_or_uses_a_law_acts(coder: Coder, text: str, kept: str) -> None:
    assert [c for c in coded(coder, text) if c.startswith(kept)]


def test_the_norm_is_judged_at_its_doer(nlp: Language) -> None:
    lex = load_lexicon()
    text = ("The statute allows officers to arrest suspects without a warrant, and the mayor "
            "wants to arrest the strikers.")
    first, second = (t for t in nlp(text) if t.text == "arrest")
    assert in_norm(first, lex)
    assert not in_norm(second, lex)
    assert not in_norm(word(nlp, "Police used the law to arrest them.", "arrest"), lex)


def test_the_bundled_lexicon_loads() -> None:
    lex = load_lexicon()
    assert "statute" in lex.norm_nouns and "oblige" in lex.norm_verbs


def test_a_malformed_lexicon_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "norms.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("norm_verbs:", "verbs:"), "utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(bad)
    assert str(bad) in str(info.value)
