"""What a pronoun stands for (``mention_index``): sentences written for these tests, coded end
to end."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.coder import Coder
from eventwire.pipeline.mention_index import MentionIndex
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.role_lexicon import load_lexicon


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def targets(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == root]
    assert events
    return {(e.target.text, e.target.code) if e.target else (None, None) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        # An object "it" after a thing named since the country stands for the thing.
        "Kenya drafted a resolution. The Ugandan president criticized it.",
        "Kenya drafted a resolution and the Ugandan president criticized it.",
    ],
)
def test_an_object_it_after_a_thing_is_the_thing(coder: Coder, text: str) -> None:
    assert targets(coder, text, "11") == {(None, None)}


def test_an_object_it_with_no_thing_between_is_the_group(coder: Coder) -> None:
    # No thing named between the country and the pronoun.
    text = "Kenya was silent. The Ugandan president criticized it on Monday."
    assert targets(coder, text, "11") == {("it", "KEN")}


def test_a_plural_pronoun_after_a_thing_keeps_its_group(coder: Coder) -> None:
    # Only "it" stands for a thing: "they" is still the officials.
    text = "The Kenyan officials insisted on anonymity because they were not allowed to meet Peru."
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "04"]
    assert {e.source.code for e in events if e.source} == {"KENGOV"}


def test_pronouns_resolve_to_their_own_persons_from_one_candidate_list(nlp: Language) -> None:
    component = nlp.create_pipe("ew_actors")
    doc = component(nlp("Vladimir Putin met Angela Merkel in Sochi. He praised her on Friday. "
                        "She thanked him."))
    index = MentionIndex(doc._.ew_actors, load_lexicon())
    he, her, she = (next(t for t in doc if t.text == w) for w in ("He", "her", "She"))
    found = {t.text: index.at(t) for t in (he, her, she)}
    assert {w: m.name for w, m in found.items() if m is not None} == {
        "He": "Vladimir Putin", "her": "Angela Merkel", "She": "Angela Merkel"}
    assert index._person_candidates(doc) is index._person_candidates(doc)


def test_an_outlet_is_not_the_person_its_apposition_names(nlp: Language) -> None:
    # The parse as the parser sometimes reads a relative clause with a later apposition:
    # the person hangs on the outlet's name.
    words = ["The", "Courier", ",", "Senator", "Roe", ",", "said", "."]
    heads = [1, 6, 1, 4, 1, 1, 6, 6]
    deps = ["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    outlet = ActorMention(start=1, end=2, head=1, code="MED", country=None, sector="MED",
                          kind="media")
    person = ActorMention(start=3, end=5, head=4, code="USALEG", country="USA", sector="LEG",
                          name="Jane Roe", kind="leader")
    index = MentionIndex([outlet, person], load_lexicon())
    assert index.near(doc[1]) == outlet
    title = replace(outlet, code=None, sector=None, kind="title")
    assert MentionIndex([title, person], load_lexicon()).near(doc[1]) == person


def names(coder: Coder, text: str, root: str) -> set[tuple[str | None, str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == root]
    assert events
    return {(e.source.text, e.source.code, e.source.name) if e.source else (None, None, None)
            for e in events}


def test_a_leader_with_no_office_on_the_day_is_an_antecedent(coder: Coder) -> None:
    # Robin Cook holds no office in 2023: the pronoun is him, with no code.
    text = "Robin Cook met the press on Monday. He denounced the police."
    assert names(coder, text, "11") == {("He", None, "Robin Cook")}
    # A leader's name that only modifies a noun names no person.
    text = "Officials at the John F. Kennedy Center met on Monday. He denounced the police."
    assert names(coder, text, "11") == {(None, None, None)}


def test_an_unknown_name_is_its_coded_apposition(coder: Coder) -> None:
    text = ("Jane Roe, a spokeswoman for the Kenyan foreign ministry, said the talks had "
            "failed. She denounced the police.")
    assert names(coder, text, "11") == {("She", "KENGOV", "Jane Roe")}


def test_an_object_pronoun_is_not_its_subjects_apposition(nlp: Language) -> None:
    component = nlp.create_pipe("ew_actors")
    doc = component(nlp("Robin Cook spoke on Friday. The chairman of the Conservative Party, "
                        "Liam Fox, criticised him on Saturday."))
    index = MentionIndex(doc._.ew_actors, load_lexicon())
    found = index.at(next(t for t in doc if t.text == "him"))
    assert found is not None and found.name == "Robin Cook"


def sources(coder: Coder, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published="2023-05-01") if e.trigger.text == trigger]
    assert events
    return {(e.source.text, e.source.code) if e.source else (None, None) for e in events}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A main-clause subject "it"/"they" continues the last sentence's subject, not its
        # object (centering), though the object is nearer.
        ("The Kenyan foreign ministry accused Uganda of shelling the border. It said on "
         "Friday that two farmers were hurt.", "KENGOV"),
        ("Peru accused Chile of spying. It said the drones had crossed the border.", "PER"),
        ("The Kenyan police arrested dozens of Ugandan rebels. They said the raid was lawful.",
         "KENCOP"),
    ],
)
def test_a_subject_pronoun_continues_the_previous_subject(
        coder: Coder, text: str, code: str) -> None:
    assert {c for _, c in sources(coder, text, "said")} == {code}


def test_a_subordinate_pronoun_keeps_the_nearest_group(coder: Coder) -> None:
    # Not the subject of its main clause: the nearest group, as before.
    text = "Peru praised Chile. Officials said that it had returned the drones."
    events = [e for e in coder.code(text, published="2023-05-01") if e.cameo.root == "08"]
    assert all(e.source is None or e.source.code != "PER" for e in events)


def test_an_aside_speaker_is_no_one_named_in_the_clause_it_reports(coder: Coder) -> None:
    # "he" of the aside is not Jones, named in the clause it reports, but the minister.
    text = "Kenyan Interior Minister Tomas Vedra praised Jones. Jones, he said, had led the raids."
    assert sources(coder, text, "said") == {("he", "KENGOV")}
    # A person named before a colon is outside the reported clause.
    text = ("Kenyan Interior Minister Tomas Vedra met Uganda's envoy. But Vedra put it "
            "differently: farmers, he said, had led the raids.")
    assert {code for _, code in sources(coder, text, "said")} == {"KENGOV"}
