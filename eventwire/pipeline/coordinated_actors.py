"""The actors a word stands for together with the words coordinated with it, for the role
rules: the members of a list ("Russia and China", also where the parser broke the list), the
two actors of a pair noun ("the two countries", "both sides") and of a plural pronoun whose
antecedent is a coordinated pair ("Obama and Putin met in Paris. They agreed ..."), each
resolved through :class:`eventwire.pipeline.mention_index.MentionIndex`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.pipeline.mention_index import (
    MentionIndex,
    complement_speaker,
    group_agrees,
    same_actor,
    sentence_start_before,
)
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.verb_subjects import verb_subjects

# Modifiers of an actor that the parser may have made of the first member of a list.
LIST_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})
# How a verb names the second of a pair after its subject ("met Xi"; prepositions: pair_preps).
PAIR_OBJECT_DEPS = frozenset({"dobj"})
# The tag of a singular common noun: a person's title in apposition ("Roe, president and CEO").
SINGULAR_NOUN_TAG = "NN"


def _conjuncts(token: Token, index: MentionIndex) -> list[Token]:
    """``token`` and the actors coordinated with it, also where the parser broke the list: an
    apposition that heads a coordination or that the list continues after ("Mordor, the Shire,
    Fornost and Bree") and a noun modifier carrying its own conjunction ("Fornost and the awful
    Gondor") are list members. An apposition after the whole list describes it ("A and B, the
    two neighbours"): it is no member; nor are a person's coordinated titles ("Derrick Roe,
    interim president and CEO of the league": one person, :func:`_titles_of`), nor a name in
    apposition to a title, whose conjuncts are (:func:`_named_title`)."""
    found = [token, *[t for t in token.conjuncts if t.i > token.i]]
    for child in token.children:
        if _list_member(child, token) and not _titles_of(child, token, index):
            found += [*([] if _named_title(child, token) else [child]), *child.conjuncts]
    return list(dict.fromkeys(found))


def _named_title(child: Token, token: Token) -> bool:
    """``child``, a proper name in apposition to the singular common noun ``token``, names the
    one that noun does ("met the foreign minister, **Sergei Lavrov**, and the defence minister":
    one person, then the next member; "the capital, Kabul, and Kandahar")."""
    return child.dep_ == "appos" and child.pos_ == "PROPN" and token.tag_ == SINGULAR_NOUN_TAG


def _titles_of(child: Token, token: Token, index: MentionIndex) -> bool:
    """``child``, an apposition of the proper name ``token`` that no dictionary codes but as a
    person, is a singular common noun with its conjuncts: the titles or offices of one person
    ("interim president and CEO"), not other actors."""
    named = index.own(token)
    if token.pos_ != "PROPN" or (named is not None
                                 and named.kind not in index.lexicon.person_kinds):
        return False
    return child.dep_ == "appos" and child.tag_ == SINGULAR_NOUN_TAG


def _list_member(child: Token, token: Token) -> bool:
    own = [g for g in child.children if g.dep_ in ("cc", "conj")]
    if child.dep_ == "appos":
        later = any(c.dep_ == "conj" and c.i > child.i for c in token.children)
        return later or any(g.dep_ == "conj" for g in own)
    return child.dep_ in LIST_MODIFIER_DEPS and child.i < token.i and bool(own)


def pair_antecedents(token: Token, index: MentionIndex) -> list[ActorMention]:
    """The two actors "the two countries" or "both sides" stands for: the last coordinated
    pair of coded mentions before it, in its sentence or the window before (see
    ``pair_nouns``); empty when the noun is not such a phrase or no pair is found."""
    lexicon = index.lexicon
    own = index.own(token)
    if (token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.pair_nouns
            or (own is not None and own.country)
            or not any(c.lower_ in lexicon.pair_words for c in token.children)):
        return []
    return _last_pair(token, index, lexicon.pair_preps)


def _last_pair(token: Token, index: MentionIndex,
               preps: frozenset[str] | None) -> list[ActorMention]:
    """The last pair of coded mentions before ``token``'s phrase, in its sentence or the
    ``group_pronoun_window`` before: coordinated, or (with ``preps``) a verb's subject and
    object."""
    earliest = sentence_start_before(token, index.lexicon.group_pronoun_window)
    before = [m for m in index.mentions if earliest <= m.start and m.end <= token.left_edge.i
              and m.code]
    for later in reversed(before):
        for earlier in reversed(before):
            if earlier.start < later.start and _coordinated(token.doc, earlier, later, preps):
                return [] if same_actor(earlier, later) else [earlier, later]
    return []


def pronoun_pair(token: Token, index: MentionIndex) -> list[ActorMention]:
    """The two actors a plural subject or object pronoun ("they", "them") stands for when its
    nearest antecedent is a coordinated pair ("Obama and Putin met in Paris. They agreed to
    resume talks.": both), no later plural group ("... the rebels. They") coming closer; or
    every actor of a complement clause's plural speaker ("Kenyan and Ugandan officials said
    they ..."); empty otherwise. From an earlier sentence each takes the pronoun's place, as
    ``group_antecedent``'s mentions do."""
    lexicon = index.lexicon
    if token.tag_ != "PRP" or token.lower_ not in lexicon.plural_group_pronouns:
        return []
    speaker = complement_speaker(token, index, lexicon, True)[0]
    if speaker is not None:
        speakers = actors_of([speaker], index)
        return speakers if len(speakers) > 1 else []
    pair = _last_pair(token, index, None)
    if not pair:
        return []
    doc = token.doc
    if any(pair[1].end <= m.start and m.end <= token.i and group_agrees(m, doc, lexicon, True)
           for m in index.mentions):
        return []  # "Kenya and Uganda condemned the rebels. They ...": the rebels
    return [m if m.start >= token.sent.start
            else replace(m, start=token.i, end=token.i + 1, head=token.i, kind="pronoun")
            for m in pair]


def _coordinated(doc: Doc, first: ActorMention, second: ActorMention,
                 preps: frozenset[str] | None) -> bool:
    """Two actors named as a pair: coordinated ("Russia and China"), coordinated modifiers of
    one noun ("the French and German ministers": the French ones and the German ones), or
    (with ``preps``) the subject and the object of one verb ("Putin is to meet **Xi**",
    "Russia talked **with** China")."""
    head = doc[first.head]
    if doc[second.head] in head.conjuncts:
        return True
    if head.head.i == second.head and head.i < second.start and any(
            second.start <= c.i < second.end for c in head.conjuncts):
        return True
    return preps is not None and _verb_pair(doc[first.head], doc[second.head], preps)


def _verb_pair(first: Token, second: Token, preps: frozenset[str]) -> bool:
    verb = second.head
    if second.dep_ == "pobj" and verb.lower_ in preps:
        verb = verb.head
    elif second.dep_ not in PAIR_OBJECT_DEPS:
        return False
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    subjects, passive = verb_subjects(verb)
    return not passive and any(s.i == first.i for s in subjects)


def actors_of(tokens: Iterable[Token], index: MentionIndex) -> list[ActorMention]:
    """The mentions of ``tokens`` and their conjuncts, each with the other actors it stands
    for (``ActorMention.also``)."""
    found: list[ActorMention] = []
    for token in tokens:
        pair = pair_antecedents(token, index) or pronoun_pair(token, index)
        if pair:
            found += [m for m in pair if m not in found]
            continue
        for item in _conjuncts(token, index):
            mention = index.near(item)
            if mention is None:
                continue
            for actor in (mention, *mention.also):
                if actor not in found:
                    found.append(actor)
    return found


__all__ = ["actors_of", "pair_antecedents", "pronoun_pair"]
