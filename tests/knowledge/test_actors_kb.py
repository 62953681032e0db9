"""The actor knowledge base: data validity, lookups and dated roles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import DataError
from eventwire.knowledge.actor_files import iter_rows, read_yaml, validate_meta
from eventwire.knowledge.actors import (
    BUNDLED_DIR,
    BUNDLED_FILES,
    ActorEntry,
    ActorKB,
    Role,
    bundled_files,
    normalize,
    split_code,
)

UN_MEMBERS = 193
EXTRA_STATES = {"TWN", "XKX", "PSE", "VAT"}


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def code(kb: ActorKB, phrase: str, on: date | None = None) -> str | None:
    entry = kb.lookup(phrase, on)
    assert entry is not None, phrase
    return entry.code


@pytest.mark.parametrize("name", BUNDLED_FILES)
def test_every_bundled_file_validates(name: str) -> None:
    path = BUNDLED_DIR / name
    data = read_yaml(path)
    meta = validate_meta(path, data)
    assert meta.version and meta.source and meta.license
    assert list(iter_rows(path, data))


def test_every_file_in_the_directory_is_loaded() -> None:
    assert {p.name for p in BUNDLED_DIR.glob("*.yaml")} == {p.name for p in bundled_files()}
    assert [p.name for p in bundled_files()][: len(BUNDLED_FILES)] == list(BUNDLED_FILES)


def test_countries_cover_un_members_and_extras(kb: ActorKB) -> None:
    countries = {
        e.id for e in kb.entries.values() if e.kind == "country" and not e.id.startswith("px.")
    }
    assert len(countries) == UN_MEMBERS + len(EXTRA_STATES)
    assert countries >= EXTRA_STATES


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("South Korea", "KOR"),
        ("DPRK", "PRK"),
        ("North Korea", "PRK"),
        ("Russian", "RUS"),
        ("Ukrainians", "UKR"),
        ("British", "GBR"),
        ("Moscow", "RUS"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Taipei", "TWN"),
        ("the Kremlin", "RUSGOV"),
        ("Kremlin", "RUSGOV"),
        ("the White House", "USAGOV"),
        ("the Pentagon", "USAMIL"),
        ("Downing Street", "GBRGOV"),
        ("NATO", "IGOWSTNAT"),
        ("the United Nations", "IGOUNO"),
        ("UN Security Council", "IGOUNO"),
        ("European Union", "IGOEUREEC"),
        ("IAEA", "IGOUNOIAE"),
        ("African Union", "IGOAFRAFU"),
        ("Tass", "RUSMED"),
        ("Xinhua", "CHNMED"),
        ("KCNA", "PRKMED"),
        ("Reuters", "MED"),
        ("troops", "MIL"),
        ("protesters", "OPP"),
        ("police", "COP"),
        ("rebels", "REB"),
    ],
)
def test_lookup(kb: ActorKB, phrase: str, expected: str) -> None:
    assert code(kb, phrase) == expected


def test_lookup_normalises_case_space_and_article(kb: ActorKB) -> None:
    assert code(kb, "  the   white   house ") == "USAGOV"
    assert code(kb, "THE KREMLIN") == "RUSGOV"
    assert normalize("The  Pentagon") == "pentagon"


def test_cased_aliases_need_their_capitalisation(kb: ActorKB) -> None:
    assert kb.lookup("us") is None
    assert kb.lookup("who") is None
    assert code(kb, "WHO") == "IGOUNOHLHWHO"


@pytest.mark.parametrize(
    ("phrase", "on", "expected"),
    [
        ("Biden", date(2014, 6, 1), "USAGOV"),  # Vice President 2009-2017
        ("Biden", date(2019, 6, 1), "USAELI"),
        ("Biden", date(2022, 6, 1), "USAGOV"),
        ("Trump", date(2019, 6, 1), "USAGOV"),
        ("Trump", date(2022, 6, 1), "USAELI"),
        ("Trump", date(2025, 3, 1), "USAGOV"),
        ("Trump", date(2010, 3, 1), "USABUS"),  # documented `before`
        ("Zelenskyy", date(2023, 1, 1), "UKRGOV"),
        ("Zelenskiy", date(2019, 5, 20), "UKRGOV"),
        ("Putin", date(2005, 1, 1), "RUSGOV"),
        ("Xi", date(2020, 1, 1), "CHNGOV"),
        ("Erdoğan", date(2020, 1, 1), "TURGOV"),
        ("Stoltenberg", date(2020, 1, 1), "IGOWSTNAT"),
        ("Stoltenberg", date(2010, 1, 1), "NORGOV"),
        ("Taliban", date(2020, 1, 1), "AFGREB"),
        ("Taliban", date(2022, 1, 1), "AFGGOV"),
    ],
)
def test_dated_roles(kb: ActorKB, phrase: str, on: date, expected: str) -> None:
    assert code(kb, phrase, on) == expected


def test_person_before_office_has_no_code_but_keeps_country(kb: ActorKB) -> None:
    entry = kb.lookup("Zelensky", date(2018, 1, 1))
    assert entry is not None
    assert (entry.code, entry.country, entry.name) == (None, "UKR", "Volodymyr Zelensky")


def test_undated_lookup_uses_the_latest_role(kb: ActorKB) -> None:
    assert code(kb, "Trump") == "USAGOV"
    assert code(kb, "Stoltenberg") == "NORGOV"


@pytest.mark.parametrize(
    ("phrase", "on", "expected_id"),
    [
        ("Kim", date(2005, 1, 1), "kim_jong_il"),
        ("Kim", date(2015, 1, 1), "kim_jong_un"),
        ("Clinton", date(1999, 1, 1), "bill_clinton"),
        ("Clinton", date(2011, 1, 1), "hillary_clinton"),
        ("Kirchner", date(2005, 1, 1), "nestor_kirchner"),
        ("Kirchner", date(2012, 1, 1), "cristina_fernandez_de_kirchner"),
    ],
)
def test_shared_alias_resolves_by_date(
    kb: ActorKB, phrase: str, on: date, expected_id: str
) -> None:
    entry = kb.lookup(phrase, on)
    assert entry is not None and entry.id == expected_id


def test_split_code() -> None:
    assert split_code("RUSGOV") == ("RUS", "GOV")
    assert split_code("IGOWSTNAT") == (None, "IGO")
    assert split_code("USA") == ("USA", None)
    assert split_code(None) == (None, None)


def _write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


META = '_meta: {version: "1", source: test, license: MIT}\n'


def test_bad_row_names_file_and_line(tmp_path: Path) -> None:
    rows = (
        "people:\n"
        "  - {id: ok, name: Ok Person, country: USA, roles: [[USAGOV, 2001-01-01, null]]}\n"
        "  - {id: bad, name: Bad Person, country: usa, roles: [[USAGOV, null, null]]}\n"
    )
    path = _write(tmp_path, "bad.yaml", META + rows)
    with pytest.raises(DataError) as caught:
        ActorKB().add_file(path)
    assert caught.value.path == str(path)
    assert caught.value.line == 4
    assert "country" in caught.value.reason


def test_role_ending_before_it_starts_is_an_error(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "bad.yaml",
        META + "people:\n  - {id: x, name: X Y, roles: [[USAGOV, 2010-01-01, 2009-01-01]]}\n",
    )
    with pytest.raises(DataError, match=r"bad\.yaml:3: .*ends"):
        ActorKB().add_file(path)


def test_missing_meta_and_yaml_syntax_errors(tmp_path: Path) -> None:
    no_meta = _write(tmp_path, "nometa.yaml", "countries: []\n")
    with pytest.raises(DataError, match="_meta"):
        ActorKB().add_file(no_meta)
    broken = _write(tmp_path, "broken.yaml", META + "countries:\n  - {iso3: AAA, name: [x\n")
    with pytest.raises(DataError) as caught:
        ActorKB().add_file(broken)
    assert caught.value.line is not None


def test_extra_directories_are_merged(tmp_path: Path) -> None:
    _write(tmp_path, "notes.yaml", "not: [an actor file]\n")
    _write(
        tmp_path,
        "mine.actors.yaml",
        META + "people:\n"
        "  - {id: jane_roe, name: Jane Roe, country: FRA, aliases: [Roe],"
        " roles: [[FRAGOV, 2020-01-01, null]]}\n",
    )
    kb = ActorKB.load([tmp_path])
    assert code(kb, "Roe", date(2021, 1, 1)) == "FRAGOV"
    assert code(kb, "Putin", date(2021, 1, 1)) == "RUSGOV"


def test_alias_written_forms_do_not_depend_on_the_hash_seed() -> None:
    """The same dictionaries give the same knowledge base in every process (event ids hash
    actor spans, so a written form chosen by set order made ids differ between runs)."""
    import os
    import subprocess
    import sys

    script = (
        "import hashlib; from eventwire.knowledge.actors import actor_kb; kb = actor_kb(); "
        "rows = sorted((k, tuple(r.text for r in v)) for k, v in kb.aliases.items()); "
        "print(hashlib.sha256(repr(rows).encode()).hexdigest())"
    )
    digests = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_choose_ranks_readings_by_date_and_takes_a_lone_one_as_it_is() -> None:
    earlier = ActorEntry(id="a", kind="person", name="A", code=None, order=0,
                         roles=(Role("XYZGOV", date(2001, 1, 1), date(2005, 1, 1)),))
    later = ActorEntry(id="b", kind="person", name="B", code=None, order=1,
                       roles=(Role("XYZOPP", date(2010, 1, 1)),))
    assert ActorKB.choose([], None) is None
    assert ActorKB.choose([earlier], None) is earlier
    assert ActorKB.choose([earlier], date(2020, 1, 1)) is earlier
    assert ActorKB.choose([earlier, later], None) is later  # the latest role, with no date
    assert ActorKB.choose([earlier, later], date(2003, 6, 1)) is earlier
    assert ActorKB.choose([later, earlier], date(2012, 6, 1)) is later
