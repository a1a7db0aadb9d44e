"""Every fact the parser reads carries a real span of its source text."""

from __future__ import annotations

import pytest

from reportgen.parser import parse

from .conftest import CORPUS_IDS, corpus_text


def _spans(doc):
    for s in doc.sessions:
        for r in s.results:
            yield r.evidence
    for i in doc.incidents:
        yield i.evidence
    for q in doc.quotes:
        yield q.evidence


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_parser_evidence_spans_are_source_text(doc_id: str) -> None:
    text = corpus_text(doc_id)
    doc = parse(text)
    for ev in _spans(doc):
        if ev.source is None:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_parser_session_ids_unique_and_well_formed(doc_id: str) -> None:
    doc = parse(corpus_text(doc_id))
    ids = [s.id for s in doc.sessions]
    assert len(ids) == len(set(ids))
    for s in doc.sessions:
        assert s.id == (f"{s.kind}-{s.number}" if s.number is not None else s.kind)
        assert s.label or s.results or any(i.session == s.id for i in doc.incidents)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Ingen racing här, bara en vanlig text om väder och vind.",
        "1. 2. 3.\n:::\n– – –\n(SWE) (DKK)",
        "Race 1:\nRace 2:\n",
        "vann vann vann tvåa trea pole",
    ],
)
def test_parser_hostile_text_gives_valid_document(text: str) -> None:
    from reportgen.errors import ReportgenError

    if not text.strip():
        with pytest.raises(ReportgenError):
            parse(text)
        return
    doc = parse(text)
    for ev in _spans(doc):
        assert text[ev.start : ev.end] == ev.text
