"""Print the ``given_names`` list of ``eventwire/data/petrarch_persons.yaml``.

Usage: ``python tools/petrarch_given_names.py [MIN_COUNT]`` (default 3). The list is the first
words of the root phrases of the dated person entries of the converted Phoenix actor
dictionaries (an entry whose dated codes carry a sector: "barack obama [USAGOV 090120-170120]")
that begin at least MIN_COUNT such names, without the words of the data file's
``not_given_names`` (titles, articles, adjectives: "president", "al", "syrian"). Paste the
output into the data file and bump its version.
"""

from __future__ import annotations

import sys
from collections import Counter

import yaml

from eventwire.knowledge.actors import PETRARCH_DIR
from eventwire.knowledge.petrarch_actors import read_compiled
from eventwire.knowledge.petrarch_persons import load_person_shapes

COUNTRY_LENGTH = 3
WIDTH = 92


def first_words() -> Counter[str]:
    """How many dated person entries' root phrases begin with each word."""
    counts: Counter[str] = Counter()
    for path in sorted(PETRARCH_DIR.glob("*.actors.jsonl")):
        for record in read_compiled(path).actors:
            dated = [c for c in record.codes if (c.start or c.end) and c.code]
            words = record.phrases[0].split()
            if len(words) > 1 and any(len(c.code or "") > COUNTRY_LENGTH for c in dated):
                counts[words[0]] += 1
    return counts


def main(argv: list[str]) -> int:
    least = int(argv[1]) if len(argv) > 1 else 3
    excluded = load_person_shapes().not_given_names
    names = sorted(
        word for word, n in first_words().items()
        if n >= least and word.isalpha() and len(word) > 1 and word not in excluded
    )
    line = "given_names: ["
    for name in names:
        if not isinstance(yaml.safe_load(name), str):  # "no", "yes", "on" read as booleans
            name = f'"{name}"'
        if len(line) + len(name) + 2 > WIDTH:
            print(line.rstrip())
            line = "  "
        line += f"{name}, "
    print(line.rstrip(", ") + "]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
