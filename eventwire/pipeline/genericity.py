"""Generic and habitual clauses, which name no particular event (part of ``ew_triggers``).

"Democrats tend to oppose tax rises", "farmers often protest against new taxes", "nothing
justifies an attack on civilians", "any attack on one member is an attack on all": such a
clause says what a kind of actor does or what holds of a kind of act. CAMEO codes events, so
the triggers of a generic clause are removed (:func:`without_generic`). A clause is generic
when its predicate

* is the open complement of a habitual verb, in any tense ("tend to oppose", "tended to");
* or has a modal of ability, possibility or duty and a subject that names any or no member of
  a kind ("no one can dispute", "no institution should be immune", "any member would oppose");
* or has a modal of duty and a bare plural subject, a norm for a kind of people ("journalists
  should not be arrested", "refugees must not be deported", "ministers should meet more
  often"), or is a clause of a prospect hanging from such a norm whose subject takes its
  subject up ("senators should not enjoy privileges as **they** are about to be promoted";
  not "as they weigh options, lawmakers should recall ...");
* or is a condition on any member of a kind, in the present, on a clause that states a rule
  ("if a president commits a crime, he can be impeached", "once you allow one protest, you
  have to allow them all", "when a country invades its neighbour, it faces sanctions"), or the
  clause it conditions when that clause's subject is a pronoun or generic too ("..., he can
  be impeached", "if protesters block the road, police arrest them");
* or is the open complement of a past habit ("used to meet every year"), or the clause of a
  recurring situation or the clause it conditions ("whenever the students march, the police
  arrest their leaders", "every time the opposition protests, the government bans its
  rallies"), in any tense;
* or is in the simple present (no auxiliary but "do") with an adverb of frequency ("often
  protest", "does not usually criticise") or a rate per period ("arrest 2,000 migrants each
  day", "sue the state every year", "per month") or a subject that names a whole kind ("nothing
  justifies", "no video justifies", "any attack on a member is"), or in a relative clause on a
  kind of people ("people who seek asylum", "those who criticise the king"), or in a relative
  clause whose antecedent is its object and names a kind of acts or things ("crimes they
  commit abroad", "any bill the president negotiates"; not "the crimes they commit", "areas
  DHS cites").

The predicate of a trigger is its head when verbal, else the first verb above it ("justifies
an **attack**"); the open complement of a generic clause is generic too ("nobody wants to see
another **war**"). The simple present of headlines ("Police arrest 12") and the past ("routinely
arrested") report events and are left alone, and so does an event noun that "no" makes the
subject ("no coordination exists": denied, not generic). The words are data
(``eventwire/data/genericity.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Token

from eventwire.datafiles import DataMeta, Word, read_yaml_model
from eventwire.pipeline.generic_frames import (
    GERUND_TAG,
    is_act_equation,
    is_anticipated_comment,
    is_kind_definition,
    is_supposed,
)
from eventwire.pipeline.mentions import ActorMention, TriggerMatch

DATA_FILE = "genericity.yaml"
VERBAL_POS = frozenset({"VERB", "AUX"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PLURAL_TAG = "NNS"
# Relative pronouns ("that", "which", "who") as tagged.
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# A bare plural noun: tagged plural, with none of these dependents ("people who seek asylum";
# not "the people", "their supporters", "three people").
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
SPECIFYING_DEPS = frozenset({"det", "poss", "nummod", "predet"})
RELATIVE_DEP = "relcl"
# A present passive relative mostly describes a state of particular people ("soldiers who are
# stationed at the crossings"), so only active relatives are read as kinds.
PASSIVE_TAG = "VBN"
SET_OFF_PUNCT = frozenset({",", "--", "\u2013", "\u2014", "("})
# A verb shares the genericity of the verb whose open complement or conjunct it is ("tend to
# mix and match").
CONTROLLED_DEPS = frozenset({"xcomp", "conj"})
# A past habit's form ("used to"), and what gives it an object of its own ("used force to").
PAST_TAG = "VBD"
OBJECT_DEPS = frozenset({"dobj", "dative"})
# Clauses of a verb: a relative clause with one has its antecedent elsewhere ("proposals he
# claims will create jobs").
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
PRONOUN_TAG = "PRP"
# How a recurring clause hangs from the clause it conditions, and how its marker hangs from
# it ("whenever" as an adverb or a marker, "every time" as a bare noun phrase).
ADVERBIAL_DEPS = frozenset({"advcl"})
MARKER_DEPS = frozenset({"advmod", "mark", "npadvmod"})
# Dependents that open a clause of their own, where a rate is that clause's ("arrested a man
# **who** visits every week").
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "xcomp", "acl", "conj", "csubj"})
# How far above a nominal trigger its predicate may be ("an attack on the hospital").
MAX_DEPTH = 4
# What a verb climbs through to the clause it is the predicate of: "they are about to be
# **promoted**" (an open complement of a predicate adjective).
DUTY_CLIMB_DEPS = frozenset({"xcomp", "acomp"})
# A clause reported as what someone says or thinks: a norm there is the speaker's demand.
REPORTED_DEPS = frozenset({"ccomp"})


class GenericityLexicon(BaseModel):
    """The validated contents of ``genericity.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    meta: DataMeta = Field(alias="_meta")
    habitual_verbs: frozenset[Word]
    past_habitual_verbs: frozenset[Word]
    habitual_connectives: frozenset[Word]
    recurrence_nouns: frozenset[Word]
    recurrence_determiners: frozenset[Word]
    frequency_adverbs: frozenset[Word]
    period_nouns: frozenset[Word]
    rate_determiners: frozenset[Word]
    rate_prepositions: frozenset[Word]
    time_shift_words: frozenset[Word]
    condition_markers: frozenset[Word]
    condition_pronouns: frozenset[Word]
    indefinite_determiners: frozenset[Word]
    condition_anaphors: frozenset[Word]
    rule_modals: frozenset[Word]
    kind_pronouns: frozenset[Word]
    kind_determiners: frozenset[Word]
    denying_determiners: frozenset[Word]
    kind_antecedents: frozenset[Word]
    generic_modals: frozenset[Word]
    modal_kind_pronouns: frozenset[Word]
    modal_kind_determiners: frozenset[Word]
    party_preps: frozenset[Word]
    particular_modifiers: frozenset[Word]
    duty_modals: frozenset[Word] = frozenset()
    prospect_auxiliaries: frozenset[Word] = frozenset()
    comment_roots: frozenset[str] = frozenset()
    comment_modals: frozenset[Word] = frozenset()
    stance_nouns: frozenset[Word] = frozenset()
    generic_speakers: frozenset[Word] = frozenset()
    copulas: frozenset[Word] = frozenset()
    indefinite_articles: frozenset[Word] = frozenset()
    supposition_verbs: frozenset[Word] = frozenset()
    addressees: frozenset[Word] = frozenset()
    date_words: frozenset[Word] = frozenset()


def load_lexicon(path: Path | None = None) -> GenericityLexicon:
    """Read and validate ``genericity.yaml`` (the bundled one unless ``path`` is given)."""
    return read_yaml_model(DATA_FILE, path, GenericityLexicon, check_duplicates=True)


@lru_cache(maxsize=1)
def bundled_lexicon() -> GenericityLexicon:
    return load_lexicon()


def predicate_of(token: Token) -> Token | None:
    """``token`` when verbal, else the first verb above it (None past a few steps)."""
    current = token
    for _ in range(MAX_DEPTH):
        if current.pos_ in VERBAL_POS:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return current if current.pos_ in VERBAL_POS else None


def is_simple_present(verb: Token) -> bool:
    """"protests", "protest", "does not protest", and the passive "are killed": no auxiliary
    but a present "do", or a present "be" of the passive."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes:
        return verb.tag_ in PRESENT_TAGS
    if verb.tag_ == "VBN":
        return all(a.dep_ == "auxpass" and a.lemma_.lower() == "be" and a.tag_ in PRESENT_TAGS
                   for a in auxes)
    return verb.tag_ == "VB" and all(
        a.lemma_.lower() == "do" and a.tag_ in PRESENT_TAGS for a in auxes)


def names_a_kind(subject: Token, lex: GenericityLexicon) -> bool:
    """"nothing", "no video", "any attack on a member"."""
    if subject.lower_ in lex.kind_pronouns:
        return True
    return any(c.dep_ == "det" and c.lower_ in lex.kind_determiners for c in subject.children)


def is_generic_clause(verb: Token, lex: GenericityLexicon, modal: bool = True) -> bool:
    """Whether the clause of ``verb`` is generic or habitual (see the module); with ``modal``
    off, a modal of any or no member of a kind is not read (a conjunct the parse hangs from
    such a clause: "insisted that any use would change his mind but **said** ...")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.habitual_verbs:
        return True
    if _past_habit(verb, lex) or _recurring(verb, lex):
        return True
    if modal and (_modal_of_a_kind(verb, lex) or _duty_of_a_kind(verb, lex)
                  or _under_a_duty_of_a_kind(verb, lex)):
        return True
    if _generic_condition(verb, lex) or _conditioned_by_a_kind(verb, lex):
        return True
    if is_kind_definition(verb, lex):
        return True
    if not is_simple_present(verb):
        return False
    children = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in lex.frequency_adverbs for c in children):
        return True
    if _rate(verb, lex):
        return True
    if verb.dep_ == RELATIVE_DEP and verb.tag_ != PASSIVE_TAG and _relative_subject(verb) \
            and kind_antecedent(verb.head, lex):
        return True
    if verb.dep_ == RELATIVE_DEP and _relative_object(verb) and _kind_of_acts(verb, lex):
        return True
    return any(c.dep_ in SUBJECT_DEPS and names_a_kind(_antecedent(c, verb), lex)
               for c in children)


def _rate(verb: Token, lex: GenericityLexicon) -> bool:
    """A rate per period in the clause: "arrest 2,000 migrants **each day**", "sue the state
    **every year**", "intercepts 50 boats **per month**", "twice **a week**" (on the verb or on
    one of its own phrases, not in a clause below it)."""
    near = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS]
    near += [g for c in near for g in c.children if g.dep_ not in CLAUSE_DEPS]
    return any(n.lemma_.lower() in lex.period_nouns and (
        # not a span before or after a time ("meets **a week** before the convention", "a
        # year ago")
        (not _shifts_a_time(n, lex) and any(
            d.dep_ in {"det", "predet"} and d.lower_ in lex.rate_determiners for d in n.children))
        or (n.dep_ == "pobj" and n.head.lower_ in lex.rate_prepositions)) for n in near)


def _shifts_a_time(noun: Token, lex: GenericityLexicon) -> bool:
    """A span that the next word makes a shift of time: "a week **before**", "a year **ago**"."""
    return noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ in lex.time_shift_words


def _generic_subject(verb: Token, lex: GenericityLexicon, active: bool = False) -> bool:
    """A subject that names any member of a kind: "you", "someone", "a president", bare
    "protesters" (not "the rebels", "Russia", "three soldiers"); with ``active``, only an
    active subject, a doer (not "if an agreement **is reached**", "if a ransom **is
    demanded**": a particular act in view)."""
    deps = {"nsubj"} if active else SUBJECT_DEPS
    for subject in (c for c in verb.children if c.dep_ in deps):
        if subject.lower_ in lex.condition_pronouns:
            return True
        if subject.pos_ != "NOUN":
            continue
        dets = [c for c in subject.children if c.dep_ in SPECIFYING_DEPS]
        if subject.tag_ == "NN" and dets and all(
                d.dep_ == "det" and d.lower_ in lex.indefinite_determiners for d in dets):
            return True
        if subject.tag_ in PLURAL_NOUN_TAGS and not dets:
            return True
    return False


def _generic_condition(verb: Token, lex: GenericityLexicon) -> bool:
    """A condition on any member of a kind, in the present: "**if** a president commits a
    crime", "**once** you allow one protest", "**when** a country invades its neighbour" (not
    "if Russia invades", "when a gunman opened fire": a particular actor, a past event)."""
    return verb.dep_ in ADVERBIAL_DEPS and verb.head.i != verb.i and any(
        c.dep_ in MARKER_DEPS and c.lower_ in lex.condition_markers for c in verb.children) \
        and is_simple_present(verb) and _generic_subject(verb, lex, active=True) \
        and _general_tense(verb.head, lex)


def _general_tense(verb: Token, lex: GenericityLexicon) -> bool:
    """The clause a condition hangs from states a rule: in the simple present (also a bare
    verb: "police **arrest** them") or with a modal of ability or duty ("he **can** be
    impeached"), not a plan, a prediction or a report ("we **will** talk", "we **would** be
    willing", "he **is taking** a hands-off approach")."""
    return is_simple_present(verb) or (verb.tag_ == "VB" and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)) or any(
        c.dep_ == "aux" and c.lower_ in lex.rule_modals for c in verb.children)


def _conditioned_by_a_kind(verb: Token, lex: GenericityLexicon) -> bool:
    """The clause a generic condition hangs from, when its subject is a pronoun or itself
    generic and it is in the present or has a modal: "if a president commits a crime, **he**
    can be impeached", "if protesters block the road, police arrest them" (not "..., the navy
    will leave": a particular actor)."""
    if not any(c.dep_ in ADVERBIAL_DEPS and _generic_condition(c, lex) for c in verb.children):
        return False
    return _generic_subject(verb, lex) or any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in lex.condition_anaphors for c in verb.children)


def _past_habit(verb: Token, lex: GenericityLexicon) -> bool:
    """The open complement of a past habit: "they used to **meet**" (a past form with a subject
    and no object of its own: not "used force to **disperse** them", not the participle "the
    advice used to **justify**")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.tag_ == PAST_TAG \
        and head.lemma_.lower() in lex.past_habitual_verbs \
        and any(c.dep_ == "nsubj" for c in head.children) \
        and not any(c.dep_ in OBJECT_DEPS for c in head.children)


def _recurrence_marker(token: Token, lex: GenericityLexicon) -> bool:
    """"whenever", "every time", "each time"."""
    if token.lower_ in lex.habitual_connectives:
        return True
    return token.lemma_.lower() in lex.recurrence_nouns and any(
        c.dep_ == "det" and c.lower_ in lex.recurrence_determiners for c in token.children)


def _recurring(verb: Token, lex: GenericityLexicon) -> bool:
    """The clause of a recurring situation or the clause it hangs from: "**whenever** the
    students march, the police **arrest** their leaders", "**every time** the opposition
    protests, the government **bans** its rallies"."""
    clauses = [verb, *(c for c in verb.children if c.dep_ in ADVERBIAL_DEPS)]
    return any(_recurrence_marker(m, lex) for c in clauses for m in c.children
               if m.dep_ in MARKER_DEPS)


def _modal_of_a_kind(verb: Token, lex: GenericityLexicon) -> bool:
    """A modal of ability, possibility or duty with a subject that names any or no member of
    a kind: "no one **can** dispute", "no institution **should** be immune", "any member
    **would** oppose" (not "every member will vote": a particular set's plan)."""
    if not any(c.dep_ == "aux" and c.lower_ in lex.generic_modals for c in verb.children):
        return False
    return any(c.dep_ in SUBJECT_DEPS and _any_or_none(_antecedent(c, verb), lex)
               for c in verb.children)


def _bare_plural(noun: Token, lex: GenericityLexicon) -> bool:
    """A plural common noun with no determiner, possessor, number, name or modifier of a set
    in view, nor a party's phrase: "senators", "journalists" (not "the senators", "U.S.
    troops", "new recruits", "negotiations with Iran")."""
    return noun.pos_ == "NOUN" and noun.tag_ == PLURAL_TAG and not any(
        c.dep_ in SPECIFYING_DEPS or (c.dep_ == "compound" and c.pos_ == "PROPN")
        or (c.dep_ == "prep" and c.lower_ in lex.party_preps)
        or (c.dep_ == "amod" and c.lower_ in lex.particular_modifiers) for c in noun.children)


def _duty_of_a_kind(verb: Token, lex: GenericityLexicon) -> bool:
    """A modal of duty with a bare plural subject, a norm for a kind of people: "journalists
    **should** not be arrested", "refugees **must** not be deported" (not "the ministers
    should meet", "British forces must ensure security"). Not in a clause someone is reported
    to say: "Amnesty said protesters must be released" is a demand about particular people."""
    if verb.dep_ in REPORTED_DEPS or not any(
            c.dep_ == "aux" and c.lower_ in lex.duty_modals for c in verb.children):
        return False
    return any(c.dep_ in SUBJECT_DEPS and _bare_plural(c, lex) and not _of_a_country(c)
               for c in verb.children)


def _of_a_country(noun: Token) -> bool:
    """The noun is in an actor mention of a country ("US and British **forces**")."""
    mentions: Sequence[ActorMention] = noun.doc._.ew_actors or ()
    return any(m.start <= noun.i < m.end and m.country for m in mentions)


def _under_a_duty_of_a_kind(verb: Token, lex: GenericityLexicon) -> bool:
    """A clause of a prospect hanging from a norm for a kind of people whose subject takes the
    kind up: "senators should not enjoy privileges as **they** are about to be promoted"
    (through the open complements and predicates above the verb)."""
    top, climbed = verb, False
    for _ in range(MAX_DEPTH):
        if top.dep_ not in DUTY_CLIMB_DEPS or top.head.i == top.i:
            break
        climbed = climbed or top.dep_ == "xcomp"
        top = top.head
    # only a prospect ("are about to be promoted", "will be promoted"): a clause of what they
    # do now names particular people at work ("as they weigh options in Syria, lawmakers
    # should recall ...")
    prospect = climbed or any(c.dep_ == "aux" and c.lower_ in lex.prospect_auxiliaries
                              for c in (*verb.children, *top.children))
    return prospect and top.dep_ in ADVERBIAL_DEPS and top.head.i != top.i and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in lex.condition_anaphors for c in top.children
    ) and _duty_of_a_kind(top.head, lex)


def _any_or_none(subject: Token, lex: GenericityLexicon) -> bool:
    """"anyone", "nobody", "no one", "any lawyer", "no institution"."""
    if subject.lower_ in lex.modal_kind_pronouns:
        return True
    return any(c.dep_ == "det" and c.lower_ in lex.modal_kind_determiners
               for c in subject.children)


def _relative_subject(verb: Token) -> bool:
    """The antecedent of a relative clause is its subject: a relative pronoun subject ("people
    **who** seek"), not a subject of its own ("proposals **he** claims will create jobs"), in a
    restrictive clause."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(c.tag_ in RELATIVE_TAGS and not _set_off(c) for c in subjects)


def _relative_object(verb: Token) -> bool:
    """The antecedent of a relative clause is its object: the clause has a subject of its own
    that is no relative pronoun, and no object but a relative pronoun nor a clause of its own
    ("crimes **they** commit", "abuses that **guards** commit"; not "proposals he claims will
    create jobs", "people who seek asylum")."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and not any(c.tag_ in RELATIVE_TAGS for c in subjects) and not any(
        (c.dep_ in OBJECT_DEPS and c.tag_ not in RELATIVE_TAGS) or c.dep_ in CLAUSE_DEPS
        for c in children) and not _set_off(verb.doc[verb.left_edge.i])


def _kind_of_acts(verb: Token, lex: GenericityLexicon) -> bool:
    """The object antecedent of the relative clause of ``verb`` names a kind: "any", "no" or
    "every" makes it one ("any bill the president negotiates"), and so does a bare plural
    whose doers are a pronoun or a kind themselves ("crimes *they* commit", "abuses that
    *guards* commit"; not "areas *DHS* cites", a particular actor's particular list)."""
    if names_a_kind(verb.head, lex):
        return True
    if not kind_antecedent(verb.head, lex):
        return False
    return all(c.tag_ == PRONOUN_TAG or kind_antecedent(c, lex)
               for c in verb.children if c.dep_ in SUBJECT_DEPS)


def _set_off(pronoun: Token) -> bool:
    """A relative pronoun after a comma opens a clause that describes particular people ("UN
    peacekeepers, **who** are deployed in the region"), no kind."""
    return pronoun.i > 0 and pronoun.doc[pronoun.i - 1].lower_ in SET_OFF_PUNCT


def kind_antecedent(noun: Token, lex: GenericityLexicon) -> bool:
    """The antecedent of a present relative clause that names a kind: "those", "anyone", or a
    bare plural ("people who seek asylum"; not "the people who", "three men who")."""
    if noun.lower_ in lex.kind_antecedents:
        return True
    return noun.tag_ in PLURAL_NOUN_TAGS and noun.pos_ == "NOUN" and not any(
        c.dep_ in SPECIFYING_DEPS for c in noun.children)


def _antecedent(subject: Token, verb: Token) -> Token:
    """The noun a relative pronoun subject stands for ("no speech **that** justifies"), else
    the subject itself."""
    if verb.dep_ == "relcl" and subject.tag_ in RELATIVE_TAGS:
        return verb.head
    return subject


def kind_of_acts_subject(noun: Token, lex: GenericityLexicon) -> bool:
    """Whether ``noun`` is a bare plural event noun as the subject of a rule: a modal of ability
    or duty ("sanctions **can** hurt the poor", "investigations **can** last for years",
    "sanctions **should** not harm trade") or the present "do" ("sanctions alone **do** not
    work"). It names a kind of act, none that took place. A determiner, a possessor, a name or
    a party's phrase makes it particular ("the sanctions", "U.S. sanctions", "sanctions on
    Iran", "talks with the rebels"), and so do a modifier of a set in view ("new sanctions
    should not be enacted") and "will" ("talks will resume")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ != "NOUN" or noun.tag_ != PLURAL_TAG or noun.dep_ not in SUBJECT_DEPS:
        return False
    if any(c.dep_ in SPECIFYING_DEPS or (c.dep_ == "compound" and c.pos_ == "PROPN")
           or (c.dep_ == "prep" and c.lower_ in lex.party_preps)
           or (c.dep_ == "amod" and c.lower_ in lex.particular_modifiers) for c in noun.children):
        return False
    verb = noun.head
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return any(a.lower_ in lex.rule_modals for a in auxes) or (
        is_simple_present(verb) and any(a.lemma_.lower() == "do" for a in auxes))


def without_generic(doc: Doc, triggers: Sequence[TriggerMatch], lex: GenericityLexicon
                    ) -> list[TriggerMatch]:
    """``triggers`` less those whose predicate heads a generic or habitual clause, bare
    plural event nouns that are the subject of a rule (:func:`kind_of_acts_subject`) and
    comments expected of a kind of speaker (:func:`is_anticipated_comment`)."""
    kept = []
    for trigger in triggers:
        head = doc[trigger.head]
        if trigger.pos == "NOUN" and kind_of_acts_subject(head, lex):
            continue
        if head.pos_ in VERBAL_POS and trigger.code.startswith(tuple(lex.comment_roots)) \
                and is_anticipated_comment(head, lex):
            continue
        if is_supposed(head, lex) or is_act_equation(head, lex) or (
                head.dep_ == "csubj" and head.tag_ == GERUND_TAG
                and is_kind_definition(head.head, lex)):
            continue
        predicate = predicate_of(head)
        chain = _controllers(predicate) if predicate is not None else []
        generic = predicate is not None and not _is_denied(head, lex) and any(
            is_generic_clause(v, lex, not any(u.dep_ == "conj" for u in chain[:k]))
            for k, v in enumerate(chain))
        if not generic:
            kept.append(trigger)
    return kept


def _is_denied(head: Token, lex: GenericityLexicon) -> bool:
    """An event noun subject with a denying determiner: "**no** coordination exists" denies
    the coordination (the factuality component negates it), it names no kind."""
    return head.dep_ in SUBJECT_DEPS and any(
        c.dep_ == "det" and c.lower_ in lex.denying_determiners for c in head.children)


def _controllers(verb: Token) -> list[Token]:
    """``verb`` and the verbs whose open complement or conjunct it is ("see" <- "wants" in
    "nobody wants to see another war"): a generic controller makes its complement generic."""
    chain = [verb]
    while _is_controlled(chain[-1]) and len(chain) < MAX_DEPTH:
        chain.append(chain[-1].head)
    return chain


def _is_controlled(verb: Token) -> bool:
    """An open complement, or a conjunct without a subject of its own ("if nothing happens
    and the group **continues** to grow" has its own subject: not controlled)."""
    if verb.dep_ not in CONTROLLED_DEPS or verb.head.i == verb.i:
        return False
    return verb.dep_ != "conj" or not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


__all__ = ["GenericityLexicon", "is_generic_clause", "kind_of_acts_subject", "load_lexicon",
           "without_generic"]
