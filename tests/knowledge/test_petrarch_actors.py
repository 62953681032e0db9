"""Reading PETRARCH actor, agent and discard dictionaries, the compiled form, and the KB."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import DataError
from eventwire.knowledge import petrarch_actors as px
from eventwire.knowledge.actor_files import write_jsonl
from eventwire.knowledge.actors import PETRARCH_DIR, ActorKB

DICTIONARIES = Path(__file__).parents[2] / "../shared/peers/petrarch2/data/dictionaries"
needs_peers = pytest.mark.skipif(not DICTIONARIES.is_dir(), reason="needs ../shared/peers")

ACTORS = """\
# a comment line
BAN_KI-MOON_  # inline comment
+SECRETARY-GENERAL_BAN_KI-MOON
\t[KORGOV 20040117-20061109]
\t[IGOUNO >20070101]
FREEDONIA_ [FRD]
+FREEDONIAN_
IVO_SMITH_
PRESIDENT_SMITH_
\t[FRDGOV >120219]
\t[ELI]
NEW_FREEDONIA_ [---]
OLD_KING_ [FRDGOV <19900101] [FRDELI]
BROKEN_ [FRDGOV 2004017]
"""
AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
TROOP [~MIL]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CATTLE!PERSON! [~AGR]
COMPANY [~BUS]
TRUCE_MONITOR [IGO~]
BAD_AGENT [~ENV}
"""
DISCARDS = """\
# Story-level discards start with '+'
BIRD FLU   # comment
+WORLD CUP
1914
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def actors(tmp_path: Path) -> px.ParsedFile:
    return px.parse_file(write(tmp_path, "test.actors.txt", ACTORS))


def test_dates_in_both_widths() -> None:
    assert px.parse_date("120219") == date(2012, 2, 19)
    assert px.parse_date("950601") == date(1995, 6, 1)
    assert px.parse_date("20070101") == date(2007, 1, 1)
    with pytest.raises(ValueError, match="YYMMDD"):
        px.parse_date("2004017")


def test_code_restrictions() -> None:
    assert px.parse_code("USAGOV >20090120") == px.DatedCode("USAGOV", date(2009, 1, 20), None)
    assert px.parse_code("USAELI <20090120") == px.DatedCode("USAELI", None, date(2009, 1, 20))
    ranged = px.parse_code("AFGGOV 030101-041231")
    assert (ranged.start, ranged.end) == (date(2003, 1, 1), date(2005, 1, 1))
    assert px.parse_code("---").code is None
    assert px.parse_code("HOB < 950601").end == date(1995, 6, 1)


def test_actor_entries_synonyms_and_codes(actors: px.ParsedFile) -> None:
    ban = actors.actors[0]
    assert ban.phrases == ("ban ki-moon", "secretary-general ban ki-moon")
    assert [c.code for c in ban.codes] == ["KORGOV", "IGOUNO"]
    assert actors.actors[1].phrases == ("freedonia", "freedonian")


def test_uncoded_roots_share_the_codes_below(actors: px.ParsedFile) -> None:
    smith = actors.actors[2]
    assert smith.phrases == ("ivo smith", "president smith")
    assert [c.code for c in smith.codes] == ["FRDGOV", "ELI"]


def test_bad_lines_are_reported_with_line_numbers(actors: px.ParsedFile) -> None:
    reasons = [(p.line, p.reason) for p in actors.problems]
    assert reasons == [(14, "bad date restriction '2004017'"),
                       (14, "'broken' has no code")]
    assert actors.counts() == {"entries": 5, "phrases": 8, "problems": 2}
    with pytest.raises(DataError, match=r"test\.actors\.txt:14: bad date"):
        actors.raise_first()


def test_agents_plurals_sets_and_prefix(tmp_path: Path) -> None:
    parsed = px.parse_file(write(tmp_path, "my_agents.txt", AGENTS))
    by_first = {a.phrases[0]: a for a in parsed.agents}
    assert by_first["troop"].phrases == ("troop", "troops") and by_first["troop"].code == "MIL"
    assert by_first["police"].phrases == ("police",)
    assert by_first["attorney general"].phrases == ("attorney general", "attorneys general")
    assert by_first["company"].phrases == ("company", "companies")
    assert set(by_first["cattleman"].phrases) == {"cattleman", "cattlemen", "cattlewoman",
                                                  "cattlewomen"}
    assert by_first["truce monitor"].prefix and by_first["truce monitor"].code == "IGO"
    assert [p.line for p in parsed.problems] == [8]


def test_discards_sentence_and_story(tmp_path: Path) -> None:
    parsed = px.parse_file(write(tmp_path, "x.discards.txt", DISCARDS))
    assert [(d.phrase, d.story, d.line) for d in parsed.discards] == [
        ("bird flu", False, 2), ("world cup", True, 3), ("1914", False, 4)]


def test_kind_comes_from_the_file_name(tmp_path: Path) -> None:
    assert px.file_kind(Path("PETR.Validate.agents.txt")) == "agents"
    assert px.file_kind(Path("CAMEO.2.0.txt")) is None
    with pytest.raises(DataError, match="not an actors"):
        px.parse_file(write(tmp_path, "verbs.txt", "X [010]\n"))


def test_compiled_round_trip(tmp_path: Path, actors: px.ParsedFile) -> None:
    rows = px.to_rows(actors, lambda text: text.replace("-", " - ").split())
    out = tmp_path / "test.actors.jsonl"
    write_jsonl(out, {"format": "actors", "version": "1", "source": "test", "license": "MIT"}, rows)
    again = px.read_compiled(out)
    assert again.actors == [
        px.ActorRecord(a.phrases, a.codes, a.line) for a in actors.actors
    ]
    assert again.tokens["ban ki-moon"] == ("ban", "ki", "-", "moon")


def test_compiled_errors_name_the_line(tmp_path: Path) -> None:
    meta = '{"_meta": {"format": "actors", "version": "1", "source": "s", "license": "MIT"}}'
    path = write(tmp_path, "bad.actors.jsonl",
                 f'{meta}\n{{"p": ["ok"], "c": [["ABC", null, null]]}}\n'
                 '{"p": ["bad"], "c": [["abc", null, null]]}\n')
    with pytest.raises(DataError, match=r"bad\.actors\.jsonl:3: bad code"):
        px.read_compiled(path)


@needs_peers
@pytest.mark.parametrize(
    ("name", "entries"),
    [
        ("Phoenix.Countries.actors.txt", 18000),
        ("Phoenix.International.actors.txt", 7500),
        ("Phoenix.MilNonState.actors.txt", 1000),
        ("Phoenix.agents.txt", 2200),
        ("Phoenix.discards.txt", 500),
        ("PETR.Validate.actors.txt", 120),
        ("PETR.Validate.agents.txt", 80),
    ],
)
def test_shipped_files_parse(name: str, entries: int) -> None:
    parsed = px.parse_file(DICTIONARIES / name)
    assert parsed.counts()["entries"] >= entries
    assert len(parsed.problems) <= 10


def test_bundled_compiled_files_carry_provenance() -> None:
    files = sorted(PETRARCH_DIR.glob("*.jsonl"))
    assert len(files) == 5
    for path in files:
        parsed = px.read_compiled(path)
        assert parsed.counts()["entries"] > 0
        assert '"license": "MIT"' in path.read_text(encoding="utf-8").splitlines()[0]


def test_all_actor_data_loads() -> None:
    # Load time is measured by bench/throughput.py, not here.
    assert len(ActorKB.load()) > 25000


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def test_phoenix_fills_in_what_ours_lacks(kb: ActorKB) -> None:
    helmand = kb.lookup("Helmand")
    assert helmand is not None and helmand.code == "AFG"


def test_our_data_wins_on_the_same_phrase(kb: ActorKB) -> None:
    afghanistan = kb.lookup("Afghanistan")
    assert afghanistan is not None and afghanistan.id == "AFG"
    troops = kb.lookup("troops")
    assert troops is not None and troops.id == "agent.troops"


def test_phoenix_dated_codes_resolve_on_the_date(kb: ActorKB) -> None:
    people = [e for e in kb.entries.values() if e.id.startswith("px.") and e.kind == "person"]
    assert len(people) > 5000
    ended = next(e for e in people if e.roles and all(r.end for r in e.roles) and not e.after)
    last_end = max(r.end for r in ended.roles if r.end)
    assert ended.code_on(last_end) is None  # PETRARCH: no code outside the dates, no ELI


def test_user_dictionaries_override_both(tmp_path: Path) -> None:
    write(tmp_path, "mine.actors.txt", "AFGHANISTAN_ [XYZ]\nHELMAND [AFGREB]\n")
    user = ActorKB.load([tmp_path])
    assert user.lookup("Afghanistan").code == "XYZ"  # type: ignore[union-attr]
    assert user.lookup("Helmand").code == "AFGREB"  # type: ignore[union-attr]


def test_user_petrarch_files_are_strict(tmp_path: Path) -> None:
    write(tmp_path, "mine.actors.txt", "GOOD [ABC]\nBAD [ABC 9999]\n")
    with pytest.raises(DataError, match=r"mine\.actors\.txt:2: bad date"):
        ActorKB.load([tmp_path])


def test_a_single_dictionary_file_may_be_named(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.actors.txt", "FREEDONIA_ [FRD]\n")
    write(tmp_path, "other.actors.txt", "SYLVANIA_ [SYL]\n")
    kb = ActorKB.load([path], petrarch_data=False)
    assert kb.lookup("Freedonia") is not None and kb.lookup("Sylvania") is None
    with pytest.raises(DataError, match="no such dictionary"):
        ActorKB.load([tmp_path / "missing"])


def test_compound_code_keeps_the_other_actors(tmp_path: Path) -> None:
    path = tmp_path / "two.actors.txt"
    path.write_text("TWIN_CITIES [TWA/TWB]\nLONE_CITY [LCA]\n", encoding="utf-8")
    kb = ActorKB.load([tmp_path], petrarch_data=False, own_data=False)
    found = {entry.code: entry.also for entry in kb.entries.values()}
    assert found == {"TWA": ("TWB",), "LCA": ()}
