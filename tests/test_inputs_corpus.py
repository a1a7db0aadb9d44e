"""The shipped results example (corpus/results/event.toml) loads into the expected facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.inputs import load_input

EVENT = Path(__file__).resolve().parent.parent / "corpus" / "results" / "event.toml"


@pytest.fixture(scope="module")
def results_doc():
    return load_input(EVENT)


@pytest.mark.parametrize(
    ("session", "n", "winner", "not_classified"),
    [
        ("practice", 12, "Mikkel Dahl", []),
        ("qualifying-1", 12, "Mikkel Dahl", []),
        ("race-1", 12, "Linnea Ekholm", [("Henrik Lund", "dnf")]),
        ("race-2", 12, "Oskar Sandvik", [("Frida Holm", "dnf"), ("Elias Forsberg", "dns")]),
    ],
)
def test_inputs_corpus_sessions(results_doc, session, n, winner, not_classified):
    s = results_doc.session(session)
    assert len(s.results) == n
    assert next(r.driver for r in s.results if r.position == 1) == winner
    assert [(r.driver, r.status) for r in s.results if r.status != "classified"] == not_classified


@pytest.mark.parametrize(("driver", "grid", "position"), [("Henrik Lund", 12, 5), ("Linnea Ekholm", 8, 2)])
def test_inputs_corpus_race2_grid(results_doc, driver, grid, position):
    r = next(r for r in results_doc.session("race-2").results if r.driver == driver)
    assert (r.grid, r.position) == (grid, position)


@pytest.mark.parametrize(("name", "nationality"), [("Mikkel Dahl", "DK"), ("Linnea Ekholm", "SE"),
                                                   ("Henrik Lund", "NO"), ("Aleksi Heikkinen", "FI")])
def test_inputs_corpus_nationalities_from_codes(results_doc, name, nationality):
    assert results_doc.participant(name).nationality == nationality


def test_inputs_corpus_standings_and_extras(results_doc):
    (st,) = results_doc.standings
    assert (st.entries[0].name, st.entries[0].points, len(st.entries)) == ("Oskar Sandvik", 131, 12)
    assert [q.speaker for q in results_doc.quotes] == ["Linnea Ekholm", "Oskar Sandvik"]
    assert results_doc.next_event.circuit == "Mantorp Park"
    assert {i.type for i in results_doc.incidents} == {"technical", "contact", "safety_car"}
