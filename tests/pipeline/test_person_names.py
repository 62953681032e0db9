"""Persons named again (``person_names.py``) and the pronouns that stand for them
(``mention_index.py``): sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def source_of(events: list[Event], trigger: str) -> tuple[str | None, str | None] | None:
    found = [e for e in events if e.trigger.text.startswith(trigger)]
    assert found, [e.trigger.text for e in events]
    source = found[0].source
    return (source.text, source.code) if source else None


def test_a_surname_names_the_person_named_in_full_before(coder: Coder) -> None:
    text = ("Interior Minister Pavel Novak visited the border on Monday. Novak later criticized "
            "Hungary over the fence.")
    events = coder.code(text, published="2022-03-01")
    assert source_of(events, "criticized") == ("Novak", "GOV")


def test_an_honorific_and_a_surname_name_the_same_person(coder: Coder) -> None:
    text = ("Interior Minister Pavel Novak visited the border on Monday. Mr. Novak later "
            "criticized Hungary over the fence.")
    events = coder.code(text, published="2022-03-01")
    assert source_of(events, "criticized") == ("Mr. Novak", "GOV")


def test_an_honorific_makes_an_unknown_name_a_person(coder: Coder) -> None:
    """No code of its own, but the pronoun after it is that person's, not Putin's."""
    text = ("Vladimir Putin met the envoy on Monday. Mrs. Halloway said she would criticize "
            "Ukraine.")
    events = coder.code(text, published="2022-03-01")
    assert source_of(events, "criticize") == ("Mrs. Halloway", None)
    said = [e for e in events if e.trigger.text == "said"]
    assert all(e.source is None or e.source.text == "Mrs. Halloway" for e in said)


def test_an_agent_before_a_full_name_takes_the_name(coder: Coder) -> None:
    text = ("House Speaker Tom Brandt said on Monday that he would criticize Iran. Mr. Brandt "
            "then praised Israel.")
    events = coder.code(text, published="2022-03-01")
    assert source_of(events, "criticize") == ("House Speaker Tom Brandt", "LEG")
    assert source_of(events, "praised") == ("Mr. Brandt", "LEG")


def test_a_name_that_heads_a_longer_phrase_is_not_the_person(coder: Coder) -> None:
    text = ("Interior Minister Pavel Novak visited the border on Monday. The Novak Foundation "
            "later criticized Hungary.")
    source = source_of(coder.code(text, published="2022-03-01"), "criticized")
    assert source is None or source[1] != "GOV"


def test_a_pronoun_after_an_unknown_named_subject_is_not_an_earlier_person(
        coder: Coder) -> None:
    text = ("Vladimir Putin met the envoy on Monday. Later Halloway said he would criticize "
            "Ukraine.")
    events = coder.code(text, published="2022-03-01")
    assert source_of(events, "criticize") == ("Halloway", None)
    text = "Vladimir Putin met the envoy on Monday. He later criticized Ukraine."
    assert source_of(coder.code(text, published="2022-03-01"), "criticized") == ("He", "RUSGOV")


def test_a_pronoun_after_an_uncoded_person_is_not_an_earlier_person(coder: Coder) -> None:
    text = "Vladimir Putin met a spokesman on Monday. The spokesman said he would visit Ukraine."
    events = coder.code(text, published="2022-03-01")
    assert source_of(events, "visit") is None


def test_an_object_pronoun_is_not_its_own_clause_subject(coder: Coder) -> None:
    text = ("Interior Minister Pavel Novak visited the border on Monday. President Vladimir "
            "Putin praised him.")
    events = coder.code(text, published="2022-03-01")
    praise = [e for e in events if e.trigger.text == "praised"]
    assert [(e.target.text, e.target.code) if e.target else None for e in praise] == [
        ("him", "GOV")]


def test_he_after_a_speaker_we_cannot_code_is_that_speaker(coder: Coder) -> None:
    """ "A general said he ...": the general, not a person named before."""
    text = ("Vladimir Putin met the envoy on Monday. A senior general said on Tuesday that he "
            "would criticize Ukraine.")
    assert source_of(coder.code(text, published="2022-03-01"), "criticize") is None


def test_he_after_a_speaking_organisation_is_still_the_person_before(coder: Coder) -> None:
    text = "Vladimir Putin met the envoy. The Kremlin said he would criticize Ukraine."
    assert source_of(coder.code(text, published="2022-03-01"), "criticize") == ("he", "RUSGOV")


def test_a_full_name_with_another_given_name_is_another_person(coder: Coder) -> None:
    """The dictionaries list "Carney" for Mark Carney: "Lena Carney" is someone else."""
    text = "Press Secretary Lena Carney said on Monday that the ministry would criticize Peru."
    events = coder.code(text, published="2025-06-01")
    said = [e for e in events if e.trigger.text == "said"]
    assert said and said[0].source is not None
    assert said[0].source.code != "CANGOV" and said[0].source.kb_id != "mark_carney"


def test_a_full_name_with_the_entrys_given_name_keeps_the_entry(coder: Coder) -> None:
    text = "Mark Carney criticized Peru on Monday."
    source = source_of(coder.code(text, published="2025-06-01"), "criticized")
    assert source == ("Mark Carney", "CANGOV")


def test_a_surname_after_another_persons_full_name_is_that_person(coder: Coder) -> None:
    """A bare dictionary surname ("Carney") after a full name with another given name in the
    same article is the person the article introduced."""
    text = ("Senator Lena Carney visited the border on Monday. Carney later criticized Peru "
            "over the fence.")
    source = source_of(coder.code(text, published="2025-06-01"), "criticized")
    assert source is not None and source[1] != "CANGOV"


def test_a_bare_surname_the_article_never_spelled_out_keeps_the_entry(coder: Coder) -> None:
    text = "Carney criticized Peru on Monday."
    source = source_of(coder.code(text, published="2025-06-01"), "criticized")
    assert source == ("Carney", "CANGOV")


def test_a_title_case_headline_word_is_no_given_name(coder: Coder) -> None:
    """ "Judge Blocks Carney Tariffs": headline words look like proper nouns."""
    text = "Court Blocks Carney Tariff Plan In Ottawa. Carney criticized Peru on Monday."
    source = source_of(coder.code(text, published="2025-06-01"), "criticized")
    assert source == ("Carney", "CANGOV")


def test_he_inside_a_quotation_is_not_its_speaker(coder: Coder) -> None:
    """In direct speech the speaker is "I": his "he" is another person."""
    text = ("Prime Minister Pavel Novak met Mayor Tomas Berg on Monday. \"He should apologise "
            "to Hungary,\" Novak said.")
    events = coder.code(text, published="2022-03-01")
    sources = [(e.source.text, e.source.name) for e in events
               if e.trigger.text.startswith("apologi") and e.source is not None]
    assert ("He", "Pavel Novak") not in sources


def test_he_inside_a_quotation_is_not_a_speaker_named_by_a_pronoun(coder: Coder) -> None:
    text = ("Vladimir Putin met the mayor on Monday. \"He will criticize Ukraine tomorrow,\" "
            "he said.")
    assert source_of(coder.code(text, published="2022-03-01"), "criticize") != (
        "He", "RUSGOV")


def test_he_inside_a_quotation_may_be_the_person_named_before(coder: Coder) -> None:
    text = ("Vladimir Putin met the envoy on Monday. \"He will criticize Ukraine tomorrow,\" "
            "a Kremlin spokesman said.")
    assert source_of(coder.code(text, published="2022-03-01"), "criticize") == (
        "He", "RUSGOV")


def test_he_in_indirect_speech_is_still_the_speaker(coder: Coder) -> None:
    text = "Vladimir Putin met the envoy on Monday. He said he would criticize Ukraine."
    assert source_of(coder.code(text, published="2022-03-01"), "criticize") == (
        "he", "RUSGOV")


def test_the_it_of_an_extraposed_clause_is_no_country(coder: Coder) -> None:
    """ "It is wrong to attack X": the clause, not the country named before."""
    text = "Russia met the envoy on Monday. It is wrong to attack Ukraine, the envoy said."
    source = source_of(coder.code(text, published="2022-03-01"), "attack")
    assert source is None or source[1] != "RUS"
    text = "Russia met the envoy on Monday. It took officials three days to criticize Ukraine."
    source = source_of(coder.code(text, published="2022-03-01"), "criticize")
    assert source is None or source[1] != "RUS"


def test_a_referential_it_before_an_infinitive_is_still_the_country(coder: Coder) -> None:
    text = "Russia met the envoy on Monday. It is ready to attack Ukraine."
    assert source_of(coder.code(text, published="2022-03-01"), "attack") == ("It", "RUS")


def test_it_said_it_would_is_the_country_named_before(coder: Coder) -> None:
    text = "Russia met the envoy on Monday. It said it would attack Ukraine."
    source = source_of(coder.code(text, published="2022-03-01"), "attack")
    assert source is not None and source[1] == "RUS"


def test_the_it_of_a_passive_with_a_clause_is_no_country(coder: Coder) -> None:
    text = "Britain met the envoy on Monday. It was announced that Britain would criticize Iraq."
    events = coder.code(text, published="2022-03-01")
    assert all(e.target is None or e.target.text != "It" for e in events)
    text = "Britain met the envoy on Monday. It was attacked by Iraq on Tuesday."
    events = coder.code(text, published="2022-03-01")
    attacked = [e for e in events if e.trigger.text == "attacked"]
    assert attacked and attacked[0].target is not None and attacked[0].target.code == "GBR"


def test_a_place_after_a_given_name_or_an_honorific_is_a_surname(coder: Coder) -> None:
    """ "Ben Rhodes", "Mr. Rhodes": a man, not the Greek island (coded GRC)."""
    text = "Deputy adviser Ben Rhodes criticized Iran. Mr. Rhodes later praised Egypt."
    events = coder.code(text, published="2014-03-01")
    assert source_of(events, "criticized") != ("Deputy adviser Ben Rhodes", "GRC")
    praised = source_of(events, "praised")
    assert praised is not None and praised[1] != "GRC"


def test_the_surname_of_a_person_named_before_is_no_place_as_a_subject(coder: Coder) -> None:
    """ "Deputy adviser Ben Rhodes ... Rhodes criticized": the man again, not the island; after
    a preposition the word is the place ("flew to Rhodes")."""
    text = ("Deputy adviser Ben Rhodes arrived in Athens. He then flew to Rhodes. "
            "Rhodes criticized Iran on Monday.")
    events = coder.code(text, published="2014-03-01")
    criticized = source_of(events, "criticized")
    assert criticized is not None and criticized[1] != "GRC"
    flew = [e for e in events if e.trigger.text.startswith("flew")]
    assert flew and flew[0].target is not None and flew[0].target.code == "GRC"


def test_a_place_after_a_word_that_begins_place_names_stays_a_place(coder: Coder) -> None:
    text = "Troops from Lake Chad attacked the village."
    source = source_of(coder.code(text, published="2014-03-01"), "attacked")
    assert source is not None and source[1] == "TCDMIL"


def test_a_capital_inside_a_longer_name_is_part_of_it(coder: Coder) -> None:
    text = "Ivan Petrov of the Hollis Moscow Center criticized Ukraine on Monday."
    source = source_of(coder.code(text, published="2014-03-01"), "criticized")
    assert source is None or source[1] not in ("RUS", "RUSGOV")


def test_a_region_inside_a_longer_place_name_stays_a_place(coder: Coder) -> None:
    text = "The government lifted a state of emergency in West Darfur State on Sunday."
    events = coder.code(text, published="2014-03-01")
    lifted = [e for e in events if e.trigger.text.startswith("lifted")]
    assert lifted and lifted[0].target is not None and lifted[0].target.code == "SDN"


def test_a_name_after_an_office_it_is_not_joined_to_is_a_person_we_cannot_code(
        coder: Coder) -> None:
    """The dictionaries know "Homeland Security Secretary" but not the name after it: a "he"
    later is that person, not the judge named before."""
    text = ("Judge Tomas Berg halted the program on Monday. Homeland Security Secretary Jeh "
            "Carlsen spoke on Tuesday. He said his agency would criticize Mexico.")
    source = source_of(coder.code(text, published="2015-03-01"), "criticize")
    assert source is None or source[1] not in ("JUD", "USAJUD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A generation suffix names a namesake the dictionaries do not know.
        ("Vladimir Putin Jr. criticized the Navy.", ("Vladimir Putin Jr.", None)),
        ("Vladimir Putin, Jr. criticized the Navy.", ("Vladimir Putin, Jr.", None)),
        ("Vladimir Putin criticized the Navy.", ("Vladimir Putin", "RUSGOV")),
    ],
)
def test_a_generation_suffix_names_a_namesake(
    coder: Coder, text: str, expected: tuple[str, str | None]
) -> None:
    assert source_of(coder.code(text, published="2022-03-01"), "criticized") == expected


def test_a_person_named_again_is_not_his_own_target(coder: Coder) -> None:
    # A person the dictionaries do not know, named by a pronoun on both sides of an event.
    text = ("Interior Minister Otto Brenn resigned on Monday. He denied an earlier report "
            "that he planned to appeal to the kidnappers.")
    events = [e for e in coder.code(text, published="2022-03-01")
              if e.trigger.text.startswith("denied")]
    assert events and all(e.target is None for e in events)


def test_a_surname_read_as_a_common_noun_is_the_person_named_in_full(coder: Coder) -> None:
    text = ("Sen. Chris Coons met union leaders on Monday. Coons says he gave equal time to "
            "business groups.")
    events = [e for e in coder.code(text, published="2023-05-10") if e.trigger.text == "says"]
    assert events and events[0].source is not None
    assert (events[0].source.text, events[0].source.code) == ("Coons", "LEG")
