"""The subjects of a verb (:mod:`eventwire.pipeline.verb_subjects`) on parses of sentences
written for these tests: shared-subject chains, relative clauses, passives and object control."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from eventwire.pipeline.role_lexicon import load_lexicon
from eventwire.pipeline.verb_subjects import object_controller, verb_subjects
from tests.coded import word


def subjects(verb: Token) -> tuple[list[str], bool]:
    found, passive = verb_subjects(verb)
    return [t.text for t in found], passive


def test_own_and_shared_subjects(nlp: Language) -> None:
    assert subjects(word(nlp, "The miners agreed to return.", "agreed")) == (["miners"], False)
    assert subjects(word(nlp, "The miners agreed to return.", "return")) == (["miners"], False)
    assert subjects(word(nlp, "The miners met and voted.", "voted")) == (["miners"], False)


def test_a_passive_and_a_relative_clause(nlp: Language) -> None:
    assert subjects(word(nlp, "The clerk was fired on Monday.", "fired")) == (["clerk"], True)
    verb = word(nlp, "The clerk who was fired appealed.", "fired")
    assert subjects(verb) == (["clerk"], True)


def test_object_control(nlp: Language) -> None:
    lexicon = load_lexicon()
    doc = nlp("The mayor urged the union to end the strike.")
    urged, end = doc[2], doc[6]
    controller = object_controller(urged, end, lexicon)
    assert controller is not None and controller.text == "union"
    found, _ = verb_subjects(end, lexicon)
    assert [t.text for t in found] == ["union"]
    assert subjects(end) == (["mayor"], False)


def test_a_gerund_under_a_verbs_preposition(nlp: Language) -> None:
    lexicon = load_lexicon()

    def doer(text: str, form: str) -> list[str]:
        return [t.text for t in verb_subjects(word(nlp, text, form), lexicon)[0]]

    # The verb's subject does it, through an open complement too.
    assert doer("The mayor came under fire from critics for refusing to resign.",
                "resign") == ["mayor"]
    assert doer("The minister was praised for visiting Kenya.", "visiting") == ["minister"]
    # After a preposition of the object's act, the object does it.
    assert doer("The opposition criticized the president for meeting the rebels.",
                "meeting") == ["president"]
    # A verb of setting upon someone names the one blamed through its preposition.
    assert doer("Republicans pounced on the governor for cutting school funds.",
                "cutting") == ["governor"]
    assert doer("The senator lashed out at the minister for meeting the rebels.",
                "meeting") == ["minister"]
    # Any other verb's preposition names no doer: the subject apologised for its own act.
    assert doer("Kenya apologized to Uganda for attacking the border post.",
                "attacking") == ["Kenya"]


def test_a_bare_participle_conjoined_with_a_passive_is_passive(nlp: Language) -> None:
    text = "Many miners were injured, beaten and detained in the raid."
    assert subjects(word(nlp, text, "detained")) == (["miners"], True)
    assert subjects(word(nlp, "The clerk was sacked and replaced.", "replaced")) == (
        ["clerk"], True)
    # With an auxiliary or an object of its own the conjunct is active.
    text = "The clerk was sacked and has denied the charges."
    assert subjects(word(nlp, text, "denied")) == (["clerk"], False)


def test_a_means_clause_on_a_passive_is_done_by_its_agent(nlp: Language) -> None:
    lexicon = load_lexicon()
    text = "The villagers were attacked by the militia using machetes."
    found, passive = verb_subjects(word(nlp, text, "using"), lexicon)
    assert [t.text for t in found] == ["militia"] and not passive
    text = "The villagers were attacked using machetes."
    assert verb_subjects(word(nlp, text, "using"), lexicon) == ([], False)
    # An active verb's means clause is its subject's.
    found, _ = verb_subjects(word(nlp, "The militia attacked them using machetes.", "using"),
                             lexicon)
    assert [t.text for t in found] == ["militia"]


def test_a_gerund_of_saying_is_its_speakers(nlp: Language) -> None:
    lexicon = load_lexicon()

    def speaker(text: str) -> list[str]:
        return [t.text for t in verb_subjects(word(nlp, text, "saying"), lexicon)[0]]

    # The means of an active verb: its subject says it.
    assert speaker("The ministry defended the raid by saying the camp was armed.") \
        == ["ministry"]
    # The words a verb of citing quotes: its object says them, or its passive subject.
    assert speaker("The newspaper quoted two generals as saying the camp was armed.") \
        == ["generals"]
    assert speaker("The general was quoted as saying the camp was armed.") == ["general"]
    # After an adverbial clause of its own subject, the main clause's subject says it.
    assert speaker("The envoy left the talks after the shelling resumed, saying the truce "
                   "was over.") == ["envoy"]
