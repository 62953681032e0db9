"""The subjects of a verb, for :mod:`eventwire.pipeline.mention_index` and the role rules.

A verb without a subject of its own shares its governor's through an open complement, a
conjunct or an adverbial clause ("agreed to meet", "met and agreed"); a relative or participle
clause's subject is the noun it modifies, and a relative pronoun subject stands for that noun
("two patrolmen who were murdered"). A gerund of the act a verb is done for (after a
preposition of ``object_act_preps``) is done by that verb's object ("accused the party of
lying", "pounced on the president for cutting aid"), else by its subject ("came under fire
for waiting to announce": the subject announces). The parser may hang the subject on an
auxiliary ("X was heavily criticized") or compound a name onto the verb ("Ostland act on a
proposal"). With the role lexicon, the open complement of an object-control verb is done by
its object ("urged Iran to release": Iran releases).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.trigger_constraints import CONTROLLER_DEPS

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Links through which a verb without a subject shares its governor's ("agreed to meet",
# "is about to restore", "met and agreed").
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# Relative pronouns ("who", "which", "that").
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# A gerund clause under a preposition ("for **waiting**"), done by its governing verb's subject
# or, after some prepositions, its object.
GERUND_DEP = "pcomp"
GERUND_TAG = "VBG"
VERBAL_POS = frozenset({"VERB", "AUX"})
PARTICIPLE_TAG = "VBN"
DIRECT_OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})


def verb_subjects(verb: Token, lexicon: RoleLexicon | None = None) -> tuple[list[Token], bool]:
    """Subjects of ``verb`` (climbing shared-subject chains) and whether it is passive. With
    the role ``lexicon``, an open complement of an object-control verb is done by that verb's
    object (:func:`object_controller`)."""
    current: Token | None = verb
    if lexicon is not None:
        current = trailing_speech_host(verb, lexicon)
    for _ in range(4):
        if current is None:
            break
        active = _active_subjects(current)
        if len(active) > 1:  # an apposition the parser split: "the group al-Shabab attacked"
            active = active[-1:]
        passive = [c for c in current.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if active or passive:
            own_voice = current.i == verb.i or _passive_conjunct(verb, current)
            found = [_relative_antecedent(s, current) for s in (active or passive)]
            return found, own_voice and bool(passive) and not active
        if current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ != "VBN"):
            return [current.head], False
        if current.dep_ == "advcl" and current.tag_ == "VBN" and current.i == verb.i:
            # "Asked whether ..., Peskov said": the main clause's subject was asked.
            subjects, _ = verb_subjects(current.head, lexicon)
            return subjects, True
        if lexicon is not None and _means_of_passive(current, lexicon):
            # "Syrians were killed using sarin": the killer uses it, not the killed.
            return _passive_agents(current.head), False
        if current.dep_ == "xcomp" and lexicon is not None and (
                obj := object_controller(current.head, current, lexicon)) is not None:
            return [obj], False  # object control: "urged Russia to withdraw": Russia withdraws
        if lexicon is not None and (governor := _speech_means_governor(current, lexicon)):
            current = governor  # "defended the killing by saying ...": the subject says
            continue
        if lexicon is not None and (governor := _gerund_governor(current, lexicon)) is not None:
            controller = _gerund_controller(governor, current.head, lexicon)
            if controller is not None:
                return [controller], False  # "accused the party of lying": the party lies
            current = governor  # "came under fire for waiting to announce": the subject waits
            continue
        if current.dep_ in CLIMB_DEPS and current.head.i != current.i:
            current = current.head
            continue
        break
    return [], False


def _passive_conjunct(verb: Token, governor: Token) -> bool:
    """Whether ``verb`` is a bare past participle conjoined (directly or down a chain of
    conjuncts) with the passive ``governor`` whose subject it shares, and so passive too
    ("rebels were killed, injured and **arrested**", "were beaten and **detained** by
    police"): no auxiliary and no object of its own ("was arrested and has denied it",
    "was arrested and fled the country" stay active)."""
    if verb.tag_ != PARTICIPLE_TAG:
        return False
    if any(c.dep_ in AUXILIARY_DEPS or c.dep_ in DIRECT_OBJECT_DEPS for c in verb.children):
        return False
    current = verb
    while current.i != governor.i:
        bare_participle = current.dep_ == "advcl" and current.tag_ == PARTICIPLE_TAG
        if (current.dep_ != "conj" and not bare_participle) or current.head.i == current.i:
            return False  # (the parser may hang "killed, **injured** and arrested" as advcl)
        current = current.head
    return True


def _means_of_passive(clause: Token, lexicon: RoleLexicon) -> bool:
    """A participle clause of using a means (``means_verbs``) on a passive verb ("were killed
    **using** sarin")."""
    head = clause.head
    return (clause.dep_ == "advcl" and clause.tag_ == GERUND_TAG
            and clause.lemma_.lower() in lexicon.means_verbs and head.i != clause.i
            and any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in head.children))


def _passive_agents(verb: Token) -> list[Token]:
    """The objects of a passive verb's ``by`` agent phrase."""
    return [g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj"]


def passive_conjuncts(verb: Token) -> list[Token]:
    """The bare past participles conjoined after ``verb`` that share its passive subject
    (:func:`_passive_conjunct`): their ``by`` agent is ``verb``'s too ("were beaten and
    detained **by police**": the police beat them as well)."""
    return [c for c in verb.children if c.dep_ == "conj" and _passive_conjunct(c, verb)
            and not any(g.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for g in c.children)]


def _gerund_governor(clause: Token, lexicon: RoleLexicon) -> Token | None:
    """The verb whose phrase of a preposition of ``object_act_preps`` ``clause`` is the gerund
    of, the act it is done for ("criticized for **waiting**", "accused X of **lying**"), or of
    a ``quoting_preps`` one after a verb of citing, the words it quotes ("quoted officials
    **as saying**": the officials say; "was quoted as saying": its subject does), else
    None (a means, "by **promoting**", or a time, "after **meeting**", is left alone)."""
    prep = clause.head
    if clause.dep_ != GERUND_DEP or clause.tag_ != GERUND_TAG or prep.dep_ != "prep":
        return None
    governor = prep.head
    if prep.lower_ not in lexicon.object_act_preps and not (
            prep.lower_ in lexicon.quoting_preps
            and governor.lemma_.lower() in lexicon.citing_verbs):
        return None
    return governor if governor.pos_ in VERBAL_POS and governor.i != prep.i else None


def _speech_means_governor(clause: Token, lexicon: RoleLexicon) -> Token | None:
    """The active verb a gerund of saying is the means of, under a preposition of
    ``speech_means_preps`` ("defended the killing **by saying** ...", "contradicted Rice **in
    saying** ..."): its subject says it. None otherwise, and for a passive verb ("was
    defended by saying": not the defended)."""
    prep = clause.head
    if clause.dep_ != GERUND_DEP or clause.tag_ != GERUND_TAG or prep.dep_ != "prep" \
            or prep.lower_ not in lexicon.speech_means_preps \
            or clause.lemma_.lower() not in lexicon.bare_report_verbs:
        return None
    governor = prep.head
    if governor.pos_ not in VERBAL_POS or governor.i == prep.i \
            or any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in governor.children):
        return None
    return governor


def trailing_speech_host(verb: Token, lexicon: RoleLexicon) -> Token:
    """The clause a trailing participle of saying set off by a comma belongs to: the parser
    hangs it on the nearest verb, but after an adverbial clause of its own subject ("Israel
    walked out after rocket fire resumed, **saying** it would not negotiate") it says what the
    main clause's subject says. ``verb`` itself otherwise."""
    host = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != GERUND_TAG or host.i == verb.i \
            or verb.lemma_.lower() not in lexicon.bare_report_verbs:
        return verb
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or host.i > verb.i:
        return verb
    if host.dep_ != "advcl" or host.head.i == host.i \
            or not any(c.dep_ == "mark" for c in host.children) \
            or not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in host.children):
        return verb
    return host.head


def _gerund_controller(governor: Token, prep: Token, lexicon: RoleLexicon) -> Token | None:
    """Who does a gerund under ``prep`` of ``governor``: the verb's direct object ("accused
    **the party** of lying", "praised **Kenya** for helping") or the object of a verb of
    setting upon someone ("pounced on **the president** for cutting aid"), unless the verb is
    one of undergoing, whose object is what the subject got ("won praise for ending the war":
    the subject ended it); else None, the verb's subject."""
    if governor.lemma_.lower() in lexicon.undergoing_verbs:
        return None
    found = next((c for c in governor.children if c.dep_ in ("dobj", "obj") and c.i < prep.i),
                 None)
    return found if found is not None else _set_upon(governor, prep, lexicon)


def _set_upon(governor: Token, prep: Token, lexicon: RoleLexicon) -> Token | None:
    """The one a verb of setting upon someone (``setting_upon_verbs``) names through its
    preposition before ``prep`` ("pounced on **the president** for cutting aid"), else None."""
    lemma = governor.lemma_.lower()
    for child in governor.children:
        if child.dep_ == "prep" and child.i < prep.i \
                and lemma in lexicon.setting_upon_verbs.get(child.lower_, ()):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _active_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, else those the parser hung on an auxiliary before it ("X was
    heavily and unjustly criticized": X on "was"), else a name it compounded onto the verb
    before it ("Ostland act on a proposal": a verb has no compound; a common noun there,
    "intelligence cooperating with", is more often the verb misread as a noun's modifier)."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for aux in verb.children:
        if not found and aux.dep_ in AUXILIARY_DEPS and aux.i < verb.i:
            found = [c for c in aux.children if c.dep_ in SUBJECT_DEPS]
    if found or verb.pos_ != "VERB" or any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return found
    return [c for c in verb.children
            if c.dep_ == "compound" and _name_like(c) and c.i < verb.i]


def _name_like(token: Token) -> bool:
    """A proper noun, or a noun written with a capital (the tagger may call "Ostland" one)."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())


def object_controller(verb: Token, clause: Token, lexicon: RoleLexicon) -> Token | None:
    """The object that does the act of ``verb``'s open complement ``clause``, for a verb of
    ``object_control_verbs`` only ("urged **Iran** to release", "called on **Kenya** to
    withdraw"): its direct or indirect object, or the object of an ``object_control_preps``
    preposition, between the verb and the clause. Other verbs keep their subject ("promised
    the IAEA to allow inspections", "pledged in Beijing to boost trade")."""
    if clause.i < verb.i or verb.lemma_.lower() not in lexicon.object_control_verbs:
        return None
    for child in verb.children:
        if not verb.i < child.i < clause.i:
            continue
        if child.dep_ in CONTROLLER_DEPS:
            return child
        if child.dep_ == "prep" and child.lower_ in lexicon.object_control_preps:
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def _relative_antecedent(subject: Token, clause: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies ("two patrolmen
    who were murdered": the patrolmen)."""
    if clause.dep_ == "relcl" and subject.tag_ in RELATIVE_TAGS:
        return clause.head
    return subject


__all__ = ["CLIMB_DEPS", "PASSIVE_SUBJECT_DEPS", "SUBJECT_DEPS", "object_controller",
           "trailing_speech_host", "verb_subjects"]
