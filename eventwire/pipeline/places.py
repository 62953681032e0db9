"""``ew_places``: the places a text names, resolved against the packaged gazetteer.

Writes ``doc._.ew_places: list[PlaceMention]`` in text order, without overlaps. A name is
looked up from each capitalised token, longest first (up to the gazetteer's longest name),
so "New York", "Tel Aviv" and "South China Sea" match whole. Readings are then filtered:

* a city or state needs a proper-noun tag on one of its tokens, no word in lower case that its
  name capitalises ("the Texas city of" is not Texas City), and must not be followed by
  another capitalised proper noun ("Moscow Times", "Paris Hilton" are not places), nor, as one
  word, follow "the" unless it modifies the common noun after it ("the Boston bombing");
* a city whose name is also a common word (data: ``common_words``, plus English stop words)
  must be a proper noun and not the first word of its sentence ("Split is", "Reading the");
* a capitalised name followed by a province word (data: ``admin1_suffixes``) is a
  first-level subdivision when the gazetteer has one of that name ("Idlib province", "Kharkiv
  oblast", "the Somali region", whatever its tag unless it starts the sentence), else the
  city's area: "Bakhmut region" has admin1 precision; a city before a smaller area's word
  (``area_suffixes``) is always the city's area ("Kandahar district", not the province);
  neither is a province word before an institution's noun (``institution_nouns``: "Moscow
  State University");
* a qualifier after a comma ("Paris, Texas", "Kharkiv, Ukraine") restricts the candidates to
  that state or country and becomes part of the mention;
* a name after "<place> <part noun> of" (data: ``part_nouns``: "the Paris suburb of
  Saint-Denis", "the Texas city of El Paso") is read inside that place's country when it has a
  reading there (Saint-Denis in France, not in Reunion).

Ambiguous names are resolved by :meth:`Gazetteer.choose`, with the countries the article
names (found by this same scan) as context. Places used as actors ("Moscow said") are kept:
the record assembly decides which place is the event's location.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.knowledge.gazetteer import Entry, Gazetteer, Place, gazetteer, lies_in
from eventwire.pipeline.mentions import PlaceMention

if not Doc.has_extension("ew_places"):
    Doc.set_extension("ew_places", default=None)

PROPER = ("PROPN",)
POSSESSIVES = frozenset({"'s", "\u2019s"})
QUALIFIER_TOKENS = 4


@dataclass(frozen=True, slots=True)
class _Found:
    """A name found in the text with its candidate readings, before disambiguation."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    suffix: Token | None = None
    qualifier: Place | None = None
    qualifier_end: int | None = None


class PlacesComponent:
    """Finds gazetteer names in a ``Doc`` and resolves each to one place."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gazetteer = gaz

    def __call__(self, doc: Doc) -> Doc:
        words = _Words(doc)
        found = [f for sent in _sentences(doc) for f in self._scan(sent, words)]
        mentioned = self._mentioned_countries(found)
        places: list[PlaceMention] = []
        for item in found:
            mention = self._resolve(doc, item, mentioned, self._whole(doc, item, places))
            if mention is not None:
                places.append(mention)
        doc._.ew_places = places
        return doc

    def _whole(self, doc: Doc, found: _Found, places: list[PlaceMention]) -> Place | None:
        """The country of the place whose part ``found`` names ("the Paris suburb of
        Saint-Denis": France, see :func:`part_start`)."""
        country = places[-1].country if places else None
        if country is None or part_start(
                doc, places[-1].end, self.gazetteer.part_nouns) != found.start:
            return None
        return self.gazetteer.country(country)

    # finding --------------------------------------------------------------------------
    def _scan(self, sent: Span, words: _Words) -> list[_Found]:
        doc = sent.doc
        found: list[_Found] = []
        i = sent.start
        while i < sent.end:
            match = self._match_at(doc, i, sent, words) if words.capitalised[i] else None
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.qualifier_end or (match.end + (1 if match.suffix is not None else 0))
        return found

    def _match_at(self, doc: Doc, start: int, sent: Span, words: _Words) -> _Found | None:
        last = min(start + self.gazetteer.max_tokens, sent.end)
        for end in range(last, start, -1):
            suffixed = self._suffixed(end, sent, words)
            entries = self.gazetteer.lookup(words.text(start, end), suffixed=suffixed)
            if not entries:
                continue
            suffix = doc[end] if suffixed else None
            kept = tuple(e for e in entries if _plausible(e, doc[start:end], sent, suffix))
            if kept:
                return self._with_qualifier(_Found(start, end, kept, suffix), sent)
        return None

    def _suffixed(self, end: int, sent: Span, words: _Words) -> bool:
        """A province or area word at ``end`` (not before an institution's noun)."""
        lower = words.lower
        if end >= sent.end or not (lower[end] in self.gazetteer.admin1_suffixes
                                   or lower[end] in self.gazetteer.area_suffixes):
            return False
        return not (end + 1 < sent.end and lower[end + 1] in self.gazetteer.institution_nouns)

    def _with_qualifier(self, found: _Found, sent: Span) -> _Found:
        """Attach ", <province, state or country>" when the name has a reading inside one of the
        qualifier's readings ("Atlanta, Georgia" is the state, "Kramatorsk, Donetsk" the
        province: the qualifier's own default reading does not matter)."""
        doc = sent.doc
        comma = found.end + (1 if found.suffix is not None else 0)
        if comma + 1 >= sent.end or doc[comma].text != ",":
            return found
        first = comma + 1
        for end in range(min(first + QUALIFIER_TOKENS, sent.end), first, -1):
            if not doc[first].text[:1].isupper():
                break
            areas = [a for a in self.gazetteer.lookup(doc[first:end].text)
                     if a.place.kind in ("country", "admin1")
                     and any(lies_in(e.place, a.place) for e in found.entries)]
            area = self.gazetteer.choose(areas)
            if area is not None:
                return _Found(found.start, found.end, found.entries, found.suffix, area, end)
        return found

    # resolving ------------------------------------------------------------------------
    def _mentioned_countries(self, found: list[_Found]) -> set[str]:
        countries: set[str] = set()
        for item in found:
            place = self.gazetteer.choose(item.entries)
            if place is not None and place.kind == "country" and place.country:
                countries.add(place.country)
            if item.qualifier is not None and item.qualifier.country:
                countries.add(item.qualifier.country)
        return countries

    def _resolve(self, doc: Doc, found: _Found, mentioned: set[str],
                 whole: Place | None = None) -> PlaceMention | None:
        entries = found.entries
        if found.suffix is not None and found.suffix.lower_ in self.gazetteer.admin1_suffixes:
            entries = tuple(e for e in entries if e.place.kind == "admin1") or entries
        place = self.gazetteer.choose(entries, mentioned, within=found.qualifier or whole)
        if place is None:
            return None
        end = found.qualifier_end or found.end
        if found.suffix is not None and place.kind == "admin1":
            end = max(end, found.suffix.i + 1)
        if found.suffix is not None and place.kind == "city":
            name = f"{place.name} {found.suffix.lower_}"
            end = max(end, found.suffix.i + 1)
            return PlaceMention(found.start, end, name, place.country, place.lat, place.lon,
                                None, "admin1")
        return PlaceMention(found.start, end, place.name, place.country, place.lat, place.lon,
                            place.geonameid, place.kind)


class _Words:
    """The doc's words read once: lower case, capitalised or not, and character offsets, so
    that the text of any run of tokens is a slice of the doc's text."""

    def __init__(self, doc: Doc) -> None:
        self.doc_text = doc.text
        self.lower: list[str] = []
        self.capitalised: list[bool] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for token in doc:  # one pass over the doc's tokens
            self.lower.append(token.lower_)
            self.capitalised.append(_may_start(token))
            self.starts.append(token.idx)
            self.ends.append(token.idx + len(token))

    def text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        return self.doc_text[self.starts[start]:self.ends[end - 1]]


def part_start(doc: Doc, end: int, part_nouns: Collection[str]) -> int | None:
    """Where the name of a part of the place ending at token ``end`` would start: after "<part
    noun> of" ("the Paris suburb of Saint-Denis", "Kabul's outskirts of Paghman"), or after "of"
    when the place's own mention ends with such a noun ("the Baghdad district of Karrada")."""
    i = end + 1 if end < len(doc) and doc[end].lower_ in POSSESSIVES else end
    if i < len(doc) and doc[i].lower_ in part_nouns:
        i += 1
    elif not (end > 0 and doc[end - 1].lower_ in part_nouns):
        return None
    return i + 1 if i + 1 < len(doc) and doc[i].lower_ == "of" else None


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return list(doc.sents)
    return [doc[:]]


def _may_start(token: Token) -> bool:
    return token.text[:1].isupper()


def _plausible(entry: Entry, span: Span, sent: Span, suffix: Token | None) -> bool:
    """Whether the text around ``span`` allows this reading (see the module docstring)."""
    if entry.place.kind in ("country", "region"):
        return True
    proper = any(t.pos_ in PROPER for t in span)
    if suffix is not None and entry.place.kind == "admin1":
        # capitalised before a province word: "the Somali region" (not "Southern regions ...")
        return proper or span.start != sent.start
    if not proper or _lower_word_capitalised(entry.place.name, span):
        return False
    if suffix is None and (_continues_name(span, sent) or _ends_name(span, sent)):
        return False
    if entry.common_word:
        return span.start != sent.start and span[0].pos_ in PROPER
    return True


def _lower_word_capitalised(name: str, span: Span) -> bool:
    """A word the text writes in lower case that the place's name capitalises: "the Texas city
    of El Paso" does not name Texas City (a lower-case word of the name stays one: "Rio de
    Janeiro")."""
    capitalised = {word.casefold() for word in name.split() if word[:1].isupper()}
    return any(t.is_alpha and t.text.islower() and t.text in capitalised for t in span)


def _ends_name(span: Span, sent: Span) -> bool:
    """A one-word city after a capitalised proper noun or after "the" ends a longer name
    ("Guantanamo Bay", "the University"), unless after "the" it modifies a common noun ("the
    Boston bombing"); multi-word places were matched whole before."""
    if len(span) > 1 or span.start <= sent.start:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ == "the":
        return not _modifies_common_noun(span, sent)
    return before.pos_ in PROPER and before.text[:1].isupper() and before.is_alpha


def _modifies_common_noun(span: Span, sent: Span) -> bool:
    """A proper noun compounded onto the lower-case noun after it ("the Waltham murders")."""
    if span.end >= sent.end or span[0].pos_ not in PROPER:
        return False
    after = span.doc[span.end]
    return (after.pos_ == "NOUN" and after.text.islower() and span[-1].dep_ == "compound"
            and span[-1].head.i > span[-1].i)


def _continues_name(span: Span, sent: Span) -> bool:
    """A following capitalised proper noun means the place name is part of a longer name."""
    if span.end >= sent.end:
        return False
    after = span.doc[span.end]
    return after.pos_ in PROPER and after.text[:1].isupper()


@Language.factory(
    "ew_places",
    assigns=["doc._.ew_places"],
    requires=["token.pos"],
)
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """The ``ew_places`` component; the gazetteer is built once per process."""
    return PlacesComponent(gazetteer())


__all__ = ["PlacesComponent", "make_places", "part_start"]
