"""The lexicon component matches only the concept families components read
(state.HIT_FAMILIES), less the concepts of those none reads (state.UNMATCHED_CONCEPTS);
asking ParseState for the hits of either is an error."""

from __future__ import annotations

import pytest

from reportgen.parser.lexmatch import matched_entries
from reportgen.parser.state import HIT_FAMILIES, UNMATCHED_CONCEPTS, ParseState


def test_every_listed_family_has_matched_entries() -> None:
    matched = {e.concept for e in matched_entries()}
    assert {c.split(".", 1)[0] for c in matched} == HIT_FAMILIES
    assert not matched & UNMATCHED_CONCEPTS
    # (each one a concept of the data, in a family that is matched)
    assert {c.split(".", 1)[0] for c in UNMATCHED_CONCEPTS} <= HIT_FAMILIES


def test_an_unlisted_family_is_an_error() -> None:
    state = ParseState(text="Nästa deltävling körs i juni.")
    with pytest.raises(ValueError, match="HIT_FAMILIES"):
        state.family("next")
    with pytest.raises(ValueError, match="HIT_FAMILIES"):
        state.hits(0, 10, "next.")
    with pytest.raises(ValueError, match="HIT_FAMILIES"):
        state.has_hit(0, 10, ("next.cue",))
    assert state.family("session") == []


def test_a_prefix_that_takes_in_an_unmatched_concept_is_an_error() -> None:
    state = ParseState(text="Hon kör en Audi för Team Blå.")
    with pytest.raises(ValueError, match="UNMATCHED_CONCEPTS"):
        state.hits(0, 10, "car.")
    with pytest.raises(ValueError, match="UNMATCHED_CONCEPTS"):
        state.has_hit(0, 10, ("team.join",))
    assert state.hits(0, 10, "car.make") == []
    assert not state.has_hit(0, 10, ("team.word",))
