from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.evaluate.petrarch_records import (
    ExpectedEvent,
    PetrarchFile,
    normalise_code,
    parse_date,
    petrarch_paths,
    read_petrarch_file,
    read_petrarch_text,
    text_from_conllu,
)
from tests.evaluate.factories import GSR, UNIT_TESTS

SAMPLE = """<Validation>
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="A-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor restored ties
with Gondor &amp; Rohan.
</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="2015-06-09" id="A-2" category="DEMO" evaluate="true"/>
<EventCoding eventcode="190" sourcecode='"INJURY TOLL"' targetcode="---OSG" />
<EventCoding eventcode="174K" sourcecode="HOB" targetcode="GON" />
<Text>Something happened.</Text>
<!-- <Sentence date="19950101" id="A-3"><EventCoding sourcecode="X" targetcode="Y"
eventcode="010"></EventCoding><Text>Commented out.</Text></Sentence> -->
<Sentence date="bad" id="A-4" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
<Sentence id="A-5" sentence="false"><EventCoding noevents="True"/><Text>x</Text></Sentence>
<Sentence id="A-6" sentence="true"><Text>no gold</Text></Sentence>
<Sentence id="A-7" sentence="true"><EventCoding error="dateline"/><Text>err</Text></Sentence>
<Sentence id="A-8" sentence="true" <EventCoding
</Sentences>
</Validation>
"""


@pytest.fixture(scope="module")
def sample() -> PetrarchFile:
    return read_petrarch_text(SAMPLE)


def test_sample_records_and_skips(sample: PetrarchFile) -> None:
    assert [r.id for r in sample.records] == ["A-1", "A-2", "A-4", "A-7"]
    assert dict(sample.skipped) == {"not_evaluable": 1, "no_gold": 1, "unparseable": 1}
    assert sample.environment["Verbfile"] == "PETR.Validate.verbs.txt"


def test_sample_record_fields(sample: PetrarchFile) -> None:
    first, second, empty, error = sample.records
    assert first.text == "Arnor restored ties with Gondor & Rohan."
    assert first.published == date(1995, 1, 1)
    assert first.events == (ExpectedEvent("ARN", "GON", "064"),)
    assert first.expectation == "events" and first.options.require_dyad
    assert second.events == (ExpectedEvent("INJURY TOLL", "OSG", "190"),)
    assert second.unscorable == (ExpectedEvent("HOB", "GON", "174K"),)
    assert not second.options.require_dyad and second.options.new_actor_length == 4
    assert empty.expectation == "noevents" and empty.published is None
    assert error.expectation == "error" and error.events == () and error.error == "dateline"
    assert first.error == ""
    assert sample.bad_dates == 2


def test_require_dyad_defaults_off_when_gold_has_null_actors() -> None:
    text = (
        '<Sentence id="x" date="20150609"/>\n<EventCoding eventcode="036" '
        'sourcecode="IGO" targetcode="---" />\n<Text>a b</Text>\n</Sentence>'
    )
    assert not read_petrarch_text(text).records[0].options.require_dyad


def test_helpers() -> None:
    assert normalise_code(' "---REB" ') == "REB"
    assert normalise_code("---") == ""
    assert parse_date("19950101") == date(1995, 1, 1)
    assert parse_date("121108") is None
    conllu = (
        "1\tRussia\tx\tx\tx\t_\t2\tnsubj\t_\t_\n2\tleft\tx\tx\tx\t_\t0\troot\t_\tSpaceAfter=No\n"
    )
    assert text_from_conllu(conllu + "3\t.\t.\tx\tx\t_\t2\tpunct\t_\t_") == "Russia left."


def test_never_crashes_on_garbage() -> None:
    result = read_petrarch_text("<Sentence <Sentence id=\x00 <Text>")
    assert result.records == []
    assert sum(result.skipped.values()) == 2


def test_require_dyad_stays_on_until_a_file_that_sets_it_turns_it_off() -> None:
    record = (
        '<Sentence id="{0}" date="20150609"/>\n<EventCoding eventcode="023" '
        'sourcecode="---GOV" targetcode="---" />\n<Text>a b</Text>\n</Sentence>\n'
    )
    text = (record.format("before") + '<Config option="require_dyad" value="false"></Config>\n'
            + record.format("after"))
    before, after = read_petrarch_text(text).records
    assert before.options.require_dyad and not after.options.require_dyad


@pytest.mark.skipif(not UNIT_TESTS.is_file(), reason="needs ../shared/peers")
def test_unit_test_records_counts() -> None:
    source = read_petrarch_file(UNIT_TESTS)
    assert len(source.records) == 278
    assert sum(len(r.events) for r in source.records) == 350
    assert sum(len(r.unscorable) for r in source.records) == 2
    assert dict(source.skipped) == {"not_evaluable": 5, "no_gold": 1}
    kinds = [r.expectation for r in source.records]
    assert (kinds.count("noevents"), kinds.count("error")) == (19, 7)
    errors = sorted(r.error for r in source.records if r.expectation == "error")
    assert errors.count("bad_input_parse") == 2 and "storydiscard" in errors
    assert any(r.options.new_actor_length == 4 for r in source.records)
    assert any(not r.options.require_dyad for r in source.records)
    assert source.records[0].options.require_dyad  # PETRARCH's default until a <Config>
    assert source.environment["Actorfile"] == "PETR.Validate.actors.txt"


@pytest.mark.skipif(not GSR.is_file(), reason="needs ../shared/peers")
def test_gsr_counts() -> None:
    source = read_petrarch_file(GSR)
    assert len(source.records) == 78
    assert sum(len(r.events) for r in source.records) == 80
    assert all(r.text for r in source.records)
    assert not any(r.options.require_dyad for r in source.records)
    assert source.bad_dates == 1


@pytest.mark.skipif(not GSR.is_file(), reason="needs ../shared/peers")
def test_directory_lists_record_files(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "b.xml").write_text("<x/>", encoding="utf-8")
    assert [p.name for p in petrarch_paths(tmp_path)] == ["a.xml"]
    assert petrarch_paths(GSR) == [GSR]
