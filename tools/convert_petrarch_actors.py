"""Convert the Phoenix actor, agent and discard dictionaries into eventwire package data.

Usage: ``python tools/convert_petrarch_actors.py [SOURCE_DIR] [OUT_DIR]``. Defaults: the
petrarch2 dictionaries in ``<repo>/../shared/peers/petrarch2/data/dictionaries`` and
``eventwire/data/actors/petrarch``. Re-runnable: the output depends only on the input files.
Lines the parser cannot read are listed on stderr and left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.knowledge.actor_files import write_jsonl
from eventwire.knowledge.petrarch_actors import ParsedFile, parse_file, to_rows
from eventwire.nlp import load_model

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "peers" / "petrarch2" / "data" / "dictionaries"
OUT = REPO / "eventwire" / "data" / "actors" / "petrarch"
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
FILES = {
    "Phoenix.Countries.actors.txt": "phoenix_countries.actors.jsonl",
    "Phoenix.International.actors.txt": "phoenix_international.actors.jsonl",
    "Phoenix.MilNonState.actors.txt": "phoenix_milnonstate.actors.jsonl",
    "Phoenix.agents.txt": "phoenix.agents.jsonl",
    "Phoenix.discards.txt": "phoenix.discards.jsonl",
}
NOTICE = (
    "Converted from the PETRARCH2 Phoenix dictionaries. The MIT License (MIT), "
    "Copyright (c) 2014 Open Event Data Alliance: permission is hereby granted, free of charge, "
    "to any person obtaining a copy of this software and associated documentation files, to "
    "deal in them without restriction, provided this notice is included in all copies or "
    "substantial portions. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND."
)


def meta_for(parsed: ParsedFile, source_name: str) -> dict[str, object]:
    return {
        "format": parsed.kind,
        "name": source_name,
        "version": "1.0.0",
        "source": f"openeventdata/petrarch2 data/dictionaries/{source_name} at commit {COMMIT}",
        "commit": COMMIT,
        "license": "MIT",
        "notice": NOTICE,
        "counts": parsed.counts(),
    }


def convert(source: Path, out: Path) -> int:
    """Write every file of ``FILES``; returns the number of unreadable lines left out."""
    nlp = load_model()
    out.mkdir(parents=True, exist_ok=True)
    problems = 0
    for name, target in FILES.items():
        parsed = parse_file(source / name)
        for problem in parsed.problems:
            print(f"skipped {problem}", file=sys.stderr)
        problems += len(parsed.problems)
        rows = to_rows(parsed, lambda text: [t.text for t in nlp.make_doc(text)])
        write_jsonl(out / target, meta_for(parsed, name), rows)
        print(f"{name} -> {target}: {parsed.counts()}")
    return problems


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    out = Path(argv[2]) if len(argv) > 2 else OUT
    convert(source, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
