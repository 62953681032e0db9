"""``eventwire dict validate|convert|show`` through click's test runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli.dict_cmds import converted_name, dict_group
from eventwire.knowledge import petrarch_actors as px
from eventwire.knowledge.actors import ActorKB

ACTORS = "FREEDONIA_ [FRD]\n+FREEDONIAN_\nRUFUS_FIREFLY_\n\t[FRDGOV 19330101-19341231]\n"
AGENTS = "!PERSON! = MAN, MEN\nGRENADIER [~MIL]\nPOLICE!PERSON! [~COP]\n"
DISCARDS = "BIRD FLU\n+WORLD CUP\n"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "mine.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "mine.agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "mine.discards.txt").write_text(DISCARDS, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a dictionary", encoding="utf-8")
    return tmp_path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(dict_group, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_validate_a_directory(folder: Path) -> None:
    code, out, err = invoke("validate", str(folder))
    assert code == 0 and not err
    assert "mine.actors.txt: 2 entries, 3 phrases, 0 problems" in out
    assert "mine.agents.txt: 2 entries" in out and "mine.discards.txt: 2 entries" in out
    assert "notes.txt" not in out


def test_validate_lists_every_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("GOOD [ABC]\nBAD_DATE [ABC 9999]\nBAD_CODE [a]\n", encoding="utf-8")
    code, _, err = invoke("validate", str(bad))
    assert code == 4
    assert f"{bad}:2: bad date restriction '9999'" in err
    assert f"{bad}:3: bad actor code 'a'" in err


def test_validate_our_yaml_format(tmp_path: Path) -> None:
    path = tmp_path / "mine.actors.yaml"
    path.write_text("_meta: {version: '1', source: me, license: MIT}\n"
                    "countries:\n  - {iso3: FRD, name: Freedonia}\n", encoding="utf-8")
    code, out, _ = invoke("validate", str(tmp_path))
    assert code == 0 and "mine.actors.yaml: 1 entry" in out
    path.write_text("_meta: {version: '1', source: me, license: MIT}\n"
                    "countries:\n  - {iso3: frd, name: Freedonia}\n", encoding="utf-8")
    code, _, err = invoke("validate", str(tmp_path))
    assert code == 4 and f"{path}:3: countries: iso3" in err


def test_convert_writes_a_loadable_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, _ = invoke("convert", str(folder / "mine.agents.txt"), "-o", str(out))
    assert code == 0 and "2 entries" in stdout
    converted = px.read_compiled(out / "mine.agents.jsonl")
    assert {p for a in converted.agents for p in a.phrases} == {
        "grenadier", "grenadiers", "policeman", "policemen"}
    kb = ActorKB.load([out], petrarch_data=False)
    assert kb.lookup("grenadiers").code == "MIL"  # type: ignore[union-attr]


def test_convert_refuses_bad_lines_unless_asked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("GOOD [ABC]\nBAD [ABC 9999]\n", encoding="utf-8")
    code, _, err = invoke("convert", str(bad))
    assert code == 4 and ":2:" in err
    assert not (tmp_path / "bad.actors.jsonl").exists()
    code, _, _ = invoke("convert", str(bad), "--skip-bad")
    assert code == 0 and (tmp_path / "bad.actors.jsonl").exists()


def test_converted_names() -> None:
    validate = Path("PETR.Validate.actors.txt")
    assert converted_name(validate, "actors") == "PETR.Validate.actors.jsonl"
    assert converted_name(Path("my_agents.txt"), "agents") == "my_agents.agents.jsonl"


def test_show_lists_codes_and_dates(folder: Path) -> None:
    code, out, _ = invoke("show", "Rufus Firefly", "--date", "1933-06-01",
                          "--dictionaries", str(folder))
    assert code == 0
    assert "code=FRDGOV" in out and "FRDGOV[1933-01-01,1935-01-01)" in out
    code, out, _ = invoke("show", "Rufus Firefly", "--date", "1940-01-01",
                          "--dictionaries", str(folder))
    assert "code=-" in out


def test_show_bundled_entries() -> None:
    code, out, _ = invoke("show", "Helmand")
    assert code == 0 and "code=AFG" in out
    code, out, _ = invoke("show", "no such actor anywhere")
    assert code == 1 and "no entry" in out
