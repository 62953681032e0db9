"""The speaker of direct speech as its "I" and "we" ("me", "us"), for ``mention_index``.

In a quotation the speaker names himself "I" (and his side "we"): in '"We will not withdraw our
troops," the Kenyan defence minister said' the "we" who will not withdraw is the minister's side,
and a CAMEO coder codes the minister (KENMIL) as the act's source (not "our": "our troops" are
his side's forces, not his office). A first-person pronoun
(``first_person_pronouns`` of ``roles.yaml``) inside a quotation stands for the actor of the
subject of the verb of saying the quotation is attributed to (``quotations.quoted_speaker``:
"..., Putin said"; "Putin said: '...'"), resolved as any subject is: its own mention, that of
its apposition or modifier ("Tan, a Kremlin official, said"), or, for a pronoun ("'...,' he
said"), its antecedent. A quotation with no verb of saying beside it, a speaker who is no actor
("a resident said") or a speaker inside another quotation leaves the pronoun standing for no
actor; first-person pronouns outside quotations (the writer's own "we") stand for none. The
subject of a verb of saying inside the quotation ("as I said", "I've said before") is left
as it was: the speaker's words about his own words, a statement inside his statement.

The pronoun is a mention of its own carrying the speaker's code ("We" KENMIL), so the act it
does is no statement of the speaker's own act in the sense of ``reported_acts.uncommented_verbs``:
the quotation is the speaker's words, and the verb of saying beside it keeps its statement
(``"We will shell the posts," the minister said``: the minister's 010 and his 190).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.quotations import quotation_of, quoted_speaker
from eventwire.pipeline.role_lexicon import RoleLexicon

# Mention kind of a pronoun that stands for another mention (``phrases.PRONOUN_KIND``).
QUOTED_SELF_KIND = "pronoun"
SPEAKER_DEPS = frozenset({"nsubj"})
# Resolves a speaker token to its actor mention (``MentionIndex.near``).
Resolver = Callable[[Token], ActorMention | None]


def quoted_self(token: Token, lexicon: RoleLexicon, resolve: Resolver) -> ActorMention | None:
    """The actor a first-person pronoun inside a quotation stands for: its speaker's (see the
    module), as a mention of the pronoun itself (its text and offsets locate it)."""
    if token.lower_ not in lexicon.first_person_pronouns or _speaking(token, lexicon):
        return None
    speaker = quoted_speaker(token, lexicon.bare_report_verbs)
    if speaker is None or quotation_of(speaker) is not None \
            or speaker.lower_ in lexicon.first_person_pronouns:
        return None
    found = resolve(speaker)
    if found is None:
        return None
    return replace(found, start=token.i, end=token.i + 1, head=token.i, kind=QUOTED_SELF_KIND)


def _speaking(token: Token, lexicon: RoleLexicon) -> bool:
    """The subject of a verb of saying ("as I said", "I've said before", "we told them"): the
    speaker's words about his own words, a statement inside his statement, left as it was."""
    return token.dep_ in SPEAKER_DEPS and token.head.lemma_.lower() in lexicon.bare_report_verbs


def quoted_self_mention(mention: ActorMention | None) -> bool:
    """A mention made by :func:`quoted_self`: an "I" or "we" of direct speech."""
    return mention is not None and mention.kind == QUOTED_SELF_KIND
