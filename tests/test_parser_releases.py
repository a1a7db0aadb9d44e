"""Whole short releases in several styles (written for these tests): every result read,
nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.parser import parse

C = "classified"

HERE = Path(__file__).resolve().parent / "parser_releases"
TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*.txt"))}

EXPECTED = {
    "rallycross_heats_final": {
        ("heat-1", "Oscar Lindqvist", 1, C),
        ("heat-2", "Oscar Lindqvist", 2, C),
        ("heat-3", "Oscar Lindqvist", 6, C),
        ("other", "Oscar Lindqvist", 3, C),
        ("final", "Henrik Solberg", 1, C),
        ("final", "Oscar Lindqvist", 2, C),
        ("final", "Mats Ek", 3, C),
        ("final", "Johan Berg", None, "dnf"),
    },
    "touring_three_races": {
        ("qualifying", "Robert Dahlgren", 1, C),
        ("race-1", "Robert Dahlgren", 1, C),
        ("race-1", "Mattias Andersson", 2, C),
        ("race-1", "Viktor Lind", 3, C),
        ("race-1", "Tommy Rustad", 4, C),
        ("race-1", "Anna Kvist", None, "dnf"),
        ("race-2", "Mattias Andersson", 1, C),
        ("race-2", "Robert Dahlgren", 7, C),
        ("race-2", "Tommy Rustad", 3, C),
        ("race-3", "Viktor Lind", 1, C),
        ("race-3", "Mattias Andersson", 2, C),
        ("race-3", "Tommy Rustad", 3, C),
    },
    "karting_heats_prefinal_final": {
        ("qualifying", "Hugo Nilsson", 1, C),
        ("heat-2", "Hugo Nilsson", 2, C),
        ("other", "Hugo Nilsson", 3, C),
        ("final", "Hugo Nilsson", 1, C),
        ("final", "Leo Fors", 2, C),
        ("final", "Isak Holm", 3, C),
        ("final", "Alva Strand", None, "dnf"),
    },
    "first_person_weekend": {
        ("practice-1", "Emma Dahl", 9, C),
        ("practice-2", "Emma Dahl", 12, C),
        ("qualifying", "Emma Dahl", 7, C),
        ("race-1", "Emma Dahl", 6, C),
        ("race-2", "Emma Dahl", 2, C),
        ("race-3", "Emma Dahl", None, "dnf"),
    },
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_parser_releases_results(name: str) -> None:
    doc = parse(TEXTS[name])
    got = {(s.id, r.driver, r.position, r.status) for s in doc.sessions for r in s.results}
    assert got == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_parser_releases_sessions_in_weekend_order(name: str) -> None:
    doc = parse(TEXTS[name])
    order = {"practice": 0, "qualifying": 1, "heat": 2, "other": 3, "final": 4, "race": 5}
    kinds = [order[s.kind] for s in doc.sessions]
    assert kinds == sorted(kinds)
