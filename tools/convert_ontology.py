"""Build ``eventwire/data/cameo.jsonl`` from the CAMEO codebook tables and the CAMEO->PLOVER map.

Inputs (``--shared``, default ``../shared``):
- ``peers/cameo/gdelt_lookups/CAMEO.eventcodes.txt`` and ``CAMEO.goldsteinscale.txt`` (GDELT's
  public lookup tables, free use with attribution): the 310 CAMEO codes and Goldstein values;
- ``peers/cameo/andybega_icews/cameo-codes.csv`` (MIT, Andreas Beger): mixed-case names, and the two
  ICEWS codes GDELT lacks (106, 1213);
- ``peers/plover/CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0, Open Event Data Alliance): PLOVER type,
  mode and context per CAMEO code.

Run: ``python tools/convert_ontology.py [--shared ../shared] [--out eventwire/data/cameo.jsonl]``.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION = "1.0.0"


def quad_class(root: str) -> int:
    """QuadClass of a CAMEO root: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material."""
    value = int(root)
    if value <= 5:
        return 1
    if value <= 8:
        return 2
    if value <= 13:
        return 3
    return 4


def read_tab(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def read_icews(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="latin-1", newline="") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


def read_plover(path: Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    """CAMEO code -> (type, mode, context) from lines like ``036: AGREE,  , diplomatic # ...``."""
    table: dict[str, tuple[str | None, str | None, str | None]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        if not code.isdigit() or "," not in rest:
            continue
        fields = [f.strip() or None for f in rest.split(",")]
        fields += [None] * (3 - len(fields))
        table[code] = (fields[0], fields[1], fields[2])
    return table


def plover_for(code: str, table: dict[str, tuple[str | None, str | None, str | None]]):
    """The PLOVER entry of ``code`` or of its nearest listed parent; roots 01/02 have none."""
    for length in range(len(code), 2, -1):
        if code[:length] in table:
            return table[code[:length]]
    root = code[:2]
    for candidate in (root + "0", root):
        if candidate in table and table[candidate][0]:
            return table[candidate]
    return (None, None, None)


def clean_name(name: str) -> str:
    name = name.replace("\x92", "'").replace("\x93", '"').replace("\x94", '"').strip()
    return name.capitalize() if name.isupper() else name[:1].upper() + name[1:]


def build(shared: Path) -> list[dict[str, object]]:
    gdelt = read_tab(shared / "peers/cameo/gdelt_lookups/CAMEO.eventcodes.txt")
    goldstein = read_tab(shared / "peers/cameo/gdelt_lookups/CAMEO.goldsteinscale.txt")
    icews = read_icews(shared / "peers/cameo/andybega_icews/cameo-codes.csv")
    plover = read_plover(shared / "peers/plover/CAMEO2PLOVER-2021.txt")
    records = []
    for code in sorted(set(gdelt) | set(icews)):
        name = icews[code]["name"] if code in icews else gdelt[code]
        score = float(goldstein[code]) if code in goldstein else float(icews[code]["goldstein"])
        ptype, pmode, pcontext = plover_for(code, plover)
        records.append(
            {
                "code": code,
                "name": clean_name(name),
                "root": code[:2],
                "base": code[:3] if len(code) > 2 else code,
                "goldstein": score,
                "quad_class": quad_class(code[:2]),
                "plover_type": ptype,
                "plover_mode": pmode,
                "plover_context": pcontext,
                "in_gdelt": code in gdelt,
            }
        )
    return records


META = {
    "_meta": {
        "name": "cameo",
        "version": VERSION,
        "description": "CAMEO event codes with Goldstein value, QuadClass and PLOVER type/mode",
        "generated_by": "tools/convert_ontology.py",
        "sources": [
            "GDELT lookup tables CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt (GDELT Project; "
            "free and open use with attribution)",
            "andybega/icews data-raw/cameo-codes.csv (MIT License, Copyright 2022 Andreas Beger)",
            "openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, Open Event Data Alliance)",
        ],
        "license": "CC BY-SA 4.0 (derived from the PLOVER table); code list facts from the sources",
    }
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "eventwire/data/cameo.jsonl")
    args = parser.parse_args()
    records = build(args.shared)
    with args.out.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(META, ensure_ascii=False) + "\n")
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} codes to {args.out}")


if __name__ == "__main__":
    main()
