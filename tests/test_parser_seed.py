"""The user's seed release parses to its gold sessions, results, participant and event."""

from __future__ import annotations

import json

import pytest

from reportgen.parser import parse

from .conftest import CORPUS, SEED_ID


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return parse(seed_text)


@pytest.fixture(scope="module")
def seed_gold() -> dict:
    return json.loads((CORPUS / SEED_ID / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("field", ["id", "kind", "number", "label"])
def test_parser_seed_sessions_in_order(seed_doc, seed_gold, field: str) -> None:
    assert [getattr(s, field) for s in seed_doc.sessions] == [s[field] for s in seed_gold["sessions"]]


@pytest.mark.parametrize("index", range(6))
def test_parser_seed_results(seed_doc, seed_gold, index: int) -> None:
    got = [(r.driver, r.position, r.status) for r in seed_doc.sessions[index].results]
    want = [(r["driver"], r["position"], r["status"]) for r in seed_gold["sessions"][index]["results"]]
    assert got == want


@pytest.mark.parametrize(
    "key", ["series", "season", "round", "rounds_total", "circuit", "country", "start_date", "end_date"]
)
def test_parser_seed_event(seed_doc, seed_gold, key: str) -> None:
    assert getattr(seed_doc.event, key) == seed_gold["event"][key]


@pytest.mark.parametrize("key", ["name", "nationality", "team", "car"])
def test_parser_seed_participant(seed_doc, seed_gold, key: str) -> None:
    assert [getattr(p, key) for p in seed_doc.participants] == [p[key] for p in seed_gold["participants"]]


@pytest.mark.parametrize("key", ["title"])
def test_parser_seed_title(seed_doc, seed_gold, key: str) -> None:
    assert seed_doc.title == seed_gold[key]


@pytest.mark.parametrize(
    ("offset_text", "session"),
    [
        ("bränslepumpen", "qualifying-2"),
        ("säkerhetsbilen ut", "race-2"),
    ],
)
def test_parser_seed_session_at(seed_text, offset_text: str, session: str) -> None:
    from reportgen.parser import get_nlp

    doc = get_nlp()(seed_text)
    assert doc._.rg.session_at(seed_text.index(offset_text)) == session
