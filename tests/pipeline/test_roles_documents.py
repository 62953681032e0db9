"""A document speaks for its owner (``document_*`` of roles.yaml, ``documents.py``). Sentences
written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.pipeline.test_roles import pairs


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def coded(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return pairs(coder.code(text, published="2023-05-01"), root)


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # The owner as a modifier: an organisation the gazetteer also knows as a town is no
        # town ("UN").
        ("A new UN report accuses Myanmar of ethnic cleansing.", "11", {("IGOUNO", "MMR")}),
        # The owner after the noun: "by", "from", or the agent of a participle on it.
        ("A report by Amnesty International accused Egypt of torture.", "11",
         {("NGOHRIAMN", "EGY")}),
        ("A statement from the Kremlin condemned Poland.", "11", {("RUSGOV", "POL")}),
        ("The letter, signed by the World Bank, criticized Ghana.", "11",
         {("IGOUNODEVWBK", "GHA")}),
        ("The study, which was published by the World Bank, criticized Malawi.", "11",
         {("IGOUNODEVWBK", "MWI")}),
        # A passive act done in a document.
        ("Belarus was criticized in a UN report on Tuesday.", "11", {("IGOUNO", "BLR")}),
    ],
)
def test_a_document_speaks_for_its_owner(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert coded(coder, text, root) == expected


def test_a_document_noun_event_takes_its_owner_as_source(coder: Coder) -> None:
    found = coded(coder, "A statement issued by the Kremlin on Monday praised Serbia.", "01")
    assert ("RUSGOV", None) in found


@pytest.mark.parametrize("text", [
    "A statement from Kharkiv accused Belarus of torture.",
    # News use "report" for their own dispatches: a country it came from is no author either.
    "News reports from Ukraine accused Belarus of torture.",
])
def test_a_place_a_document_came_from_is_not_its_author(coder: Coder, text: str) -> None:
    assert coded(coder, text, "11") == {(None, "BLR")}


def test_a_country_a_document_came_from_is_its_author(coder: Coder) -> None:
    assert coded(coder, "A joint declaration from Chile and Peru criticized Bolivia.", "11") == {
        ("CHL", "BOL"), ("PER", "BOL")}


def test_a_document_noun_of_an_other_phrase_names_no_owner(coder: Coder) -> None:
    # The act is done by the subject; the document is only its topic.
    assert coded(coder, "Egypt condemned a report by Amnesty International.", "11") == {
        ("EGY", "NGOHRIAMN")}


def test_a_document_an_act_was_said_in_is_its_speakers(coder: Coder) -> None:
    text = ("Amnesty International said in a statement that Chad jails reporters. "
            "The statement also criticized Niger.")
    assert coded(coder, text, "11") == {("NGOHRIAMN", "NER")}


def test_the_document_named_before_speaks_for_its_owner(coder: Coder) -> None:
    text = "The World Bank published a study last week. The study criticized Zambia."
    assert coded(coder, text, "11") == {("IGOUNODEVWBK", "ZMB")}


def test_an_indefinite_document_does_not_take_up_one_named_before(coder: Coder) -> None:
    text = "The World Bank published a study last week. A study criticized Zambia."
    assert coded(coder, text, "11") == {(None, "ZMB")}


def test_a_document_put_out_by_an_actor_speaks_for_it(coder: Coder) -> None:
    # The subject of a verb of putting the document out owns it.
    text = "The Kenyan senators sent a letter that urged Uganda to reopen the border."
    assert coded(coder, text, "02") == {("KENLEG", "UGA")}
    # Not the subject of any other verb with the document as object.
    text = "Uganda rejected a report that condemned Kenya."
    assert ("UGA", "KEN") not in coded(coder, text, "11")
