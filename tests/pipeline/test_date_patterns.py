"""``date_patterns``: the validated dates data and the patterns built from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.errors import DataError
from eventwire.pipeline.date_patterns import (
    DateMatcher,
    build_matcher,
    load_dates_data,
    longest_first,
    token_need,
)

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "dates.yaml"


def test_bundled_data_is_valid() -> None:
    data = load_dates_data(BUNDLED)
    assert data.months["may"] == 5
    assert data.meta.license


def test_invalid_data_names_file_and_line(tmp_path: Path) -> None:
    text = BUNDLED.read_text("utf-8").replace("periods: [week, month, year]",
                                              "periods: [week, fortnight]")
    bad = tmp_path / "dates.yaml"
    bad.write_text(text, "utf-8")
    with pytest.raises(DataError) as info:
        load_dates_data(bad)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "fortnight" in row)
    assert info.value.line == line
    assert str(bad) in str(info.value)


def test_month_numbers_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "dates.yaml"
    bad.write_text(BUNDLED.read_text("utf-8").replace("december: 12", "december: 13"), "utf-8")
    with pytest.raises(DataError, match="december"):
        load_dates_data(bad)


def test_numeric_separators_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "dates.yaml"
    text = BUNDLED.read_text("utf-8").replace('".": day_first', '"-": day_first')
    bad.write_text(text, "utf-8")
    with pytest.raises(DataError, match="separators"):
        load_dates_data(bad)


@pytest.mark.parametrize(("text", "label", "span"), [
    ("The envoy arrived on 12 March 2021 in Lima.", "month_day", "12 March 2021"),
    ("The strike began in late January.", "month", "late January"),
    ("Two weeks ago the port reopened.", "ago", "Two weeks ago"),
    ("The report is dated 2021-03-12.", "iso", "2021-03-12"),
])
def test_the_longest_match_names_its_form(nlp: Language, text: str, label: str,
                                          span: str) -> None:
    doc = nlp(text)
    matcher = build_matcher(nlp, load_dates_data())
    found = [(doc.vocab.strings[m[0]], doc[m[1]:m[2]].text)
             for m in longest_first(matcher(doc))]
    assert found == [(label, span)]


def test_overlapping_matches_keep_the_longest_then_the_earliest() -> None:
    assert longest_first([(1, 0, 2), (2, 0, 4), (3, 3, 5), (4, 5, 6)]) == [(2, 0, 4), (4, 5, 6)]


@pytest.mark.parametrize("text", [
    "Monday morning the council met, and on Tuesday it voted.",
    "The vote, set for the 4th of March, 2024, moved to early-April of 2025 last week.",
    "Three weeks ago, on the 12th, troops left; in two days they return, said the envoy today",
    "Talks ran from 4 to 6 March and resume on 2024-05-01 or 05/06/2024.",
    "The council met the envoy of the union in the hall.",
])
def test_the_prefiltered_matcher_finds_what_the_whole_doc_matcher_finds(
        nlp: Language, text: str) -> None:
    doc = nlp(text)
    data = load_dates_data()
    assert sorted(DateMatcher(nlp, data)(doc)) == sorted(build_matcher(nlp, data)(doc))


def test_a_text_without_date_words_or_numbers_has_no_run_to_match(nlp: Language) -> None:
    doc = nlp("The envoy of the union met the council in the hall, and then he left.")
    assert DateMatcher(nlp, load_dates_data())._runs(doc) == []


def test_runs_hold_an_anchor_and_stop_at_words_no_pattern_reads(nlp: Language) -> None:
    doc = nlp("The talks in the hall ended late on Friday night, the envoy said.")
    runs = DateMatcher(nlp, load_dates_data())._runs(doc)
    assert [doc[start:end].text for start, end in runs] == ["late on Friday night, the"]


def test_a_pattern_token_it_cannot_read_turns_the_prefilter_off() -> None:
    assert token_need({"LOWER": {"IN": ["May", "june"]}, "OP": "?"}) == frozenset({"may", "june"})
    assert token_need({"TEXT": {"REGEX": "^\\d{4}$"}}) is None
    assert token_need({"POS": "NUM"}) is None
    assert token_need({"LOWER": "ago", "OP": "+"}) is None
