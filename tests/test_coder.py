"""The runner loop: all-capitals input, batches with failures, deterministic ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.ingest.sources import iter_articles
from eventwire.pipeline.segmenter import MAX_RUN
from eventwire.records import Article, Event
from tests.contract import validate_record

UPPER = ("RUSSIAN TROOPS ATTACKED THE UKRAINIAN VILLAGE ON TUESDAY, OFFICIALS SAID. PRESIDENT "
         "VLADIMIR PUTIN WILL MEET XI JINPING IN BEIJING ON FRIDAY.")


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_all_capitals_text_is_truecased_for_parsing_only(coder: Coder) -> None:
    events = coder.code(UPPER, published="2022-03-02")
    codes = {(e.cameo.root, e.source.code if e.source else None) for e in events}
    assert ("19", "RUSMIL") in codes and ("04", "RUSGOV") in codes
    for event in events:
        record = event.to_dict()
        validate_record(record, UPPER)
        assert record["evidence"]["text"].isupper()


def test_mixed_case_and_upper_give_the_same_events(coder: Coder) -> None:
    mixed = ("Russian troops attacked the Ukrainian village on Tuesday, officials said. President "
             "Vladimir Putin will meet Xi Jinping in Beijing on Friday.")
    def key(text: str) -> set[tuple[str, str | None, str]]:
        return {(e.cameo.code, e.source.code if e.source else None, e.status)
                for e in coder.code(text, published="2022-03-02")}
    assert key(UPPER) == key(mixed)


def test_batch_keeps_order_and_counts(coder: Coder) -> None:
    articles = [Article(text=t, id=str(i)) for i, t in enumerate(
        ["Iran condemned Israel.", "", "x" * 10, UPPER, "\x00\x01" * 500])]
    results = list(coder.code_articles(articles))
    assert [r.article.id for r in results] == ["0", "1", "2", "3", "4"]
    assert sum(r.ok for r in results) + sum(not r.ok for r in results) == len(articles)
    assert [r.ok for r in results] == [True, False, True, True, False]


@pytest.mark.parametrize("text", [
    "Thousands watched the parade from the rooftops.",
    '"I think the plan will work," the engineer said.',
    "The talks are going well, diplomats say.",
    "More than expected, inflation eased in May.",
])
def test_bare_converted_verbs_need_an_actor(coder: Coder, text: str) -> None:
    """A PETRARCH bare verb line (WATCH, THINK, GO; EXPECT with its own code) codes nothing
    without an actor."""
    rules = [e.rule for e in coder.code(text)]
    assert not [r for r in rules if r.startswith("petrarch2:")], rules


def test_bare_converted_verb_with_an_actor_is_coded(coder: Coder) -> None:
    events = coder.code("Russian President Vladimir Putin attended the naval parade.")
    attended = [e for e in events if e.trigger.text == "attended"]
    assert attended and attended[0].source is not None
    assert attended[0].rule.startswith("petrarch2:")


def test_a_place_whose_country_changed_is_dated_and_no_person(coder: Coder) -> None:
    """Phoenix dates some towns' country ("Sevastopol": USR until 1991, then UKR): they are
    places, so "he" does not stand for them, and their country follows the date."""
    text = "Putin arrived in Sevastopol on Monday. Drones attacked the port, he said."
    events = coder.code(text, published="2023-05-01")
    attack = next(e for e in events if e.trigger.text.startswith("attacked"))
    assert attack.attribution is not None and attack.attribution.code == "RUSGOV"
    arrived = next(e for e in events if e.trigger.text.startswith("arrived"))
    assert arrived.target is not None and arrived.target.country == "UKR"
    old = coder.code("The delegation arrived in Sevastopol.", published="1989-05-01")
    assert any(e.target is not None and e.target.country == "USR" for e in old), old


def test_a_region_suffix_of_a_country_code_is_no_sector(coder: Coder) -> None:
    """Phoenix writes some places as a country plus a region ("Rafah": PSEGZA): the record keeps
    the code, but GZA is no sector."""
    events = coder.code("Israeli troops raided Rafah on Monday.", published="2024-05-01")
    targets = [e.target for e in events if e.target is not None and e.target.text == "Rafah"]
    assert targets and targets[0].code == "PSEGZA"
    assert targets[0].country == "PSE" and targets[0].sector is None


def test_a_batch_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        Coder(batch_size=0)


MARKED_UP = ("<p>Protesters clashed with police in Paris on Tuesday &amp; burned cars.</p>"
             "<p>Iran&#8217;s foreign minister condemned the sanctions imposed by the "
             "European Union.</p>")


def _keys(events: list[Event]) -> list[tuple[str, int, int, str]]:
    return [(e.cameo.code, e.trigger.start, e.trigger.end, e.trigger.text) for e in events]


def test_code_reads_text_as_the_cli_reader_does(coder: Coder, tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text(MARKED_UP, encoding="utf-8")
    read = next(iter_articles([str(page)]))
    assert isinstance(read, Article) and "markup" in read.notes
    from_file = next(coder.code_articles([read])).events
    result = coder.code_result(MARKED_UP, article_id=read.id)
    assert result.article.text == read.text and result.article.notes == read.notes
    assert from_file and _keys(coder.code(MARKED_UP)) == _keys(from_file)
    for event in result.events:
        validate_record(event.to_dict(), result.article.text)


def test_code_can_leave_the_text_as_given(coder: Coder) -> None:
    result = coder.code_result(MARKED_UP, normalise=False)
    assert result.article.text == MARKED_UP and result.article.notes == ()
    clean = "Protesters clashed with police in Paris."
    assert coder.code_result(clean).article.text == clean


@pytest.mark.parametrize("given", [None, b"Police arrested two men.", 5])
def test_a_text_that_is_no_string_is_a_clear_type_error(coder: Coder, given: object) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        coder.code(given)  # type: ignore[arg-type]


def _unpunctuated(words: int) -> str:
    """``words`` words of the fuzz generator's English sentences, every mark and break gone
    (scraped text that lost its punctuation)."""
    from tests.fuzz_inputs import SENTENCES

    english = [s for s in SENTENCES if not s.startswith("Le ")]
    pool = re.findall(r"[^\W_]+", " ".join(english))
    return " ".join(pool[i % len(pool)] for i in range(words))


@pytest.mark.slow
def test_a_long_article_with_no_punctuation_codes_and_its_records_hold(coder: Coder) -> None:
    """Twenty thousand words with no sentence end: coded without error in sentences of at most
    ``MAX_RUN`` tokens, every record valid against the text, one id per event (the time it
    takes is ``bench/long_text.py``'s business, not a test's)."""
    text = _unpunctuated(20_000)
    results = list(coder.code_articles([Article(text=text, id="long")]))
    assert len(results) == 1 and results[0].ok and results[0].error is None
    events = results[0].events
    assert events
    assert len({e.id for e in events}) == len(events)
    assert max(e.sentence for e in events) >= 20_000 // MAX_RUN // 2  # cut into sentences
    for event in events:
        validate_record(event.to_dict(), text)
        assert len(event.evidence.text.split()) <= MAX_RUN
