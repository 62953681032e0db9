"""A seeded generator of hostile input files for the readers and the runner (the fuzz tests):
random bytes, truncated JSON/JSONL/CSV/gzip, text in other encodings (UTF-16 without a
byte-order mark, Latin-1, Windows-1252 smart quotes), stray byte-order marks, huge lines, empty
texts, text of only markup or scripts, very long sentences and thousands of tiny articles.

``cases(seed)`` gives (file name, bytes) pairs; the suffix of the name picks the reader, as it
does for ``eventwire code``. Every sentence here is the generator's own.
"""

from __future__ import annotations

import codecs
import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path

SENTENCES = (
    "Police in Mombasa arrested three opposition activists on Tuesday.",
    "Protesters marched to the parliament in Lusaka on Wednesday.",
    "The minister’s aides said talks with the union would resume “next week”.",
    "Soldiers shelled a village near Goma, killing four civilians, officials said.",
    "Le président a rencontré le Premier ministre à Genève.",
    "Rebels attacked an army post near Beni on Friday.",
)
Case = tuple[str, bytes]


def story(rng: random.Random, sentences: int = 3) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(sentences))


def jsonl(rng: random.Random, count: int, published: object = "2022-02-02") -> bytes:
    lines = [json.dumps({"id": f"r{n}", "text": story(rng), "published": published},
                        ensure_ascii=False) for n in range(count)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def csv_text(rng: random.Random, count: int) -> str:
    rows = [f'{n},"{story(rng)}",2022-02-0{1 + n % 9}' for n in range(count)]
    return "id,text,published\n" + "\n".join(rows) + "\n"


def cut(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(1, max(2, len(data)))]


def random_bytes(rng: random.Random) -> list[Case]:
    found: list[Case] = []
    for suffix in (".txt", ".jsonl", ".json", ".csv", ".html", ".rss", ".txt.gz", ".jsonl.gz"):
        for size in (1, 17, 4000):
            found.append((f"random{size}{suffix}", rng.randbytes(size)))
    return found


def truncated(rng: random.Random) -> list[Case]:
    records = json.dumps([{"id": f"a{n}", "text": story(rng)} for n in range(4)]).encode()
    return [("cut.jsonl", cut(jsonl(rng, 6), rng)), ("cut.json", cut(records, rng)),
            ("cut.csv", cut(csv_text(rng, 6).encode(), rng)),
            ("cut.jsonl.gz", cut(gzip.compress(jsonl(rng, 6)), rng)),
            ("cut_quote.csv", b'id,text\n1,"' + story(rng).encode() + b"\n2,fine text\n")]


def encodings(rng: random.Random) -> list[Case]:
    text = story(rng, 4)
    lines = jsonl(rng, 3).decode("utf-8")
    table = csv_text(rng, 3)
    return [
        ("utf16le_nobom.txt", text.encode("utf-16-le")),
        ("utf16be_nobom.txt", text.encode("utf-16-be")),
        ("utf16le_nobom.jsonl", lines.encode("utf-16-le")),
        ("utf16le_nobom.csv", table.encode("utf-16-le")),
        ("utf16be_nobom.csv", table.encode("utf-16-be")),
        ("utf32le_nobom.txt", text.encode("utf-32-le")),
        ("latin1.txt", text.encode("latin-1", "replace")),
        ("cp1252.jsonl", lines.encode("cp1252", "replace")),
        ("cp1252.csv", table.encode("cp1252", "replace")),
        ("bom_utf8.csv", codecs.BOM_UTF8 + table.encode()),
        ("bom_utf16.csv", table.encode("utf-16")),
        ("bom_twice.jsonl", codecs.BOM_UTF8 + jsonl(rng, 2) + codecs.BOM_UTF8 + jsonl(rng, 2)),
        ("bom_wrong.txt", codecs.BOM_UTF16_LE + text.encode("utf-8")),
        ("mixed.jsonl", jsonl(rng, 2) + lines.encode("cp1252", "replace") + jsonl(rng, 1)),
    ]


def shapes(rng: random.Random, tiny: int = 2000) -> list[Case]:
    """Sizes and contents at the edges: huge lines, nothing to code, a long sentence, ``tiny``
    articles of a word or three."""
    huge = json.dumps({"id": "huge", "text": "word " * 260_000}) + "\n"
    long_sentence = " ".join(rng.choice(("police", "said", "the", "army", "and", "talks"))
                             for _ in range(2_000))
    return [
        ("huge_line.jsonl", huge.encode() + jsonl(rng, 1)),
        ("huge_field.csv", f'id,text\nbig,"{"x " * 600_000}"\nsmall,{SENTENCES[0]}\n'.encode()),
        ("empty_texts.jsonl", b'{"id":"e1","text":""}\n{"id":"e2","text":"   "}\n'
                              b'{"id":"e3","text":"<div><br/></div>"}\n'
                              b'{"id":"e4","text":"<script>var a = 1;</script>"}\n'),
        ("scripts.html", b"<html><head><script>alert(1)</script></head><body><script>x()"
                         b"</script><style>p{}</style></body></html>"),
        ("markup_only.txt", b"<p></p><br><div><span></span></div>" * 50),
        ("long_sentence.txt", long_sentence.encode()),
        ("tiny.jsonl", "".join(json.dumps({"id": f"t{n}", "text": rng.choice(("Talks.", "a",
                       "Police arrested him."))}) + "\n" for n in range(tiny)).encode()),
        ("nul.csv", b"id,text\n1,Police\x00 arrested two men.\n2,Talks resumed.\n"),
        ("crlf_cr.jsonl", jsonl(rng, 3).replace(b"\n", b"\r")),
        ("separators.jsonl", json.dumps({"id": "u2028", "text": SENTENCES[0] + "\u2028"
                                         + SENTENCES[1]}, ensure_ascii=False).encode() + b"\n"),
        ("bad_dates.jsonl", b"".join(jsonl(rng, 1, value) for value in
                                     ("yesterday", "31/31/2020", "n/a", 1e308, -1, "9999-12-31",
                                      "0001-01-01", "", None, [1], {"d": 1}))),
        ("lone_cr.csv", csv_text(rng, 3).replace("\n", "\r").encode()),
        ("empty.csv", b""), ("empty.json", b""), ("empty.html", b""), ("empty.rss", b""),
        ("laughs.rss", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                       b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                       b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                       b"<rss><channel><item><description>&c;</description></item>"
                       b"</channel></rss>"),
    ]


GENERATORS: tuple[Callable[[random.Random], list[Case]], ...] = (
    random_bytes, truncated, encodings)


def cases(seed: int = 0, tiny: int = 2000) -> list[Case]:
    """Every hostile file of ``seed`` (names are unique)."""
    rng = random.Random(seed)
    found = [case for generate in GENERATORS for case in generate(rng)] + shapes(rng, tiny)
    gz = [(f"{name}.gz", gzip.compress(data)) for name, data in found
          if name.startswith(("utf16le_nobom", "bad_dates", "cp1252"))]
    return found + gz


def write_cases(root: Path, seed: int = 0, tiny: int = 2000) -> list[Path]:
    """The files of ``cases`` written under ``root``."""
    paths = []
    for name, data in cases(seed, tiny):
        (root / name).write_bytes(data)
        paths.append(root / name)
    return paths
