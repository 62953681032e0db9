"""Features of one coded event for the confidence model (``eventwire.learn.confidence``).

The same function (``event_features``) reads an ``EventView``: the event's sentence and
trigger as spaCy spans, and the event's code, rule, actor codes and status. At run time the view
comes from the annotated ``Doc`` and the assembled ``Event`` (``view_of_event``); at training
time from a hand-judged line whose sentence is parsed alone (``view_of_judged``), so every
feature is computed the same way in both settings. Nothing is read that a judged line does not
record (no attribution, hedge or place; no count of the sentence's other events).

Groups, each a name prefix:

* the rule: its id (``rule:``), its family (``fam:``, "ew.say", "petrarch2", "ew.reported_act")
  and origin (``origin:`` ew, petrarch, other);
* the code: CAMEO code, base, root and QuadClass (``code:``, ``base:``, ``root:``, ``quad:``);
  the status (``status:``) and status by QuadClass (``sq:``);
* the actors: the kind of the source's and the target's code (``src:``, ``tgt:``; ``none``,
  ``uncoded``, ``country``, ``country_agent``, ``agent``, ``org``), both together (``actors:``),
  a pronoun mention (``src_pron``, ``tgt_pron``), and one code on both sides (``same_actor``);
* the actors' sectors: each actor's agent code alone and with the QuadClass (``src_sec:``,
  ``q4_src_sec:``, ...);
* the trigger in the parse: lemma, part of speech, tag and relation (``tlemma:``, ``tpos:``,
  ``ttag:``, ``tdep:``), its form (``tform:`` clause, verb with no subject, noun, other), its
  governor's lemma and part of speech (``tgov:``, ``tgovpos:``, ``ROOT`` for the root), a
  several-word trigger (``tmulti``);
* its clause: negation (``neg``), modal auxiliaries (``modal:``), a subordinating "if" or
  "whether" (``mark:``), a subject's kind (``tsubj:``), a question (``question``), inside
  quotation marks (``quoted``);
* the sentence: its length (``len:``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.records import Actor, Event

FEATURE_SET = "confidence-rule+code+status+actors+sectors+trigger-parse+clause+sentence/2"
# CAMEO agent (sector) codes: a three-letter code that is one of these is a role with no
# country ("GOV", "MIL"); codes beginning with ``ORG_PREFIXES`` are organisations.
AGENT_CODES = frozenset({
    "AGR", "BUS", "CRM", "CVL", "COP", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS",
    "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PPL", "PTY", "RAD", "REB", "REF", "REL",
    "SPY", "UAF", "CHR", "MUS", "JEW", "BUD", "HIN", "SET", "UNK",
})
ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us",
                      "who", "which", "that", "this", "these", "those"})
NEGATION = "neg"
MODAL_TAG = "MD"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CONDITION_MARKS = frozenset({"if", "whether", "unless"})
QUOTES_OPEN = "“"
QUOTES_CLOSE = "”"
STRAIGHT_QUOTE = '"'
LENGTH_BUCKETS: tuple[tuple[int, str], ...] = ((12, "short"), (25, "medium"), (40, "long"))
ACTOR_TEXT = re.compile(r"^(?P<text>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")


@dataclass(frozen=True, slots=True)
class EventView:
    """What the features read: the sentence, the trigger, and the event's coded fields. An
    actor is its code ("" for a mention with no code; None for no actor) and its text."""

    sentence: Span
    trigger: Span
    code: str
    rule: str
    status: str
    source: tuple[str, str] | None
    target: tuple[str, str] | None


def rule_family(rule: str) -> str:
    """"petrarch2:CAMEO.2.0.txt:5427" -> "petrarch2"; "ew.say.010" -> "ew.say"."""
    if ":" in rule:
        return rule.split(":", 1)[0]
    return ".".join(rule.split(".")[:2])


def rule_origin(rule: str) -> str:
    if rule.startswith("ew."):
        return "ew"
    if rule.startswith("petrarch"):
        return "petrarch"
    return "other"


def quad_class(code: str) -> int:
    """CAMEO QuadClass from the root: 01-05 verbal cooperation ... 14-20 material conflict."""
    root = int(code[:2]) if code[:2].isdigit() else 0
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def code_kind(actor: tuple[str, str] | None) -> str:
    """The kind of an actor's code (see the module)."""
    if actor is None:
        return "none"
    code = actor[0]
    if not code:
        return "uncoded"
    if code.startswith(ORG_PREFIXES):
        return "org"
    if len(code) == 3:
        return "agent" if code in AGENT_CODES else "country"
    return "agent" if code[:3] in AGENT_CODES else "country_agent"


def actor_features(source: tuple[str, str] | None, target: tuple[str, str] | None) -> list[str]:
    src, tgt = code_kind(source), code_kind(target)
    names = [f"src:{src}", f"tgt:{tgt}",
             f"actors:{int(source is not None)}{int(target is not None)}"]
    for side, actor in (("src", source), ("tgt", target)):
        if actor is not None and actor[1].strip().lower() in PRONOUNS:
            names.append(f"{side}_pron")
    if source and target and source[0] and source[0] == target[0]:
        names.append("same_actor")
    return names


def code_features(code: str, rule: str, status: str) -> list[str]:
    quad = quad_class(code)
    return [f"rule:{rule}", f"fam:{rule_family(rule)}", f"origin:{rule_origin(rule)}",
            f"code:{code}", f"base:{code[:3]}", f"root:{code[:2]}", f"quad:{quad}",
            f"status:{status}", f"sq:{status}_{quad}"]


def lemma(token: Token) -> str:
    return "#num" if token.like_num else token.lemma_.lower()


def trigger_form(head: Token, children: list[Token]) -> str:
    if head.pos_ in {"NOUN", "PROPN"}:
        return "noun"
    if head.pos_ in {"VERB", "AUX"}:
        has_subject = any(child.dep_ in SUBJECT_DEPS for child in children)
        return "clause" if has_subject else "verb_nosubj"
    return "other"


def clause_head(head: Token) -> Token:
    """The verb whose clause holds the trigger: itself when a verb, else the nearest verbal
    ancestor (or the trigger when it has none)."""
    token = head
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else head


def subject_kind(children: list[Token]) -> str:
    """The kind of the first subject among a verb's ``children``."""
    for child in children:
        if child.dep_ in SUBJECT_DEPS:
            return {"PROPN": "name", "PRON": "pron", "NOUN": "noun"}.get(child.pos_, "other")
    return "none"


def quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` in the sentence ``text`` lies inside quotation marks opened before
    it."""
    before = text[:offset]
    curly = before.count(QUOTES_OPEN) > before.count(QUOTES_CLOSE)
    return curly or before.count(STRAIGHT_QUOTE) % 2 == 1


def clause_cues(children: list[Token]) -> list[str]:
    """Negation, modal auxiliaries and a conditional mark among the clause's ``children``."""
    names = []
    for token in children:
        if token.dep_ == NEGATION:
            names.append(NEGATION)
        if token.tag_ == MODAL_TAG:
            names.append(f"modal:{lemma(token)}")
        if token.dep_ == "mark" and token.lower_ in CONDITION_MARKS:
            names.append(f"mark:{token.lower_}")
    return names


def parse_features(sentence: Span, trigger: Span) -> list[str]:
    """Where the trigger sits in the parse and what its clause says (see the module)."""
    head = trigger.root
    governor = head.head
    is_root = governor.i == head.i
    verb = clause_head(head)
    own = list(head.children)
    verb_children = own if verb.i == head.i else list(verb.children)
    names = [f"tlemma:{lemma(head)}", f"tpos:{head.pos_}", f"ttag:{head.tag_}",
             f"tdep:{head.dep_}", f"tform:{trigger_form(head, own)}",
             f"tgov:{'ROOT' if is_root else lemma(governor)}",
             f"tgovpos:{'ROOT' if is_root else governor.pos_}",
             f"tsubj:{subject_kind(verb_children)}"]
    if len(trigger) > 1:
        names.append("tmulti")
    scope = {head.i, verb.i}
    around = {t.i: t for t in (*own, *verb_children) if t.i not in scope}
    names += clause_cues([around[i] for i in sorted(around)
                          if sentence.start <= i < sentence.end])
    text = sentence.text
    if text.rstrip().rstrip("\"'”’").endswith("?"):
        names.append("question")
    if quoted(text, head.idx - sentence.start_char):
        names.append("quoted")
    return names


def sentence_features(sentence: Span) -> list[str]:
    """The sentence's length in words, bucketed."""
    length = len([t for t in sentence if not (t.is_punct or t.is_space)])
    bucket = next((name for limit, name in LENGTH_BUCKETS if length <= limit), "very_long")
    return [f"len:{bucket}"]


def sector(actor: tuple[str, str] | None) -> str | None:
    """The sector agent of an actor's code ("MIL" of RUSMIL or of a bare MIL), if any."""
    code = actor[0] if actor else ""
    if len(code) == 3 and code in AGENT_CODES:
        return code
    return code[3:6] if len(code) >= 6 and code[3:6] in AGENT_CODES else None


def sector_features(view: EventView) -> list[str]:
    """Each actor's sector, alone and with the act's QuadClass: soldiers and rebels who use
    force are likelier real than politicians who "attack" each other."""
    quad = quad_class(view.code)
    names = []
    for side, actor in (("src", view.source), ("tgt", view.target)):
        agent = sector(actor)
        if agent:
            names += [f"{side}_sec:{agent}", f"q{quad}_{side}_sec:{agent}"]
    return names


def event_features(view: EventView) -> list[str]:
    """Every feature name of one event (duplicates removed, order kept)."""
    names = code_features(view.code, view.rule, view.status)
    names += actor_features(view.source, view.target)
    names += sector_features(view)
    names += parse_features(view.sentence, view.trigger)
    names += sentence_features(view.sentence)
    return list(dict.fromkeys(names))


def _actor(actor: Actor | None) -> tuple[str, str] | None:
    return None if actor is None else (actor.code or "", actor.text)


def view_of_event(doc: Doc, event: Event) -> EventView | None:
    """The view of an assembled event in its annotated ``Doc`` (None when its spans do not map
    onto tokens, which should not happen)."""
    sentence = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if sentence is None or trigger is None or len(trigger) == 0 or len(sentence) == 0:
        return None
    return EventView(sentence, trigger, event.cameo.code, event.rule, event.status,
                     _actor(event.source), _actor(event.target))


def judged_actor(value: Any) -> tuple[str, str] | None:
    """A judged line's actor, "text [CODE]" (or null), as ``(code, text)``."""
    if not value:
        return None
    match = ACTOR_TEXT.match(str(value))
    if match is None:
        return "", str(value)
    return match.group("code"), match.group("text")


def find_trigger(doc: Doc, text: str) -> Span | None:
    """The first occurrence of the trigger's text in the parsed sentence that starts on a token
    (the judged line gives the trigger's offset in the article, not in the sentence)."""
    if not text:
        return None
    start = doc.text.find(text)
    while start >= 0:
        span = doc.char_span(start, start + len(text), alignment_mode="expand")
        if span is not None and span.start_char == start and len(span):
            return span
        start = doc.text.find(text, start + 1)
    return None


def view_of_judged(doc: Doc, line: dict[str, Any]) -> EventView | None:
    """The view of a judged line, ``doc`` being its ``sentence`` parsed alone (None when the
    trigger's text is not found in it)."""
    trigger = find_trigger(doc, str(line.get("trigger") or ""))
    if trigger is None:
        return None
    return EventView(doc[:], trigger, str(line["code"]), str(line["rule"]),
                     str(line.get("status") or "occurred"), judged_actor(line.get("source")),
                     judged_actor(line.get("target")))
