"""The target of a verbal act is whom it is addressed to or about, never the speaker's place nor
an actor of what the speaker's words tell (``statement_targets.py``). Sentences written for these
tests, coded end to end."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def targets_of(events: list[Event], trigger: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in events if e.trigger.text == trigger}


def coded_targets(coder: Coder, text: str, trigger: str) -> set[str | None]:
    """The target codes of the events ``trigger`` gives when ``text`` is coded end to end."""
    return targets_of(coder.code(text, published="2024-03-01"), trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A second clause with its own subject is another act, not what was said.
        ("The Kenyan minister said the talks had ended, but Uganda was ready to return.", "said"),
        # An adverbial clause beside the verb of saying.
        ("The Kenyan minister spoke briefly on Monday, adding that Uganda had agreed.", "spoke"),
        # What an apposition or a modifying clause says of the reported subject in passing.
        ("The Kenyan minister said Omondi, a Ugandan farmer, had left the country.", "said"),
        ("The Kenyan minister said the decision to close the Ugandan border was wrong.", "said"),
        # A plain statement's subject: what it tells of the speaker, of those a pronoun stands
        # for or of those it names is not addressed to them (a demand on them is: below).
        ("The Kenyan minister met Ugandan farmers and said they had left the road.", "said"),
        # ... nor its named subject: a plain statement tells of it, not to it.
        ("The Kenyan minister said the Ugandan army had left the road.", "said"),
        ("The Kenyan president announced that Ugandan traders would be allowed back.",
         "announced"),
        # A clause on the object tells what the denied report said: Uganda is its actor.
        ("The Kenyan minister denied the report that the road had been sold to Uganda.",
         "denied the report"),
        # A relative clause on the statement's object tells another act, with its own actors.
        ("The Kenyan president announced a timetable that gives Ugandan traders more time.",
         "announced"),
        ("The Kenyan president told a crowd that included Ugandan traders that the road was open.",
         "told"),
        # The speaker's quoted words, outside any clause the verb reports.
        ('The Kenyan minister said in a statement: "Uganda. Always Uganda."', "said"),
        ('The Kenyan minister criticised the plan, calling it "a gift to Uganda".', "criticised"),
        # What the sentence says in passing of a speaker named after the verb.
        ('"The road is open," said Senator Jane Roe, a Georgia Republican who chairs the panel.',
         "said"),
        ('"The road is open," said the Kenyan minister, a close ally of the Ugandan president.',
         "said"),
        # Whom a report cites is where its information comes from, not whom it is addressed to.
        ("Kenyan radio, citing Ugandan officials, reported that the road had been closed.",
         "citing"),
    ],
)
def test_a_verbal_act_takes_no_target_from_what_its_words_tell(
    coder: Coder, text: str, trigger: str
) -> None:
    assert coded_targets(coder, text, trigger) == {None}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The Kenyan minister said in Parliament that the road was finished.", "said", {None}),
        ("The Kenyan president spoke at a rally in Kampala on Monday.", "spoke", {None}),
        ("The Kenyan minister said in the Parliament building that the road was finished.", "said",
         {None}),
        # The addressee stays; where he was addressed is no second target. (The reporters told
        # are of no country: ``audience_sectors`` of roles.yaml.)
        ("The Kenyan minister told reporters at the White House that the road was finished.",
         "told", {"MED"}),
    ],
)
def test_where_the_speaker_spoke_is_no_target(
    coder: Coder, text: str, trigger: str, expected: set[str | None]
) -> None:
    assert coded_targets(coder, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # The addressee, the subject of a quoted or indirect demand, the object of confidence.
        ("The Kenyan minister told Uganda that the road was finished.", "told", {"UGA"}),
        ('The Kenyan minister said that "Uganda must pay for the road."', "said", {"UGA"}),
        ("The Kenyan minister said Uganda would need to pay for the road.", "said", {"UGA"}),
        ("The Kenyan minister met Ugandan farmers and said they must leave the road.", "said",
         {"UGAAGR"}),
        ("The Kenyan minister met Ugandan farmers and insisted they leave the road.", "insisted",
         {"UGAAGR"}),
        ('The Kenyan minister said in a statement that "Uganda must pay for the road."', "said",
         {"UGA"}),
        ("The Kenyan minister expressed confidence in the Ugandan government.",
         "expressed confidence", {"UGAGOV"}),
        # An infinitive on the object is what is stated, not a relative clause told in passing.
        ("The Kenyan president expressed a willingness to talk to Uganda.",
         "expressed a willingness", {"UGA"}),
        ("The Kenyan minister said to the Ugandan ambassador that the road was finished.", "said",
         {"UGAGOV"}),
        ("The Kenyan minister criticised Uganda, saying the new tariffs were unfair.",
         "criticised", {"UGA"}),
    ],
)
def test_whom_a_verbal_act_is_addressed_to_or_about_stays_its_target(
    coder: Coder, text: str, trigger: str, expected: set[str | None]
) -> None:
    assert coded_targets(coder, text, trigger) == expected


def test_a_paragraph_break_after_an_odd_quotation_mark_quotes_nothing(coder: Coder) -> None:
    """A paragraph whose quotation marks do not pair up (a quote continued in the next
    paragraph's style) leaves the sentence after them unquoted, up to the break."""
    text = ('The Kenyan minister said: "The road is finished. "It cost a lot." The minister '
            'also voiced concern about the fighting in Uganda.\n\nAnd he called the plan "poor".')
    events = coder.code(text, published="2024-03-01")
    assert targets_of(events, "voiced concern") == {"UGA"}


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan newspaper, citing two Ugandan officials, reported that the road was finished.",
        "The Kenyan newspaper quoted a spokesman for the Ugandan army as saying the road was shut.",
        # nor is anyone named in what the source is quoted as saying
        "The Kenyan newspaper quoted officials as saying Uganda had paid for the road.",
    ],
)
def test_what_a_statement_cites_is_no_target(coder: Coder, text: str) -> None:
    """The cited are the statement's source, not whom it is addressed to."""
    events = coder.code(text, published="2024-03-01")
    cites = [e for e in events if e.trigger.text.startswith(("citing", "quoted"))]
    assert all(e.target is None for e in cites)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A meeting or a summit that dates a statement is no addressee, nor is its place.
        ("The Kenyan president said after a cabinet meeting at State House that the road was "
         "finished.", "said", {None}),
        ("The Kenyan minister told reporters following talks with Uganda that the road was "
         "finished.", "told", {"MED"}),
        ("The Kenyan minister spoke ahead of the summit with Uganda.", "spoke", {None}),
        ("The Kenyan minister told reporters before the summit with the Ugandan president "
         "that the road was finished.", "told", {"MED"}),
        # Named as the addressee, the actor stays the target whatever the time phrase.
        ("The Kenyan minister told Uganda after the summit that the road was finished.", "told",
         {"UGA"}),
    ],
)
def test_an_occasion_that_dates_a_statement_is_no_target(
    coder: Coder, text: str, trigger: str, expected: set[str | None]
) -> None:
    assert coded_targets(coder, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # The medium a statement was published or broadcast on is no addressee.
        ("The Kenyan senator issued a statement on his official website.", "issued a statement",
         {None}),
        ("The Kenyan minister said on state television that the road was finished.", "said",
         {None}),
        # Named as the addressee, a broadcaster stays the target; so does a statement's topic.
        ("The Kenyan minister told Ugandan television that the road was finished.", "told",
         {"UGAMED"}),
        ("The Kenyan minister issued a statement on Uganda.", "issued a statement", {"UGA"}),
    ],
)
def test_the_medium_of_a_statement_is_no_target(
    coder: Coder, text: str, trigger: str, expected: set[str | None]
) -> None:
    assert coded_targets(coder, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # The one who shares the podium of a joint news conference is no addressee.
        ("The Kenyan president said during a press conference with the Ugandan president that "
         "the road was finished.", "said", {None}),
        ("The Kenyan president told reporters at a joint news conference with the Ugandan "
         "president that the road was finished.", "told", {"MED"}),
        # A meeting with another is left as it was read: the statement may be made to him.
        ("The Kenyan president said at a meeting with the Ugandan president that the road was "
         "finished.", "said", {"UGAGOV"}),
    ],
)
def test_a_joint_news_conferences_partner_is_no_target(
    coder: Coder, text: str, trigger: str, expected: set[str | None]
) -> None:
    assert coded_targets(coder, text, trigger) == expected
