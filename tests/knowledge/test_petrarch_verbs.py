"""The PETRARCH verb-dictionary reader: each construct on hand-written snippets, the shipped files
(counts), loading a PETRARCH file as a user dictionary, and the reproducible bundled conversion."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from eventwire.knowledge.patterns import PrepArgument, bundled_pattern_paths, load_patterns
from eventwire.knowledge.petrarch_patterns import noun_forms
from eventwire.knowledge.petrarch_verbs import (
    Conversion,
    convert_verb_file,
    convert_verb_lines,
    looks_like_verb_file,
)
from eventwire.ontology import get_ontology
from tests.tool_loader import load_tool as load_tool_named

ROOT = Path(__file__).parents[2]
SHARED = ROOT / ".." / "shared"
DICTIONARIES = SHARED / "peers" / "petrarch2" / "data" / "dictionaries"
UNIVERSAL = SHARED / "peers" / "universalpetrarch" / "master" / "data" / "dictionaries"
BUNDLED = ROOT / "eventwire" / "data" / "triggers" / "petrarch_cameo2.jsonl"
needs_shared = pytest.mark.skipif(not DICTIONARIES.exists(), reason="shared peers not available")

SNIPPET = """\
# a comment line
&VEHICLE
+CAR
+ARMED_FORCES
+CEASE-FIRE

&WIDE
+&VEHICLE
+TRUCKS

####### VERB PATTERNS #######
---  MEET   [040]  ---
MEET {MEETS MET MEETING}
CONFER  [041]   # with its own code
+SIT_DOWN_WITH {+SAT_DOWN_WITH}
HUDDLE [---]
- * (WITH +)                       [040]   # MEET
- * {PEACE TALKS}                  [046]
- * &VEHICLE                       [043]
- POLICE *                         [173]
- * UP (IN $)                      [042:043]
- * (ACROSS {BORDER CROSSING})     [:041]
- * RIVALS                         [---]
- * &WIDE                          [044]
- + * RIVALS                       [045]
- * % FOO                          [045]
- * OUT (FOR ^)                    [036]
- * TALKS                          [99X]
- * TALKS
~ a (a b MEET) SAY = a b 010
---  ARGUE   [---]  ---
ARGUE
- * (AGAINST)                      [111]
"""


@pytest.fixture(scope="module")
def snippet() -> Conversion:
    return convert_verb_lines(SNIPPET.splitlines(), "test:snippet.txt")


def rows_by_line(conversion: Conversion) -> dict[int, dict[str, Any]]:
    """The first row of each line (a line naming a synset with phrases gives more)."""
    found: dict[int, dict[str, Any]] = {}
    for number, row in conversion.rows:
        found.setdefault(number, row)
    return found


def variants_of(conversion: Conversion, number: int) -> list[dict[str, Any]]:
    return [row for line, row in conversion.rows if line == number]


def line_of(text: str) -> int:
    return SNIPPET.splitlines().index(text) + 1


def test_counts_and_skip_reasons(snippet: Conversion) -> None:
    report = snippet.report
    assert (report.blocks, report.verbs, report.synsets) == (2, 5, 2)
    assert report.skipped["verb without a code of its own"] == 2  # HUDDLE, ARGUE
    assert report.skipped["role marker before the verb"] == 0  # "+ *" is read now
    assert report.skipped["compound actor marker (%)"] == 1
    assert report.skipped["malformed code"] == 0
    # "- * TALKS [99X]": converted with the null code, so that it still beats the verb's own
    assert report.skipped["unreadable pattern code read as no event"] == 1
    talks = rows_by_line(snippet)[line_of("- * TALKS                          [99X]")]
    assert talks["code"] is None and talks["object"] == ["talks", "talk"]
    assert report.skipped["malformed pattern line (no code)"] == 1
    assert report.skipped["transformation (~)"] == 1
    assert report.converted == len(snippet.rows) == len(snippet.patterns)
    assert (line_of("- * TALKS"), "malformed pattern line (no code)") in report.problems


def test_verbs_take_block_or_own_code_and_forms(snippet: Conversion) -> None:
    rows = rows_by_line(snippet)
    meet = rows[line_of("MEET {MEETS MET MEETING}")]
    assert (meet["id"], meet["lemma"], meet["code"]) == ("test:snippet.txt:13", "meet", "040")
    assert meet["forms"] == ["meets", "met", "meeting"]
    assert rows[line_of("CONFER  [041]   # with its own code")]["code"] == "041"
    multi = rows[line_of("+SIT_DOWN_WITH {+SAT_DOWN_WITH}")]
    # A phrasal verb keeps its listed forms in words: "sat" is no regular form of "sit".
    assert multi["lemma"] == "sit down with" and multi["forms"] == ["sat down with"]


def test_pattern_lines_apply_to_every_verb_of_the_block(snippet: Conversion) -> None:
    row = rows_by_line(snippet)[line_of("- * (WITH +)                       [040]   # MEET")]
    assert row["lemma"] == "meet" and row["also"] == ["confer", "sit down with", "huddle"]
    assert row["preps"] == [{"prep": ["with"], "object": [], "modifier": []}]
    assert row["target_preps"] == ["with"]


IDIOM_BLOCK = """\
---  STOP_IT   [---]  ---
+CALL_OFF [160]
CONCLUDE
FINISH {FINISHES FINISHED}
HALT [160]
- * SUMMIT                         [040]   # FINISHED
- * TALKS                          [160]   # HALT
- * SHOOTING                       [---]   # CONCLUDE
- * VISIT                          [042]   # no verb named here
- * RAID                           [190]   # HALT
- * TRUCE                          [074]   # HALT
"""


def test_pattern_that_changes_a_verbs_act_is_the_commented_verbs_idiom() -> None:
    rows = {row["object"][0]: row for _, row in convert_verb_lines(
        IDIOM_BLOCK.splitlines(), "test:idiom.txt").rows if "object" in row}
    verbs = {name: [row["lemma"], *row.get("also", [])] for name, row in rows.items()}
    # finishing a summit means it was held; calling it off or halting it (own code 160, a
    # material conflict) does not: the cooperative idiom is the named verb's only
    assert verbs["summit"] == ["conclude", "finish"]
    # a pattern in the QuadClass of the verbs' own act, or with no code, stays with the block
    everyone = ["call off", "conclude", "finish", "halt"]
    assert verbs["talks"] == verbs["shooting"] == verbs["raid"] == everyone
    # a comment that names no verb of the block leaves the pattern pooled
    assert verbs["visit"] == everyone
    # the named verb keeps its idiom, also where its own act is in another QuadClass
    assert verbs["truce"] == ["conclude", "finish", "halt"]


def test_braced_phrase_gives_object_and_modifier(snippet: Conversion) -> None:
    row = rows_by_line(snippet)[line_of("- * {PEACE TALKS}                  [046]")]
    assert row["object"] == ["talks", "talk"] and row["object_modifier"] == ["peace"]


def test_synsets_expand_to_words_and_solid_hyphens(snippet: Conversion) -> None:
    row = rows_by_line(snippet)[line_of("- * &VEHICLE                       [043]")]
    assert row["object"] == ["car", "ceasefire"]
    nested = rows_by_line(snippet)[line_of("- * &WIDE                          [044]")]
    assert set(nested["object"]) == {"car", "ceasefire", "trucks", "truck"}


def test_synset_phrase_members_require_all_their_words(snippet: Conversion) -> None:
    """A phrase member is one more pattern (id ``<line>.1``) whose words are all required;
    &WIDE's (through &VEHICLE) has the same constraints as &VEHICLE's and is left out."""
    plain, phrase = variants_of(snippet, line_of("- * &VEHICLE                       [043]"))
    assert phrase["id"] == plain["id"] + ".1" and phrase["code"] == "043"
    assert phrase["object"] == ["forces", "force"] and phrase["object_modifier"] == ["armed"]
    assert len(variants_of(snippet, line_of("- * &WIDE                          [044]"))) == 1


def test_synset_phrases_of_one_length_share_a_pattern() -> None:
    lines = ["&COIN", "+DOLLARS", "+SWISS_FRANCS", "+GOLD_SOVEREIGNS", "+OLD_SPANISH_REALES",
             "", "--- PAY [070] ---", "PAY", "- * &COIN [071]"]
    rows = [row for _, row in convert_verb_lines(lines, "test:coins.txt").rows]
    assert [row["id"] for row in rows] == [
        "test:coins.txt:8", "test:coins.txt:9", "test:coins.txt:9.1", "test:coins.txt:9.2"]
    assert rows[1]["object"] == ["dollars", "dollar"]
    assert set(rows[2]["object"]) == {"francs", "franc", "sovereigns", "sovereign"}
    assert rows[2]["object_modifier"] == ["swiss", "gold"]
    assert rows[3]["object_slots"] == [["old"], ["spanish"]]


def test_pre_verb_noun_is_the_subject(snippet: Conversion) -> None:
    row = rows_by_line(snippet)[line_of("- POLICE *                         [173]")]
    assert row["subject"] == ["police"] and "object" not in row


def test_particle_source_prep_and_code_pair(snippet: Conversion) -> None:
    row = rows_by_line(snippet)[line_of("- * UP (IN $)                      [042:043]")]
    assert row["particle"] == "up" and row["source_preps"] == ["in"]
    assert (row["code"], row["inverse_code"]) == ("042", "043")


def test_prep_with_phrase_and_empty_first_code(snippet: Conversion) -> None:
    row = rows_by_line(snippet)[line_of("- * (ACROSS {BORDER CROSSING})     [:041]")]
    assert row["code"] is None and row["inverse_code"] == "041"
    assert row["preps"] == [
        {"prep": ["across"], "object": ["crossing"], "modifier": ["border"]}
    ]


def test_null_code_line_is_a_blocking_pattern_and_skip_marker_is_ignored(
    snippet: Conversion,
) -> None:
    rows = rows_by_line(snippet)
    assert rows[line_of("- * RIVALS                         [---]")]["code"] is None
    out = rows[line_of("- * OUT (FOR ^)                    [036]")]
    assert out["particle"] == "out" and out["preps"][0]["prep"] == ["for"]


def test_known_codes_filter_counts_unknown_ones() -> None:
    lines = ["--- HIT [190] ---", "HIT", "- * HARD  [1999]", "- * BACK [0871]"]
    conversion = convert_verb_lines(lines, "t", known_codes={"190", "0871"})
    assert conversion.report.skipped["code not in CAMEO"] == 1
    assert [row["code"] for _, row in conversion.rows] == ["190", "0871"]


def test_converted_rows_validate_into_patterns(snippet: Conversion) -> None:
    by_line = dict(snippet.patterns)
    pattern = by_line[line_of("- * (ACROSS {BORDER CROSSING})     [:041]")]
    assert pattern.preps == (PrepArgument(prep=("across",), object=("crossing",),
                                          modifier=("border",)),)
    assert pattern.specificity == 1 + 3


@pytest.mark.parametrize(
    ("raw", "forms"),
    [("SANCTIONS", ("sanctions", "sanction")), ("ALLIES", ("allies", "ally")),
     ("PRIME_MINISTER", ("minister",)), ("SIT-IN", ("sitin",)), ("CASH_", ("cash",))],
)
def test_noun_forms(raw: str, forms: tuple[str, ...]) -> None:
    assert noun_forms(raw) == forms


def test_never_crashes_on_garbage(tmp_path: Path) -> None:
    path = tmp_path / "bad.verbs.txt"
    path.write_text("--- X [010] ---\n@@@ {\n- * ((( [010]\n- * {A [010]\n<!-- c -->\n")
    conversion = convert_verb_file(path)
    assert conversion.report.blocks == 1
    assert sum(conversion.report.skipped.values()) == 3


@needs_shared
def test_shipped_cameo_dictionary_counts() -> None:
    known = set(get_ontology().codes())
    report = convert_verb_file(DICTIONARIES / "CAMEO.2.0.txt", known_codes=known).report
    assert report.blocks == 397 and report.synsets == 40
    assert report.verbs > 1800 and report.pattern_lines > 4600
    assert report.converted > 5000
    assert report.skipped["transformation (~)"] == 8
    assert sum(report.skipped.values()) < 1200


@needs_shared
@pytest.mark.parametrize(
    "path",
    [DICTIONARIES / "PETR.Validate.verbs.txt", UNIVERSAL / "PETR.Validate.verbs.2.0.txt"],
)
def test_validation_dictionaries_are_read(path: Path) -> None:
    assert looks_like_verb_file(path)
    conversion = convert_verb_file(path)
    assert conversion.report.blocks > 50 and conversion.report.converted > 400


@needs_shared
def test_petrarch_file_loads_as_a_user_dictionary() -> None:
    patterns = load_patterns([DICTIONARIES / "PETR.Validate.verbs.txt"])
    meta = next(iter(patterns.metas.values()))
    assert meta.model_dump()["conversion"]["blocks"] == 257
    assert any(p.id.startswith("petrarch:PETR.Validate.verbs.txt:") for p in patterns)


def load_tool() -> ModuleType:
    return load_tool_named("convert_petrarch_verbs")


@needs_shared
def test_converter_reproduces_the_bundled_file() -> None:
    tool = load_tool()
    assert tool.render(tool.convert(SHARED)) == BUNDLED.read_text(encoding="utf-8")


def test_bundled_conversion_has_meta_ids_and_known_codes() -> None:
    assert BUNDLED in bundled_pattern_paths()
    meta = json.loads(BUNDLED.read_text(encoding="utf-8").splitlines()[0])["_meta"]
    assert meta["license"] == "MIT" and "Open Event Data Alliance" in meta["license_notice"]
    assert "676801cd" in meta["source"]
    patterns = load_patterns([BUNDLED], set(get_ontology().codes()))
    assert len(patterns) == meta["counts"]["converted"]
    assert all(p.id.startswith("petrarch2:CAMEO.2.0.txt:") for p in patterns)
    assert patterns.codes() <= set(get_ontology().codes())


CONSTRUCTS = """\
&KIND
+TRADE
+ARMS

&PREPS
+IN
+ON

--- VISIT [042:043] ---
VISIT
TOUR [040]
--- AGREE [081] ---
AGREE
- % HAVE * [030:030]
- * WITH % [031]
- * ON &KIND_DEALS FROM [057]
- * &PREPS RESOLUTION [102]
- * EID AT ^ WITH + [043]
- * IFTAR IN ^ + [045]
- * IMPROVED &KIND RELATIONS [064]
"""


@pytest.fixture(scope="module")
def constructs() -> dict[str, dict[str, Any]]:
    conversion = convert_verb_lines(CONSTRUCTS.splitlines(), "test:constructs.txt")
    lines = CONSTRUCTS.splitlines()
    return {lines[number - 1]: row for number, row in conversion.rows}


def test_block_code_pair_reaches_its_verbs(constructs: dict[str, dict[str, Any]]) -> None:
    assert (constructs["VISIT"]["code"], constructs["VISIT"]["inverse_code"]) == ("042", "043")
    assert "inverse_code" not in constructs["TOUR [040]"]


def test_compound_markers(constructs: dict[str, dict[str, Any]]) -> None:
    before = constructs["- % HAVE * [030:030]"]
    assert before["compound_subject"] is True and before["subject"] == ["have"]
    after = constructs["- * WITH % [031]"]
    assert after["preps"] == [{"prep": ["with"], "object": [], "modifier": [], "compound": True}]


def test_prepositions_after_the_verb_start_arguments(constructs: dict[str, dict[str, Any]]) -> None:
    deals = constructs["- * ON &KIND_DEALS FROM [057]"]
    assert "object" not in deals
    assert deals["preps"] == [
        {"prep": ["on"], "object": ["deals", "deal"], "modifier": ["trade", "arms"]},
        {"prep": ["from"], "object": [], "modifier": []},
    ]
    resolution = constructs["- * &PREPS RESOLUTION [102]"]
    assert resolution["preps"] == [{"prep": ["in", "on"], "object": ["resolution"], "modifier": []}]


def test_subject_marked_as_target(snippet: Conversion) -> None:
    row = rows_by_line(snippet)[line_of("- + * RIVALS                       [045]")]
    assert row["subject_target"] is True and row["object"] == ["rivals", "rival"]


def test_marker_beside_a_word_before_the_verb_names_its_side() -> None:
    lines = ["--- TOAST [040] ---", "TOAST", "- + INVITING * TREATY $ [046]",
             "- REMARKED + * [115]", "- + * HOLIDAY $ [042]"]
    rows = {row["code"]: row for _, row in convert_verb_lines(lines, "test:sides.txt").rows}
    assert rows["046"]["governor_side"] == "target" and rows["046"]["subject"] == ["inviting"]
    assert rows["115"]["governor_side"] == "source" and rows["115"]["subject_target"] is True
    assert "governor_side" not in rows["042"]


def test_skipped_phrase_after_a_preposition(constructs: dict[str, dict[str, Any]]) -> None:
    row = constructs["- * EID AT ^ WITH + [043]"]
    assert row["object"] == ["eid"] and row["target_preps"] == ["with"]
    assert [entry["prep"] for entry in row["preps"]] == [["at"], ["with"]]


def test_target_after_a_skipped_phrase(constructs: dict[str, dict[str, Any]]) -> None:
    row = constructs["- * IFTAR IN ^ + [045]"]
    assert row["target_after"] == ["in"] and "target_preps" not in row


def test_several_words_before_the_object_are_all_required(
    constructs: dict[str, dict[str, Any]],
) -> None:
    row = constructs["- * IMPROVED &KIND RELATIONS [064]"]
    assert row["object_slots"] == [["improved"], ["trade", "arms"]]  # ARMS is not ARM


def test_joined_words_are_closed() -> None:
    lines = ["&KIND", "+TRADE", "", "--- CUT [160] ---", "CUT", "- * NEW_&KIND_TIES [161]",
             "- * NEW &KIND TIES [162]", "- SHARPLY_* [163]", "- SHARPLY * [164]"]
    rows = {row["code"]: row for _, row in convert_verb_lines(lines, "test:closed.txt").rows}
    assert rows["161"]["object_adjacent"] and "object_adjacent" not in rows["162"]
    assert rows["163"]["subject_adjacent"] and "subject_adjacent" not in rows["164"]
