"""Material cooperation that the trigger dictionaries tell apart from force posture, meetings and
attacks by the object, the subject or the purpose phrase, on every bundled dictionary and the
real English model: sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.knowledge.patterns import PatternSet
from tests.coded import trigger_codes


@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        # Doctors, medical teams and rescuers sent are humanitarian aid (073), neither a
        # delegation sent to meet (036) nor forces deployed (154).
        ("Cuba sent forty doctors and nurses to Peru after the floods.", "073", None),
        ("Kenya dispatched a team of surgeons to the border town.", "073", "036"),
        ("Austria sent a team of medical experts to the stricken region.", "073", "036"),
        ("Spain deployed rescue teams to Morocco after the quake.", "073", "036"),
        ("Portugal sent medical personnel to Angola.", "073", "154"),
        # A team of negotiators is still a delegation, and personnel alone still forces.
        ("Egypt sent a team of negotiators to Doha.", "036", "073"),
        ("Moscow sent more personnel to the frontier.", "154", "073"),
        # Food or medicine flown or shipped into a place is aid, not a flight into it (154).
        ("Sweden flew medical supplies into Khartoum on Sunday.", "073", "154"),
        ("The agency shipped 400 tonnes of food to Sanaa.", "073", None),
        # Troops sent to or on a peacekeeping mission are peacekeepers provided (074).
        ("Ghana sent troops to the UN peacekeeping force in Lebanon.", "074", "154"),
        ("Nepal deployed soldiers to the peacekeeping operation in Haiti.", "074", "154"),
        # Peacekeepers deploying or arriving, even counted ("dozens of"), provide peacekeeping.
        ("Scores of Irish peacekeepers began deploying on Monday.", "074", "154"),
        ("A unit of Indian peacekeeping troops arrived in Juba.", "074", "042"),
        # Troops arriving somewhere are forces moved there, no visit (042); a minister's
        # arrival stays a visit.
        ("Hundreds of Polish soldiers arrived in Vilnius on Friday.", "154", "042"),
        ("The Indian foreign minister arrived in Dhaka on Monday.", "042", "154"),
        # Exercises held together by coordinated parties are military cooperation (062); one
        # side's drills near another are a show of force (150).
        ("Egypt and Greece held naval drills near Crete.", "062", "150"),
        ("Chile and Peru staged war games along the coast.", "062", "150"),
        ("France, Spain and Italy are taking part in an air exercise over Sardinia.", "062", None),
        ("China held military drills near Taiwan.", "150", "062"),
        # Fighters dropping their own weapons lay down arms (0873); bombs dropped attack (194).
        ("The militia leader dropped his weapons and gave himself up.", "0873", "194"),
        ("Jets dropped bombs on the depot.", "194", "0873"),
        # Ending, easing or scrapping curbs and restrictions eases them (081).
        ("Vietnam scrapped travel curbs on foreign visitors.", "081", None),
        ("The council ended restrictions on street vendors.", "081", None),
        # Opening one's borders to refugees takes them in (075), no diplomatic opening (050).
        ("Jordan opened its borders to refugees from the war.", "075", "050"),
        # Expelling aid workers or forcing them out expels aid agencies (1663), not individuals
        # deported (174); journalists expelled stay 174.
        ("Niger expelled humanitarian staff working for the charity.", "1663", "174"),
        ("The junta forced relief workers out of the region.", "1663", None),
        ("Niger expelled three French journalists.", "174", "1663"),
        # Peacekeepers withdrawn from a place are withdrawn peacekeepers (1661), no retreat.
        ("Fiji withdrew its peacekeepers from the border on Monday.", "1661", "0874"),
        # "let free" releases persons as "set free" does (0841).
        ("The junta let free twenty political prisoners.", "0841", None),
        # Weapons supplied with "with", given, donated or shipped are military aid (072), not
        # aid in general (070) nor material cooperation (060); other goods stay as they were.
        ("Canada will supply the militia with rifles and mortars.", "072", "070"),
        ("Norway equipped the coast guard with new patrol drones.", "072", None),
        ("Lithuania donated anti-tank missiles to Kyiv.", "072", None),
        ("Belarus gave the separatists rockets last spring.", "072", "060"),
        ("The firm will supply Brazil with cheap fertiliser.", "070", "072"),
        # Emptying a building or a station is a safety measure, no aid (073); evacuating
        # civilians from a war zone is aid.
        ("Two stations in Lyon were evacuated after the explosion.", None, "073"),
        ("Firefighters evacuated the hotel in Nice on Friday.", None, "073"),
        ("The agency evacuated four hundred civilians from the besieged town.", "073", None),
        # Funding a government's departments, a programme or a deficit, or boosting spending,
        # is budget policy, no economic aid (071); funding a group or a project stays aid.
        ("Lawmakers passed a stopgap bill to fund the government until March.", None, "071"),
        ("The ministry will be funded at last year's level.", None, "071"),
        ("Ottawa cannot say how it would fund its spending pledges.", None, "071"),
        ("The coalition wants to increase spending on schools.", None, "071"),
        ("Qatar funds several armed groups in the south.", "071", None),
        ("The Asian bank will finance construction of the Laotian railway.", "071", None),
        # Approving another party's request or application grants it (080), no praise (051).
        ("The Senegalese court approved the family's request for a retrial.", "080", "051"),
        ("Austria approved the Serbian application for a transit permit.", "080", "051"),
    ],
)
def test_material_sense(
    nlp: Language, everything: PatternSet, text: str, code: str | None, not_code: str | None
) -> None:
    found = trigger_codes(nlp, everything, text)
    assert code is None or code in found
    assert not_code is None or not_code not in found
