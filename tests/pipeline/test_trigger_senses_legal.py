"""Legal, parliamentary and critical senses: convictions and sentences of persons (173), court
rulings against a party (116), voters' ballots that are no cooperation, and harsh criticism that
is no refusal nor use of force: sentences written for these tests, coded by the whole pipeline
(the converted PETRARCH patterns included)."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.coded import codes_by_head


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


# (sentence, trigger head, code or None)
SENSES: list[tuple[str, str, str | None]] = [
    # a person convicted or sentenced is sanctioned with detention (173, codebook note of 116)
    ("A court in Lagos sentenced the journalist to four years in prison.", "sentenced", "173"),
    ("The former governor was sentenced to life on Friday.", "sentenced", "173"),
    ("The mayor was convicted of bribery last month.", "convicted", "173"),
    ("A jury convicted two police officers of assault.", "convicted", "173"),
    # voters casting a ballot express no intent to cooperate (030) with anyone
    ("Voters in the north voted to leave the union.", "voted", None),
    ("Most residents voted to keep the old flag.", "voted", None),
    # a court ruling against a party finds it liable (116); a party ruling something out does not
    ("A federal judge ruled against the railway company in the dispute.", "ruled", "116"),
    ("The party ruled against a coalition with the greens.", "ruled", None),
    # harsh criticism of a proposal is criticism (111), not a refusal (120)
    ("Union leaders blasted the minister's proposal on pensions.", "blasted", "111"),
    # taking aim at someone is criticism (111)
    ("The opposition leader took aim at the prime minister over rising prices.", "took", "111"),
    ("The senator takes aim at the governor's record in a new ad.", "takes", "111"),
    # insulting, vilifying, bashing, railing against or dismissing as is criticism (111)
    ("The senator insulted the Mexican president in a speech.", "insulted", "111"),
    ("He has been vilified by the opposition for years.", "vilified", "111"),
    ("Republicans bashed the president over the deal.", "bashed", "111"),
    ("The mayor railed against the new tax on fuel.", "railed", "111"),
    ("Critics dismissed the plan as a political stunt.", "dismissed", "111"),
    # an insult with no one insulting is how something was felt; dismissing an official stays 120
    ("The pardon was an insult to the victims.", "insult", None),
    ("The governor dismissed the police chief on Monday.", "dismissed", "120"),
    # a court blocking, staying or suspending a law or a decision rules on it: no coercion (170)
    # nor cut relations (160); police blocking a road still protest-block it (144)
    ("A district judge blocked the state's new voting law.", "blocked", None),
    ("The high court suspended the ministry's order to close the mosque.", "suspended", None),
    ("The appeals court stayed the deportation order.", "stayed", None),
    ("The ministry suspended its talks with the union.", "suspended", "164"),
    # admitting a charge appeals to no one (020); denying it is a denial (016), and pleading
    # with someone an appeal (here for a release, 0253)
    ("The former aide pleaded guilty to lying to investigators.", "pleaded", None),
    ("Both men pleaded not guilty at their first hearing.", "pleaded", "016"),
    ("The mother pleaded with the kidnappers to free her son.", "pleaded", "0253"),
    # reporters pressing someone on a question demand nothing (100); pressing a party to act
    # does (here a release, 1053)
    ("Pressed on whether she would quit, the senator smiled.", "Pressed", None),
    ("The envoy pressed Hanoi to release the bloggers.", "pressed", "1053"),
    # an appeal still pending in a court is no request made (020)
    ("The judge froze the order pending appeal.", "appeal", None),
]


@pytest.mark.parametrize(("text", "head", "code"), SENSES)
def test_sense_of_a_legal_vote_or_criticism_word(
    coder: Coder, text: str, head: str, code: str | None
) -> None:
    assert codes_by_head(coder, text).get(head) == code
