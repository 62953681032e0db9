"""Reading eventwire's YAML data files: provenance header, validation, errors with file and line.

Every rule or lexicon file under ``eventwire/data/`` carries a ``_meta`` header (name, version,
source, license) and is validated by a pydantic model on load; a bad entry raises ``DataError``
naming the file, the line and the reason.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from eventwire.errors import DataError

ModelT = TypeVar("ModelT", bound=BaseModel)
Word = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True, to_lower=True)]


class DataMeta(BaseModel):
    """The provenance header every data file carries."""

    model_config = ConfigDict(extra="allow", frozen=True)
    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    source: str = Field(min_length=1)
    license: str = Field(min_length=1)
    description: str = ""


def line_of(node: yaml.Node | None, loc: Iterable[Any]) -> int | None:
    """The line (1-based) of the YAML node at path ``loc`` (as deep as it can be followed)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if str(k.value) == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            node = node.value[part] if part < len(node.value) else None
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _duplicate(root: yaml.Node | None) -> tuple[str, str, int] | None:
    """The first repeated word of a top-level list, as (key, word, line)."""
    if not isinstance(root, yaml.MappingNode):
        return None
    for key, value in root.value:
        if not isinstance(value, yaml.SequenceNode):
            continue
        seen: set[str] = set()
        for item in value.value:
            if isinstance(item, yaml.ScalarNode):
                word = str(item.value).strip().lower()
                if word in seen:
                    return str(key.value), word, item.start_mark.line + 1
                seen.add(word)
    return None


# libyaml's parser when PyYAML was built with it (it usually is): several times faster.
FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml_model(
    text: str, filename: str, model: type[ModelT], check_duplicates: bool = False
) -> ModelT:
    """Parse YAML ``text`` and validate it as ``model``; errors name the file and the line."""
    try:
        data = yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(filename, mark.line + 1 if mark else None, f"invalid YAML: {exc}") from exc
    if check_duplicates and (found := _duplicate(_compose(text))) is not None:
        key, word, line = found
        raise DataError(filename, line, f"{key}: duplicate entry {word!r}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        at = line_of(_compose(text), first["loc"])
        raise DataError(filename, at, f"{where}: {first['msg']}") from None


def _compose(text: str) -> yaml.Node | None:
    """The node tree of ``text`` (for line numbers); only built when a check needs it."""
    return yaml.compose(text, Loader=FAST_LOADER)


def read_yaml_model(
    file_name: str, path: Path | None, model: type[ModelT], check_duplicates: bool = False
) -> ModelT:
    """Read and validate a data file: the bundled ``eventwire/data/<file_name>`` unless ``path``."""
    if path is None:
        text = resources.files("eventwire.data").joinpath(file_name).read_text("utf-8")
        return parse_yaml_model(text, f"eventwire/data/{file_name}", model, check_duplicates)
    return parse_yaml_model(path.read_text("utf-8"), str(path), model, check_duplicates)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a loader builds ~10^5 small objects: each
    collection would rescan everything allocated so far (and everything already loaded, such
    as a spaCy model), many times over. Nothing built here needs the collector to be freed."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

