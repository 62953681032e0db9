"""Reading the MUC-3/4 corpus: reports, answer-key templates and which templates count.

``muc34_docs.jsonl.gz`` holds one report per line (``id``, ``set``, ``date``, ``text`` in capitals,
``text_mixed_case`` for TST4); ``muc34_keys.jsonl.gz`` one answer-key template per line
(``doc_id``, ``template``, ``slots``: slot name -> list of fill lines). Both readers are tolerant:
a line that is not a JSON object with the needed fields is counted and passed over.

Relevance rules, from the MUC-4 template documentation (section 4.2 and 7):

- ``template == "*"``: the report has no relevant incident; nothing is expected of it.
- ``(OPTIONAL)`` after the template number: generating it is optional, so it is not expected and
  an event matching it is not an error (``optional``).
- Alternative fills are separated by `` / ``; a leading ``?`` marks an optional fill (kept).
- INCIDENT: TYPE with only types of ``excluded_types`` in ``muc.yaml`` (ROBBERY, FORCED WORK
  STOPPAGE): not expected, not penalised (``excluded``).
- STAGE OF EXECUTION: a template is expected when one of its alternatives is ACCOMPLISHED or
  ATTEMPTED; THREATENED alone makes it a ``threatened`` template, which an occurred event must
  not match.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.datafiles import DataMeta, read_yaml_model

MUC_FILE = "muc.yaml"
DOCS_FILE = "muc34_docs.jsonl.gz"
KEYS_FILE = "muc34_keys.jsonl.gz"
NO_TEMPLATE = "*"
OPTIONAL_MARK = "OPTIONAL"
ALTERNATIVE = " / "
QUOTED = re.compile(r'"([^"]+)"')
PARENTHESES = re.compile(r"\([^)]*\)")
TOKEN = re.compile(r"[a-z0-9]+")
MIN_TOKEN_LENGTH = 2

Kind = Literal["expected", "optional", "excluded", "threatened"]


class MucData(BaseModel):
    """The validated contents of ``muc.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    meta: DataMeta = Field(alias="_meta")
    incident_roots: dict[str, tuple[str, ...]]
    excluded_types: dict[str, str]
    counted_stages: tuple[str, ...] = Field(min_length=1)
    threatened_stage: str
    predicted_roots: tuple[str, ...] = Field(min_length=1)
    armed_sectors: tuple[str, ...]
    former_words: tuple[str, ...]
    countries_of_interest: tuple[str, ...]
    foreign_place_precisions: tuple[str, ...]
    recent_days: int = Field(gt=0)
    unspecified_codes: tuple[str, ...]
    untargeted_types: tuple[str, ...]
    non_incident_codes: tuple[str, ...]
    combat_words: frozenset[str]
    property_incident_types: tuple[str, ...]
    plural_ending: str = Field(min_length=1)
    not_plural_endings: tuple[str, ...]
    plural_min_length: int = Field(gt=0)
    event_incident_types: dict[str, str]
    default_incident_type: str
    compatible_incident_types: tuple[tuple[str, str], ...]
    perpetrator_slots: tuple[str, ...]
    target_slots: tuple[str, ...]
    location_slot: str
    type_slot: str
    stage_slot: str


def load_muc_data(path: Path | None = None) -> MucData:
    """Read and validate ``muc.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(MUC_FILE, path, MucData)


@dataclass(frozen=True, slots=True)
class MucDoc:
    id: str
    set: str
    text: str
    mixed_case: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class Template:
    """One answer-key template, reduced to what matching needs."""

    doc_id: str
    number: str
    kind: Kind
    types: tuple[str, ...]
    perpetrators: tuple[str, ...]
    targets: tuple[str, ...]
    locations: tuple[str, ...]


@dataclass(slots=True)
class ReadCounts:
    lines: int = 0
    skipped: int = 0


@dataclass(slots=True)
class MucCorpus:
    docs: dict[str, MucDoc] = field(default_factory=dict)
    templates: dict[str, list[Template]] = field(default_factory=dict)
    doc_counts: ReadCounts = field(default_factory=ReadCounts)
    key_counts: ReadCounts = field(default_factory=ReadCounts)

    def of(self, doc_id: str) -> list[Template]:
        return self.templates.get(doc_id, [])


def fold_text(text: str) -> str:
    """Lower case without accents (keys and texts write names with and without them)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def content_tokens(text: str) -> frozenset[str]:
    """The words of ``text`` that can show an overlap: folded, no stop words, 2+ characters."""
    return frozenset(
        token
        for token in TOKEN.findall(fold_text(text))
        if len(token) >= MIN_TOKEN_LENGTH and token not in STOP_WORDS
    )


def alternatives(fill: str) -> list[str]:
    """The alternatives of one fill line, without the optional-fill ``?`` mark."""
    return [part.strip().lstrip("?").strip() for part in fill.split(ALTERNATIVE) if part.strip()]


def quoted_fills(lines: list[str]) -> tuple[str, ...]:
    """Every quoted string of a slot's fill lines (names and descriptions from the text)."""
    return tuple(dict.fromkeys(match for line in lines for match in QUOTED.findall(line)))


def set_fills(lines: list[str]) -> tuple[str, ...]:
    """The set-fill values of a slot (alternatives split, ``*`` and ``-`` left out)."""
    values = (value.upper() for line in lines for value in alternatives(line))
    return tuple(dict.fromkeys(v for v in values if v not in (NO_TEMPLATE, "-")))


def unwrap(option: str) -> str:
    """An alternative without the parentheses around it: alternatives that are paths are
    written ``(GUATEMALA: COBAN (CITY)) / (GUATEMALA: TACTIC (TOWN))``."""
    option = option.strip()
    while option.startswith("(") and option.endswith(")") and balanced(option[1:-1]):
        option = option[1:-1].strip()
    return option


def balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def location_names(lines: list[str]) -> tuple[str, ...]:
    """The places of each location alternative below its country, folded, most specific first;
    the country when it is the only place.

    ``"EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS (TOWN)"`` gives ``"san luis"`` and
    ``"san miguel"``: an event placed in the department or city that holds the incident's
    place agrees with the key, less specifically (the country alone would agree with almost
    every event of a report).
    """
    names: list[str] = []
    for line in lines:
        for option in alternatives(line):
            parts = [PARENTHESES.sub("", part).strip() for part in unwrap(option).split(":")]
            parts = [part for part in parts if part and part not in (NO_TEMPLATE, "-")]
            if parts:
                names += [" ".join(fold_text(part).split()) for part in
                          (parts[-1], *reversed(parts[1:-1]))]
    return tuple(dict.fromkeys(names))


def template_kind(number: str, types: tuple[str, ...], stages: tuple[str, ...],
                  data: MucData) -> Kind:
    if OPTIONAL_MARK in number.upper():
        return "optional"
    if types and all(kind in data.excluded_types for kind in types):
        return "excluded"
    if stages and not set(stages) & set(data.counted_stages):
        return "threatened" if data.threatened_stage in stages else "optional"
    return "expected"


def read_template(raw: dict[str, Any], data: MucData) -> Template | None:
    """The template of one key line, or None for a report without relevant incident."""
    number = str(raw.get("template") or "").strip()
    slots = raw.get("slots")
    if not number or number == NO_TEMPLATE or not isinstance(slots, dict):
        return None

    def lines(name: str) -> list[str]:
        value = slots.get(name) or []
        return [str(item) for item in value] if isinstance(value, list) else [str(value)]

    types = set_fills(lines(data.type_slot))
    stages = set_fills(lines(data.stage_slot))
    return Template(
        doc_id=str(raw["doc_id"]),
        number=number,
        kind=template_kind(number, types, stages, data),
        types=types,
        perpetrators=quoted_fills([x for s in data.perpetrator_slots for x in lines(s)]),
        targets=quoted_fills([x for s in data.target_slots for x in lines(s)]),
        locations=location_names(lines(data.location_slot)),
    )


def json_lines(path: Path, counts: ReadCounts) -> Iterator[dict[str, Any]]:
    """The JSON objects of a (gzipped) JSONL file; other lines are counted as skipped."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            counts.lines += 1
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                value = None
            if isinstance(value, dict):
                yield value
            else:
                counts.skipped += 1


def parse_iso(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def read_doc(raw: dict[str, Any]) -> MucDoc | None:
    text = raw.get("text")
    if not raw.get("id") or not isinstance(text, str) or not text.strip():
        return None
    mixed = raw.get("text_mixed_case")
    return MucDoc(
        id=str(raw["id"]),
        set=str(raw.get("set") or "").lower(),
        text=text,
        mixed_case=mixed if isinstance(mixed, str) and mixed.strip() else None,
        published=parse_iso(raw.get("date")),
    )


def corpus_files(path: str | Path) -> tuple[Path, Path]:
    """The docs and keys files of the corpus directory (or of the directory of a file)."""
    folder = Path(path)
    folder = folder if folder.is_dir() else folder.parent
    docs, keys = folder / DOCS_FILE, folder / KEYS_FILE
    for needed in (docs, keys):
        if not needed.exists():
            raise FileNotFoundError(f"{needed}: no such file (the MUC-3/4 corpus directory)")
    return docs, keys


def read_corpus(path: str | Path, data: MucData | None = None) -> MucCorpus:
    """Reports and their templates from the MUC corpus directory at ``path``."""
    data = data or load_muc_data()
    docs_path, keys_path = corpus_files(path)
    corpus = MucCorpus()
    for raw in json_lines(docs_path, corpus.doc_counts):
        doc = read_doc(raw)
        if doc is None:
            corpus.doc_counts.skipped += 1
        else:
            corpus.docs[doc.id] = doc
    for raw in json_lines(keys_path, corpus.key_counts):
        if not raw.get("doc_id"):
            corpus.key_counts.skipped += 1
            continue
        template = read_template(raw, data)
        if template is not None:
            corpus.templates.setdefault(template.doc_id, []).append(template)
    return corpus
