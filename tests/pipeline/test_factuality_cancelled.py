"""``factuality_cancelled``: a plan called off in the same sentence negates the planned act
(real model, triggers set by hand)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from tests.pipeline.test_factuality import factuality_of


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


CASES: list[tuple[str, str, str]] = [
    # a plan word, then in contrast a verb of cancelling with no subject of its own
    ("The senator had planned to visit Lagos on Monday but scrapped the trip.", "visit",
     "negated"),
    ("The envoy was expected to meet the rebels in Doha but cancelled the meeting.", "meet",
     "negated"),
    # or a passive one; the plan may be an adjective ("was due to")
    ("The queen was due to open the bridge on Friday, but the ceremony was called off.",
     "open", "negated"),
    # the act may be the noun the infinitive takes
    ("The ministers had planned to hold talks in Oslo but abandoned the idea.", "talks",
     "negated"),
    # the cancelling itself happened
    ("The senator had planned to visit Lagos on Monday but scrapped the trip.", "scrapped",
     "occurred"),
    ("The envoy was expected to meet the rebels in Doha but cancelled the meeting.",
     "cancelled", "occurred"),
    # a postponement keeps the plan
    ("The senator had planned to visit Lagos on Monday but postponed the trip.", "visit",
     "planned"),
    # no contrast, or a subject of its own (another actor's act), is no calling off
    ("The senator had planned to visit Lagos and cancelled a meeting in Abuja.", "visit",
     "planned"),
    ("The army was expected to storm the town but the rebels cancelled the truce.", "storm",
     "planned"),
]


@pytest.mark.parametrize(("text", "word", "status"), CASES)
def test_a_plan_called_off_negates_the_act(
    nlp: Language, component: FactualityComponent, text: str, word: str, status: str
) -> None:
    assert factuality_of(nlp, component, text, word).status == status
