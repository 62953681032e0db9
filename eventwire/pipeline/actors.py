"""``ew_actors``: actor mentions resolved against the actor knowledge base.

Writes ``doc._.ew_actors: list[ActorMention]`` in text order, without overlaps. One
alias index (``alias_index``) finds every alias; the longest match wins. Matches of
names (countries, people, organisations, outlets...) written all in lower case are dropped,
as are cased aliases written otherwise ("us" is not the US). Adjacent pieces are then
composed when the parse links them (the left piece modifies the right one: compound, amod,
poss, nmod; or "<sector> of <country>"; the rules live in ``actor_compose``):

* country, demonym, capital or institution + sector word: "Russian troops" -> RUSMIL,
  "Iran's foreign ministry" -> IRNGOV, "the government of Iran" -> IRNGOV;
* a "generic" word (spokesman, officials, leader) takes the sector of what modifies it:
  "Kremlin spokesman" -> RUSGOV, "army spokesman" -> MIL, "opposition leader" -> OPP;
  with a country but no sector it keeps its own ("US officials" -> USAGOV); alone it names
  no actor ("a spokesman said": code None);
* title + person: "Chinese President Xi Jinping" -> CHNGOV, name and kb_id of Xi; a title
  followed by an unknown proper name keeps the name as written ("Defence Minister Rustem
  Umerov"; ``titled_names``) and the code of the composition ("GOV" with no country); so
  does a title the parser splits from the name after it ("his counterpart President X":
  ``actor_compose``);
* a generic word or a person of an intergovernmental organisation is its executive, sector GOV
  ("UN spokesman", "Kofi Annan": IGOUNO, GOV); an organ may have a sector of its own
  (``organ_sector`` in ``international.yaml``: the Security Council is GOV); an organisation
  named alone has the field of work its code names as its sector ("UN refugee agency",
  IGOUNOREFHCR: REF), else IGO or NGO;
* an international organisation takes the sector word's code as a suffix ("NATO troops" ->
  IGOWSTNATMIL, sector MIL, as PETRARCH composes agents); a group whose code already has a
  sector keeps it ("Hamas militants" -> PSEREB);
* a sector word followed by a place through "of"/"from" takes its country ("the government of
  Iran" -> IRNGOV), and through "in"/"throughout" too unless it is an armed force, which is
  often abroad ("rebels in Ivory Coast" -> CIVREB; "soldiers in Iraq" -> MIL); a sector word
  that already has a country keeps it ("Serbian forces from Bosnia" -> SRBMIL);
* a person's sector word is of his country and its own sector, and is not the person
  ("Erdogan's government" -> TURGOV, no name);
* of two conjoined country modifiers the nearer composes with the head and the first keeps
  its own span with the head's sector ("US and British activists" -> USAOPP, GBROPP);
* a country or sector written once for a list is each member's (``actor_lists``): "Danish
  media and government" -> DNKMED, DNKGOV; "the ambassadors of A, B and C" -> AGOV, BGOV, CGOV;
  "lawmakers and officials in A and B" -> ALEG, AGOV, BLEG, BGOV (a phrase standing for
  several actors lists the others in ``ActorMention.also``), as does a compound dictionary
  code ("[FRO/BIL]");
* a PETRARCH prefix agent written before a name goes first ("MSF Arnor" -> NGOARN);
* a sector word that starts a hyphenated modifier ("rebel-held", "military-ruled") or is an
  adjective of a noun that names no actor ("military aid") is no actor;
* a nationality on a dwelling or settlement that names no actor ("Iraqi towns", "Palestinian
  homes") names the country's civilians (IRQCVL, PSECVL; ``not_actors.yaml``);
* persons held as a modifier of a noun after them ("prisoner exchange", "detainee transfer")
  name what the phrase is about, not an actor (``not_actors.yaml``, ``as_modifier``), so they
  neither yield a mention nor compose with a party beside them ("the Russia-Ukraine prisoner
  exchange": RUS, UKR);
* a capital that acts (subject, or "by" agent) stands for its government ("Ankara rejected
  it" -> TURGOV); as a place it stays the country code ("talks in Ankara" -> TUR);
* a US party-state label names a US state, no actor of its own, and gives the person it follows
  his country ("Sen. Jane Roe, R-Ga.", "Georgia Republican Sen. Jane Roe": USALEG;
  ``party_labels``);
* a country inside a company's name with a business word ("Air Italy", "Japan Tobacco") is a
  business of that country, ITABUS (``company_names``); a place inside a news outlet's name
  ("the Moscow Times", "the Times of India") is part of the outlet, MED (``outlet_names``); a
  party's members in a legislature ("Senate Democrats") or holding an office ("Labour MPs")
  have the office's sector (``actor_compose``); a role word that is a person's surname
  ("Eric Cantor", "Mr. Bishop") is no role (``person_names``); a sector noun used as a verb
  ("Hamas, which advocates ...") is no actor;
* a known person's name followed by a generation suffix names a namesake with no code
  ("Donald Trump Jr."; ``person_names.namesakes``);
* a title or official of an office of state written after "former" or "ex-" names an elite
  out of office ("Former Kenyan officials" -> KENELI; ``out_of_office``);
* a presiding title with an "of" proper name no dictionary knows heads a body of unknown
  sector, no office of state ("president of the Eurasia Group": no code; ``presided_bodies``);
  a demonym inside a proper name composes with its head ("the American Gaming Association":
  USANGO; ``actor_compose``);
* a party adjective inside a longer proper name is no party ("the Democratic Alliance";
  ``party_names``); a surname the parser reads as a modal ("May said", after "Theresa May") is
  the person and the subject of its verb (``person_names.modal_surname``); a counterpart
  coordinated with an actor takes the name written after it ("Trump and Chinese counterpart Xi
  Jinping": two parties; ``counterparts``);
* an office title written before a known person, or inside his alias ("President
  Boris Yeltsin"), wins over a dated code that has him out of office (see
  ``actor_codes._stated_office``; the code of a finished piece is built in ``actor_codes.py``).

A subject, "by" agent or verb object written as a proper name that matches no entry becomes a
mention with no code (``unknown_names``: "Parlatore said", "the IMA said").

People and groups resolve by the article's publication date (``published_of(doc)``; None:
their latest role). A title with no country in its phrase gets no country by default:
guessing from the sentence's other countries is wrong too often ("Russia attacked Ukraine,
Foreign Minister Kuleba said" vs "... Foreign Minister Lavrov said"); set the factory option
``title_country_from_context`` to take the nearest preceding country in the sentence. A bare
sector word never inherits a country from the article; the capitalised name of a party or
chamber does, when the article is about one country's politics ("Labour" in a British article:
GBRPTY; ``article_country``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from eventwire.knowledge.actors import (
    PROPER_KINDS,
    ActorEntry,
    ActorKB,
    actor_kb,
    normalize,
)
from eventwire.pipeline.acronyms import (
    Definition,
    compact,
    definitions,
    name_mentions,
    occurrences,
    same_name,
)
from eventwire.pipeline.actor_codes import actor_mention
from eventwire.pipeline.actor_compose import (
    AGENT,
    NULL,
    ORG,
    PERSON,
    PLACE,
    TITLE,
    Piece,
    compose,
)
from eventwire.pipeline.actor_lists import distribute
from eventwire.pipeline.alias_index import PhraseIndex
from eventwire.pipeline.apposed_names import with_apposed_names
from eventwire.pipeline.article_country import with_article_country
from eventwire.pipeline.attribution import load_lexicon as attribution_lexicon
from eventwire.pipeline.chamber_names import building_name, group_name_head
from eventwire.pipeline.company_names import load_company_names, with_company_names
from eventwire.pipeline.context import published_of
from eventwire.pipeline.counterparts import attach_counterpart_names
from eventwire.pipeline.out_of_office import out_of_office
from eventwire.pipeline.outlet_names import as_outlets, load_outlet_names, with_outlet_names
from eventwire.pipeline.party_labels import labels_of, with_label_countries, without_label_states
from eventwire.pipeline.party_modifiers import load_party_modifiers, party_modifier_only
from eventwire.pipeline.party_names import party_inside_name
from eventwire.pipeline.person_names import (
    given_name_clash,
    given_names,
    load_person_names,
    namesakes,
    parse_modal_surnames,
    person_name_words,
    place_inside_name,
    surname_place,
    with_person_names,
    without_role_surnames,
)
from eventwire.pipeline.presided_bodies import without_unknown_bodies
from eventwire.pipeline.surname_bearers import with_surname_bearers
from eventwire.pipeline.titled_names import with_name
from eventwire.pipeline.topic_countries import without_topic_countries
from eventwire.pipeline.unknown_names import (
    NameCandidates,
    Outlets,
    Recogniser,
    name_candidates,
    recognised_once,
    sentence_recogniser,
    with_unknown_names,
)

if not Doc.has_extension("ew_actors"):
    Doc.set_extension("ew_actors", default=None)

# "pro-Russian separatists", "anti-American protesters" are not Russian or American actors.
AFFIX_PREFIXES = frozenset({"pro", "anti"})
# "non-Muslims", "non-Kenyan workers", "non-combatants": the prefix denies the word, whatever
# its kind, so it names no such actor.
NEGATING_PREFIXES = frozenset({"non"})
# A word modifying a noun after it ("prisoner exchange"; the parser may call a noun modifier
# amod: "a detainee transfer"), for ``as_modifier`` words.
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_ARGUMENT_DEPS = frozenset({"nsubj", "dobj"})
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


class _Named(NamedTuple):
    """What ``ActorsComponent`` finds before the names no dictionary knows."""

    on: date | None
    defined: dict[str, Definition]
    named: list[Piece]
    candidates: NameCandidates


class ActorsComponent:
    """Finds actor mentions with one phrase index and composes them along the parse."""

    def __init__(
        self, nlp: Language, kb: ActorKB, title_country_from_context: bool,
        outlets: frozenset[str] = frozenset(), agent_suffixes: bool = False,
    ) -> None:
        self.kb = kb
        self.agent_suffixes = agent_suffixes
        self.outlets = outlets
        self.title_country_from_context = title_country_from_context
        self.index = PhraseIndex(nlp, kb.match_forms())
        self.functions = kb.sector_codes()
        self.person_names = load_person_names()
        self.person_words = person_name_words(kb)
        self.given_names = given_names(kb)
        self._aliases_of: dict[str, list[str]] | None = None
        # The recogniser loaded but not run on every text (``nlp.ON_DEMAND_COMPONENTS``).
        self.recogniser = sentence_recogniser(nlp)
        lexicon = attribution_lexicon()
        self.outlet_names = Outlets(frozenset(lexicon.outlet_names),
                                    frozenset(lexicon.outlet_nouns),
                                    frozenset(lexicon.body_outlet_nouns),
                                    frozenset(lexicon.news_words))

    def __call__(self, doc: Doc) -> Doc:
        return self._finish(doc, self._named(doc), self.recogniser)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """``__call__`` over ``docs``, the recogniser run once per batch over the candidate
        sentences of all its docs (fewer, larger runs of the model; each sentence is a doc of
        its own, so its tags are the same)."""
        for batch in minibatch(docs, size=batch_size):
            named = [self._named(doc) for doc in batch]
            recogniser = recognised_once(
                self.recogniser, [(doc, n.candidates) for doc, n in zip(batch, named, strict=True)])
            for doc, found in zip(batch, named, strict=True):
                yield self._finish(doc, found, recogniser)

    def _named(self, doc: Doc) -> _Named:
        """The doc's actor pieces before the names no dictionary knows, and the candidates for
        those names."""
        attach_counterpart_names(doc)
        on = published_of(doc)
        defined = definitions(doc)
        matched = self._without_other_persons(doc, _longest(self._matches(doc, on, defined)))
        matched = namesakes(doc, matched, self.person_names)
        matched = with_company_names(doc, matched, load_company_names())
        matched = with_outlet_names(doc, matched, load_outlet_names())
        pieces = [p for p in matched if p.role != NULL and not self._modifier_only(doc, p)]
        labels = labels_of(doc)
        pieces = without_label_states(doc, pieces, labels)
        composed = distribute(doc, compose(doc, pieces, _people_places(matched), self.outlets))
        composed = out_of_office(doc, composed, pieces)
        composed = without_unknown_bodies(doc, composed)
        composed = without_topic_countries(doc, composed, pieces)
        named = [p for p in (with_name(doc, p, composed) for p in composed) if p is not None]
        named = with_label_countries(named, labels)
        named = with_person_names(doc, named, self.person_names, self.person_words)
        parse_modal_surnames(doc, named)
        named = with_surname_bearers(doc, named, self.person_names, self.person_words)
        return _Named(on, defined, named, name_candidates(doc, named, self.outlet_names))

    def _finish(self, doc: Doc, found: _Named, recogniser: Recogniser | None) -> Doc:
        on, defined, named, candidates = found
        named = with_unknown_names(doc, named, self.outlet_names, recogniser, candidates)
        named = as_outlets(doc, named, load_outlet_names())
        if self.title_country_from_context:
            named = _countries_from_context(doc, named)
        mentions = [actor_mention(doc, piece, self.functions, self.agent_suffixes)
                    for piece in named]
        unknown = [d for d in defined.values() if self._name_entry(doc, d, on) is None]
        mentions = with_article_country(doc, mentions)
        mentions = name_mentions(doc, mentions, unknown) if unknown else mentions
        doc._.ew_actors = with_apposed_names(doc, mentions)
        return doc

    def _without_other_persons(self, doc: Doc, matched: list[Piece]) -> list[Piece]:
        """Matches less the dictionary persons written after another person's given name and
        the places and role words that are a person's surname (``person_names``)."""
        taken = {i for piece in matched for i in range(piece.start, piece.end)}
        kept = [p for p in matched if not self._misread_name(doc, p, taken)]
        return without_role_surnames(doc, kept, self.given_names, self.person_names)

    def _misread_name(self, doc: Doc, piece: Piece, taken: set[int]) -> bool:
        if surname_place(doc, piece, taken, self.given_names, self.person_names) \
                or place_inside_name(doc, piece, taken) or building_name(doc, piece, taken) \
                or group_name_head(doc, piece, taken) or party_inside_name(doc, piece, taken):
            return True
        if piece.role != PERSON or piece.kb_id is None:
            return False
        known = self.person_words.get(piece.kb_id, frozenset())
        return given_name_clash(doc, piece, taken, known, self.person_names)

    def _modifier_only(self, doc: Doc, piece: Piece) -> bool:
        """A word that names no actor as a modifier of a noun after it ("**prisoner**
        exchange", "**detainee** transfer": ``not_actors.yaml``, ``as_modifier``): the noun
        names what the phrase is about, not a party."""
        span = doc[piece.start:piece.end]
        root = span.root
        if party_modifier_only(doc, piece.start, piece.end, piece.anchor_sector or piece.sector,
                               load_party_modifiers()):
            return True
        return (normalize(span.text) in self.kb.modifier_words
                and root.dep_ in NOUN_MODIFIER_DEPS and root.head.i >= piece.end
                and root.head.pos_ in NOUN_POS)

    def _matches(
        self, doc: Doc, on: date | None, defined: dict[str, Definition]
    ) -> Iterator[Piece]:
        known: set[str] = set()
        for key, start, end in self.index(doc):
            written = doc[start:end].text
            entry = self.kb.choose(self.kb.candidates(key, written), on)
            if entry is not None and (definition := defined.get(compact(written))):
                known.add(definition.acronym)
                entry = self._defined_entry(doc, definition, entry, on)
            if entry is None or (entry.kind in PROPER_KINDS and written.islower()):
                continue
            if entry.kind in PROPER_KINDS and _after_affix(doc, start, AFFIX_PREFIXES):
                continue
            if _after_affix(doc, start, NEGATING_PREFIXES):
                continue
            if entry.kind in PROPER_KINDS and self._miscased(key, written):
                continue
            piece = _piece(entry, start, end, on)
            if piece.role in (AGENT, TITLE) and (_hyphen_modifier(doc, end)
                                                 or _finite_verb(doc, start, end)):
                continue
            if piece.role == PERSON:
                piece = self._with_alias_title(doc, piece)
            yield piece
        for definition in defined.values():
            if definition.acronym not in known:
                yield from self._new_acronym(doc, definition, on)

    def _new_acronym(self, doc: Doc, definition: Definition, on: date | None) -> Iterator[Piece]:
        """The occurrences of an acronym no dictionary knows, as the defined name's actor when
        the dictionaries know that name."""
        entry = self._name_entry(doc, definition, on)
        if entry is None:
            return
        for start, end in occurrences(doc, definition):
            yield _piece(entry, start, end, on)

    def _defined_entry(
        self, doc: Doc, definition: Definition, entry: ActorEntry, on: date | None
    ) -> ActorEntry | None:
        """What an acronym the article defines stands for (``acronyms``): the dictionary's own
        reading when it is the defined name, else the full name's entry, else no actor."""
        if same_name(list(doc[definition.start:definition.end]),
                     [entry.name, *self._alias_texts().get(entry.id, ())]):
            return entry
        return self._name_entry(doc, definition, on)

    def _alias_texts(self) -> dict[str, list[str]]:
        """Entry id -> the texts of its aliases, built on first use."""
        if self._aliases_of is None:
            self._aliases_of = {}
            for refs in self.kb.aliases.values():
                for ref in refs:
                    self._aliases_of.setdefault(ref.entry_id, []).append(ref.text)
        return self._aliases_of

    def _name_entry(self, doc: Doc, definition: Definition, on: date | None) -> ActorEntry | None:
        """The dictionary entry of an acronym's defined name, None if none knows it."""
        written = doc[definition.start:definition.end].text
        keys = self.index.keys_at(doc, definition.start, definition.end)
        return next((found for key in keys
                     if (found := self.kb.choose(self.kb.candidates(key, written), on))), None)

    def _miscased(self, key: str, written: str) -> bool:
        """ "a strict Islamic state" is not the Islamic State: a name written with a lower-case
        word where every written form of the alias has a capital there is no mention of it."""
        words = written.split()
        forms = [ref.text.split() for ref in self.kb.aliases.get(key, ())]
        return len(words) > 1 and all(_case_clash(words, form) for form in forms)

    def _with_alias_title(self, doc: Doc, piece: Piece) -> Piece:
        """A person alias that spells out an office ("President Boris Yeltsin") states it as a
        title written before the name would (see ``actor_codes._stated_office``)."""
        for start, end in self.index.windows(doc, piece.start, piece.end - 1):
            written = doc[start:end].text
            for entry in self.kb.candidates(normalize(written), written):
                if entry.kind == "title" and not entry.generic and entry.sector:
                    return replace(piece, has_title=True, sector=entry.sector, sector_given=True)
        return piece


def _case_clash(words: list[str], form: list[str]) -> bool:
    """The last word (the head of an English name) is lower case where the form has a capital;
    particles inside names vary in case ("Osama bin Laden", "Osama Bin Laden")."""
    if len(words) != len(form):
        return False
    return form[-1][:1].isupper() and words[-1][:1].islower()


def _hyphen_modifier(doc: Doc, end: int) -> bool:
    """ "rebel-held", "military-ruled", "government-backed": a sector word joined by a hyphen
    to the word after it is part of a modifier, not an actor of its own."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    )


def _finite_verb(doc: Doc, start: int, end: int) -> bool:
    """ "Hamas, which advocates Israel's destruction", "they police the border": a one-word
    sector noun used as a verb with a subject or an object of its own names no actor."""
    token = doc[start]
    return end - start == 1 and token.pos_ == "VERB" and any(
        child.dep_ in VERB_ARGUMENT_DEPS for child in token.children)


def _after_affix(doc: Doc, start: int, prefixes: frozenset[str]) -> bool:
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in prefixes


def _piece(entry: ActorEntry, start: int, end: int, on: date | None) -> Piece:
    role = ROLE_OF_KIND[entry.kind]
    piece = Piece(start, end, role, entry.kind, kb_id=entry.id)
    if role == PERSON:
        piece.person, piece.name = entry.at(on), entry.name
    elif role == ORG:
        resolved = entry.at(on)
        piece.org_code, piece.country = resolved.code, resolved.country
        piece.anchor_sector, piece.name = resolved.sector, entry.name
        piece.alts = resolved.also
    elif role == NULL:
        piece.kb_id, piece.anchor_sector = None, entry.sector
    elif role == PLACE:
        # A place whose country changed ("Sevastopol": USR, then UKR) is dated like a person.
        piece.country, piece.anchor_sector = entry.at(on).country, entry.sector
        piece.name = entry.name if entry.kind in ("country", "institution") else None
        piece.alts = entry.also
    else:
        piece.sector, piece.sector_given = entry.sector, not entry.generic
        piece.has_title, piece.needs_name = role == TITLE, entry.needs_name
        piece.presiding = entry.presiding
        piece.kb_id, piece.prefix = None, entry.prefix
        if entry.generic:
            piece.sector = None
            piece.anchor_sector = entry.sector
    return piece


def _people_places(pieces: Iterable[Piece]) -> dict[int, str]:
    """Token index -> sector, for the words that name no actor but whose nationality modifier
    names the people living there ("Iraqi towns": CVL; ``not_actors.yaml``)."""
    return {
        i: piece.anchor_sector
        for piece in pieces
        if piece.role == NULL and piece.anchor_sector
        for i in range(piece.start, piece.end)
    }


def _longest(pieces: Iterable[Piece]) -> list[Piece]:
    """Longest matches first, no overlaps, then text order."""
    taken: set[int] = set()
    kept: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start - p.end, p.start)):
        span = range(piece.start, piece.end)
        if not taken.intersection(span):
            taken.update(span)
            kept.append(piece)
    return sorted(kept, key=lambda p: p.start)


def _countries_from_context(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """Optional rule: a title without a country takes the nearest earlier one in its sentence."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.has_title and piece.country is None and piece.org_code is None:
            sent_start = doc[piece.start].sent.start
            earlier = [p for p in out if p.country and p.start >= sent_start]
            if earlier:
                piece = replace(piece, country=earlier[-1].country)
        out.append(piece)
    return out


@Language.factory(
    "ew_actors",
    default_config={
        "dictionaries": [],
        "title_country_from_context": False,
        "petrarch_data": True,
        "own_data": True,
        "agent_suffixes": False,
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
    agent_suffixes: bool = False,
) -> ActorsComponent:
    """The ``ew_actors`` component. ``dictionaries`` are user dictionary directories (see
    ``docs/dictionaries.md``), which override the bundled data; ``petrarch_data`` adds the
    converted Phoenix dictionaries beneath eventwire's own actor data (``own_data``); with
    both off only the user dictionaries count (PETRARCH's validation setup).
    ``agent_suffixes``: an agent's code is suffixed to any organisation code that does not
    hold it (PETRARCH's composition), not only to IGO/NGO codes."""
    kb = actor_kb(dictionaries, petrarch_data, own_data)
    outlets = frozenset(attribution_lexicon().outlet_nouns)
    return ActorsComponent(nlp, kb, title_country_from_context, outlets, agent_suffixes)
