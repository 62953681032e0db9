"""An event noun that is a bare item of a list of subjects of talk names no act
(``topic_lists``); a particular act discussed, a list of acts alone and acts outside such a list
keep their events. Sentences written for these tests, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.topic_lists import load_lexicon
from tests.coded import coded


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(("text", "dropped"), [
    ("The two premiers held talks on fisheries, cyber attacks and energy prices.", "170"),
    ("The ministers discussed farm subsidies, sanctions and pipelines.", "163"),
    ("The agenda of the summit included migration, cyber attacks and tourism.", "170"),
    ("They agreed to cooperate on shipping, cyber attacks and public health.", "170"),
])
def test_an_item_of_a_list_of_subjects_is_no_event(coder: Coder, text: str,
                                                    dropped: str) -> None:
    assert dropped not in coded(coder, text)


@pytest.mark.parametrize(("text", "kept"), [
    # a particular act: a determiner or an actor before it
    ("The ministers discussed the Russian cyber attacks and the budget.", "170"),
    # the talk noun whose topic is the list
    ("The mayors urged closer cooperation on border controls and the fight against smuggling.",
     "050"),
    # not a list of subjects of talk
    ("The rebels launched attacks on the port and the airport.", "190"),
])
def test_a_particular_act_or_no_list_of_subjects_keeps_its_event(coder: Coder, text: str,
                                                                 kept: str) -> None:
    assert kept in coded(coder, text)


# a bare event noun listed beside a bare field of policy or a social condition names a field,
# wherever the list hangs
@pytest.mark.parametrize(("text", "dropped"), [
    ("Housing and asylum dominated the campaign in the north.", "075"),
    ("The windfall will pay for schools, healthcare, policing and foreign aid.", "070"),
    ("Families are escaping unemployment, repression and hunger.", "175"),
])
def test_an_event_noun_beside_a_field_is_no_event(coder: Coder, text: str,
                                                  dropped: str) -> None:
    assert dropped not in coded(coder, text)


@pytest.mark.parametrize(("text", "kept"), [
    # a particular act: a possessor before it, or no field beside it
    ("The army's crackdown and the poverty in the region drove people out.", "175"),
    ("The government imposed sanctions and an embargo on the country.", "163"),
    # the other items are kinds of the act: "housing violations"
    ("The landlord pleaded guilty to housing and other violations in May.", "128"),
])
def test_an_act_beside_no_bare_field_keeps_its_event(coder: Coder, text: str,
                                                     kept: str) -> None:
    assert kept in coded(coder, text)


def test_bad_lexicon_is_refused(tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "eventwire" / "data" / "topic_lists.yaml"
    bad = tmp_path / "topic_lists.yaml"
    bad.write_text(bundled.read_text().replace("talk_words: [", "talk_words: 7 #["))
    with pytest.raises(DataError):
        load_lexicon(bad)
