"""``ew_triggers`` on the real English model: codes across all CAMEO roots, phrases, overlaps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import (
    PatternSet,
    bundled_pattern_paths,
    bundled_patterns,
    load_patterns,
)
from eventwire.nlp import load_model
from eventwire.pipeline.folding import load_lexicon as load_folding
from eventwire.pipeline.mentions import TriggerMatch
from eventwire.pipeline.triggers import (
    load_trigger_patterns,
    match_triggers,
)

# (sentence, trigger text, CAMEO code): one or more per root, written for these tests.
CASES: list[tuple[str, str, str]] = [
    ("The ministry declined to comment on the report.", "declined to comment", "011"),
    ("A spokesman said the border was calm.", "said", "010"),
    ("The rebel group claimed responsibility for the blast.", "claimed responsibility", "015"),
    ("The senator denied the allegations on Friday.", "denied the allegations", "016"),
    ("The envoy expressed condolences to the victims' families.", "expressed condolences", "018"),
    (
        "The Vatican called for an immediate ceasefire in the region.",
        "called for an immediate ceasefire",
        "0256",
    ),
    ("Brazil urged both parties to negotiate.", "urged both parties to negotiate", "026"),
    ("Chile pledged new loans to Peru.", "pledged new loans", "0331"),
    ("Oman offered to mediate between the rivals.", "offered to mediate", "039"),
    ("The two leaders agreed to meet next month.", "agreed to meet", "036"),
    ("The presidents met in Vienna on Thursday.", "met", "040"),
    ("Kenya and Somalia held talks on the dispute.", "held talks", "046"),
    ("The chancellor spoke by phone with the premier.", "spoke by phone", "041"),
    ("The prime minister visited Tokyo last week.", "visited", "042"),
    ("Norway hosted the delegation in Oslo.", "hosted", "043"),
    ("The mayor praised the rescue workers.", "praised", "051"),
    ("Both governments signed a border treaty.", "signed a border treaty", "057"),
    ("The navies held joint exercises in the gulf.", "held joint exercises", "062"),
    ("Canada sent weapons to the government forces.", "sent weapons", "072"),
    ("The agency delivered humanitarian aid to the refugees.", "delivered humanitarian aid", "070"),
    ("The militia released two hostages.", "released two hostages", "0841"),
    ("The army lifted the curfew in the north.", "lifted the curfew", "0813"),
    ("The government declared a truce with the insurgents.", "declared a truce", "0871"),
    ("The watchdog will investigate the fraud.", "investigate the fraud", "091"),
    ("Students demanded the release of the detained activists.", "demanded the release", "1053"),
    ("The opposition condemned the decision.", "condemned", "111"),
    ("Ankara accused Athens of espionage.", "accused Athens of espionage", "1125"),
    ("The junta rejected the proposal.", "rejected", "120"),
    ("The junta refused to negotiate with the rebels.", "refused to negotiate", "125"),
    ("Russia vetoed the draft resolution.", "vetoed", "129"),
    ("The general threatened to invade the island.", "threatened to invade", "1382"),
    ("The junta threatened to ban the rally.", "threatened to ban", "132"),
    ("The abductors threatened to execute the three nurses.", "threatened to execute", "138"),
    ("The cartel issued an ultimatum to the police.", "issued an ultimatum", "139"),
    ("Farmers protested against the new tax.", "protested", "141"),
    ("Dockworkers launched a general strike on Monday.", "general strike", "143"),
    ("The navy put its fleet on high alert.", "high alert", "152"),
    ("Moscow massed troops near the frontier.", "massed", "154"),
    ("The country mobilised its reservists.", "mobilised", "154"),
    ("Poland expelled three diplomats.", "expelled three diplomats", "161"),
    ("Washington imposed sanctions on the bank.", "imposed sanctions", "163"),
    ("Police arrested the opposition leader.", "arrested", "173"),
    ("Security forces cracked down on the protesters.", "cracked down", "175"),
    ("Gunmen kidnapped a local official.", "kidnapped", "181"),
    ("A car bomb exploded near the market.", "car bomb", "1832"),
    ("Militants assassinated the provincial governor.", "assassinated", "186"),
    ("Artillery units shelled the village overnight.", "shelled", "194"),
    ("Fighter jets carried out air strikes on the depot.", "carried out air strikes", "195"),
    ("Troops invaded the neighbouring country.", "invaded", "192"),
    ("The armed group violated the ceasefire.", "violated the ceasefire", "196"),
    ("Witnesses described a massacre of villagers.", "massacre", "202"),
    ("The report documented the ethnic cleansing of the minority.", "ethnic cleansing", "203"),
]


@pytest.fixture(scope="module")
def patterns() -> PatternSet:
    """The hand-written dictionary: the cases above pin its own triggers and spans."""
    return load_patterns([p for p in bundled_pattern_paths() if not p.name.startswith("petrarch")])



@pytest.fixture(scope="module")
def pipeline() -> Language:
    nlp = load_model()
    nlp.add_pipe("ew_triggers")
    return nlp


def triggers(nlp: Language, patterns: PatternSet, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc[m.start : m.end].text, m.code) for m in match_triggers(doc, patterns)]


@pytest.mark.parametrize(("text", "trigger", "code"), CASES)
def test_trigger_and_code(
    nlp: Language, patterns: PatternSet, text: str, trigger: str, code: str
) -> None:
    assert (trigger, code) in triggers(nlp, patterns, text)


def test_cases_cover_every_cameo_root() -> None:
    assert {code[:2] for _, _, code in CASES} == {f"{n:02d}" for n in range(1, 21)}


def test_component_writes_its_extension(pipeline: Language) -> None:
    doc = pipeline("Russia massed troops and held talks with Ukraine.")
    found: list[TriggerMatch] = doc._.ew_triggers
    assert [(m.code, m.rule, m.pos) for m in found] == [
        ("154", "ew.mass.154", "VERB"),
        ("046", "ew.hold.talk.046", "VERB"),
    ]
    assert found[1].target_preps == ("with",)
    assert doc[found[1].head].text == "held"


@pytest.mark.parametrize(
    "text", ["The build-up continued.", "The buildup continued.", "The build up continued."]
)
def test_hyphenated_noun_in_every_spelling(nlp: Language, patterns: PatternSet, text: str) -> None:
    assert [code for _, code in triggers(nlp, patterns, text)] == ["154"]


def test_phrasal_verb_needs_its_particle(nlp: Language, patterns: PatternSet) -> None:
    assert ("pulled out", "087") in triggers(nlp, patterns, "The army pulled out of the town.")
    backed = triggers(nlp, patterns, "The president backed down after the protests.")
    assert ("backed down", "080") in backed


def test_object_constraint_disambiguates_strike(nlp: Language, patterns: PatternSet) -> None:
    assert ("struck a deal", "057") in triggers(nlp, patterns, "Exporters struck a deal with Kyiv.")
    assert ("hunger strike", "142") in triggers(nlp, patterns, "Inmates began a hunger strike.")
    drone = triggers(nlp, patterns, "A drone strike hit the convoy.")
    assert ("drone strike", "195") in drone


def test_more_specific_pattern_wins(nlp: Language, patterns: PatternSet) -> None:
    found = triggers(nlp, patterns, "Egypt called for talks between the factions.")
    assert found == [("called for talks", "026")]
    assert triggers(nlp, patterns, "Egypt called for restraint.") == [
        ("called for restraint", "0256")
    ]
    assert triggers(nlp, patterns, "Egypt called for a new approach.") == [("called for", "020")]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The charity sent food and personnel to the camp.", "sent food", "073"),
        ("The army sent personnel and food to the camp.", "sent personnel", "154"),
    ],
)
def test_object_head_reading_wins_over_a_later_conjunct(
    nlp: Language, patterns: PatternSet, text: str, trigger: str, code: str
) -> None:
    """Two equally specific readings of one verb, each on one conjunct of its object: the
    reading of the object's head (its first conjunct) wins, not the one whose span the later
    conjunct lengthens."""
    assert triggers(nlp, patterns, text) == [(trigger, code)]


def test_constraint_tokens_do_not_trigger_again(nlp: Language, patterns: PatternSet) -> None:
    found = triggers(nlp, patterns, "The sides agreed to meet and held talks in Doha.")
    assert [code for _, code in found] == ["036", "046"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor declared a state of emergency in the city.", [("declared a state", "1724")]),
        ("A state of emergency was imposed on the region.",
         [("state of emergency was imposed", "1724")]),
        # another root on the shared word stays: the state of emergency is still imposed
        ("Rebels attacked the state of emergency.", [("attacked", "190"), ("emergency", "1724")]),
    ],
)
def test_patterns_of_one_root_sharing_a_word_code_one_act(
    nlp: Language, patterns: PatternSet, text: str, expected: list[tuple[str, str]]
) -> None:
    """The verb asks for the object "state" and the noun asks for "state" as its governor:
    one act, coded by the winning pattern."""
    assert triggers(nlp, patterns, text) == expected


def test_a_shared_word_leaves_no_plainer_pattern_of_its_root(
    nlp: Language, everything: PatternSet
) -> None:
    """"refused ... claims" (a converted line) and "deny claims" ask for one word: the denial
    is one act, and the plain "deny" at the losing head does not code it again."""
    found = triggers(nlp, everything, "The spokesman refused to deny claims of abuse.")
    assert [code for _, code in found].count("016") == 1


def test_noun_modifiers_and_blocked_senses(nlp: Language, patterns: PatternSet) -> None:
    assert triggers(nlp, patterns, "An aid worker spoke to reporters.") == [("spoke", "010")]
    assert triggers(nlp, patterns, "It took a great deal of effort.") == []
    assert triggers(nlp, patterns, "The team met the deadline.") == []


def test_auxiliaries_are_not_triggers(nlp: Language, patterns: PatternSet) -> None:
    found = triggers(nlp, patterns, "The ministers will meet in Rome.")
    assert found == [("meet", "040")]


def test_user_dictionary_extends_the_bundled_one(tmp_path: Path) -> None:
    meta = {"_meta": {"version": "1", "source": "test", "license": "MIT"}}
    row = {"id": "user.snub.110", "code": "110", "lemma": "snub", "pos": "VERB", "source": "test"}
    path = tmp_path / "mine.triggers.jsonl"
    path.write_text(json.dumps(meta) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    nlp = load_model()
    nlp.add_pipe("ew_triggers", config={"dictionaries": [str(tmp_path)]})
    doc = nlp("The president snubbed the summit.")
    assert [(m.rule, m.code) for m in doc._.ew_triggers][0] == ("user.snub.110", "110")


def test_bundled_set_is_shared_unless_user_files_join_it(tmp_path: Path) -> None:
    assert load_trigger_patterns() is bundled_patterns()
    meta = {"_meta": {"version": "1", "source": "test", "license": "MIT"}}
    row = {"id": "user.rebuff.110", "code": "110", "lemma": "rebuff", "pos": "VERB",
           "source": "test"}
    path = tmp_path / "mine.triggers.jsonl"
    path.write_text(json.dumps(meta) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    combined = load_trigger_patterns([tmp_path])
    assert combined is not bundled_patterns()
    assert len(combined) == len(bundled_patterns()) + 1
    assert combined.patterns[0].id == "user.rebuff.110"


def rules(nlp: Language, patterns: PatternSet, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(doc[m.start : m.end].text, m.code, m.rule) for m in match_triggers(doc, patterns)]


PETRARCH = "petrarch2:CAMEO.2.0.txt:"


@pytest.mark.parametrize(("text", "trigger", "code"), CASES)
def test_every_case_keeps_its_code_with_all_dictionaries(
    nlp: Language, everything: PatternSet, text: str, trigger: str, code: str
) -> None:
    """The converted patterns may widen a trigger's span but keep the root of the code."""
    found = triggers(nlp, everything, text)
    assert any(c[:2] == code[:2] for _, c in found), found


def test_converted_prepositional_argument_with_phrase(
    nlp: Language, everything: PatternSet
) -> None:
    found = rules(nlp, everything, "The ministry asked for humanitarian aid after the floods.")
    assert found[0][:2] == ("asked for humanitarian aid", "0233")
    assert found[0][2].startswith(PETRARCH)


def test_converted_synset_object_and_prep(nlp: Language, everything: PatternSet) -> None:
    found = rules(nlp, everything, "The junta placed the editor in custody.")
    assert [(text, code) for text, code, _ in found] == [("placed the editor in custody", "173")]


def test_converted_pre_verb_noun_is_matched_on_the_subject(
    nlp: Language, everything: PatternSet
) -> None:
    found = rules(nlp, everything, "Israeli warplanes staged raids on the camp.")
    assert [(text, code) for text, code, _ in found] == [("staged raids", "195")]
    without = rules(nlp, everything, "The students staged raids on the canteen.")
    assert [code for _, code, _ in without] != ["195"]


def test_converted_target_preposition_reaches_roles(nlp: Language, everything: PatternSet) -> None:
    doc = nlp("Troops moved toward the capital.")
    found = match_triggers(doc, everything)
    assert found[0].code == "154" and found[0].target_preps == ("toward",)


def test_rule_names_the_dictionary_line(nlp: Language, everything: PatternSet) -> None:
    _, code, rule = rules(nlp, everything, "The court put the former minister on trial.")[0]
    line = int(rule.removeprefix(PETRARCH))
    source = Path(__file__).parents[2] / "eventwire/data/triggers/petrarch_cameo2.jsonl"
    rows = [json.loads(r) for r in source.read_text(encoding="utf-8").splitlines()[1:]]
    assert code == "173" and any(row["id"] == rule for row in rows) and line > 0


def test_verbal_event_leaves_a_material_event_noun_free(
    nlp: Language, everything: PatternSet
) -> None:
    found = triggers(nlp, everything, "Britain condemned the attack on the embassy.")
    assert [code[:2] for _, code in found] == ["11", "19"]


def test_verb_forms_the_lemmatizer_misses_still_match(
    nlp: Language, everything: PatternSet
) -> None:
    assert triggers(nlp, everything, "Workers staged a protest.")[0][1] == "141"


@pytest.mark.parametrize(("text", "code"), [
    ("Chile hopes the negotiations will succeed.", "013"),
    ("The regulator fines the airline for the delays.", "172"),
])
def test_a_wrong_lemma_still_finds_the_verb_by_its_form(
    nlp: Language, everything: PatternSet, text: str, code: str
) -> None:
    """spaCy lemmatizes "hopes" as "hop" and "fines" as "fin": the form's regular base
    ("hope", "fine") still finds the verb, while a misspelt "departes" stays unmatched."""
    assert code in {found[1] for found in triggers(nlp, everything, text)}


def test_petrarch_user_dictionary_loads_directly(tmp_path: Path) -> None:
    path = tmp_path / "mine.verbs.txt"
    path.write_text("--- SNUB [110] ---\nSNUB\n- * (AT SUMMIT) [1121]\n", encoding="utf-8")
    nlp = load_model()
    nlp.add_pipe("ew_triggers", config={"dictionaries": [str(tmp_path)]})
    doc = nlp("The president snubbed his rival at the summit.")
    assert [(m.rule, m.code) for m in doc._.ew_triggers][0] == ("petrarch:mine.verbs.txt:3", "1121")


def test_fallback_verb_yields_to_the_event_noun_it_governs(
    nlp: Language, everything: PatternSet
) -> None:
    found = triggers(nlp, everything, "Seven parties organized a general strike in the capital.")
    assert found == [("general strike", "143")]


def test_attributive_participle_is_no_trigger(nlp: Language, everything: PatternSet) -> None:
    found = triggers(nlp, everything, "The ousted president agreed to resign.")
    assert [code for _, code in found] == ["0341"]


def test_particle_must_not_have_an_object(nlp: Language, everything: PatternSet) -> None:
    found = triggers(nlp, everything, "The rebels pulled back towards the hills.")
    assert [code for _, code in found][0][:3] == "087"
    demanded = triggers(nlp, everything, "The union on Tuesday demanded higher wages.")
    assert [code for _, code in demanded][0][:2] == "10"


def test_only_patterns_whose_words_occur_are_tried(everything: PatternSet) -> None:
    without = {item.pattern.id for item in everything.possible("put", {"put"})}
    with_trial = {item.pattern.id for item in everything.possible("put", {"put", "on", "trial"})}
    assert without < with_trial
    assert all(not item.needs for item in everything.possible("put", {"put"}))


def test_forces_gathering_is_a_build_up_not_a_meeting() -> None:
    import eventwire

    # A crowd or leaders gathering is no meeting by itself (the bare GATHER line is excluded);
    # leaders meeting is one.
    events = eventwire.code("Troops gathered near the border as leaders met in Paris.",
                            published="2022-02-02")
    codes = {(e.trigger.text.split()[0], e.cameo.root) for e in events}
    assert ("gathered", "15") in codes
    assert any(root == "04" for _, root in codes)


def folded(nlp: Language, patterns: PatternSet, text: str) -> list[tuple[str, str, bool]]:
    doc = nlp(text)
    matches = match_triggers(doc, patterns, load_folding())
    return [(doc[m.start:m.end].text, m.code, "folded_by" in m.extra) for m in matches]


def test_folding_verb_releases_its_embedded_event(nlp: Language, patterns: PatternSet) -> None:
    found = folded(nlp, patterns, "The general threatened to invade the island.")
    assert found[0] == ("threatened to invade", "1382", False)
    assert [(code[:2], flag) for _, code, flag in found[1:]] == [("19", True)]


def test_folded_event_names_its_governor(nlp: Language, patterns: PatternSet) -> None:
    doc = nlp("The junta refused to negotiate with the rebels.")
    matches = match_triggers(doc, patterns, load_folding())
    embedded = [m for m in matches if "folded_by" in m.extra]
    assert embedded and doc[embedded[0].extra["folded_by"]].lower_ == "refused"
    assert doc[embedded[0].head].lower_ == "negotiate"


def test_without_folding_only_the_governing_act(nlp: Language, patterns: PatternSet) -> None:
    doc = nlp("The general threatened to invade the island.")
    assert [m.code for m in match_triggers(doc, patterns)] == ["1382"]


def test_unlisted_governor_releases_nothing(nlp: Language, patterns: PatternSet) -> None:
    found = folded(nlp, patterns, "The general hoped to invade the island.")
    assert [flag for _, _, flag in found] == [False] * len(found)


def test_a_declined_statement_is_not_folded(nlp: Language, patterns: PatternSet) -> None:
    """The decline of comment (011) names the comment: no folded 010 beside it."""
    found = folded(nlp, patterns, "The ministry declined to comment on the report.")
    assert found == [("declined to comment", "011", False)]
