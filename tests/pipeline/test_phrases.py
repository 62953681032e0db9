"""Actor records span the noun phrase that names the actor: sentences written for these tests,
coded end to end with the real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.coder import Coder
from eventwire.errors import DataError
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.phrases import bundled_lexicon, load_lexicon, phrase_bounds
from tests.coded import actor_texts


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # determiners, numbers and modifiers of the actor's head word
        ("The Serbian army shelled the village.", "19", {("The Serbian army", None)}),
        ("The government of Chile expelled two Peruvian diplomats.", "16",
         {("The government of Chile", "two Peruvian diplomats")}),
        # a counting noun before "of" heads the phrase
        ("Hundreds of Kenyan police officers attacked the protesters.", "19",
         {("Hundreds of Kenyan police officers", "the protesters")}),
        # a linking preposition's phrase belongs to the noun
        ("Refugees from Sudan protested against the Egyptian government.", "14",
         {("Refugees from Sudan", "the Egyptian government")}),
        # an acronym in brackets, a person's comma apposition
        ("The Nigerian Air Force (NAF) bombed a rebel camp in Borno.", "19",
         {("The Nigerian Air Force (NAF)", "rebel")}),
        ("Olaf Scholz met the Russian president, Vladimir Putin, in Moscow.", "04",
         {("Olaf Scholz", "the Russian president, Vladimir Putin")}),
        # a correlative belongs to the list, not to its first member
        ("Japan lifted sanctions against both India and Pakistan.", "08",
         {("Japan", "India"), ("Japan", "Pakistan")}),
    ],
)
def test_actor_spans_cover_the_phrase(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert actor_texts(events, root) == expected, [
        (e.cameo.code, e.source, e.target) for e in events]


def test_spans_locate_the_text(coder: Coder) -> None:
    text = "Mohammed Saleh, an Iraqi army spokesman, accused Turkey of shelling the town."
    accusation = next(e for e in coder.code(text) if e.cameo.root == "11")
    assert accusation.source is not None
    assert accusation.source.text == "Mohammed Saleh, an Iraqi army spokesman"
    assert text[accusation.source.start:accusation.source.end] == accusation.source.text
    assert accusation.source.code == "IRQMIL"


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # the actor modifies a noun that names something else: the thing is not the actor
        ("Russia criticised Poland's new law.", "11", {("Russia", "Poland")}),
        ("The French attack on Mali surprised observers.", "19", {("French", "Mali")}),
        # an adverbial noun before the subject is not part of it
        ("Hours later Iraqi troops stormed the building.", "19", {("Iraqi troops", None)}),
        # a place's apposition describes it; a comma ends a linking preposition's reach
        ("Kenya, a close ally, condemned the attack on Somalia.", "11", {("Kenya", "Somalia")}),
        ("The Kenyan government, in a statement, condemned the attack on Somalia.", "11",
         {("The Kenyan government", "Somalia")}),
    ],
)
def test_actor_spans_stop_where_the_phrase_ends(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert actor_texts(events, root) == expected, [
        (e.cameo.code, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a nationality or organisation on a noun naming persons or a body of them: that noun
        # names the actor
        ("Estonian experts criticized the new pipeline.", "11", {("Estonian experts", None)}),
        # (a cyber attack is coercion, 17: 17_coerce.jsonl, ew.attack.hackers.170)
        ("Dozens of Moldovan hackers attacked the Romanian election commission.", "17",
         {("Dozens of Moldovan hackers", "the Romanian election commission")}),
        ("Two Lebanese factions rejected the ceasefire proposal.", "12",
         {("Two Lebanese factions", None)}),
        # other nouns keep the modifier's span, as does a list of modifiers; a noun naming
        # someone by a relation to the modifier is its own actor (relational_nouns)
        ("Norway banned Chilean salmon.", "17", {("Norway", "Chilean")}),
        ("Peru expelled the Chilean ambassador's son.", "16",
         {("Peru", "the Chilean ambassador's son")}),
        ("Several Peruvian and Bolivian officials criticized Chile.", "11",
         {("Peruvian", "Chile"), ("Bolivian officials", "Chile")}),
    ],
)
def test_a_modifier_of_a_noun_naming_persons_is_named_by_its_phrase(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert actor_texts(events, root) == expected, [
        (e.cameo.code, e.source, e.target) for e in events]


def test_a_persons_modifier_is_not_the_people_it_modifies(nlp: Language) -> None:
    doc = nlp("Ruto's negotiators rejected the plan.")
    ruto = ActorMention(start=0, end=1, head=0, code="KENGOV", kind="leader")
    assert phrase_bounds(doc, ruto) == (0, 1)
    doc = nlp("Kenya's negotiators rejected the plan.")
    kenya = ActorMention(start=0, end=1, head=0, code="KEN", kind="country")
    assert doc[slice(*phrase_bounds(doc, kenya))].text == "Kenya's negotiators"


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a singular office takes the proper name of its holder in comma apposition
        ("The Peruvian ambassador to Chile, Luisa Quispe Mamani, criticized the decision.",
         "11", {("The Peruvian ambassador to Chile, Luisa Quispe Mamani", None)}),
        ("The rights group's director for Africa, Jane Okello, urged Uganda to free the men.",
         "02", {("The rights group's director for Africa, Jane Okello", "Uganda")}),
    ],
)
def test_an_office_takes_its_holders_name(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert actor_texts(events, root) == expected, [
        (e.cameo.code, e.source, e.target) for e in events]


def test_a_determiner_of_a_word_inside_the_phrase_belongs_to_it(coder: Coder) -> None:
    text = ("The Kenyan president held talks with the Somali President Mohamed Abdullahi "
            "Mohamed Farmajo in Nairobi.")
    targets = {e.target.text for e in coder.code(text) if e.cameo.root == "04" and e.target}
    assert targets == {"the Somali President Mohamed Abdullahi Mohamed Farmajo"}


def test_a_shared_modifier_list_is_not_one_actors_phrase(coder: Coder) -> None:
    events = coder.code("Kenyan and Ugandan police arrested the smugglers.")
    ugandan = [e.source for e in events if e.source and e.source.code == "UGACOP"]
    assert ugandan and all(source.text == "Ugandan police" for source in ugandan)


def test_bundled_lexicon_has_its_words() -> None:
    lexicon = bundled_lexicon()
    assert {"thousands", "members"} <= lexicon.partitive_heads
    assert "of" in lexicon.linking_preps and "both" in lexicon.correlatives
    assert "country" not in lexicon.appositive_kinds


def test_a_bad_lexicon_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "phrases.yaml"
    path.write_text("_meta: {name: x, version: '1', source: me, license: MIT}\n"
                    "partitive_heads: [dozens]\n", encoding="utf-8")
    with pytest.raises(DataError, match="phrases.yaml"):
        load_lexicon(path)


def test_the_phrase_stops_before_avoided_tokens(nlp: Language) -> None:
    doc = nlp("Refugees from Sudan and members of the Chadian army crossed the border.")
    refugees = ActorMention(start=0, end=1, head=0, code="REF", kind="sector")
    assert phrase_bounds(doc, refugees) == (0, 3)
    assert phrase_bounds(doc, refugees, avoid={2}) == (0, 1)  # "Sudan" is the other actor
    army = ActorMention(start=7, end=9, head=8, code="TCDMIL", kind="sector")
    assert doc[slice(*phrase_bounds(doc, army))].text == "members of the Chadian army"
    assert phrase_bounds(doc, army, avoid={4}) == (6, 9)  # "members" is the trigger word
