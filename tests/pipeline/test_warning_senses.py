"""A warning of a danger is a pessimistic comment (012), a warning of the warner's own act or
with a word of threat stays a threat (130) (``warning_senses``); sentences written for these
tests, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.warning_senses import (
    bundled_lexicon,
    is_danger_warning,
    load_lexicon,
    warning_word,
)
from tests.coded import code_of


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "word"), [
    ("The dockers' union warned that hundreds of jobs could disappear.", "warned"),
    ("Central bankers warn that prices may keep rising this winter.", "warn"),
    ("Farmers warned of frost in the northern valleys.", "warned"),
    ("The health ministry warned about the dangers of the heatwave.", "warned"),
    ("Exports will fall sharply, the chamber of commerce warned.", "warned"),
    ("The agency issued a warning that the levee could fail.", "issued"),
    # a report of what is being or has been done, no act to come
    ("Aid groups warned that they were running out of fuel in Gaza.", "warned"),
    ("The ministry warned that they had blocked the convoy twice.", "warned"),
])
def test_a_warning_of_a_danger_is_a_pessimistic_comment(
    coder: Coder, text: str, word: str
) -> None:
    assert code_of(coder, text, word) == "012"


@pytest.mark.parametrize(("text", "word"), [
    ("Pakistan warned that it would respond to any incursion.", "warned"),
    ("Iran warned that it will close the strait.", "warned"),  # the warner's own act
    ("The Kremlin warned Finland of serious consequences.", "warned"),
    ("Moscow warned that any strike on its soil would meet a firm response.", "warned"),
    ("The junta warned that protesters would be arrested.", "warned"),
    ("Beijing was warned about new tariffs on its steel.", "warned"),
    ("The commission did warn the two states were under scrutiny and it would act.", "warn"),
    ("China warned Manila against sending more ships.", "warned"),  # no content: coercive
    ("Turkey warned Greece on Monday.", "warned"),  # no content at all
    ("The militia warned that it was ready to hit the capital.", "warned"),  # a copula's state
    ("Seoul warned that it was going to seal the border.", "warned"),  # an act to come
    # an act asked of the warned, whatever clause the parser also hangs on the verb
    ("Residents of the city were warned to stay indoors as a Ukrainian operation was mounted.",
     "warned"),
    ("Kenya gave Somalia a stern warning to stop the raids.", "warning"),  # an act asked for
])
def test_a_warning_of_the_warners_act_or_with_a_threat_stays_a_threat(
    coder: Coder, text: str, word: str
) -> None:
    code = code_of(coder, text, word)
    assert code is not None and code.startswith("13")


def test_the_warning_word_of_a_noun_object(nlp: Language) -> None:
    lex = bundled_lexicon()
    doc = nlp("The agency sounded a warning that the levee could fail.")
    sounded = next(t for t in doc if t.text == "sounded")
    found = warning_word(sounded, lex)
    assert found is not None and found.text == "warning"
    assert is_danger_warning(sounded, lex)
    doc = nlp("The agency sounded the alarm.")
    assert warning_word(next(t for t in doc if t.text == "sounded"), lex) is None


def test_bad_lexicon_is_refused(tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "eventwire" / "data" / "warnings.yaml"
    bad = tmp_path / "warnings.yaml"
    bad.write_text(bundled.read_text().replace('code: "012"', 'code: "twelve"'))
    with pytest.raises(DataError):
        load_lexicon(bad)
