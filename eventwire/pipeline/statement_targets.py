"""What a statement's phrase holds that is no target of the statement.

The target of a statement (CAMEO 01) is whom it is addressed to or about ("told Kenya", "said
Uganda must pay"); what the speaker's words say of other actors is their own matter, and where
the speaker stood is no addressee. ``ew_roles`` takes a statement's target from its phrase when
no object names one; these rules mark the tokens of that phrase it passes over:

- a direct quotation that does not hold the verb of saying: the speaker's own words, whose
  actors belong to the acts they tell of ('said: "Our farmers lost their markets to Kenya"'),
  but for the subject of the reported clause, what the statement is about (as for an indirect
  statement, ``roles._other_acts``);
- a "that" clause on the verb's object or on the noun of its phrase ("denied the report that
  Kenya had paid Uganda", "said in a statement that ..."): reported like a clausal complement,
  only its subject may be the target;
- a clause coordinated with the verb that has a subject of its own ("said the talks had ended,
  but Kenya was ready to return"), or an adverbial clause ("said so, adding that Kenya had
  agreed"): another clause, another act;
- a relative clause on the verb's object ("unveiled a plan that would give Uganda a loan",
  "told a crowd that included Ugandan traders"): the act of that clause, told in passing (an
  infinitive there is what is stated: "expressed a willingness to talk to Uganda");
- inside the reported clause's subject, an apposition or a clause that modifies it ("said
  Omondi, a Kenyan farmer, had left", "said the decision to stop the Uganda line was wrong"):
  the subject is what the statement is about, not what is said of it in passing.

The speaker's own phrase, with what it says of the speaker in passing ('"...," said Jane Roe, a
Georgia Republican', "the minister, a close ally of the president, said"), names no target.

What a verb of citing (``citing_verbs`` of ``roles.yaml``: "Reuters, citing two officials,
reported ...") cites is the statement's source or evidence, never its target (``cited``).

A seat of government or a place named after an actor object ("invited Erdogan to the White
House", "told reporters on Capitol Hill") is where the act was done, for statements, appeals,
intents, meetings and diplomatic cooperation alike (``addressee_venue``).

And a place where the speaker spoke ("said in Parliament", "told reporters at the White House",
"spoke at a rally in Ohio", "said in the Parliament building") is never a statement's target
(``venue``): an actor under a locative preposition (``statement_place_preps`` of
``roles.yaml``), or named inside its noun phrase, that hangs on the verb of saying, on its
addressee, or on another such place phrase; also when that phrase is on an occasion of speaking
(``statement_occasion_nouns``: "said during an interview at the Iranian mission", "in a speech
to the conference in Leeds", "told his news conference in Downing Street"), under any
preposition, or the verb's object. Nor is an actor in a phrase that dates the statement by an
occasion or a meeting (``statement_time_preps``: "said after a cabinet meeting at the
Kremlin", "told reporters following talks with Kenya": ``dated_by_occasion``), nor the medium
it was published or broadcast on ("a statement on the group's website": ``medium``), nor
the one who shares the podium ("said at a joint news conference with X": ``co_speaker``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.quotations import quotation_of
from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.support import OBJECT_DEPS
from eventwire.pipeline.verb_subjects import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS

# Clauses beside a verb of saying that say something else than its content.
OTHER_CLAUSE_DEPS = frozenset({"advcl"})
COORDINATED_DEP = "conj"
# Modifiers of a reported clause's subject that tell something of it in passing.
PASSING_MODIFIER_DEPS = frozenset({"appos", "relcl", "acl"})
PREP_OBJECT_DEP = "pobj"
# The person a verb is addressed to or acts on directly ("invited Erdogan", "told reporters").
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
# Modifiers through which a name stands inside a place's noun phrase.
NOUN_MODIFIER_DEPS = frozenset({"compound", "poss"})
# Modifiers through which a name stands inside the phrase of a place where something was said
# ("at the **Iranian** mission").
PLACE_MODIFIER_DEPS = NOUN_MODIFIER_DEPS | {"amod"}
# ... or in apposition to a place there, the larger place it lies in ("in Ankara, **Turkey**").
PLACE_APPOSITION_DEP = "appos"
REPORTED_DEP = "ccomp"
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp"})
# Clauses on a statement's object that tell of another act in passing ("announced a plan that
# would give X a loan"); an infinitive on it is what is stated ("a willingness to talk to X").
OBJECT_CLAUSE_DEPS = frozenset({"relcl"})
THAT = "that"
# Tags of a verb that may be a mandative subjunctive ("insist they leave", "that he be").
MANDATIVE_TAGS = frozenset({"VB", "VBP"})


def quoted_elsewhere(head: Token) -> set[int]:
    """Tokens of the sentence inside a quotation that does not hold ``head``."""
    own = quotation_of(head)
    found: set[int] = set()
    for token in head.sent:
        if token.i in found or token.i == head.i or token.is_space:
            continue  # a paragraph break is in no quotation of its own
        span = quotation_of(token)
        if span is not None and span != own:
            found.update(range(span[0], span[1] + 1))
    return found


def other_clauses(head: Token) -> set[int]:
    """Tokens of clauses beside ``head`` that are not what it says: a coordinated verb with a
    subject of its own, or an adverbial clause, after the verb."""
    found: set[int] = set()
    for child in head.children:
        if child.i < head.i:
            continue
        own_subject = any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in child.children)
        if child.dep_ in OTHER_CLAUSE_DEPS or (child.dep_ == COORDINATED_DEP and own_subject):
            found.update(t.i for t in child.subtree)
    return found


def topic_tokens(subject: Token) -> set[int]:
    """The tokens of a reported clause's subject but its appositions and the clauses that
    modify it."""
    passing = {t.i for c in subject.children if c.dep_ in PASSING_MODIFIER_DEPS
               for t in c.subtree}
    return {t.i for t in subject.subtree} - passing


def reported_clauses(head: Token) -> list[Token]:
    """The clauses ``head`` reports: its clausal complements, and a "that" clause on its object
    or on the noun of one of its prepositional phrases ("said in a statement that Kenya must
    pay", "denied the report that Kenya had paid")."""
    clauses = [c for c in head.children if c.dep_ == REPORTED_DEP and c.i > head.i]
    nouns = [o for p in head.children if p.dep_ == "prep" and p.i > head.i
             for o in p.children if o.dep_ == PREP_OBJECT_DEP]
    nouns += [o for o in head.children if o.dep_ in OBJECT_DEPS and o.i > head.i]
    clauses += [c for noun in nouns for c in noun.children if c.dep_ in NOUN_CLAUSE_DEPS
                and any(m.dep_ == "mark" and m.lower_ == THAT for m in c.children)]
    return clauses


def directive(clause: Token, lexicon: RoleLexicon) -> bool:
    """A reported clause that says what its subject is to do: a modal of obligation ("Kenya
    must pay", "should leave"), a verb of need with an infinitive ("has to pay"), or a
    present-tense verb without auxiliary under a verb of insisting ("insisted they leave":
    the mandative subjunctive, not "insisted they left")."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in lexicon.directive_modals
           for c in clause.children):
        return True
    mandative = clause.head.lemma_.lower() in lexicon.mandative_verbs
    if mandative and clause.tag_ in MANDATIVE_TAGS and not any(
            c.dep_ == "aux" for c in clause.children):
        return True
    return clause.lemma_.lower() in lexicon.directive_verbs and any(
        c.dep_ == "xcomp" for c in clause.children)


def reported_topics(head: Token, code: str, lexicon: RoleLexicon) -> set[int]:
    """The subjects of the clauses ``head`` reports (``topic_tokens``); for a plain statement
    (``plain_statement_codes``) only when its clause says what the subject is to do: "he
    said he would cut taxes", "said they had no plan", "said the army had left" tell of the
    speaker, of those a pronoun stands for or of those named, "said they must leave" is a
    demand on them. On the roles train split a declarative clause's subject was the gold
    target about 4 times in 9; on real news it was mostly the speaker's own side or a party
    merely mentioned."""
    plain = code in lexicon.plain_statement_codes
    return {i for clause in reported_clauses(head) for c in clause.children
            if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
            and (not plain or directive(clause, lexicon))
            for i in topic_tokens(c)}


def cited(mention: ActorMention, head: Token, lexicon: RoleLexicon) -> bool:
    """``mention`` lies in the phrase of ``head``, a verb of citing ("citing two **officials**",
    "quoted a spokesman for **Kenya** as saying **Uganda** had paid"): the statement's source or
    evidence, or what the source said, which is the source's statement."""
    if head.lemma_.lower() not in lexicon.citing_verbs:
        return False
    return mention.head != head.i and head.doc[mention.head] in head.subtree


def quoted_target(mention: ActorMention, head: Token, code: str, lexicon: RoleLexicon) -> bool:
    """``mention`` stands in a quotation that does not hold the verbal act ``head`` of
    ``code`` (``quoted_words_roots``) and is no subject of the clause it reports: the
    speaker's words, not whom the act is addressed to; or it is what the act cites
    (:func:`cited`)."""
    if not code.startswith(lexicon.quoted_words_roots):
        return False
    if cited(mention, head, lexicon):
        return True
    own = quotation_of(head)
    span = quotation_of(head.doc[mention.head])
    return span is not None and span != own and mention.head not in reported_topics(
        head, code, lexicon)


def speaker_phrase(head: Token) -> set[int]:
    """Tokens of the subject of ``head`` with its appositions and clauses: the speaker, and
    what the sentence says of the speaker ('"...," said Jane Roe, a Georgia Republican',
    "the minister, a close ally of the president, said")."""
    return {t.i for c in head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}


def object_clauses(head: Token) -> set[int]:
    """Tokens of the relative clauses on the statement's object ("unveiled a plan **that would
    give Uganda a loan**"): the act of that clause, whose actors are its own."""
    return {t.i for o in head.children if o.dep_ in OBJECT_DEPS and o.i > head.i
            for c in o.children if c.dep_ in OBJECT_CLAUSE_DEPS for t in c.subtree}


def statement_skips(head: Token) -> set[int]:
    """Tokens of a statement's phrase that give it no target (module docstring); the caller
    adds back the reported clause's subject."""
    reported = {t.i for clause in reported_clauses(head) for t in clause.subtree}
    return (quoted_elsewhere(head) | other_clauses(head) | reported | speaker_phrase(head)
            | object_clauses(head))


def venue(mention: ActorMention, head: Token, code: str, lexicon: RoleLexicon,
          actor_at: Callable[[Token], ActorMention | None]) -> bool:
    """``mention`` names where a statement of ``code`` was made, not whom it was addressed to
    (module docstring)."""
    if addressee_venue(mention, head, code, lexicon, actor_at):
        return True
    if not code.startswith(tuple(lexicon.place_not_addressee_roots)):
        return False
    if dated_by_occasion(mention, head, lexicon) or medium(mention, head, lexicon) \
            or co_speaker(mention, head, lexicon):
        return True
    token = head.doc[mention.head]
    while token.dep_ in PLACE_MODIFIER_DEPS | {PLACE_APPOSITION_DEP} and token.head.i != head.i:
        token = token.head  # "in Thursday's court papers", "at the Iranian mission's residence"
    while token.dep_ == PREP_OBJECT_DEP and token.head.lower_ in lexicon.statement_place_preps:
        host = token.head.head
        while _occasion(host, lexicon) and host.dep_ == PREP_OBJECT_DEP:
            host = host.head.head  # "said during an interview at X", "in a speech to a rally in X"
        if host.i == head.i:
            return True
        if host.dep_ in OBJECT_DEPS and host.head.i == head.i and (
                actor_at(host) is not None or _occasion(host, lexicon)):
            return True  # "told reporters at the White House", "told a news conference in X"
        token = host
    return False


def addressee_venue(mention: ActorMention, head: Token, code: str, lexicon: RoleLexicon,
                    actor_at: Callable[[Token], ActorMention | None]) -> bool:
    """``mention`` is a seat of government or a place (``addressee_venue_kinds``) under one of
    ``addressee_venue_preps`` on ``head`` or on its actor object, for an event of
    ``addressee_venue_roots`` whose direct object or dative is another actor: where the act was
    done ("invited Erdogan to the White House", "told reporters on Capitol Hill"), not a second
    party to it; so is one compounded onto a meeting there ("met Xi at the G20 summit")."""
    if mention.kind not in lexicon.addressee_venue_kinds \
            or not code.startswith(lexicon.addressee_venue_roots):
        return False
    token = head.doc[mention.head]
    if token.dep_ == "compound" and (_occasion(token.head, lexicon)
                                     or token.head.lemma_.lower() in lexicon.meeting_nouns):
        token = token.head  # "at the G20 summit", "to the NATO conference"
    prep = token.head
    if token.dep_ != PREP_OBJECT_DEP or prep.lower_ not in lexicon.addressee_venue_preps:
        return False
    objects = [c for c in head.children if c.dep_ in ADDRESSEE_DEPS]
    addressees = [o for o in objects
                  if (found := actor_at(o)) is not None and found.head == o.i and found != mention]
    return bool(addressees) and (prep.head.i == head.i
                                 or any(prep.head.i == o.i for o in addressees))


def dated_by_occasion(mention: ActorMention, head: Token, lexicon: RoleLexicon) -> bool:
    """``mention`` lies in a phrase of ``statement_time_preps`` on ``head`` or on its object
    whose noun is an occasion of speaking or a meeting ("said after a **cabinet** meeting at
    the **Kremlin**", "told reporters following talks with **Kenya**", "ahead of the summit"):
    it says when the statement was made, not to whom (the meeting is coded for itself)."""
    token = head.doc[mention.head]
    while token.head.i != token.i and token.i != head.i:
        host = _time_host(token.head, lexicon) if token.dep_ == PREP_OBJECT_DEP else None
        occasion = _occasion(token, lexicon) or token.lemma_.lower() in lexicon.meeting_nouns
        if host is not None and occasion and (
                host.i == head.i or (host.dep_ in OBJECT_DEPS and host.head.i == head.i)):
            return True
        token = token.head
    return False


def medium(mention: ActorMention, head: Token, lexicon: RoleLexicon) -> bool:
    """``mention`` is the medium a statement was published or broadcast on
    (``statement_medium_nouns`` under ``statement_medium_preps``: "a statement on **the
    group's website**", "remarks broadcast on **Russian television**"), its preposition on
    ``head``, on a word ``head`` governs, or on a word that governs ``head`` (the noun of
    a statement and its participle)."""
    token = head.doc[mention.head]
    if token.dep_ != PREP_OBJECT_DEP or token.lemma_.lower() not in lexicon.statement_medium_nouns:
        return False
    prep = token.head
    if prep.lower_ not in lexicon.statement_medium_preps:
        return False
    host = prep.head
    return host.i == head.i or host.head.i == head.i or head.head.i == host.i or (
        host.head.head.i == head.i and host.head.dep_ in OBJECT_DEPS)


def co_speaker(mention: ActorMention, head: Token, lexicon: RoleLexicon) -> bool:
    """``mention`` shares the podium at a news conference or briefing given together, on which
    ``head`` or its object hangs ("said during a joint news conference **with** the Australian
    prime minister"; ``joint_appearance_*``): no addressee of what is said there."""
    token = head.doc[mention.head]
    while token.dep_ == COORDINATED_DEP:
        token = token.head  # "with X and Y"
    prep = token.head
    if token.dep_ != PREP_OBJECT_DEP or prep.lower_ not in lexicon.joint_appearance_preps:
        return False
    noun = prep.head
    if noun.lemma_.lower() not in lexicon.joint_appearance_nouns or not any(
            c.lemma_.lower() in lexicon.joint_appearance_marks for c in noun.children):
        return False
    host = noun.head.head if noun.dep_ == PREP_OBJECT_DEP else noun.head
    return host.i == head.i or (host.dep_ in OBJECT_DEPS and host.head.i == head.i)


def _time_host(prep: Token, lexicon: RoleLexicon) -> Token | None:
    """The word a preposition of ``statement_time_preps`` hangs on ("said **after**"), also
    through "ahead of", "prior to" (the preposition on the adverb); else None."""
    if prep.dep_ != "prep":
        return None
    if prep.lower_ in lexicon.statement_time_preps:
        return prep.head
    adverb = prep.head
    if adverb.i != prep.i and adverb.lower_ in lexicon.statement_time_preps:
        return adverb.head
    return None


def _occasion(noun: Token, lexicon: RoleLexicon) -> bool:
    """A noun of an occasion on which something is said (``statement_occasion_nouns``)."""
    return noun.lemma_.lower() in lexicon.statement_occasion_nouns


__all__ = ["cited", "co_speaker", "dated_by_occasion", "medium", "quoted_target", "reported_topics",
           "statement_skips", "venue"]
