"""Background mentions of fighting (``pipeline/background.py``): a noun of force with no actor
and nothing tying it to a recent time gives no event. Sentences written for these tests, coded
by the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.errors import DataError
from eventwire.pipeline.background import load_lexicon
from tests.coded import codes_by_head


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()



BACKGROUND: list[tuple[str, str]] = [
    ("Since the war, the town's economy has shrunk by half.", "war"),
    ("The war in the Balkans was a tragedy for the region.", "war"),
    ("Voters are tired of endless wars.", "wars"),
    ("Security was tightened after the 2019 attacks on the port.", "attacks"),
    ("The fighting left deep scars on the valley.", "fighting"),
    ("The investigation has already cost the state millions.", "investigation"),
    ("The siege could end before the winter.", "siege"),
]

ANCHORED: list[tuple[str, str]] = [
    ("Heavy fighting on Monday left twenty people dead.", "fighting"),
    ("Fighting broke out near the airport.", "Fighting"),
    ("Dozens of farmers were wounded in a week of fighting.", "fighting"),
    ("New attacks hit the northern suburbs.", "attacks"),
    ("The army's attack on the village destroyed the school.", "attack"),
    ("There was heavy fighting in the old town overnight.", "fighting"),
    ("The shelling and siege of the port continue.", "siege"),
    ("The junta is responsible for the killings in the north.", "killings"),
    ("Street battles raged in the harbour district.", "battles"),
    ("An explosion shook the windows of the clinic.", "explosion"),
    ("The blast occurred near the market.", "blast"),
    ("The council asked the army to halt the raids on the villages.", "raids"),
    ("It was the worst of a string of attacks that have targeted army posts.", "attacks"),
    ("A long siege of the city could bring famine to the valley.", "siege"),
]


@pytest.mark.parametrize(("text", "head"), BACKGROUND)
def test_a_background_mention_gives_no_event(coder: Coder, text: str, head: str) -> None:
    assert head not in codes_by_head(coder, text)


@pytest.mark.parametrize(("text", "head"), ANCHORED)
def test_an_anchored_or_acting_noun_stays_an_event(coder: Coder, text: str, head: str) -> None:
    assert codes_by_head(coder, text).get(head, "")[:2] in {"09", "18", "19", "20"}


def test_a_verb_of_force_without_actors_stays_an_event(coder: Coder) -> None:
    assert codes_by_head(coder, "The convoy was attacked near the border.").get("attacked") == "190"


def test_a_protest_noun_is_left_alone(coder: Coder) -> None:
    """Protest (14) is not among the roots: an actorless protest on news mostly reports the
    protests under way."""
    codes = codes_by_head(coder, "The protests were a warning to the mayor.")
    assert codes.get("protests") == "141"


def test_the_lexicon_rejects_an_unknown_field(tmp_path: Path) -> None:
    bad = tmp_path / "background.yaml"
    bad.write_text(
        "_meta: {name: b, version: '1', source: s, license: MIT}\nroots: ['19']\n"
        "anchor_words: [monday]\nspan_nouns: [week]\noccurrence_verbs: [erupt]\n"
        "responsibility_words: [guilty]\nending_verbs: [halt]\nextra: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError):
        load_lexicon(bad)
