"""The event component's shortcuts find what the plain scans found, and the event it
writes is still a validated Event."""

from __future__ import annotations

import random

import pydantic
import pytest

from reportgen.model import Event
from reportgen.parser.event import _YEAR, _Event, _Fields, _years
from reportgen.parser.state import ParseState


@pytest.mark.parametrize("seed", range(4))
def test_years_found_by_find_are_what_finditer_finds(seed: int) -> None:
    rnd = random.Random(seed)
    parts = ["19", "20", "2023", "1999", "200", "x", "/", ".", "-", " ", "\n", "://", "a2024", "2024b", "1"]
    for _ in range(500):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 12)))
        assert [(m.span(), m.groups()) for m in _years(text)] == [
            (m.span(), m.groups()) for m in _YEAR.finditer(text)
        ], text


def test_fields_keep_what_was_set_and_validate_once() -> None:
    state = ParseState(text="x")
    ev = _Event(state)
    ev.ev.season = 2024
    ev.ev.round = None  # set to None: still a field that was set
    ev.commit()
    assert isinstance(state.event, Event)
    assert state.event.season == 2024
    assert state.event.model_fields_set == {"season", "round"}

    # nothing set: the event stays the one the state had
    state = ParseState(text="x")
    before = state.event
    _Event(state).commit()
    assert state.event is before


def test_fields_start_from_the_event_the_state_had() -> None:
    state = ParseState(text="x")
    state.event.series = "STCC"
    fields = _Fields(state.event)
    assert fields.series == "STCC" and fields.season is None


def test_a_wrong_value_is_still_a_validation_error() -> None:
    state = ParseState(text="x")
    ev = _Event(state)
    ev.ev.country = "Sweden"  # not an ISO alpha-2 code
    with pytest.raises(pydantic.ValidationError):
        ev.commit()
    ev = _Event(ParseState(text="x"))
    ev.ev.season = "tjugo"
    with pytest.raises(pydantic.ValidationError):
        ev.commit()


@pytest.mark.parametrize("seed", range(3))
def test_venue_patterns_match_only_where_a_piece_stands(seed: int) -> None:
    from reportgen.parser.event import _venue_words

    _places, before, compound, pieces = _venue_words()[:4]
    assert pieces
    rnd = random.Random(seed)
    words = ["på", "vid", "Lånke", "Kristianstads", "banan", "Bana", "BANAN", "bana", "kartbana", "stadion",
             "Motorstadion", "motorstadion", "s", " ", "\n", "-", "x", "ringen"]
    for _ in range(3000):
        text = "".join(rnd.choice(words) + rnd.choice([" ", "", "\n"]) for _ in range(rnd.randint(1, 8)))
        if not any(p in text for p in pieces):
            assert before.search(text) is None and compound.search(text) is None, text


@pytest.mark.parametrize("seed", range(3))
def test_series_patterns_match_only_where_a_form_stands(seed: int) -> None:
    from reportgen.parser.event import _series_patterns

    rnd = random.Random(seed)
    words = ["F4", "-serien", "-Serien", "serien", "Porsche", "cupen", "CUPEN", "-cupen", "trofén", "Trofén",
             "mästerskapet", "-", " ", "\n", "x", "Ö"]
    for got in _series_patterns():
        assert got is not None
        rx, forms = got
        for _ in range(2000):
            text = "".join(rnd.choice(words) + rnd.choice([" ", ""]) for _ in range(rnd.randint(1, 6)))
            if not any(f in text for f in forms):
                assert rx.search(text) is None, text
