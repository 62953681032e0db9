"""An invitation or a request that is the reason a verb's subject acts ("at the invitation of
X"): X asks, the subject is asked (sentences written for these tests, coded end to end)."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from tests.coded import actor_texts


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("The Kenyan president toured Ghana at the invitation of Nana Akufo-Addo.", "03",
         {("Nana Akufo-Addo", "The Kenyan president")}),
        ("Rwandan troops entered Mozambique at the request of the Mozambican government.", "02",
         {("the Mozambican government", "Rwandan troops")}),
        # Elsewhere an invitation's "of" or "from" phrase is still the inviter.
        ("Peru accepted an invitation from Chile to hold talks.", "03", {("Peru", "Chile")}),
    ],
)
def test_asker_and_asked(coder: Coder, text: str, root: str,
                         expected: set[tuple[str | None, str | None]]) -> None:
    events = [e for e in coder.code(text) if e.trigger.text in ("invitation", "request")
              or e.trigger.text.startswith("accepted")]
    assert actor_texts(events, root) == expected
