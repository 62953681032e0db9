"""PETRARCH verb-dictionary constructs coded end to end: a small PETRARCH-format dictionary and
invented actors, written for these tests, with the bundled dictionaries left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coder import Coder
from tests.petrarch_toy import Triple, coded, toy_coder, write_dictionaries

VERBS = """\
--- TOUR [042:043] ---
TOUR

--- RECEIVE [:036] ---
RECEIVE

--- AGREE [081] ---
AGREE
- % * [030:030]
- * WITH % [031]

--- SUPPORT [051] ---
SUPPORT
- NOT * [120]
- STRONGLY * [052]
- PROMISED * [033]
- OPENLY_* [053]

--- ACT [100] ---
ACT
- * ON RESOLUTION [102]

--- FIRE [071] ---
FIRE
- * ARTILLERY [194]

--- CLASH [190] ---
CLASH
- * OVER EFFORTS [121]

--- LEAVE [012] ---
LEAVE

--- LEFT [032:033] ---
LEFT

--- WELCOME [041] ---
WELCOME

--- RESCHEDULE [082] ---
RESCHEDULE

--- MEET [040] ---
MEET

--- CUT [160] ---
CUT
- * NEW_&KIND_TIES [161]
- * SECRET &KIND TIES [1621]

&KIND
+TRADE
+ARMS

--- CAUTION [160] ---
CAUTION
- * AT ^ + [162]

--- OBTAIN [---] ---
OBTAIN
- + * LOAN $ [071]

--- PLEDGE [030] ---
PLEDGE
- * WAR [173]

--- SHUN [191] ---
SHUN
- NEITHER * [081]

--- DONATE [070] ---
DONATE
- * &COIN [071]

&COIN
+DOLLARS
+GOLDEN_CROWN_NOTES

--- RESUME [---] ---
RESUME
- * CORDIAL [064]

--- ALERT [160] ---
ALERT
- * THEIR ^ ABOUT + [162]

--- BARTER [031] ---
BARTER
- * FOR_REFUGE [174K]

--- PRAISE [041] ---
PRAISE
- * NOTES ON &KIND [042]

--- DEPART [032] ---
DEPART

--- ALLOW [080] ---
ALLOW
- * REALLY_PLEASANT [024]

--- SAY [010] ---
SAY

--- TOAST [040] ---
TOAST
- + INVITING * TREATY $ [046]

--- LAMENT [111] ---
LAMENT
- REMARKED + * [115]

--- CRITICIZE [121] ---
CRITICIZE

--- MARK [181] ---
MARK
- + * FEAST ^ $ [042]
- + * HOLIDAY $ [046]
"""

ACTORS = """\
VARONIA [VAR]
KELDOR [KEL]
OSTMARK [OST]
BRANDT [BRA]
GARO [VAR]
LUSK [LSK]
SOUTH_ISLES [SIS]
BLUE_BANNER [KELREB]
OSTLAND [OSL]
RED_GAZETTE [OSTGOVMED]
"""

AGENTS = """\
PRIME_MINISTER [~GOV]
ENVOY [~GOV]
OFFICIAL [~GOV]
FIGHTER [~MIL]
STATE_NEWSPAPER [~GOVMED]
"""

@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    return toy_coder(tmp_path_factory.mktemp("petrarch_constructs"), VERBS, ACTORS, AGENTS)


def test_code_pair_gives_the_event_and_its_inverse(coder: Coder) -> None:
    assert coded(coder, "Varonia toured Keldor.") == {("042", "VAR", "KEL"), ("043", "KEL", "VAR")}


def test_inverse_only_code_reads_the_roles_the_other_way(coder: Coder) -> None:
    assert coded(coder, "Keldor received a proposal from Varonia.") == {("036", "VAR", "KEL")}


def test_inverse_events_are_off_with_the_bundled_dictionaries(tmp_path: Path) -> None:
    plain = Coder(dictionaries=[write_dictionaries(tmp_path, VERBS, ACTORS)])
    assert not plain.nlp.get_pipe("ew_roles").inverse_events
    assert ("043", "KEL", "VAR") not in coded(plain, "Varonia toured Keldor.")


def test_compound_subject_pattern_codes_among_the_members(coder: Coder) -> None:
    found = coded(coder, "Varonia and Keldor agreed that the border should be redrawn.")
    assert found == {("030", "VAR", "KEL"), ("030", "KEL", "VAR")}
    single = coded(coder, "Varonia agreed that the border should be redrawn.")
    assert {code for code, _, _ in single} == {"081"}


def test_compound_prepositional_object(coder: Coder) -> None:
    found = coded(coder, "Ostmark agreed with Varonia and Keldor that the border should move.")
    assert found == {("031", "OST", "VAR"), ("031", "OST", "KEL")}
    assert coded(coder, "Ostmark agreed with Varonia that the border should move.") == {
        ("081", "OST", "VAR")
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Varonia did not support Keldor.", "120"),
        ("Varonia strongly supported Keldor.", "052"),
        ("Varonia promised to support Keldor.", "033"),
        ("Varonia supported Keldor.", "051"),
    ],
)
def test_words_before_the_verb_may_be_negation_adverbs_or_governing_verbs(
    coder: Coder, text: str, code: str
) -> None:
    assert coded(coder, text) == {(code, "VAR", "KEL")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Varonia acted on the resolution against Keldor.", "102"),
        ("Varonia fired artillery shells at Keldor.", "194"),
        ("Varonia clashed over the efforts of Keldor.", "121"),
    ],
)
def test_words_after_the_verb(coder: Coder, text: str, code: str) -> None:
    assert coded(coder, text) == {(code, "VAR", "KEL")}


def test_verb_spelt_as_the_word_itself_beats_the_lemma(coder: Coder) -> None:
    found = coded(coder, "The Varonia envoy left for Keldor on Monday.")
    assert found == {("032", "VARGOV", "KEL"), ("033", "KEL", "VARGOV")}


def test_broken_list_of_subjects_is_recovered(coder: Coder) -> None:
    found = coded(coder, "Varonia, the Ostmark, Keldor and Brandt welcomed the plan of Lusk.")
    assert found == {("041", code, "LSK") for code in ("VAR", "OST", "KEL", "BRA")}
    modifier = coded(coder, "Brandt and the new Ostmark welcomed the plan of Keldor.")
    assert modifier == {("041", "BRA", "KEL"), ("041", "OST", "KEL")}


def test_own_possession_is_not_the_target(coder: Coder) -> None:
    assert coded(coder, "Garo has rescheduled his annual trip in Keldor.") == {
        ("082", "VAR", "KEL")
    }


def test_title_before_a_name_refines_the_actor(coder: Coder) -> None:
    found = coded(coder, "Varonia Prime Minister Garo met Keldor leaders on Sunday.")
    assert found == {("040", "VARGOV", "KEL")}


def test_subject_marked_as_target(coder: Coder) -> None:
    assert coded(coder, "Keldor obtained a loan from Varonia.") == {("071", "VAR", "KEL")}


def test_target_after_a_skipped_phrase(coder: Coder) -> None:
    found = coded(coder, "Varonia cautioned at the summit in Ostmark about the threat from Lusk.")
    assert found == {("162", "VAR", "OST")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Varonia cut secret trade ties with Keldor.", "1621"),
        ("Varonia cut new arms ties with Keldor.", "161"),
        ("Varonia cut trade ties with Keldor.", "160"),
    ],
)
def test_every_word_before_the_object_counts(coder: Coder, text: str, code: str) -> None:
    assert coded(coder, text) == {(code, "VAR", "KEL")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Varonia pledged to wage war on Keldor.", "173"),
        ("Varonia pledged that its army would wage war on Keldor.", "030"),
        ("Varonia pledged help to Keldor.", "030"),
        ("Varonia pledged on Monday to wage war on Keldor.", "173"),
        ("Varonia pledged Keldor to wage war.", "030"),
    ],
)
def test_words_after_the_verb_reach_into_its_complement_clause(
    coder: Coder, text: str, code: str
) -> None:
    assert {c for c, _, _ in coded(coder, text)} == {code}


def test_word_opening_a_coordinated_subject_is_before_the_verb(coder: Coder) -> None:
    assert coded(coder, "Neither Varonia nor Ostmark shunned Keldor.") == {
        ("081", "VAR", "KEL"), ("081", "OST", "KEL")}
    assert coded(coder, "Varonia shunned Keldor.") == {("191", "VAR", "KEL")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Varonia donated a million dollars to Keldor.", "071"),
        ("Varonia donated a million golden crown notes to Keldor.", "071"),
        ("Varonia donated a million crown notes to Keldor.", "070"),
        ("Varonia donated a million golden notes to Keldor.", "070"),
    ],
)
def test_synset_phrase_needs_all_its_words(coder: Coder, text: str, code: str) -> None:
    assert coded(coder, text) == {(code, "VAR", "KEL")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Varonia openly supported Keldor.", "053"),
        ("Varonia openly has supported Keldor.", "051"),
        ("Varonia cut new arms ties with Keldor.", "161"),
        ("Varonia cut new secret arms ties with Keldor.", "1621"),
    ],
)
def test_joined_words_admit_no_word_between(coder: Coder, text: str, code: str) -> None:
    """``OPENLY_*``: right before the verb; ``NEW_&KIND_TIES``: consecutive words."""
    assert coded(coder, text) == {(code, "VAR", "KEL")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Varonia resumed cordial relations with Keldor.", {("064", "VAR", "KEL")}),
        ("Varonia resumed relations with Keldor.", set()),
        ("Varonia alerted their citizens about Keldor.", {("162", "VAR", "KEL")}),
        ("Varonia praised notes on arms issues from Keldor.", {("042", "VAR", "KEL")}),
        ("Varonia praised notes on climate issues from Keldor.", {("041", "VAR", "KEL")}),
    ],
)
def test_a_word_after_the_verb_may_modify_the_object(
    coder: Coder, text: str, expected: set[Triple]
) -> None:
    """``* CORDIAL``, ``* THEIR``, ``ON &KIND``: a word of the object's phrase before its head
    counts, as PETRARCH reads the words after the verb."""
    assert coded(coder, text) == expected


def test_names_written_with_underscores_match_the_dictionary(coder: Coder) -> None:
    assert coded(coder, "Varonia supported South_Isles.") == {("051", "VAR", "SIS")}
    assert coded(coder, "Varonia supported South Isles.") == {("051", "VAR", "SIS")}


def test_pattern_with_a_test_code_wins_and_codes_nothing(coder: Coder) -> None:
    """``[174K]`` is no CAMEO code: the pattern still says the phrase is not the verb's own
    event."""
    assert coded(coder, "Varonia bartered for refuge in Keldor.") == set()
    assert coded(coder, "Varonia bartered with Keldor.") == {("031", "VAR", "KEL")}


def test_apposition_after_a_list_is_no_member(coder: Coder) -> None:
    found = coded(coder, "Varonia and Keldor, the Lusk allies, welcomed the plan of Ostmark.")
    assert found == {("041", "VAR", "OST"), ("041", "KEL", "OST")}


def test_object_matched_by_the_pattern_is_not_its_marked_target(coder: Coder) -> None:
    """``* THEIR ^ ABOUT +``: the target is after "about"; the object is the pattern's own word."""
    assert coded(coder, "Varonia alerted their Keldor partners about Lusk.") == {
        ("162", "VAR", "LSK")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keldor marked the holiday with Varonia in Ostmark.", {("046", "VAR", "KEL")}),
        ("Keldor marked the feast with Varonia in Ostmark.", {("042", "OST", "KEL")}),
        ("Keldor obtained a loan from Varonia in Ostmark.", {("071", "VAR", "KEL")}),
    ],
)
def test_other_side_is_an_actor_after_the_object(
    coder: Coder, text: str, expected: set[Triple]
) -> None:
    """``+ * HOLIDAY $``: the first actor after the object is the source; each ``^`` before
    the marker passes one actor over (``+ * FEAST ^ $``)."""
    assert coded(coder, text) == expected


def test_verb_with_no_phrase_after_it_codes_nothing(coder: Coder) -> None:
    """PETRARCH codes a verb from the phrase after it, an actor or not ("met on Monday"); an
    adverb or a bare time word ("met today") is none."""
    assert coded(coder, "The Varonia envoy met on Monday.") == {("040", "VARGOV", None)}
    assert coded(coder, "The Varonia envoy met today.") == set()


def test_misspelt_inflection_is_not_the_verb(coder: Coder) -> None:
    assert coded(coder, "Varonia departed from Keldor.") == {("032", "VAR", "KEL")}
    assert coded(coder, "The Varonia envoy departes for Keldor today.") == set()


def test_passive_without_a_by_phrase_is_active_in_petrarch_setup(
    coder: Coder, tmp_path: Path
) -> None:
    """PETRARCH reads a passive from its ``by`` phrase only; with the bundled dictionaries a
    passive subject stays the target."""
    text = "Keldor was welcomed over its dispute with Varonia."
    assert coded(coder, text) == {("041", "KEL", "VAR")}
    assert coded(coder, "Keldor was welcomed by Varonia.") == {("041", "VAR", "KEL")}
    plain = Coder(dictionaries=[write_dictionaries(tmp_path, VERBS, ACTORS)])
    assert coded(plain, text) == {("041", None, "KEL")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Varonia allowed that Keldor is a really pleasant place.", "024"),
        ("Varonia allowed that Keldor is a really nice and pleasant place.", "080"),
    ],
)
def test_joined_words_may_stand_in_the_clause_after_the_verb(
    coder: Coder, text: str, code: str
) -> None:
    """``* REALLY_PLEASANT``: the words one after another anywhere after the verb."""
    assert coded(coder, text) == {(code, "VAR", "KEL")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brandt welcomed the plan of Lusk, the official news agency said on Friday.",
         {("041", "BRA", "LSK"), ("010", "GOV", None)}),
        ("Brandt welcomed a resumption of formal trade ties with Lusk after a long rift, the "
         "primary official news agency VNA said on Friday.",
         {("041", "BRA", "LSK"), ("010", "GOV", None)}),
        ("Brandt supported official talks with Lusk.", {("051", "BRA", "LSK")}),
    ],
)
def test_sector_adjective_on_a_news_outlet_names_an_actor(
    coder: Coder, text: str, expected: set[Triple]
) -> None:
    """An agent adjective on an outlet noun ("official news agency") is the outlet's side, as
    PETRARCH finds agents anywhere in the noun phrase; on another noun ("official talks") it
    names no actor. The reporting clause after the reported one is an event of its own."""
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Varonia is inviting Keldor to toast the treaty with Ostmark.", {("046", "OST", "VAR")}),
        ("Keldor toasted the treaty with Ostmark.", {("040", "KEL", "OST")}),
        ("Brandt remarked that Keldor lamented the refusal of Lusk.", {("115", "BRA", "KEL")}),
        ("Keldor lamented the refusal of Lusk.", {("111", "KEL", "LSK")}),
    ],
)
def test_marker_beside_a_governing_verb_takes_its_subject(
    coder: Coder, text: str, expected: set[Triple]
) -> None:
    """``+ INVITING *``: the subject of the governing verb the marker stands before is the
    target; ``REMARKED + *``: the verb's own subject is the target, the governing verb's the
    source."""
    assert coded(coder, text) == expected


def test_subject_hung_on_the_auxiliary_is_the_verbs(coder: Coder) -> None:
    """The parser hangs the subject on "was" when adverbs are coordinated before the verb."""
    text = "The Lusk delegation was loudly and rudely criticized over its dispute with Varonia."
    assert coded(coder, text) == {("121", "LSK", "VAR")}


def test_name_compounded_onto_the_verb_is_its_subject(coder: Coder) -> None:
    """The parser hangs "Ostland" on "act" as a compound: a verb has none, it is the subject."""
    assert coded(coder, "Ostland act on a proposal with Ostmark.") == {("100", "OSL", "OST")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blue Banner fighters welcomed Varonia.", {("041", "KELREBMIL", "VAR")}),
        ("The Red Gazette state newspaper welcomed Varonia.", {("041", "OSTGOVMED", "VAR")}),
    ],
)
def test_agent_code_is_suffixed_to_an_actor_code_with_a_sector(
    coder: Coder, text: str, expected: set[Triple]
) -> None:
    """An agent after an actor whose code has a sector of its own adds its code, unless the
    code holds it already at a three-letter boundary (PETRARCH's agent suffix)."""
    assert coded(coder, text) == expected
