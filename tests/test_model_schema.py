"""The fact model: the JSON Schema export and strict validation."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from reportgen.cli import main
from reportgen.model import FactsDocument


def test_model_schema_command_prints_json_schema(capsys) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "reportgen facts document"
    for key in ("schema_version", "event", "participants", "sessions", "incidents", "quotes",
                "standings", "next_event", "links"):
        assert key in schema["properties"]


def test_model_empty_document_conforms(contract_checker) -> None:
    checker = contract_checker(None)
    checker.document(FactsDocument().to_dict())
    assert checker.problems == []


@pytest.mark.parametrize(
    "patch",
    [{"sessions": [{"id": "race-1", "kind": "sprint", "number": 1, "label": None, "results": []}]},
     {"event": {"country": "Sweden"}},
     {"unknown_key": 1},
     {"standings": [{"entries": [{"position": 1, "name": "A", "points": "many"}]}]}],
)
def test_model_rejects_invalid_documents(patch: dict) -> None:
    with pytest.raises(ValidationError):
        FactsDocument.model_validate(patch)
