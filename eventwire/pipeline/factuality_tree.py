"""The dependency-tree shapes ``ew_factuality`` reads: the walk up from a trigger to its
governors, and the clause shapes that carry a status by their form (infinitives, headline
infinitives, questions, copular judgements, past assertions). See docs/factuality.md."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

MAX_DEPTH = 10
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PREP_DEPS = frozenset({"prep", "agent"})
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
COPULA_COMPLEMENT_DEPS = frozenset({"attr", "acomp"})
# Relations of the act an ending verb ends: "halted the raids", "the raids were halted",
# "stopped shelling".
ENDED_ACT_DEPS = frozenset({"dobj", "nsubjpass", "xcomp"})


@dataclass(frozen=True, slots=True)
class Step:
    """One hop up the tree: ``governor`` reached from ``child`` through relation ``via``.

    A preposition is transparent: ``invasion -pobj-> of -prep-> warned`` is one step with
    ``via == "prep"`` and ``prep`` set to the preposition token.
    """

    governor: Token
    via: str
    child: Token
    prep: Token | None = None
    adjunct: Token | None = None  # the "since", "as", "if" of an adverbial clause left


def is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


# Tags of a verb in a tense of its own.
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def continues_over_infinitive(step: Step) -> bool:
    """A finite verb conjoined to an infinitive complement continues the clause over the
    infinitive, not the plan the infinitive is ("was expected to visit Ankara but
    **cancelled** the trip", however parsed): the verbs that govern the infinitive do not
    govern it."""
    gov = step.governor
    return (step.via == "conj" and step.child.tag_ in TENSED_TAGS and gov.tag_ == "VB"
            and gov.dep_ == "xcomp" and is_infinitive(gov))


# Conjunctions of a clause that is a complement even when parsed as adverbial ("so sure
# that troops would attack"); other conjunctions open adjuncts of their own time, cause or
# condition ("since Ukraine launched the offensive", "after the talks ended", "if talks fail"),
# whose step out carries the conjunction (``Step.adjunct``).
COMPLEMENT_MARKS = frozenset({"that"})


def adjunct_mark(token: Token) -> Token | None:
    """The conjunction opening an adverbial clause of its own time, cause or condition."""
    return next((c for c in token.children if c.dep_ == "mark"), None)


def is_complement_clause(token: Token) -> bool:
    """An infinitive or a "that" clause: what the verb above it says, wants or plans."""
    return is_infinitive(token) or any(
        c.dep_ == "mark" and c.lower_ in COMPLEMENT_MARKS for c in token.children)


def governors(head: Token) -> Iterator[Step]:
    """The chain of governors above ``head`` (relative and unmarked adverbial clauses end the
    chain; the step out of a marked adverbial clause carries its ``adjunct`` conjunction)."""
    child = head
    for _ in range(MAX_DEPTH):
        parent = child.head
        if parent.i == child.i or child.dep_ in {"relcl", "parataxis", "appos"}:
            return
        if is_gerund_object(child):
            yield Step(parent, "xcomp", child)
            child = parent
            continue
        if child.dep_ in {"acl", "advcl"} and not is_complement_clause(child):
            mark = adjunct_mark(child)
            if mark is None:
                return
            yield Step(parent, child.dep_, child, adjunct=mark)
            child = parent
            continue
        if child.dep_ in PREP_OBJECT_DEPS and parent.dep_ == "prt":
            yield Step(parent.head, "dobj", child)  # "called off (prt) the match (pobj)"
            child = parent.head
            continue
        if child.dep_ in PREP_OBJECT_DEPS and parent.dep_ in PREP_DEPS:
            if parent.head.i == parent.i:
                return
            yield Step(parent.head, "prep", child, parent)
            child = parent.head
            continue
        yield Step(parent, child.dep_, child)
        child = parent


def ending_position(step: Step, preps: frozenset[str]) -> bool:
    """Whether ``step.child`` sits where an ending word has the act it ends: the object, passive
    subject or gerund of a verb ("halted the raids", "stopped shelling"; not "stopped to
    refuel", a purpose), the object of one of ``preps`` under a noun ("a halt to the raids")."""
    if step.governor.pos_ in {"NOUN", "PROPN"}:
        return step.via == "prep" and step.prep is not None and step.prep.lower_ in preps
    if step.via == "xcomp" and step.child.tag_ != "VBG":
        return False
    return step.via in ENDED_ACT_DEPS


def clausal_descendant(token: Token, ancestor: Token) -> bool:
    """Whether ``token`` hangs from ``ancestor`` through complement clauses only."""
    current = token
    for _ in range(MAX_DEPTH):
        if current.dep_ not in {"xcomp", "ccomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
        if current.i == ancestor.i:
            return True
    return False


def is_gerund_object(token: Token) -> bool:
    """A gerund right after its verb (or the verb's particle) is the verb's object, even when
    parsed as an adverbial clause: "ruled out resigning"."""
    verb = token.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i <= verb.i:
        return False
    between = token.doc[verb.i + 1:token.i]
    if any(t.dep_ != "prt" or t.head.i != verb.i for t in between):
        return False
    return not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in token.children)


def sentence_is_question(token: Token) -> bool:
    """The sentence of ``token`` ends with "?" (closing quotes aside), or a quoted clause
    before its speech verb holds ``token`` and ends with one ("'Is he meeting them?' she
    asked")."""
    words = [t for t in token.sent if not t.is_space]
    if words and words[-1].text == "?":
        return True
    if len(words) > 1 and words[-1].is_quote and words[-2].text == "?":
        opening = [t for t in words[:-2] if t.is_quote]  # the question is the last quotation
        return not opening or token.i > opening[-1].i
    quote = _quoted_clause(token)
    if quote is None:
        return False
    between = token.doc[quote.right_edge.i:quote.head.i]
    return any(t.text == "?" for t in between) or quote.right_edge.text == "?"


WH_TAGS = frozenset({"WP", "WRB", "WDT", "WP$"})
# The auxiliaries of an act going on or done by the time of asking: the progressive ("is
# threatening") and the perfect ("has attacked").
ONGOING_AUXES: dict[str, frozenset[str]] = {"VBG": frozenset({"be"}),
                                            "VBN": frozenset({"have"})}
PAST_TAGS = frozenset({"VBD"})
# Clauses inside a question whose wh-word asks nothing of the question ("the man who left").
EMBEDDED_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})


def _asks_wh(word: Token, root: Token) -> bool:
    """A wh-word before the question's verb that hangs on it, not in an embedded clause."""
    if word.tag_ not in WH_TAGS or word.i > root.i:
        return False
    current = word
    for _ in range(MAX_DEPTH):
        if current.i == root.i:
            return True
        if current.dep_ in EMBEDDED_DEPS:
            return False
        current = current.head
    return False


def _predicate(token: Token) -> Token | None:
    current = token
    for _ in range(MAX_DEPTH):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def presupposed_past(token: Token) -> bool:
    """A wh-question about a past, ongoing or done act takes the act for given: "Who
    **attacked** our country?", "Why did they **resign**?", "Why is he **threatening** to
    strike?", "Who has **attacked** the port?", "Who made the decisions that led to the
    **attacks**?". The question asks who, why or how, not whether it happened; a yes/no
    question ("Did the army attack?") and a question about the future ("Who will attack?")
    leave the act open."""
    root = token.sent.root
    if not any(_asks_wh(word, root) for word in token.sent):
        return False
    verb = _predicate(token)
    if verb is None:
        return False
    if verb.tag_ in PAST_TAGS:
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return False  # "who would attack", "who will attack"
    if any(a.tag_ in PAST_TAGS for a in auxes):
        return True
    # an act going on or done by now: "why **is** he threatening", "who **has** attacked"
    return any(a.lemma_.lower() in ONGOING_AUXES.get(verb.tag_, ()) for a in auxes)


def _quoted_clause(token: Token) -> Token | None:
    """The clause holding ``token`` that a later verb quotes (a fronted ``ccomp``)."""
    current = token
    for _ in range(MAX_DEPTH):
        if current.dep_ == "ccomp" and current.head.i > current.i:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def headline_infinitive(token: Token, speech: frozenset[str]) -> Token | None:
    """The "to" of a headline-style future "Putin to meet Xi": an infinitive with a subject
    that is the root or a clause before its reporting verb ("Putin to meet Xi, Kremlin says"),
    or any infinitive of a sentence without a finite verb ("EU to impose sanctions", however
    the parser attaches it), or reported by a present-tense speech verb ("Kremlin says Putin
    to visit India"). Not "wants Riyadh to normalise" (a clause after its verb)."""
    children = list(token.children)
    to = next((c for c in children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or any(c.dep_ == "mark" for c in children):
        return None
    fronted = token.dep_ == "ROOT" or (token.dep_ == "ccomp" and token.i < token.head.i)
    if (fronted or _is_reported_present(token, speech)) and any(
        c.dep_ == "nsubj" for c in children
    ):
        return to
    finite = [t for t in token.sent if t.tag_ in FINITE_TAGS]
    if not finite or (_is_headline_acl(token) and _reported_after(token, finite)):
        return to
    return None


def _is_reported_present(token: Token, speech: frozenset[str]) -> bool:
    """A clause of a present-tense speech verb: "Kremlin **says** Putin to visit India"."""
    verb = token.head
    return token.dep_ == "ccomp" and verb.tag_ in {"VBZ", "VBP"} and (
        verb.lemma_.lower() in speech
    )


def _is_headline_acl(token: Token) -> bool:
    """"Opposition to boycott election, leader says" parsed with the infinitive as a modifier
    of the bare noun that opens the sentence."""
    noun = token.head
    return (
        token.dep_ == "acl"
        and noun.dep_ not in SUBJECT_DEPS
        and noun.left_edge.i == noun.sent.start
        and not any(c.dep_ == "det" for c in noun.children)
    )


def _reported_after(token: Token, finite: list[Token]) -> bool:
    """Every finite verb comes after a comma that follows ``token``: a trailing "..., X says"."""
    commas = [t.i for t in token.sent if t.text == "," and t.i > token.i]
    return bool(commas) and all(t.i > commas[0] for t in finite)


IMPERATIVE_DEPS = frozenset({"ROOT", "ccomp", "advcl"})
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def is_imperative(verb: Token, speech: frozenset[str]) -> bool:
    """"**Release** the prisoners", "**don't** attack", also quoted ("'Stop the shelling,' the
    mayor said"): a base-form verb that opens its clause, with no subject and no auxiliary but
    an imperative "do". A clause under a verb must be quoted: before the verb ("'Stop,' they
    shouted", which the parser may attach as an adverbial clause) or under a speech verb."""
    if verb.tag_ != "VB" or verb.dep_ not in IMPERATIVE_DEPS:
        return False
    quoted = verb.i < verb.head.i or verb.head.lemma_.lower() in speech
    if verb.dep_ != "ROOT" and not quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in children):
        return False
    auxes = [c for c in children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() != "do" for a in auxes):
        return False
    opening = [t for t in verb.doc[verb.left_edge.i:verb.i] if not t.is_punct]
    return all(t.head.i == verb.i and t.dep_ in {"aux", "neg", "intj", "advmod"}
               for t in opening)


def has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def is_copular_judgement(token: Token) -> bool:
    """A copula with a predicate: "an attack would be a mistake" (a hypothesis, not a plan)."""
    return token.lemma_.lower() == "be" and any(
        c.dep_ in COPULA_COMPLEMENT_DEPS for c in token.children
    )


def is_past_assertion(clause: Token) -> bool:
    """A finite past or perfect clause without a modal: "analysts say troops attacked"."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
    return clause.tag_ == "VBD" or perfect


def is_past_clause(verb: Token) -> bool:
    """A clause told in the past: a past verb ("withdrew the next day") or past "did" ("did not
    leave the next morning"). A time word like "next" in it counts from that past time."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in verb.children)


def passive_infinitive_relative(verb: Token) -> Token | None:
    """The "to" of a passive infinitive that modifies a noun ("the winner, **to** be announced
    on Friday", "talks **to** be held in Geneva"): what is still to be done is arranged."""
    if verb.dep_ not in {"relcl", "acl"}:
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    passive = any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)
    return to if passive else None


RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
# Where a predicate's own word sits after its verb: "take place" (dobj), "go ahead" (advmod),
# "kick off" (prt), "get underway" (acomp or advmod).
PREDICATE_WORD_DEPS = frozenset({"dobj", "prt", "advmod", "acomp"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def predicate_keys(verb: Token) -> set[str]:
    """The keys a verb may be listed under as a predicate: the lemma joined with a word after
    it ("take_place", "go_ahead", "kick_off"), and its lemma alone when it has no object (the
    talks "opened", not "would open a new chapter")."""
    lemma = verb.lemma_.lower()
    words = {f"{lemma}_{c.lower_}" for c in verb.children
             if c.dep_ in PREDICATE_WORD_DEPS and c.i > verb.i}
    transitive = any(c.dep_ in OBJECT_DEPS for c in verb.children)
    return words if transitive else {lemma} | words


def occurrence_predicate(noun: Token, predicates: frozenset[str]) -> Token | None:
    """The verb that says an event noun happens or starts ("the visit did not **take** place",
    "the ceasefire is due to **take** effect", "the protests, which **began** in March"), when
    the noun is its subject, the subject of a verb whose open complement it is, or the
    antecedent of the relative pronoun that is its subject; None otherwise."""
    if noun.pos_ not in NOMINAL_POS:
        return None
    clauses = [c for c in noun.children if c.dep_ == "relcl" and any(
        g.dep_ in SUBJECT_DEPS and g.lower_ in RELATIVE_PRONOUNS for g in c.children)]
    if noun.dep_ in SUBJECT_DEPS and noun.head.i != noun.i:
        clauses.insert(0, noun.head)
    found = (_predicate_below(clause, predicates) for clause in clauses)
    return next((verb for verb in found if verb is not None), None)


def _predicate_below(verb: Token, predicates: frozenset[str]) -> Token | None:
    """``verb`` if it is a predicate, else the first predicate down its chain of open
    complements ("is expected to begin", "is due (acomp) to take effect")."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            return None
        if current.pos_ in ("VERB", "AUX") and predicate_keys(current) & predicates:
            return current
        current = _open_complement(current)
    return None


def _open_complement(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "xcomp":
            return child
    for child in token.children:
        if child.dep_ == "acomp":
            return next((g for g in child.children if g.dep_ == "xcomp"), None)
    return None


def inverted_were(token: Token, auxes: frozenset[str]) -> Token | None:
    """The "were" that opens an inverted condition with ``token`` as its infinitive: "**Were**
    the strike to spread, the ports would close" (the parser makes the infinitive a relative
    clause of the subject, or a complement or adverbial clause of "were"); None otherwise."""
    if not is_infinitive(token):
        return None
    if token.dep_ == "relcl" and token.head.dep_ in SUBJECT_DEPS | {"attr"}:
        were = token.head.head
    elif token.dep_ in {"xcomp", "advcl"}:
        were = token.head
    else:
        return None
    inverted = were.left_edge.i == were.i and any(
        c.dep_ in SUBJECT_DEPS | {"attr"} and c.i > were.i for c in were.children)
    is_were = were.lower_ in auxes and were.lemma_.lower() == "be"
    return were if is_were and inverted else None


Times = tuple[frozenset[str], frozenset[str]]


def start_time(token: Token, words: frozenset[str], ends: frozenset[str],
               times: Times) -> Token | None:
    """The word opening a start time on ``token`` with no end ("a ban **from** Friday", "a
    curfew **starting** on Monday", "**as** of midnight", "**effective** May 1"); None for a
    period ("from Friday to Sunday") or a phrase that names no time."""
    for child in token.children:
        key = child.lower_
        if key == "as" and any(g.lower_ == "of" for g in child.children):
            key = "as_of"
        if key in words and _names_time(child, times) and not _has_end(child, ends):
            return child
    return None


def _names_time(opener: Token, times: Times) -> bool:
    """A time word as the opener's object ("from Friday", "starting tomorrow") or as the object
    of a preposition under it ("starting on Monday", "as of midnight", "effective from 1 May");
    not a time word inside another object ("from Monday's protest")."""
    for child in opener.children:
        if _is_time(child, times):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and _is_time(g, times) for g in child.children
        ):
            return True
    return False


def _is_time(token: Token, times: Times) -> bool:
    """A capitalised time name ("Friday", "May") or a time noun ("tomorrow", "weeks")."""
    names, nouns = times
    if token.dep_ == "poss":
        return False
    if token.lower_ in names:
        return token.text[:1].isupper()
    return token.lower_ in nouns or token.lemma_.lower() in nouns


def _has_end(opener: Token, ends: frozenset[str]) -> bool:
    """An end word on the opener, its time word or its governor: "from Friday to Sunday"."""
    near = [opener, opener.head, *opener.children]
    return any(c.lower_ in ends and c.dep_ == "prep" and c.i > opener.i
               for t in near for c in t.children)


def inverted_were_patient(noun: Token, auxes: frozenset[str]) -> Token | None:
    """The "were" of an inverted condition whose passive infinitive has ``noun`` as its
    subject: "**Were** sanctions to be imposed, ..." (the sanctions are what the condition
    supposes; "were the strike to spread" supposes the spreading, not the strike)."""
    for clause in noun.children:
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        if clause.dep_ == "relcl" and passive:
            return inverted_were(clause, auxes)
    return None
