"""Every suite end to end through the real coder, and the ``eventwire evaluate`` command."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.evaluate import run_suite
from tests.evaluate.factories import CLASS_TEST, GSR, PLOVER_GSR, ROLES_TEST, UNIT_TESTS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not UNIT_TESTS.is_file(), reason="needs ../shared/peers"),
]

COMMON = ("suite", "items", "expected", "correct", "extra", "precision", "recall", "f1")
VALIDATE_DICTIONARIES = UNIT_TESTS.parents[1] / "dictionaries"


@dataclass(frozen=True)
class Case:
    """One suite run: gold file, expected counts, floors, and the coder it needs."""

    suite: str
    path: Path
    items: int
    expected: int
    floors: dict[str, float]
    petrarch_validate: bool = False  # code with PETRARCH's own PETR.Validate.* dictionaries


# Floors only go up: set just under the figures measured when they were last raised.
CASES: tuple[Case, ...] = (
    # Measured 2026-11-29 (h-petx): precision 0.922, recall 0.711, f1 0.803; 276 items since
    # the two bad_input_parse records are set apart (h-fix: precision 0.929, f1 0.806).
    # h-pu (governing-verb markers, subjects on auxiliaries, agent suffixes): precision 0.941,
    # recall 0.726, f1 0.819 (254 of 350, 16 extra).
    Case("petrarch", UNIT_TESTS, 276, 350, {"precision": 0.93, "recall": 0.72, "f1": 0.81},
         petrarch_validate=True),
    # GSR, class and roles measured 2026-11-29 (h-gsr): GSR precision 0.298, recall 0.488,
    # f1 0.370, conventions precision 0.317, f1 0.384; class accuracy 0.816, macro-F1 0.802;
    # roles precision 0.715, recall 0.687, f1 0.700. GSR after the commented-verb idioms (a
    # PETRARCH line that changes a verb's QuadClass is its named verb's only): precision 0.288,
    # recall 0.475, f1 0.359, conventions precision 0.307, f1 0.373 ("wants to attack" is no
    # longer PRESS's 138).
    # Stop 18: recall 0.4625 (37 of 80): giving a speech is a statement (010), no material
    # cooperation, while one GSR record codes "scheduled to give a speech" as 060.
    Case("petrarch", GSR, 78, 80, {"precision": 0.28, "recall": 0.46, "f1": 0.35,
                                   "conventions.precision": 0.40, "conventions.f1": 0.43}),
    # Stop 12 (806c66f): GSR precision 0.304, recall 0.475, conventions precision 0.418, f1
    # 0.445; class accuracy 0.829, macro-F1 0.813; roles precision 0.724, recall 0.688.
    # Stop 15: class accuracy 0.836, macro-F1 0.819 (a reported obligation is the speaker's
    # demand alone, refusals of intents, accepting refugees is asylum); roles precision 0.721,
    # recall 0.681 (605 of 888), f1 0.701.
    # Stop 16: class accuracy 0.840, macro-F1 0.824 (material cooperation told from force
    # posture by its object, appeals that are no phone calls); roles precision 0.722, recall
    # 0.682 (606 of 888), f1 0.702; PLOVER sector source 0.750, target 0.736.
    # Stop 17: class accuracy 0.851, macro-F1 0.837 (a comment whose content is a coded act
    # ranks after it); roles precision 0.721, recall 0.684 (607 of 888), f1 0.702; PLOVER
    # sector source 0.740, target 0.736.
    # Stop 18: class accuracy 0.854, macro-F1 0.838; roles precision 0.720, recall 0.684, f1
    # 0.701; PLOVER accuracy 0.767, country source 0.751, target 0.774, sector source 0.745,
    # target 0.742 (countries from the article, departments, committees, visit destinations).
    Case("conflibert-class", CLASS_TEST, 451, 451, {"accuracy": 0.85, "macro_f1": 0.83}),
    Case("conflibert-roles", ROLES_TEST, 451, 888, {"precision": 0.72, "recall": 0.68, "f1": 0.70}),
    Case("plover-gsr", PLOVER_GSR, 322, 322,
         {"accuracy": 0.75, "actors.source.country_accuracy": 0.73,
          "actors.target.country_accuracy": 0.73,
          # Measured 2026-11-29 (h-plover): source 0.736, target 0.723. Stop 27: target sector
          # 0.742 to 0.736 (117/159), by the rule that a clause with its own subject states
          # another act (roles._own_clause): 2 of its 5 changed records right, 34 of 35 on the
          # development articles.
          "actors.source.sector_accuracy": 0.74, "actors.target.sector_accuracy": 0.73}),
)


@pytest.fixture(scope="module")
def coder() -> Any:
    from eventwire.coder import Coder

    return Coder()


@pytest.fixture(scope="module")
def validate_coder(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A coder with only PETRARCH's unit-test dictionaries, as PETRARCH's own tests run."""
    from eventwire.coder import Coder

    directory = tmp_path_factory.mktemp("petr_validate")
    for source in VALIDATE_DICTIONARIES.glob("PETR.Validate.*.txt"):
        (directory / source.name).write_bytes(source.read_bytes())
    return Coder(dictionaries=[directory], bundled=False)


def check_fields(report: dict[str, Any]) -> None:
    assert all(name in report for name in COMMON)
    for name in ("precision", "recall", "f1"):
        assert 0.0 <= report[name] <= 1.0
    assert report["correct"] <= report["expected"]
    json.dumps(report)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.suite}-{c.path.name}")
def test_suite_runs(coder: Any, validate_coder: Any, case: Case) -> None:
    report = run_suite(case.suite, case.path, validate_coder if case.petrarch_validate else coder)
    check_fields(report)
    assert (report["suite"], report["items"], report["expected"]) == (
        case.suite, case.items, case.expected)
    assert report["coder_errors"] == 0
    for name, floor in case.floors.items():
        value = figure(report, name)
        assert value >= floor, f"{case.suite} {name} {value} below {floor}"
    if case.suite in ("conflibert-class", "plover-gsr"):
        assert 0.0 <= report["accuracy"] <= 1.0 and "macro_f1" in report


def figure(report: dict[str, Any], name: str) -> float:
    """A report figure by dotted name ("actors.source.country_accuracy")."""
    value: Any = report
    for key in name.split("."):
        value = value[key]
    return float(value)


def test_unknown_suite_and_missing_path(coder: Any) -> None:
    with pytest.raises(ValueError):
        run_suite("nope", UNIT_TESTS, coder)
    with pytest.raises(FileNotFoundError):
        run_suite("petrarch", UNIT_TESTS.with_name("missing.xml"), coder)


def test_cli_json_and_table() -> None:
    from eventwire.cli.evaluate_cmd import evaluate

    runner = CliRunner()
    result = runner.invoke(evaluate, ["plover-gsr", str(PLOVER_GSR), "--json", "--limit", "5"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    check_fields(report)
    assert report["items"] == 5 and "accuracy" in report
    table = runner.invoke(evaluate, ["petrarch", str(GSR), "--limit", "3"])
    assert table.exit_code == 0, table.output
    assert "precision" in table.output and "relaxed" in table.output


def test_cli_rejects_unknown_suite() -> None:
    from eventwire.cli.evaluate_cmd import evaluate

    result = CliRunner().invoke(evaluate, ["nope", str(GSR)])
    assert result.exit_code == 2
