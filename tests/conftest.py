"""Shared fixtures: the corpus, the seed, the contract checker in ../shared."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SEED_ID = "tcr-germany-oschersleben-2022"
CORPUS_IDS = sorted(p.parent.name for p in CORPUS.glob("*/release.txt") if (p.parent / "expected.json").exists())


def corpus_text(doc_id: str) -> str:
    from reportgen.textio import read_text

    return read_text(str(CORPUS / doc_id / "release.txt")).text


@pytest.fixture(scope="session")
def seed_text() -> str:
    return corpus_text(SEED_ID)


@pytest.fixture(scope="session")
def parsed_corpus() -> dict:
    """Every corpus text parsed once per test session: {id: FactsDocument}."""
    from reportgen import parse_file

    return {i: parse_file(str(CORPUS / i / "release.txt")) for i in CORPUS_IDS}


@pytest.fixture(scope="session")
def gold_corpus() -> dict:
    from reportgen.gold import load_gold

    return {i: load_gold(CORPUS / i / "expected.json") for i in CORPUS_IDS}


@pytest.fixture(scope="session")
def contract_checker():
    """The shared contract's Checker class (../shared/contract/check_facts.py)."""
    path = SHARED / "contract" / "check_facts.py"
    if not path.exists():
        pytest.skip(f"{path} not found (CI has ../shared beside the clone)")
    spec = importlib.util.spec_from_file_location("check_facts", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Checker
