"""Sentence features from our own parse and rule annotations, on sentences written for them."""

from __future__ import annotations

from spacy.language import Language

from eventwire.learn.features import sentence_features


def features(pipeline: Language, text: str) -> list[str]:
    doc = pipeline(text)
    return sentence_features(doc[:], doc._.ew_triggers or (), doc._.ew_factuality or {})


def test_words_bigrams_and_root(pipeline: Language) -> None:
    names = features(pipeline, "Rebels attacked two villages near the border.")
    assert {"w:rebel", "w:attack", "w:village", "b:rebel_attack", "root:attack"} <= set(names)
    assert "w:#num" in names and "obj:village" in names


def test_rule_coder_view_is_stacked(pipeline: Language) -> None:
    names = features(pipeline, "Rebels attacked two villages near the border.")
    assert "c:4" in names and "top:4" in names and "cs:4_occurred" in names


def test_negation_and_modals(pipeline: Language) -> None:
    names = features(pipeline, "The minister would not meet the rebels.")
    assert "neg" in names and "modal:would" in names


def test_sentence_without_event(pipeline: Language) -> None:
    names = features(pipeline, "The weather was mild in the valley.")
    assert "top:none" in names
    assert not any(name.startswith("c:") for name in names)


def test_features_are_unique(pipeline: Language) -> None:
    names = features(pipeline, "Troops shelled the town and troops shelled the port.")
    assert len(names) == len(set(names))


def test_proper_nouns_are_not_word_features(pipeline: Language) -> None:
    names = features(pipeline, "Soldiers from Ostravia shelled the village of Kellmar.")
    assert "w:soldier" in names and "w:village" in names
    assert "w:ostravia" not in names and "w:kellmar" not in names


def test_proper_nouns_are_one_symbol_in_bigrams_and_subjects(pipeline: Language) -> None:
    names = features(pipeline, "Ostravia said the talks had failed.")
    assert {"b:#name_say", "rs:#name"} <= set(names)
    assert not any("ostravia" in name for name in names)


def test_root_frame(pipeline: Language) -> None:
    names = features(pipeline, "The committee rejected the proposal on Friday.")
    assert {"root:reject", "rd:reject_nsubj", "rd:reject_dobj", "rs:committee"} <= set(names)


def test_trigger_context_reads_its_governor(pipeline: Language) -> None:
    reported = features(pipeline, "The army denied that its troops had shelled the town.")
    assert "tg:deny" in reported and "tgc:4_deny" in reported
    assert any(name.startswith("tdep:") and name != "tdep:ROOT" for name in reported)
    main = features(pipeline, "Troops shelled the town.")
    assert "tg:ROOT" in main and "tcd:4_ROOT" in main and "td:shell_ROOT" in main
