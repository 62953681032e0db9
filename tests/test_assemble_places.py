"""Event locations when an actor was composed with a place ("activists in Hong Kong")."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.assemble import AssemblyContext, events_from_doc, reconcile_with_report
from eventwire.coder import Coder
from eventwire.ontology import get_ontology
from eventwire.pipeline.context import set_published
from eventwire.records import Article, Event, text_hash


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def events_of(coder: Coder, text: str, published: date = date(2019, 6, 3)) -> list[Event]:
    (result,) = list(coder.code_articles([Article(text=text, id="t", published=published)]))
    return list(result.events)


@pytest.mark.parametrize(("text", "place"), [
    ("Students in Karachi marched to the parliament on Monday.", "Karachi"),
    ("Rebels in Mali attacked an army convoy.", "Mali"),
    ("Gunmen stormed the embassy in Nairobi.", "Nairobi"),
])
def test_a_composed_place_is_the_location(coder: Coder, text: str, place: str) -> None:
    locations = {e.location.name for e in events_of(coder, text) if e.location}
    assert place in locations


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a noun trigger that is the subject of a verb coding no event of its own
    ("A bomb attack took place in Cartagena on Sunday.", "bomb attack", "Cartagena"),
    ("The explosion occurred near the courthouse in Arequipa.", "explosion", "Arequipa"),
    # a place under "of" inside a locative phrase
    ("Gunmen killed a judge in the southern outskirts of Cali.", "killed", "Cali"),
])
def test_places_reached_through_the_clause(coder: Coder, text: str, trigger: str,
                                           place: str) -> None:
    located = {e.trigger.text: e.location.name for e in events_of(coder, text) if e.location}
    assert located.get(trigger) == place


def test_a_verb_with_its_own_event_does_not_place_its_subject(coder: Coder) -> None:
    events = events_of(coder, "The kidnapping of the mayor was condemned by the bishop in Quito.")
    kidnapping = [e for e in events if e.trigger.text == "kidnapping"]
    assert kidnapping and kidnapping[0].location is None


def test_the_verb_of_a_subject_trigger_dates_it(coder: Coder) -> None:
    (attack,) = [e for e in events_of(coder, "A bomb attack took place in Cartagena on Sunday.")
                 if e.trigger.text == "bomb attack"]
    assert (attack.date, attack.date_precision) == ("2019-06-02", "day")


def test_an_actor_named_after_a_place_is_not_the_location(coder: Coder) -> None:
    events = events_of(coder, "Pakistani troops shelled the border villages.")
    assert all(e.location is None for e in events)


def test_an_event_is_reported_once(coder: Coder) -> None:
    """Two frames that yield the same event (same trigger, code and actors) give one record."""
    text = "Kenyan troops shelled a Somali village on Monday."
    article = Article(text=text, id="t", published=date(2019, 6, 3))
    doc = set_published(coder.nlp(text), article.published)
    context = AssemblyContext("test", "", text_hash(text))
    once = events_from_doc(doc, article, get_ontology(), context)
    assert once
    doc._.ew_frames = list(doc._.ew_frames) * 2
    twice = events_from_doc(doc, article, get_ontology(), context)
    assert [event.id for event in twice] == [event.id for event in once]


@pytest.mark.parametrize(("text", "trigger", "place", "target"), [
    ("Militants shelled a border post in eastern Chad overnight.", "shelled", "Chad", "TCD"),
    ("The army bombed a market in northern Yemen.", "bombed", "Yemen", "YEM"),
])
def test_a_place_target_under_a_locative_preposition_is_also_the_location(
    coder: Coder, text: str, trigger: str, place: str, target: str
) -> None:
    (event,) = [e for e in events_of(coder, text) if e.trigger.text == trigger]
    assert event.target is not None and event.target.country == target
    assert event.location is not None and event.location.name == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("The foreign minister said in Istanbul that sanctions would stay.", "said", "Istanbul"),
    ("Both delegations signed the protocol in Vienna on Tuesday.", "signed", "Vienna"),
])
def test_the_place_of_a_statement_is_not_its_addressee(coder: Coder, text: str, trigger: str,
                                                      place: str) -> None:
    (event,) = [e for e in events_of(coder, text) if e.trigger.text.startswith(trigger)]
    assert event.target is None
    assert event.location is not None and event.location.name == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Investigators released new photos of Sunday's Boston bombing.", "bombing", "Boston"),
    ("Two men were charged over the Leeds riots.", "riots", "Leeds"),
])
def test_a_town_compounded_onto_an_event_noun_is_its_place_not_its_source(
    coder: Coder, text: str, trigger: str, place: str
) -> None:
    (event,) = [e for e in events_of(coder, text) if e.trigger.text == trigger]
    assert event.source is None or event.source.text != place
    assert event.location is not None and event.location.name == place


def test_a_country_compounded_onto_an_event_noun_stays_its_source(coder: Coder) -> None:
    (event,) = [e for e in events_of(coder, "US sanctions on Iran were tightened.")
                if e.trigger.text == "sanctions"]
    assert event.source is not None and event.source.code == "USA"


def test_a_year_dating_an_event_noun_dates_only_that_event(coder: Coder) -> None:
    events = events_of(coder, "Moscow's 2014 annexation of the peninsula was condemned.")
    dated = {e.trigger.text: (e.date, e.date_precision) for e in events}
    assert dated["annexation"] == ("2014-01-01", "year")
    assert dated.get("condemned", (None, "publication"))[1] == "publication"


def test_an_occurred_act_is_never_dated_after_its_report(coder: Coder) -> None:
    text = ("That follows remarks by a Kenyan adviser in late April, who said that Uganda might "
            "be interested in talks.")
    occurred = [e for e in events_of(coder, text, date(2018, 6, 10)) if e.status == "occurred"]
    assert occurred and all(e.date is not None and e.date <= "2018-06-10" for e in occurred)


def test_reconcile_with_report_plans_near_days_and_drops_far_dates() -> None:
    published = date(2019, 1, 9)
    assert reconcile_with_report("occurred", "2019-01-11", "day", published, 14) == (
        "planned", "2019-01-11", "day")
    assert reconcile_with_report("occurred", "2019-03-11", "day", published, 14) == (
        "occurred", "2019-01-09", "publication")
    assert reconcile_with_report("occurred", "2019-02-01", "month", published, 14) == (
        "occurred", "2019-01-09", "publication")
    assert reconcile_with_report("occurred", "2019-01-04", "day", published, 14) == (
        "occurred", "2019-01-04", "day")
    assert reconcile_with_report("planned", "2019-03-11", "day", published, 14) == (
        "planned", "2019-03-11", "day")
    assert reconcile_with_report("occurred", "2019-01-11", "day", None, 14) == (
        "occurred", "2019-01-11", "day")
    # a threat or a demand dated by the act it announces keeps its status
    assert reconcile_with_report("occurred", "2019-01-11", "day", published, 14, True) == (
        "occurred", "2019-01-09", "publication")


def test_a_present_tense_act_on_a_coming_day_is_planned(coder: Coder) -> None:
    text = "The Kenyan president is visiting Uganda on Friday."
    (visit,) = [e for e in events_of(coder, text) if e.trigger.text.startswith("visit")]
    assert (visit.status, visit.date) == ("planned", "2019-06-07")
