"""Event locations against 130 hand-checked events from real articles (issue 3, part 5).

``tests/data/gazetteer_check.jsonl`` holds, for events coded from
``../shared/corpora/allsides_article_bias/eval_international_500.jsonl``, the evidence sentence,
the trigger, the location the coder gave when the list was made, and a hand judgement of where
the coded action happened (``gold``: name, accepted alternative names, ISO3 country, precision;
null when the sentence does not place the action anywhere). 100 events had a location and 30
had none although their sentence names a place.

Scoring rule: an event is right when the gold is null and the coder gives no location, or when
the coder's location has the gold's country and its name is the gold name or one of the
accepted alternatives (a coarser or finer place in the same country is ``country_only``, not
right). Events the coder no longer produces (same sentence, same trigger text) are left out of
the rate, and at most ``MAX_MISSING`` of them may be missing.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eventwire.coder import Coder
from eventwire.records import Article, Event, Location
from eventwire.validation import parse_published

CHECK_FILE = Path(__file__).parents[1] / "data" / "gazetteer_check.jsonl"
CORPUS = (
    Path(__file__).parents[2]
    / "../shared/corpora/allsides_article_bias/eval_international_500.jsonl"
)
# 0.15 until h-sense4, which left out actorless background mentions of force
# (pipeline/background.py): read, the checked events it removed were background ("the Waltham
# triple murders", "the Sept. 11 assault in Benghazi", "Obama's push for a military strike",
# "the attacks on minorities in Syria and Iraq", a "Boston bombing" video headline), so they
# leave the rate.
# 0.18 from h-nonevent2 (pipeline/states.py), which left out one more checked event, hand-judged
# spurious here ("'considered' is not a located action": "what is largely considered the
# earliest Kurdish revolt", a verb of regarding with a second predicate, no 014). It was scored
# right only for having no location, so the rate went 0.750 (81/108) -> 0.748 (80/107), located
# 0.741 -> 0.738; no verdict of a kept event changed.
# 0.19 from h-verbal3 (pipeline/threat_senses.py: a threat noun with no threatener, no target
# and no act as its content is a danger, no event), which left out one more checked event,
# hand-judged no act of threatening: "questioned information ... about extremist threats linked
# to al Qaeda in Benghazi" (a danger the talking points spoke of). It was scored right, so the
# rates fall by that one event; no verdict of a kept event changed.
# 0.20 from h-status3 (pipeline/commentary.py: a statement by an unaffiliated commentator with
# no coded target is no event), which left out one more checked event, hand-judged an
# academic's quoted opinion, no political act: '"Relying on Russian rocket engines ... is
# definitely a problem now," said Michael Waller, a political warfare professor at the
# Washington-based Institute of World Politics'. Recorded spurious (it was placed in Washington),
# it had been scored right since the coder stopped placing it, so the rates fall by that one
# event (0.755, 80/106 -> 0.752, 79/105); no verdict of a kept event changed.
# 0.21 from h-nae7 (pipeline/generic_frames.py: acts put in a class by a copula are kinds, no
# event), which left out one more checked event: "Preserving the Egyptian peace treaty ...,
# denying al Qaeda an operating base in Egypt and keeping the Suez Canal open ... are all pretty
# things to do" (aims listed as worthy, no act done). It was scored right (placed in Egypt), so
# the rates fall by that one event; no verdict of a kept event changed.
# 0.22 at stop 28: Snowden became a person (actors/people.yaml) and his "said" in "Mr. Snowden
# said he is in Hong Kong because ... has what he called 'a spirited commitment to free
# speech'" is now folded with his "called" of the same sentence (one statement by one speaker
# a sentence): the statement is still coded, on the other word, which the check does not match.
MAX_MISSING = 0.22
# Floors: just under the figures last measured (0.705 all, 0.68 located, 0.793 unlocated, after
# place targets under a locative preposition became locations too). Stop 10: 0.696 (87/125),
# 0.677 (67/99), 0.769 (20/26) with no verdict changed: four events scored right for having
# no location are no longer coded (a trailing "officials say", "ask ourselves how", a bare
# "gave" between non-actors), so they left the rate.
# Issue 3, deliverable 5 (event_places: acts in words placed by their own clause, origin "from"
# only on the event's own word, visits, "where" clauses, adjuncts, objects of acts of force):
# 0.75 (87/116), 0.739 (68/92), 0.792 (19/24), from 0.716 (83/116), 0.696, 0.792.
FLOOR_ALL = 0.74
# h-speakers: 0.729 (62/85) with no verdict changed: a checked "says" scored right is no longer
# coded, as "Hathaway says he doubts that Japan ..." now names its speaker (an unknown name, no
# code) and is his 012, one statement one event, so it left the rate.
# h-places (stop 16: "from" places only acts that start at the origin, topic phrases and
# locative idioms place nothing, participles on event nouns place them): 0.750 (81/108),
# located 0.741, unlocated 0.783, with no verdict changed.
# Stop 17 (dateline places, statements placed by their speech verb's clause, finer parts of
# places, "speaking from"): 0.757, located 0.750, unlocated 0.783, 107 of 130 found.
# Stop 27: 0.728 (59/81) with one verdict changed: '..., said Firas Filefleh, a rebel fighter in
# an Islamist brigade in Idlib, in northern Syria' now has the named person as its speaker
# (apposed_names) rather than the apposition "a rebel fighter", so the place inside the
# apposition is the speaker's affiliation, which does not place the statement (as for "The
# spokesman, a lawyer at a firm in Vienna, said": test_event_places); Syria, country_only.
FLOOR_LOCATED_SAMPLE = 0.72
FLOOR_UNLOCATED_SAMPLE = 0.76

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CORPUS.is_file(), reason="needs ../shared/corpora"),
]


@dataclass(frozen=True)
class Scored:
    sample: str
    verdict: str


def load_checks() -> list[dict[str, Any]]:
    with CHECK_FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_articles(lines: set[int]) -> dict[int, Article]:
    articles: dict[int, Article] = {}
    with CORPUS.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if number in lines:
                row = json.loads(line)
                published = parse_published(row.get("date"))
                articles[number] = Article(text=row["text"], id=row["id"], published=published)
    return articles


def squash(text: str) -> str:
    return " ".join(text.split())


def verdict(location: Location | None, gold: dict[str, Any] | None) -> str:
    """The scoring rule of the module docstring."""
    if gold is None:
        return "right" if location is None else "spurious"
    if location is None:
        return "missed"
    names = {gold["name"].lower(), *(name.lower() for name in gold["also"])}
    if location.country == gold["country"] and (location.name or "").lower() in names:
        return "right"
    if gold["country"] is not None and location.country == gold["country"]:
        return "country_only"
    return "wrong"


def find_event(events: list[Event], check: dict[str, Any]) -> Event | None:
    """The event of the same sentence with the same trigger; failing that, one whose trigger
    phrase contains the checked trigger or is contained in it (trigger phrases grow and
    shrink as the verb patterns change)."""
    same = [event for event in events if squash(event.evidence.text) == check["sentence"]]
    wanted = check["trigger"]
    for event in same:
        if event.trigger.text == wanted:
            return event
    for event in same:
        if wanted in event.trigger.text or event.trigger.text in wanted:
            return event
    return None


@pytest.fixture(scope="module")
def checks() -> list[dict[str, Any]]:
    return load_checks()


@pytest.fixture(scope="module")
def scored(checks: list[dict[str, Any]]) -> list[Scored | None]:
    articles = load_articles({check["ref"]["line"] for check in checks})
    order = sorted(articles)
    coder = Coder()
    events = {
        line: result.events
        for line, result in zip(order, coder.code_articles(articles[n] for n in order), strict=True)
    }
    results: list[Scored | None] = []
    for check in checks:
        event = find_event(events[check["ref"]["line"]], check)
        if event is None:
            results.append(None)
        else:
            results.append(Scored(check["sample"], verdict(event.location, check["gold"])))
    return results


def rate(items: list[Scored], sample: str | None = None) -> float:
    chosen = [item for item in items if sample is None or item.sample == sample]
    return sum(item.verdict == "right" for item in chosen) / len(chosen)


def test_check_list_is_well_formed(checks: list[dict[str, Any]]) -> None:
    counts = Counter(check["sample"] for check in checks)
    assert counts == {"located": 100, "unlocated": 30}
    for check in checks:
        assert check["ref"]["file"] == CORPUS.name and check["sentence"] and check["trigger"]
        gold = check["gold"]
        if gold is not None:
            assert gold["precision"] in {"city", "admin1", "country", "region"}
            assert gold["country"] is None or len(gold["country"]) == 3


def test_recorded_verdicts_follow_the_rule(checks: list[dict[str, Any]]) -> None:
    for check in checks:
        coded = check["coded"]
        location = None if coded is None else Location(lat=None, lon=None, geonameid=None, **coded)
        assert verdict(location, check["gold"]) == check["verdict"], check["sentence"]


def test_locations_do_not_get_worse(scored: list[Scored | None]) -> None:
    found = [item for item in scored if item is not None]
    assert len(found) >= (1 - MAX_MISSING) * len(scored), "too many checked events vanished"
    figures = {
        "all": rate(found),
        "located": rate(found, "located"),
        "unlocated": rate(found, "unlocated"),
    }
    print("gazetteer check:", {k: round(v, 3) for k, v in figures.items()}, len(found), "found")
    assert figures["all"] >= FLOOR_ALL
    assert figures["located"] >= FLOOR_LOCATED_SAMPLE
    assert figures["unlocated"] >= FLOOR_UNLOCATED_SAMPLE
