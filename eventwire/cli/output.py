"""Writers for coded events: a rich table for people, JSONL and CSV for programs."""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwire.records import Event, json_line

WHITESPACE = re.compile(r"\s+")
CSV_COLUMNS = (
    "id", "article_id", "sentence", "status", "hedge", "cameo_code", "cameo_name", "root",
    "goldstein", "quad_class", "plover_type", "plover_mode", "source_code", "source_text",
    "target_code", "target_text", "attribution", "date", "date_precision", "location",
    "location_country", "lat", "lon", "trigger", "evidence", "confidence", "rule",
)


def flat_row(event: Event) -> dict[str, Any]:
    """One flat row (CSV, tables) of an event record."""
    source, target, location = event.source, event.target, event.location
    return {
        "id": event.id, "article_id": event.article_id, "sentence": event.sentence,
        "status": event.status, "hedge": event.hedge, "cameo_code": event.cameo.code,
        "cameo_name": event.cameo.name, "root": event.cameo.root,
        "goldstein": event.cameo.goldstein, "quad_class": event.cameo.quad_class,
        "plover_type": event.plover.type, "plover_mode": event.plover.mode,
        "source_code": source.code if source else None,
        "source_text": source.text if source else None,
        "target_code": target.code if target else None,
        "target_text": target.text if target else None,
        "attribution": event.attribution.text if event.attribution else None,
        "date": event.date, "date_precision": event.date_precision,
        "location": location.name if location else None,
        "location_country": location.country if location else None,
        "lat": location.lat if location else None, "lon": location.lon if location else None,
        "trigger": event.trigger.text, "evidence": event.evidence.text,
        "confidence": round(event.confidence, 3), "rule": event.rule,
    }


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            self.stream.write(json_line(event.to_dict()) + "\n")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()
        self.stream = stream

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            self.writer.writerow(flat_row(event))

    def close(self) -> None:
        self.stream.flush()


def highlighted_evidence(event: Event, width: int = 200) -> Text:
    """The evidence sentence with the trigger in bold, trimmed around it."""
    sentence = event.evidence.text
    start = event.trigger.start - event.evidence.start
    end = event.trigger.end - event.evidence.start
    left, mid, right = sentence[:start], sentence[start:end], sentence[end:]
    if len(sentence) > width:
        left = ("…" + left[-(width // 2):]) if len(left) > width // 2 else left
        right = right[: width // 2] + "…" if len(right) > width // 2 else right
    text = Text(_one_line(left).lstrip())
    text.append(_one_line(mid), style="bold reverse")
    text.append(_one_line(right).rstrip())
    return text


def _one_line(part: str) -> str:
    """``part`` with each run of whitespace as one space (none added where the text has none)."""
    return WHITESPACE.sub(" ", part)


STATUS_STYLE = {"occurred": "green", "planned": "cyan", "possible": "yellow", "negated": "red"}


class TableWriter:
    """Collects events per article and prints one readable table each."""

    def __init__(self, stream: IO[str] | None = None, min_width: int = 140) -> None:
        self.console = Console(file=stream or sys.stdout, soft_wrap=False)
        self.console.width = max(self.console.width, min_width)

    def write(self, events: Iterable[Event], title: str = "") -> None:
        rows = list(events)
        if not rows:
            return
        table = Table(title=Text(title), show_lines=True, expand=True)
        table.add_column("code", no_wrap=True)
        table.add_column("event and evidence (trigger highlighted)", ratio=5)
        table.add_column("source", ratio=1)
        table.add_column("target", ratio=1)
        table.add_column("status", no_wrap=True)
        table.add_column("said by", ratio=1)
        table.add_column("date", no_wrap=True)
        table.add_column("where", ratio=1)
        for event in rows:
            table.add_row(*self._cells(event))
        self.console.print(table)

    @staticmethod
    def _cells(event: Event) -> list[Any]:
        status = event.status + (f" ({event.hedge})" if event.hedge else "")
        description = Text(event.cameo.name, style="bold")
        description.append("\n")
        description.append_text(highlighted_evidence(event))
        return [
            event.cameo.code,
            description,
            _actor_cell(event.source),
            _actor_cell(event.target),
            Text(status, style=STATUS_STYLE.get(event.status, "")),
            Text(event.attribution.text if event.attribution else ""),
            f"{event.date or ''}\n({event.date_precision})",
            Text(event.location.name or "" if event.location else ""),
        ]

    def close(self) -> None:
        return None


def _actor_cell(actor: Any) -> Text:
    """An actor's code and words, as written (a "[" in them is no console markup)."""
    if actor is None:
        return Text("")
    return Text(f"{actor.code or '?'}\n{actor.text}")
