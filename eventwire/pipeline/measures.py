"""Words of force that in their context name a level, a rise or a sum (part of
``ew_triggers``, applied with :mod:`.nonacts`).

Economic news uses verbs of striking for levels reached and rises: "unemployment **hit** 10
percent", "the cost is set to **hit** more than $12bn", "prices **hit** a record", "the index
**shot up** nearly 80 points"; and "pounds" next to a number is a currency or a weight ("it
costs **pounds** 35,000 a year", "20 **pounds** of explosives"). No actor uses force, so a
trigger coded as force (18, 19, 20) gives no event there. "Hit the target", "shot up the car"
and "artillery pounds 12 villages" keep theirs. The words are data
(``eventwire/data/measures.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.mentions import TriggerMatch

DATA_FILE = "measures.yaml"
FORCE_ROOTS = ("18", "19", "20")
# What a verb of reaching reaches: its object, or a bare measure ("shot up 80 **points**").
LEVEL_DEPS = frozenset({"dobj", "npadvmod", "attr"})
NUMBER_DEPS = frozenset({"nummod", "quantmod"})
PARTICLE_DEP = "prt"
OBJECT_DEPS = frozenset({"dobj", "pobj"})


class MeasureLexicon(BaseModel):
    """The validated contents of ``measures.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    level_verbs: frozenset[Word]
    measure_nouns: frozenset[Word]
    comparatives: frozenset[Word]
    rising_verbs: frozenset[Word]
    rising_particles: frozenset[Word]
    currency_forms: frozenset[Word]


def load_lexicon(path: Path | None = None) -> MeasureLexicon:
    """Read and validate ``measures.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, MeasureLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> MeasureLexicon:
    return load_lexicon()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _measure(noun: Token, lex: MeasureLexicon) -> bool:
    """A noun of a measure ("10 **percent**", "a **record**", "**$**12bn", "12**bn**"), also
    through a comparative ("**more** than $12bn")."""
    if _lemma(noun) in lex.measure_nouns or noun.lower_ in lex.measure_nouns:
        return True
    # "12bn", "35m": a number with a unit of magnitude written onto it
    if any(noun.lower_.endswith(unit) and noun.lower_[: -len(unit)].replace(".", "").isdigit()
           for unit in ("bn", "m", "tn")):
        return True
    if noun.lower_ in lex.comparatives:
        return any(g.dep_ == "pobj" and _measure(g, lex)
                   for c in noun.children if c.lower_ == "than" for g in c.children)
    return False


def is_level(head: Token, lex: MeasureLexicon) -> bool:
    """Whether a verb of striking reaches a measure ("hit 10 percent") or a verb of shooting
    rises ("shot up", no object)."""
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = _lemma(head)
    if lemma in lex.level_verbs and any(
            c.dep_ in LEVEL_DEPS and _measure(c, lex) for c in head.children):
        return True
    return lemma in lex.rising_verbs and any(
        c.dep_ == PARTICLE_DEP and c.lower_ in lex.rising_particles for c in head.children
    ) and not any(c.dep_ == "dobj" and not _measure(c, lex) for c in head.children)


def is_sum(head: Token, lex: MeasureLexicon) -> bool:
    """Whether "pounds" is a currency or a weight: a number counts it ("20 **pounds**") or
    follows it as its amount ("**pounds** 35,000"), not as the count of a noun of its own
    ("pounds 12 villages")."""
    if head.lower_ not in lex.currency_forms:
        return False
    if any(c.dep_ in NUMBER_DEPS and c.like_num for c in head.children):
        return True
    doc = head.doc
    if head.i + 1 >= len(doc):
        return False
    after = doc[head.i + 1]
    return after.like_num and not (after.dep_ in NUMBER_DEPS and after.head.i != head.i)


def without_measures(doc: Doc, triggers: Sequence[TriggerMatch], lex: MeasureLexicon
                     ) -> list[TriggerMatch]:
    """``triggers`` less the force ones that name a level, a rise or a sum."""
    return [t for t in triggers if not (t.code.startswith(FORCE_ROOTS) and (
        is_level(doc[t.head], lex) or is_sum(doc[t.head], lex)))]


__all__ = ["MeasureLexicon", "bundled_lexicon", "is_level", "is_sum", "load_lexicon",
           "without_measures"]
