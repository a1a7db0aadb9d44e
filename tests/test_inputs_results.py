"""The results adapter: event file + CSV sheets -> facts document, and its error messages."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from reportgen.errors import ReportgenError
from reportgen.inputs import adapter_for, load_input
from reportgen.inputs.results import parse_points

SV_SHEET = """Plac;Nr;Förare;Nat;Team;Bil;Varv;Tid;Diff;Poäng;Status
1;7;Anna Berg;SE;Berg Racing;Cupra Leon;12;20:01,5;;25;
2;3;Lars Holm;NO;Holm Motorsport;Audi RS 3;12;20:03,1;+1,6;18;
;9;Mia Dahl;DK;Dahl Racing;Audi RS 3;4;;;;Bröt
Ej start;11;Per Ek;SE;;;0;;;;
"""

EN_SHEET = """Pos,No,Driver,Nat,Grid,Laps,Points,Status
1,3,Lars Holm,NO,2,12,25,
2,7,Anna Berg,SE,1,12,18,
DSQ,9,Mia Dahl,DK,3,12,,
,11,Per Ek,SE,4,5,,DNF
"""

STANDINGS = """Pos;Driver;Nat;Points
1;Anna Berg;SE;1 043
2;Lars Holm;NO;43
;Mia Dahl;DK;43
4;Per Ek;SE;7,5
"""


def _event(tmp_path: Path, sheets: dict[str, str], toml: str, bom: str = "") -> Path:
    for name, text in sheets.items():
        (tmp_path / name).write_bytes((codecs.BOM_UTF8 if bom == name else b"") + text.encode("utf-8"))
    p = tmp_path / "event.toml"
    p.write_text(toml, encoding="utf-8")
    return p


BASE_TOML = """series = "Testserien"
season = 2024
round = 2
rounds_total = 5
circuit = "Mantorp Park"
country = "SE"
start_date = 2024-05-11
end_date = "2024-05-12"

[[sessions]]
kind = "race"
number = 1
label = "Race 1"
file = "r1.csv"

[[sessions]]
kind = "race"
number = 2
file = "sub/r2.csv"

[standings]
file = "standings.csv"
"""


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    return _event(tmp_path, {"r1.csv": SV_SHEET, "sub/r2.csv": EN_SHEET, "standings.csv": STANDINGS},
                  BASE_TOML, bom="r1.csv")


@pytest.mark.parametrize(
    ("session", "expected"),
    [
        ("race-1", [("Anna Berg", 1, "classified"), ("Lars Holm", 2, "classified"),
                    ("Mia Dahl", None, "dnf"), ("Per Ek", None, "dns")]),
        ("race-2", [("Lars Holm", 1, "classified"), ("Anna Berg", 2, "classified"),
                    ("Mia Dahl", None, "dsq"), ("Per Ek", None, "dnf")]),
    ],
)
def test_inputs_results_sessions_and_statuses(event_path, session, expected):
    assert adapter_for(event_path).name == "results"
    doc = load_input(event_path)
    s = doc.session(session)
    assert [(r.driver, r.position, r.status) for r in s.results] == expected


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("event", {"series": "Testserien", "season": 2024, "round": 2, "rounds_total": 5,
                   "circuit": "Mantorp Park", "country": "SE",
                   "start_date": "2024-05-11", "end_date": "2024-05-12"}),
        ("participants", [
            {"name": "Anna Berg", "nationality": "SE", "team": "Berg Racing", "car": "Cupra Leon",
             "gender": None},
            {"name": "Lars Holm", "nationality": "NO", "team": "Holm Motorsport", "car": "Audi RS 3",
             "gender": None},
            {"name": "Mia Dahl", "nationality": "DK", "team": "Dahl Racing", "car": "Audi RS 3",
             "gender": None},
            {"name": "Per Ek", "nationality": "SE", "team": None, "car": None, "gender": None},
        ]),
    ],
)
def test_inputs_results_event_and_participants(event_path, field, expected):
    assert load_input(event_path).to_dict()[field] == expected


@pytest.mark.parametrize(
    ("session", "driver", "attrs"),
    [
        ("race-1", "Anna Berg",
         {"car_number": "7", "laps": 12, "time": "20:01,5", "points": 25, "grid": None}),
        ("race-1", "Lars Holm", {"gap": "+1,6", "team": "Holm Motorsport"}),
        ("race-2", "Per Ek", {"grid": 4, "laps": 5, "points": None}),
    ],
)
def test_inputs_results_extension_fields(event_path, session, driver, attrs):
    r = next(r for r in load_input(event_path).session(session).results if r.driver == driver)
    assert {k: getattr(r, k) for k in attrs} == attrs


@pytest.mark.parametrize("session", ["race-1", "race-2"])
def test_inputs_results_evidence_is_the_sheet_line(event_path, session):
    doc = load_input(event_path)
    name = {"race-1": "r1.csv", "race-2": "r2.csv"}[session]
    folder = event_path.parent / ("sub" if session == "race-2" else "")
    text = (folder / name).read_text(encoding="utf-8-sig")
    for r in doc.session(session).results:
        ev = r.evidence
        assert ev.source == name
        assert text[ev.start:ev.end] == ev.text
        assert r.driver in ev.text and "\n" not in ev.text


def test_inputs_results_standings(event_path):
    (st,) = load_input(event_path).standings
    assert (st.championship, st.after_round, st.rounds_total, st.kind) == ("Testserien", 2, 5, "drivers")
    assert [(e.position, e.name, e.nationality, e.points) for e in st.entries] == [
        (1, "Anna Berg", "SE", 1043), (2, "Lars Holm", "NO", 43), (2, "Mia Dahl", "DK", 43),
        (4, "Per Ek", "SE", 7.5)]


@pytest.mark.parametrize(("cell", "value"), [("65", 65), ("1 722", 1722), ("1,722", 1722), ("7,5", 7.5),
                                             ("7.5", 7.5), ("1\u00a0043", 1043), ("", None)])
def test_inputs_results_points_cells(cell, value):
    assert parse_points(cell) == value


def _replace(tmp_path: Path, name: str, old: str, new: str) -> None:
    p = tmp_path / name
    p.write_text(p.read_text(encoding="utf-8-sig").replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("r1.csv", "2;3;Lars Holm", "x;3;Lars Holm", "r1.csv, line 3: position 'x' is not a number"),
        ("r1.csv", "2;3;Lars Holm", "1;3;Lars Holm",
         "r1.csv, line 3: position 1 is given twice (also line 2)"),
        ("r1.csv", ";9;Mia Dahl", ";9;Anna Berg", "r1.csv, line 4: Anna Berg is listed twice (also line 2)"),
        ("r1.csv", ";;Bröt", ";;Kraschade", "r1.csv, line 4: status 'Kraschade' is not a known status"),
        ("r1.csv", "Holm;NO", "Holm;XQZ", "r1.csv, line 3: nationality 'XQZ' is not a known country code"),
        ("r1.csv", "Lars Holm", "", "r1.csv, line 3: no driver name"),
        ("r1.csv", "Förare", "Pilot", "r1.csv: no driver column"),
        ("sub/r2.csv", ",12,25,", ",tolv,25,", "r2.csv, line 2: laps 'tolv' is not a number"),
        ("standings.csv", ";43\n", ";många\n", "standings.csv, line 3: points 'många' is not a number"),
        ("event.toml", 'kind = "race"', 'kind = "sprint"',
         "event.toml: sessions[0].kind: unknown session kind 'sprint'"),
        ("event.toml", '"r1.csv"', '"r9.csv"', "event.toml: sessions[0].file: no such file 'r9.csv'"),
        ("event.toml", "number = 2", "number = 1", "a second session with id 'race-1'"),
        ("event.toml", "season =", "seasn =", "event.toml: seasn: Extra inputs are not permitted"),
        ("event.toml", 'country = "SE"', 'country = "SE', "event.toml: not valid TOML"),
        ("event.toml", 'country = "SE"', 'country = "Sverige"', "event.toml: country:"),
    ],
)
def test_inputs_results_errors_name_file_line_and_problem(event_path, file, old, new, message):
    _replace(event_path.parent, file, old, new)
    with pytest.raises(ReportgenError) as e:
        load_input(event_path)
    assert e.value.code in {"E022", "E023"}
    assert message in str(e.value)


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_inputs_results_separators_and_json_event(tmp_path, sep):
    sheet = SV_SHEET.replace(",", ".").replace(";", sep)
    (tmp_path / "q.csv").write_text(sheet, encoding="utf-8")
    (tmp_path / "event.json").write_text(json.dumps(
        {"series": "X", "sessions": [{"kind": "kval", "file": "q.csv", "label": "Kval"}],
         "quotes": [{"speaker": "Anna Berg", "text": "Det gick bra."}]}), encoding="utf-8")
    assert adapter_for(tmp_path / "event.json").name == "results"
    doc = load_input(tmp_path / "event.json")
    assert doc.sessions[0].id == "qualifying" and doc.sessions[0].kind == "qualifying"
    assert [r.driver for r in doc.sessions[0].results] == ["Anna Berg", "Lars Holm", "Mia Dahl", "Per Ek"]
    q = doc.quotes[0]
    assert (q.speaker, q.text, q.evidence.text, q.evidence.source) == ("Anna Berg", "Det gick bra.",
                                                                       "Det gick bra.", "event.json")


@pytest.mark.parametrize(
    ("extra", "expected_grid"),
    [('grid_from = "race-1"', {"Anna Berg": 1, "Lars Holm": 2, "Mia Dahl": 3, "Per Ek": 4}),
     ("", {"Anna Berg": 1, "Lars Holm": 2, "Mia Dahl": 3, "Per Ek": 4})],
)
def test_inputs_results_grid_from_an_earlier_session(tmp_path, extra, expected_grid):
    # race-2 has its own Grid column; an explicit grid column wins over grid_from.
    (tmp_path / "sub").mkdir()
    toml = BASE_TOML.replace('file = "sub/r2.csv"', f'file = "sub/r2.csv"\n{extra}')
    p = _event(tmp_path, {"r1.csv": SV_SHEET, "sub/r2.csv": EN_SHEET.replace(",1,12,", ",,12,"),
                          "standings.csv": STANDINGS}, toml)
    grid = {r.driver: r.grid for r in load_input(p).session("race-2").results}
    expected = dict(expected_grid)
    if not extra:
        expected["Anna Berg"] = None  # no grid cell and no grid_from
    assert grid == expected


@pytest.mark.parametrize("practice_sheet", ["Förare;Nat\nAnna Berg;SE\nLars Holm;NO\n"])
def test_inputs_results_order_without_position_column(tmp_path, practice_sheet):
    p = _event(tmp_path, {"p.csv": practice_sheet},
               'series = "X"\n[[sessions]]\nkind = "practice"\nfile = "p.csv"\n')
    got = [(r.driver, r.position) for r in load_input(p).sessions[0].results]
    assert got == [("Anna Berg", 1), ("Lars Holm", 2)]


@pytest.mark.parametrize("header", ["Pos;Team;Points", "Plac;Team;Poäng"])
def test_inputs_results_team_standings(tmp_path, header):
    p = _event(tmp_path, {"p.csv": "Förare\nAnna Berg\n",
                          "t.csv": f"{header}\n1;Berg Racing;50\n2;Holm AB;40\n"},
               'series = "X"\n[[sessions]]\nkind = "race"\nfile = "p.csv"\n'
               '[[standings]]\nfile = "t.csv"\nchampionship = "Teams"\n')
    (st,) = load_input(p).standings
    assert st.kind == "teams" and [e.name for e in st.entries] == ["Berg Racing", "Holm AB"]
