"""The confidence model: training on judged lines written for these tests (deterministic), the
bundled model's scores on sentences written for these tests, and its use by the coder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.learn.confidence import (
    MODEL_DIR,
    confidence_model,
    parser,
    read_judged,
    train_confidence,
)
from eventwire.learn.model import load_model

RIGHT = [
    ("The Veloran foreign minister said the border would stay open.", "said", "010",
     "ew.say.010", "The Veloran foreign minister [VLRGOV]"),
    ("Police arrested six smugglers near the port on Sunday.", "arrested", "173",
     "ew.arrest.173", "Police [COP]"),
    ("The prime minister met the visiting Tesk delegation in the capital.", "met", "040",
     "ew.meet.040", "The prime minister [GOV]"),
    ("A spokesman for the army told reporters the road was closed.", "told", "010",
     "ew.tell.010", "A spokesman for the army [MIL]"),
    ("The court said the verdict would be appealed.", "said", "010", "ew.say.010",
     "The court [JUD]"),
    ("Workers at the mine said they had not been paid.", "said", "010", "ew.say.010",
     "Workers [LAB]"),
]
WRONG = [
    ("Nobody knows whether the summit will ever take place.", "summit", "040",
     "ew.summit.040", None),
    ("The new album is an attack on the senses.", "attack", "190", "ew.attack.190", None),
    ("Fans could meet the players if tickets sell out.", "meet", "040", "ew.meet.040", None),
    ("The rain attacked the roof all night.", "attacked", "190", "ew.attack.190", None),
    ("Talks of a merger were just rumours.", "Talks", "046", "ew.talk.046", None),
    ("Her speech was a call to arms for gardeners.", "call", "010", "ew.call.010", None),
]


def judged_line(index: int, item: tuple[str, str, str, str, str | None], verdict: str,
                status: str = "occurred") -> dict[str, Any]:
    sentence, trigger, code, rule, source = item
    return {"event_id": f"e{index}", "article_id": f"a{index // 2}", "sentence": sentence,
            "trigger": trigger, "trigger_start": sentence.index(trigger), "code": code,
            "rule": rule, "source": source, "target": None, "status": status,
            "verdict": verdict, "reason": "written for the test"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return parser()


@pytest.fixture(scope="module")
def judged_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = [judged_line(i, item, "right") for i, item in enumerate(RIGHT)]
    lines += [judged_line(len(RIGHT) + i, item, "not_an_event") for i, item in enumerate(WRONG)]
    lines.append({**lines[0], "verdict": "right"})  # the same event judged again
    lines.append({**lines[1], "event_id": "blank", "trigger_start": 999, "verdict": ""})
    path = tmp_path_factory.mktemp("judged") / "judged.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_read_judged_skips_blank_verdicts_and_repeats(judged_file: Path) -> None:
    items = read_judged([judged_file])
    assert len(items) == len(RIGHT) + len(WRONG)
    assert sum(item.right for item in items) == len(RIGHT)


def test_training_is_deterministic(judged_file: Path, nlp: Language, tmp_path: Path) -> None:
    first = train_confidence([judged_file], tmp_path / "one", nlp, folds=2, grid=(0.01, 0.1))
    second = train_confidence([judged_file], tmp_path / "two", nlp, folds=2, grid=(0.01, 0.1))
    assert first.cv == second.cv and first.events == len(RIGHT) + len(WRONG)
    one, two = load_model(tmp_path / "one"), load_model(tmp_path / "two")
    assert one.vocabulary == two.vocabulary and one.vocabulary
    assert np.array_equal(one.weights, two.weights) and np.array_equal(one.bias, two.bias)
    meta = one.meta
    assert meta["task"] == "confidence" and meta["training_files"][0]["file"] == "judged.jsonl"
    assert meta["cv"]["grouping"] == "article_id" and meta["cv"]["chosen_l2"] in (0.01, 0.1)


def test_training_needs_both_outcomes(judged_file: Path, nlp: Language, tmp_path: Path) -> None:
    only_right = tmp_path / "right.jsonl"
    only_right.write_text("".join(json.dumps(judged_line(i, item, "right")) + "\n"
                                  for i, item in enumerate(RIGHT)), encoding="utf-8")
    with pytest.raises(ValueError, match="both right and wrong"):
        train_confidence([only_right], tmp_path / "m", nlp, folds=2, grid=(0.1,))


def test_bundled_model_loads_once_with_its_provenance() -> None:
    model = confidence_model()
    assert model is confidence_model() and model.labels == (0, 1)
    assert model.meta["task"] == "confidence" and model.meta["cv"]["grouping"] == "article_id"
    assert all(entry["sha256"] for entry in model.meta["training_files"])
    assert (MODEL_DIR / "weights.npz").stat().st_size < 100_000


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def confidences(coder: Coder, text: str, code_root: str) -> list[float]:
    return [e.confidence for e in coder.code(text, "2024-05-02") if e.cameo.root == code_root]


def test_every_event_gets_a_probability(coder: Coder) -> None:
    events = coder.code("The Veloran defence minister said on Tuesday that talks with Tesk "
                        "had failed, and troops shelled the border town.", "2024-05-02")
    assert events and all(0.0 < e.confidence < 1.0 for e in events)


def test_an_arrest_that_happened_is_surer_than_one_that_might(coder: Coder) -> None:
    happened = confidences(coder, "Police arrested the union leader in the capital on Friday.",
                           "17")
    might = confidences(coder, "Police could arrest the union leader if he returns.", "17")
    assert happened and might and min(happened) > max(might)


def test_a_meeting_is_surer_than_talks_nobody_expects(coder: Coder) -> None:
    met = confidences(coder, "The president met the Veloran prime minister on Monday.", "04")
    doubted = confidences(coder, "Nobody knew whether talks would ever happen.", "04")
    assert met and doubted and min(met) > max(doubted)
