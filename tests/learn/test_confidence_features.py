"""Features of one event for the confidence model, on sentences written for these tests, parsed
alone by the real English model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.learn.confidence import parser
from eventwire.learn.confidence_features import (
    code_kind,
    event_features,
    find_trigger,
    judged_actor,
    quad_class,
    rule_family,
    sector,
    view_of_judged,
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return parser()


def features(nlp: Language, sentence: str, trigger: str, **fields: object) -> list[str]:
    line = {"sentence": sentence, "trigger": trigger, "code": "190", "rule": "ew.attack.190",
            "status": "occurred", "source": None, "target": None, **fields}
    view = view_of_judged(nlp(sentence), line)
    assert view is not None
    return event_features(view)


def test_rule_code_status_and_actor_kinds(nlp: Language) -> None:
    names = features(nlp, "Marovian soldiers shelled the village of Tesk.", "shelled",
                     code="195", rule="petrarch2:CAMEO.2.0.txt:77",
                     source="Marovian soldiers [MRVMIL]", target="the village [CVL]")
    for name in ("rule:petrarch2:CAMEO.2.0.txt:77", "fam:petrarch2", "origin:petrarch",
                 "code:195", "base:195", "root:19", "quad:4", "status:occurred",
                 "sq:occurred_4", "src:country_agent", "tgt:agent", "actors:11"):
        assert name in names


def test_trigger_in_the_parse(nlp: Language) -> None:
    names = features(nlp, "The envoy said the militia attacked the convoy.", "attacked")
    assert {"tlemma:attack", "tpos:VERB", "ttag:VBD", "tdep:ccomp", "tform:clause",
            "tgov:say", "tgovpos:VERB", "tsubj:noun"} <= set(names)
    assert "tmulti" not in names and "neg" not in names


def test_clause_cues(nlp: Language) -> None:
    names = features(nlp, "Will the army not attack the town if the talks fail?", "attack",
                     status="negated")
    assert {"neg", "modal:will", "question", "status:negated"} <= set(names)
    assert "tgov:ROOT" in names


def test_noun_trigger_quoted_and_several_words(nlp: Language) -> None:
    sentence = 'The mayor said: "This brutal attack on our city will not be forgotten."'
    names = features(nlp, sentence, "attack")
    assert {"tform:noun", "quoted"} <= set(names)
    names = features(nlp, "The two leaders held talks in Geneva.", "held talks", code="040",
                     rule="ew.talks.040")
    assert "tmulti" in names and "fam:ew.talks" in names


def test_helpers() -> None:
    assert rule_family("ew.reported_act.accusation") == "ew.reported_act"
    assert [quad_class(c) for c in ("010", "057", "0871", "111", "190")] == [1, 1, 2, 3, 4]
    assert judged_actor("the Kremlin [RUSGOV]") == ("RUSGOV", "the Kremlin")
    assert judged_actor("someone") == ("", "someone") and judged_actor(None) is None
    assert [code_kind(a) for a in (None, ("", "x"), ("RUS", "x"), ("GOV", "x"),
                                   ("RUSGOV", "x"), ("IGOUNO", "x"))] == [
        "none", "uncoded", "country", "agent", "country_agent", "org"]


def test_trigger_is_found_on_token_boundaries(nlp: Language) -> None:
    doc = nlp("The raiders raided the depot.")
    span = find_trigger(doc, "raided")
    assert span is not None and span.text == "raided" and span.start == 2
    assert find_trigger(doc, "stormed") is None


@pytest.mark.parametrize(("actor", "expected"), [
    (("RUSMIL", "Russian troops"), "MIL"),
    (("REB", "the rebels"), "REB"),
    (("USA", "Washington"), None),
    (("", "someone"), None),
    (None, None),
])
def test_sector_of_an_actor_code(actor: tuple[str, str] | None, expected: str | None) -> None:
    assert sector(actor) == expected


def test_sectors_alone_and_with_the_quad_class(nlp: Language) -> None:
    names = features(nlp, "Rebels attacked an army post.", "attacked",
                     source="Rebels [REB]", target="an army post [MIL]")
    assert {"src_sec:REB", "q4_src_sec:REB", "tgt_sec:MIL", "q4_tgt_sec:MIL"} <= set(names)
    plain = features(nlp, "Rebels attacked an army post.", "attacked", source="Rebels [USA]")
    assert not any("_sec:" in name for name in plain)
