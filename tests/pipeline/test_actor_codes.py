"""The code of a composed actor (``actor_codes.py``) on the real English model: offices stated
in the text, organisations' sectors and suffixes, multi-sector agent codes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.pipeline.actors import ActorsComponent
from eventwire.pipeline.context import set_published
from eventwire.pipeline.mentions import ActorMention

Run = Callable[..., list[tuple[str, ActorMention]]]
DAY = date(2022, 2, 2)


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    component = nlp.create_pipe("ew_actors")
    assert isinstance(component, ActorsComponent)

    def _run(text: str, on: date | None = DAY) -> list[tuple[str, ActorMention]]:
        doc = component(set_published(nlp(text), on))
        return [(doc[m.start : m.end].text, m) for m in doc._.ew_actors]

    return _run


def codes(run: Run, text: str, on: date | None = DAY) -> dict[str, str | None]:
    return {span: mention.code for span, mention in run(text, on)}


@pytest.mark.parametrize(
    ("span", "code", "sector"),
    [
        ("UN refugee agency", "IGOUNOREFHCR", "REF"),
        ("Red Cross", "NGOHLHIRC", "HLH"),
        ("World Bank", "IGOUNODEVWBK", "DEV"),
        # No field of work in the code: the organisation's kind stays.
        ("United Nations", "IGOUNO", "IGO"),
        # A sector word's own sector stays.
        ("UN troops", "IGOUNOMIL", "MIL"),
    ],
)
def test_an_organisation_has_its_field_of_work_as_sector(
    run: Run, span: str, code: str, sector: str
) -> None:
    text = ("The UN refugee agency, the Red Cross and the World Bank asked the United Nations "
            "for UN troops.")
    mention = dict(run(text))[span]
    assert (mention.code, mention.country, mention.sector) == (code, None, sector)


def test_multi_sector_agent_codes_keep_a_three_letter_sector(run: Run) -> None:
    mentions = dict(run("Buddhist students marched.", DAY))
    student = mentions["Buddhist students"]
    assert student.code == "BUDEDU" and student.sector == "BUD"


def test_opposition_qualifies_the_sector_after_it(run: Run) -> None:
    """OPP in a multi-sector code is the secondary sector (PLOVER's sector table): an
    opposition newspaper is media, its code keeps both."""
    mentions = dict(run("The opposition newspaper interviewed opposition leaders.", DAY))
    paper = mentions["opposition newspaper"]
    assert (paper.code, paper.sector) == ("OPPMED", "MED")
    assert mentions["opposition leaders"].sector == "OPP"


def test_international_organisation_takes_an_agent_suffix(run: Run) -> None:
    found = codes(run, "African Union troops and Red Cross officials reached the camp.")
    assert found.get("African Union troops") == "IGOAFRAFUMIL"
    assert found.get("Red Cross officials") == "NGOHLHIRC"


def test_group_with_a_sector_of_its_own_keeps_it(run: Run) -> None:
    """The bundled setup suffixes agents to IGO/NGO codes only: a group's fighters are the
    group (PETRARCH's own composition, ``agent_suffixes``, is tested on toy dictionaries)."""
    found = codes(run, "Kurdish peshmerga fighters crossed the river.")
    assert found.get("Kurdish peshmerga fighters") == "IRQMIL"


@pytest.mark.parametrize(
    ("text", "on", "span", "code"),
    [
        # the dated role has him out of office, the title in the text says otherwise
        (
            "President Donald Trump signed the order.",
            date(2022, 5, 1),
            "President Donald Trump",
            "USAGOV",
        ),
        (
            "President Volodymyr Zelensky toured the front.",
            date(2018, 5, 1),
            "President Volodymyr Zelensky",
            "UKRGOV",
        ),
        (
            "Former president Joe Biden spoke.",
            date(2023, 5, 1),
            "Former president Joe Biden",
            "USAELI",
        ),
    ],
)
def test_written_office_wins_over_the_dated_role(
    run: Run, text: str, on: date, span: str, code: str
) -> None:
    assert codes(run, text, on).get(span) == code


def test_intergovernmental_officials_are_its_executive(run: Run) -> None:
    """An IGO's spokesman or secretary-general and its Security Council are sector GOV; the code
    stays the organisation's; the organisation alone stays IGO and its troops MIL."""
    found = dict(run("A UN spokesman said the Security Council would meet on Monday."))
    assert (found["UN spokesman"].code, found["UN spokesman"].sector) == ("IGOUNO", "GOV")
    assert found["Security Council"].sector == "GOV"
    assert dict(run("The United Nations said NATO troops left."))["United Nations"].sector == "IGO"
    assert dict(run("NATO troops left the base."))["NATO troops"].sector == "MIL"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The president of the union called a strike.", "president of the union", "LAB"),
        ("The union's president called a strike.", "union's president", "LAB"),
        ("The firm's vice president resigned on Friday.", "firm's vice president", "BUS"),
    ],
)
def test_a_president_of_a_body_has_the_body_sector(
    run: Run, text: str, span: str, code: str
) -> None:
    assert codes(run, text).get(span) == code


@pytest.mark.parametrize(
    ("text", "span", "code", "sector"),
    [
        ("The president of Oxfam visited the camp.", "president of Oxfam", "NGOXFM", "NGO"),
        ("The Red Cross president visited the camp.", "Red Cross president", "NGOHLHIRC", "HLH"),
        ("The chief executive of Oxfam visited the camp.", "chief executive of Oxfam",
         "NGOXFM", "NGO"),
        ("The CEO of Amnesty International visited the camp.",
         "CEO of Amnesty International", "NGOHRIAMN", "HRI"),
        # An intergovernmental body's president holds an office in it (its executive).
        ("The president of the European Commission visited the camp.",
         "president of the European Commission", "IGOEUREECGOV", "GOV"),
    ],
)
def test_the_head_of_a_known_organisation_outside_the_state_is_the_organisation(
    run: Run, text: str, span: str, code: str, sector: str
) -> None:
    """No office of state (GOV) is appended to an NGO's code for its president or chief."""
    mention = dict(run(text))[span]
    assert (mention.code, mention.sector) == (code, sector)


def test_a_body_outside_the_state_after_its_country_keeps_its_kind_as_sector(run: Run) -> None:
    """Country + NGO is a sector too (not a Phoenix region suffix, which is none)."""
    found = dict(run("A Kenyan think tank and the president of the Ohio Farmers Association "
                     "visited Rafah."))
    assert (found["Kenyan think tank"].code, found["Kenyan think tank"].sector) == ("KENNGO", "NGO")
    head = found["president of the Ohio Farmers Association"]
    assert (head.code, head.sector) == ("USANGO", "NGO")
    assert found["Rafah"].sector is None


def test_a_president_with_no_body_is_an_official(run: Run) -> None:
    assert codes(run, "The Kenyan president flew home.").get("Kenyan president") == "KENGOV"
    assert codes(run, "The president said the talks had failed.").get("president") == "GOV"
    # A state body's president holds a state office.
    assert codes(run, "The president of the constitutional court spoke first.").get(
        "president of the constitutional court") == "GOV"

