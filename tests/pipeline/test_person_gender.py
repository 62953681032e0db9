"""Gender agreement of personal pronouns with the persons a document names (person_gender.py,
mention_index.py), on sentences written for this test, parsed by the real English model; the
actor mentions are set by hand, the speaker is found by ew_attribution."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline.attribution import AttributionComponent, make_attribution
from eventwire.pipeline.mentions import ActorMention, TriggerMatch
from eventwire.pipeline.person_gender import load_gender_lexicon, person_genders


@pytest.fixture(scope="module")
def component(nlp: Language) -> AttributionComponent:
    return make_attribution(nlp, "ew_attribution", None)


def person(doc: Doc, word: str, code: str, first: bool = False) -> ActorMention:
    at = [t.i for t in doc if t.text == word]
    i = at[0] if first else at[-1]
    return ActorMention(i, i + 1, i, code, code[:3], code[3:], kind="person")


def speaker_code(nlp: Language, component: AttributionComponent, text: str, trigger: str,
                 people: list[tuple[str, str]]) -> str | None:
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == trigger)
    doc._.ew_triggers = [TriggerMatch(index, index + 1, index, "010", "test", 1, "VERB")]
    doc._.ew_actors = [ActorMention(t.i, t.i + 1, t.i, code, code[:3], code[3:], kind="person")
                       for word, code in people for t in doc if t.text == word]
    component(doc)
    found = doc._.ew_attribution.get(index)
    return found.actor.code if found is not None and found.actor is not None else None


def test_she_skips_a_man_known_from_his_pronoun(
        nlp: Language, component: AttributionComponent) -> None:
    text = ("Ahmadi was admired for his courage. \"The raid on Ahmadi's convoy broke the law,\" "
            "she wrote.")
    doc = nlp(text)
    mentions = [person(doc, "Ahmadi", "IRNMIL", first=True), person(doc, "Ahmadi", "IRNMIL")]
    assert person_genders(doc, mentions, load_gender_lexicon()) == {"ahmadi": "male"}
    assert speaker_code(nlp, component, text, "broke", [("Ahmadi", "IRNMIL")]) is None


def test_he_keeps_a_man_known_from_his_pronoun(
        nlp: Language, component: AttributionComponent) -> None:
    text = "Ahmadi was admired for his courage. Troops will withdraw soon, he said."
    assert speaker_code(nlp, component, text, "withdraw", [("Ahmadi", "IRNMIL")]) == "IRNMIL"


def test_a_title_gives_the_gender(nlp: Language, component: AttributionComponent) -> None:
    text = "Mrs. Novak met Mr. Horvat in Zagreb. Troops will withdraw soon, he said."
    assert speaker_code(nlp, component, text, "withdraw",
                        [("Novak", "HRVGOV"), ("Horvat", "SVNGOV")]) == "SVNGOV"


def test_an_unknown_gender_agrees_with_both(
        nlp: Language, component: AttributionComponent) -> None:
    text = "Novak flew to Zagreb on Monday. Troops will withdraw soon, she said."
    assert speaker_code(nlp, component, text, "withdraw", [("Novak", "HRVGOV")]) == "HRVGOV"


def test_an_object_pronoun_gives_no_gender(nlp: Language) -> None:
    doc = nlp("Novak thanked him for his help.")
    mentions = [person(doc, "Novak", "HRVGOV")]
    assert person_genders(doc, mentions, load_gender_lexicon()) == {}


def test_a_gendered_noun_before_a_name_gives_the_gender(nlp: Language) -> None:
    doc = nlp("Congresswoman Okoro met Congressman Wessel in Lagos.")
    mentions = [person(doc, "Okoro", "NGALEG"), person(doc, "Wessel", "NGALEG")]
    assert person_genders(doc, mentions, load_gender_lexicon()) == {
        "okoro": "female", "wessel": "male"}


def test_a_gendered_noun_naming_no_one_gives_the_gender(nlp: Language) -> None:
    doc = nlp("The spokeswoman met the businessman in Lagos.")
    mentions = [person(doc, "spokeswoman", "GOV"), person(doc, "businessman", "BUS")]
    assert person_genders(doc, mentions, load_gender_lexicon()) == {
        "spokeswoman": "female", "businessman": "male"}


def test_a_first_name_gives_the_gender(nlp: Language) -> None:
    doc = nlp("Dianne Okafor met Leonid Petrenko in Kyiv.")
    mentions = [ActorMention(0, 2, 1, "UKRGOV", name="Dianne Okafor", kind="person"),
                ActorMention(3, 5, 4, "UKRGOV", name="Leonid Petrenko", kind="person")]
    assert person_genders(doc, mentions, load_gender_lexicon()) == {
        "okafor": "female", "petrenko": "male"}
