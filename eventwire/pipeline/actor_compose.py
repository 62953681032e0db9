"""Composition of matched actor pieces along the dependency parse (used by ``ew_actors``).

A *piece* is one matched alias (a country, an organisation, a sector word, a title, a person)
or several composed ones. Pieces are folded left to right: first the modifiers ("Russian
troops", "Iran's foreign ministry", "Kremlin spokesman"), then the prepositional links ("the
government of Iran", "rebels in Ivory Coast"); then conjoined modifiers share their head, sector
adjectives of non-actor nouns are dropped and acting capitals stand for their government. The
rules are described in ``eventwire.pipeline.actors``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.knowledge.actors import ActorEntry

# Dependency labels by which a left piece modifies the piece on its right.
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
# Tokens allowed between two composed pieces ("Russia 's troops", "Russian occupying troops").
GAP_DEPS = frozenset({"case", "amod", "compound", "nmod", "nummod", "advmod"})
MAX_GAP = 3
COMPOUND = "compound"
# The words between a country and the forces it commands: "Vietnamese-led forces".
LED_GAPS = (["-", "led"], ["led"])
# "rebels in Ivory Coast": prepositions that place a sector in a country.
LOCATIVE_LINKS = frozenset({"in", "throughout"})
# "an official at the Pentagon", "a diplomat at the Russian embassy": the preposition that links
# an office holder to the body that employs them (of these kinds, or a sector word: "embassy");
# at a place it only says where they are.
WORKPLACE_LINK = "at"
WORKPLACE_KINDS = frozenset({"institution", "igo", "ngo"})
# How a person names what his sector word is of ("Putin's spokesman", "the Biden administration").
OWNER_DEPS = frozenset({"poss", "compound"})
# Prepositions that link a sector word to the place or body it belongs to.
LINK_WORDS = frozenset({"of", "from", "for", WORKPLACE_LINK, *LOCATIVE_LINKS})
# A preposition and the modifiers of its place: "of the war-torn southern Sudan".
MAX_PREP_GAP = 5
# Sectors a locative does not give a country: troops in Iraq may be anyone's, and so may the
# reporters in Beijing (foreign correspondents are posted in capitals).
DEPLOYED_SECTORS = frozenset({"MIL", "MED"})
# Tokens between a preposition and its place: "of the war-torn Sudan".
PLACE_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "npadvmod", "punct", "advmod"})
GOVERNMENT = "GOV"
# Sectors of the state's own bodies, whose president holds a state office (GOV).
STATE_SECTORS = frozenset({GOVERNMENT, "LEG", "JUD", "MIL", "COP", "SPY"})
# The sector of an intergovernmental organisation as a whole (UN: IGOUNO).
INTERGOVERNMENTAL = "IGO"
LEGISLATURE = "LEG"
PARTY = "PTY"
# The sector of a country's people named by their nationality alone ("Palestinians",
# "ethnic Albanians", "Iraqi Kurds"): CAMEO's civilians / general population.
PEOPLE = "CVL"
# Penn tags of plural nouns: "Liberians" (NNPS or NNS).
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Dependency labels of a capital that acts: the subject of its clause.
ACTING_DEPS = frozenset({"nsubj", "nsubjpass"})
PLACE = "place"
ORG = "org"
AGENT = "agent"
TITLE = "title"
PERSON = "person"
# A phrase known to name no actor (PETRARCH's null code): it takes its span and is dropped.
NULL = "null"
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
class Piece:
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
    # A title of presiding over a body ("president"; ``sectors.yaml``).
    presiding: bool = False
    person: ActorEntry | None = None
    name: str | None = None
    kb_id: str | None = None
    prefix: bool = False
    # A PETRARCH prefix agent written before the actor ("MSF Arnor" -> NGOARN).
    lead: str | None = None
    # The other codes of a compound dictionary code ("[FRO/BIL/SAM]").
    alts: tuple[str, ...] = ()
    # The other actors the phrase stands for (see ``ActorMention.also``).
    also: tuple[Piece, ...] = ()


def compose(
    doc: Doc, pieces: list[Piece], places: Mapping[int, str] | None = None,
    outlets: frozenset[str] = frozenset(),
) -> list[Piece]:
    """Fold text-ordered pieces left to right, merging each into the previous when linked:
    first the modifiers ("Georgian government"), then the prepositional links ("ministers
    from the Georgian government"). ``places`` maps the tokens of words that name no actor to
    the sector their nationality modifier takes ("Iraqi towns": CVL); ``outlets`` are the
    nouns of news outlets, which a sector adjective makes an actor ("the official agency")."""
    out = _fold(doc, _fold(doc, _fold(doc, pieces, _merge), _merge_prep), _merge_titled)
    out = [piece for piece in out if not _attributive(doc, piece, out, outlets)]
    return [_people(doc, _capital_as_government(doc, _shared_head(doc, piece, out)), places or {})
            for piece in out]


def _attributive(
    doc: Doc, piece: Piece, pieces: list[Piece], outlets: frozenset[str] = frozenset()
) -> bool:
    """ "military aid", "naval blockade", "terrorist activities": a sector adjective that
    modifies a noun which is no actor names no actor itself; on a news outlet it names the
    outlet's side ("the official news agency": the government's)."""
    if piece.role != AGENT or piece.country or piece.org_code:
        return False
    root = _root(doc, piece)
    if root.pos_ != "ADJ" or root.dep_ != "amod" or root.head.lemma_.lower() in outlets:
        return False
    return not any(other.start <= root.head.i < other.end for other in pieces)


def _capital_as_government(doc: Doc, piece: Piece) -> Piece:
    """A capital that acts ("Washington demanded", "Kyiv and Warsaw agreed", "rejected by
    Moscow") stands for the government, as the CAMEO manual's examples code it (PLOVER's gold
    records: "Beirut rejected" -> LBN GOV): country + GOV. Elsewhere ("in Beirut", "warned
    Beijing") it stays the country code."""
    if piece.kind != "capital" or piece.role != PLACE or piece.sector or piece.anchor_sector:
        return piece
    root = _root(doc, piece)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    acting = root.dep_ in ACTING_DEPS or (root.dep_ == "pobj" and root.head.dep_ == "agent")
    return replace(piece, anchor_sector=GOVERNMENT) if acting else piece


def _people(doc: Doc, piece: Piece, places: Mapping[int, str]) -> Piece:
    """People named by nationality alone are the country's civilians, as CAMEO's actor codebook
    and PLOVER's gold records code them: "168 Liberians", "Young Algerians", "ethnic Albanians"
    (a plural demonym noun), and "Iraqi Kurds" (a demonym before a plural proper noun that names
    no actor of its own) -> country + CVL. "The Russians" stays the nation (the country code), and a
    demonym before any other noun ("Iraqi towns", "the Russian army") is left to the other
    rules. A nationality on a dwelling or settlement ("Iraqi towns", "Palestinian homes", "the
    Bosnian town of X") names the people who live there: the sector ``places`` gives it."""
    if piece.kind != "demonym" or piece.role != PLACE or piece.sector or piece.anchor_sector:
        return piece
    root = _root(doc, piece)
    if root.dep_ in ("amod", "compound") and root.head.i >= piece.end and root.head.i in places:
        return replace(piece, anchor_sector=places[root.head.i])
    if root.tag_ in PLURAL_TAGS and root.dep_ not in ("amod", "compound"):
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
        return piece if definite else replace(piece, anchor_sector=PEOPLE)
    head = root.head
    if root.dep_ in ("amod", "compound") and head.tag_ == "NNPS" and head.i >= piece.end:
        return replace(piece, anchor_sector=PEOPLE)
    return piece


def _fold(
    doc: Doc, pieces: list[Piece], merge: Callable[[Doc, Piece, Piece], Piece | None]
) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if out and (merged := merge(doc, out[-1], piece)) is not None:
            out[-1] = merged
        else:
            out.append(piece)
    return out


def _shared_head(doc: Doc, piece: Piece, pieces: list[Piece]) -> Piece:
    """ "US and British activists": the first of two conjoined country modifiers stays a mention
    of its own ("US") but takes the sector of the head they share (USAOPP, GBROPP)."""
    if piece.role != PLACE or piece.org_code or piece.sector or piece.anchor_sector:
        return piece
    root = _root(doc, piece)
    if piece.kind == "demonym" and root.dep_ not in MODIFIER_DEPS:
        return _shared_conjunct(doc, piece, pieces)
    if root.dep_ not in MODIFIER_DEPS or not any(c.dep_ == "conj" for c in root.children):
        return piece
    for other in pieces:
        inside = range(other.start, other.end)
        if other.start < piece.end or other.role not in (AGENT, TITLE) or root.head.i not in inside:
            continue
        if any(child.dep_ == "conj" and child.i in inside for child in root.children):
            return with_sector_of(piece, other)
    return piece


def with_sector_of(piece: Piece, other: Piece) -> Piece:
    """``piece`` (a place) with the role and sector of the sector word ``other`` it shares."""
    return replace(
        piece,
        role=other.role,
        sector=other.sector,
        sector_given=other.sector_given,
        anchor_sector=other.anchor_sector,
        has_title=other.has_title,
        prefix=other.prefix,
    )


def _shared_conjunct(doc: Doc, piece: Piece, pieces: list[Piece]) -> Piece:
    """ "Sierra Leonean and Liberian refugees" parsed with the first nationality as a noun of its
    own: a singular nationality word conjoined with a nationality + sector phrase shares that
    sector (SLEREF, LBRREF). A plural one ("Kenyans and Ugandan troops") names people itself."""
    root = _root(doc, piece)
    if root.tag_ in PLURAL_TAGS:
        return piece
    for other in pieces:
        if other.start < piece.end or other.role != AGENT or not other.country:
            continue
        if any(c.dep_ == "conj" and _root(doc, other).i == c.i for c in root.children):
            return replace(piece, role=other.role, sector=other.sector,
                           sector_given=other.sector_given, anchor_sector=other.anchor_sector)
    return piece


def _merge_prep(doc: Doc, left: Piece, right: Piece) -> Piece | None:
    if left.role not in (AGENT, TITLE) or right.role == PERSON:
        return None
    if not 0 < right.start - left.end <= MAX_PREP_GAP:
        return None
    if _is_prep_link(doc, doc[left.end : right.start], left, right):
        return _combine(right, left, left.start, right.end, left.role)
    return None


def _merge(doc: Doc, left: Piece, right: Piece) -> Piece | None:
    gap = doc[left.end : right.start]
    if _is_lead_agent(doc, left, right, gap):
        plain = replace(left, sector=None, sector_given=False, prefix=False)
        merged = _combine(plain, right, left.start, right.end, right.role)
        # "peacekeeping troops UNIFIL": a code that begins with the agent's keeps it once
        repeated = bool(right.org_code and left.sector and right.org_code.startswith(left.sector))
        return replace(merged, lead=None if repeated else left.sector)
    if _is_named_title(doc, left, right, gap):
        return _combine(left, right, left.start, right.end, right.role)
    if _is_possessor(doc, left, right, gap):
        return _possessed(left, right)
    if _is_party_caucus(doc, left, right, gap):
        return replace(right, start=left.start, org_code=None, anchor_sector=None,
                       sector=LEGISLATURE, sector_given=True, name=None, kb_id=None)
    if _is_party_member(doc, left, right, gap):
        return replace(right, start=left.start, country=left.country or right.country)
    if (left.role, right.role) not in COMPOSABLE:
        return None
    if (not _linked(doc, left, right, gap) and not _led_by(left, right, gap)
            and not _through_unit(doc, left, right, gap)):
        return None
    return _combine(left, right, left.start, right.end, right.role)


def _through_unit(doc: Doc, left: Piece, right: Piece, gap: Span) -> bool:
    """ "a House committee chairman", "a Senate panel chairman", "an army unit commander": a body
    compounded onto a common noun of its own part, compounded in turn onto a generic word
    (``sectors.yaml``), is the body that generic word is of. Only for generic heads, whose
    sector is their modifier's ("Iraq war veterans" are no Iraqi's)."""
    if right.role not in (AGENT, TITLE) or right.sector is not None or right.anchor_sector is None:
        return False
    if not 0 < len(gap) <= 2 or any(t.dep_ != "compound" or t.pos_ != "NOUN" for t in gap):
        return False
    chain = [_root(doc, left), *gap]
    linked = all(a.dep_ == "compound" and a.head.i == b.i
                 for a, b in zip(chain, chain[1:], strict=False))
    return linked and right.start <= gap[-1].head.i < right.end


def _is_lead_agent(doc: Doc, left: Piece, right: Piece, gap: Span) -> bool:
    """ "MSF Arnor", "an MSF Arnor diplomat": an agent whose code PETRARCH writes before the
    actor's ("[NGO~]") written before a country or organisation that it modifies."""
    if left.role != AGENT or not left.prefix or not left.sector or left.country or left.org_code:
        return False
    return right.role in (PLACE, ORG) and _linked(doc, left, right, gap)


def _is_possessor(doc: Doc, left: Piece, right: Piece, gap: Span) -> bool:
    """ "Putin's spokesman", "President Suharto's government", "the Biden administration": a
    person's sector word, possessive or compounded."""
    if left.person is None or left.role != PERSON or right.role not in (AGENT, TITLE):
        return False
    return _root(doc, left).dep_ in OWNER_DEPS and _linked(doc, left, right, gap)


def _is_party_caucus(doc: Doc, left: Piece, right: Piece, gap: Span) -> bool:
    """ "Senate Democrats", "House Republicans": a party's members in a legislature are
    legislators of the party's country (USALEG), not the party (``parties.yaml``)."""
    return (left.role == AGENT and left.sector == LEGISLATURE and left.country is None
            and right.role == ORG and right.anchor_sector == PARTY and right.country is not None
            and _linked(doc, left, right, gap))


def _is_party_member(doc: Doc, left: Piece, right: Piece, gap: Span) -> bool:
    """ "Labour MPs", "Republican lawmakers": a party's office holders have the office's sector
    and the party's country, not the party's code."""
    return (left.role == ORG and left.anchor_sector == PARTY
            and right.role in (AGENT, TITLE) and right.sector is not None
            and _linked(doc, left, right, gap))


def _possessed(owner: Piece, head: Piece) -> Piece:
    """What a person has is of his country and of its own sector; it is not the person."""
    assert owner.person is not None
    country = owner.person.country or owner.country
    return replace(head, start=owner.start, country=country, anchor_sector=head.anchor_sector)


def _is_named_title(doc: Doc, left: Piece, right: Piece, gap: Span) -> bool:
    """ "Prime Minister X" where a dictionary codes the name X by its country only (a
    PETRARCH actor line "X [FRA]"): the title right before it gives the sector, FRAGOV."""
    if left.role != TITLE or right.role != PLACE or right.kind != "country" or len(gap):
        return False
    return _linked(doc, left, right, gap)


def _merge_titled(doc: Doc, left: Piece, right: Piece) -> Piece | None:
    if _is_titled_name(doc, left, right, doc[left.end : right.start]):
        return _combine(left, right, left.start, right.end, right.role)
    return None


def _is_titled_name(doc: Doc, left: Piece, right: Piece, gap: Span) -> bool:
    """ "the Irish premier Micheal Martin", "his counterpart President Jane Roe": a title or a
    sector word right before the name of the person holding it, with no comma between, which
    the parser hangs on it as an apposition (by any word of the name) or splits from it as a
    second phrase in the same relation to the same word: one person (when the dictionary
    knows an office of his on the day; else the title alone says what he is)."""
    if left.role not in (TITLE, AGENT) or right.role != PERSON or len(gap):
        return False
    if right.person is not None and right.person.code is None:
        return False  # no office of his on the day: the title says what he is
    title, name = _root(doc, left), _root(doc, right)
    if any(doc[i].dep_ == "appos" and left.start <= doc[i].head.i < left.end
           for i in range(right.start, right.end)):
        return True
    return name.dep_ == title.dep_ and name.head.i == title.head.i != title.i


def _is_prep_link(doc: Doc, gap: Span, left: Piece, right: Piece) -> bool:
    """ "the government of Iran", "the head of the army", "soldiers from Chad"; "a spokesman
    for the Kremlin"; "rebels in Ivory Coast", "students throughout Indonesia" (not for armed
    forces, which are often abroad). A sector that already has a country keeps it ("Serbian
    forces from Bosnia"). Modifiers of the place may stand between ("from war-torn Sudan").
    "An official at the Pentagon" works there (an institution or organisation, not a place),
    as does "an official in the Kenyan government" (a body, not a place).
    The preposition must belong to the sector word, or to the first of a list of sector words
    that ends with it ("lawmakers and officials in X"), not to a verb ("withdraw troops from
    Lebanon": no), unless it is a locative right after the word as a verb's object
    (``_object_located``)."""
    if not 0 < len(gap) <= MAX_PREP_GAP or left.country or left.org_code:
        return False
    prep = gap[0]
    word = prep.lower_
    if word not in LINK_WORDS:
        return False
    if not _prep_of(prep, left) and not _object_located(doc, left, prep):
        return False
    if word == "of" and _place_through_noun(gap, right):
        return True
    if not _place_modifiers(gap[1:], right):
        return False
    if word in ("of", "from"):
        return True
    if word == "for":
        return len(gap) <= 2 and left.has_title and not left.sector_given
    if word == WORKPLACE_LINK or word in LOCATIVE_LINKS:
        # A title or a generic word ("official"), or a word of the body's own sector ("a
        # diplomat at the embassy"); not "soldiers at the Pentagon".
        workplace = right.kind in WORKPLACE_KINDS or (right.role == AGENT and right.sector_given)
        own = not left.sector_given or left.sector == right.sector
        if len(gap) <= 2 and own and workplace:
            return True
    if word not in LOCATIVE_LINKS or left.role != AGENT or right.role != PLACE:
        return False
    return (left.sector or left.anchor_sector) not in DEPLOYED_SECTORS


def _prep_of(prep: Token, piece: Piece) -> bool:
    """The preposition hangs on the piece, or on the word its head is listed after."""
    if piece.start <= prep.head.i < piece.end:
        return True
    root = _root(prep.doc, piece)
    return root.dep_ == "conj" and prep.head.i == root.head.i


def _object_located(doc: Doc, left: Piece, prep: Token) -> bool:
    """ "released prisoners in Iraq", "arrested protesters in Nairobi": a locative right after
    a verb's object that the parser attached to the verb places the object too (not an armed
    force, which may be abroad: "deployed troops in Mali")."""
    root = _root(doc, left)
    return (
        prep.lower_ in LOCATIVE_LINKS
        and root.dep_ == "dobj"
        and prep.head.i == root.head.i
        and prep.i == left.end
    )


def _place_through_noun(gap: Span, right: Piece) -> bool:
    """ "the mayor of the **city of** Nablus", "the governor of the northern **Syrian**
    province": the place names the common noun that "of" governs, as its "of" object or its
    modifier, so what belongs to that town or province belongs to the place's country."""
    prep = gap[0]
    nouns = [c for c in prep.children if c.dep_ == "pobj"]
    if len(nouns) != 1 or nouns[0].pos_ != "NOUN":
        return False
    noun = nouns[0]
    place = gap.doc[right.start : right.end].root
    before = [t for t in gap[1:] if t.i < noun.i]
    if not all(t.head.i == noun.i and t.dep_ in PLACE_MODIFIER_DEPS for t in before):
        return False
    if noun.i >= right.start:  # "of the northern Syrian province": the place modifies the noun
        return place.head.i == noun.i and place.dep_ in MODIFIER_DEPS
    after = [t for t in gap[1:] if t.i > noun.i]
    links = [t for t in after if t.lower_ == "of" and t.head.i == noun.i]
    if len(links) != 1 or place.head.i != links[0].i:
        return False
    return _place_modifiers(gap.doc[links[0].i + 1 : gap.end], right)


def _root(doc: Doc, piece: Piece) -> Token:
    if piece.end - piece.start == 1:
        return doc[piece.start]
    return doc[piece.start : piece.end].root


def _place_modifiers(tokens: Span, right: Piece) -> bool:
    """Whether every token attaches inside the place phrase as a determiner or modifier."""
    return all(
        token.dep_ in PLACE_MODIFIER_DEPS and token.i < token.head.i < right.end for token in tokens
    )


def _linked(doc: Doc, left: Piece, right: Piece, gap: Span) -> bool:
    """Whether the left piece modifies the right one (directly or across a short gap). Words
    coordinated inside the gap count as one ("Iran's new and powerful army")."""
    core = [t for t in gap if not _gap_coordination(t, gap)]
    if len(core) > MAX_GAP or any(not _gap_token(t) for t in core):
        return False
    root = doc[left.start : left.end].root
    if right.start <= root.head.i < right.end or any(t.head.i == root.i for t in gap):
        return True
    if _conjoined_modifier(root, right) or _name_chain(root, right, gap):
        return True
    return len(gap) == 0 and root.dep_ in MODIFIER_DEPS


def _name_chain(root: Token, right: Piece, gap: Span) -> bool:
    """ "the American Gaming Association" parsed as a chain of compounds ("American" on
    "Gaming", "Gaming" on "Association"): inside one proper name, a modifier of a name word of
    the gap modifies the name the gap leads into."""
    token = root
    while token.dep_ == COMPOUND and token.pos_ == "PROPN" and gap.start <= token.head.i < gap.end:
        token = token.head
    return token is not root and token.dep_ == COMPOUND and right.start <= token.head.i < right.end


def _conjoined_modifier(root: Token, right: Piece) -> bool:
    """ "US and British activists": the second of two conjoined modifiers of the right piece
    (the nearer one composes; the first stays an actor of its own)."""
    first = root.head
    return (
        root.dep_ == "conj"
        and first.dep_ in MODIFIER_DEPS
        and right.start <= first.head.i < right.end
    )


def _led_by(left: Piece, right: Piece, gap: Span) -> bool:
    """ "Vietnamese-led forces", "Saudi-led troops": the forces of the country that
    leads them (not "US-backed forces": backing is no command)."""
    words = [token.lower_ for token in gap]
    return left.role in (PLACE, ORG) and right.role == AGENT and words in LED_GAPS


def _gap_coordination(token: Token, gap: Span) -> bool:
    """A conjunction, comma or conjunct that joins two words of the gap ("new and powerful")."""
    if not gap.start <= token.head.i < gap.end:
        return False
    return token.dep_ in ("cc", "conj") or (token.dep_ == "punct" and token.text == ",")


def _gap_token(token: Token) -> bool:
    return token.tag_ == "POS" or (token.dep_ in GAP_DEPS and not token.is_punct)


def _combine(mod: Piece, head: Piece, start: int, end: int, role: str) -> Piece:
    """``mod`` modifies ``head``: the country/organisation of one, the sector of the other. A
    title of presiding over a body outside the state named with it has the body's sector
    ("the union's president", "the president of the company": LAB, BUS), not the state's."""
    sector, given = head.sector, head.sector_given
    if head.presiding and _presided_body(mod):
        sector = mod.sector
    elif not given:
        anchor = _functional(mod.anchor_sector)
        sector = mod.sector or anchor or head.sector or head.anchor_sector
        given = bool(mod.sector_given or anchor)
    named = _named_part(mod, head)
    return Piece(
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
        presiding=head.presiding,
        person=head.person or mod.person,
        name=named.name if named else None,
        kb_id=named.kb_id if named else None,
        prefix=head.prefix if head.sector_given else mod.prefix or head.prefix,
        lead=mod.lead or head.lead,
        alts=(mod.alts if mod.country or mod.org_code else ()) or head.alts,
    )


def _presided_body(mod: Piece) -> bool:
    """A body outside the state named by a sector word of its own ("the teachers' union", "the
    company", "the Kenyan teachers' union"), or a known organisation outside the state ("the
    president of Oxfam", "the Sierra Club's president": the organisation itself, NGO, not an
    office of state appended to it); a president of a state body ("the National Assembly
    president", "the president of the court") or of an intergovernmental one ("the president
    of the European Commission") holds an office of state, GOV, as the PLOVER gold records
    code him."""
    if mod.person is not None:
        return False
    if mod.role == ORG and mod.org_code is not None:
        return (mod.sector is None and not mod.org_code.startswith(INTERGOVERNMENTAL)
                and _outside_the_state(mod.anchor_sector))
    return (mod.role == AGENT and mod.sector_given and mod.sector not in STATE_SECTORS
            and mod.sector is not None and mod.org_code is None)


def _outside_the_state(sector: str | None) -> bool:
    """An organisation's own sector that no state or intergovernmental body has (NGO, BUS,
    LAB...)."""
    return sector is not None and sector[:3] not in STATE_SECTORS | {INTERGOVERNMENTAL}


def _functional(sector: str | None) -> str | None:
    """A modifier's sector that passes to a generic head: an intergovernmental organisation's
    "IGO" says what the body is, not what its people do, so "UN spokesman", "NATO officials" or
    "Arab League Secretary-General X" keep the word's own sector (GOV: the organisation's
    executive, as the PLOVER gold records code them)."""
    return None if sector == INTERGOVERNMENTAL else sector


def _named_part(mod: Piece, head: Piece) -> Piece | None:
    """The part whose name a composed phrase keeps: a person, else an organisation."""
    for part in (head, mod):
        if part.person is not None:
            return part
    for part in (head, mod):
        if part.org_code is not None:
            return part
    return None


__all__ = ["AGENT", "NULL", "ORG", "PERSON", "PLACE", "TITLE", "Piece", "compose"]
