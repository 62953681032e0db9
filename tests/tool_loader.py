"""Import a script of ``tools/`` as a module, for tests of its functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).parents[1] / "tools"
BENCH = Path(__file__).parents[1] / "bench"


def load_tool(name: str, folder: Path = TOOLS) -> ModuleType:
    """``tools/<name>.py`` (or ``folder/<name>.py``) as a module named ``name`` (registered, so
    dataclasses resolve)."""
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
