"""The speaker of direct speech as its "I" and "we" (``quoted_self.py``): sentences written for
these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event

PUBLISHED = "2023-05-01"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def of_root(coder: Coder, text: str, root: str) -> list[Event]:
    events = [e for e in coder.code(text, published=PUBLISHED) if e.cameo.root == root]
    assert events
    return events


def source_codes(coder: Coder, text: str, root: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in of_root(coder, text, root)}


@pytest.mark.parametrize(
    "text",
    [
        # The speaker after the quotation, and before it.
        '"We will shell the border posts tomorrow," the Tanzanian defence minister said.',
        'The Tanzanian defence minister said: "We will shell the border posts tomorrow."',
    ],
)
def test_a_first_person_subject_in_a_quotation_is_its_speaker(coder: Coder, text: str) -> None:
    assert source_codes(coder, text, "19") == {"TZAMIL"}


def test_i_is_the_speaker_too(coder: Coder) -> None:
    text = '"I will visit Kampala next week," the Tanzanian president told reporters.'
    assert source_codes(coder, text, "04") == {"TZAGOV"}


def test_a_first_person_object_in_a_quotation_is_its_speaker(coder: Coder) -> None:
    text = '"Rwandan rebels attacked us at dawn," the Burundian army said.'
    targets = {e.target.code if e.target else None for e in of_root(coder, text, "19")}
    assert targets == {"BDIMIL"}


def test_a_pronoun_speaker_lends_the_quotation_its_antecedent(coder: Coder) -> None:
    # "he said" stands for the president named in the sentence before; "we" for him too, as a
    # mention of its own that carries his code.
    text = ('The Kenyan president arrived in Kampala on Monday. "We want to sign a trade deal '
            'with Uganda," he said.')
    events = of_root(coder, text, "05")
    assert {(e.source.text, e.source.code) if e.source else None for e in events} \
        == {("We", "KENGOV")}


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own "we", outside any quotation.
        "Kenya has closed the border. We will shell the border posts.",
        # A quotation with no verb of saying beside it.
        'Kenya has closed the border. A banner read "We will shell the border posts".',
        # A speaker who is no actor.
        'Kenya has closed the border. "We will shell the border posts," somebody said.',
    ],
)
def test_first_person_without_a_known_speaker_is_nobody(coder: Coder, text: str) -> None:
    shelling = [e for e in of_root(coder, text, "19") if e.trigger.text == "shell"]
    assert shelling
    assert {e.source for e in shelling} == {None}


def test_the_statement_beside_the_quotation_stays(coder: Coder) -> None:
    # The quoted "we" is the minister's side; the minister's statement is coded too.
    text = '"We will shell the border posts tomorrow," the Tanzanian defence minister said.'
    events = coder.code(text, published=PUBLISHED)
    assert {(e.cameo.root, e.source.text if e.source else None) for e in events} == {
        ("19", "We"), ("01", "the Tanzanian defence minister")}


def test_a_first_person_verb_of_saying_is_left_as_it_was(coder: Coder) -> None:
    # "I told ..." inside the quotation is the speaker's words about his own words.
    text = '"I told the Ugandan president about it," the Kenyan president said.'
    told = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == "told"]
    assert told and all(e.source is None for e in told)
