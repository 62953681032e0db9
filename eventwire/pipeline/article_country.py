"""The country of a party or chamber named without one, from the article (``ew_actors``).

Several countries' parties bear the names "Labour" and "the Conservatives", and many
countries have a "Senate" or a "House" (``parties.yaml``, ``sectors.yaml``), so alone such a
name is coded by its sector only (PTY, LEG). An article about one country's politics names
that country's party or chamber: in a British article "Labour" is GBRPTY, in an American one
"the House" is USALEG. The article is about one country's politics when its actors of domestic
politics with a country (government, legislature, parties, judiciary, elites, opposition:
``DOMESTIC_SECTORS``) mostly belong to that country: at least ``MIN_EVIDENCE`` of them, and
more than ``DOMINANCE`` times as many as of any other country. Only the capitalised proper
names of a party or chamber take that country ("Labour", "the Senate", "Senator Tom Poe"; a
capital at the start of a sentence only when the article writes the word so elsewhere too);
a common sector word ("the government", "lawmakers") still never does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from eventwire.pipeline.mentions import ActorMention

# Sectors of the actors of a country's own politics.
DOMESTIC_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD", "ELI", "OPP"})
# Sectors of the proper names that take the article's country.
NAMED_SECTORS = frozenset({"PTY", "LEG"})
MIN_EVIDENCE = 3
DOMINANCE = 2


def article_country(mentions: Sequence[ActorMention]) -> str | None:
    """The one country whose domestic actors the article names (module docstring)."""
    counts = Counter(m.country for m in mentions
                     if m.country and m.sector in DOMESTIC_SECTORS and m.code
                     and m.code.startswith(m.country))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_EVIDENCE:
        return None
    if len(ranked) > 1 and ranked[0][1] <= DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def with_article_country(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the article's country given to the capitalised names of a party or
    chamber coded by their sector alone ("Labour": PTY -> GBRPTY)."""
    country = article_country(mentions)
    if country is None:
        return mentions
    return [_in_country(m, country) if _named_sector_only(doc, m) else m for m in mentions]


def _named_sector_only(doc: Doc, mention: ActorMention) -> bool:
    if mention.country is not None or mention.code is None or mention.code != mention.sector:
        return False
    if mention.sector not in NAMED_SECTORS:
        return False
    head = doc[mention.head]
    if not (head.is_alpha and head.text[:1].isupper()):
        return False
    # A capital that starts a sentence says nothing ("Lawmakers said"), unless the article
    # writes the word so elsewhere too ("Labour hit back" after "... accused Labour").
    return head.i != head.sent.start or head.pos_ == "PROPN" or any(
        t.text == head.text and t.i != t.sent.start for t in doc)


def _in_country(mention: ActorMention, country: str) -> ActorMention:
    return replace(mention, country=country, code=f"{country}{mention.code}")


__all__ = ["article_country", "with_article_country"]
