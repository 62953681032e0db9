"""Commentary (``pipeline/commentary.py``): a statement by an unaffiliated commentator with no
coded target gives no event. Sentences written for these tests, coded by the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.errors import DataError
from eventwire.pipeline.commentary import bundled_lexicon, commentator_noun, load_lexicon
from tests.coded import codes_by_head


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


COMMENTARY: list[tuple[str, str]] = [
    ("Copper prices should recover by the spring, analysts said.", "said"),
    ("Freight rates will keep falling, said Maria Olsen, a shipping analyst at a Hamburg bank.",
     "said"),
    ("Veteran currency strategist Tom Reyes said the yen looked cheap.", "said"),
    ("Economists at the bank said growth would slow in the third quarter.", "said"),
    ("A law professor at the university said the ruling was unusual.", "said"),
    # an outlet told is the remark's hearer, not an actor it is about
    ("A grain analyst told Reuters that wheat prices would climb in May.", "told"),
    ("A veteran radio pundit told Politico that turnout would be low.", "told"),
]

KEPT: list[tuple[str, str]] = [
    # an official, a coded target, a possessed commentator, a speaker with officials
    ("The finance minister said growth would slow in the third quarter.", "said"),
    ("Officials and analysts said the harvest was poor.", "said"),
    ("Treasury economist Ann Lee said growth would slow in the third quarter.", "said"),
    ("An analyst at the defence ministry said the drills would end soon.", "said"),
]


@pytest.mark.parametrize(("text", "head"), COMMENTARY)
def test_a_commentators_remark_gives_no_event(coder: Coder, text: str, head: str) -> None:
    assert head not in codes_by_head(coder, text)


@pytest.mark.parametrize(("text", "head"), KEPT)
def test_a_political_actors_statement_stays(coder: Coder, text: str, head: str) -> None:
    assert codes_by_head(coder, text).get(head, "")[:2] == "01"


def test_a_remark_about_a_coded_actor_stays(coder: Coder) -> None:
    codes = codes_by_head(coder, "An analyst at a Tokyo broker criticized the Japanese "
                                 "government.")
    assert codes.get("criticized", "")[:2] == "11"


def test_an_act_the_commentator_speaks_of_stays(coder: Coder) -> None:
    """Only the remark goes: the act it reports keeps its own event (and the accusation of
    its coded doer, which has a target)."""
    codes = codes_by_head(coder, "Analysts said the army shelled the border town of Kessa.")
    assert codes.get("said", "")[:2] != "01"
    assert codes.get("shelled", "")[:2] == "19"


@pytest.mark.parametrize(("text", "found"), [
    ("Jane Cole, a senior analyst at a broker, said rates would rise.", "analyst"),
    ("Commodities trader Ali Demir said wheat was scarce.", "trader"),
    ("The president's chief strategist said the tour went well.", None),
    ("The spokesman said the tour went well.", None),
])
def test_the_commentator_noun_of_the_speaker(nlp: Language, text: str, found: str | None
                                             ) -> None:
    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    speaker = next(c for c in said.children if c.dep_ == "nsubj")
    noun = commentator_noun(speaker, bundled_lexicon())
    assert (noun.text if noun is not None else None) == found


def test_the_lexicon_rejects_an_unknown_field(tmp_path: Path) -> None:
    bad = tmp_path / "commentary.yaml"
    bad.write_text(
        "_meta: {name: c, version: '1', source: s, license: MIT}\nroots: ['01']\n"
        "commentator_nouns: [analyst]\naffiliation_words: [army]\npolitical_sectors: [GOV]\n"
        "extra: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError):
        load_lexicon(bad)
