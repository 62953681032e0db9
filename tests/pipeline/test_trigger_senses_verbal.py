"""Senses of force, release and giving words that name a verbal act or no event, questions that
are no appeal, and aid that needs an actor giving it: sentences written for these tests, coded
by the whole pipeline (the converted PETRARCH patterns included)."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.coded import codes_by_head


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()



# (sentence, trigger head, code or None)
SENSES: list[tuple[str, str, str | None]] = [
    # attacking a plan, a record or a person as something is criticism (111)
    ("The governor attacked the tax plan as reckless.", "attacked", "111"),
    ("The senator attacked his rival as a coward.", "attacked", "111"),
    ("Critics attacked the mayor over her handling of the floods.", "attacked", "111"),
    ("The candidate attacked his opponent's record on crime.", "attacked", "111"),
    ("The party's attacks on the budget grew sharper.", "attacks", "111"),
    ("The challenger attacked the governor's words on trade.", "attacked", "111"),
    ("Union leaders attacked the lies in the company's statement.", "attacked", "111"),
    ("The senator attacked her rival over his ties to the banking lobby.", "attacked", "111"),
    ("The columnist attacked the minister's credibility.", "attacked", "111"),
    # force stays force
    ("Troops attacked the border post as part of a wider offensive.", "attacked", "190"),
    ("Gunmen attacked the convoy over the weekend.", "attacked", "190"),
    ("The rebels' attack on the garrison killed nine soldiers.", "attack", "190"),
    # defending someone's involvement, efforts or system, or defending them over or against
    # claims, is defending them verbally (052); troops defending a place are not
    ("The minister defended Ankara's involvement in the talks.", "defended", "052"),
    ("The envoy defended his country's efforts to curb smuggling.", "defended", "052"),
    ("The senator defended the president against allegations of fraud.", "defended", "052"),
    ("The premier defended the police over complaints of brutality.", "defended", "052"),
    ("Soldiers defended the base against an attack by the rebels.", "defended", None),
    # violating a ban, an embargo or a curfew defies it (128)
    ("The trawler violated a ban on fishing in the bay.", "violated", "128"),
    ("Two tankers violated the embargo on the island.", "violated", "128"),
    # releasing a publication frees no one (084)
    ("Prepared remarks released by the ministry praised the police.", "released", None),
    ("The senators will release the principles of the bill this week.", "release", None),
    ("The campaign released a television advertisement on Monday.", "released", None),
    ("A survey released last month by the bank found that prices rose.", "released", None),
    ("The findings were released on Monday.", "released", None),
    ("The party released three radio commercials.", "released", None),
    ("Rebels released two hostages on Friday.", "released", "0841"),
    ("The prisoners were released on Monday.", "released", "0841"),
    # killing a bill or a deal stops it: no one is killed (190)
    ("Senate leaders killed the bill on Friday.", "killed", None),
    ("The militants killed the mayor of the town.", "killed", "190"),
    # giving a chance, an ovation or a picture hands over nothing material (060)
    ("The delegates gave the former leader a standing ovation.", "gave", None),
    ("The inquiry has provided a clearer picture of the plot.", "provided", None),
    ("Japan gave Nepal two field hospitals.", "gave", "060"),
    # a quoted direct question before "asked" is a question, no appeal (020)
    ('"Where did the money go?" the senator asked.', "asked", None),
    ('"Is the border safe?" asked a reporter.', "asked", None),
    ('"Leave the square now," the mayor asked.', "asked", "020"),
    ("The mayor asked the police to leave the square.", "asked", "020"),
    # aid needs an actor giving it (070)
    ("The money will help schools hire more teachers.", "help", None),
    ("The new rules will help farmers.", "help", None),
    ("France will help Mali rebuild its army.", "help", "070"),
    # offering a vision, a choice or an endorsement offers nothing to anyone (030): a
    # statement (010) or an endorsement (051); an offer of a deal stays an offer
    ("The premier's speech offered a vision for ties with Peru.", "offered", "010"),
    ("The candidate offered voters a stark choice between two paths.", "offered", "010"),
    ("The Danish minister offered a warm endorsement of the treaty.", "offered", "051"),
    ("Turkey offered Syria a deal on water.", "offered", "030"),
]


@pytest.mark.parametrize(("text", "head", "code"), SENSES)
def test_sense_of_a_force_release_or_help_word(
    coder: Coder, text: str, head: str, code: str | None
) -> None:
    assert codes_by_head(coder, text).get(head) == code
