"""The facts-document adapter: valid documents load, bad ones fail with line/column or field path."""

from __future__ import annotations

import json

import pytest

from reportgen.errors import ReportgenError
from reportgen.inputs import adapter_for, load_input

_VALID = {
    "event": {"series": "STCC", "season": 2024},
    "participants": [{"name": "Anna Berg", "nationality": "SE"}],
    "sessions": [{"id": "race-1", "kind": "race", "number": 1, "label": "Race 1",
                  "results": [{"driver": "Anna Berg", "position": 2, "status": "classified",
                               "evidence": {"start": 0, "end": 0, "text": ""}}]}],
}


@pytest.mark.parametrize("doc", [_VALID, {}])
def test_inputs_facts_json_loads_valid(tmp_path, doc):
    p = tmp_path / "facts.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    assert adapter_for(p).name == "facts"
    loaded = load_input(p)
    assert loaded.to_dict()["sessions"] == [
        {**s, "results": [{**r, **{k: None for k in ("grid", "car_number", "team", "laps", "time", "gap",
                                                     "best_lap", "points")},
                           "evidence": {**r["evidence"], "source": None}} for r in s["results"]]}
        for s in doc.get("sessions", [])
    ]


@pytest.mark.parametrize(
    ("text", "code", "fragment"),
    [
        ('{"event": {"series": "STCC",}\n}', "E021", "line 1, column"),
        ('{\n  "event": {\n    "series": "STCC"\n  \n', "E021", "line 5"),
        ("[1, 2]", "E020", "expected a JSON object"),
    ],
)
def test_inputs_facts_json_bad_json_names_place(tmp_path, text, code, fragment):
    p = tmp_path / "facts.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ReportgenError) as e:
        load_input(p)
    assert e.value.code == code
    assert fragment in str(e.value)
    assert "facts.json" in str(e.value)


@pytest.mark.parametrize(
    ("patch", "path_text"),
    [
        (lambda d: d["sessions"][0]["results"][0].__setitem__("position", 0),
         "sessions[0].results[0].position"),
        (lambda d: d["sessions"][0].__setitem__("kind", "lopp"), "sessions[0].kind"),
        (lambda d: d["participants"][0].__setitem__("nationality", "SWE"), "participants[0].nationality"),
        (lambda d: d["event"].__setitem__("sereis", "x"), "event.sereis"),
    ],
)
def test_inputs_facts_json_schema_error_has_field_path(tmp_path, patch, path_text):
    doc = json.loads(json.dumps(_VALID))
    patch(doc)
    p = tmp_path / "facts.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ReportgenError) as e:
        load_input(p)
    assert e.value.code == "E020"
    assert f"facts.json: not a valid facts document: {path_text}:" in str(e.value)


@pytest.mark.parametrize("name", ["missing.json", "missing.toml"])
def test_inputs_missing_file_is_a_clear_error(tmp_path, name):
    with pytest.raises(ReportgenError) as e:
        load_input(tmp_path / name)
    assert e.value.code == "E004"


@pytest.mark.parametrize("name", ["notes.txt", "sheet.csv"])
def test_inputs_unknown_file_type_is_refused(tmp_path, name):
    p = tmp_path / name
    p.write_text("Pos;Förare\n1;Anna Berg\n", encoding="utf-8")
    with pytest.raises(ReportgenError) as e:
        load_input(p)
    assert e.value.code == "E023"
