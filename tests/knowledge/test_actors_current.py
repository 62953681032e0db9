"""Actors current to 2025: leaders of every UN member, ministers, IGO heads, armed groups."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.coder import Coder
from eventwire.knowledge.actor_files import PersonRow, iter_rows, read_yaml, validate_meta
from eventwire.knowledge.actors import BUNDLED_DIR, ActorKB, normalize

NEW_FILES = ("leaders_world.yaml", "ministers.yaml", "people_igo_groups.yaml", "groups.yaml")
PEOPLE_FILES = ("people.yaml", "leaders_world.yaml", "ministers.yaml", "people_igo_groups.yaml")
MID_2025 = date(2025, 6, 1)
EXTRA_STATES = {"TWN", "XKX", "PSE", "VAT"}

# One or more current heads of state or government per continent, on 2025-06-01.
CURRENT_HEADS: tuple[tuple[str, str], ...] = (
    ("Tinubu", "NGA"),
    ("William Ruto", "KEN"),
    ("Abiy Ahmed", "ETH"),
    ("Tebboune", "DZA"),
    ("Félix Tshisekedi", "COD"),
    ("Ibrahim Traore", "BFA"),
    ("Mahama", "GHA"),
    ("Daniel Chapo", "MOZ"),
    ("Gustavo Petro", "COL"),
    ("Gabriel Boric", "CHL"),
    ("Bukele", "SLV"),
    ("Daniel Noboa", "ECU"),
    ("Yamandu Orsi", "URY"),
    ("Mia Mottley", "BRB"),
    ("Shehbaz Sharif", "PAK"),
    ("Anwar Ibrahim", "MYS"),
    ("Ferdinand Marcos Jr.", "PHL"),
    ("Tokayev", "KAZ"),
    ("Mohammed Shia al-Sudani", "IRQ"),
    ("Muhammad Yunus", "BGD"),
    ("Pedro Sánchez", "ESP"),
    ("Mitsotakis", "GRC"),
    ("Kristersson", "SWE"),
    ("Nicusor Dan", "ROU"),
    ("Karin Keller-Sutter", "CHE"),
    ("Robert Fico", "SVK"),
    ("Christopher Luxon", "NZL"),
    ("James Marape", "PNG"),
    ("Sitiveni Rabuka", "FJI"),
    ("Hilda Heine", "MHL"),
)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def code_on(kb: ActorKB, phrase: str, on: date) -> str | None:
    entry = kb.lookup(phrase, on)
    assert entry is not None, phrase
    return entry.code


@pytest.mark.parametrize("name", NEW_FILES)
def test_every_file_loads(name: str) -> None:
    path = BUNDLED_DIR / name
    data = read_yaml(path)
    meta = validate_meta(path, data)
    assert meta.source and meta.license == "MIT"
    assert list(iter_rows(path, data))


def test_person_ids_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for name in PEOPLE_FILES:
        path = BUNDLED_DIR / name
        for _, _, row in iter_rows(path, read_yaml(path)):
            assert isinstance(row, PersonRow), name
            assert row.id not in seen, f"{row.id} in {name} and {seen.get(row.id)}"
            seen[row.id] = name


def test_no_person_alias_is_a_country_name(kb: ActorKB) -> None:
    country_keys = {
        key
        for key, refs in kb.aliases.items()
        if any(
            kb.entries[ref.entry_id].kind == "country" and len(ref.entry_id) == 3 for ref in refs
        )
    }
    for name in PEOPLE_FILES[1:]:
        path = BUNDLED_DIR / name
        for _, _, row in iter_rows(path, read_yaml(path)):
            assert isinstance(row, PersonRow), name
            for alias in (row.name, *row.aliases):
                assert normalize(alias) not in country_keys, f"{alias} ({name})"


def test_biden_by_date(kb: ActorKB) -> None:
    assert code_on(kb, "Biden", date(2014, 3, 1)) == "USAGOV"  # vice president
    assert code_on(kb, "Biden", date(2022, 3, 1)) == "USAGOV"  # president
    assert code_on(kb, "Biden", date(2025, 6, 1)) == "USAELI"


def test_zelensky_by_date(kb: ActorKB) -> None:
    before = kb.lookup("Zelensky", date(2018, 6, 1))
    assert before is not None and before.code is None and before.country == "UKR"
    assert code_on(kb, "Zelenskyy", date(2023, 6, 1)) == "UKRGOV"


@pytest.mark.parametrize(("phrase", "country"), CURRENT_HEADS)
def test_current_heads_mid_2025(kb: ActorKB, phrase: str, country: str) -> None:
    assert code_on(kb, phrase, MID_2025) == f"{country}GOV"


def test_every_un_member_has_a_head_in_office_mid_2025(kb: ActorKB) -> None:
    members = {
        e.id for e in kb.entries.values() if e.kind == "country" and len(e.id) == 3
    } - EXTRA_STATES
    assert len(members) == 193
    governed = {
        (entry.code_on(MID_2025) or "")[:3]
        for entry in kb.entries.values()
        if entry.kind == "person" and (entry.code_on(MID_2025) or "").endswith("GOV")
    }
    assert members <= governed, sorted(members - governed)


@pytest.mark.parametrize(
    ("aliases", "kb_id"),
    [
        (("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky"), "volodymyr_zelensky"),
        (("Erdogan", "Erdoğan", "Recep Tayyip Erdogan"), "recep_tayyip_erdogan"),
        (("Lula", "Luiz Inacio Lula da Silva", "Lula da Silva"), "lula"),
        (("Sisi", "el-Sisi", "al-Sisi"), "abdel_fattah_el_sisi"),
        (("Tchiani", "Tiani", "Abdourahamane Tiani"), "abdourahamane_tchiani"),
        (("Hemedti", "Mohamed Hamdan Dagalo", "Dagalo"), "mohamed_hamdan_dagalo"),
        (("Dbeibah", "Dbeibeh", "Abdul Hamid Dbeibah"), "abdul_hamid_dbeibah"),
        (("Traore", "Traoré", "Ibrahim Traore"), "ibrahim_traore"),
        (("Sa'ar", "Gideon Saar"), "gideon_saar"),
        (("Abdul-Malik al-Houthi", "al-Houthi"), "abdul_malik_al_houthi"),
    ],
)
def test_aliases_resolve_to_one_entry(kb: ActorKB, aliases: tuple[str, ...], kb_id: str) -> None:
    for alias in aliases:
        entry = kb.lookup(alias, MID_2025)
        assert entry is not None and entry.id == kb_id, alias


@pytest.mark.parametrize(
    ("phrase", "on", "code"),
    [
        ("Mark Rutte", date(2025, 6, 1), "IGOWSTNAT"),
        ("Ajay Banga", date(2024, 1, 1), "IGOUNODEVWBK"),
        ("Moussa Faki", date(2020, 1, 1), "IGOAFRAFU"),
        ("Mahmoud Ali Youssouf", date(2025, 6, 1), "IGOAFRAFU"),
        ("Haitham al-Ghais", date(2025, 6, 1), "IGOOPC"),
        ("Okonjo-Iweala", date(2025, 6, 1), "IGOBUSWTO"),
        ("Volker Türk", date(2025, 6, 1), "IGOUNOHRIHCH"),
        ("Fatou Bensouda", date(2019, 1, 1), "IGOJUDICC"),
        ("Kao Kim Hourn", date(2025, 6, 1), "IGOSEAASN"),
        ("Yahya Sinwar", date(2023, 11, 1), "PSEREB"),
        ("Naim Qassem", date(2025, 6, 1), "LBNREB"),
        ("Hemedti", date(2025, 6, 1), "SDNREB"),
        ("Hemedti", date(2021, 1, 1), "SDNGOV"),
        ("Akhundzada", date(2019, 1, 1), "AFGREB"),
        ("Akhundzada", date(2025, 6, 1), "AFGGOV"),
        ("Abu Bakr al-Baghdadi", date(2015, 1, 1), "IMGREB"),
        ("John Healey", date(2025, 6, 1), "GBRMIL"),
        ("Jean-Noël Barrot", date(2025, 6, 1), "FRAGOV"),
        ("Ishaq Dar", date(2025, 6, 1), "PAKGOV"),
        ("Sheikh Hasina", date(2025, 6, 1), "BGDELI"),
        ("Michel Aoun", date(2025, 6, 1), "LBNELI"),
        ("Joseph Aoun", date(2025, 6, 1), "LBNGOV"),
        ("Joseph Aoun", date(2020, 1, 1), "LBNMIL"),
    ],
)
def test_dated_codes(kb: ActorKB, phrase: str, on: date, code: str) -> None:
    assert code_on(kb, phrase, on) == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("ISIS-K", "IMGREB"),
        ("JNIM", "IMGREB"),
        ("Wagner Group", "RUSMIL"),
        ("Allied Democratic Forces", "CODREB"),
        ("Arakan Army", "MMRREB"),
        ("TPLF", "ETHREB"),
        ("Kataib Hezbollah", "IRQREB"),
    ],
)
def test_armed_groups(kb: ActorKB, phrase: str, code: str) -> None:
    assert code_on(kb, phrase, MID_2025) == code


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def actor_ids(coder: Coder, text: str, published: str) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for event in coder.code(text, published=published):
        for actor in (event.source, event.target):
            if actor is not None and actor.kb_id:
                found[actor.kb_id] = actor.code
    return found


@pytest.mark.slow
def test_coder_codes_current_leaders(coder: Coder) -> None:
    text = "Kenyan President William Ruto met Nigerian President Bola Tinubu in Nairobi."
    found = actor_ids(coder, text, "2025-06-01")
    assert found.get("william_ruto") == "KENGOV"
    assert found.get("bola_tinubu") == "NGAGOV"


@pytest.mark.slow
def test_coder_codes_a_former_leader_by_date(coder: Coder) -> None:
    text = "Sheikh Hasina criticised Muhammad Yunus on Monday."
    assert actor_ids(coder, text, "2025-06-01") == {
        "sheikh_hasina": "BGDELI",
        "muhammad_yunus": "BGDGOV",
    }
    assert actor_ids(coder, text, "2020-06-01").get("sheikh_hasina") == "BGDGOV"
