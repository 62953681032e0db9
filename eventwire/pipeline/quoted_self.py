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
actor; first-person pronouns outside quotations (the writer's own "we") stand for none.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.pipeline.mentions import ActorMention
from eventwire.pipeline.person_antecedents import placed
from eventwire.pipeline.quotations import quotation_of, quoted_speaker
from eventwire.pipeline.role_lexicon import RoleLexicon

# Resolves a speaker token to its actor mention (``MentionIndex.near``).
Resolver = Callable[[Token], ActorMention | None]


def quoted_self(token: Token, lexicon: RoleLexicon, resolve: Resolver) -> ActorMention | None:
    """The actor a first-person pronoun inside a quotation stands for: its speaker's (see the
    module), placed on the pronoun when the speaker is named in an earlier sentence."""
    if token.lower_ not in lexicon.first_person_pronouns:
        return None
    speaker = quoted_speaker(token, lexicon.bare_report_verbs)
    if speaker is None or quotation_of(speaker) is not None \
            or speaker.lower_ in lexicon.first_person_pronouns:
        return None
    found = resolve(speaker)
    return None if found is None else placed(found, token)
