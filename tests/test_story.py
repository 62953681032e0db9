"""Acceptance test: the developers' story, told in three styles, coded end to end.

The story: one head of state will meet another on a given date (attributed to the Kremlin or its
spokesman); a spokesman told a news agency there was no coordination on a crisis; the two countries
are in constant exchange; troops are massed on a border; analysts fear one power could attack its
neighbour. Each style is a text in ``tests/data/story_<style>.txt`` coded with a publication date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.coder import Coder
from eventwire.records import Article
from tests.contract import validate_article_records

DATA = Path(__file__).parent / "data"

MEETING_CODES = frozenset({"036", "040", "041", "042", "043", "044", "045", "046"})
MILITARY_BUILDUP_ROOT = "15"
CONSULT_ROOT = "04"
FORBIDDEN_ROOTS = frozenset({"17", "18", "19", "20"})
FORBIDDEN_STATUSES = frozenset({"occurred", "planned"})


@dataclass(frozen=True)
class Story:
    """One telling of the story and the facts every telling must yield."""

    style: str
    published: date
    meeting_date: str
    leaders: frozenset[str] = frozenset({"RUS", "CHN"})

    @property
    def text(self) -> str:
        """The telling as eventwire reads it (``Article.normalised``: the garbled one's
        mis-decoded characters are repaired), the text every offset refers to."""
        raw = (DATA / f"story_{self.style}.txt").read_text(encoding="utf-8")
        return Article.normalised(raw).text


STORIES: tuple[Story, ...] = (
    Story("wire", published=date(2022, 2, 2), meeting_date="2022-02-04"),
    Story("analysis", published=date(2022, 1, 31), meeting_date="2022-02-04"),
    Story("garbled", published=date(2022, 2, 3), meeting_date="2022-02-04"),
)

Record = dict[str, Any]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="module")
def coded(coder: Coder) -> dict[str, list[Record]]:
    return {
        story.style: [
            event.to_dict()
            for event in coder.code(story.text, published=story.published, article_id=story.style)
        ]
        for story in STORIES
    }


def describe(records: list[Record]) -> str:
    """A compact listing of what the coder produced, for assertion messages."""
    lines = [
        f"  s{r['sentence']} {r['trigger']['text']!r} {r['cameo']['code']} {r['status']} "
        f"src={(r['source'] or {}).get('code')} tgt={(r['target'] or {}).get('code')} "
        f"date={r['date']}/{r['date_precision']} attr={(r['attribution'] or {}).get('text')!r}"
        for r in records
    ]
    return "coder produced:\n" + ("\n".join(lines) or "  (no events)")


def country(actor: Record | None) -> str | None:
    return actor.get("country") if actor else None


def meetings(records: list[Record]) -> list[Record]:
    return [r for r in records if r["cameo"]["code"][:3] in MEETING_CODES]


def planned_meetings(records: list[Record]) -> list[Record]:
    return [r for r in meetings(records) if r["status"] == "planned"]


def by_trigger(records: list[Record], stem: str) -> list[Record]:
    return [r for r in records if stem in r["trigger"]["text"].lower()]


STYLE_IDS = [story.style for story in STORIES]


@pytest.mark.slow
@pytest.mark.parametrize("story", STORIES, ids=STYLE_IDS)
class TestStory:
    def test_records_honour_the_contract(
        self, story: Story, coded: dict[str, list[Record]]
    ) -> None:
        records = coded[story.style]
        assert records, f"{story.style}: no events coded"
        validate_article_records(records, story.text, story.style, story.published)

    def test_meeting_is_planned_on_the_given_date(
        self, story: Story, coded: dict[str, list[Record]]
    ) -> None:
        records = coded[story.style]
        dated = [r for r in planned_meetings(records) if r["date"] == story.meeting_date]
        assert dated, (
            f"{story.style}: no planned meeting (CAMEO 036/040-046) dated {story.meeting_date}\n"
            + describe(records)
        )
        assert all(r["date_precision"] == "day" for r in dated), describe(dated)

    def test_meeting_is_attributed(self, story: Story, coded: dict[str, list[Record]]) -> None:
        records = planned_meetings(coded[story.style])
        attributed = [r for r in records if r["attribution"] is not None]
        assert attributed, f"{story.style}: planned meeting without attribution\n" + describe(
            coded[story.style]
        )

    def test_meeting_is_between_the_two_leaders(
        self, story: Story, coded: dict[str, list[Record]]
    ) -> None:
        records = planned_meetings(coded[story.style])
        pairs = [{country(r["source"]), country(r["target"])} for r in records]
        assert story.leaders in pairs, (
            f"{story.style}: no planned meeting between {sorted(story.leaders)}\n"
            + describe(coded[story.style])
        )

    def test_exchange_occurred(self, story: Story, coded: dict[str, list[Record]]) -> None:
        records = coded[story.style]
        exchanges = [
            r
            for r in by_trigger(records, "exchange")
            if r["cameo"]["root"] == CONSULT_ROOT and r["status"] == "occurred"
        ]
        assert exchanges, (
            f"{story.style}: 'in constant exchange' not coded as an occurred consultation (04)\n"
            + describe(records)
        )
        # "..., he said / he stressed / has added he": the spokesman named before.
        claimed = [r for r in exchanges if (r["attribution"] or {}).get("code") == "RUSGOV"]
        assert claimed, f"{story.style}: the exchange is not the spokesman's claim\n" + describe(
            exchanges)

    def test_military_buildup_occurred(self, story: Story, coded: dict[str, list[Record]]) -> None:
        records = coded[story.style]
        buildups = [
            r
            for r in records
            if r["cameo"]["root"] == MILITARY_BUILDUP_ROOT and r["status"] == "occurred"
        ]
        assert buildups, (
            f"{story.style}: troops massed on the border not coded as occurred root 15\n"
            + describe(records)
        )
        assert any(country(r["source"]) == "RUS" for r in buildups), (
            f"{story.style}: the build-up has no Russian source\n" + describe(buildups)
        )

    def test_coordination_is_negated(self, story: Story, coded: dict[str, list[Record]]) -> None:
        records = coded[story.style]
        coordination = by_trigger(records, "coordinat")
        assert coordination, f"{story.style}: 'no coordination' not coded\n" + describe(records)
        wrong = [r for r in coordination if r["status"] != "negated"]
        assert not wrong, f"{story.style}: coordination not negated\n" + describe(wrong)

    def test_no_violence_reported_as_real(
        self, story: Story, coded: dict[str, list[Record]]
    ) -> None:
        records = coded[story.style]
        wrong = [
            r
            for r in records
            if r["cameo"]["root"] in FORBIDDEN_ROOTS and r["status"] in FORBIDDEN_STATUSES
        ]
        assert not wrong, (
            f"{story.style}: coercion/assault/fight/violence coded as occurred or planned\n"
            + describe(wrong)
        )

    def test_feared_attack_is_possible(self, story: Story, coded: dict[str, list[Record]]) -> None:
        records = coded[story.style]
        attacks = [
            r for r in by_trigger(records, "attack") if r["cameo"]["root"] in FORBIDDEN_ROOTS
        ]
        assert attacks, f"{story.style}: the feared attack is not coded\n" + describe(records)
        assert all(r["status"] == "possible" for r in attacks), describe(attacks)
        holders = [(r["attribution"] or {}).get("text", "") for r in attacks]
        assert all("nalysts" in h for h in holders), describe(attacks)


@pytest.mark.slow
def test_coding_is_deterministic(coder: Coder, coded: dict[str, list[Record]]) -> None:
    story = STORIES[0]
    again = [
        event.to_dict()
        for event in coder.code(story.text, published=story.published, article_id=story.style)
    ]
    assert again == coded[story.style]
