"""Sparse features of one sentence, read from eventwire's own parse and rule annotations.

Four groups, each a name prefix:

* words: lower-case lemmas of content words except proper nouns (``w:``; names of people and
  places belong to one story or period and do not carry over to new news), bigrams over lemmas
  in which every proper noun is ``#name`` (``b:``; "Lavrov said" and "Shultz said" are both
  ``b:#name_say``), the lemma of the sentence root (``root:``) and of its direct object
  (``obj:``);
* clause cues: negation (``neg``) and modal auxiliaries (``modal:``);
* the root's frame: each dependency relation the root governs (``rd:`` root lemma and relation)
  and its subject's lemma, ``#name`` for a proper noun (``rs:``);
* the rule coder's view (stacking): for every trigger of a known CAMEO code, its root (``r:``),
  three-digit code (``r3:``), penta class (``c:``), class with status (``cs:``) and trigger
  lemma (``t:``); where the trigger sits in the parse: its relation to its governor (``tdep:``,
  with its lemma ``td:``, with its class ``tcd:``) and the governor's lemma (``tg:``, with the
  trigger's class ``tgc:``; ``ROOT`` for the root), so that an attack reported under "deny" or
  "threaten" reads differently from one in the main clause; and the class of the first
  non-negated trigger in text order (``top:``, the rule coder's own choice) or ``top:none``.

A feature's value is 1.0 (present); the vocabulary is fixed at training time and unknown names
are ignored at prediction time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Span, Token

from eventwire.evaluate.selection import penta_class
from eventwire.pipeline.mentions import Factuality, TriggerMatch

FEATURE_SET = "lemmas+name-bigrams+root-frame+cues+rules+trigger-deps/4"
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM", "ADP", "PART"})
PROPER_NOUN = "PROPN"
NAME = "#name"
NEGATION_DEP = "neg"
MODAL_TAG = "MD"
NUMBER = "#num"
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "nsubjpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NEGATED = "negated"
OCCURRED = "occurred"
NO_EVENT = "top:none"
NO_GOVERNOR = "ROOT"


def token_word(token: Token) -> str:
    """The lemma, lower-cased; numbers collapse to one symbol."""
    if token.like_num or token.pos_ == "NUM":
        return NUMBER
    return token.lemma_.lower()


def name_word(token: Token) -> str:
    """``token_word``, except that every proper noun is ``#name``: that a name stands there
    carries over to other news, the name itself not."""
    return NAME if token.pos_ == PROPER_NOUN else token_word(token)


def word_features(sent: Span) -> list[str]:
    """Content lemmas (no proper nouns) and bigrams over non-punctuation tokens (names as
    ``#name``)."""
    words = [name_word(t) for t in sent if not (t.is_punct or t.is_space)]
    kept = [token_word(t) for t in sent if t.pos_ in CONTENT_POS]
    names = [f"w:{word}" for word in kept]
    names += [f"b:{left}_{right}" for left, right in zip(words, words[1:], strict=False)]
    return names


def clause_features(sent: Span) -> list[str]:
    """The root's lemma, object, relations and subject; negation and modal auxiliaries."""
    root = sent.root
    head = token_word(root)
    names = [f"root:{head}"]
    names += [f"obj:{token_word(child)}" for child in root.children if child.dep_ in OBJECT_DEPS]
    names += [f"rd:{head}_{child.dep_}" for child in root.children if not child.is_punct]
    names += [f"rs:{name_word(child)}" for child in root.children if child.dep_ in SUBJECT_DEPS]
    names += [NEGATION_DEP for t in sent if t.dep_ == NEGATION_DEP][:1]
    names += [f"modal:{token_word(t)}" for t in sent if t.tag_ == MODAL_TAG]
    return names


def trigger_class(trigger: TriggerMatch) -> int | None:
    try:
        return penta_class(trigger.code)
    except ValueError:
        return None


def trigger_context(token: Token, penta: int) -> list[str]:
    """Where a trigger sits in the parse: its relation and its governor."""
    word = token_word(token)
    governor = NO_GOVERNOR if token.head.i == token.i else token_word(token.head)
    return [f"td:{word}_{token.dep_}", f"tdep:{token.dep_}", f"tcd:{penta}_{token.dep_}",
            f"tg:{governor}", f"tgc:{penta}_{governor}"]


def rule_features(
    sent: Span, triggers: Sequence[TriggerMatch], factuality: Mapping[int, Factuality]
) -> list[str]:
    """What the rule coder found in the sentence: codes, classes, statuses, where each trigger
    sits in the parse, and the rule coder's top class."""
    names: list[str] = []
    ranked: list[tuple[int, int, int]] = []
    for trigger in triggers:
        penta = trigger_class(trigger)
        if penta is None:
            continue
        status = factuality.get(trigger.head, Factuality(OCCURRED)).status
        head = sent.doc[trigger.head]
        names += [f"r:{trigger.code[:2]}", f"r3:{trigger.code[:3]}", f"c:{penta}",
                  f"cs:{penta}_{status}", f"t:{token_word(head)}"]
        names += trigger_context(head, penta)
        ranked.append((status == NEGATED, trigger.start, penta))
    names.append(f"top:{min(ranked)[2]}" if ranked else NO_EVENT)
    return names


def sentence_features(
    sent: Span, triggers: Iterable[TriggerMatch], factuality: Mapping[int, Factuality]
) -> list[str]:
    """Every feature name of one sentence (duplicates removed, order kept)."""
    inside = [t for t in triggers if sent.start <= t.head < sent.end]
    names = word_features(sent) + clause_features(sent) + rule_features(sent, inside, factuality)
    return list(dict.fromkeys(names))
