"""The code of a finished actor piece (``actor_compose.Piece``) and its ``ActorMention``, for
``ew_actors`` (``actors.py``):

- a person is coded by his dated role, unless a title written before him states an office
  that the dated code has him out of (``_stated_office``: "President Yeltsin" is RUSGOV);
- an international organisation takes a sector word's code as a suffix ("UN troops":
  IGOUNOMIL), as, with ``agent_suffixes`` (PETRARCH's composition), does any organisation
  whose code does not hold it already ("Blue Banner fighters", KELREB: KELREBMIL), and one
  named alone has the field of work its code names as its sector ("IGOUNOREFHCR": REF); a person
  coded by its code alone holds an office in it (GOV);
- a country code's suffix that no agent or title uses is no sector (Phoenix regions:
  "Rafah" PSEGZA), and of a multi-sector agent code the mention keeps the first sector
  that is not a qualifier ("OPPMED": MED);
- a compound dictionary code ("[FRO/BIL]") and a phrase standing for several actors list the
  others in ``ActorMention.also``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventwire.knowledge.actors import NON_COUNTRY_PREFIXES, split_code
from eventwire.pipeline.actor_compose import AGENT, ORG, PERSON, Piece
from eventwire.pipeline.mentions import ActorMention

SECTOR_LENGTH = 3
# Organisation codes with no sector of their own, to which a sector word's code is appended.
SUFFIXED_ORGS = ("IGO", "NGO")
# An intergovernmental organisation's own sector, and that of the people who hold its offices.
INTERGOVERNMENTAL = "IGO"
OFFICIAL = "GOV"
# The sector of a person out of office ("elite"): ex-presidents, former ministers.
OUT_OF_OFFICE = "ELI"
# Sectors that qualify another one written after them in a code ("OPPMED"): PLOVER's sector
# table assigns OPP "typically as a secondary code".
SECONDARY_SECTORS = frozenset({"OPP"})


def _code(piece: Piece, suffixes: bool) -> tuple[str | None, str | None, str | None]:
    """``(code, country, sector)`` of a finished piece; a prefix agent written before the
    actor goes first ("MSF Arnor" -> NGOARN)."""
    code, country, sector = _own_code(piece, suffixes)
    if piece.lead and code:
        return f"{piece.lead}{code}", country, sector or piece.lead
    return code, country, sector


def _own_code(piece: Piece, suffixes: bool) -> tuple[str | None, str | None, str | None]:
    if piece.person is not None and (stated := _stated_office(piece)) is not None:
        return stated
    if piece.person is not None and (piece.person.code or not piece.has_title):
        return piece.person.code, piece.person.country, _official(piece.person.sector)
    sector = piece.sector if piece.sector_given or piece.country or piece.org_code else None
    if piece.org_code:
        return (
            _org_code(piece.org_code, sector, piece.sector_given, suffixes),
            piece.country,
            (sector or piece.anchor_sector),
        )
    sector = sector or piece.anchor_sector
    if piece.country and piece.prefix and sector:
        return f"{sector}{piece.country}", piece.country, sector
    if piece.country:
        return f"{piece.country}{sector or ''}", piece.country, sector
    if sector and piece.sector_given:
        return sector, None, sector
    return None, None, None


def _official(sector: str | None) -> str | None:
    """A person coded by an intergovernmental organisation's code alone ("Kofi Annan":
    IGOUNO) holds an office in it: its executive, GOV (the organisation's code stays)."""
    return OFFICIAL if sector == INTERGOVERNMENTAL else sector


def _org_code(code: str, sector: str | None, given: bool, suffixes: bool) -> str:
    """An international organisation's code with the sector word's code as a suffix, as
    PETRARCH composes agents ("UN troops" -> IGOUNOMIL); with ``suffixes`` any organisation's
    (a group coded KELREB with "fighters" -> KELREBMIL), else a group keeps its own sector
    ("Kurdish peshmerga fighters" stay IRQMIL). A code that already holds the sector keeps it
    ("Hamas militants" -> PSEREB)."""
    if not (given and sector) or _holds(code, sector):
        return code
    if not suffixes and not code.startswith(SUFFIXED_ORGS):
        return code
    return f"{code}{sector}"


def _holds(code: str, sector: str) -> bool:
    """Whether ``code`` has ``sector`` at a three-letter boundary ("HGWGOVMED" holds GOVMED,
    "GMWGOV" not WGO)."""
    return any(code.startswith(sector, i) for i in range(0, len(code), SECTOR_LENGTH))


def _stated_office(piece: Piece) -> tuple[str, str, str] | None:
    """A title written before a known person states the office the text gives him: it wins
    over a dated code that has him out of office (no code, or ELI), and a "former" title
    (ELI) wins over an office. "President Yeltsin" is RUSGOV whatever the date says; the
    country is the title's own, else the person's."""
    person = piece.person
    if person is None or not (piece.has_title and piece.sector_given and piece.sector):
        return None
    sector = piece.sector[:SECTOR_LENGTH]
    out_of_office = person.code is None or person.sector == OUT_OF_OFFICE
    if person.sector == sector or not (out_of_office or sector == OUT_OF_OFFICE):
        return None
    country = piece.country or person.country
    if country is None:
        return None
    return f"{country}{sector}", country, sector


def actor_mention(
    doc: Doc, piece: Piece, functions: frozenset[str], suffixes: bool = False
) -> ActorMention:
    """The piece's mention, with the other actors it stands for (``ActorMention.also``);
    ``suffixes``: any organisation code takes an agent's code as a suffix."""
    main = _named_sector(
        _working_field(_plain_mention(doc, piece, suffixes), functions), functions)
    others = [_plain_mention(doc, alt, suffixes) for alt in _alternatives(piece)]
    for member in piece.also:
        others += [_plain_mention(doc, alt, suffixes)
                   for alt in (member, *_alternatives(member))]
    others = [_named_sector(_working_field(other, functions), functions) for other in others]
    return replace(main, also=tuple(dict.fromkeys(o for o in others if o != main)))


def _named_sector(mention: ActorMention, functions: frozenset[str]) -> ActorMention:
    """A country code's suffix that no agent or title uses is no sector: Phoenix writes regions
    and dependent territories that way ("Rafah" PSEGZA, "Tortola" GBRVGB); the code stays. A
    body outside the state written after its country ("a US think tank", "the president of the
    Ohio Farmers Association": USANGO) keeps its kind as its sector (NGO)."""
    code, sector = mention.code, mention.sector
    if not code or code.startswith(NON_COUNTRY_PREFIXES) or sector is None:
        return mention
    if sector in functions or sector in NON_COUNTRY_PREFIXES:
        return mention
    return replace(mention, sector=None)


def _working_field(mention: ActorMention, functions: frozenset[str]) -> ActorMention:
    """An international organisation named by its code alone has the field it works in as its
    sector: CAMEO writes that field among the code's 3-letter parts after the prefix and any
    region ("IGOUNOREFHCR", the UN refugee agency: REF; "NGOHLHIRC", the Red Cross: HLH), as
    PLOVER names the body in the country field and its role in the sector. A code with no such
    part keeps IGO or NGO ("IGOUNO"); a sector word's own ("UN troops", MIL) stays."""
    code = mention.code
    if not (code and code.startswith(NON_COUNTRY_PREFIXES)):
        return mention
    if mention.sector != code[:SECTOR_LENGTH]:
        return mention
    parts = (code[i : i + SECTOR_LENGTH] for i in range(SECTOR_LENGTH, len(code), SECTOR_LENGTH))
    field = next((part for part in parts if part in functions), None)
    return replace(mention, sector=field) if field else mention


def _alternatives(piece: Piece) -> list[Piece]:
    """The piece as each other actor of its compound code ("[FRO/BIL/SAM]": BIL, SAM)."""
    found = []
    for code in piece.alts:
        country, sector = split_code(code)
        if country and piece.country:
            sector = sector or piece.anchor_sector
            found.append(replace(piece, country=country, anchor_sector=sector, alts=(), also=()))
        elif piece.org_code and not country:
            found.append(replace(piece, org_code=code, alts=(), also=()))
    return found


def _plain_mention(doc: Doc, piece: Piece, suffixes: bool) -> ActorMention:
    code, country, sector = _code(piece, suffixes)
    kind = _kind(piece, sector[:SECTOR_LENGTH] if sector else None)
    sector = _primary_sector(sector)
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


def _primary_sector(sector: str | None) -> str | None:
    """A PETRARCH agent code may name several sectors ("GOVMED"): the mention keeps the first,
    unless it is a qualifier of the one after it ("OPPMED", an opposition newspaper: MED; the
    PLOVER manual's sector table assigns OPP typically as a secondary code)."""
    if not sector:
        return None
    parts = [sector[i : i + SECTOR_LENGTH] for i in range(0, len(sector), SECTOR_LENGTH)]
    primary = [part for part in parts if part not in SECONDARY_SECTORS]
    return (primary or parts)[0]


def _kind(piece: Piece, sector: str | None) -> str:
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


__all__ = ["actor_mention"]
