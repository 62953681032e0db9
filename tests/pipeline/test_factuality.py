"""ew_factuality on sentences parsed by the real English model, triggers set by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import DataError
from eventwire.pipeline.factuality import (
    FactualityComponent,
    auxiliaries,
    load_lexicon,
    make_factuality,
)
from eventwire.pipeline.mentions import Factuality, TriggerMatch

BUNDLED = Path(__file__).parents[2] / "eventwire" / "data" / "factuality.yaml"


@pytest.fixture(scope="module")
def component(nlp: Language) -> FactualityComponent:
    return make_factuality(nlp, "ew_factuality", None)


def factuality_of(nlp: Language, component: FactualityComponent, text: str, word: str,
                  end: str | None = None, code: str = "010") -> Factuality:
    """Parse ``text``, make the first token ``word`` (up to the word ``end``, when given) the
    only trigger, with CAMEO ``code``, and run the component."""
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == word)
    stop = next(t.i for t in doc if t.text == end) + 1 if end else index + 1
    doc._.ew_triggers = [TriggerMatch(index, stop, index, code, "test", 1, doc[index].pos_)]
    component(doc)
    result: Factuality = doc._.ew_factuality[index]
    return result


CASES: list[tuple[str, str, str]] = [
    # occurred: past, present perfect, progressive, states
    ("Troops have massed on the border.", "massed", "occurred"),
    ("The two countries are in constant exchange.", "exchange", "occurred"),
    ("Troops are massing near the border.", "massing", "occurred"),
    ("Police arrested dozens of protesters in the capital.", "arrested", "occurred"),
    # planned: modals, plan verbs, "be ADJ to", plan modifiers, future time words
    ("Putin will meet Xi in Beijing on February 4, the Kremlin said.", "meet", "planned"),
    ("The ministers shall convene in Geneva.", "convene", "planned"),
    ("Russia plans to launch an offensive in the spring.", "launch", "planned"),
    ("Russia plans to launch an offensive in the spring.", "offensive", "planned"),
    ("Russia agreed to hold talks with Ukraine.", "hold", "planned"),
    ("Russia is due to hold talks next week.", "hold", "planned"),
    ("The summit is set to take place in Geneva.", "summit", "planned"),
    ("Russia is expected to announce new sanctions.", "announce", "planned"),
    ("The upcoming summit will focus on trade.", "summit", "planned"),
    ("Peskov said the leaders would meet in Beijing.", "meet", "planned"),
    ("The talks were postponed until March.", "talks", "planned"),
    ("Putin to meet Xi on Friday, Kremlin says", "meet", "planned"),
    ("Next week's summit in Geneva will focus on trade.", "summit", "planned"),
    # possible: modals, speculation verbs and nouns, modifiers, conditionals, questions, analysts
    ("Analysts fear Russia could attack Ukraine.", "attack", "possible"),
    ("The president warned of a possible invasion.", "invasion", "possible"),
    ("If talks fail, sanctions will follow.", "talks", "possible"),
    ("The threat of an invasion is growing.", "invasion", "possible"),
    ("The minister is considering sending troops.", "sending", "possible"),
    ("Is Russia going to invade Ukraine?", "invade", "possible"),
    ("Russia threatened to cut gas supplies.", "cut", "possible"),
    ("Experts believe Moscow will impose new tariffs.", "impose", "possible"),
    ("Ukraine might join the alliance.", "join", "possible"),
    ("Russia did not rule out military action.", "action", "possible"),
    # negated: negation words, no-determiner, without, denial, refusal, yet to, cancellation
    ("There is no coordination with Moscow on the crisis, a spokesman told the news agency.",
     "coordination", "negated"),
    ("Moscow denied its troops attacked the village.", "attacked", "negated"),
    ("Russia never invaded Ukraine.", "invaded", "negated"),
    ("Troops withdrew without a fight.", "fight", "negated"),
    ("Russia has yet to withdraw its troops.", "withdraw", "negated"),
    ("Russia refused to sign the agreement.", "sign", "negated"),
    ("Talks failed to produce a deal.", "produce", "negated"),
    ("Next week's summit in Geneva was called off.", "summit", "negated"),
    ("The government rejected reports that troops had shelled the town.", "shelled", "negated"),
    # precedence: negation beats modals, speculation beats plans
    ('"We will not meet them," said Peskov.', "meet", "negated"),
    ("Russia could not attack Ukraine.", "attack", "negated"),
    ("Analysts say Russia may be preparing an invasion.", "invasion", "possible"),
    # coordination: the second verb inherits unless contrasted or with its own subject
    ("Troops did not attack but withdrew to their bases.", "withdrew", "occurred"),
    ("Troops did not attack but withdrew to their bases.", "attack", "negated"),
    # headlines: an infinitive in a sentence without a finite verb; not someone else's wish
    ("Ghana to host regional defence talks in May", "host", "planned"),
    ("Senegal's president to tour Gulf states", "tour", "planned"),
    ("Paris wants Rome to share the cost of the patrols.", "share", "possible"),
    ("Paris wants to share the cost of the patrols.", "share", "planned"),
    # the main clause of a condition is possible, even with a plan verb or "will"
    ("If re-elected, the mayor pledged to close the camp.", "close", "possible"),
    ("Dockers will strike on Monday unless the port reverses the cuts.", "strike", "possible"),
    # a hypothetical judgement under a past speech verb is not the future of the past
    ("A blockade of the port would be illegal, the envoy said.", "blockade", "possible"),
    ("The envoy said the ships would leave the port on Monday.", "leave", "planned"),
    # possibility adverbs and predicate adjectives
    ("Perhaps the two ministers will meet in Oslo.", "meet", "possible"),
    ("A renewed offensive in the north is likely, officers said.", "offensive", "possible"),
    ("The idea of a joint patrol was floated by Lima.", "patrol", "possible"),
    # what parties agree to is agreed, not done yet ("agreed to" in the guideline)
    ("The two militias agreed to a prisoner exchange.", "exchange", "planned"),
    ("Lima and Quito agreed to talks on the border.", "talks", "planned"),
    ("The minister called the raid an outrage.", "raid", "occurred"),
    ("The bishops called for a dialogue between the parties.", "dialogue", "possible"),
    ("The premier might call early elections.", "elections", "possible"),
    ("The unions did not call a strike.", "strike", "negated"),
    # a mis-tagged plan verb still governs its infinitive
    ("Lisbon and Madrid plan to merge their coast guard patrols.", "merge", "planned"),
    # a negative subject negates the clause
    ("Neither army has withdrawn from the valley.", "withdrawn", "negated"),
    ("No government has recognised the new authorities.", "recognised", "negated"),
    # prevention: a foiled or averted event did not happen
    ("Police foiled a bomb attack on the station.", "attack", "negated"),
    ("The walkout was averted late on Sunday.", "walkout", "negated"),
    ("Border guards prevented a clash between the two patrols.", "clash", "negated"),
    # a lemmatizer slip ("hoping" -> "hop") still reads as the lexicon's verb
    ("The envoy is hoping to visit Kabul in June.", "visit", "possible"),
    ("The minister hopes to meet the rebels.", "meet", "possible"),
    # a stated willingness is an intention
    ("Ankara is willing to reopen the consulate.", "reopen", "planned"),
    ("The junta is prepared to release the detainees.", "release", "planned"),
    # "poised" tagged as a verb; "due"/"expected" with a purpose "for"
    ("The senate is poised to pass the budget bill.", "pass", "planned"),
    ("Iran's foreign minister is due in Moscow for talks on Friday.", "talks", "planned"),
    ("The delegation is scheduled to arrive for talks on Monday.", "talks", "planned"),
    ("The envoy was in Moscow for talks with Lavrov.", "talks", "occurred"),
    # a possible predicate: "seems likely" (oprd), "is an option", "remains a possibility"
    ("A ground assault now seems likely, officials said.", "assault", "possible"),
    ("A ceasefire appears unlikely before the holiday.", "ceasefire", "possible"),
    ("Sanctions remain an option, the envoy said.", "Sanctions", "possible"),
    ("An early election remains a possibility.", "election", "possible"),
    ("Intervention is not an option, the minister said.", "Intervention", "negated"),
    ("The attack was a threat to regional peace.", "attack", "occurred"),
    # a negated plan or speculation noun: "no intention of", "no plans to", "no threat of"
    ("The government has no intention of negotiating with the rebels.", "negotiating",
     "negated"),
    ("The army has no plans to withdraw from the region.", "withdraw", "negated"),
    ("Officials said there were no plans for a new offensive.", "offensive", "negated"),
    ("There is no threat of an invasion.", "invasion", "negated"),
    # the future of the past under commissive verbs
    ("The president pledged that he would raise the minimum wage.", "raise", "planned"),
    ("The general vowed the army would retake the city.", "retake", "planned"),
    ("The president said he would not resign.", "resign", "negated"),
    # appeals are requests
    ("The union appealed for a ceasefire.", "ceasefire", "possible"),
    ("The mayor appealed to residents to stay indoors.", "stay", "possible"),
    # phrasal cancellations whatever the parser does with the object
    ("The league called off the match.", "match", "negated"),
    ("The general has ruled out retreating.", "retreating", "negated"),
    ("The party ruled out quitting the coalition.", "quitting", "negated"),
    ("The army advanced, shelling the villages on the way.", "shelling", "occurred"),
    ("The rebels put off the talks until May.", "talks", "planned"),
    # inverted conditions; headlines with a trailing reporting clause
    ("Should talks fail, the army will resume its offensive.", "resume", "possible"),
    ("Should the rebels attack, the army will respond.", "attack", "possible"),
    ("Had the army attacked, the town would have fallen.", "attacked", "possible"),
    ("Opposition to boycott election, leader says", "boycott", "planned"),
    ("Ministers to discuss sanctions on Friday, sources say", "discuss", "planned"),
    ("Efforts to reach a deal failed, officials said.", "reach", "occurred"),
    # questions, "yet to", "failed to", denials of a gerund, negated nominal events
    ("Will China invade Taiwan?", "invade", "possible"),
    ("The two sides have yet to sign the agreement.", "sign", "negated"),
    ("The government failed to hold the elections on time.", "hold", "negated"),
    ("Police denied using live ammunition.", "using", "negated"),
    ("No talks were held between the two delegations.", "talks", "negated"),
    ("There has been no ceasefire since March.", "ceasefire", "negated"),
    ("Without a truce, aid cannot reach the city.", "truce", "negated"),
    # nouns of cancelling, refusing, lacking and putting off
    ("In the absence of a ceasefire, aid convoys cannot move.", "ceasefire", "negated"),
    ("The lack of dialogue between the parties worries the UN.", "dialogue", "negated"),
    ("The refusal to negotiate angered the unions.", "negotiate", "negated"),
    ("The cancellation of the summit surprised diplomats.", "summit", "negated"),
    ("The postponement of the vote angered the opposition.", "vote", "planned"),
    # a headline infinitive reported by a present-tense speech verb
    ("Kremlin says Putin to visit India in December", "visit", "planned"),
    ("Ministry says troops to stay in Mali until June", "stay", "planned"),
    ("The minister says the army wants the rebels to surrender.", "surrender", "possible"),
    # a coordinated verb with its own auxiliary does not inherit the first verb's negation
    ("Police did not comment and have arrested three men.", "arrested", "occurred"),
    ("The general would not resign and has refused to apologise.", "refused", "occurred"),
    ("Police did not arrest or question the men.", "question", "negated"),
    # the means of an act ("by" a gerund, "with" an event noun after a verb of responding)
    # takes the act's tense, modals and negation
    ("Lisbon will reply with tariffs on imported steel.", "tariffs", "planned"),
    ("The navy might answer with a blockade of the strait.", "blockade", "possible"),
    ("The cabinet will not react by recalling its envoy.", "recalling", "negated"),
    ("The navy answered with a blockade of the strait.", "blockade", "occurred"),
    ("The bank will cooperate with the inquiry into the fraud.", "inquiry", "occurred"),
    ("If Kabul attacks, Tehran will respond by closing the border.", "closing", "possible"),
    ("If that is true, the mayor took a risk by closing the market.", "closing", "occurred"),
    ("The mayor may have broken the law by closing the market.", "closing", "occurred"),
    ("By promising a recount, the governor will calm the crowds.", "promising", "occurred"),
    # a verb of saying or denying passes its own negation and modal to its bare conjunct
    ("The embassy would not confirm or deny the arrests.", "deny", "negated"),
    ("The council will not discuss or approve the budget.", "approve", "negated"),
    ("The unions will not strike and will not march.", "march", "negated"),
    ("The truce would begin at dawn and would create the conditions to resume aid deliveries.",
     "resume", "possible"),
    # a passive infinitive modifying a noun is still to be done
    ("The winner, to be announced on Friday, will lead the party.", "announced", "planned"),
    ("Talks to be held in Geneva will focus on the border.", "held", "planned"),
    ("The talks held in Geneva focused on the border.", "held", "occurred"),
    # "next" in a clause told in the past counts from that past time
    ("The next morning, the rebels withdrew from the town.", "withdrew", "occurred"),
    ("The envoy visits Kabul next week.", "visits", "planned"),
    # a negated copula judges its event subject, it does not deny it, unless it is about truth
    ("The governor insisted his attack on the mayor was not a stunt.", "attack", "occurred"),
    ("The curfew on the capital was not popular with shopkeepers.", "curfew", "occurred"),
    ("The raid on the depot was never a secret.", "raid", "occurred"),
    ("The army said the reported raid on the depot was not real.", "raid", "negated"),
    ("The raid on the depot did not happen, the army said.", "raid", "negated"),
    ("There was no raid on the depot.", "raid", "negated"),
    ("A raid on the depot would not be wise.", "raid", "possible"),
    # a condition on a verb of committing is the committed act's, not the commitment's
    ("The militia vowed to storm the port unless the navy left.", "vowed", "occurred"),
    ("The militia vowed to storm the port unless the navy left.", "storm", "possible"),
    ("If the strike goes ahead, the governor warned he would sack the drivers.", "warned",
     "occurred"),
    ("The drivers will strike if the governor cuts their pay.", "strike", "possible"),
    ("The envoy will visit Kabul if the roads reopen.", "visit", "possible"),
    # a bare state noun after a verb of being takes the verb's negation and modals
    ("The two militias could soon be in talks with the council.", "talks", "possible"),
    ("The republic is not at war with its neighbours, the envoy said.", "war", "negated"),
    ("The refinery may be in breach of the embargo.", "breach", "possible"),
    ("The northern towns remain under siege.", "siege", "occurred"),
    # ... but a noun with a determiner is a place or an occasion
    ("The mayor was not at the meeting with the unions.", "meeting", "occurred"),
    # what a trip is for has the trip's tense and modals
    ("The premier will travel to Oslo for talks with the opposition.", "talks", "planned"),
    ("The envoy will be in Cairo next week for negotiations.", "negotiations", "planned"),
    ("The envoy flew to Cairo last week for negotiations.", "negotiations", "occurred"),
    # what a bid or an aim seeks is possible; an effort is an undertaking under way
    ("Officials moved in a bid to repatriate the miners.", "repatriate", "possible"),
    ("The corps moved east with the aim of capturing the pass.", "capturing", "possible"),
    ("The ministry stepped up its effort to repatriate the miners.", "repatriate", "occurred"),
]


@pytest.mark.parametrize(("text", "word", "status"), CASES)
def test_status(nlp: Language, component: FactualityComponent, text: str, word: str,
                status: str) -> None:
    assert factuality_of(nlp, component, text, word).status == status


def test_an_infinitives_to_is_no_auxiliary_of_its_own(nlp: Language) -> None:
    doc = nlp("The envoys have agreed to meet and to sign the accord.")
    sign = next(t for t in doc if t.text == "sign")
    agreed = next(t for t in doc if t.text == "agreed")
    assert auxiliaries(sign) == frozenset()
    assert auxiliaries(agreed) == frozenset({"have"})


def test_cue_locates_the_deciding_word(nlp: Language, component: FactualityComponent) -> None:
    doc = nlp("Analysts fear Russia could attack Ukraine.")
    doc._.ew_triggers = [TriggerMatch(4, 5, 4, "190", "test", 1, "VERB")]
    component(doc)
    result = doc._.ew_factuality[4]
    assert result.cue == "could"
    assert doc[result.cue_start:result.cue_end].text == "could"


def test_every_trigger_gets_an_entry(nlp: Language, component: FactualityComponent) -> None:
    doc = nlp("Troops attacked the village and will attack the town.")
    heads = [t.i for t in doc if t.lemma_ == "attack"]
    doc._.ew_triggers = [TriggerMatch(i, i + 1, i, "190", "test", 1, "VERB") for i in heads]
    component(doc)
    assert set(doc._.ew_factuality) == set(heads)


def test_no_triggers_gives_empty_dict(nlp: Language, component: FactualityComponent) -> None:
    doc = nlp("Nothing happened.")
    assert component(doc)._.ew_factuality == {}


def test_pipe_registration(nlp: Language) -> None:
    import spacy

    fresh = spacy.blank("en")
    fresh.add_pipe("ew_factuality")
    assert "ew_factuality" in fresh.pipe_names
    assert Doc.has_extension("ew_factuality")


def test_bundled_data_has_provenance() -> None:
    lexicon = load_lexicon()
    assert lexicon.meta.license == "MIT"
    assert "will" in lexicon.planned_modals
    assert "no" in lexicon.negation_words


def test_invalid_data_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "factuality.yaml"
    text = BUNDLED.read_text(encoding="utf-8")
    bad.write_text(text.replace("hedge_verbs:\n  allege: alleged", "hedge_verbs:\n  allege: maybe"))
    with pytest.raises(DataError) as caught:
        load_lexicon(bad)
    assert str(bad) in str(caught.value)
    assert caught.value.line is not None
    assert "hedge_verbs" in caught.value.reason


def test_duplicate_entries_are_rejected(tmp_path: Path) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    bad = tmp_path / "factuality.yaml"
    bad.write_text(text.replace("planned_modals: [will,", "planned_modals: [will, will,"))
    with pytest.raises(DataError, match="duplicate"):
        load_lexicon(bad)


def judged(nlp: Language, component: FactualityComponent, text: str, span: tuple[str, str],
           code: str) -> Factuality:
    """Make the words ``span[0]``..``span[1]`` one phrase trigger headed by its first word."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == span[0])
    end = next(t.i for t in doc if t.text == span[1]) + 1
    doc._.ew_triggers = [TriggerMatch(start, end, start, code, "test", 2, "VERB")]
    component(doc)
    result: Factuality = doc._.ew_factuality[start]
    return result


def test_material_phrase_is_judged_at_its_inner_verb(
    nlp: Language, component: FactualityComponent
) -> None:
    text = "Officials said the rebels would evacuate the port by Friday."
    assert judged(nlp, component, text, ("said", "evacuate"), "0874").status == "planned"


def test_act_about_act_phrase_is_judged_at_its_head(
    nlp: Language, component: FactualityComponent
) -> None:
    text = "The rebels threatened to storm the port."
    assert judged(nlp, component, text, ("threatened", "storm"), "138").status == "occurred"


def test_material_phrase_with_object_noun(nlp: Language, component: FactualityComponent) -> None:
    text = "The teachers' union called a strike for next Tuesday."
    assert judged(nlp, component, text, ("called", "strike"), "143").status == "planned"


GOLD_TEST = Path(__file__).parents[1] / "data" / "factuality" / "test.jsonl"
# The component alone on the gold test split, each gold trigger word made the trigger: 0.992
# (rounds three and four).
COMPONENT_FLOOR = 0.99


@pytest.mark.slow
def test_component_on_the_gold_test_split(nlp: Language, component: FactualityComponent
                                          ) -> None:
    items = [json.loads(line) for line in GOLD_TEST.read_text(encoding="utf-8").splitlines()]
    right = 0
    for item, doc in zip(items, nlp.pipe([i["text"] for i in items]), strict=True):
        token = next(t for t in doc if t.idx <= item["trigger_start"] < t.idx + len(t))
        doc._.ew_triggers = [TriggerMatch(token.i, token.i + 1, token.i, "190", "gold", 1,
                                          token.pos_)]
        component(doc)
        right += doc._.ew_factuality[token.i].status == item["status"]
    assert right / len(items) >= COMPONENT_FLOOR


@pytest.mark.parametrize(("text", "word", "status"), [
    ("The central bank will not raise rates this year.", "raise", "negated"),
    ("The ruling coalition might collapse over the budget.", "collapse", "possible"),
    ("The referendum did not take place in the north.", "referendum", "negated"),
    ("Voters elected a new mayor on Sunday.", "elected", "occurred"),
])
def test_any_word_can_be_judged(nlp: Language, component: FactualityComponent, text: str,
                                word: str, status: str) -> None:
    """The component judges a word with no CAMEO code too (the event word given)."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert component.judge_word(token).status == status


def test_a_phrase_is_judged_with_its_own_verbs_cues(nlp: Language,
                                                    component: FactualityComponent) -> None:
    # "admit" is also a verb of saying, whose cues do not pass to a complement; in the phrase
    # "admit refugees" (judged at its object) they are the event's own.
    doc = nlp("Ghana will not admit refugees from Togo.")
    admit = next(t for t in doc if t.text == "admit")
    doc._.ew_triggers = [TriggerMatch(admit.i, admit.i + 2, admit.i, "075", "test", 1, "VERB")]
    component(doc)
    assert doc._.ew_factuality[admit.i].status == "negated"
