"""A counterpart coordinated with an actor and named after it is the second party, not the
first one's apposition (``counterparts``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.pipeline.counterparts import counterparts_data


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def test_the_data_file_loads() -> None:
    assert {"counterpart", "opposite number"} <= counterparts_data().nouns


@pytest.mark.parametrize("text", [
    "President Donald Trump and Chinese counterpart Xi Jinping agreed to a truce.",
    "Trump and his Chinese counterpart Xi Jinping agreed to a truce.",
])
def test_the_counterpart_is_the_other_party(coder: Coder, text: str) -> None:
    events = coder.code(text, published="2019-07-01")
    pairs = {(e.source.code, e.target.code) for e in events
             if e.cameo.code == "0356" and e.source and e.target}
    assert ("CHNGOV", "USAGOV") in pairs or ("CHNGOV", "USAELI") in pairs
    sources = {e.source.text for e in events if e.source}
    assert not any("and" in text.split() for text in sources)
    assert any(text.endswith("counterpart Xi Jinping") for text in sources)
