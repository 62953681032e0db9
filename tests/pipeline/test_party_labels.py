"""US party-state labels on a politician's name (``party_labels``): the state is a US state and
no actor of its own, and the label gives the person his country. Sentences written for these
tests, coded end to end."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.pipeline.party_labels import labels_of


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def sources(coder: Coder, text: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root in ("05", "11")]
    assert events
    return {(e.source.text, e.source.code) if e.source else (None, None) for e in events}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The party letter and state after the name: Georgia here is the state, not GEO.
        ("Sen. Mara Quill, R-Georgia, criticized the Navy.", "USALEG"),
        ("Sen. Mara Quill, R-Ga., criticized the Navy.", "USALEG"),
        ("Rep. Otto Brenn (D-South Dakota) praised the Army.", "USALEG"),
        ("Rep. Otto Brenn (D-NY) praised the Army.", "USALEG"),
        # The party letter in brackets, the state after "of" or a comma.
        ("Sen. Mara Quill (R) of Georgia criticized the Navy.", "USALEG"),
        ("Sen. Mara Quill (R., Ga.) criticized the Navy.", "USALEG"),
        # The state and party word before the name.
        ("Georgia Republican Sen. Mara Quill criticized the Navy.", "USALEG"),
        ("Maryland Democratic Rep. Otto Brenn criticized the Navy.", "USALEG"),
        # A party word in apposition, linked to the state.
        ("Sen. Mara Quill, a Republican from Georgia, praised the Army.", "USALEG"),
    ],
)
def test_a_party_label_names_a_us_state(coder: Coder, text: str, code: str) -> None:
    assert {c for _, c in sources(coder, text)} == {code}


@pytest.mark.parametrize(
    "text",
    ["Sen. Mara Quill, R-Georgia, criticized the Navy.",
     "As described by Sen. Mara Quill (D) of Georgia, the Navy failed."],
)
def test_the_labels_state_is_no_actor_of_its_own(coder: Coder, text: str) -> None:
    events = coder.code(text, published="2023-05-01")
    texts = {m.text for e in events for m in (e.source, e.target) if m is not None}
    assert texts and not any(t == "Georgia" for t in texts)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A country's own parties keep the country.
        ("The Georgian Democratic Party criticized Russia.", "GEOPTY"),
        ("Georgia criticized the Democratic Party of Russia.", "GEO"),
        # The abbreviated title needs a name after it.
        ("Senator Mara Quill praised the Army.", "LEG"),
    ],
)
def test_no_label_no_change(coder: Coder, text: str, code: str) -> None:
    assert {c for _, c in sources(coder, text)} == {code}


def test_a_hyphenated_word_is_no_label(nlp: Language) -> None:
    doc = nlp("The D-Day veterans praised Pat Quill, R-Texas.")
    assert [(doc[label.start:label.end].text, doc[label.named].text)
            for label in labels_of(doc)] == [("Texas", "Quill")]
