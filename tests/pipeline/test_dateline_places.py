"""Events of the lead placed by the article's dateline (``pipeline/dateline_places.py``)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.coder import Coder
from eventwire.records import Article, Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def coded(coder: Coder, text: str) -> list[Event]:
    article = Article(text=text, id="t", published=date(2021, 3, 8))
    (result,) = list(coder.code_articles([article]))
    return list(result.events)


def place_of(coder: Coder, text: str, trigger: str) -> str | None:
    """The location name of the event whose trigger starts with ``trigger``."""
    (event,) = [e for e in coded(coder, text) if e.trigger.text.startswith(trigger)]
    return event.location.name if event.location else None


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("OSLO (Reuters) - Norway's foreign minister said on Monday that the talks had stalled.",
     "said", "Oslo"),
    ("WASHINGTON - The State Department on Friday criticized Venezuela over the arrests of "
     "journalists.", "criticized", "Washington"),
    ("ANKARA, Turkey — Turkish President Recep Tayyip Erdogan met opposition leaders on "
     "Tuesday.", "met", "Ankara"),
])
def test_a_statement_or_meeting_of_the_datelines_country_is_placed_there(
    coder: Coder, text: str, trigger: str, place: str
) -> None:
    assert place_of(coder, text, trigger) == place


def test_the_dateline_offsets_are_kept(coder: Coder) -> None:
    text = "Market news\n\nOSLO (Reuters) - Norway's foreign minister said the talks had stalled."
    (event,) = [e for e in coded(coder, text) if e.trigger.text == "said"]
    evidence = event.extra["dateline"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"] == "OSLO"
    assert event.location is not None and event.location.text == "OSLO"


@pytest.mark.parametrize(("text", "trigger"), [
    # the speaker belongs to another country than the dateline's
    ("NAIROBI (Reuters) - Ethiopia's prime minister on Monday criticized the new dam plan.",
     "criticized"),
    # an act of force: the dateline's town is seldom its scene
    ("ABUJA (Reuters) - Nigerian soldiers killed ten militants on Sunday.", "killed"),
    # a meeting with a foreign leader may be abroad
    ("BERLIN (Reuters) - German Chancellor Olaf Scholz met French President Emmanuel Macron "
     "on Monday.", "met"),
    # planned: where it will happen is not known yet
    ("TOKYO (Reuters) - Japanese Prime Minister Fumio Kishida will meet opposition leaders "
     "next week.", "meet"),
    # two places in the dateline
    ("NEW DELHI/ISLAMABAD (Reuters) - India's foreign minister said on Monday that the talks "
     "had stalled.", "said"),
])
def test_the_dateline_does_not_place_other_events(coder: Coder, text: str, trigger: str) -> None:
    assert place_of(coder, text, trigger) is None


def test_an_event_with_a_place_of_its_own_keeps_it(coder: Coder) -> None:
    text = "CAIRO (Reuters) - Egypt's foreign minister said in Amman on Sunday that talks stalled."
    assert place_of(coder, text, "said") == "Amman"


def test_only_the_lead_is_placed(coder: Coder) -> None:
    lead = "OSLO (Reuters) - Norway's foreign minister said on Monday that the talks had stalled."
    later = "Norway's prime minister praised the mediators."
    assert place_of(coder, f"{lead}\n\n{later}", "praised") is None
    run_on = f"{lead} The weather was cold. Snow fell all day. {later}"  # paragraphs lost
    assert place_of(coder, run_on, "praised") is None
    assert place_of(coder, f"{lead} {later}", "praised") == "Oslo"
