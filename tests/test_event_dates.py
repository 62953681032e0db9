"""Event dates (``event_dates.pick_date``): limits, dates of event nouns, dates named
from an earlier date, history; on sentences coded by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.coder import Coder
from eventwire.records import Article, Event

PUBLISHED = date(2019, 6, 5)  # a Wednesday


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def events_of(coder: Coder, text: str, published: date = PUBLISHED) -> list[Event]:
    (result,) = list(coder.code_articles([Article(text=text, id="t", published=published)]))
    return list(result.events)


def dated(coder: Coder, text: str, trigger: str) -> tuple[str, str | None, str]:
    (event,) = [e for e in events_of(coder, text) if e.trigger.text == trigger]
    return event.status, event.date, event.date_precision


@pytest.mark.parametrize(("text", "trigger"), [
    # a near limit does not make a standing act a planned one on that day
    ("The sanctions on Iran stay in force until Friday.", "sanctions"),
    ("Western sanctions on Iran remain in force until March.", "sanctions"),
    # the date of a deadline is not the date of its rejection
    ("Iran rejected the deadline of June 30.", "rejected"),
])
def test_a_limit_dates_no_act(coder: Coder, text: str, trigger: str) -> None:
    assert dated(coder, text, trigger) == ("occurred", "2019-06-05", "publication")


def test_a_comment_on_a_dated_event_noun_is_not_dated_by_it(coder: Coder) -> None:
    text = "The opposition condemned the arrest on Monday of three activists."
    assert dated(coder, text, "arrest") == ("occurred", "2019-06-03", "day")
    assert dated(coder, text, "condemned") == ("occurred", "2019-06-05", "publication")


def test_an_event_nouns_own_date_comes_before_its_verbs(coder: Coder) -> None:
    text = "On Wednesday the opposition condemned the arrest on Monday of three activists."
    assert dated(coder, text, "arrest") == ("occurred", "2019-06-03", "day")
    assert dated(coder, text, "condemned") == ("occurred", "2019-06-05", "day")


def test_an_act_at_a_dated_event_shares_its_date(coder: Coder) -> None:
    text = "The opposition boycotted the vote in parliament last week."
    assert dated(coder, text, "boycotted the vote") == ("occurred", "2019-05-27", "week")


def test_a_day_named_from_an_earlier_date_of_the_article(coder: Coder) -> None:
    text = "Police arrested the leader on June 1. The next day, protesters blocked the road."
    assert dated(coder, text, "blocked the road") == ("occurred", "2019-06-02", "day")


@pytest.mark.parametrize(("text", "trigger", "when"), [
    ("In the 1990s, the militia killed hundreds of villagers.", "killed", "1990-01-01"),
    ("Veterans remembered the 1983 bombing of the barracks.", "bombing", "1983-01-01"),
])
def test_history_has_year_precision(coder: Coder, text: str, trigger: str, when: str) -> None:
    assert dated(coder, text, trigger) == ("occurred", when, "year")


@pytest.mark.parametrize(("text", "trigger", "when", "precision"), [
    # a subjectless participial adjunct has the date of the clause it hangs from
    ("Last year, the minister ended the ban, allowing women to serve in combat.", "allowing",
     "2018-01-01", "year"),
    ("Rebels attacked the border post on Monday, abducting four soldiers.", "abducting",
     "2019-06-03", "day"),  # a killing there is the attack's toll, no event of its own
    # a participle after a noun trigger dates it
    ("Trump appeared at the rally held by supporters in Houston last year.", "rally",
     "2018-01-01", "year"),
])
def test_an_undated_trigger_takes_the_date_of_the_clause_that_carries_it(
    coder: Coder, text: str, trigger: str, when: str, precision: str
) -> None:
    assert dated(coder, text, trigger) == ("occurred", when, precision)


@pytest.mark.parametrize(("text", "trigger", "when", "precision"), [
    # the eve of an event with a day in the phrase, or given to the same noun before
    ("Gunmen attacked the airport on the eve of Monday's election.", "attacked",
     "2019-06-02", "day"),
    ("The ministers held talks on May 20. On the eve of the talks, rebels shelled the city.",
     "shelled", "2019-05-19", "day"),
    # the event itself is not dated by its eve
    ("Gunmen attacked the airport on the eve of Monday's summit.", "summit",
     "2019-06-03", "day"),
    # an eve of an event with no day is no date
    ("Gunmen attacked the airport on the eve of the election.", "attacked", "2019-06-05",
     "publication"),
    # a possessive relative date dates its noun and the acts at it
    ("The ministers met on May 20. Rebels shelled the city during the next day's talks.",
     "shelled", "2019-05-21", "day"),
])
def test_the_eve_of_an_event_and_a_possessive_relative_date(
    coder: Coder, text: str, trigger: str, when: str, precision: str
) -> None:
    assert dated(coder, text, trigger)[1:] == (when, precision)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister praised the quick count, unlike in 2015.", "praised"),
    ("Few young voters in the world today trust the old parties, the president said.", "said"),
    ("The minister told Today that the plan was dead.", "told"),
])
def test_no_date_of_the_text_dates_these_acts(coder: Coder, text: str, trigger: str) -> None:
    assert dated(coder, text, trigger)[1:] == ("2019-06-05", "publication")


@pytest.mark.parametrize(("text", "trigger", "when", "precision"), [
    # a clause of the same time and the clause it hangs from share a date
    ("The governor resigned on Monday when crowds stormed his office.", "stormed",
     "2019-06-03", "day"),
    ("The governor resigned when crowds stormed his office on Monday.", "resigned",
     "2019-06-03", "day"),
    # a clause of another time does not: the attack may be days before the arrest
    ("Police arrested two men on Monday after they attacked a guard.", "attacked",
     "2019-06-05", "publication"),
    ("Police arrested two men after they attacked a guard on Monday.", "arrested",
     "2019-06-05", "publication"),
    # nor does one in the past perfect: it is of an earlier time
    ("The governor resigned on Monday, as he had promised.", "promised", "2019-06-05",
     "publication"),
])
def test_a_clause_of_the_same_time_shares_its_date(
    coder: Coder, text: str, trigger: str, when: str, precision: str
) -> None:
    assert dated(coder, text, trigger)[1:] == (when, precision)


@pytest.mark.parametrize(("text", "trigger", "when", "precision"), [
    # a date of a person's role dates no act
    ("Critics like last year's presidential nominee have condemned the tax plan.", "condemned",
     "2019-06-05", "publication"),
    # a weekday before an actor's phrase still dates the act of its clause
    ("Last Friday troops under the general attacked the militias.", "attacked", "2019-05-31",
     "day"),
    # a date of an event noun still dates the acts at it
    ("The minister attended Tuesday's summit.", "attended Tuesday's summit", "2019-06-04",
     "day"),
])
def test_a_date_of_a_role_dates_no_act(
    coder: Coder, text: str, trigger: str, when: str, precision: str
) -> None:
    assert dated(coder, text, trigger)[1:] == (when, precision)


def test_an_ended_event_is_not_dated_by_its_end(coder: Coder) -> None:
    text = "Last year the general ended the ban on opposition rallies."
    assert dated(coder, text, "ban")[1:] == ("2019-06-05", "publication")
    assert dated(coder, text, "ended the ban")[1:] == ("2018-01-01", "year")


@pytest.mark.parametrize(("text", "trigger", "when", "precision"), [
    # a verb conjoined with no subject of its own shares the date of the verb before it
    ("The minister on Monday criticized the court and praised the police.", "praised",
     "2019-06-03", "day"),
    # not the other way round
    ("The minister criticized the court and praised the police on Monday.", "criticized",
     "2019-06-05", "publication"),
    # nor with a subject or an auxiliary of its own
    ("Police detained the leader on Monday and protesters blocked the road.",
     "blocked the road", "2019-06-05", "publication"),
    ("The envoy has met the rebels since Monday and has criticized the army for months.",
     "criticized", "2019-06-05", "publication"),
    # nor a tensed verb conjoined to a planned infinitive: it is no part of the plan
    ("The minister was expected to visit Ankara on May 3 but cancelled the trip.",
     "cancelled the trip", "2019-06-05", "publication"),
    # the complement of a scheduling verb takes its date
    ("The ministry is expected on Friday to announce new sanctions.", "announce new sanctions",
     "2019-06-07", "day"),
])
def test_a_conjoined_or_scheduled_act_shares_the_date_of_its_verb(
    coder: Coder, text: str, trigger: str, when: str, precision: str
) -> None:
    assert dated(coder, text, trigger)[1:] == (when, precision)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a past date of another noun does not date an act of the simple present
    ("Despite a deal two years ago, the union says the mine owes it money.", "says",
     ("2019-06-05", "publication")),
    ("The senator criticizes the trade policy of the 1980s.", "criticizes",
     ("2019-06-05", "publication")),
    # it still dates an act of the past
    ("The senator criticized the trade policy of the 1980s.", "criticized",
     ("1980-01-01", "year")),
])
def test_a_past_date_of_a_noun_does_not_date_a_present_act(
    coder: Coder, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert dated(coder, text, trigger)[1:] == expected


def test_a_subject_noun_in_its_verbs_trigger_takes_the_verbs_date(coder: Coder) -> None:
    text = "A protest meeting was held on Friday outside the parliament."
    assert dated(coder, text, "meeting")[1:] == ("2019-05-31", "day")


def test_a_present_verb_does_not_undate_its_noun_trigger(coder: Coder) -> None:
    text = "The inquiry follows the minister's remarks two weeks ago."
    assert dated(coder, text, "remarks")[1:] == ("2019-05-20", "week")


@pytest.mark.parametrize(("text", "trigger", "when", "precision"), [
    # a date right after a speech verb is the report's, not its content's
    ("The minister said on Tuesday he would meet the rebels.", "meet", "2019-06-05",
     "publication"),
    ("The ministry said on Monday police had arrested six protesters.", "said", "2019-06-03",
     "day"),
    # a coming date on a past report is its content's
    ("The minister said later this week he would meet the rebels.", "meet", "2019-06-03",
     "week"),
    ("The ministry said next week it would hold talks with Iran.", "hold talks", "2019-06-10",
     "week"),
])
def test_a_date_after_a_speech_verb_dates_the_report_unless_it_is_to_come(
    coder: Coder, text: str, trigger: str, when: str, precision: str
) -> None:
    assert dated(coder, text, trigger)[1:] == (when, precision)


def test_a_requested_act_is_after_its_request(coder: Coder) -> None:
    text = "The envoy on Monday urged both sides to hold talks on Friday."
    assert dated(coder, text, "urged")[1:] == ("2019-06-03", "day")
    assert dated(coder, text, "hold talks")[1:] == ("2019-06-07", "day")


def test_a_month_and_day_naming_an_attack_of_history_dates_its_setting(coder: Coder) -> None:
    text = "Her uncle was killed in the Sept. 11 attacks."
    assert dated(coder, text, "killed")[1:] == ("2001-09-11", "day")


@pytest.mark.parametrize(("text", "trigger", "when", "precision"), [
    # an arranged event is not of the day it was arranged
    ("Pence scheduled a secret meeting with officials two weeks ago.", "meeting", "2019-06-05",
     "publication"),
    ("Pence scheduled a secret meeting with officials two weeks ago.",
     "scheduled a secret meeting", "2019-05-20", "week"),
    # a past date after a requested event is the request's
    ("Unions called for a strike two days ago.", "called for", "2019-06-03", "day"),
    ("Unions called for a strike two days ago.", "strike", "2019-06-05", "publication"),
])
def test_an_arranged_or_requested_event_is_not_dated_by_a_past_date_of_its_request(
    coder: Coder, text: str, trigger: str, when: str, precision: str
) -> None:
    assert dated(coder, text, trigger)[1:] == (when, precision)


@pytest.mark.parametrize(("text", "when"), [
    # the future in the past of a report: after publication, or after the report's own day
    ("The minister said he would visit Moscow on Monday.", "2019-06-10"),
    ("The minister said on Friday that he would visit Moscow on Monday.", "2019-06-03"),
])
def test_a_visit_announced_in_a_past_report_is_after_the_report(
    coder: Coder, text: str, when: str
) -> None:
    assert dated(coder, text, "visit") == ("planned", when, "day")


def test_a_date_of_a_nouns_infinitive_dates_the_infinitive_not_the_verb_over_the_noun(
    coder: Coder
) -> None:
    text = "The director defended his decision to tell Congress in October."
    assert dated(coder, text, "defended his decision")[1:] == ("2019-06-05", "publication")
    assert dated(coder, text, "tell")[1:] == ("2018-10-01", "month")


@pytest.mark.parametrize(("text", "trigger", "when"), [
    # an infinitive of purpose is of the time of the act it serves
    ("Police raided the house on Monday to arrest the suspects.", "arrest", "2019-06-03"),
    # a subjectless participial adjunct gives its date to an undated clause
    ("The president rejected the plan, saying on Tuesday that it was unworkable.",
     "rejected the plan", "2019-06-04"),
])
def test_an_adjunct_and_its_clause_share_a_date(
    coder: Coder, text: str, trigger: str, when: str
) -> None:
    assert dated(coder, text, trigger)[1:] == (when, "day")


def test_a_perfect_participle_is_of_another_time(coder: Coder) -> None:
    text = "The envoy, having met the king on Monday, criticised the government."
    assert dated(coder, text, "criticised")[1:] == ("2019-06-05", "publication")


def test_a_month_and_year_before_a_noun_dates_only_that_noun(coder: Coder) -> None:
    text = "The prosecutor vowed to investigate the March 2018 meeting."
    assert dated(coder, text, "investigate")[1:] == ("2019-06-05", "publication")
    assert dated(coder, text, "meeting")[1:] == ("2018-03-01", "month")


def test_a_weekend_is_dated_to_its_week(coder: Coder) -> None:
    text = "The rebels attacked the town over the weekend."
    assert dated(coder, text, "attacked") == ("occurred", "2019-05-27", "week")


@pytest.mark.parametrize(("text", "trigger"), [
    # a possessive date belongs to its noun: a comment on the noun is not of its time
    ("The minister praised last year's budget.", "praised"),
    ("The senator cited last summer's surge of migrants as proof.", "cited"),
])
def test_a_comment_on_a_noun_with_a_possessive_date_is_not_dated_by_it(
    coder: Coder, text: str, trigger: str
) -> None:
    assert dated(coder, text, trigger)[2] == "publication"


def test_a_later_conjunct_of_a_nouns_date_dates_the_noun_only(coder: Coder) -> None:
    text = "The surge of arrests in March and April 2018 suggests a new policy."
    assert dated(coder, text, "suggests")[2] == "publication"


@pytest.mark.parametrize(("text", "trigger", "when", "precision"), [
    ("Rebels have shelled the town over the past three days.", "shelled", "2019-06-01", "month"),
    ("The two leaders will meet in the coming weeks.", "meet", "2019-01-01", "year"),
    ("The two leaders met last summer.", "met", "2018-01-01", "year"),
])
def test_a_span_from_publication_or_a_season_dates_an_act(
    coder: Coder, text: str, trigger: str, when: str, precision: str
) -> None:
    assert dated(coder, text, trigger)[1:] == (when, precision)
