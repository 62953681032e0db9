"""The trigger pattern format: loading, validation errors, variants and the bundled dictionary."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.errors import DataError
from eventwire.knowledge.patterns import (
    TriggerPattern,
    bundled_patterns,
    load_patterns,
    user_pattern_paths,
    validate_codes,
)
from eventwire.ontology import get_ontology

SHARED = Path(__file__).parents[2] / ".." / "shared"
GDELT_CODES = SHARED / "peers" / "cameo" / "gdelt_lookups" / "CAMEO.eventcodes.txt"
META = {"_meta": {"version": "1", "source": "test", "license": "MIT", "description": "t"}}


def gdelt_codes() -> set[str]:
    """Codes of the GDELT CAMEO table (one of its lines holds two codes run together)."""
    text = GDELT_CODES.read_text(encoding="latin-1")
    codes = set(re.findall(r"^(\d{2,4})\t", text, flags=re.MULTILINE))
    return codes | set(re.findall(r"(\d{3,4}):\[", text))


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


def pattern(**fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": "t.meet.040",
        "code": "040",
        "lemma": "meet",
        "pos": "VERB",
        "source": "test",
    }
    row.update(fields)
    return row


def test_bundled_dictionary_is_large_and_covers_every_root() -> None:
    patterns = bundled_patterns()
    phrases = {p.lemma for p in patterns}
    roots = {p.code[:2] for p in patterns if p.code}
    assert len(phrases) >= 350
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert {p.pos for p in patterns} == {"VERB", "NOUN", "ANY"}


def test_every_handwritten_code_is_in_the_gdelt_cameo_table() -> None:
    if not GDELT_CODES.exists():
        pytest.skip("shared peers are not available")
    known = gdelt_codes()
    assert {"036", "106", "0871", "1385"} <= known
    handwritten = {p.code for p in bundled_patterns() if p.source == "eventwire" and p.code}
    assert sorted(handwritten - known) == []


def test_every_bundled_code_is_in_the_ontology() -> None:
    validate_codes(bundled_patterns(), set(get_ontology().codes()))


def test_every_bundled_pattern_has_provenance_and_meta() -> None:
    patterns = bundled_patterns()
    assert all(p.source for p in patterns)
    assert patterns.metas and all(m.license and m.version for m in patterns.metas.values())


def test_bad_line_names_file_and_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", [META, pattern(), pattern(id="t.bad", code="36a")])
    with pytest.raises(DataError) as caught:
        load_patterns([path])
    assert caught.value.path == str(path)
    assert caught.value.line == 3
    assert "36a" in caught.value.reason and str(path) in str(caught.value)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(META) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_patterns([path])
    assert caught.value.line == 2 and "invalid JSON" in caught.value.reason


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (pattern(colour="red"), "colour"),
        (pattern(pos="ADV"), "pos"),
        (pattern(object=["two words"]), "single lower-case word"),
        (pattern(id="Bad Id"), "id"),
        ({"id": "t.x", "lemma": "meet", "pos": "VERB", "source": "test"}, "code"),
    ],
)
def test_invalid_patterns_are_rejected(tmp_path: Path, row: dict[str, object], reason: str) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", [META, row])
    with pytest.raises(DataError, match=reason):
        load_patterns([path])


def test_missing_meta_is_rejected(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", [pattern()])
    with pytest.raises(DataError, match="_meta"):
        load_patterns([path])


def test_duplicate_ids_across_files_point_at_both(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", [META, pattern()])
    second = write_jsonl(tmp_path / "b.jsonl", [META, pattern(code="044")])
    with pytest.raises(DataError) as caught:
        load_patterns([first, second])
    assert caught.value.path == str(second) and caught.value.line == 2
    assert f"{first}:2" in caught.value.reason


def test_validate_codes_names_the_pattern_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", [META, pattern(), pattern(id="t.y", code="0999")])
    patterns = load_patterns([path])
    with pytest.raises(DataError) as caught:
        validate_codes(patterns, {"040"})
    assert caught.value.line == 3 and "0999" in caught.value.reason


def test_hyphenated_lemma_matches_spaced_and_solid_spellings() -> None:
    item = TriggerPattern.model_validate(pattern(lemma="Build-Up", pos="NOUN", code="154"))
    assert item.lemma == "build-up"
    assert item.variants == (("build", "up"), ("buildup",))
    assert item.specificity == 2


def test_forms_and_constraints_add_specificity() -> None:
    item = TriggerPattern.model_validate(
        pattern(lemma="stage", forms="staged", object=["protest"], particle="up", code="141")
    )
    assert item.variants == (("stage",), ("staged",))
    assert item.object == ("protest",)
    assert item.specificity == 3


def test_index_is_by_first_word(tmp_path: Path) -> None:
    rows = [META, pattern(), pattern(id="t.air", lemma="air strike", pos="NOUN", code="195")]
    patterns = load_patterns([write_jsonl(tmp_path / "x.jsonl", rows)])
    assert [c.pattern.id for c in patterns.candidates("air")] == ["t.air"]
    assert [c.pattern.id for c in patterns.candidates("meet")] == ["t.meet.040"]
    assert patterns.candidates("strike") == ()


def test_null_code_pattern_is_a_block(tmp_path: Path) -> None:
    rows = [META, pattern(id="t.block", code=None, object=["deadline"])]
    patterns = load_patterns([write_jsonl(tmp_path / "x.jsonl", rows)])
    assert next(iter(patterns)).blocks and patterns.codes() == set()


def test_user_pattern_paths_follow_the_naming_conventions(tmp_path: Path) -> None:
    (tmp_path / "triggers").mkdir()
    nested = write_jsonl(tmp_path / "triggers" / "mine.jsonl", [META])
    suffixed = write_jsonl(tmp_path / "extra.triggers.jsonl", [META])
    write_jsonl(tmp_path / "actors.jsonl", [META])
    assert user_pattern_paths([tmp_path]) == [nested, suffixed]
    assert user_pattern_paths([suffixed, tmp_path / "actors.jsonl"]) == [suffixed]


def test_handwritten_alternatives_do_not_overlap() -> None:
    """Two hand-written patterns that differ only in one word list must not share a word (an
    ambiguous tie). Converted dictionaries drop such later lines when they are converted. A
    pattern with more constraints (an object modifier: "carried out air strikes") ranks first
    and is no tie; nor is a tie between two patterns of the same code, nor between two whose
    objects must carry different modifiers ("detonated a *car* bomb", "a *roadside* bomb")."""
    fields = ("object", "xcomp", "modifier", "governor")
    groups: dict[tuple[str | int | None, ...], list[TriggerPattern]] = {}
    for item in (p for p in bundled_patterns() if p.source == "eventwire"):
        used = tuple(f for f in fields if getattr(item, f))
        if len(used) == 1:
            key = (item.lemma, item.pos, item.particle, item.prep, item.constraint_count,
                   item.object_modifier, used[0])
            groups.setdefault(key, []).append(item)
    clashes = []
    for group, items in groups.items():
        seen: dict[str, TriggerPattern] = {}
        for item in items:
            for word in getattr(item, str(group[-1])):
                if word in seen and seen[word].code != item.code:  # same code: no ambiguity
                    clashes.append(f"{seen[word].id} / {item.id}: {word}")
                seen[word] = item
    assert clashes == []
