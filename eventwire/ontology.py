"""The CAMEO event codebook and its PLOVER map, loaded once from ``data/cameo.jsonl``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwire.errors import DataError
from eventwire.records import CameoCode, PloverType

DATA_FILE = "cameo.jsonl"


@dataclass(frozen=True, slots=True)
class CodeEntry:
    cameo: CameoCode
    plover: PloverType
    plover_context: str | None


class Ontology:
    """Lookups of CAMEO codes: name, Goldstein, QuadClass, PLOVER type and mode."""

    def __init__(self, entries: dict[str, CodeEntry], meta: dict[str, object]) -> None:
        self._entries = entries
        self.meta = meta

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def codes(self) -> list[str]:
        return sorted(self._entries)

    def has(self, code: str) -> bool:
        return code in self._entries

    def entry(self, code: str) -> CodeEntry:
        try:
            return self._entries[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def cameo(self, code: str) -> CameoCode:
        return self.entry(code).cameo

    def plover(self, code: str) -> PloverType:
        return self.entry(code).plover

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "?"))


def _parse_line(line: str, number: int) -> CodeEntry:
    try:
        row = json.loads(line)
        cameo = CameoCode(
            code=str(row["code"]),
            base=str(row["base"]),
            root=str(row["root"]),
            name=str(row["name"]),
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
        )
        plover = PloverType(type=row.get("plover_type"), mode=row.get("plover_mode"))
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(DATA_FILE, number, f"invalid CAMEO entry: {exc}") from exc
    return CodeEntry(cameo=cameo, plover=plover, plover_context=row.get("plover_context"))


@lru_cache(maxsize=1)
def get_ontology() -> Ontology:
    """The bundled ontology (loaded once per process)."""
    text = resources.files("eventwire.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    entries: dict[str, CodeEntry] = {}
    meta: dict[str, object] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith('{"_meta"'):
            meta = json.loads(line)["_meta"]
            continue
        entry = _parse_line(line, number)
        entries[entry.cameo.code] = entry
    return Ontology(entries, meta)
