"""Training on a slice of the real training file, loading the model into the coder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.learn.apply import ClassifiedResult, sentence_class_of
from eventwire.learn.model import ModelError, load_model
from eventwire.learn.train import train_classifier
from eventwire.records import Article
from tests.learn.conftest import SLICE_ROWS


def test_model_directory_records_its_provenance(small_model: Path, train_slice: Path) -> None:
    meta = json.loads((small_model / "meta.json").read_text(encoding="utf-8"))
    assert meta["training_file"] == train_slice.name
    assert len(meta["training_sha256"]) == 64
    assert meta["sentences"] == SLICE_ROWS
    assert meta["labels"] == [0, 1, 2, 3, 4]
    assert meta["cv"]["chosen_l2"] == 1e-3 and meta["cv"]["folds"] == 2
    assert "near duplicates" in meta["cv"]["grouping"]
    assert 1 < meta["cv"]["groups"] <= SLICE_ROWS
    assert "GPL" in meta["license_note"]
    assert load_model(small_model).vocabulary


def test_coder_with_classifier(small_model: Path) -> None:
    coder = Coder(classifier=small_model)
    assert coder.nlp.pipe_names[-1] == "ew_classify"
    text = "Government troops shelled the rebel town on Monday. The weather was mild."
    result = next(coder.code_articles([Article(text=text, id="a1")]))
    assert isinstance(result, ClassifiedResult)
    assert len(result.sentence_classes) == 2
    first = result.sentence_classes[0]
    assert abs(sum(first.probabilities) - 1.0) < 1e-3
    assert result.events
    for event in result.events:
        assert sentence_class_of(event) in (0, 1, 2, 3, 4)
        assert 0.0 <= event.confidence <= 1.0


def test_confidence_blends_rule_and_classifier(small_model: Path) -> None:
    text = "Government troops shelled the rebel town on Monday."
    plain = Coder().code(text)
    blended = Coder(classifier=small_model).code(text)
    assert [e.cameo.code for e in plain] == [e.cameo.code for e in blended]
    for before, after in zip(plain, blended, strict=True):
        agreement = after.extra["classifier"]["probability"]
        assert after.confidence == pytest.approx((before.confidence + agreement) / 2)


def test_bad_classifier_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not a classifier directory"):
        Coder(classifier=tmp_path)


def test_unknown_task_and_empty_file(pipeline: Language, tmp_path: Path) -> None:
    empty = tmp_path / "empty.tsv"
    empty.write_text("sentence\tlabel\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown task"):
        train_classifier("plover", empty, tmp_path / "m", pipeline)
    with pytest.raises(ValueError, match="no labelled sentences"):
        train_classifier("conflibert-class", empty, tmp_path / "m", pipeline)
