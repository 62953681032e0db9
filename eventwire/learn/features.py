"""Sparse features of one sentence, read from eventwire's own parse and rule annotations.

Three groups, each a name prefix:

* words: lower-case lemmas of content words except proper nouns (``w:``; names of people and
  places belong to one story or period and do not carry over to new news), lemma bigrams
  (``b:``), the lemma of the sentence root (``root:``) and of its direct object (``obj:``);
* clause cues: negation (``neg``) and modal auxiliaries (``modal:``);
* the rule coder's view (stacking): for every trigger of a known CAMEO code, its root (``r:``),
  three-digit code (``r3:``), penta class (``c:``), class with status (``cs:``) and trigger
  lemma (``t:``), and the class of the first non-negated trigger in text order (``top:``, the
  rule coder's own choice) or ``top:none``.

A feature's value is 1.0 (present); the vocabulary is fixed at training time and unknown names
are ignored at prediction time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Span, Token

from eventwire.evaluate.selection import penta_class
from eventwire.pipeline.mentions import Factuality, TriggerMatch

FEATURE_SET = "lemmas+bigrams+root+cues+rules/3"
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM", "ADP", "PART"})
NEGATION_DEP = "neg"
MODAL_TAG = "MD"
NUMBER = "#num"
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "nsubjpass"})
NEGATED = "negated"
OCCURRED = "occurred"
NO_EVENT = "top:none"


def token_word(token: Token) -> str:
    """The lemma, lower-cased; numbers collapse to one symbol."""
    if token.like_num or token.pos_ == "NUM":
        return NUMBER
    return token.lemma_.lower()


def word_features(sent: Span) -> list[str]:
    """Content lemmas (no proper nouns) and lemma bigrams over non-punctuation tokens."""
    words = [token_word(t) for t in sent if not (t.is_punct or t.is_space)]
    kept = [token_word(t) for t in sent if t.pos_ in CONTENT_POS]
    names = [f"w:{word}" for word in kept]
    names += [f"b:{left}_{right}" for left, right in zip(words, words[1:], strict=False)]
    return names


def clause_features(sent: Span) -> list[str]:
    """The root's lemma and object, negation and modal auxiliaries."""
    root = sent.root
    names = [f"root:{token_word(root)}"]
    names += [f"obj:{token_word(child)}" for child in root.children if child.dep_ in OBJECT_DEPS]
    names += [NEGATION_DEP for t in sent if t.dep_ == NEGATION_DEP][:1]
    names += [f"modal:{token_word(t)}" for t in sent if t.tag_ == MODAL_TAG]
    return names


def trigger_class(trigger: TriggerMatch) -> int | None:
    try:
        return penta_class(trigger.code)
    except ValueError:
        return None


def rule_features(
    sent: Span, triggers: Sequence[TriggerMatch], factuality: Mapping[int, Factuality]
) -> list[str]:
    """What the rule coder found in the sentence: codes, classes, statuses, its top class."""
    names: list[str] = []
    ranked: list[tuple[int, int, int]] = []
    for trigger in triggers:
        penta = trigger_class(trigger)
        if penta is None:
            continue
        status = factuality.get(trigger.head, Factuality(OCCURRED)).status
        names += [f"r:{trigger.code[:2]}", f"r3:{trigger.code[:3]}", f"c:{penta}",
                  f"cs:{penta}_{status}"]
        names.append(f"t:{token_word(sent.doc[trigger.head])}")
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
