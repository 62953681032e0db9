"""Which actor a token stands for, for ``ew_roles``: the mention covering it, its noun
phrase's modifiers or appositions, and the antecedents of pronouns ("he", "it", "they").
Lists, pair phrases ("the two countries") and a plural pronoun for a pair are read in
:mod:`eventwire.pipeline.coordinated_actors`, the subjects of a verb through shared-subject
chains and relative clauses in :mod:`eventwire.pipeline.verb_subjects`. Reads
``doc._.ew_actors`` (through the index) and ``doc._.ew_places``; writes nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.pipeline.expletives import extraposition_it
from eventwire.pipeline.group_centering import subject_group
from eventwire.pipeline.member_bodies import load_member_bodies, member_body
from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.noun_modifiers import MODIFIER_DEPS, town_modifier
from eventwire.pipeline.person_antecedents import (
    continued_subject,
    credited_person,
    earlier_subject_pronoun,
    load_person_nouns,
    not_in_own_sentence,
    noun_persons,
    person_noun,
    placed,
    preferred_person,
)
from eventwire.pipeline.person_gender import (
    Gender,
    agrees,
    load_gender_lexicon,
    person_genders,
)
from eventwire.pipeline.pronoun_things import thing_between
from eventwire.pipeline.quotations import narrative_start_before, quotation_of, quoted_speaker
from eventwire.pipeline.quoted_self import quoted_self
from eventwire.pipeline.relational_nouns import (
    office_served,
    relation_owner,
    relational,
    relative_mention,
)
from eventwire.pipeline.role_lexicon import RoleLexicon
from eventwire.pipeline.trigger_complements import reporting_aside
from eventwire.pipeline.unknown_names import UNKNOWN_GROUP_KINDS, named_person
from eventwire.pipeline.verb_subjects import (
    CLIMB_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    verb_subjects,
)

ANY_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
# The marks between the two names of a pair ("Russia-Ukraine", "Israel–Hamas").
# Modifiers of a noun compounded onto a phrase's head that name the phrase's actor.
NESTED_MODIFIER_DEPS = frozenset({"amod", "compound"})
# Mention kinds that a noun compounded that way names as the phrase's actor (a demonym tagged
# as a noun reads as its people: "the Japanese Fisheries agency" is not Japanese civilians).
NAMED_COMPOUND_KINDS = frozenset({"country", "capital", "institution", "igo", "ngo", "group"})
# Prepositions through which a noun phrase names its actor ("the leaders of Russia", "the border
# with Ukraine").
NOUN_LINK_PREPS = frozenset({"of", "with"})
# Modifiers through which a noun that names no actor gets one ("thousands of Iraqi Kurds").
NATIONALITY_DEPS = frozenset({"amod", "compound", "nmod"})
# The kind of a person the dictionaries know by name (a head of state, a minister).
LEADER_KIND = "leader"
# Marks that end a clause: what an aside reports stays between them.
CLAUSE_STOPS = frozenset({":", ";"})
# Relations of a pronoun that is its clause's object ("praised him", "gave him", "with him").
OBJECT_PRONOUN_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})


class MentionIndex:
    """Token index -> the actor mention covering it; personal pronouns ("he", "her") resolve
    to the nearest preceding person mention within ``pronoun_window`` earlier sentences: in the
    pronoun's own sentence that mention itself ("Putin said he would meet Xi": the source is
    "Putin"), from an earlier one a mention of the pronoun carrying that person's code, as for
    group pronouns ("it", "their"), which resolve as :func:`group_antecedent` says. A person
    named with no code ("Mrs. Jones", "Halloway said he ...": ``unknown_names``) is an
    antecedent too, and the pronoun stands for that person; one neither named nor coded ("a
    spokesman"), or a proper-name subject that is no mention, leaves the pronoun standing for
    no actor rather than for another person named before; so does a subject pronoun of a
    clause reported by a singular speaker who is no group ("a general said he would ...": the
    general); an object pronoun never stands for its own clause's subject ("Putin praised
    him")."""

    def __init__(self, mentions: Iterable[ActorMention], lexicon: RoleLexicon) -> None:
        self._by_token: dict[int, ActorMention] = {}
        self._persons: list[ActorMention] = []
        self.mentions = sorted(set(mentions), key=lambda m: (m.start, m.end))
        self.lexicon = lexicon
        self._genders: dict[str, Gender] | None = None  # person key -> gender, on first use
        self._unnamed_subjects: list[ActorMention] | None = None
        self._nouns: list[ActorMention] | None = None  # persons named by a noun, on first use
        self._candidates: list[ActorMention] | None = None  # every person above, text order
        self._candidate_starts: list[int] = []  # their starts
        self._chained: dict[int, ActorMention | None] = {}  # pronoun -> what it stands for
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self._by_token[i] = mention
            if mention.kind in lexicon.person_kinds:
                self._persons.append(mention)

    def own(self, token: Token) -> ActorMention | None:
        """The mention covering ``token`` itself (no pronoun resolution)."""
        return self._by_token.get(token.i)

    def at(self, token: Token) -> ActorMention | None:
        found = self._by_token.get(token.i)
        if found is None and token.tag_ in ("PRP", "PRP$"):
            found = self._antecedent(token) or group_antecedent(token, self, self.lexicon) \
                or quoted_self(token, self.lexicon, self.near)
        return found

    def _antecedent(self, token: Token) -> ActorMention | None:
        if token.lower_ not in self.lexicon.personal_pronouns:
            return None
        quoting = quoted_speaker(token, self.lexicon.bare_report_verbs)
        speaker = _personal_speaker(token, self.lexicon) if quoting is None else None
        found = self._named_speaker(speaker) if speaker is not None else None
        if speaker is not None and (found is None or found.kind in self.lexicon.person_kinds):
            # "A US general said he would ...": the general, whom we may not know how to code
            # (a group or office that speaks, "the Kremlin said he", is not the pronoun).
            return found if found is not None and (found.code or named_person(found)) else None
        earliest = narrative_start_before(token, self.lexicon.pronoun_window)
        genders, words = self._person_genders(token.doc), load_gender_lexicon()
        bound = _clause_subjects(token)
        candidates = self._person_candidates(token.doc)
        speaking = self._quoting_person(quoting)
        pronouns: dict[str, str] = dict(words.pronouns)
        # Only candidates starting from ``earliest`` to the pronoun (text order) can end
        # before it: the slice of them, not every person of the article.
        starts = self._candidate_starts
        window = candidates[bisect_left(starts, earliest):bisect_right(starts, token.i)]
        later = self._named_after(token)
        previous = [m for m in window if earliest <= m.start and m.end <= token.i
                    and agrees(token, m, genders, words) and m.head not in bound
                    and not not_in_own_sentence(token, m, pronouns)
                    and not (speaking is not None and same_person(m, speaking))
                    and not any(same_person(m, other) for other in later)]
        if not previous:  # "Smith said ... . He added ... . ..., he said": the first "he"
            chained = earlier_subject_pronoun(token, earliest, pronouns)
            found = None if chained is None else self._resolved(chained)
            if found is None or any(same_person(found, other) for other in later):
                return None
            return placed(found, token)
        person = (credited_person(previous, token, self.lexicon.credit_verbs)
                  or preferred_person(previous, token))
        chained = continued_subject(token, person, pronouns, bound)
        if chained is not None:  # "He said ..., Charles's plans. ..., he said": that "he"
            found = self.at(chained)
            return None if found is None else placed(found, token)
        if person not in self._persons:  # a name no dictionary codes, as its apposition
            person = self._apposed(person, token.doc) or person
        if not (person.code or (self._uncoded_name(person, token.doc) and person in self._persons)):
            return None  # "a spokesman said he ...": a person we cannot name, not another one
        return placed(person, token)

    def _named_after(self, pronoun: Token) -> list[ActorMention]:
        """The persons named after a subject pronoun in its own clause, other than as a
        subject (a parser may hang a later sentence's "Smith said" there), whom it cannot
        stand for ("He denied he was Smith's", "He praised Smith": not Smith)."""
        if pronoun.dep_ not in ANY_SUBJECT_DEPS:
            return []
        doc = pronoun.doc
        found = {m for t in pronoun.head.subtree if t.i > pronoun.i
                 and (m := self._by_token.get(t.i)) is not None
                 and m.kind in self.lexicon.person_kinds
                 and doc[m.head].dep_ not in ANY_SUBJECT_DEPS}
        return sorted(found | self._named_in_host(pronoun), key=lambda m: m.start)

    def _named_in_host(self, pronoun: Token) -> set[ActorMention]:
        """The persons of the clause an aside "he said" reports ("Of the attacks, he said,
        Abaaoud planned four": not Abaaoud), its subject too; the clause ends at a colon or
        semicolon (what a parser hangs on it across one is another clause)."""
        verb = pronoun.head
        if not reporting_aside(verb):
            return set()
        aside = range(verb.left_edge.i, verb.right_edge.i + 1)
        stops = [t.i for t in verb.sent if t.text in CLAUSE_STOPS]
        first = max((i + 1 for i in stops if i < verb.i), default=verb.sent.start)
        last = min((i for i in stops if i > verb.i), default=verb.sent.end)
        return {m for t in verb.head.subtree if t.i not in aside and first <= t.i < last
                and (m := self._by_token.get(t.i)) is not None
                and m.kind in self.lexicon.person_kinds}

    def _resolved(self, pronoun: Token) -> ActorMention | None:
        """What an earlier pronoun stands for, once per pronoun (a chain of them may be long)."""
        if pronoun.i not in self._chained:
            self._chained[pronoun.i] = self.at(pronoun)
        return self._chained[pronoun.i]

    def _uncoded_name(self, person: ActorMention, doc: Doc) -> bool:
        """A person named with no code: one no dictionary knows ("Mrs. Jones") or a known
        leader with no office on the day ("Robin Cook", out of office), not one whose name
        only modifies a noun ("the John F. Kennedy Center")."""
        return named_person(person) or (
            person.kind == LEADER_KIND and person.name is not None and not person.code
            and not _name_modifier(doc[person.head]))

    def _apposed(self, person: ActorMention, doc: Doc) -> ActorMention | None:
        """The coded mention of the apposition of a name that is no mention ("Jane Roe, a
        spokeswoman for the ministry, said ... . She added": the ministry's spokeswoman, as
        her own statement's source is)."""
        found = self._named_speaker(doc[person.head])
        return found if found is not None and found.code \
            and found.kind in self.lexicon.person_kinds else None

    def _quoting_person(self, speaker: Token | None) -> ActorMention | None:
        """The person whose direct speech holds a pronoun ("'..., he should apologise,' Blair
        said"): in his own words he is "I", so a "he" or "his" there is someone else."""
        if speaker is None:
            return None
        found = self.own(speaker) or next(
            (m for m in self._unnamed(speaker.doc) if m.head == speaker.i), None)
        if found is None and speaker.lower_ in self.lexicon.personal_pronouns \
                and quotation_of(speaker) is None:
            found = self._antecedent(speaker)
        return found

    def _named_speaker(self, speaker: Token) -> ActorMention | None:
        """The mention of a speaker or of its apposition ("O'Brien, the UN relief chief")."""
        appositions = [c for c in speaker.children if c.dep_ == "appos"]
        return next((m for t in (speaker, *appositions) if (m := self.own(t)) is not None), None)

    def _unnamed(self, doc: Doc) -> list[ActorMention]:
        """Subjects named by a proper name that no dictionary knows, as persons with no code
        ("Paulson said ... . He added": not another person named before), once per doc."""
        if self._unnamed_subjects is None:
            self._unnamed_subjects = [
                ActorMention(start=_name_start(t), end=t.i + 1, head=t.i, code=None,
                             country=None, sector=None, name=t.text, kb_id=None, kind="person")
                for t in doc if _unknown_name(t, self._by_token)]
        return self._unnamed_subjects

    def _person_candidates(self, doc: Doc) -> list[ActorMention]:
        """The persons a personal pronoun may stand for (coded, named with no code, named by a
        noun), in text order, once per doc (not once per pronoun)."""
        if self._candidates is None:
            self._candidates = sorted(
                set(self._persons + self._unnamed(doc) + self._noun_persons(doc)),
                key=lambda m: (m.start, m.end))
            self._candidate_starts = [m.start for m in self._candidates]
        return self._candidates

    def _noun_persons(self, doc: Doc) -> list[ActorMention]:
        if self._nouns is None:
            self._nouns = noun_persons(doc, self._by_token.get, load_person_nouns())
        return self._nouns

    def _person_genders(self, doc: Doc) -> dict[str, Gender]:
        if self._genders is None:
            self._genders = person_genders(doc, self._persons + self._noun_persons(doc),
                                           load_gender_lexicon())
        return self._genders

    def _refined(self, token: Token, found: ActorMention) -> ActorMention:
        """A name's mention, or the title compounded onto it when that adds a role."""
        for child in token.children:
            if child.dep_ == "compound" and child.i < token.i:
                title = self.at(child)
                if title is not None and _refines(title, found):
                    return title
        return found

    def near(self, token: Token) -> ActorMention | None:
        """The mention of ``token`` or of its noun-phrase modifiers (an adjective on a noun
        compounded onto it included) or appositions."""
        found = self._serving(token)
        if found is not None:
            return self._named_holder(token, self._refined(token, found))
        related: ActorMention | None = None  # "Hassan's uncle": Hassan (relational_nouns)
        for child in token.children:
            if own_possessive(child, self.lexicon):
                continue  # "the rebels laid down their arms": the arms are their own
            if town_modifier(child, token.doc):
                continue  # "the Boston bombing killed": the place, not an actor
            if child.dep_ in MODIFIER_DEPS or child.dep_ == "appos":
                found = self._serving(child) or self._compound_modifier(child)
                if found is None and child.dep_ == "appos":
                    # "Town, a research analyst and the managing editor of X": a later title
                    found = next((m for c in child.conjuncts if (m := self.own(c)) is not None),
                                 None)
                if found is not None and relation_owner(child, found, self.lexicon):
                    related = related or found
                elif found is not None:
                    # "a Democratic member of the Senate committee": the committee's
                    body = member_body(token, found, self._named, load_member_bodies())
                    return body or found
        if token.lemma_.lower() in self.lexicon.exchange_words:
            return None  # "an exchange of prisoners": what is exchanged, not who exchanges
        if relational(token, self.lexicon):
            related = related or self._of_phrase(token)
            # "supporters of the president": the supporters, not the president
            return None if related is None else relative_mention(token, related, self.lexicon)
        return self._of_phrase(token) or self._served(token)

    def _named_holder(self, token: Token, found: ActorMention) -> ActorMention:
        """A title with no country of its own ("the foreign minister") is the person its
        apposition names when the dictionaries know that person's country and office on the
        day ("the foreign minister, Sergei Lavrov": RUSGOV, not the bare title's GOV). A body
        (an outlet, a group) is not the person its apposition names ("the Daily Courier, which
        endorsed Senator X" when the parser hangs X on the outlet)."""
        if found.country or found.kind not in self.lexicon.person_kinds:
            return found
        return next((named for c in token.children if c.dep_ == "appos"
                     and (named := self.own(c)) is not None and named is not found
                     and named.country and named.sector
                     and named.kind in self.lexicon.person_kinds), found)

    def _serving(self, token: Token) -> ActorMention | None:
        """The mention of ``token``; for an uncoded office noun, the one it serves ("an aide
        to the president"; "X, a spokeswoman for the ministry": ``office_nouns``)."""
        found = self.at(token)
        if found is not None and found.code is None:
            served = self._served(token)
            # the holder's own kind (a title): its phrase is read as the title's
            return found if served is None else replace(served, kind=found.kind)
        return found

    def _served(self, token: Token) -> ActorMention | None:
        """The mention of the one an office noun's holder serves: its possessive ("the
        minister's press secretary") or its "of", "to" or "for" phrase ("an aide to the
        president"), when that names a coded actor."""
        served = next(((t, found) for t in office_served(token, self.lexicon)
                       if (found := self._named(t)) is not None and found.code), None)
        if served is None:
            return None
        owner, found = served
        if owner.tag_ == "PRP$":  # "his spokesman": the noun's own words, the code of his
            return replace(found, start=token.left_edge.i, head=token.i, end=token.i + 1,
                           also=())
        return replace(found, start=min(token.i, found.start), head=token.i,
                       end=max(token.i + 1, found.end), also=())

    def _of_phrase(self, token: Token) -> ActorMention | None:
        """The mention of the noun's "of" or "with" phrase ("the leaders of Russia")."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in NOUN_LINK_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (found := self._named(pobj)) is not None:
                        return found
        return None

    def _compound_modifier(self, token: Token) -> ActorMention | None:
        """The mention of an adjective or a noun on a noun compounded onto the phrase's head
        ("the official news agency VNA": the official one; "the US State department": the US,
        a country, capital or organisation), not a town that says where ("the Kandahar airport
        guards")."""
        if token.dep_ != "compound":
            return None
        return next((found for c in token.children
                     if c.dep_ in NESTED_MODIFIER_DEPS and c.i < token.i
                     and not town_modifier(c, token.doc) and (found := self.at(c)) is not None
                     and (c.dep_ == "amod" or found.kind in NAMED_COMPOUND_KINDS)),
                    None)

    def _named(self, noun: Token) -> ActorMention | None:
        """The mention of a noun or of its adjective modifier ("thousands of Iraqi Kurds")."""
        found = self.at(noun)
        if found is not None:
            return found
        for child in noun.children:
            if child.dep_ in NATIONALITY_DEPS and (found := self.own(child)) is not None:
                return found
        return None


def _personal_speaker(pronoun: Token, lexicon: RoleLexicon) -> Token | None:
    """The subject of the verb of saying whose complement clause has ``pronoun`` as its
    subject, when it comes before the pronoun and is a singular noun ("the general said he
    would ..."), not a document ("the report said he ...")."""
    if pronoun.dep_ not in ANY_SUBJECT_DEPS:
        return None
    current = pronoun.head
    while current.dep_ in CLIMB_DEPS and current.head.i != current.i:
        current = current.head
    if current.dep_ != "ccomp" or current.head.lemma_.lower() not in lexicon.bare_report_verbs:
        return None  # not "his position was that he ...", "helped him decide"
    subjects, passive = verb_subjects(current.head)
    singular = [s for s in subjects if s.tag_ in ("NN", "NNP") and s.i < pronoun.i
                and s.lemma_.lower() not in lexicon.document_nouns]
    return singular[0] if singular and not passive and len(subjects) == 1 else None


def _name_modifier(name: Token) -> bool:
    """A name compounded onto a noun after it ("the Kennedy Center", "a Clinton ally")."""
    return name.dep_ == "compound" and name.head.i > name.i


def _unknown_name(token: Token, known: dict[int, ActorMention]) -> bool:
    """A subject written as a proper name that names no actor we know (the gazetteer is no
    guide: many surnames are also the names of towns). A known phrase before the name that
    the dictionaries did not join to it ("Homeland Security Secretary Jeh Johnson": the office
    is known, the name is not) leaves the name unknown."""
    if not token.text[:1].isupper() or token.pos_ != "PROPN" or token.dep_ not in ANY_SUBJECT_DEPS:
        return False
    return (token.text[:1].isupper() and token.is_alpha and token.i not in known
            and token.i - 1 not in known)


def _name_start(token: Token) -> int:
    return min([c.i for c in token.children if c.dep_ == "compound" and c.i < token.i]
               + [token.i])


def _clause_subjects(pronoun: Token) -> set[int]:
    """The subjects of the clause whose object ``pronoun`` is, with their appositions: an object
    pronoun never stands for its own clause's subject ("Trump praised him": not Trump;
    "himself" would)."""
    if pronoun.dep_ not in OBJECT_PRONOUN_DEPS:
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = verb_subjects(verb)[0]
    # ... nor for its apposition ("the co-chairman, Liam Fox, called him": not Fox)
    return {s.i for s in subjects} | {t.i for s in subjects for t in s.subtree
                                      if t.dep_ == "appos"}


def own_possessive(token: Token, lexicon: RoleLexicon) -> bool:
    """A group possessive ("its", "their") on a noun phrase: the possessor owns the thing,
    it is not the actor the phrase names."""
    groups = lexicon.singular_group_pronouns | lexicon.plural_group_pronouns
    return token.tag_ == "PRP$" and token.lower_ in groups


def group_antecedent(
    token: Token, index: MentionIndex, lexicon: RoleLexicon
) -> ActorMention | None:
    """The country, organisation or group a pronoun ("it", "its", "they", "their") stands
    for: inside a complement clause ("Hungary said it would ...", "the rebels announced that
    they ..."), the subject of the verb that governs the clause when it agrees; else the
    nearest preceding agreeing group mention of the sentence or the ``group_pronoun_window``
    sentences before (a main-clause subject pronoun takes that earlier sentence's main-clause
    subject: ``group_centering``). Only a subject pronoun takes the speaker: in "Washington
    demanded that Hamas renounce its struggle" "its" is Hamas. In the pronoun's own sentence
    the antecedent's mention itself is returned, from an earlier one a mention of the pronoun
    carrying its code."""
    plural = token.lower_ in lexicon.plural_group_pronouns
    if not plural and token.lower_ not in lexicon.singular_group_pronouns:
        return None
    if extraposition_it(token, lexicon):
        return None  # "it is important to ...": the clause, not a group named before
    speaker, found = complement_speaker(token, index, lexicon, plural)
    if speaker is None:
        earliest = sentence_start_before(token, lexicon.group_pronoun_window)
        before = [m for m in index.mentions if earliest <= m.start and m.end <= token.i
                  and group_agrees(m, token.doc, lexicon, plural)]
        found = subject_group(token, before) or (before[-1] if before else None)
        if found is not None and not plural and thing_between(token, found.end, index.own):
            return None
    if found is None or found.start >= token.sent.start:
        return found
    return replace(found, start=token.i, end=token.i + 1, head=token.i, kind="pronoun")


def group_agrees(mention: ActorMention, doc: Doc, lexicon: RoleLexicon, plural: bool) -> bool:
    """A group mention that a singular or plural pronoun may stand for: a country or
    organisation is "it"; a plural noun ("the rebels", "Palestinian leaders") is "they"."""
    head = doc[mention.head]
    many = head.tag_ in ("NNS", "NNPS") and mention.kind not in lexicon.singular_kinds
    if not (mention.code or mention.kind in UNKNOWN_GROUP_KINDS) or (
            mention.kind not in lexicon.group_kinds and not many):
        return False
    if person_noun(head, load_person_nouns()):
        return False  # "the businessman ... it": a person is never "it"
    return many == plural


def complement_speaker(
    token: Token, index: MentionIndex, lexicon: RoleLexicon, plural: bool
) -> tuple[Token | None, ActorMention | None]:
    """The subject of the verb whose complement clause holds ``token``, when it comes before
    the pronoun and agrees in number ("Hungary said it ...", not "... it ..., officials said"),
    and its mention, None when it names no actor we know ("inspectors said they ...")."""
    current = token
    if token.dep_ not in ANY_SUBJECT_DEPS:
        return None, None
    while current.head.i != current.i:
        if current.dep_ == "ccomp":
            subjects, passive = verb_subjects(current.head)
            for subject in [] if passive else subjects:
                if subject.i < token.i and _plural(subject) == plural:
                    mention = index.own(subject)
                    if mention is None and subject.lower_ == token.lower_:
                        return subject, index.at(subject)  # "It said it would ...": the same
                    if mention is None:  # "Syrian opposition members said they ..."
                        mention = _modifying_mention(subject, index)
                        return subject, mention if mention and mention.code else None
                    agrees = group_agrees(mention, token.doc, lexicon, plural)
                    return subject, mention if agrees else None
        current = current.head
    return None, None


def _modifying_mention(noun: Token, index: MentionIndex) -> ActorMention | None:
    """The actor mention that modifies ``noun`` from inside its phrase ("**Syrian opposition**
    members", "**Iraqi militia** groups"): the group the noun's members belong to."""
    found = [m for m in index.mentions
             if noun.left_edge.i <= m.start and m.end <= noun.i and m.end == noun.i]
    return found[-1] if found else None


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") and token.ent_type_ != "GPE"


def _refines(title: ActorMention | None, found: ActorMention) -> bool:
    """``title`` is the same actor with a role added: "Bree Prime Minister" (BREGOV) before
    the name "Romendacil" (BRE)."""
    if title is None or not title.code or not found.code or title == found:
        return False
    return title.code.startswith(found.code) and len(title.code) > len(found.code)


def sentence_start_before(token: Token, sentences: int) -> int:
    """Token index where the sentence ``sentences`` sentences before ``token``'s begins."""
    start = token.sent.start
    doc = token.doc
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def same_person(mention: ActorMention, other: ActorMention) -> bool:
    """Two mentions of one person: the same words, or the same dictionary entry or name."""
    if mention.head == other.head:
        return True
    if mention.kb_id is not None and mention.kb_id == other.kb_id:
        return True
    return mention.name is not None and mention.name == other.name


def same_actor(a: ActorMention, b: ActorMention) -> bool:
    """Two mentions of one actor (an event is not done to oneself): the same entry, or the
    same name with the same code, as a person the dictionaries do not know is named again
    and by pronouns ("Minister Otto Brenn ... He denied a report that he planned ...")."""
    if a == b or (a.kb_id is not None and a.kb_id == b.kb_id):
        return True
    return a.name is not None and a.name == b.name and a.code == b.code
