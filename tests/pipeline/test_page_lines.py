"""Stand-alone page lines (headings, links to other stories, credits) are discarded."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.pipeline.page_lines import (
    PageLines,
    is_page_line,
    page_line_sentences,
    page_lines,
)
from eventwire.records import Article

STORY = ("Rebels shelled the port city of Hodeidah on Monday, officials said.\n\n"
         "{line}\n\n"
         "The governor said the shelling had stopped by nightfall.")


@pytest.mark.parametrize("line", [
    "Senate unlikely to back any plan that cuts farm subsidies",  # another story's title
    "More: Minister threatens to quit over pension reform",  # a teaser
    "SEE ALSO: Police arrest two suspects after bank raid",
    "- With assistance by Jane Roe and Sam Poe",  # a credit line
    "WHY THE TALKS FAILED",  # a section heading
])
def test_a_short_unpunctuated_line_on_its_own_is_a_page_line(line: str) -> None:
    assert is_page_line(line, page_lines())


@pytest.mark.parametrize("line", [
    "The minister threatened to quit over the pension reform.",  # a sentence
    "He said:",  # a lead-in to a quotation
    "Protesters are detained by police in Lima, Peru, May 2, 2021. REUTERS/Ana Diaz",  # caption
    "Talks have collapsed. No deal tonight - Jo Bloggs (@jobloggs) May 2, 2021",  # a post
    "2014: Talks between the two governments resume in Geneva",  # a timeline entry
    "Troops massed on the border, the agencies said. The ministry's",  # prose broken mid-sentence
    "Done",  # one word
    " ".join(["word"] * 30),  # too long for a heading
])
def test_sentences_captions_posts_and_timelines_are_not(line: str) -> None:
    assert not is_page_line(line, page_lines())


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def codes(coder: Coder, text: str) -> list[tuple[str, str]]:
    (result,) = list(coder.code_articles([Article(id="t", text=text)]))
    return [(event.cameo.code, event.trigger.text) for event in result.events]


def test_the_acts_of_a_linked_story_title_are_not_coded(coder: Coder) -> None:
    line = "Police arrest two opposition leaders after clashes in the capital"
    found = codes(coder, STORY.format(line=line))
    assert ("173", "arrest") not in found and not any(t == "clashes" for _, t in found)
    assert any(code.startswith("19") for code, _ in found), found  # the story's own act


def test_the_same_words_as_a_sentence_of_the_story_are_coded(coder: Coder) -> None:
    line = "Police arrested two opposition leaders after clashes in the capital."
    assert any(code.startswith("17") for code, _ in codes(coder, STORY.format(line=line)))


def test_the_first_paragraph_and_a_page_without_punctuation_are_kept(coder: Coder) -> None:
    headline = "Police arrest two opposition leaders after clashes in the capital"
    assert any(code.startswith("17") for code, _ in codes(coder, headline + "\n\nMore later."))
    unpunctuated = "\n\n".join([
        "Police arrest two opposition leaders after clashes in the capital",
        "Rebels shell the port city of Hodeidah",
        "The governor says the shelling stopped by nightfall"])
    doc = coder.nlp(unpunctuated)
    assert page_line_sentences(doc) == frozenset()


@pytest.mark.parametrize("line", [
    "1) The envoy met the rebel commanders in Doha",
    "\u2022 Troops withdraw from the border town",
])
def test_items_of_the_story_s_own_list_are_kept(line: str) -> None:
    assert not is_page_line(line, page_lines())


def test_a_bad_opening_in_the_data_fails_with_its_reason() -> None:
    data = page_lines().model_dump(by_alias=True)
    data["keep_openings"] = ["(unclosed"]
    with pytest.raises(ValueError, match="no regular expression"):
        PageLines.model_validate(data)
