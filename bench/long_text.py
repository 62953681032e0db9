"""Cost of one long article with no punctuation against a short one, in one process.

Usage: ``python bench/long_text.py [--words 20000] [--short 2000] [--rounds 1] [--corpus PATH]``.
Real news words from ``--corpus`` (the throughput corpus by default) are stripped of every
punctuation mark and line break and joined into one article of ``--words`` words and one of
``--short`` words (its first words). Both are coded with one ``Coder``; the report is the
seconds per word of each and their ratio, which stays close to 1 when the coder's cost grows
linearly with length (``bench/README.md``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from eventwire.coder import Coder
from eventwire.records import Article

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1]
    / ".." / "shared" / "corpora" / "allsides_article_bias" / "eval_international_500.jsonl"
)
WORD = re.compile(r"[^\W_]+")


def corpus_words(path: Path, count: int) -> list[str]:
    """The first ``count`` words of the corpus texts, every mark between them dropped."""
    words: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            words += WORD.findall(json.loads(line).get("text") or "")
            if len(words) >= count:
                return words[:count]
    raise SystemExit(f"{path} holds fewer than {count} words")


def unpunctuated(words: list[str], count: int, article_id: str) -> Article:
    return Article(text=" ".join(words[:count]), id=article_id)


def seconds_to_code(coder: Coder, article: Article, rounds: int) -> tuple[float, int]:
    """The best CPU seconds of ``rounds`` codings of ``article``, and its number of events."""
    best, events = float("inf"), 0
    for _ in range(rounds):
        start = time.process_time()
        result = next(coder.code_articles([article]))
        best = min(best, time.process_time() - start)
        if result.error is not None:
            raise SystemExit(f"{article.id}: {result.error}")
        events = len(result.events)
    return best, events


def parse_args(argv: Iterable[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Long unpunctuated text against a short one.")
    parser.add_argument("--words", type=int, default=20_000, help="words of the long article")
    parser.add_argument("--short", type=int, default=2_000, help="words of the short article")
    parser.add_argument("--rounds", type=int, default=1, help="timed codings of each (best)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    return parser.parse_args(None if argv is None else list(argv))


def main(argv: Iterable[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (pass --corpus)", file=sys.stderr)
        return 2
    words = corpus_words(args.corpus, max(args.words, args.short))
    coder = Coder()
    seconds_to_code(coder, unpunctuated(words, 200, "warmup"), 1)
    rows = []
    for count in (args.short, args.words):
        seconds, events = seconds_to_code(coder, unpunctuated(words, count, f"w{count}"),
                                          args.rounds)
        rows.append((count, seconds, events))
        print(f"{count:>7,} words  {seconds:8.2f} s CPU  {1000 * seconds / count:7.3f} ms/word  "
              f"{events} events")
    (short, short_s, _), (long, long_s, _) = rows
    print(f"time per word, {long:,} against {short:,} words: "
          f"{(long_s / long) / (short_s / short):.2f} (1.00 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
