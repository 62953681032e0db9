"""CAMEO's tense convention: an event as a CAMEO coder would code it.

eventwire keeps an announced action's own code and marks it ``planned`` ("Putin will meet Xi":
040, planned). CAMEO codes the announcement instead: a cooperative action in the future tense is
an intent (03), a conflictual one a threat (13). :func:`cameo_convention` gives the code under
CAMEO's convention, from the table in ``data/cameo_tense.yaml``; every other event keeps its code.
Comparisons with CAMEO-coded gold data use it (see docs/accuracy.md).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from eventwire.datafiles import DataMeta, read_yaml_model
from eventwire.errors import DataError
from eventwire.ontology import get_ontology
from eventwire.records import CameoCode, Event

TENSE_FILE = "cameo_tense.yaml"
PLANNED = "planned"


class TenseTable(BaseModel):
    """The validated ``cameo_tense.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    meta: DataMeta = Field(alias="_meta")
    intents: dict[str, str]
    threats: dict[str, str]

    def lookup(self, code: str) -> str | None:
        """The convention's code for an announced ``code`` (longest matching key), or None."""
        for table in (self.intents, self.threats):
            keys = [key for key in table if code.startswith(key)]
            if keys:
                return table[max(keys, key=len)]
        return None


@lru_cache(maxsize=1)
def tense_table() -> TenseTable:
    """The bundled table, every code checked against the codebook."""
    table = read_yaml_model(TENSE_FILE, None, TenseTable)
    ontology = get_ontology()
    unknown = sorted(code for part in (table.intents, table.threats)
                     for code in part.values() if not ontology.has(code))
    if unknown:
        raise DataError(TENSE_FILE, None, f"codes not in the CAMEO codebook: {unknown}")
    return table


def cameo_convention(event: Event) -> CameoCode:
    """The event's CAMEO code under CAMEO's tense convention (see the module docstring)."""
    if event.status != PLANNED:
        return event.cameo
    code = tense_table().lookup(event.cameo.code)
    return get_ontology().cameo(code) if code is not None else event.cameo


__all__ = ["TenseTable", "cameo_convention", "tense_table"]
