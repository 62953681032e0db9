"""ew_dates on sentences parsed by the real English model, with a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline.context import set_published
from eventwire.pipeline.dates import (
    DatesComponent,
    make_dates,
)

PUBLISHED = date(2022, 2, 2)  # a Wednesday


@pytest.fixture(scope="module")
def component(nlp: Language) -> DatesComponent:
    return make_dates(nlp, "ew_dates")


def dates_of(
    nlp: Language, component: DatesComponent, text: str, published: date | None = PUBLISHED
) -> list[tuple[str, str, str]]:
    doc = set_published(nlp(text), published)
    component(doc)
    return [(doc[m.start:m.end].text, m.date, m.precision) for m in doc._.ew_dates]


CASES: list[tuple[str, str, str, str]] = [
    # weekdays: past context -> latest, future context -> next, same weekday -> that day
    ("Russian forces attacked on Tuesday.", "Tuesday", "2022-02-01", "day"),
    ("The leaders will meet on Friday.", "Friday", "2022-02-04", "day"),
    ("They met on Friday in Geneva.", "Friday", "2022-01-28", "day"),
    ("Putin is set to visit Minsk on Friday.", "Friday", "2022-02-04", "day"),
    ("Putin plans to meet Biden on Monday.", "Monday", "2022-02-07", "day"),
    ("The vote is scheduled for Sunday.", "Sunday", "2022-02-06", "day"),
    ("He is going to meet them on Thursday.", "Thursday", "2022-02-03", "day"),
    ("The ministers meet on Friday.", "Friday", "2022-02-04", "day"),
    ("Putin says on Tuesday that talks failed.", "Tuesday", "2022-02-01", "day"),
    ("The ministry said on Wednesday that troops withdrew.", "Wednesday", "2022-02-02", "day"),
    ("He met them last Wednesday.", "last Wednesday", "2022-01-26", "day"),
    ("They will talk again next Wednesday.", "next Wednesday", "2022-02-09", "day"),
    # a weekday of a shifted week
    ("The talks open on Friday next week.", "Friday next week", "2022-02-11", "day"),
    ("Rebels shelled the port on Tuesday of last week.", "Tuesday of last week", "2022-01-25",
     "day"),
    ("The court ruled on Monday morning this week.", "Monday morning this week", "2022-01-31",
     "day"),
    ("Shelling on Monday night killed two.", "Monday night", "2022-01-31", "day"),
    ("Tuesday's attack killed four soldiers.", "Tuesday", "2022-02-01", "day"),
    ("Putin to meet Xi on Friday, Kremlin says", "Friday", "2022-02-04", "day"),
    ("Talks that were meant to begin on Monday failed.", "Monday", "2022-01-31", "day"),
    # a bare weekday after a noun's infinitive dates the reporting verb over the noun
    ("The cabinet announced the decision to send troops Tuesday.", "Tuesday", "2022-02-01",
     "day"),
    ("The cabinet announced the decision to send troops on Friday.", "Friday", "2022-02-04",
     "day"),
    # a weekday before the noun it dates is the latest one, unless a future marker governs it
    ("A Monday statement from the ministry is best read as a warning.", "Monday", "2022-01-31",
     "day"),
    ("Tuesday's strikes are evidence of a new offensive.", "Tuesday", "2022-02-01", "day"),
    ("Six envoys will attend Friday's conference in Rome.", "Friday", "2022-02-04", "day"),
    # month and day
    ("Talks are set for February 4.", "February 4", "2022-02-04", "day"),
    ("Putin will meet Xi on Feb. 4.", "Feb. 4", "2022-02-04", "day"),
    ("The treaty was signed on 4 February.", "4 February", "2021-02-04", "day"),
    ("The summit took place on February 4, 2022.", "February 4, 2022", "2022-02-04", "day"),
    ("Protests began on 12 March 2021.", "12 March 2021", "2021-03-12", "day"),
    ("He spoke on Monday, January 31.", "Monday, January 31", "2022-01-31", "day"),
    ("The report is dated 2022-02-04.", "2022-02-04", "2022-02-04", "day"),
    ("On the 1st, rebels struck the town.", "On the 1st", "2022-02-01", "day"),
    # all-number dates and ranges of days
    ("The ceasefire of 1/15/2022 collapsed.", "1/15/2022", "2022-01-15", "day"),
    ("The ceasefire of 3/1/2022 holds.", "3/1/2022", "2022-03-01", "day"),
    ("Troops left on 25/01/2022.", "25/01/2022", "2022-01-25", "day"),
    ("The decree of 03.01.2022 was annulled.", "03.01.2022", "2022-01-03", "day"),
    ("The memo dated 2021/12/30 leaked.", "2021/12/30", "2021-12-30", "day"),
    ("Rebels attacked on 12/28/21.", "12/28/21", "2021-12-28", "day"),
    # a range is the smallest week, month or year that holds it, not its first day
    ("Talks will run Feb. 14-16 in Vienna.", "Feb. 14-16", "2022-02-14", "week"),
    ("Talks will run Feb. 18-21 in Vienna.", "Feb. 18-21", "2022-02-01", "month"),
    ("Talks ran from 4 to 6 March 2019 in Vienna.", "4 to 6 March 2019", "2019-03-04", "week"),
    ("Talks will run 14 to 16 February in Vienna.", "14 to 16 February", "2022-02-14", "week"),
    # relative days
    ("He left yesterday.", "yesterday", "2022-02-01", "day"),
    ("He arrives tomorrow.", "tomorrow", "2022-02-03", "day"),
    ("Talks start today.", "today", "2022-02-02", "day"),
    ("Rockets hit the city tonight.", "tonight", "2022-02-02", "day"),
    ("An attack last night killed two.", "last night", "2022-02-01", "day"),
    ("Two days ago he resigned.", "Two days ago", "2022-01-31", "day"),
    # weeks: the Monday of the week
    ("Troops massed on the border last week.", "last week", "2022-01-24", "week"),
    ("Talks resume next week.", "next week", "2022-02-07", "week"),
    ("Fighting this week killed ten.", "this week", "2022-01-31", "week"),
    ("He resigned three weeks ago.", "three weeks ago", "2022-01-10", "week"),
    # months: the first day
    ("Prices rose last month.", "last month", "2022-01-01", "month"),
    ("He visits Beijing next month.", "next month", "2022-03-01", "month"),
    ("Earlier this month, Russia moved troops.", "Earlier this month", "2022-02-01", "month"),
    ("Unrest broke out in early January.", "early January", "2022-01-01", "month"),
    ("Fighting erupted in mid-January.", "mid-January", "2022-01-01", "month"),
    # a month with a shifted year
    ("The rebels seized the port in March last year.", "March last year", "2021-03-01", "month"),
    ("The envoy resigned in late June of last year.", "late June of last year", "2021-06-01",
     "month"),
    ("Talks resume in May next year.", "May next year", "2023-05-01", "month"),
    ("The summit will be held in March.", "March", "2022-03-01", "month"),
    ("Protests began in March 2021.", "March 2021", "2021-03-01", "month"),
    # years
    ("They met in 2019.", "2019", "2019-01-01", "year"),
    ("Elections were held last year.", "last year", "2021-01-01", "year"),
    ("Elections are due next year.", "next year", "2023-01-01", "year"),
]


@pytest.mark.parametrize(("text", "span", "expected", "precision"), CASES)
def test_date_forms(
    nlp: Language, component: DatesComponent, text: str, span: str, expected: str,
    precision: str,
) -> None:
    assert (span, expected, precision) in dates_of(nlp, component, text)


def test_past_month_rolls_back_a_year(nlp: Language, component: DatesComponent) -> None:
    found = dates_of(nlp, component, "Rebels struck in December.", date(2022, 1, 15))
    assert found == [("December", "2021-12-01", "month")]


def test_a_month_day_before_its_noun_is_the_nearest_occurrence(
    nlp: Language, component: DatesComponent
) -> None:
    text = "He will never forgive the December 28 bombing of the embassy."
    found = dates_of(nlp, component, text, date(2022, 1, 10))
    assert ("December 28", "2021-12-28", "day") in found


def test_future_month_rolls_forward_a_year(nlp: Language, component: DatesComponent) -> None:
    found = dates_of(nlp, component, "Elections will be held in January.", date(2022, 11, 20))
    assert found == [("January", "2023-01-01", "month")]


def test_past_weekday_crosses_new_year(nlp: Language, component: DatesComponent) -> None:
    found = dates_of(nlp, component, "Police arrested him on Friday.", date(2022, 1, 3))
    assert found == [("Friday", "2021-12-31", "day")]


def test_without_publication_date_only_absolute_dates(
    nlp: Language, component: DatesComponent
) -> None:
    text = "Talks on February 4, 2022 followed clashes on Tuesday, last week and in January."
    assert dates_of(nlp, component, text, None) == [("February 4, 2022", "2022-02-04", "day")]
    assert dates_of(nlp, component, "They met in 2019.", None) == [("2019", "2019-01-01", "year")]
    assert dates_of(nlp, component, "Rebels attacked on 12/28/21.", None) == []


def test_a_date_past_the_calendar_ends_is_no_date_and_fails_nothing(
    nlp: Language, component: DatesComponent
) -> None:
    # Placeholder publication dates of databases (9999-12-31, 0001-01-01): what lies beyond
    # the calendar's ends is left undated, what lies within is dated.
    text = "They met last week and will meet again next year and tomorrow."
    late = dates_of(nlp, component, text, date(9999, 12, 31))
    assert ("last week", "9999-12-20", "week") in late
    assert all(found[0] not in ("next year", "tomorrow") for found in late)
    early = dates_of(nlp, component, text, date(1, 1, 1))
    assert all(found[0] != "last week" for found in early)
    assert ("next year", "0002-01-01", "year") in early


def test_a_year_after_to_alone_dates_the_clause(
        nlp: Language, component: DatesComponent) -> None:
    doc = set_published(nlp("The generals moved the election to 2023."), PUBLISHED)
    component(doc)
    (mention,) = doc._.ew_dates
    assert (mention.date, mention.noun) == ("2023-01-01", None)


@pytest.mark.parametrize("text", [
    "Russia may attack Ukraine.",
    "May attacks follow, analysts fear.",
    "Prime Minister Theresa May resigned.",
    "Some 2019 people died in the floods.",
    "The office is on the 4th floor.",
    "February 30, 2022 is not a day.",
    "Jan Kowalski spoke to reporters.",
    "Nobody said anything about it.",
    "Version 2.5.10 of the software shipped.",
    "The vote split 3/4/5 across districts.",
    "The date 13/13/2022 is not a day.",
    # a capitalised date phrase that is all of a quotation is a title
    'The senator told NBC\'s "Today" that the bill would pass.',
    "The senator told ABC's \u201cThis Week.\u201d",
])
def test_no_false_dates(nlp: Language, component: DatesComponent, text: str) -> None:
    assert dates_of(nlp, component, text) == []


def test_a_quoted_date_in_running_text_is_still_a_date(
        nlp: Language, component: DatesComponent) -> None:
    text = 'He said the talks "next week" would decide it, and "today" was calm.'
    assert [found for found, _, _ in dates_of(nlp, component, text)] == ["next week", "today"]


def test_mentions_are_ordered_and_disjoint(nlp: Language, component: DatesComponent) -> None:
    doc = set_published(nlp("On Monday, January 31, troops moved; two days ago more came."),
                        PUBLISHED)
    component(doc)
    spans = [(m.start, m.end) for m in doc._.ew_dates]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_factory_registers_component_and_extension() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("ew_dates")
    doc = blank("The report is dated 2022-02-04.")
    assert Doc.has_extension("ew_dates")
    assert [m.date for m in doc._.ew_dates] == ["2022-02-04"]


@pytest.mark.parametrize(("text", "year", "noun"), [
    ("Officials recalled the 1991 uprising in the south.", "1991", "uprising"),
    ("Kyiv never accepted Moscow's 2014 annexation of the peninsula.", "2014", "annexation"),
    # after "to", which is a cue of a year standing alone ("moved the vote to 2023")
    ("The bank warned of a sharp cut to 2023 profits.", "2023", "profits"),
])
def test_a_year_between_a_determiner_and_its_noun_dates_only_that_noun(
    nlp: Language, component: DatesComponent, text: str, year: str, noun: str
) -> None:
    doc = set_published(nlp(text), PUBLISHED)
    component(doc)
    (mention,) = doc._.ew_dates
    assert (mention.date, mention.precision) == (f"{year}-01-01", "year")
    assert mention.noun is not None and doc[mention.noun].text == noun


def test_a_year_before_a_plural_noun_without_a_determiner_is_not_a_date(
    nlp: Language, component: DatesComponent
) -> None:
    assert dates_of(nlp, component, "Police said 2019 people were detained.") == []


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("In the 1990s, the militia burned three villages.", "1990s", "1990-01-01"),
    ("Strikes in the early 1970s shut the ports.", "early 1970s", "1970-01-01"),
])
def test_a_decade_is_its_first_year(
    nlp: Language, component: DatesComponent, text: str, span: str, expected: str
) -> None:
    assert dates_of(nlp, component, text) == [(span, expected, "year")]


@pytest.mark.parametrize(("text", "span", "expected", "precision"), [
    # from the nearest earlier date of the text
    ("Troops crossed the river on 12 January and took the bridge the following day.",
     "the following day", "2022-01-13", "day"),
    ("The mayor resigned on January 20. The next day, his deputy was arrested.",
     "The next day", "2022-01-21", "day"),
    ("The strike began in March 2021 and ended three months later.", "three months later",
     "2021-06-01", "month"),
    ("The treaty was signed on 10 January; talks had opened a week earlier.", "a week earlier",
     "2022-01-03", "week"),
    ("The council met on 14 January and again the same day in Lyon.", "the same day",
     "2022-01-14", "day"),
    # without an anchor, a shift back counts from publication
    ("The minister had resigned the previous day.", "the previous day", "2022-02-01", "day"),
])
def test_a_date_named_from_an_earlier_one(
    nlp: Language, component: DatesComponent, text: str, span: str, expected: str,
    precision: str
) -> None:
    assert (span, expected, precision) in dates_of(nlp, component, text)


def test_an_anchored_date_needs_a_precise_enough_anchor_or_a_shift_back(
    nlp: Language, component: DatesComponent
) -> None:
    # a month does not give the day after it; a coming day without an anchor is unknown
    found = dates_of(nlp, component, "Rebels massed in March and attacked the following day.")
    assert [span for span, _, _ in found] == ["March"]
    assert dates_of(nlp, component, "Two days later the army retook the town.") == []


@pytest.mark.parametrize(("text", "span", "expected"), [
    # a present-tense clause does not make the date of a noun it follows a coming one
    ("Kyiv is still angry about the remarks in late January.", "late January", "2022-01-01"),
    ("The opposition disputes the result of the vote on Monday.", "Monday", "2022-01-31"),
    # a future marker still does, and a date on the verb keeps the clause's tense
    ("Envoys will attend the summit in March.", "March", "2022-03-01"),
    ("The ministers meet in March.", "March", "2022-03-01"),
])
def test_a_date_after_a_noun_is_placed_by_the_noun_not_a_present_tense(
    nlp: Language, component: DatesComponent, text: str, span: str, expected: str
) -> None:
    found = dates_of(nlp, component, text)
    assert (span, expected) in [(s, d) for s, d, _ in found]


@pytest.mark.parametrize(("text", "limit"), [
    ("The truce will hold until March.", True),
    ("Sanctions stay in force through 2023.", True),
    ("The parties must agree by Friday.", True),
    ("Troops must leave by the end of next month.", True),
    ("The vote has to take place before 30 June.", True),
    ("Iran rejected the deadline of June 30.", True),
    ("Iran rejected a June 30 deadline.", True),
    ("The rebels attacked the town on Friday.", False),
    ("Protesters gathered before Monday's vote.", False),
])
def test_a_limit_is_marked(
    nlp: Language, component: DatesComponent, text: str, limit: bool
) -> None:
    doc = set_published(nlp(text), PUBLISHED)
    component(doc)
    (mention,) = doc._.ew_dates
    assert mention.limit is limit


@pytest.mark.parametrize(("text", "span", "expected"), [
    # "set", "plan" as the act itself, in the past, are no scheduling words
    ("On Monday, gunmen set fire to a bus in the port.", "Monday", "2022-01-31"),
    ("Rebels planned the raid on Monday.", "Monday", "2022-01-31"),
    # a verb whose past and present are one has no tense of its own: a weekday is the latest
    ("We cut aid to the rebels on Monday.", "Monday", "2022-01-31"),
    # scheduling words still make the act they announce a coming one
    ("The talks are set to resume on Friday.", "Friday", "2022-02-04"),
    ("The vote was scheduled for Friday.", "Friday", "2022-02-04"),
    ("The envoy plans to visit Kabul on Friday.", "Friday", "2022-02-04"),
])
def test_a_scheduling_verb_schedules_only_what_it_announces(
        nlp: Language, component: DatesComponent, text: str, span: str, expected: str) -> None:
    found = {words: day for words, day, _ in dates_of(nlp, component, text)}
    assert found.get(span) == expected, found


@pytest.mark.parametrize("text", [
    # "today" meaning "nowadays": a simple present, a noun of an era, a proper noun's possessive
    "Europe today faces its worst energy crisis in decades.",
    "Few young voters in the world today trust the old parties.",
    "The leaders of today's Germany rejected the plan.",
    "Critics said today's youth ignored the election.",
    # a capitalised "Today" after a lower-case word is a programme's name
    "The minister told Today that the plan was dead.",
    # a month that is a person's name before a possessive; the year of a named instrument
    "Two ministers quit May's cabinet over the deal.",
    "The fund broke the Investment Advisers Act of 1940, regulators said.",
])
def test_today_as_nowadays_is_no_date(
        nlp: Language, component: DatesComponent, text: str) -> None:
    assert dates_of(nlp, component, text) == []


@pytest.mark.parametrize("text", [
    "Protesters blocked the main road today.",
    "The talks start today.",
    "Today the minister resigned.",
    "The parliament will vote on the budget today.",
    "Critics condemned today's vote in the parliament.",
])
def test_today_as_the_publication_day_is_kept(
        nlp: Language, component: DatesComponent, text: str) -> None:
    assert [(found.lower(), day) for found, day, _ in dates_of(nlp, component, text)] == [
        ("today", "2022-02-02")]


@pytest.mark.parametrize(("text", "limit"), [
    ("The minister welcomed the quick count, unlike in 2015.", True),
    ("Fewer pilgrims came than in 2019.", True),
    ("Unlike last year, the count was quick.", True),
    ("Exports fell sharply compared with last year.", True),
    # a quantity is no comparison of dates
    ("The envoy resigned more than a month ago.", False),
    ("The count was quick in 2015.", False),
])
def test_a_compared_date_dates_no_act(
        nlp: Language, component: DatesComponent, text: str, limit: bool) -> None:
    doc = set_published(nlp(text), PUBLISHED)
    component(doc)
    (mention,) = doc._.ew_dates
    assert mention.limit is limit


@pytest.mark.parametrize(("text", "expected"), [
    # an infinitive of purpose takes the tense of the verb it serves
    ("The senator, who sat down with her rival to talk about taxes Monday, praised the deal.",
     "2022-01-31"),
    ("The envoy will fly to Kabul to meet the rebels on Monday.", "2022-02-07"),
    # a headline's bare infinitive is a coming act
    ("Envoy to meet the rebels on Monday.", "2022-02-07"),
])
def test_an_infinitive_of_purpose_takes_the_tense_of_its_verb(
        nlp: Language, component: DatesComponent, text: str, expected: str) -> None:
    (found,) = dates_of(nlp, component, text)
    assert found[1] == expected


def test_a_date_of_a_noun_in_a_comparison_dates_that_noun_only(
        nlp: Language, component: DatesComponent) -> None:
    text = "Unlike the budget speech of March 2020, the new speech offered hope."
    doc = set_published(nlp(text), PUBLISHED)
    component(doc)
    (mention,) = doc._.ew_dates
    assert (mention.date, mention.limit) == ("2020-03-01", False)
    assert mention.noun is not None and doc[mention.noun].text == "speech"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the infinitive of a request or an order is of a coming time
    ("The envoy urged both sides to hold talks on Friday.", "Friday", "2022-02-04"),
    ("The judge ordered him to appear in court on Thursday.", "Thursday", "2022-02-03"),
    ("The union called on workers to strike on Monday.", "Monday", "2022-02-07"),
    # not the request itself
    ("The envoy urged both sides on Monday to hold talks.", "Monday", "2022-01-31"),
])
def test_a_requested_act_takes_a_coming_day(
    nlp: Language, component: DatesComponent, text: str, phrase: str, expected: str
) -> None:
    found = {t: d for t, d, _ in dates_of(nlp, component, text)}
    assert found[phrase] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the span that ends at publication, not the calendar period: the unit that holds it
    # (``date_spans``), none across a new year
    ("Rebels have attacked the town twice in the past week.", [("the past week", "2022-01-01",
                                                                  "year")]),
    ("Prices rose sharply during the past year.", []),
])
def test_the_span_that_ends_at_publication_is_the_unit_that_holds_it(
    nlp: Language, component: DatesComponent, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dates_of(nlp, component, text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "last" is the latest month over before publication: this year's June in July, last
    # year's July in July
    ("Rebels attacked the town last June.", date(2024, 7, 10), "2024-06-01"),
    ("Rebels attacked the town last July.", date(2024, 7, 10), "2023-07-01"),
    ("The deal signed last March still holds.", date(2024, 2, 20), "2023-03-01"),
    # "next" the first month to begin after publication, "this" the publication year's
    ("The minister will visit Cairo next August.", date(2024, 7, 10), "2024-08-01"),
    ("The minister will visit Cairo next July.", date(2024, 7, 10), "2025-07-01"),
    ("Rebels attacked the town this June.", date(2024, 7, 10), "2024-06-01"),
])
def test_a_shift_word_places_a_month(
    nlp: Language, component: DatesComponent, text: str, published: date, expected: str
) -> None:
    found = dates_of(nlp, component, text, published)
    assert [(d, p) for _, d, p in found] == [(expected, "month")]


@pytest.mark.parametrize(("text", "expected"), [
    # on a Sunday, the last day of its week, a coming act "this week" is of the week to come
    ("The two leaders will meet in Geneva this week.", "2022-02-07"),
    ("The two leaders will meet in Geneva later this week.", "2022-02-07"),
    ("The two leaders met in Geneva this week.", "2022-01-31"),
])
def test_this_week_of_a_coming_act_on_a_sunday_is_the_week_to_come(
    nlp: Language, component: DatesComponent, text: str, expected: str
) -> None:
    found = dates_of(nlp, component, text, date(2022, 2, 6))
    assert [(d, p) for _, d, p in found] == [(expected, "week")]


def test_a_shift_without_the_is_the_calendar_period(
    nlp: Language, component: DatesComponent
) -> None:
    found = dates_of(nlp, component, "Rebels attacked the town last week.")
    assert found == [("last week", "2022-01-24", "week")]
