"""``ew_actors``: actor mentions resolved against the actor knowledge base.

Writes ``doc._.ew_actors: list[ActorMention]`` in text order, without overlaps. One
``PhraseMatcher`` (attribute LOWER) finds every alias; the longest match wins. Matches of
names (countries, people, organisations, outlets...) written all in lower case are dropped,
as are cased aliases written otherwise ("us" is not the US). Adjacent pieces are then
composed when the parse links them (the left piece modifies the right one: compound, amod,
poss, nmod; or "<sector> of <country>"):

* country, demonym, capital or institution + sector word: "Russian troops" -> RUSMIL,
  "Iran's foreign ministry" -> IRNGOV, "the government of Iran" -> IRNGOV;
* a "generic" word (spokesman, officials, leader) takes the sector of what modifies it:
  "Kremlin spokesman" -> RUSGOV, "army spokesman" -> MIL, "opposition leader" -> OPP;
  with a country but no sector it keeps its own ("US officials" -> USAGOV); alone it names
  no actor ("a spokesman said": code None);
* title + person: "Chinese President Xi Jinping" -> CHNGOV, name and kb_id of Xi; a title
  followed by an unknown proper name keeps the name as written ("Defence Minister Rustem
  Umerov") and the code of the composition ("GOV" with no country);
* an organisation keeps its own code ("NATO troops" -> IGOWSTNAT, sector MIL;
  "Hamas militants" -> PSEREB).

People and groups resolve by the article's publication date (``published_of(doc)``; None:
their latest role). A title with no country in its phrase gets no country by default:
guessing from the sentence's other countries is wrong too often ("Russia attacked Ukraine,
Foreign Minister Kuleba said" vs "... Foreign Minister Lavrov said"); set the factory option
``title_country_from_context`` to take the nearest preceding country in the sentence. A bare
sector word never inherits a country from the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.knowledge.actors import PROPER_KINDS, ActorEntry, ActorKB, actor_kb
from eventwire.pipeline.context import published_of
from eventwire.pipeline.mentions import ActorMention

if not Doc.has_extension("ew_actors"):
    Doc.set_extension("ew_actors", default=None)

# Dependency labels by which a left piece modifies the piece on its right.
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
# Tokens allowed between two composed pieces ("Russia 's troops", "Russian occupying troops").
GAP_DEPS = frozenset({"case", "amod", "compound", "nmod", "nummod", "advmod"})
# "pro-Russian separatists", "anti-American protesters" are not Russian or American actors.
AFFIX_PREFIXES = frozenset({"pro", "anti"})
MAX_GAP = 3
MAX_NAME_TOKENS = 4
NAME_STOP_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "PART"})
PLACE = "place"
ORG = "org"
AGENT = "agent"
TITLE = "title"
PERSON = "person"
# A phrase known to name no actor (PETRARCH's null code): it takes its span and is dropped.
NULL = "null"
ROLE_OF_KIND = {
    "null": NULL,
    "country": PLACE,
    "demonym": PLACE,
    "capital": PLACE,
    "institution": PLACE,
    "igo": ORG,
    "ngo": ORG,
    "media": ORG,
    "group": ORG,
    "agent": AGENT,
    "title": TITLE,
    "person": PERSON,
}
# (left role, right role) pairs that compose when the parse links them.
COMPOSABLE = frozenset(
    {
        (PLACE, AGENT),
        (PLACE, TITLE),
        (PLACE, PERSON),
        (ORG, AGENT),
        (ORG, TITLE),
        (ORG, PERSON),
        (AGENT, AGENT),
        (AGENT, TITLE),
        (TITLE, PERSON),
    }
)


@dataclass(slots=True)
class _Piece:
    """A matched (or composed) phrase, before it becomes an ``ActorMention``."""

    start: int
    end: int
    role: str
    kind: str
    country: str | None = None
    org_code: str | None = None
    anchor_sector: str | None = None
    sector: str | None = None
    sector_given: bool = False
    has_title: bool = False
    needs_name: bool = False
    person: ActorEntry | None = None
    name: str | None = None
    kb_id: str | None = None
    prefix: bool = False


class PhraseIndex:
    """Alias keys by their lower-case token sequence; finds every alias in a ``Doc``.

    Compiled dictionaries carry their tokens, so only the other aliases are tokenized (once,
    when the component is built)."""

    def __init__(self, nlp: Language, forms: Iterable[tuple[str, str, tuple[str, ...] | None]]):
        self.keys: dict[tuple[str, ...], list[str]] = {}
        pending: list[tuple[str, str]] = []
        for key, text, tokens in forms:
            if tokens is None:
                pending.append((key, text))
            else:
                self._add(tuple(t.lower() for t in tokens), key)
        docs = nlp.tokenizer.pipe(text for _, text in pending)  # type: ignore[union-attr]
        for (key, _), tokenized in zip(pending, docs, strict=True):
            self._add(tuple(t.lower_ for t in tokenized), key)
        lengths: dict[str, set[int]] = {}
        for tokens in self.keys:
            lengths.setdefault(tokens[0], set()).add(len(tokens))
        self.lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}

    def _add(self, tokens: tuple[str, ...], key: str) -> None:
        if tokens:
            keys = self.keys.setdefault(tokens, [])
            if key not in keys:
                keys.append(key)

    def __call__(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """``(alias key, start, end)`` of every alias occurrence."""
        lowers = [token.lower_ for token in doc]
        for start, first in enumerate(lowers):
            for size in self.lengths.get(first, ()):
                for key in self.keys.get(tuple(lowers[start : start + size]), ()):
                    yield key, start, start + size


class ActorsComponent:
    """Finds actor mentions with one phrase index and composes them along the parse."""

    def __init__(self, nlp: Language, kb: ActorKB, title_country_from_context: bool) -> None:
        self.kb = kb
        self.title_country_from_context = title_country_from_context
        self.index = PhraseIndex(nlp, kb.match_forms())

    def __call__(self, doc: Doc) -> Doc:
        on = published_of(doc)
        pieces = [p for p in _longest(self._matches(doc, on)) if p.role != NULL]
        composed = _compose(doc, pieces)
        named = [p for p in (_with_name(doc, p, composed) for p in composed) if p is not None]
        if self.title_country_from_context:
            named = _countries_from_context(doc, named)
        doc._.ew_actors = [_mention(doc, piece) for piece in named]
        return doc

    def _matches(self, doc: Doc, on: date | None) -> Iterator[_Piece]:
        for key, start, end in self.index(doc):
            written = doc[start:end].text
            entry = self.kb.choose(self.kb.candidates(key, written), on)
            if entry is None or (entry.kind in PROPER_KINDS and written.islower()):
                continue
            if entry.kind in PROPER_KINDS and _after_affix(doc, start):
                continue
            yield _piece(entry, start, end, on)


def _after_affix(doc: Doc, start: int) -> bool:
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in AFFIX_PREFIXES


def _piece(entry: ActorEntry, start: int, end: int, on: date | None) -> _Piece:
    role = ROLE_OF_KIND[entry.kind]
    piece = _Piece(start, end, role, entry.kind, kb_id=entry.id)
    if role == PERSON:
        piece.person, piece.name = entry.at(on), entry.name
    elif role == ORG:
        resolved = entry.at(on)
        piece.org_code, piece.country = resolved.code, resolved.country
        piece.anchor_sector, piece.name = resolved.sector, entry.name
    elif role == NULL:
        piece.kb_id = None
    elif role == PLACE:
        piece.country, piece.anchor_sector = entry.country, entry.sector
        piece.name = entry.name if entry.kind in ("country", "institution") else None
    else:
        piece.sector, piece.sector_given = entry.sector, not entry.generic
        piece.has_title, piece.needs_name = role == TITLE, entry.needs_name
        piece.kb_id, piece.prefix = None, entry.prefix
        if entry.generic:
            piece.sector = None
            piece.anchor_sector = entry.sector
    return piece


def _longest(pieces: Iterable[_Piece]) -> list[_Piece]:
    """Longest matches first, no overlaps, then text order."""
    taken: set[int] = set()
    kept: list[_Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start - p.end, p.start)):
        span = range(piece.start, piece.end)
        if not taken.intersection(span):
            taken.update(span)
            kept.append(piece)
    return sorted(kept, key=lambda p: p.start)


def _compose(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """Fold text-ordered pieces left to right, merging each into the previous when linked."""
    out: list[_Piece] = []
    for piece in pieces:
        if out and (merged := _merge(doc, out[-1], piece)) is not None:
            out[-1] = merged
        else:
            out.append(piece)
    return out


def _merge(doc: Doc, left: _Piece, right: _Piece) -> _Piece | None:
    gap = doc[left.end : right.start]
    if _is_prep_link(gap, left) and left.role in (AGENT, TITLE) and right.role != PERSON:
        return _combine(right, left, left.start, right.end, left.role)
    if _is_named_title(doc, left, right, gap):
        return _combine(left, right, left.start, right.end, right.role)
    if (left.role, right.role) not in COMPOSABLE or not _linked(doc, left, right, gap):
        return None
    return _combine(left, right, left.start, right.end, right.role)


def _is_named_title(doc: Doc, left: _Piece, right: _Piece, gap: Span) -> bool:
    """ "Prime Minister X" where a dictionary codes the name X by its country only (a
    PETRARCH actor line "X [FRA]"): the title right before it gives the sector, FRAGOV."""
    if left.role != TITLE or right.role != PLACE or right.kind != "country" or len(gap):
        return False
    return _linked(doc, left, right, gap)


def _is_prep_link(gap: Span, left: _Piece) -> bool:
    """ "the government of Iran", "the head of the army", "soldiers from Chad"; "a spokesman
    for the Kremlin"."""
    words = [t.lower_ for t in gap]
    if words[-1:] == ["the"]:
        words = words[:-1]
    if words in (["of"], ["from"]):
        return True
    return words == ["for"] and left.has_title and not left.sector_given


def _linked(doc: Doc, left: _Piece, right: _Piece, gap: Span) -> bool:
    """Whether the left piece modifies the right one (directly or across a short gap)."""
    if len(gap) > MAX_GAP or any(not _gap_token(t) for t in gap):
        return False
    root = doc[left.start : left.end].root
    if right.start <= root.head.i < right.end or any(t.head.i == root.i for t in gap):
        return True
    if _conjoined_modifier(root, right):
        return True
    return len(gap) == 0 and root.dep_ in MODIFIER_DEPS


def _conjoined_modifier(root: Token, right: _Piece) -> bool:
    """ "US and British activists": the second of two conjoined modifiers of the right piece
    (the nearer one composes; the first stays an actor of its own)."""
    first = root.head
    return (
        root.dep_ == "conj"
        and first.dep_ in MODIFIER_DEPS
        and right.start <= first.head.i < right.end
    )


def _gap_token(token: Token) -> bool:
    return token.tag_ == "POS" or (token.dep_ in GAP_DEPS and not token.is_punct)


def _combine(mod: _Piece, head: _Piece, start: int, end: int, role: str) -> _Piece:
    """``mod`` modifies ``head``: the country/organisation of one, the sector of the other."""
    sector, given = head.sector, head.sector_given
    if not given:
        sector = mod.sector or mod.anchor_sector or head.sector or head.anchor_sector
        given = bool(mod.sector_given or mod.anchor_sector)
    named = _named_part(mod, head)
    return _Piece(
        start,
        end,
        role,
        head.kind,
        country=mod.country or head.country,
        org_code=mod.org_code or head.org_code,
        anchor_sector=mod.anchor_sector or head.anchor_sector,
        sector=sector,
        sector_given=given,
        has_title=mod.has_title or head.has_title,
        needs_name=head.needs_name and head.person is None and mod.person is None,
        person=head.person or mod.person,
        name=named.name if named else None,
        kb_id=named.kb_id if named else None,
        prefix=head.prefix if head.sector_given else mod.prefix or head.prefix,
    )


def _named_part(mod: _Piece, head: _Piece) -> _Piece | None:
    """The part whose name a composed phrase keeps: a person, else an organisation."""
    for part in (head, mod):
        if part.person is not None:
            return part
    for part in (head, mod):
        if part.org_code is not None:
            return part
    return None


def _with_name(doc: Doc, piece: _Piece, pieces: list[_Piece]) -> _Piece | None:
    """A title followed by a proper name not in the KB takes the name as written."""
    if not piece.has_title or piece.person is not None:
        return None if piece.needs_name else piece
    limit = min([p.start for p in pieces if p.start >= piece.end] + [len(doc)])
    end = piece.end
    while end < limit and end - piece.end < MAX_NAME_TOKENS and _name_token(doc[end]):
        end += 1
    if end == piece.end:
        return None if piece.needs_name else piece
    name = doc[piece.end : end].text
    return replace(piece, end=end, role=PERSON, kind="person", name=name, needs_name=False)


def _name_token(token: Token) -> bool:
    if token.pos_ in NAME_STOP_POS or token.tag_ == "POS":
        return False
    return token.pos_ == "PROPN" or (token.is_title and token.is_alpha)


def _countries_from_context(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """Optional rule: a title without a country takes the nearest earlier one in its sentence."""
    out: list[_Piece] = []
    for piece in pieces:
        if piece.has_title and piece.country is None and piece.org_code is None:
            sent_start = doc[piece.start].sent.start
            earlier = [p for p in out if p.country and p.start >= sent_start]
            if earlier:
                piece = replace(piece, country=earlier[-1].country)
        out.append(piece)
    return out


def _code(piece: _Piece) -> tuple[str | None, str | None, str | None]:
    """``(code, country, sector)`` of a finished piece."""
    if piece.person is not None and (piece.person.code or not piece.has_title):
        return piece.person.code, piece.person.country, piece.person.sector
    sector = piece.sector if piece.sector_given or piece.country or piece.org_code else None
    if piece.org_code:
        return piece.org_code, piece.country, sector or piece.anchor_sector
    sector = sector or piece.anchor_sector
    if piece.country and piece.prefix and sector:
        return f"{sector}{piece.country}", piece.country, sector
    if piece.country:
        return f"{piece.country}{sector or ''}", piece.country, sector
    if sector and piece.sector_given:
        return sector, None, sector
    return None, None, None


def _mention(doc: Doc, piece: _Piece) -> ActorMention:
    code, country, sector = _code(piece)
    # A PETRARCH agent code may name several sectors ("GOVMED"): the mention keeps the first.
    sector = sector[:3] if sector else None
    kind = _kind(piece, sector)
    return ActorMention(
        start=piece.start,
        end=piece.end,
        head=doc[piece.start : piece.end].root.i,
        code=code,
        country=country,
        sector=sector,
        name=piece.name,
        kb_id=piece.kb_id,
        kind=kind,
    )


def _kind(piece: _Piece, sector: str | None) -> str:
    if piece.person is not None:
        return "leader"
    if piece.role == PERSON:
        return "person"
    if piece.kind == "media" or (sector == "MED" and piece.role in (AGENT, ORG)):
        return "media"
    if piece.role == AGENT:
        return "sector"
    if piece.has_title:
        return "title"
    return piece.kind


@Language.factory(
    "ew_actors",
    default_config={
        "dictionaries": [],
        "title_country_from_context": False,
        "petrarch_data": True,
        "own_data": True,
    },
    assigns=["doc._.ew_actors"],
    requires=["token.dep", "token.head", "token.pos"],
)
def make_actors(
    nlp: Language,
    name: str,
    dictionaries: list[str],
    title_country_from_context: bool,
    petrarch_data: bool,
    own_data: bool,
) -> ActorsComponent:
    """The ``ew_actors`` component. ``dictionaries`` are user dictionary directories (see
    ``docs/dictionaries.md``), which override the bundled data; ``petrarch_data`` adds the
    converted Phoenix dictionaries beneath eventwire's own actor data (``own_data``); with
    both off only the user dictionaries count (PETRARCH's validation setup)."""
    kb = actor_kb(dictionaries, petrarch_data, own_data)
    return ActorsComponent(nlp, kb, title_country_from_context)
