"""The lexicon component matches only the concept families components read
(state.HIT_FAMILIES); asking ParseState for another family is an error."""

from __future__ import annotations

import pytest

from reportgen.parser.lexmatch import matched_entries
from reportgen.parser.state import HIT_FAMILIES, ParseState


def test_every_listed_family_has_matched_entries() -> None:
    matched = {e.concept.split(".", 1)[0] for e in matched_entries()}
    assert matched == HIT_FAMILIES


def test_an_unlisted_family_is_an_error() -> None:
    state = ParseState(text="Nästa deltävling körs i juni.")
    with pytest.raises(ValueError, match="HIT_FAMILIES"):
        state.family("next")
    with pytest.raises(ValueError, match="HIT_FAMILIES"):
        state.hits(0, 10, "next.")
    with pytest.raises(ValueError, match="HIT_FAMILIES"):
        state.has_hit(0, 10, ("next.cue",))
    assert state.family("session") == []
