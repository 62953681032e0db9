"""Proper names that no dictionary knows as actors with no code (``unknown_names.py``) and the
pronouns and surnames that stand for them: sentences written for these tests, coded end to
end."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.tokens import Doc, Span

from eventwire.coder import Coder
from eventwire.pipeline.unknown_names import (
    Outlets,
    _lexical_features,
    _word_doc,
    name_candidates,
    recognised_once,
    sentence_recogniser,
)
from eventwire.records import Actor, Event

PUBLISHED = "2023-05-10"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def events_at(coder: Coder, text: str, trigger: str) -> list[Event]:
    events = coder.code(text, published=PUBLISHED)
    found = [e for e in events if e.trigger.text.startswith(trigger)]
    assert found, [e.trigger.text for e in events]
    return found


def form(actor: Actor | None) -> tuple[str, str | None] | None:
    return (actor.text, actor.code) if actor is not None else None


def test_an_unknown_surname_subject_is_the_source_with_no_code(coder: Coder) -> None:
    text = "Brandolini criticized the Serbian government on Tuesday."
    event = events_at(coder, text, "criticized")[0]
    assert form(event.source) == ("Brandolini", None)
    assert event.source is not None and text[event.source.start:event.source.end] == "Brandolini"
    assert form(event.target) == ("the Serbian government", "SRBGOV")


def test_a_hyphenated_full_name_is_one_actor(coder: Coder) -> None:
    text = "The mayor said on Friday that Anna Kovac-Brenner had accused the Serbian police."
    event = events_at(coder, text, "accused")[0]
    assert form(event.source) == ("Anna Kovac-Brenner", None)


def test_a_bare_surname_later_is_the_person_named_in_full(coder: Coder) -> None:
    text = ("Dalia Vorster visited the border crossing on Monday. On Tuesday Vorster "
            "criticized the Serbian government.")
    event = events_at(coder, text, "criticized")[0]
    assert event.source is not None and event.source.code is None
    assert (event.source.text, event.source.name) == ("Vorster", "Dalia Vorster")


def test_a_pronoun_stands_for_the_unknown_person_before_it(coder: Coder) -> None:
    text = ("President Vladimir Putin met the envoy on Monday. Brandolini said he would "
            "criticize Serbia.")
    assert form(events_at(coder, text, "criticize")[0].source) == ("Brandolini", None)


def test_an_unknown_acronym_is_an_organisation_that_it_stands_for(coder: Coder) -> None:
    text = "The KVPU said it condemned the arrest of the miners in Serbia."
    event = events_at(coder, text, "condemned")[0]
    assert event.source is not None and event.source.code is None
    assert event.source.text.endswith("KVPU")


def test_a_dictionary_actor_in_the_phrase_keeps_its_code(coder: Coder) -> None:
    text = "Tomas Brejcha, Serbia's defence minister, criticized Croatia on Sunday."
    source = events_at(coder, text, "criticized")[0].source
    assert source is not None and source.code is not None and source.code.startswith("SRB")


def test_a_month_or_a_place_is_no_actor(coder: Coder) -> None:
    for text in ("March saw protests against the Serbian government.",
                 "Springfield was attacked by Serbian troops on Sunday.",
                 "GDP fell after Serbian troops attacked the town.",
                 # an untyped word opening a headline (no closing stop): its capital says
                 # nothing ("Stockwell detains protesters": police in Stockwell)
                 "Stockwell detains protesters"):
        events = coder.code(text, published=PUBLISHED)
        actors = [a for e in events for a in (e.source, e.target) if a is not None]
        assert all(a.code is not None for a in actors), events


def test_a_name_with_a_particle_is_one_actor(coder: Coder) -> None:
    text = "The court heard on Monday that Pieter van der Hoek criticized the Serbian police."
    event = events_at(coder, text, "criticized")[0]
    assert form(event.source) == ("Pieter van der Hoek", None)


def test_an_unknown_newspaper_is_no_actor(coder: Coder) -> None:
    doc = coder.nlp("The Daily Courier reported that Serbian troops attacked the village.")
    assert [doc[m.start:m.end].text for m in doc._.ew_actors] == ["Serbian troops"]


def test_he_twice_is_not_his_own_target(coder: Coder) -> None:
    text = ("Brandolini met the envoy on Monday. He said on Tuesday that he would criticize "
            "Serbia.")
    events = coder.code(text, published=PUBLISHED)
    said = [e for e in events if e.trigger.text == "said"]
    assert all(e.target is None or e.target.text != "he" for e in said), said
    assert form(events_at(coder, text, "criticize")[0].source) == ("he", None)


def test_a_passive_subject_is_the_target_and_an_agent_the_source(coder: Coder) -> None:
    text = "Brandolini was criticized by the Serbian government on Tuesday."
    event = events_at(coder, text, "criticized")[0]
    assert form(event.target) == ("Brandolini", None)
    text = "The Serbian government was criticized by Dalia Vorster on Tuesday."
    event = events_at(coder, text, "criticized")[0]
    assert form(event.source) == ("Dalia Vorster", None)


def test_a_person_named_as_the_object_is_the_target(coder: Coder) -> None:
    text = "The Serbian government criticized Dalia Vorster on Tuesday."
    event = events_at(coder, text, "criticized")[0]
    assert form(event.target) == ("Dalia Vorster", None)


def test_a_one_word_programme_as_the_object_is_no_target(coder: Coder) -> None:
    text = "The Serbian government criticized Medicare on Tuesday."
    events = coder.code(text, published=PUBLISHED)
    assert events and all(e.target is None or e.target.code is not None for e in events), events


def test_month_names_are_read_once_not_per_document(coder: Coder,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    text = "In March, Brandolini criticized the Serbian government."
    first = [form(e.source) for e in coder.code(text, published=PUBLISHED)]

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a data file was read while coding: {args[1]}")

    monkeypatch.setattr("eventwire.datafiles.parse_yaml_model", no_reading)
    again = [form(e.source) for e in coder.code(text, published=PUBLISHED)]
    assert again == first and ("Brandolini", None) in again


def test_the_recogniser_tags_a_sentence_of_words_and_norms_as_a_full_copy(coder: Coder) -> None:
    doc = coder.nlp("The envoy arrived. Gov. Marta Lindqvist of Vestmark didn't meet "
                    "the Nordic Alliance in Oslo on Monday.")
    sentence = list(doc.sents)[1]
    recogniser = sentence_recogniser(coder.nlp)
    assert recogniser is not None and _lexical_features(coder.nlp.config["components"]["ner"])
    copy = sentence.as_doc()
    words = _word_doc(sentence)
    assert [t.norm_ for t in words] == [t.norm_ for t in copy]
    assert "not" in [t.norm_ for t in words]  # the tokenizer's own norm of "n't"
    tagged = recogniser([sentence])[0]
    ner = coder.nlp.get_pipe("ner")
    assert [(t.ent_type_, t.ent_iob_) for t in tagged] == \
        [(t.ent_type_, t.ent_iob_) for t in ner(copy)]
    assert "PERSON" in [t.ent_type_ for t in tagged]


def test_a_recogniser_reading_more_than_the_words_gets_full_copies() -> None:
    own = {"@architectures": "spacy.Tok2Vec.v2",
           "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "include_static_vectors": False,
                     "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"]}}
    parser = "spacy.TransitionBasedParser.v2"
    assert _lexical_features({"model": {"@architectures": parser, "tok2vec": own}})
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96}
    assert not _lexical_features({"model": {"@architectures": parser, "tok2vec": listener}})
    vectors = {**own, "embed": {**own["embed"], "include_static_vectors": True}}
    assert not _lexical_features({"model": {"@architectures": parser, "tok2vec": vectors}})
    tags = {**own, "embed": {**own["embed"], "attrs": ["NORM", "TAG"]}}
    assert not _lexical_features({"model": {"@architectures": parser, "tok2vec": tags}})


def test_a_batch_of_docs_finds_the_names_each_doc_finds_alone(coder: Coder) -> None:
    texts = ["Brandolini criticized the Serbian government on Tuesday.",
             "The weather was mild. The KVPU said it condemned the arrest of the miners.",
             "Nobody was named in this text at all."]
    piped = [doc._.ew_actors for doc in coder.nlp.pipe(texts, batch_size=8)]
    assert piped == [coder.nlp(text)._.ew_actors for text in texts]
    assert [m.name for m in piped[0] if m.code is None] == ["Brandolini"]


def test_one_run_of_the_recogniser_serves_every_doc_of_a_batch(coder: Coder) -> None:
    recogniser = sentence_recogniser(coder.nlp)
    assert recogniser is not None
    runs: list[int] = []

    def counted(sentences: Sequence[Span]) -> Sequence[Doc]:
        runs.append(len(sentences))
        assert recogniser is not None
        return recogniser(sentences)

    docs = [coder.nlp(text) for text in (
        "Brandolini criticized the government.", "Soltis-Anderson told reporters it was over.")]
    found = [(doc, name_candidates(doc, [], Outlets(frozenset(), frozenset()))) for doc in docs]
    once = recognised_once(counted, found)
    assert once is not None and runs == [2]
    for _, candidates in found:
        tagged = once(candidates.sentences)
        assert [t.text for t in tagged[0]] == [t.text for t in candidates.sentences[0]]
    assert runs == [2]
    assert len(once(list(docs[0].sents))) == 1 and runs == [2]
    other = coder.nlp("Parlatore said the talks failed.")
    assert len(once(list(other.sents))) == 1 and runs == [2, 1]


def test_an_unknown_person_possessing_an_event_noun_is_its_actor(coder: Coder) -> None:
    visit = events_at(coder, "Anna Kowalczyk's visit to Kenya ended on Tuesday.", "visit")[0]
    assert form(visit.source) == ("Anna Kowalczyk", None)
    arrest = events_at(coder, "Police issued a warrant for Okafor's arrest.", "arrest")[0]
    assert form(arrest.target) == ("Okafor", None)


def test_a_possessor_not_typed_a_person_is_no_actor(coder: Coder) -> None:
    events = coder.code("Brindlecorp's profits fell, and the Kenyan president criticised "
                        "Brindlecorp's plan.", published=PUBLISHED)
    assert all(e.source is None or e.source.text != "Brindlecorp" for e in events)


def test_the_possessor_of_a_noun_naming_a_person_is_not_the_actor(coder: Coder) -> None:
    # The possessed noun is the person ("Mr Okafor's driver, John Bell"), not Mr Okafor.
    text = ("The inquiry is investigating whether the minister helped fast-track a bid by "
            "Mr Okafor's driver, John Bell, to stay in the country.")
    helped = events_at(coder, text, "helped")[0]
    assert helped.target is None or "Okafor" not in helped.target.text or \
        "driver" in helped.target.text
    lawyer = events_at(coder, "Ms Brandt's lawyer criticised the ruling.", "criticised")[0]
    assert lawyer.source is not None and lawyer.source.text != "Ms Brandt"


def test_a_body_named_agency_is_an_actor_not_an_outlet(coder: Coder) -> None:
    text = "The Federal Grain Inspection Agency said exporters were delaying shipments."
    event = events_at(coder, text, "said")[0]
    assert form(event.source) == ("The Federal Grain Inspection Agency", None)


def test_an_agency_with_a_news_word_is_an_outlet_not_an_actor(coder: Coder) -> None:
    text = "The Baltic Press Agency said exporters were delaying shipments."
    event = events_at(coder, text, "said")[0]
    assert event.source is None or event.source.code == "MED"


def test_a_surname_read_as_a_noun_after_a_comma_is_an_uncoded_speaker(coder: Coder) -> None:
    text = "The plan will fail, said Coons in an interview on Monday."
    event = events_at(coder, text, "said")[0]
    assert form(event.source) == ("Coons", None)


def test_a_surname_read_as_a_noun_after_a_closing_quote_is_a_speaker(coder: Coder) -> None:
    text = "\"The plan will fail,\" Banks told reporters on Monday."
    event = events_at(coder, text, "told")[0]
    assert form(event.source) == ("Banks", None)


def test_a_capitalised_noun_opening_a_sentence_is_no_name(coder: Coder) -> None:
    text = "Farmers said the plan will fail."
    event = events_at(coder, text, "said")[0]
    assert event.source is None or event.source.text != "Farmers" or event.source.code


def test_a_determined_capitalised_noun_is_no_surname(coder: Coder) -> None:
    text = "The plan will fail, said the Farmers on Monday."
    event = events_at(coder, text, "said")[0]
    assert event.source is None or event.source.kb_id is None
