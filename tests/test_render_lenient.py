"""Hand-written facts without evidence spans (corpus gold) render; the contract is unchanged."""

from __future__ import annotations

import json

import pytest

from reportgen.errors import ReportgenError
from reportgen.model import FactsDocument
from reportgen.render import _load, render, render_file
from tests.conftest import CORPUS, CORPUS_IDS


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_render_file_accepts_gold_without_evidence(doc_id) -> None:
    path = str(CORPUS / doc_id / "expected.json")
    for lang in ("sv", "en"):
        assert render_file(path, lang=lang).strip()
    doc = _load(path)
    # nothing invented: a span the file does not give stays missing
    assert all(r.evidence is None for s in doc.sessions for r in s.results)
    assert all(q.evidence is None for q in doc.quotes)


def test_render_dict_without_evidence_and_contract_still_requires_it() -> None:
    data = json.loads((CORPUS / "tcr-germany-oschersleben-2022" / "expected.json").read_text("utf-8"))
    assert "Jessica Bäckman" in render(data, lang="sv")
    with pytest.raises(ValueError):
        FactsDocument.from_json(json.dumps(data))  # the parse contract: evidence required


@pytest.mark.parametrize("bad", [
    {"sessions": [{"id": "race-1", "kind": "rce", "results": []}]},
    {"sessions": [{"id": "race-1", "kind": "race", "results": [{"driver": "A B", "position": 0}]}]},
    {"unknown_key": 1},
])
def test_render_lenient_load_keeps_every_other_rule(tmp_path, bad) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(bad), "utf-8")
    with pytest.raises(ReportgenError) as e:
        render_file(str(path))
    assert e.value.code == "E020"
    with pytest.raises(ValueError):
        render(bad)


def test_check_file_accepts_gold_without_evidence(tmp_path) -> None:
    from reportgen.check import check_file

    path = CORPUS / "b-erc-liepaja-2023-lindberg" / "expected.json"
    out = tmp_path / "report.txt"
    out.write_text(render_file(str(path), lang="sv"), "utf-8")
    assert check_file(path, out, "sv") == []
