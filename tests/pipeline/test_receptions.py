"""An act named as the topic of its reception gives no event (``receptions``); the reception's
own trigger keeps its event. Sentences written for these tests, coded by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import DataError
from eventwire.pipeline.receptions import load_lexicon
from tests.coded import coded


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize("text", [
    "The Ostmark proposal met a cool reception in the capital.",
    "The minister's offer was met with scepticism by the unions.",
    "The new proposal drew a frosty response from the opposition.",
])
def test_an_act_received_gives_no_event(coder: Coder, text: str) -> None:
    assert not any(c.startswith(("02", "03")) for c in coded(coder, text))


def test_the_reception_keeps_its_own_event(coder: Coder) -> None:
    codes = coded(coder, "The announcement was met with protests in the capital.")
    assert "141" in codes and "010" not in codes


def test_a_material_act_received_keeps_its_event(coder: Coder) -> None:
    codes = coded(coder, "The militia's raids on the border towns drew condemnation.")
    assert any(c.startswith(("17", "18", "19")) for c in codes)


def test_a_proposal_made_is_still_coded(coder: Coder) -> None:
    assert coded(coder, "Ostmark made a proposal to Westland on Monday.")


def test_bad_lexicon_is_refused(tmp_path: Path) -> None:
    bundled = Path(__file__).parents[2] / "eventwire" / "data" / "receptions.yaml"
    bad = tmp_path / "receptions.yaml"
    bad.write_text(bundled.read_text().replace("reception_verbs:", "reception_verb:"))
    with pytest.raises(DataError):
        load_lexicon(bad)
