"""A derived on-disk cache of the bundled knowledge: the actor KB, the trigger patterns and the
gazetteer, as built from the package's data files.

Building them takes about a second (parsing, validating and indexing some 10^5 entries);
reading back the pickled result takes about half of that. The cache is never required:

* a file is keyed by a SHA-256 of everything the build reads: each input file's name and bytes,
  the source of the loader modules (``eventwire/knowledge/*.py``, ``datafiles.py``), and the
  eventwire, Python and spaCy versions; any change gives a new key, hence a rebuild;
* a missing, unreadable, corrupt or foreign file is rebuilt silently, and a directory that
  cannot be written is ignored (the built value is returned all the same);
* only a successful build is written, so a cached value passed the same validation as a fresh
  load of these exact bytes (validation of the data files themselves is exercised by the
  loaders' tests, which build without the cache).

``$EVENTWIRE_CACHE_DIR`` relocates the cache (default: ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``); ``EVENTWIRE_CACHE=off`` (or ``0``, ``no``, ``false``) disables it.
Files are pickles: only point the cache at a directory no one else can write to.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from eventwire.datafiles import gc_paused

T = TypeVar("T")
CACHE_DIR_ENV = "EVENTWIRE_CACHE_DIR"
CACHE_SWITCH_ENV = "EVENTWIRE_CACHE"
OFF_VALUES = frozenset({"0", "off", "no", "false"})
# Bump when the cached structures change in a way the source hash would not show.
FORMAT = "1"
KEEP_PER_NAME = 3
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def cache_dir() -> Path | None:
    """Where cached builds go, or None when caching is switched off."""
    if os.environ.get(CACHE_SWITCH_ENV, "").strip().lower() in OFF_VALUES:
        return None
    configured = os.environ.get(CACHE_DIR_ENV, "").strip()
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "eventwire"


def _code_files() -> list[Path]:
    return sorted((PACKAGE_DIR / "knowledge").glob("*.py")) + [PACKAGE_DIR / "datafiles.py"]


def input_key(name: str, inputs: Iterable[Path]) -> str:
    """The hash of a build's inputs (see the module docstring)."""
    import spacy

    import eventwire

    digest = hashlib.sha256()
    versions = (FORMAT, name, getattr(eventwire, "__version__", ""), sys.version, spacy.__version__)
    digest.update(repr(versions).encode())
    for path in [*inputs, *_code_files()]:
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T], kind: type[T]) -> T:
    """``build()``'s value, read from the cache when a file for these exact inputs holds a
    ``kind``; else built and (best effort) written."""
    directory = cache_dir()
    if directory is None:
        return build()
    path = directory / f"{name}-{input_key(name, inputs)}.pickle"
    found = _read(path, kind)
    if found is not None:
        return found
    value = build()
    _write(path, value)
    _prune(directory, name)
    return value


def _read(path: Path, kind: type[T]) -> T | None:
    try:
        with path.open("rb") as handle, gc_paused():
            value = pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, truncated or garbage: rebuild
        return None
    return value if isinstance(value, kind) else None


def _write(path: Path, value: object) -> None:
    """Write atomically (a temporary file renamed over the target); failures are ignored."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.")
        with os.fdopen(handle, "wb") as out, gc_paused():
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
    except (OSError, pickle.PicklingError):
        pass
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _prune(directory: Path, name: str) -> None:
    """Keep the newest few files of this build (other checkouts may use the others)."""
    try:
        files = sorted(directory.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in files[:-KEEP_PER_NAME]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


__all__ = ["CACHE_DIR_ENV", "CACHE_SWITCH_ENV", "cache_dir", "cached", "input_key"]
