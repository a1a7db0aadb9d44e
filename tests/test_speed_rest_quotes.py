"""_is_dash_quote scans for a speech verb only where the answer depends on it, and
answers as the plain order of tests did."""

from __future__ import annotations

import random

import pytest

from reportgen.parser.quotes import _BULLET_RE, DASHES, _is_dash_quote, _verb_re
from reportgen.parser.state import ParseState
from reportgen.parser.textutil import lines


def _plain(state: ParseState, s: int, e: int) -> bool:
    """The tests in their first order: the verb scan before the bullet and length tests."""
    text = state.text
    if text[s] not in DASHES:
        return False
    body = text[s + 1:e].lstrip()
    if not body or body[0].isdigit() or (text[s] == "-" and text[s + 1:s + 2] == "-"):
        return False
    if _verb_re().search(body):
        return True
    if _BULLET_RE.match(body) or len(body.split()) < 4:
        return False
    return True


@pytest.mark.parametrize("seed", range(4))
def test_dash_quote_answers_as_before(seed: int) -> None:
    rnd = random.Random(seed)
    words = ["–", "-", "—", "--", "Race 1:", "2:a", "plats", "säger", "Säger", "sa", "hon", "Det", "var",
             "kul", "x", "3", " ", "\t", "berättar", "(SWE):", "A.B", "ordet"]
    for _ in range(3000):
        text = "".join(rnd.choice(words) + rnd.choice([" ", "", " ", "\n"]) for _ in range(rnd.randint(1, 9)))
        state = ParseState(text=text, paragraphs=lines(text))
        for s, e in state.paragraphs:
            assert _is_dash_quote(state, s, e) == _plain(state, s, e), text[s:e]
