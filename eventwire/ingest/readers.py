"""Readers: paths (.txt, .jsonl, directories, ``-`` for stdin) -> ``Article`` or ``ArticleError``.

A reader never raises for one bad article: it yields an ``ArticleError`` naming it (file, line)
and goes on, so that counts reconcile (articles in = coded + failed).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from eventwire import errors
from eventwire.errors import InputError
from eventwire.records import Article, ArticleError
from eventwire.validation import parse_published

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_FIELDS = ("text", "id", "published", "source", "url", "title")

Item = Article | ArticleError


def decode(data: bytes, name: str) -> str | ArticleError:
    """Strict UTF-8 (a BOM is dropped); invalid bytes become a clear error for that article."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ArticleError(name, errors.BAD_ENCODING,
                            f"invalid UTF-8 at byte {exc.start}: {exc.reason}")


def article_from_text(text: str, name: str, published: date | None) -> Article:
    return Article(text=text, id=name, published=published)


def article_from_record(record: Any, name: str, default_published: date | None) -> Item:
    if not isinstance(record, dict):
        return ArticleError(name, errors.BAD_RECORD, "a JSON line must be an object")
    article_id = str(record.get("id") or "") or None
    label = article_id or name
    text = record.get("text")
    if not isinstance(text, str):
        return ArticleError(label, errors.BAD_RECORD, "the record has no 'text' string")
    try:
        published = parse_published(record.get("published")) or default_published
    except ValueError as exc:
        return ArticleError(label, errors.BAD_DATE, str(exc))
    return Article(
        text=text,
        id=article_id or "",
        published=published,
        source=_optional(record.get("source")),
        url=_optional(record.get("url")),
        title=_optional(record.get("title")),
    )


def _optional(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def read_jsonl_bytes(data: bytes, name: str, published: date | None) -> Iterator[Item]:
    for number, raw in enumerate(data.splitlines(), start=1):
        label = f"{name}:{number}"
        if not raw.strip():
            continue
        line = decode(raw, label)
        if isinstance(line, ArticleError):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(label, errors.BAD_RECORD, f"malformed JSON: {exc.msg}")
            continue
        yield article_from_record(record, label, published)


def read_text_bytes(data: bytes, name: str, published: date | None) -> Iterator[Item]:
    text = decode(data, name)
    yield text if isinstance(text, ArticleError) else article_from_text(text, name, published)


def read_file(path: Path, published: date | None) -> Iterator[Item]:
    data = path.read_bytes()
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_bytes(data, str(path), published)
    else:
        yield from read_text_bytes(data, str(path), published)


def _looks_like_jsonl(data: bytes) -> bool:
    return data.lstrip()[:1] == b"{"


def read_paths(paths: list[str], published: date | None = None) -> Iterator[Item]:
    """Articles from files, directories (recursively, sorted) and ``-`` (stdin)."""
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            reader = read_jsonl_bytes if _looks_like_jsonl(data) else read_text_bytes
            yield from reader(data, "<stdin>", published)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield from read_file(child, published)
        elif path.is_file():
            yield from read_file(path, published)
        else:
            raise InputError(f"no such file or directory: {raw}")
