"""Statements that criticize (eventwire.pipeline.statement_senses), with the real coder and the
real English model: sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from eventwire.coder import Coder
from eventwire.errors import DataError
from eventwire.pipeline.statement_senses import bundled_lexicon, condemning, load_lexicon
from tests.coded import code_of


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "word"), [
    ("The Chilean envoy said the blockade was unacceptable.", "said"),
    ("The union leader insisted the pension reform was a total disaster.", "insisted"),
    ("The senator said the governor was wrong to close the border.", "said"),
    ("The mayor told reporters that the ruling was a travesty.", "told"),
    ("The Peruvian minister said the decision was reckless and irresponsible.", "said"),
])
def test_a_statement_that_condemns_something_is_criticism(coder: Coder, text: str,
                                                           word: str) -> None:
    assert code_of(coder, text, word) == "111"


@pytest.mark.parametrize(("text", "word"), [
    ("The Chilean envoy said the blockade was not illegal.", "said"),
    ("The mayor said the bridge was a triumph of engineering.", "said"),
    ("The senator said the talks would resume in Lima on Monday.", "said"),
    ("The governor said we were wrong to wait so long.", "said"),
    ("The envoy said the remarks may have been offensive.", "said"),
    ("The lawyer said there was no criminal liability.", "said"),
    ("The mayor said the main problem was the weather and reckless drivers.", "said"),
    ("The envoy said the plan to close the Chilean border was wrong.", "said"),
])
def test_other_statements_stay_statements(coder: Coder, text: str, word: str) -> None:
    assert code_of(coder, text, word) == "010"


def test_the_condemning_words_include_the_named_patterns() -> None:
    words = condemning(bundled_lexicon())
    assert {"unacceptable", "disgrace", "wrong"} <= words


def test_an_unknown_key_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "statement_senses.yaml"
    text = (Path(__file__).parents[2] / "eventwire" / "data" / "statement_senses.yaml").read_text(
        "utf-8")
    bad.write_text(text + "\nextra_key: [x]\n", "utf-8")
    with pytest.raises((DataError, ValidationError)):
        load_lexicon(bad)


def _criticism(coder: Coder, text: str) -> tuple[str | None, str | None]:
    events = [e for e in coder.code(text) if e.cameo.code == "111"]
    assert len(events) == 1, text
    source, target = events[0].source, events[0].target
    return (source.text if source else None), (target.text if target else None)


@pytest.mark.parametrize(("text", "target"), [
    # whom the speaker told it to is no target of the criticism
    ("The Bolivian envoy told Al Jazeera that the blockade was unacceptable.", None),
    ('The bishop told Radio Maria: "It is a disgrace."', None),
    # an actor of another clause of the sentence is no target either
    ("The senator said the plan was a huge mistake, as Peru tries to rebuild its army.", None),
    # the condemned clause's subject or its possessor is
    ("The mayor told reporters that Chile's decision was reckless.", "Chile"),
    ("The Peruvian minister told the BBC that Bolivia was wrong to close the border.", "Bolivia"),
])
def test_a_criticizing_statement_targets_what_its_clause_is_about(coder: Coder, text: str,
                                                                  target: str | None) -> None:
    assert _criticism(coder, text)[1] == target
