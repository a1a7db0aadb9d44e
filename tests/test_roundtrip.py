"""Round trip: random facts -> Swedish report -> reportgen.parse -> the same facts.

The parser must give back every result (driver, session kind, position, status), the
standings (position, name, points) and the quotes (speaker, text) that the renderer
wrote. Documents come from :mod:`strategies`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import reportgen
from reportgen.check import check_text
from reportgen.inputs import load_input
from reportgen.model import FactsDocument
from tests.strategies import facts_documents

EVENT = Path(__file__).resolve().parent.parent / "corpus" / "results" / "event.toml"


def results_of(doc: FactsDocument) -> list[tuple[str, str, int | None, str]]:
    rows = [(r.driver, s.kind, r.position, r.status) for s in doc.sessions for r in s.results]
    return sorted(rows, key=lambda t: (t[0], t[1], -1 if t[2] is None else t[2], t[3]))


def standings_of(doc: FactsDocument) -> list[list[tuple[int, str, float | None]]]:
    return [[(e.position, e.name, e.points) for e in t.entries] for t in doc.standings]


def _norm_quote(text: str) -> str:
    # As the evaluator compares quotes: case, spacing and punctuation do not count.
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def quotes_of(doc: FactsDocument) -> list[tuple[str | None, str]]:
    return [(q.speaker, _norm_quote(q.text)) for q in doc.quotes]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=facts_documents())
def test_roundtrip_swedish_report_parses_back(doc):
    text = reportgen.render(doc, lang="sv", kind="report")
    back = reportgen.parse(text)
    assert results_of(back) == results_of(doc), text
    assert standings_of(back) == standings_of(doc), text
    assert quotes_of(back) == quotes_of(doc), text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=facts_documents())
def test_roundtrip_renders_pass_the_check(doc):
    # The generator's own documents: every render states only what they hold.
    for lang in ("sv", "en"):
        for kind in ("report", "summary"):
            text = reportgen.render(doc, lang=lang, kind=kind)
            assert check_text(doc, text, lang) == [], text


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("kind", ["report", "summary"])
def test_roundtrip_results_event_renders(lang, kind):
    doc = load_input(EVENT)
    text = reportgen.render(doc, lang=lang, kind=kind)
    for name in ("Linnea Ekholm", "Oskar Sandvik"):
        assert name in text
    assert "Ring Knutstorp" in text or kind == "summary"
    assert check_text(doc, text, lang) == []
