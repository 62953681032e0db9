"""Right event, right CAMEO code: the sense of a trigger set by its construction (what a verb's
object is called, who or what attacks and how, what is signed, who is arrested or seized, a
visit made or looked forward to). Sentences written for these tests, matched with every bundled
dictionary (the converted PETRARCH patterns included), each with a case of the other sense."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet
from eventwire.pipeline.triggers import match_triggers


def code_at(nlp: Language, patterns: PatternSet, text: str, head: str) -> str | None:
    """The code of the trigger whose head word is ``head`` (None: no trigger there)."""
    doc = nlp(text)
    found = {doc[m.head].text: m.code for m in match_triggers(doc, patterns)}
    return found.get(head)


CASES: list[tuple[str, str, str | None]] = [
    # calling someone out criticizes him in public (111), no appeal (020); calling out to
    # someone is shouting, and calling out the troops mobilizes them
    ("The governor called out the treasurer for misleading voters.", "called", "111"),
    ("The mayor was called out by her own party over the contract.", "called", "111"),
    ("The coach called out the league officials on live radio.", "called", "111"),
    ("The union called for talks with the mine owners.", "called", "026"),
    ("A woman called out to the soldiers from a window.", "called", None),
    ("The governor called out the troops to patrol the port.", "called", None),
    # calling something by a condemning word criticizes it (111), by a commending one praises
    # it (051); a plain name or quality is a statement (010)
    ("The minister called the raid an outrageous provocation.", "called", "111"),
    ("Officials called the new tariffs unfair and illegal.", "called", "111"),
    ("The opposition leader called the prime minister a disgrace.", "called", "111"),
    ("The envoy called the blockade utterly unacceptable.", "called", "111"),
    ("The senator called the ruling a victory for workers.", "called", "051"),
    ("The agency called the new rules a welcome step.", "called", "051"),
    ("The mayor called the incident a terrorist attack.", "called", "010"),
    ("The minister called the illegal raid a response to the blockade.", "called", "010"),
    # so does describing, branding, labelling or dubbing it so, with "as" or a second object
    ("The senator called the inquiry a witch hunt.", "called", "111"),
    ("The minister described the neighbouring state as a clear and present danger.",
     "described", "111"),
    ("The union branded the pension plan a disaster.", "branded", "111"),
    ("The council labelled the budget as a sham.", "labelled", "111"),
    ("The mayor was described as a disgrace by the union.", "described", "111"),
    ("The governor dubbed the new bridge a triumph of engineering.", "dubbed", "051"),
    ("The envoy described the talks as a historic breakthrough.", "described", "051"),
    ("The envoy described the region as a crossroads of cultures.", "described", "010"),
    # an attack made by words, or by an advertisement, a speech or a campaign, is criticism
    ("The senator attacked the governor, saying his plan would fail.", "attacked", "111"),
    ("The mayor attacked the council, calling its budget a fraud.", "attacked", "111"),
    ("Television ads attacking the candidate aired all week.", "attacking", "111"),
    ("The Democratic campaign attacking the senator spent millions.", "attacking", "111"),
    ("Gunmen attacked the convoy, killing four soldiers.", "attacked", "190"),
    ("Militants attacking the base were repelled.", "attacking", "190"),
    ("An air campaign attacking rebel positions began in March.", "attacking", "190"),
    # a formal agreement is signed (057), and a bill into law as PETRARCH's SIGN LAW has it; a
    # letter, a statement or a book is no agreement; a petition carries an appeal (020);
    # signing onto or off on something endorses it (051)
    ("The two countries signed a peace treaty in Oslo.", "signed", "057"),
    ("The ministers signed a memorandum of understanding on trade.", "signed", "057"),
    ("The agreement was signed in Geneva.", "signed", "057"),
    ("The president signed a letter to the governor about the floods.", "signed", None),
    ("The lawmakers signed a statement on the floods.", "signed", None),
    ("The author signed copies of his memoir for the crowd.", "signed", None),
    ("The governor signed the bill into law on Friday.", "signed", "057"),
    ("Forty lawmakers signed a petition for a new inquiry.", "signed", "020"),
    ("The entire leadership signed onto the counter offer.", "signed", "051"),
    ("Congress must sign off on the plan.", "sign", "051"),
    # persons are arrested (173), property is seized (1711)
    ("The king had his uncle arrested and executed.", "arrested", "173"),
    ("Police seized the ship and questioned its crew.", "seized", "1711"),
    ("Customs officers seized the cargo at the port.", "seized", "1711"),
    ("Troops seized the airport.", "seized", "192"),
    # a visit made is a visit (042); looking forward to meeting is an intent to meet (036),
    # to anything else an optimistic comment (013)
    ("The minister took up the offer by making a quick visit to Kabul.", "making", "042"),
    ("The envoy paid a visit to the refugee camp.", "paid", "042"),
    ("I look forward to meeting him next month.", "look", "036"),
    ("The president said he looked forward to talks with Beijing.", "looked", "036"),
    ("We look forward to a future of peace.", "look", "013"),
    # calling on or for a leader to resign or quit appeals for a change in leadership (0241)
    ("The farmers called for the governor to resign.", "called", "0241"),
    ("Students are calling for the dean to quit.", "calling", "0241"),
    ("Calls for the mayor to resign grew louder.", "Calls", "0241"),
    ("Critics called on the chairman to resign after the scandal.", "called", "0241"),
    ("The minister called for Europe to step up its support.", "called", None),
    ("The students called for the dean to step down.", "called", "0241"),
    ("Shareholders called on the chief executive to step aside.", "called", "0241"),
    ("Growing calls for the coach to step down divided the club.", "calls", "0241"),
    ("The board called on members to step up their donations.", "called", "020"),
    # a labour strike (143) by its construction: gone, being or staying on strike, a strike
    # by workers or over pay, a workforce's or a general strike, workers joining one; a strike
    # on or against a target, or from the air, stays force (19x)
    ("Thousands of bakers went on strike in the capital.", "strike", "143"),
    ("The port's crane operators have been on strike since June.", "strike", "143"),
    ("Hospital doctors remain on strike over pay.", "strike", "143"),
    ("A strike by nurses closed wards across the region.", "strike", "143"),
    ("A strike over pensions halted trains on Thursday.", "strike", "143"),
    ("The teachers' strike entered a second month.", "strike", "143"),
    ("An indefinite strike began at the mine.", "strike", "143"),
    ("Bus drivers joined the strike on Monday.", "joined", "143"),
    ("The navy carried out a strike on the rebel port.", "carried", "190"),
    ("A drone strike against the convoy killed three.", "strike", "195"),
    ("The missile strike on the depot came at dawn.", "strike", "195"),
    ("Britain joined the air strikes on the rebels.", "strikes", "195"),
    ("Miners went on strike against the pension reform.", "strike", "143"),
    ("The committee was briefed on strikes against the rebel camps.", "strikes", "190"),
    ("The committee was briefed on the drone strikes against the camps.", "strikes", "195"),
    ("The strike on the depot was a warning to the rebels.", "strike", "190"),
    # "on strike" is the bare idiom: a report on the strike is about some strike, no walkout.
    ("The general refused to comment on the strike that hit the depot.", "strike", "190"),
    # to recognize that something is so, or a need or a danger, acknowledges it: a statement
    # (010) or nothing, no diplomatic recognition (054)
    ("The two ministers recognized that the plan had failed.", "recognized", "010"),
    ("Officials recognise the plan will not work without more money.", "recognise", "010"),
    ("The council recognised the importance of the new bridge.", "recognised", None),
    ("Most member states recognized the new republic in June.", "recognized", "054"),
    ("The junta does not recognise the government in exile.", "recognise", "054"),
    # only a martial law is declared or imposed as emergency rule (1724); a law declared void
    # or imposed on a people is not (that is coercion, 170)
    ("The army declared martial law across the province.", "declared", "1724"),
    ("The generals imposed martial law after the coup.", "imposed", "1724"),
    ("The president declared a state of emergency in the north.", "declared", "1724"),
    ("The judges declared the new law unconstitutional.", "declared", "010"),
    ("The occupiers imposed their own law on the villages.", "imposed", "170"),
    # withdrawing from, pulling out of or leaving an agreement or an organisation reduces
    # relations (160); taking back one's own bill or candidacy is no event; troops withdraw (087x)
    ("The government announced it would withdraw from the trade pact.", "withdraw", "160"),
    ("The president vowed to withdraw from NATO.", "withdraw", "160"),
    ("The republic pulled out of the customs union last year.", "pulled", "160"),
    ("Voters chose to leave the bloc.", "leave", "160"),
    ("The minister withdrew the bill after a rebellion.", "withdrew", None),
    ("The nominee was withdrawn by the White House.", "withdrawn", None),
    ("The nomination was withdrawn on Friday.", "withdrawn", None),
    ("The senator withdrew from the race in March.", "withdrew", None),
    ("The mayor pulled out of the race after the scandal.", "pulled", None),
    ("The army withdrew its troops from the disputed border.", "withdrew", "0874"),
    ("The militia pulled out of the besieged town.", "pulled", "087"),
    # an executive order or a proclamation signed is no agreement between parties (057)
    ("The president signed an executive order on immigration.", "signed", None),
    ("The governor signed a proclamation honoring the veterans.", "signed", None),
    ("The two ministers signed an order for new trains.", "signed", None),
    ("The two ministers signed a border agreement.", "signed", "057"),
    # a country or a firm targeted with sanctions has them imposed on it (163), no force; a
    # participle saying whom a measure aims at is no act of its own
    ("Ottawa is targeting Oslo with fresh sanctions.", "targeting", "163"),
    ("The bloc targeted three Chilean banks with tariffs.", "targeted", "163"),
    ("Ottawa imposed tariffs on Oslo, targeting its fish exports.", "targeting", None),
    ("Gunmen targeted the police station in Mopti.", "targeted", "190"),
    # protesters who disrupt a ceremony or a speech dissent (140), no reduction of relations
    ("The inauguration was disrupted by demonstrators on Monday.", "disrupted", "140"),
    ("Activists interrupted the governor during the ceremony.", "interrupted", "140"),
    # submitting, sending or forwarding a report or a letter passes on a text: no yielding
    # (080) nor aid; submitting to a party still yields, and arms sent are still aid
    ("The auditors submitted their findings to the treasury.", "submitted", None),
    ("The council forwarded the inspector's report to the police.", "forwarded", None),
    ("The rebels submitted to the army in the end.", "submitted", "080"),
    ("Slovakia sent ammunition to the front.", "sent", "072"),
    # forces clearing a place of fighters fight them out (190), no expulsion (174)
    ("The brigade cleared four villages of insurgents.", "cleared", "190"),
    ("Marines cleared the district of Taliban fighters.", "cleared", "190"),
    ("The army cleared the town of its residents.", "cleared", "174"),
    # a firm offering flights sells them (no 030); a state offering talks intends to meet
    ("The airline will offer cheap flights from Oslo to Rome.", "offer", None),
    ("Iran offered talks to the European Union.", "offered", "036"),
    # abstaining from a vote yields nothing (080)
    ("France abstained from the vote on the resolution.", "abstained", None),
    # surrendering documents hands them over (no 0874); fighters surrendering yield
    ("The bank surrendered its records to the prosecutors.", "surrendered", None),
    ("The rebels surrendered to the army on Monday.", "surrendered", "0874"),
    # acknowledging or admitting a fact or a view is a statement (010); responsibility, a role,
    # a mistake or an attack of one's own acknowledged is 015
    ("The minister acknowledged that growth had been weak all year.", "acknowledged", "010"),
    ("The mayor admitted the budget was not an easy sell.", "admitted", "010"),
    ("The group acknowledged responsibility for the attack on the convoy.", "acknowledged",
     "015"),
    ("The ministry admitted its role in the failed raid.", "admitted", "015"),
    ("The commander conceded mistakes in the evacuation.", "conceded", "015"),
    # charging a fee, a price or a sum asks payment; charging someone with a crime is legal
    # action (173)
    ("The port authority charged a ten percent fee on every container.", "charged", None),
    ("The college began charging foreign students for tuition.", "charging", None),
    ("Prosecutors charged the former mayor with fraud.", "charged", "173"),
    ("Two officers were charged for their role in the beating.", "charged", "173"),
    # a call with reporters or investors is a statement to the public (010); a call with
    # another leader is a telephone consultation (041)
    ("The governor held a call with reporters after the vote.", "call", "010"),
    ("The bank hosted a conference call with investors on Friday.", "call", "010"),
    ("The chancellor held a call with the French president.", "call", "041"),
    # retaliating or hitting back with tariffs or sanctions imposes them (163), no force
    ("Beijing retaliated with tariffs on American farm goods.", "retaliated", "163"),
    ("Ottawa hit back with duties on steel from the United States.", "hit", "163"),
    ("The bloc struck back with sanctions against the regime.", "struck", "163"),
    ("The army retaliated with artillery fire on the border posts.", "retaliated", "194"),
    # announcing, unveiling or levying tariffs imposes them (163); announcing a review of them
    # is a statement (010)
    ("Beijing announced retaliatory tariffs on American soybeans.", "announced", "163"),
    ("Ottawa unveiled new duties on imported steel.", "unveiled", "163"),
    ("The ministry announced a review of the tariff schedule.", "announced", "010"),
]


@pytest.mark.parametrize(("text", "head", "code"), CASES)
def test_code_by_construction(
    nlp: Language, everything: PatternSet, text: str, head: str, code: str | None
) -> None:
    assert code_at(nlp, everything, text, head) == code
