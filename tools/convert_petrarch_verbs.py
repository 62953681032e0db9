"""Build ``eventwire/data/triggers/petrarch_cameo2.jsonl`` from the PETRARCH2 verb dictionary.

Input (``--shared``, default ``../shared``): ``peers/petrarch2/data/dictionaries/CAMEO.2.0.txt``
(openeventdata/petrarch2, MIT, Copyright (c) 2015 Open Event Data Alliance). The conversion itself
is :mod:`eventwire.knowledge.petrarch_verbs`; this script adds the ``_meta`` header and prints the
counts. Re-running it gives the same file byte for byte.

Lines listed in ``eventwire/data/petrarch_exclusions.yaml`` (verbs whose plain sense is no
political event) are left out; ``counts`` then gives ``converted`` after the exclusions and
``excluded``. Bare verb lines listed under its ``needs_source`` are kept but marked so: they
yield an event only with a source (their agentless sense is no act).

Run: ``python tools/convert_petrarch_verbs.py [--shared ../shared] [--out PATH]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

from eventwire.knowledge.petrarch_verbs import Conversion, convert_verb_file
from eventwire.ontology import get_ontology

ROOT = Path(__file__).resolve().parents[1]
VERSION = "1.11.0"
SOURCE_TAG = "petrarch2:CAMEO.2.0.txt"
RELATIVE = Path("peers/petrarch2/data/dictionaries/CAMEO.2.0.txt")
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
DEFAULT_OUT = ROOT / "eventwire" / "data" / "triggers" / "petrarch_cameo2.jsonl"
EXCLUSIONS = ROOT / "eventwire" / "data" / "petrarch_exclusions.yaml"
MIT_NOTICE = (
    "The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance. Permission is hereby "
    "granted, free of charge, to any person obtaining a copy of this software and associated "
    "documentation files (the \"Software\"), to deal in the Software without restriction, "
    "including without limitation the rights to use, copy, modify, merge, publish, distribute, "
    "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software "
    "is furnished to do so, subject to the following conditions: The above copyright notice and "
    "this permission notice shall be included in all copies or substantial portions of the "
    "Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND."
)


def load_exclusions(path: Path = EXCLUSIONS) -> dict[int, dict[str, Any]]:
    """The excluded source lines, by line number."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {int(entry["line"]): entry for entry in data["excluded"]}


def load_needs_source(path: Path = EXCLUSIONS) -> dict[int, dict[str, Any]]:
    """The bare verb lines that need a source, by line number."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {int(entry["line"]): entry for entry in data.get("needs_source", ())}


def mark_needs_source(conversion: Conversion, marked: dict[int, dict[str, Any]]) -> Conversion:
    """The conversion with the listed bare lines marked ``needs_source``; a listed line that is
    not the bare pattern the list names (lemma, code) is an error, as for the exclusions."""
    rows = []
    for number, row in conversion.rows:
        entry = marked.get(number)
        if entry is not None:
            if (row["lemma"], row["code"], row.get("needs_actor")) != (
                    entry["lemma"], entry["code"], True):
                raise ValueError(f"{RELATIVE.name}:{number}: needs a source as "
                                 f"{entry['lemma']!r} [{entry['code']}] but is {row['lemma']!r} "
                                 f"[{row['code']}]")
            row = {**{k: v for k, v in row.items() if k != "source"}, "needs_source": True,
                   "source": row["source"]}
        rows.append((number, row))
    missing = set(marked) - {number for number, _ in conversion.rows}
    if missing:
        raise ValueError(f"lines needing a source without a pattern: {sorted(missing)}")
    patterns = [(number, p.model_copy(update={"needs_source": True}) if number in marked else p)
                for number, p in conversion.patterns]
    return Conversion(rows, conversion.report, patterns)


def apply_exclusions(conversion: Conversion, excluded: dict[int, dict[str, Any]]) -> Conversion:
    """The conversion without the excluded lines; a listed line that is not the pattern the list
    names (lemma, code) is an error, so a changed source never drops the wrong pattern."""
    kept = []
    for number, row in conversion.rows:
        entry = excluded.get(number)
        if entry is None:
            kept.append((number, row))
        elif (row["lemma"], row["code"]) != (entry["lemma"], entry["code"]):
            raise ValueError(f"{RELATIVE.name}:{number}: excluded as {entry['lemma']!r} "
                             f"[{entry['code']}] but is {row['lemma']!r} [{row['code']}]")
    missing = set(excluded) - {number for number, _ in conversion.rows}
    if missing:
        raise ValueError(f"excluded lines without a pattern: {sorted(missing)}")
    patterns = [(number, p) for number, p in conversion.patterns if number not in excluded]
    return Conversion(kept, conversion.report, patterns)


def counts(conversion: Conversion) -> dict[str, Any]:
    """The report's counts after the exclusions: ``converted`` patterns, ``excluded`` lines
    (a line may have given several patterns, one per synset phrase member)."""
    result = conversion.report.as_dict()
    return {**result, "converted": len(conversion.rows), "excluded": len(load_exclusions())}


def meta(conversion: Conversion) -> dict[str, object]:
    return {
        "version": VERSION,
        "source": f"openeventdata/petrarch2 {RELATIVE.as_posix().removeprefix('peers/petrarch2/')}"
        f" at commit {COMMIT}",
        "license": "MIT",
        "license_notice": MIT_NOTICE,
        "description": "PETRARCH2 CAMEO verb patterns converted to eventwire triggers",
        "generated_by": "tools/convert_petrarch_verbs.py",
        "counts": counts(conversion),
    }


def render(conversion: Conversion) -> str:
    lines = [json.dumps({"_meta": meta(conversion)}, ensure_ascii=False)]
    lines += [json.dumps(row, ensure_ascii=False) for _, row in conversion.rows]
    return "\n".join(lines) + "\n"


def convert(shared: Path) -> Conversion:
    known = set(get_ontology().codes())
    conversion = convert_verb_file(shared / RELATIVE, source=SOURCE_TAG, known_codes=known)
    kept = apply_exclusions(conversion, load_exclusions())
    return mark_needs_source(kept, load_needs_source())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    conversion = convert(args.shared)
    args.out.write_text(render(conversion), encoding="utf-8")
    print(json.dumps(counts(conversion), indent=1))
    for line, reason in conversion.report.problems[:20]:
        print(f"{RELATIVE.name}:{line}: {reason}")


if __name__ == "__main__":
    main()
