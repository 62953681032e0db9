"""Proper names that no dictionary knows, as actors with no code, for ``ew_actors``
(``actors.py``): "Parlatore said", "the IMA said", "Soltis-Anderson told reporters". Users want
to know who acted even when no code is known, so the subject (or "by" agent) of a clause written
as a proper name that matches no dictionary entry becomes an actor mention with the span of the
name and no code; a later bare surname of such a name ("Mitch McConnell ... McConnell said")
carries the full name.

A name is taken when it is a proper noun written with a capital (or an acronym) that the
parser makes a subject, that the named-entity recogniser calls a person, organisation or
nationality or leaves untyped, and:

* no dictionary actor stands in its phrase: a known title, apposition or "of" phrase ("Rustem
  Umerov, Ukraine's defence minister"; "Jeh Johnson of the State Department") codes the
  subject already, and an uncoded name must not hide it;
* it names no place, date, work, product or event (the recogniser's other types: "March saw
  protests", "Bucha", "the iPhone"), no month (``dates.yaml``), nor a news outlet
  (``attribution.yaml``: a dateline or byline is no actor);
* an untyped one-word name is not written in a headline in title case, where the tagger
  calls every word a proper noun.

An acronym the tagger reads as a common noun ("the KVPU said") is a name too when the recogniser
types it so ("GDP grew" is none), as is a subject the tagger reads as a common noun but written
with a capital inside its sentence, with no determiner ("the plan is bad, said Coons"). A name
with an outlet noun that also ends bodies' names ("agency", "network") is an outlet only with a
news word in it ("the Anadolu Agency", not "the Federal Air Transport Agency").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.pipeline.actor_compose import ORG, PERSON, Piece
from eventwire.pipeline.date_patterns import load_dates_data
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.person_antecedents import load_person_nouns

# Relations of a name that does the clause's act or, as a passive subject, undergoes it.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
AGENT_DEP = "agent"
# Objects of a verb that a name may be when the recogniser types it as a person or an
# organisation (``_not_actor``: "criticized Brandolini"); an untyped or national name there is
# as often a place or a thing ("visited Hollowbrook", "bought Ravenna").
OBJECT_DEPS = frozenset({"dobj", "dative"})
# A name that possesses a noun, typed a person ("Ivanov's visit", ``_not_actor``).
POSSESSOR_DEP = "poss"
# Named-entity types of a name that may be an actor; others (GPE, LOC, DATE, PRODUCT...) not.
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
# Named-entity types read as an organisation or a group ("it", "they") rather than a person.
ORGANISATION = "organisation"
GROUP_ENTITIES = {"ORG": ORGANISATION, "NORP": "group"}
# Kinds of the mentions of such names that a group pronoun ("it", "they") may stand for.
UNKNOWN_GROUP_KINDS = frozenset(GROUP_ENTITIES.values())
PERSON_KIND = "person"
# Children of a name whose phrases say nothing of who it is (its own clause, punctuation).
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj"})
# Marks that join the parts of a name ("Soltis-Anderson").
NAME_JOINERS = frozenset({"-", "\u2013"})
# Words shorter than this may be lower case in a title-case headline ("Talks on Iran").
TITLE_CASE_MIN = 3
ACRONYM_MIN = 2
# A line of at most this many words with no closing punctuation is a headline.
HEADLINE_MAX = 12
# Marks after which a capitalised word is written inside a sentence ("the deal is bad, said
# Coons"), unlike a quote, colon or dash that may open a new sentence.
NAME_LEADERS = frozenset({","})
DETERMINER_DEP = "det"
# Marks before a closing quote after which the sentence goes on ('"It is bad," Banks said').
QUOTE_CLOSERS = frozenset({",", "?", "!"})
CLOSING_PUNCTUATION = frozenset({".", "!", "?", "\"", "\u201d", "'", ":", ";"})


# Runs the named-entity recogniser over sentences, each made a doc of its own; the tagged docs
# come back in the sentences' order.
Recogniser = Callable[[Sequence[Span]], Sequence[Doc]]
# Token attributes a doc of a sentence's words and norms holds as the sentence does (the
# lexeme's own, and the norm, copied): a recogniser whose features read only these tags such
# a doc as it would a full copy of the sentence (``Span.as_doc``), which costs more to make.
LEXICAL_FEATURES = frozenset({"NORM", "LOWER", "ORTH", "PREFIX", "SUFFIX", "SHAPE"})
@dataclass(frozen=True, slots=True)
class Outlets:
    """News outlets' names and the nouns that name outlets (``attribution.yaml``)."""

    names: frozenset[str]
    nouns: frozenset[str]
    # Outlet nouns that also end bodies' names, and the news words that make such a name an
    # outlet's (``_outlet``).
    body_nouns: frozenset[str] = frozenset()
    news_words: frozenset[str] = frozenset()


# Token index -> (entity type, IOB tag) of a candidate's sentence.
Entities = dict[int, tuple[str, str]]


@dataclass(frozen=True, slots=True)
class NameCandidates:
    """The words that may end an unknown name, those of them the recogniser must type, and
    their sentences (text order), which the recogniser reads."""

    tokens: list[Token]
    typed: list[Token]
    sentences: list[Span]


def name_candidates(doc: Doc, pieces: list[Piece], outlets: Outlets) -> NameCandidates:
    """The subjects, agents and objects written as proper names that no piece covers. The
    recogniser reads only the sentences of candidates a known phrase does not already rule
    out (``_known_phrase`` only grows with the taken words, so ``with_unknown_names`` skips
    them anyway)."""
    taken = _taken(pieces)
    months = _months()
    candidates = [t for t in doc if _candidate(t, taken, outlets, months)]
    typed = [t for t in candidates if not _known_phrase(t, taken)]
    return NameCandidates(candidates, typed, list({t.sent.start: t.sent for t in typed}.values()))


def with_unknown_names(doc: Doc, pieces: list[Piece], outlets: Outlets,
                       recogniser: Recogniser | None = None,
                       candidates: NameCandidates | None = None) -> list[Piece]:
    """``pieces`` (text order, no overlaps) with the subjects and agents written as proper names
    that no piece covers added as pieces with no code. The entity types are the doc's own when
    the recogniser ran on it, else ``recogniser``'s on the sentences with a candidate only.
    ``candidates`` are ``name_candidates`` of these pieces when the caller has them already."""
    taken = _taken(pieces)
    if candidates is None:
        candidates = name_candidates(doc, pieces, outlets)
    entities = _entities(doc, candidates, recogniser)
    found: list[Piece] = []
    for token in candidates.tokens:
        kind = entities.get(token.i, ("", "O"))
        if _not_actor(token, *kind) or token.i in taken:
            continue
        start = _name_start(token, taken)
        if _known_phrase(token, taken) or _untyped_lone_word(start, token, kind[0]) \
                or _outlet(doc[start:token.i + 1], outlets):
            continue
        found.append(_unknown_piece(doc, start, token, kind, found))
        taken.update(range(start, token.i + 1))
    return sorted(pieces + found, key=lambda p: p.start)


def _taken(pieces: list[Piece]) -> set[int]:
    return {i for piece in pieces for i in range(piece.start, piece.end)}


def _entities(doc: Doc, candidates: NameCandidates, recogniser: Recogniser | None) -> Entities:
    if doc.has_annotation("ENT_IOB"):
        return {t.i: (t.ent_type_, t.ent_iob_) for t in candidates.typed}
    if recogniser is None or not candidates.typed:
        return {}
    sentences = candidates.sentences
    found: Entities = {}
    tagged_docs = recogniser(sentences)
    for sentence, tagged in zip(sentences, tagged_docs, strict=True):
        found.update({sentence.start + t.i: (t.ent_type_, t.ent_iob_) for t in tagged})
    return found


def sentence_recogniser(nlp: Language) -> Recogniser | None:
    """The named-entity recogniser when it is loaded but not run on every text
    (``nlp.ON_DEMAND_COMPONENTS``). When its own features read only ``LEXICAL_FEATURES``
    (``en_core_web_sm``'s) it tags docs of the sentences' words and norms, else full copies."""
    if "ner" not in nlp.disabled:
        return None
    pipe: Any = nlp.get_pipe("ner")
    lexical = _lexical_features(nlp.config["components"]["ner"])
    as_doc: Callable[[Span], Doc] = _word_doc if lexical else Span.as_doc

    def recognise(sentences: Sequence[Span]) -> list[Doc]:
        return list(pipe.pipe(as_doc(s) for s in sentences))

    return recognise


def recognised_once(recogniser: Recogniser | None,
                    docs: Sequence[tuple[Doc, NameCandidates]]) -> Recogniser | None:
    """A recogniser that hands out the tags of one run of ``recogniser`` over the sentences
    ``with_unknown_names`` reads for all these docs and candidates (one larger run of the model
    instead of one per doc); a sentence it was not given is tagged then."""
    if recogniser is None:
        return None
    wanted = [s for doc, found in docs if found.typed and not doc.has_annotation("ENT_IOB")
              for s in found.sentences]
    tags = {(id(s.doc), s.start): tagged
            for s, tagged in zip(wanted, recogniser(wanted) if wanted else [], strict=True)}

    def recognise(sentences: Sequence[Span]) -> list[Doc]:
        missing = [s for s in sentences if (id(s.doc), s.start) not in tags]
        if missing:
            tags.update(((id(s.doc), s.start), tagged)
                        for s, tagged in zip(missing, recogniser(missing), strict=True))
        return [tags[(id(s.doc), s.start)] for s in sentences]

    return recognise


def _lexical_features(config: dict[str, Any]) -> bool:
    """Whether the recogniser's config embeds only ``LEXICAL_FEATURES``, in its own layer."""
    model = config.get("model", {})
    tok2vec = model.get("tok2vec", {})
    embed = tok2vec.get("embed", {})
    return (str(model.get("@architectures", "")).startswith("spacy.TransitionBasedParser")
            and tok2vec.get("@architectures") in ("spacy.Tok2Vec.v1", "spacy.Tok2Vec.v2")
            and str(embed.get("@architectures", "")).startswith("spacy.MultiHashEmbed")
            and not embed.get("include_static_vectors", True)
            and set(embed.get("attrs", ["?"])) <= LEXICAL_FEATURES)


def _word_doc(sentence: Span) -> Doc:
    """The sentence as a doc of its words, spaces and norms (a tokenizer exception may give a
    token a norm of its own)."""
    doc = Doc(sentence.doc.vocab, words=[t.text for t in sentence],
              spaces=[bool(t.whitespace_) for t in sentence])
    norms: Any = sentence.doc.to_array([NORM])[sentence.start:sentence.end]
    doc.from_array([NORM], norms)
    return doc


def _not_actor(token: Token, entity: str, iob: str) -> bool:
    """A name the recogniser types as no actor, or an acronym read as a common noun that it
    does not type as one ("GDP grew"). An object must be typed a person, or an organisation
    written as an acronym or in more words: the recogniser types a one-word policy or product
    as an organisation as often ("to defund Obamacare", "to secure Brexit"). A possessor must
    be typed a person: a firm's or a country's name there is as often a place or a brand
    ("Apple's profits", "Hollowbrook's streets")."""
    if _possessor(token):
        return entity != "PERSON"
    if _object(token):
        return entity != "PERSON" and not (entity == "ORG" and _group_name(token, entity, iob))
    if entity:
        return entity not in ACTOR_ENTITIES
    return token.pos_ != "PROPN"


def _object(token: Token) -> bool:
    return token.dep_ in OBJECT_DEPS and token.head.pos_ == "VERB"


def _possessor(token: Token) -> bool:
    """ "Ivanov's visit", "a warrant for Okafor's arrest": the possessor of a noun, who does
    or undergoes the act the noun may name (``noun_roles``). Not the possessor of a noun that
    names a person, who is the actor instead ("Okafor's lawyer", "Mrs Ruiz's nanny, Ana Cruz")."""
    return (token.dep_ == POSSESSOR_DEP and token.head.pos_ == "NOUN"
            and not _names_person(token.head))


def _names_person(noun: Token) -> bool:
    """A noun of ``person_nouns.yaml``, or one with a name in apposition ("his driver, John
    Bell")."""
    return noun.lemma_.lower() in load_person_nouns().persons or any(
        child.dep_ == "appos" and child.pos_ == "PROPN" for child in noun.children)


def _outlet(name: Span, outlets: Outlets) -> bool:
    """The name of a news outlet, or a name with an outlet's noun ("the Daily Courier", "the
    Weekly Standard"): a dateline or a byline, not an actor. A noun that also ends bodies'
    names ("agency", "network") makes an outlet only with a news word or an outlet's name in
    the name ("the Anadolu Agency", "Xinhua News Agency"; not "the Federal Air Transport
    Agency")."""
    words = [t.lower_ for t in name]
    if " ".join(words) in outlets.names:
        return True
    nouns = {w for w in words if w in outlets.nouns}
    if not nouns <= outlets.body_nouns:
        return True
    return bool(nouns) and any(w in outlets.news_words or w in outlets.names for w in words)


def _candidate(token: Token, taken: set[int], outlets: Outlets,
               months: frozenset[str]) -> bool:
    if not (token.text[:1].isupper() and token.is_alpha) or token.i in taken:
        return False  # the cheap tests first: most words fail them
    named = token.dep_ in SUBJECT_DEPS or (token.dep_ == "pobj" and token.head.dep_ == AGENT_DEP) \
        or _object(token) or _possessor(token)
    return (named and (token.pos_ == "PROPN" or _acronym(token) or _capitalised_noun(token))
            and token.lower_ not in months and token.lower_ not in outlets.names)


def _capitalised_noun(token: Token) -> bool:
    """A subject the tagger reads as a common noun but written with a capital inside its
    sentence, with no determiner: a name whose word is also a noun ("said Coons", "Banks
    told reporters"). Not the sentence's first word, nor one after an opening quote, a colon
    or a dash, where any noun is capitalised, nor a word of a title-case line."""
    if token.pos_ != "NOUN" or token.dep_ not in SUBJECT_DEPS or token.is_upper:
        return False
    before = [t for t in token.sent if t.i < token.i and not t.is_space]
    if len(before) > 1 and before[-1].is_quote and before[-2].text in QUOTE_CLOSERS:
        before.pop()  # a quote closed after a comma goes on ('"It is bad," Banks said')
    if not before or not before[-1].is_alpha and before[-1].text not in NAME_LEADERS:
        return False
    return not any(c.dep_ == DETERMINER_DEP for c in token.children) \
        and not _title_case(token.sent) and not _headline(token.sent)


def _name_start(token: Token, taken: set[int]) -> int:
    """The first word of the name whose last word is ``token``: the capitalised proper nouns
    (and the hyphens and particles between them) before it that hang on the name."""
    doc = token.doc
    start = token.i
    while start - 1 >= token.sent.start and start - 1 not in taken:
        before = doc[start - 1]
        if _name_word(before) and start - 1 <= before.head.i <= token.i:
            start -= 1
        elif (_joiner(before) and start - 2 not in taken and start - 2 >= token.sent.start
              and _name_word(doc[start - 2])):
            start -= 2
        else:
            break
    return start


def _joiner(token: Token) -> bool:
    """A hyphen inside a name ("Soltis-Anderson") or a particle of one ("van der Zwaan")."""
    if token.text in NAME_JOINERS:
        return not token.whitespace_
    return token.pos_ == "PROPN" and token.is_alpha and token.is_lower


def _known_phrase(token: Token, taken: set[int]) -> bool:
    """A dictionary actor in the name's phrase (a title, an apposition, an "of" phrase, a
    modifier) or in another subject of its verb before it (an apposition the parser split
    off: "the official news agency WFNA said"), which names the subject better than the
    name does."""
    phrases = [c for c in token.children if c.dep_ not in CLAUSE_DEPS]
    if token.dep_ in SUBJECT_DEPS:
        phrases += [s for s in token.head.children if s.dep_ in SUBJECT_DEPS and s.i < token.i]
    return any(i in taken for phrase in phrases
               for i in range(phrase.left_edge.i, phrase.right_edge.i + 1))


def _untyped_lone_word(start: int, token: Token, entity: str) -> bool:
    """A one-word name the recogniser left untyped, written in a title-case headline or in a
    short line with no closing punctuation (a headline: "Stockwell detains protesters"): the
    capital says nothing there. Acronyms are names anywhere."""
    if entity or start < token.i or _acronym(token):
        return False
    return _title_case(token.sent) or _headline(token.sent)


def _headline(sentence: Span) -> bool:
    words = [t for t in sentence if not t.is_space]
    return bool(words) and len(words) <= HEADLINE_MAX and not (
        words[-1].is_punct and words[-1].text in CLOSING_PUNCTUATION)


def _acronym(token: Token) -> bool:
    return token.text.isupper() and len(token.text) >= ACRONYM_MIN


def _unknown_piece(doc: Doc, start: int, token: Token, entity: tuple[str, str],
                   earlier: list[Piece]) -> Piece:
    written = doc[start:token.i + 1].text
    kind = GROUP_ENTITIES.get(entity[0], ORGANISATION) if _group_name(token, *entity) \
        else PERSON_KIND
    if kind != PERSON_KIND:
        return Piece(start, token.i + 1, ORG, kind)
    bearer = next((p for p in reversed(earlier) if p.kind == PERSON_KIND and p.name
                   and start == token.i and p.name.split()[-1] == token.text), None)
    if bearer is not None:
        return replace(bearer, start=start, end=token.i + 1)
    return Piece(start, token.i + 1, PERSON, PERSON_KIND, name=written)


def _group_name(token: Token, entity: str, iob: str) -> bool:
    """An organisation or a nationality: tagged so and an acronym or a name of more words
    (a one-word name tagged ORG is as often a person's surname: "Parlatore said"), or an
    untyped acronym."""
    if entity not in GROUP_ENTITIES:
        return not entity and _acronym(token)
    return _acronym(token) or entity == "NORP" or iob == "I"


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()


def _title_case(sentence: Span) -> bool:
    return all(t.text[:1].isupper() for t in sentence if t.is_alpha and len(t) > TITLE_CASE_MIN)


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """The month names and abbreviations of ``dates.yaml``, read once per process (not once
    per document)."""
    data = load_dates_data()
    return frozenset(word.lower() for word in (*data.months, *data.month_abbreviations))


def named_person(mention: ActorMention) -> bool:
    """A person mention with a name and no code ("Mrs. Jones", "Parlatore"): a pronoun after
    it may stand for it as for a coded person."""
    return mention.kind == PERSON_KIND and mention.name is not None and not mention.code
