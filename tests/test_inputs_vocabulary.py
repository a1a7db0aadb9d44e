"""Timing-sheet vocabulary (lang/*/results_headers.json): headers, status words, session kinds."""

from __future__ import annotations

import pytest

from reportgen.inputs import vocabulary
from reportgen.inputs.csvsheet import parse_sheet, sniff_separator


@pytest.mark.parametrize(
    ("header", "field"),
    [("Pos", "position"), ("Plac", "position"), ("Placering", "position"), ("Plac.", "position"),
     ("Nr", "number"), ("No", "number"), ("#", "number"), ("Förare", "driver"), ("Driver", "driver"),
     ("Namn", "driver"), ("NAT", "nationality"), ("Nationalitet", "nationality"), ("Team", "team"),
     ("Bil", "car"), ("Car", "car"), ("Varv", "laps"), ("Laps", "laps"), ("Tid", "time"), ("Time", "time"),
     ("Diff", "gap"), ("Gap", "gap"), ("Bästa varv", "best_lap"), ("Best lap", "best_lap"),
     ("Poäng", "points"), ("Points", "points"), ("Status", "status"), ("Start", "grid"), ("Grid", "grid"),
     ("Klass", None), ("Km/h", None)],
)
def test_inputs_vocabulary_headers(header, field):
    assert vocabulary.column(header) == field


@pytest.mark.parametrize(
    ("cell", "status"),
    [("DNF", "dnf"), ("Bröt", "dnf"), ("Utgick", "dnf"), ("DNS", "dns"), ("Ej start", "dns"),
     ("ej start", "dns"), ("DSQ", "dsq"), ("Diskad", "dsq"), ("Klassad", "classified"), ("", None),
     ("Kraschade", None)],
)
def test_inputs_vocabulary_status_words(cell, status):
    assert vocabulary.status(cell) == status


@pytest.mark.parametrize(("word", "kind"), [("race", "race"), ("Kval", "qualifying"), ("Träning", "practice"),
                                            ("heat", "heat"), ("Final", "final"), ("sprint", None)])
def test_inputs_vocabulary_session_kinds(word, kind):
    assert vocabulary.session_kind(word) == kind


@pytest.mark.parametrize(("line", "sep"), [("Plac;Förare;Tid", ";"), ("Pos,Driver,Time", ","),
                                           ("Pos\tDriver", "\t"), ("Förare", ",")])
def test_inputs_vocabulary_separator(line, sep):
    assert sniff_separator(line) == sep


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_inputs_vocabulary_quoted_cells_and_title_line(newline):
    lines = ['Resultat Race 1', 'Pos,Driver,Team', '1,"Berg, Anna","A, B Racing"', '2,Lars Holm,X']
    text = newline.join(lines)
    sheet = parse_sheet(text, "r.csv")
    assert [(r.line, r.get("driver"), r.get("team")) for r in sheet.rows] == [
        (3, "Berg, Anna", "A, B Racing"), (4, "Lars Holm", "X")]
    assert [text[r.start:r.end] for r in sheet.rows] == lines[2:]
