"""Every command and option of the CLI is documented (README.md or docs/)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click

from eventwire.cli.main import cli

ROOT = Path(__file__).resolve().parents[1]


def documentation() -> str:
    parts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(parts)


def commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        yield full, command
        if isinstance(command, click.Group):
            yield from commands(command, full + " ")


def test_every_command_and_option_is_documented() -> None:
    text = documentation()
    missing = []
    for name, command in commands(cli):
        if f"eventwire {name}" not in text:
            missing.append(f"eventwire {name}")
        for param in command.params:
            documented = any(opt in text for opt in [*param.opts, *param.secondary_opts])
            if isinstance(param, click.Option) and not documented:
                missing.append(f"eventwire {name} {param.opts[0]}")
    assert not missing, f"undocumented: {missing}"


def test_readme_starts_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:600]
    assert "make demo" in head and "make test" in head
