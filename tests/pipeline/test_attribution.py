"""ew_attribution on sentences parsed by the real English model, triggers set by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import DataError
from eventwire.pipeline import register_all
from eventwire.pipeline.attribution import AttributionComponent, load_lexicon, make_attribution
from eventwire.pipeline.mentions import ActorMention, Attribution, TriggerMatch
from eventwire.pipeline.roles import RolesComponent

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "attribution.yaml"


@pytest.fixture(scope="module")
def component(nlp: Language) -> AttributionComponent:
    return make_attribution(nlp, "ew_attribution", None)


def parse_with_trigger(nlp: Language, text: str, word: str) -> tuple[Doc, int]:
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == word)
    doc._.ew_triggers = [TriggerMatch(index, index + 1, index, "010", "test", 1, doc[index].pos_)]
    return doc, index


def attribution_of(nlp: Language, component: AttributionComponent, text: str, word: str
                   ) -> tuple[Doc, Attribution | None]:
    doc, index = parse_with_trigger(nlp, text, word)
    component(doc)
    return doc, doc._.ew_attribution.get(index)


CASES: list[tuple[str, str, str, str]] = [
    ("Putin will meet Xi in Beijing on February 4, the Kremlin said.", "meet", "the Kremlin",
     "speaker"),
    ("There is no coordination with Moscow on the crisis, a spokesman told the news agency.",
     "coordination", "a spokesman", "speaker"),
    ("State media reported that police arrested protesters.", "arrested", "State media", "outlet"),
    ("According to Tass, troops attacked the village.", "attacked", "Tass", "outlet"),
    ("According to officials, troops attacked the village.", "attacked", "officials", "speaker"),
    ('"We will attack," said Dmitry Peskov, the Kremlin spokesman.', "attack", "Dmitry Peskov",
     "speaker"),
    ("Russia, Peskov said, will not attack.", "attack", "Peskov", "speaker"),
    ("Russia will withdraw its troops, Peskov said on Telegram.", "withdraw", "Peskov", "speaker"),
    ("The attack was carried out by rebels, the ministry said in a statement.", "attack",
     "the ministry", "speaker"),
    ("Tass quoted Peskov as saying that Russia will withdraw its troops.", "withdraw", "Peskov",
     "speaker"),
    ("The attack was confirmed by officials.", "attack", "officials", "speaker"),
    ("Troops attacked the village, as reported by Tass.", "attacked", "Tass", "outlet"),
    ("Rebels claimed they attacked the convoy.", "attacked", "Rebels", "speaker"),
    ("Moscow denied its troops attacked the village.", "attacked", "Moscow", "speaker"),
    ("A spokesman for the foreign ministry said the talks would resume.", "talks",
     "A spokesman for the foreign ministry", "speaker"),
    ("Analysts say Russia may be preparing an invasion.", "invasion", "Analysts", "speaker"),
    ("Peskov told Tass that the leaders would meet soon.", "meet", "Peskov", "speaker"),
    ("Peskov said, Tass reported.", "said", "Tass", "outlet"),
    ("Putin will meet Xi in Beijing on Friday, reports the press service of the Kremlin.", "meet",
     "the press service of the Kremlin", "speaker"),
    ("Ukraine accused Russia of shelling the town.", "shelling", "Ukraine", "speaker"),
    ("Peskov told reporters, according to RIA.", "told", "RIA", "outlet"),
    ("Analysts fear Russia could attack Ukraine.", "attack", "Analysts", "belief"),
    ("Western officials believe the militants fled across the border.", "fled",
     "Western officials", "belief"),
    ("The ministry said diplomats expect the talks to fail.", "fail", "The ministry", "speaker"),
    # the possessor of a statement noun made the statement
    ("The ministry's claims that rebels shelled the town were disputed.", "shelled",
     "The ministry", "speaker"),
    ("Nobody believed the general's account of the raid on the camp.", "raid", "the general",
     "speaker"),
    # a subjectless gerund of saying speaks for the subject of the verb it modifies
    ("The ministry responded by saying that troops had attacked the village.", "attacked",
     "The ministry", "speaker"),
]


@pytest.mark.parametrize(("text", "word", "phrase", "kind"), CASES)
def test_source(nlp: Language, component: AttributionComponent, text: str, word: str,
                phrase: str, kind: str) -> None:
    doc, found = attribution_of(nlp, component, text, word)
    assert found is not None
    assert doc[found.start:found.end].text == phrase
    assert found.kind == kind


NO_SOURCE: list[tuple[str, str]] = [
    ("Troops have massed on the border.", "massed"),
    ("Putin will meet Xi in Beijing on February 4, the Kremlin said.", "said"),
    ('"The talks went well." Lavrov left the room.', "talks"),
    ("He said troops attacked the village.", "attacked"),
    # a gerund of saying after a preposition of a topic is no statement of the subject's
    ("Rows broke out over conceding that troops attacked the village.", "attacked"),
    # a statement noun's topic, or what follows its content after a comma, is not its content
    ("The envoy's statements on the raid were brief.", "raid"),
    # a phrase that says nobody spoke is no source
    ("No group has claimed responsibility for the bombing.", "bombing"),
    ("Nobody claimed the ambush on the convoy.", "ambush"),
]


@pytest.mark.parametrize(("text", "word"), NO_SOURCE)
def test_no_source(nlp: Language, component: AttributionComponent, text: str, word: str) -> None:
    _, found = attribution_of(nlp, component, text, word)
    assert found is None


def test_nested_speech_goes_to_the_outer_speaker(nlp: Language,
                                                 component: AttributionComponent) -> None:
    doc, found = attribution_of(nlp, component, "Lavrov said Peskov told Xi about the plan.",
                                "told")
    assert found is not None
    assert doc[found.start:found.end].text == "Lavrov"


def test_known_actor_is_preferred(nlp: Language, component: AttributionComponent) -> None:
    doc, index = parse_with_trigger(
        nlp, "Putin will meet Xi in Beijing on February 4, the Kremlin said.", "meet"
    )
    kremlin = next(t.i for t in doc if t.text == "Kremlin")
    mention = ActorMention(kremlin, kremlin + 1, kremlin, "RUSGOV", "RUS", "GOV")
    doc._.ew_actors = [mention]
    component(doc)
    found = doc._.ew_attribution[index]
    assert found.actor == mention
    assert found.cue == "said"


def test_actor_in_apposition_is_used(nlp: Language, component: AttributionComponent) -> None:
    doc, index = parse_with_trigger(
        nlp, '"We will attack," said Dmitry Peskov, the Kremlin spokesman.', "attack"
    )
    kremlin = next(t.i for t in doc if t.text == "Kremlin")
    mention = ActorMention(kremlin, kremlin + 2, kremlin + 1, "RUSGOV", "RUS", "GOV")
    doc._.ew_actors = [mention]
    component(doc)
    assert doc._.ew_attribution[index].actor == mention


@pytest.mark.parametrize(("text", "actors", "speaker"), [
    # A misparse that makes the possessed noun the subject ("Lavrov's resignation ... said")
    # still gives the speaker named in the apposition, not the possessor.
    ("After Lavrov's resignation, Maria Tan, a Kremlin official, said troops attacked the "
     "village.", [("Lavrov", "RUSELI", "RUS", "ELI"), ("Kremlin", "RUSGOV", "RUS", "GOV")],
     "RUSGOV"),
    # A title in the phrase comes before an apposition.
    ("Senator Tan, a Maryland Democrat, said troops attacked the village.",
     [("Senator", "USALEG", "USA", "LEG"), ("Maryland", "USA", "USA", "")], "USALEG"),
])
def test_the_speaker_of_a_phrase_with_an_apposition(
        nlp: Language, component: AttributionComponent, text: str,
        actors: list[tuple[str, str, str, str]], speaker: str) -> None:
    doc, index = parse_with_trigger(nlp, text, "attacked")
    mentions = []
    for word, code, country, sector in actors:
        i = next(t.i for t in doc if t.text == word)
        mentions.append(ActorMention(i, i + 1, i, code, country, sector))
    doc._.ew_actors = mentions
    component(doc)
    found = doc._.ew_attribution[index]
    assert found.actor is not None and found.actor.code == speaker


def test_media_actor_is_an_outlet(nlp: Language, component: AttributionComponent) -> None:
    doc, index = parse_with_trigger(nlp, "Izvestiya said troops attacked the village.",
                                    "attacked")
    mention = ActorMention(0, 1, 0, "RUSMED", "RUS", "MED", kind="media")
    doc._.ew_actors = [mention]
    component(doc)
    assert doc._.ew_attribution[index].kind == "outlet"


def test_missing_actor_extension_value_is_fine(nlp: Language,
                                               component: AttributionComponent) -> None:
    doc, index = parse_with_trigger(nlp, "Peskov said troops attacked the village.", "attacked")
    doc._.ew_actors = None
    component(doc)
    assert doc._.ew_attribution[index].actor is None


def test_pipe_registration() -> None:
    import spacy

    fresh = spacy.blank("en")
    fresh.add_pipe("ew_attribution")
    assert "ew_attribution" in fresh.pipe_names


def test_bundled_data_has_provenance() -> None:
    lexicon = load_lexicon()
    assert lexicon.meta.license == "MIT"
    assert "say" in lexicon.speech_verbs
    assert "according to" in lexicon.source_preps


def test_invalid_data_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "attribution.yaml"
    text = BUNDLED.read_text(encoding="utf-8")
    bad.write_text(text.replace("quote_verbs: [quote, cite]", "quote_verbs: [quote, '']"))
    with pytest.raises(DataError) as caught:
        load_lexicon(bad)
    assert str(bad) in str(caught.value)
    assert caught.value.line is not None
    assert "quote_verbs" in caught.value.reason


def test_unknown_key_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "attribution.yaml"
    bad.write_text(BUNDLED.read_text(encoding="utf-8") + "\nspeach_verbs: [say]\n")
    with pytest.raises(DataError, match="speach_verbs"):
        load_lexicon(bad)


def with_actor(doc: Doc, word: str, code: str, kind: str) -> ActorMention:
    at = next(t.i for t in doc if t.text == word)
    return ActorMention(at, at + 1, at, code, code[:3], code[3:] or None, kind=kind)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Lavrov flew to Ankara on Monday. Troops will withdraw soon, he said.", "Lavrov", "leader"),
    ("Erdogan spoke on television. He said the army attacked the camps.", "Erdogan", "leader"),
    ("Hungary issued a statement. It said police arrested the smugglers.", "Hungary", "country"),
])
def test_pronoun_speaker_stands_for_its_antecedent(
        nlp: Language, component: AttributionComponent, text: str, name: str, kind: str) -> None:
    trigger = next(w for w in ("withdraw", "attacked", "arrested") if w in text)
    doc, index = parse_with_trigger(nlp, text, trigger)
    code = {"Lavrov": "RUSGOV", "Erdogan": "TURGOV", "Hungary": "HUN"}[name]
    doc._.ew_actors = [with_actor(doc, name, code, kind)]
    component(doc)
    found = doc._.ew_attribution[index]
    assert doc[found.start].lower_ in {"he", "it"}
    assert found.actor is not None and found.actor.code == code


def test_pronoun_speaker_without_antecedent_gives_none(
        nlp: Language, component: AttributionComponent) -> None:
    doc, index = parse_with_trigger(nlp, "Hungary issued a statement. He said police arrested "
                                    "the smugglers.", "arrested")
    doc._.ew_actors = [with_actor(doc, "Hungary", "HUN", "country")]
    component(doc)
    assert index not in doc._.ew_attribution  # "he" is no country


@pytest.mark.parametrize(("text", "word", "phrase"), [
    ("Russia said it believes Ukraine shelled the plant.", "shelled", "Russia"),
    ("Merkel said Germany doubts the talks will resume.", "resume", "Merkel"),
])
def test_a_statement_above_a_belief_is_the_source(
        nlp: Language, component: AttributionComponent, text: str, word: str,
        phrase: str) -> None:
    doc, found = attribution_of(nlp, component, text, word)
    assert found is not None and found.kind == "speaker"
    assert doc[found.start:found.end].text == phrase
    assert found.verb is not None and doc[found.verb].lower_ == "said"


def test_pronoun_speaker_prefers_the_last_subject(nlp: Language,
                                                  component: AttributionComponent) -> None:
    """ "Lavrov met Cavusoglu ... he said": the subject of the sentence before, not the
    nearest person."""
    doc, index = parse_with_trigger(
        nlp, "Lavrov met Cavusoglu in Ankara. Troops will withdraw soon, he said.", "withdraw")
    doc._.ew_actors = [with_actor(doc, "Lavrov", "RUSGOV", "leader"),
                       with_actor(doc, "Cavusoglu", "TURGOV", "leader")]
    component(doc)
    found = doc._.ew_attribution[index]
    assert found.actor is not None and found.actor.code == "RUSGOV"


ROLES_BUNDLED = BUNDLED.parent / "roles.yaml"
PERSONAL_PRONOUNS = "personal_pronouns: [he, she, him, her, his]"


def _roles_without_he(tmp_path: Path) -> Path:
    """A user's roles data in which "he" stands for nobody."""
    custom = tmp_path / "roles.yaml"
    text = ROLES_BUNDLED.read_text(encoding="utf-8")
    assert PERSONAL_PRONOUNS in text
    custom.write_text(text.replace(PERSONAL_PRONOUNS, "personal_pronouns: [she, her]"))
    return custom


def _lavrov_said(nlp: Language, component: AttributionComponent) -> Attribution | None:
    doc, index = parse_with_trigger(
        nlp, "Lavrov flew to Ankara on Monday. Troops will withdraw soon, he said.", "withdraw")
    doc._.ew_actors = [with_actor(doc, "Lavrov", "RUSGOV", "leader")]
    component(doc)
    found: Attribution | None = doc._.ew_attribution.get(index)
    return found


def test_pronouns_follow_the_roles_data_configured_for_ew_roles(
        nlp: Language, tmp_path: Path) -> None:
    import spacy

    register_all()
    pipeline = spacy.blank("en")
    roles = pipeline.add_pipe("ew_roles", config={"data_path": str(_roles_without_he(tmp_path))})
    attribution = pipeline.add_pipe("ew_attribution")
    assert isinstance(attribution, AttributionComponent) and isinstance(roles, RolesComponent)
    assert attribution.roles is roles.lexicon
    assert _lavrov_said(nlp, attribution) is None  # "he" is no pronoun in the user's data
    bundled = spacy.blank("en")
    bundled.add_pipe("ew_roles")
    found = _lavrov_said(nlp, bundled.add_pipe("ew_attribution"))
    assert found is not None and found.actor is not None and found.actor.code == "RUSGOV"


def test_an_explicit_roles_path_wins(nlp: Language, tmp_path: Path) -> None:
    import spacy

    register_all()
    pipeline = spacy.blank("en")
    pipeline.add_pipe("ew_roles")
    custom = str(_roles_without_he(tmp_path))
    attribution = pipeline.add_pipe("ew_attribution", config={"roles_data_path": custom})
    assert _lavrov_said(nlp, attribution) is None
