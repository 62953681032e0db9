"""Norms, imperatives, generic conditions, plots, quoted questions and refusals to say
(``ew_factuality``); sentences written for this test, parsed by the real English model, the
event word made the trigger by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.pipeline.factuality import FactualityComponent, make_factuality
from tests.pipeline.test_factuality import factuality_of


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


CASES: list[tuple[str, str, str]] = [
    # a negated norm says nothing of the act happening; a norm on the perfect judges a past act
    ("The army should not interfere in the count.", "interfere", "possible"),
    ("Nobody must attack a hospital.", "attack", "possible"),
    ("Neighbours ought not to threaten each other.", "threaten", "possible"),
    ("The coalition should not have bombed the bridge.", "bombed", "occurred"),
    ("The police could not enter the building.", "enter", "negated"),  # ability: negated
    ("The minister will not resign.", "resign", "negated"),
    # a "when" clause and its main clause both in the simple present state a rule
    ("When rebels shell the villages, the army responds.", "shell", "possible"),
    ("When rebels shell the villages, the army responds.", "responds", "possible"),
    ("When the rebels shelled the villages, the army responded.", "shelled", "occurred"),
    ("When villages are shelled, the army responds.", "shelled", "possible"),
    # plots and progressive "looking to" intend the act
    ("The cell was plotting to bomb the embassy.", "bomb", "planned"),
    ("The gang was looking to kidnap the banker.", "kidnap", "planned"),
    ("The inquiry will look at the defences to appeal.", "appeal", "occurred"),
    # an imperative demands the act: possible, negated or not; a subject makes no imperative
    ('"Free the hostages now," the crowd chanted.', "Free", "possible"),
    ('"Do not shell the hospital," the envoy pleaded.', "shell", "possible"),
    ('"Withdraw your troops," the minister told Moscow.', "Withdraw", "possible"),
    ("Troops withdraw from the border town", "withdraw", "occurred"),
    ("The army made the villagers leave their homes.", "leave", "occurred"),
    # a quoted question, before its speech verb or closing the sentence, asks about the act
    ('"Is the army shelling the villages?" the reporter asked.', "shelling", "possible"),
    ('The question is simple: Did the navy sink the ferry?"', "sink", "possible"),
    ('He asked: "Did the navy sink the ferry?"', "asked", "occurred"),
    ('"The navy sank the ferry," the captain said.', "sank", "occurred"),
    # a refusal or denial above a speech verb is of the saying, not of the event it names
    ("The envoy refused to say whether the militia attacked the convoy.", "attacked",
     "possible"),
    ("The militia refused to attack the convoy.", "attack", "negated"),
]


@pytest.mark.parametrize(("text", "word", "status"), CASES)
def test_status(nlp: Language, component: FactualityComponent, text: str, word: str,
                status: str) -> None:
    assert factuality_of(nlp, component, text, word).status == status
