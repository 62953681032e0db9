from __future__ import annotations

from dataclasses import replace

from eventwire.evaluate.petrarch import (
    coded_triples,
    exact_match,
    petrarch_view,
    relaxed_match,
    score_petrarch,
    score_record,
)
from eventwire.evaluate.petrarch_records import (
    ExpectedEvent,
    PetrarchRecord,
    RecordOptions,
)
from eventwire.evaluate.runner import CodedItems
from tests.evaluate.factories import actor, event

DYAD = RecordOptions(require_dyad=True)
NO_DYAD = RecordOptions(require_dyad=False)


def record(
    events: tuple[ExpectedEvent, ...],
    options: RecordOptions = DYAD,
    *,
    unscorable: tuple[ExpectedEvent, ...] = (),
    category: str = "DEMO",
) -> PetrarchRecord:
    return PetrarchRecord(
        id="r",
        text="t",
        published=None,
        category=category,
        expectation="events" if events else "noevents",
        events=events,
        unscorable=unscorable,
        options=options,
    )


def test_exact_and_relaxed_matching() -> None:
    gold = ExpectedEvent("RUSGOV", "UKR", "0874")
    same = coded_triples([event("0874", actor("RUSGOV"), actor("UKR"))], DYAD)[0]
    near = coded_triples([event("087", actor("RUSMIL"), actor("UKRGOV"))], DYAD)[0]
    other = coded_triples([event("190", actor("RUS"), actor("UKR"))], DYAD)[0]
    assert exact_match(gold, same) and relaxed_match(gold, same)
    assert not exact_match(gold, near) and relaxed_match(gold, near)
    assert not relaxed_match(gold, other)


def test_record_scoring_is_one_to_one() -> None:
    gold = (ExpectedEvent("ARN", "GON", "064"), ExpectedEvent("ARN", "GON", "064"))
    coded = [event("064", actor("ARN"), actor("GON")), event("010", actor("ARN"), actor("GON"))]
    score = score_record(record(gold), coded, exact_match)
    assert (score.expected, score.correct, score.extra) == (2, 1, 1)
    assert score.missing == ("ARN/GON/064",)
    assert score.spurious == ("ARN/GON/010",)


def test_require_dyad_drops_one_sided_events() -> None:
    gold = (ExpectedEvent("IGO", "", "036"),)
    one_sided = [event("036", actor("IGO"), None)]
    assert score_record(record(gold, DYAD), one_sided, exact_match).correct == 0
    assert score_record(record(gold, NO_DYAD), one_sided, exact_match).correct == 1
    assert score_record(record((), DYAD), one_sided, exact_match).extra == 0


def test_new_actor_length_matches_actor_text() -> None:
    gold = (ExpectedEvent("INJURY TOLL", "OSG", "223"),)
    coded = [event("223", actor(None, "injury toll"), actor("OSG"))]
    allowed = RecordOptions(require_dyad=False, new_actor_length=4)
    assert score_record(record(gold, allowed), coded, exact_match).correct == 1
    assert score_record(record(gold, NO_DYAD), coded, exact_match).correct == 0


def test_unscorable_gold_absorbs_its_coded_event() -> None:
    rec = record((), unscorable=(ExpectedEvent("HOB", "GON", "174K"),))
    coded = [event("174", actor("HOB"), actor("GON"))]
    assert score_record(rec, coded, exact_match).extra == 0


def test_score_petrarch_report() -> None:
    records = [
        record((ExpectedEvent("ARN", "GON", "064"),), category="DEMO"),
        record((), category="ERROR"),
    ]
    coded = CodedItems(
        events={
            "a": [event("064", actor("ARN"), actor("GON"))],
            "b": [event("190", actor("ARN"), actor("GON"))],
        }
    )
    report = score_petrarch(records, ["a", "b"], coded)
    assert {k: report[k] for k in ("items", "expected", "correct", "extra")} == {
        "items": 2,
        "expected": 1,
        "correct": 1,
        "extra": 1,
    }
    assert (report["precision"], report["recall"], report["f1"]) == (0.5, 1.0, 0.6667)
    assert report["relaxed"]["correct"] == 1
    assert report["by_category"]["DEMO"]["f1"] == 1.0
    assert report["empty_expectations"] == {"noevents": {"items": 1, "clean": 0}}
    assert report["mismatches"] == [{"id": "b", "missing": [], "extra": ["ARN/GON/190"]}]


def test_conventions_leave_out_statements_that_report_a_coded_event() -> None:
    speaker = actor("GON", "Gondor", 0)
    said = event("010", speaker, actor("ARN"))
    attack = replace(event("190", actor("ARN", "Arnor", 20), actor("MOR")), attribution=speaker)
    plain = event("010", actor("ARN", "Arnor", 0), actor("GON"))
    assert petrarch_view([said, attack]) == [attack]
    assert petrarch_view([plain]) == [plain]  # a statement that reports nothing coded stays
    other_sentence = replace(attack, sentence=1)
    assert petrarch_view([said, other_sentence]) == [said, other_sentence]


def test_conventions_leave_out_events_no_clause_of_their_own_words() -> None:
    attack = event("190", actor("ARN", "Arnor", 0), actor("MOR"))
    noun = replace(attack, extra={"trigger_form": "noun"})
    adjunct = replace(attack, extra={"trigger_form": "participle"})
    assert petrarch_view([attack, noun, adjunct]) == [attack]


def test_conventions_leave_out_events_without_a_source() -> None:
    sourced = event("190", actor("ARN", "Arnor", 0), actor("MOR"))
    unknown_doer = event("190", None, actor("MOR"))
    uncoded_doer = event("190", actor(None, "a group", 0), actor("MOR"))
    assert petrarch_view([sourced, unknown_doer, uncoded_doer]) == [sourced]


def test_conventions_leave_out_the_act_someone_is_asked_to_do() -> None:
    # "Gondor urged Arnor to send aid to Mordor": the urging is coded, the sending is not.
    gondor, arnor = actor("GON", "Gondor", 0), actor("ARN", "Arnor", 14)
    urged = event("020", gondor, arnor, at=7)
    send = event("070", replace(arnor), actor("MOR", "Mordor", 36), status="possible", at=23)
    assert petrarch_view([urged, send]) == [urged]
    # a done act of the addressee stays ("Gondor thanked Arnor, which sent aid")
    sent = replace(send, status="occurred")
    assert petrarch_view([urged, sent]) == [urged, sent]
    # and so does an act of a side that is also the earlier act's source (a mutual "seek")
    mutual = [urged, event("020", arnor, gondor, at=7), send]
    assert petrarch_view(mutual) == mutual[:2] + [send]


def test_conventions_leave_out_a_reported_act_composed_into_its_statement() -> None:
    # "Gondor said Arnor shelled Mordor": Gondor's accusation of Arnor is coded, not the shelling
    shelling = replace(event("194", actor("ARN", "Arnor", 12), actor("MOR")), id="act")
    accusation = replace(event("112", actor("GON", "Gondor", 0), actor("ARN", "Arnor", 12)),
                         extra={"reported_act": "act"})
    other = replace(shelling, id="another")
    assert petrarch_view([shelling, accusation, other]) == [accusation, other]


def test_score_petrarch_reports_the_conventions_figure_beside_the_raw_one() -> None:
    speaker = actor("GON", "Gondor", 0)
    coded = CodedItems(events={"a": [
        event("010", speaker, actor("ARN")),
        replace(event("190", actor("ARN", "Arnor", 20), actor("MOR")), attribution=speaker),
    ]})
    report = score_petrarch([record((ExpectedEvent("ARN", "MOR", "190"),))], ["a"], coded)
    assert (report["correct"], report["extra"]) == (1, 1)
    conventions = report["conventions"]
    assert (conventions["correct"], conventions["extra"], conventions["left_out"]) == (1, 0, 1)
    assert conventions["rule"] == "reporting-verb+clauses-only+source+asked-act+composed-report"


def test_records_about_unread_input_are_set_apart() -> None:
    """A record expecting PETRARCH to reject its Treebank parse (``bad_input_parse``) is about
    input eventwire never reads: reported apart, its coded events no extras. Other error
    records (a discarded story) are scored as expecting no event."""
    parse_error = replace(record((), category="ERROR"), expectation="error",
                          error="bad_input_parse")
    discarded = replace(record((), category="ERROR"), expectation="error", error="storydiscard")
    coded = CodedItems(events={
        "p": [event("064", actor("ARN"), actor("GON"))],
        "d": [event("190", actor("ARN"), actor("GON"))],
        "a": [event("064", actor("ARN"), actor("GON"))],
    })
    gold = record((ExpectedEvent("ARN", "GON", "064"),))
    report = score_petrarch([gold, parse_error, discarded], ["a", "p", "d"], coded)
    assert (report["items"], report["expected"], report["correct"], report["extra"]) == (2, 1, 1, 1)
    assert report["set_apart"] == {"errors": ["bad_input_parse"], "items": 1, "ids": ["p"],
                                   "coded_events": 1}
    assert report["empty_expectations"] == {"error": {"items": 1, "clean": 0}}
    assert [m["id"] for m in report["mismatches"]] == ["d"]
