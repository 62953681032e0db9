"""Source and target from the parse: sentences written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.coded import pairs


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("Russia invaded Ukraine in 2014.", "19", {("RUS", "UKR")}),
        ("The village was shelled by Russian forces.", "19", {("RUSMIL", None)}),
        ("Ukraine was attacked by Russian forces.", "19", {("RUSMIL", "UKR")}),
        ("Russia's invasion of Georgia shocked Europe.", "19", {("RUS", "GEO")}),
        ("The EU imposed new sanctions on Iran.", "16", {("IGOEUREEC", "IRN")}),
        ("Vietnamese officials met Chinese diplomats in Hanoi.", "04", {("VNMGOV", "CHNGOV")}),
        ("Russia and China met in Beijing.", "04", {("RUS", "CHN"), ("CHN", "RUS")}),
        # Coordinated nationality adjectives on one noun are the two sides, not a side and a
        # target taken from the place.
        ("Kenyan and Somali officials met in Nairobi.", "04",
         {("KENGOV", "SOMGOV"), ("SOMGOV", "KENGOV")}),
        ("Greek and Turkish diplomats held talks in Athens.", "04",
         {("GRCGOV", "TURGOV"), ("TURGOV", "GRCGOV")}),
        # The place of a meeting or negotiation is its venue, not a party to it; a visit or an
        # attack "in" a place keeps the place as target.
        ("Peru held talks in Quito on Monday.", "04", {("PER", None)}),
        ("Peruvian envoys met in Quito.", "04", {("PERGOV", None)}),
        ("Rebels attacked a village in northern Mali.", "19", {("REB", "MLICVL")}),
        # The parties that agree to an exchange or a release are its sides.
        ("Peru and Chile agreed to a prisoner exchange.", "08", {("PER", "CHL"), ("CHL", "PER")}),
        ("Sudan agreed to the release of the detained Kenyan traders.", "08",
         {("SDN", "KENBUS")}),
        ("Germany agreed to send humanitarian aid to Ukraine.", "07", {("DEU", "UKR")}),
        ("Russian troops have massed on the border with Ukraine.", "15", {("RUSMIL", "UKR")}),
        ("India and Pakistan accused Afghanistan of harbouring militants.", "11",
         {("IND", "AFG"), ("PAK", "AFG")}),
        # The dative of a giving verb is the recipient, the direct object what was given.
        ("Japan gave Kenya two million dollars last year.", "07", {("JPN", "KEN")}),
        # What was mobilised is no target; the first actor after it is.
        ("France mobilised army reservists for a war against Mali.", "15", {("FRA", "MLI")}),
        ("Canada has reinforced its troops in Latvia.", "15", {("CAN", "LVA")}),
        # "its soldiers" are the source's own: the target is whom they are offered to.
        ("Turkey offered its soldiers to the Somali government.", "03", {("TUR", "SOMGOV")}),
        ("Egypt agreed to withdraw its troops from Yemen.", "08", {("EGY", "YEM")}),
        # The subject of a clause coordinated with the trigger or on it acts in that clause:
        # it is no target of the trigger's act.
        ("Rebels shelled the border post, and the garrison's commander vowed revenge.", "19",
         {("REB", None)}),
        ("Police detained the men after the mayor complained.", "11", {("GOV", None)}),
        # ... but the subject of an infinitive asked for is the one appealed to.
        ("Kenya called for the Ugandan minister to resign.", "02", {("KEN", "UGAGOV")}),
    ],
)


def test_roles(coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
               ) -> None:
    events = coder.code(text, published="2022-03-01")
    assert pairs(events, root) == expected, [(e.cameo.code, e.trigger.text, e.source, e.target)
                                              for e in events]


def test_talks_between_is_coded_both_ways(coder: Coder) -> None:
    events = coder.code("Talks between Moscow and Beijing resumed on Monday.",
                        published="2022-03-01")
    assert pairs(events, "04") == {("RUS", "CHN"), ("CHN", "RUS")}


def test_a_topic_after_between_is_not_a_third_side(coder: Coder) -> None:
    events = coder.code("The envoy said there had been no cooperation between Chile and Peru "
                        "on the Bolivia question.", published="2022-03-01")
    assert pairs(events, "05") == {("CHL", "PER"), ("PER", "CHL")}


@pytest.mark.parametrize("text", [
    "The Lebanese militant group Hezbollah attacked an army post.",
    "The Somali militant group al-Shabab attacked a hotel.",
])


def test_a_split_apposition_is_one_subject_not_two_sides(coder: Coder, text: str) -> None:
    """The parser may give a verb two subjects for "the militant group Hezbollah": one actor
    named twice, so one source, never a side acting on itself."""
    attacks = [e for e in coder.code(text, published="2022-03-01") if e.cameo.root == "19"]
    assert len({e.source.text for e in attacks if e.source}) == 1
    assert not any(e.source and e.target and e.source.code == e.target.code for e in attacks)


def test_condemning_an_attack_does_not_make_the_critic_the_attacker(coder: Coder) -> None:
    events = coder.code("Britain condemned the attack on Syria.", published="2022-03-01")
    attacks = [e for e in events if e.cameo.root in ("18", "19")]
    assert attacks and all(e.source is None for e in attacks)
    assert all(e.target and e.target.code == "SYR" for e in attacks)


def test_personal_pronoun_takes_the_nearest_person(coder: Coder) -> None:
    text = "Vladimir Putin arrived in Beijing on Friday. He met Xi Jinping and praised China."
    events = coder.code(text, published="2022-02-02")
    meeting = next(e for e in events if e.trigger.text == "met")
    assert meeting.source is not None
    assert (meeting.source.text, meeting.source.code) == ("He", "RUSGOV")
    assert meeting.source.name == "Vladimir Putin"
    assert text[meeting.source.start:meeting.source.end] == "He"


def test_personal_pronoun_in_its_own_sentence_is_the_persons_span(coder: Coder) -> None:
    text = "Emmanuel Macron said on Tuesday that he would send a frigate to the Red Sea."
    events = coder.code(text, published="2024-02-02")
    sent = [e for e in events if e.trigger.text.startswith("send")]
    assert sent and sent[0].source is not None
    assert (sent[0].source.text, sent[0].source.code) == ("Emmanuel Macron", "FRAGOV")


@pytest.mark.parametrize(("text", "word", "source"), [
    ("France asked Germany to send troops to Mali.", "send", "DEU"),
    ("Kenya urged Ethiopia to release the two journalists.", "release", "ETH"),
    ("Egypt vowed on Sunday to send troops to Libya.", "send", "EGY"),  # no object: subject's act
])
def test_an_open_complement_after_an_object_is_the_objects_act(
    coder: Coder, text: str, word: str, source: str
) -> None:
    acts = [e for e in coder.code(text, published="2022-03-01") if e.trigger.text.startswith(word)]
    assert acts and [e.source.code if e.source else None for e in acts] == [source] * len(acts)


def test_possessive_pronoun_and_no_antecedent(coder: Coder) -> None:
    text = "Angela Merkel visited Paris. Her talks with Emmanuel Macron focused on trade."
    events = coder.code(text, published="2015-02-02")
    talks = next(e for e in events if e.trigger.text == "talks")
    assert talks.source and talks.source.code == "DEUGOV"
    alone = coder.code("He met the rebels in the capital.", published="2015-02-02")
    assert all(e.source is None for e in alone)


def test_they_does_not_stand_for_one_country_of_a_pair(coder: Coder) -> None:
    """ "They" after "Russia and China" stands for both, never for the nearer one alone."""
    events = coder.code("Russia and China signed a deal. They also discussed Iran.",
                        published="2015-02-02")
    discussed = [e for e in events if e.trigger.text == "discussed"]
    assert discussed and {e.source.code if e.source else None for e in discussed} == {
        "RUS", "CHN"}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("The Dutch government condemned an attack by Belgian soldiers.", "11",
         {("NLDGOV", "BELMIL")}),
        ("France appealed for calm in Mali and Niger.", "02", {("FRA", "MLI"), ("FRA", "NER")}),
    ],
)


def test_first_actor_in_the_phrase_is_the_target(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert expected <= pairs(events, root), [(e.cameo.code, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a passive verb sharing its subject with an active one
        ("Germany criticised Iran and was condemned by Israel.", "11",
         {("DEU", "IRN"), ("ISR", "DEU")}),
        # the target named inside the passive subject's phrase
        ("A complaint against Serbia was filed by Croatia.", "11", {("HRV", "SRB")}),
    ],
)


def test_passive_roles(coder: Coder, text: str, root: str,
                       expected: set[tuple[str | None, str | None]]) -> None:
    assert pairs(coder.code(text, published="2022-03-01"), root) == expected


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("Canada helped Ukrainian soldiers.", "07", {("CAN", "UKRMIL")}),
        ("Canada helped Canadian farmers.", "07", {("CAN", None)}),
        ("Russia mobilised Russian reservists.", "15", {("RUS", None)}),
    ],
)


def test_foreign_object_of_aid_is_the_recipient(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert pairs(coder.code(text, published="2022-03-01"), root) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People in need as the direct object of an aid verb receive it, however many.
        ("Malta rescued thousands of migrants off Tunisia.", {("MLT", "REF")}),
        ("The Red Cross evacuated hundreds of civilians from Homs.", {("NGOHLHIRC", "CVL")}),
        # What was sent is no recipient.
        ("Chile sent aid workers to Bolivia.", {("CHL", "BOL")}),
    ],
)
def test_people_in_need_as_object_of_aid_are_the_recipients(
    coder: Coder, text: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert pairs(coder.code(text, published="2022-03-01"), "07") == expected


def test_people_a_force_posture_mobilises_are_no_recipients(coder: Coder) -> None:
    assert pairs(coder.code("The unions mobilized thousands of people.",
                            published="2022-03-01"), "15") == {("LAB", None)}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # the subject of the saying verb whose complement clause holds the pronoun
        ("Portugal said on Monday it would expel two Iranian diplomats.", "16",
         {("PRT", "IRNGOV")}),
        ("The rebels announced that they had freed twenty Peruvian soldiers.", "08",
         {("REB", "PERMIL")}),
        ("Ghanaian soldiers said Nigeria had attacked them.", "19", {("NGA", "GHAMIL")}),
        # a speaker named by a group noun its actor modifies ("Kenyan opposition members")
        ("Kenyan opposition members said they would free the Ugandan soldiers.", "08",
         {("KENOPP", "UGAMIL")}),
        # else the nearest preceding country, organisation or group, also one sentence back
        ("Kenya held elections in March. It sent food aid to Somalia last week.", "07",
         {("KEN", "SOM")}),
    ],
)


def test_group_pronouns_take_their_antecedent(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert pairs(events, root) == expected, [(e.cameo.code, e.source, e.target) for e in events]


def test_group_pronoun_in_its_own_sentence_is_the_antecedent_span(coder: Coder) -> None:
    text = "Portugal said on Monday it would expel two Iranian diplomats."
    expel = next(e for e in coder.code(text, published="2022-03-01") if e.cameo.root == "16")
    assert expel.source is not None and expel.source.text == "Portugal"


def test_group_pronouns_agree_in_number(coder: Coder) -> None:
    # "it" is not the plural "farmers", "they" not the singular "Spain"
    events = coder.code("Spanish farmers said it would attack the convoy.", published="2022-03-01")
    assert all(e.source is None for e in events if e.cameo.root == "19")
    events = coder.code("Spain said they would attack the convoy.", published="2022-03-01")
    assert all(e.source is None for e in events if e.cameo.root == "19")


def test_possessive_group_pronoun_is_not_its_own_target(coder: Coder) -> None:
    events = coder.code("Russia attacked its neighbour on Sunday.", published="2022-03-01")
    assert pairs(events, "19") == {("RUS", None)}


def test_relative_pronoun_stands_for_the_noun_it_modifies(coder: Coder) -> None:
    text = "Police found two Mexican soldiers who had been kidnapped by rebels."
    assert pairs(coder.code(text, published="2022-03-01"), "18") == {("REB", "MEXMIL")}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # An unqualified domestic actor facing a country's authorities is of that country.
        ("Kenyan police dispersed demonstrators in Nairobi on Friday.", "17",
         {("KENCOP", "KENOPP")}),
        ("Rebels rejected an appeal from the Colombian government on Monday.", "12",
         {("COLREB", "COLGOV")}),
        ("A Peruvian judge summoned the former minister for questioning.", "04",
         {("PERJUD", "PERELI")}),
        # ... also one whose code names a qualifier first (OPPMED, sector MED).
        ("Kenyan police raided an opposition newspaper in Nairobi.", "17",
         {("KENCOP", "KENOPPMED")}),
        # Two governments meet across borders; soldiers fight abroad.
        ("The French president welcomed the prime minister on Monday.", "04", {("FRAGOV", "GOV")}),
        ("American soldiers killed six militants on Sunday.", "19", {("USAMIL", "REB")}),
        # A state's missions and envoys serve abroad: they give no country and take none.
        ("Rebels stormed the Italian consulate on Sunday.", "19", {("REB", "ITAGOV")}),
        ("Protesters attacked the Dutch embassy after the vote.", "19", {("OPP", "NLDGOV")}),
        # A named outlet has its dictionary's country, none for an independent one; reporters
        # told something are of no country, arrested ones are the authorities' own.
        ("The Kenyan minister criticized the Financial Times on Monday.", "11",
         {("KENGOV", "MED")}),
        ("The Kenyan minister told reporters that the vote was fair.", "01", {("KENGOV", "MED")}),
        ("Kenyan police detained two journalists in Nairobi.", "17", {("KENCOP", "KENMED")}),
    ],
)


def test_domestic_actor_takes_the_country_of_its_authorities(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2022-03-01")
    assert pairs(events, root) == expected, [(e.cameo.code, e.source, e.target) for e in events]


def test_stative_participle_subject_is_the_source(coder: Coder) -> None:
    """"X is opposed to Y" states X's stance; "Y was opposed by X" is a true passive."""
    events = coder.code("Turkey is opposed to Qatari mediation in the dispute with Greece.",
                        published="2022-03-01")
    assert pairs(events, "12") == {("TUR", "QAT")}
    events = coder.code("The Qatari plan was opposed by Turkey on Monday.", published="2022-03-01")
    assert {p[0] for p in pairs(events, "12")} == {"TUR"}


def test_quantity_of_a_nationality_names_the_actor(coder: Coder) -> None:
    """"Thousands of Egyptian Copts": the modifier names the actor of the phrase; people named by
    nationality (and community) alone are the country's civilians."""
    events = coder.code("Thousands of Egyptian Copts protested against the new law on Friday.",
                        published="2022-03-01")
    assert {p[0] for p in pairs(events, "14")} == {"EGYCVL"}


def test_one_frame_per_trigger_and_pair(coder: Coder) -> None:
    """A recipient reached both as the dative and as another country's object gives one frame."""
    doc = coder.nlp("Japan will give Kenya a loan of two million dollars over three years.")
    keys = [(f.trigger.head, f.trigger.code, f.source, f.target) for f in doc._.ew_frames]
    assert keys and len(keys) == len(set(keys))


def test_participle_on_an_object_is_said_by_the_subject(coder: Coder) -> None:
    """"The rebels issued a statement demanding ...": the statement names no actor, its issuer
    demands; a participle on an actor ("protesters demanding") stays that actor's."""
    events = coder.code("The Rwandan rebels issued a statement demanding that the Kenyan "
                        "government release the prisoners.", published="2022-03-01")
    assert ("RWAREB", "KENGOV") in pairs(events, "10")
    events = coder.code("Police dispersed protesters demanding the resignation of the president.",
                        published="2022-03-01")
    assert {p[0] for p in pairs(events, "10")} == {"OPP"}


@pytest.mark.parametrize(("text", "root", "source"), [
    # Object control: the object of the governing verb does the embedded act.
    ("The council urged Iran to release the detained sailors.", "08", "IRN"),
    ("Washington asked Egypt to stop the air strikes.", "08", "EGY"),
    ("The African Union called on Kenya to withdraw its soldiers.", "08", "KEN"),
    # Subject control: nothing stands between the verb and its complement, or the verb is no
    # object-control verb.
    ("Iran agreed on Monday to release the detained sailors.", "08", "IRN"),
    ("Iran promised the council to release the detained sailors.", "08", "IRN"),
    ("Iran pledged in Geneva to release the detained sailors.", "08", "IRN"),
])


def test_embedded_act_is_done_by_its_controller(coder: Coder, text: str, root: str,
                                                source: str) -> None:
    events = [e for e in coder.code(text, published="2022-03-01") if e.cameo.root == root]
    assert events and {e.source.code if e.source else None for e in events} == {source}, [
        (e.cameo.code, e.trigger.text, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Serbia talked with Kosovo on Monday. The two sides agreed to meet again.",
    "Serbia met Kosovo in Brussels. Both sides agreed to meet again.",
])


def test_a_verbs_subject_and_object_are_a_pair(coder: Coder, text: str) -> None:
    events = coder.code(text, published="2022-03-01")
    agreed = pairs([e for e in events if e.trigger.text.startswith("agreed")], "03")
    assert agreed == {("SRB", "XKX"), ("XKX", "SRB")}, [
        (e.cameo.code, e.trigger.text, e.source, e.target) for e in events]


def test_a_pair_noun_without_a_country_takes_the_pair(coder: Coder) -> None:
    events = coder.code("Peru talked with Chile on Monday. The two governments signed a deal.")
    signed = pairs([e for e in events if e.trigger.text.startswith("signed")], "05")
    assert signed == {("PER", "CHL"), ("CHL", "PER")}, [
        (e.cameo.code, e.trigger.text, e.source, e.target) for e in events]


def test_conjoined_verbs_share_the_target_after_the_last(coder: Coder) -> None:
    """ "donated and delivered X to Y": Y receives both; a conjunct with a subject of its own
    shares nothing."""
    shared = coder.code("Volunteers donated and delivered blankets to Kenyan refugees.",
                        published="2022-03-01")
    assert pairs(shared, "07") == {(None, "KENREF")}
    apart = coder.code("Volunteers donated blankets, and the nurses delivered medicine to Kenyan "
                       "refugees.", published="2022-03-01")
    donated = [e for e in apart if e.trigger.text.startswith("donated")]
    assert donated and all(e.target is None for e in donated)


def test_an_actor_inside_a_passive_subject_is_the_target(coder: Coder) -> None:
    """ "a camp for X was attacked" reads as "attacked a camp for X": X is the target."""
    events = coder.code("A camp for Sudanese refugees was attacked by gunmen on Monday.",
                        published="2022-03-01")
    assert pairs(events, "19") == {("UAF", "SDNREF")}, [(e.cameo.code, e.target) for e in events]


def test_verb_of_saying_with_nothing_after_it_is_no_event(coder: Coder) -> None:
    """"..., the police said." attributes the clause before it; another verb with nothing
    after it is still an event ("resigned"). With the bundled conventions a trailing report
    of a coded event gives no plain comment even with a phrase after it ("said on Monday");
    PETRARCH's own setup codes that one (tests/pipeline/test_petrarch_constructs.py)."""
    said = coder.code("Kenyan troops attacked the rebels in Mombasa, the police said.")
    assert [e.cameo.root for e in said] == ["19"]
    dated = coder.code("Kenyan troops attacked the rebels in Mombasa, the police said on Monday.")
    assert sorted(e.cameo.root for e in dated) == ["19"]
    assert dated[0].attribution is not None and dated[0].attribution.text == "the police"
    assert [e.cameo.root for e in coder.code("Kenya's prime minister resigned.")] == ["08"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agentless passive attack: the place the fire came from is the source
        ("Mortar rounds were fired from Lebanon at the border post overnight.", "LBN"),
        ("Two rockets were launched at Haifa from Syria on Sunday.", "SYR"),
        # a "by" phrase names the attacker, not the place
        ("Shells were fired from Lebanon at the village by Syrian troops.", "SYRMIL"),
    ],
)
def test_an_agentless_passive_attack_comes_from_its_from_place(
    coder: Coder, text: str, expected: str
) -> None:
    sources = {source for source, _ in pairs(coder.code(text, published="2021-05-01"), "19")}
    assert sources == {expected}, sources


def test_a_from_place_is_no_source_outside_attacks(coder: Coder) -> None:
    events = coder.code("Forty students were abducted from Niger last year.",
                        published="2021-05-01")
    assert events and all(e.source is None for e in events), events


def test_a_passive_harm_takes_its_attacker_from_the_attack_that_caused_it(coder: Coder) -> None:
    events = coder.code("Four villagers were killed in a Turkish drone strike on Friday.",
                        published="2021-05-01")
    assert ("TUR", "CVL") in pairs(events, "19"), events
    # the strike's own target is the victims
    strikes = [e for e in events if e.trigger.text.endswith("strike")]
    assert strikes and strikes[0].target is not None and strikes[0].target.code == "CVL"


def test_a_passive_harm_takes_the_by_phrase_of_its_cause(coder: Coder) -> None:
    """The attack codes the harm (``harm_doubles``): its "by" phrase is the source, the
    victims of the passive harm verb its target."""
    events = coder.code("Two policemen were killed in an ambush by Somali rebels.",
                        published="2021-05-01")
    harm = [e for e in events if e.trigger.text == "ambush"]
    assert harm and harm[0].source is not None and harm[0].source.code == "SOMREB", events
    assert harm[0].target is not None and harm[0].target.text == "Two policemen", events


def test_a_place_in_the_phrase_of_a_passive_harm_is_no_attacker(coder: Coder) -> None:
    events = coder.code("Four villagers were killed in a Turkish-held town on Friday.",
                        published="2021-05-01")
    assert events and all(e.source is None for e in events), events


def test_a_country_compounded_onto_a_compound_names_the_phrase(coder: Coder) -> None:
    """ "The US Agriculture department": the parse hangs "US" on "Agriculture", which is
    compounded onto "department"; the department is the US's."""
    events = coder.code("The US Agriculture department has banned imports from Haiti.",
                        published="2019-05-01")
    assert ("USA", "HTI") in pairs(events, "16"), events


@pytest.mark.parametrize("text", [
    "Britain urged the Gulf states to give aid to Yemen.",
    "Britain called on the Gulf states to give aid to Yemen.",
])
def test_the_addressee_of_an_appeal_is_not_taken_from_the_act_asked_for(
        coder: Coder, text: str) -> None:
    """The object that is to act is the addressee; an actor of its act ("to Yemen") is the
    target of that act, not of the appeal."""
    events = coder.code(text, published="2022-03-01")
    appeals = [e for e in events if e.cameo.root == "02"]
    assert appeals and all(e.target is None for e in appeals)
    named = coder.code("Britain urged Oman to give aid to Yemen.", published="2022-03-01")
    assert ("GBR", "OMN") in pairs(named, "02")


def test_a_statement_is_not_addressed_to_an_actor_of_the_act_it_reports(coder: Coder) -> None:
    events = coder.code("The minister said the new rules would also apply to Kenya.",
                        published="2022-03-01")
    assert all(e.target is None for e in events if e.cameo.code == "010")
    # The reported clause's subject is what the statement is about, as PETRARCH reads it.
    about = coder.code("The Kenyan minister said Uganda had to pay for the road.",
                       published="2022-03-01")
    assert ("KENGOV", "UGA") in pairs(about, "01")


def test_an_actor_of_the_objects_act_in_a_gerund_phrase_is_no_target(coder: Coder) -> None:
    """"accused X of doing Y to Z": Z is the target of X's act, not of the accusation."""
    events = coder.code("The minister accused the campaign of offering false promises to "
                        "Kenyan farmers.", published="2022-03-01")
    accusations = [e for e in events if e.cameo.root == "11"]
    assert accusations and all(e.target is None or e.target.code != "KENAGR"
                               for e in accusations)
    # The subject's own means ("by telling X") keeps its addressee.
    told = coder.code("The minister answered the critics by telling Kenya that it would pay.",
                      published="2022-03-01")
    assert all(e.target is None or e.target.code == "KEN" for e in told)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a speaker says may come first: the quote is the statement's content.
        ('"The harbour will stay open," the Kenyan minister said.', {"010": ("KENGOV", None)}),
        ('"Our position has not changed," Putin told the Kenyan minister.',
         {"010": ("RUSGOV", "KENGOV")}),
        ("The harbour will stay open, the Kenyan minister said today.", {"010": ("KENGOV", None)}),
        # A trailing report of a coded act names the news source: the act is the event.
        ('"Rebels shelled the harbour," the Kenyan minister said.', {"194": ("REB", None)}),
        # A verb of saying with nothing said after or before it is no statement of its own.
        ("The Kenyan minister said so today.", {}),
        # An aside in the clause it reports: that clause is what was said.
        ("The harbour, the Kenyan minister said, will stay open.", {"010": ("KENGOV", None)}),
        ("The harbour \u2014 the Kenyan minister said \u2014 will stay open.",
         {"010": ("KENGOV", None)}),
    ],
)
def test_a_quote_before_the_verb_of_saying_is_what_is_said(
    coder: Coder, text: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    events = coder.code(text, published="2024-03-01")
    coded = {e.cameo.code: (e.source.code if e.source else None,
                            e.target.code if e.target else None) for e in events}
    assert coded == expected


def test_a_town_naming_where_another_act_happened_is_no_target(coder: Coder) -> None:
    # "the Mombasa bombing" says where the bombing was; the vow is aimed at no one named
    text = "Kenya vowed revenge on Tuesday after the Mombasa bombing."
    assert pairs(coder.code(text, published="2022-03-01"), "13") == {("KEN", None)}


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # who is withdrawn is the source's own: the place left is the target
        ("The UN withdrew its peacekeepers from Rwanda.", "16", {("IGOUNO", "RWA")}),
        ("Chad pulled its soldiers out of Niger.", "08", {("TCD", "NER")}),
        # expelling is no withdrawing: the people expelled are the target
        ("Kenya expelled two Somali diplomats.", "16", {("KEN", "SOMGOV")}),
    ],
)
def test_the_people_a_source_withdraws_are_no_target(
    coder: Coder, text: str, root: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert pairs(coder.code(text, published="2022-03-01"), root) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean troops are massed on the border with Peru.", {("CHLMIL", "PER")}),
    ("Hundreds of Bolivian soldiers were deployed along the frontier.", {("BOLMIL", None)}),
    # a "by" agent stays the source, and the forces it put in place its target
    ("Chilean troops were massed on the frontier by the Chilean government.",
     {("CHLGOV", "CHLMIL")}),
])
def test_forces_put_in_place_are_the_posture_s_own_side(coder: Coder, text: str,
                                                         expected: set) -> None:
    assert pairs(coder.code(text), "15") == expected
