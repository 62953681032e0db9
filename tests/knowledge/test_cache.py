"""The on-disk cache of built knowledge: hits, misses, stale and corrupt files, switches."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from eventwire.knowledge import cache
from eventwire.knowledge.actors import ActorKB, actor_kb
from eventwire.knowledge.actors import bundled_inputs as actor_inputs
from eventwire.knowledge.gazetteer import bundled_inputs as gazetteer_inputs
from eventwire.knowledge.patterns import PatternSet, bundled_pattern_paths, load_patterns


class Builds:
    """A builder that counts its calls and returns the words of an input file."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.calls = 0

    def __call__(self) -> dict[str, list[str]]:
        self.calls += 1
        return {"words": self.source.read_text(encoding="utf-8").split()}


@pytest.fixture
def directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(where))
    monkeypatch.delenv(cache.CACHE_SWITCH_ENV, raising=False)
    return where


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "words.txt"
    path.write_text("protest strike march\n", encoding="utf-8")
    return path


def _files(directory: Path) -> list[Path]:
    return sorted(directory.glob("words-*.pickle"))


def test_a_miss_builds_and_writes_then_a_hit_reads(directory: Path, source: Path) -> None:
    build = Builds(source)
    first = cache.cached("words", [source], build, dict)
    second = cache.cached("words", [source], build, dict)
    assert first == second == {"words": ["protest", "strike", "march"]}
    assert build.calls == 1
    assert len(_files(directory)) == 1


def test_a_changed_input_is_rebuilt(directory: Path, source: Path) -> None:
    build = Builds(source)
    cache.cached("words", [source], build, dict)
    source.write_text("ceasefire\n", encoding="utf-8")
    assert cache.cached("words", [source], build, dict) == {"words": ["ceasefire"]}
    assert build.calls == 2


@pytest.mark.parametrize("garbage", [b"", b"not a pickle at all", b"\x80\x05\x95truncated"])
def test_a_corrupt_file_is_rebuilt_and_replaced(
    directory: Path, source: Path, garbage: bytes
) -> None:
    build = Builds(source)
    cache.cached("words", [source], build, dict)
    [path] = _files(directory)
    path.write_bytes(garbage)
    assert cache.cached("words", [source], build, dict) == {"words": ["protest", "strike", "march"]}
    assert build.calls == 2
    assert pickle.loads(path.read_bytes()) == {"words": ["protest", "strike", "march"]}


def test_a_file_holding_another_type_is_rebuilt(directory: Path, source: Path) -> None:
    build = Builds(source)
    cache.cached("words", [source], build, dict)
    [path] = _files(directory)
    path.write_bytes(pickle.dumps(["a", "list"]))
    assert cache.cached("words", [source], build, dict) == {"words": ["protest", "strike", "march"]}
    assert build.calls == 2


@pytest.mark.parametrize("switch", ["off", "0", "No", "false"])
def test_switched_off_it_builds_every_time_and_writes_nothing(
    directory: Path, source: Path, switch: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.CACHE_SWITCH_ENV, switch)
    build = Builds(source)
    cache.cached("words", [source], build, dict)
    cache.cached("words", [source], build, dict)
    assert build.calls == 2
    assert not directory.exists()


def test_an_unwritable_directory_is_ignored(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(blocker / "cache"))
    build = Builds(source)
    assert cache.cached("words", [source], build, dict) == {"words": ["protest", "strike", "march"]}
    assert cache.cached("words", [source], build, dict) == {"words": ["protest", "strike", "march"]}
    assert build.calls == 2


def test_default_location_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.delenv(cache.CACHE_SWITCH_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "eventwire"


def test_old_files_are_pruned(directory: Path, source: Path) -> None:
    build = Builds(source)
    for number in range(cache.KEEP_PER_NAME + 2):
        source.write_text(f"word{number}\n", encoding="utf-8")
        cache.cached("words", [source], build, dict)
    assert len(_files(directory)) == cache.KEEP_PER_NAME


def test_the_key_covers_every_bundled_input() -> None:
    names = {path.name for path in actor_inputs()}
    assert {"people.yaml", "countries.yaml", "phoenix_countries.actors.jsonl"} <= names
    gazetteer_names = {p.name for p in gazetteer_inputs()}
    assert gazetteer_names >= {"places.yaml", "admin1.jsonl", "cities15000.json"}
    assert all(path.is_file() for path in [*actor_inputs(), *gazetteer_inputs()])


def test_cached_bundled_patterns_equal_a_fresh_load(directory: Path) -> None:
    paths = bundled_pattern_paths()
    fresh = load_patterns(paths)
    written = cache.cached("patterns", paths, lambda: load_patterns(paths), PatternSet)
    read = cache.cached("patterns", paths, lambda: pytest.fail("not read from the cache"),
                        PatternSet)
    assert written.patterns == read.patterns == fresh.patterns
    assert read.origins == fresh.origins and read.metas == fresh.metas
    assert list(read.index) == list(fresh.index)
    assert all(read.index[key] == fresh.index[key] for key in fresh.index)


def test_cached_bundled_actors_equal_a_fresh_load(directory: Path) -> None:
    fresh = cache.cached("actors", actor_inputs(), ActorKB.load, ActorKB)  # built: a miss
    read = cache.cached("actors", actor_inputs(), lambda: pytest.fail("not read"), ActorKB)
    assert read is not fresh and read is not actor_kb()
    assert list(read.entries.items()) == list(fresh.entries.items())
    assert list(read.aliases.items()) == list(fresh.aliases.items())
    assert read.sources == fresh.sources
