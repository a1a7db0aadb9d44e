"""Phrasing variation: deterministic per seed, different across seeds, never repeated
within one report while unused phrasings of that kind remain."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from reportgen.render import LANGS, render
from reportgen.render.environment import environment
from reportgen.render.filters import locale_format
from reportgen.render.plan import Planner
from tests.test_render_outputs import multi_doc, seed_doc

ROOT = Path(__file__).resolve().parent.parent
DOCS = {"seed": seed_doc, "multi": multi_doc}


def planned(doc, lang: str, seed: int) -> list[dict]:
    from reportgen.model import FactsDocument

    doc = doc if isinstance(doc, FactsDocument) else FactsDocument.model_validate(doc)
    _env, phrases = environment(lang, "text", None)
    ctx = Planner(doc, locale_format(lang), phrases.count, seed).plan_report()
    msgs = [ctx["headline"]]
    for block in ctx["body"]:
        msgs += block["messages"] if block["type"] == "para" else [block["message"]]
    msgs += ctx["championship"] + ([ctx["next_event"]] if ctx["next_event"] else [])
    return msgs


@pytest.mark.parametrize("seed", [0, 1, 7, 12345])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", sorted(DOCS))
def test_render_variation_same_seed_same_text(which: str, lang: str, seed: int) -> None:
    doc = DOCS[which]()
    assert render(doc, lang=lang, seed=seed) == render(doc, lang=lang, seed=seed)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", sorted(DOCS))
def test_render_variation_seeds_change_phrasing(which: str, lang: str) -> None:
    texts = {render(DOCS[which](), lang=lang, seed=s) for s in range(8)}
    assert len(texts) >= 4


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", sorted(DOCS))
def test_render_variation_no_phrasing_twice(which: str, lang: str, seed: int) -> None:
    _env, phrases = environment(lang, "text", None)
    msgs = planned(DOCS[which](), lang, seed)
    uses = Counter((m["kind"], m["variant"]) for m in msgs)
    per_kind = Counter(m["kind"] for m in msgs)
    for (kind, variant), n in uses.items():
        # a phrasing repeats only once every phrasing of its kind is used
        assert n == 1 or per_kind[kind] > phrases.count(kind), (kind, variant, n)


@pytest.mark.parametrize("lang", LANGS)
def test_render_variation_sentences_unique_in_report(lang: str) -> None:
    for seed in range(6):
        text = render(seed_doc(), lang=lang, seed=seed).split("Resultat:" if lang == "sv" else "Results:")[0]
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]
        assert len(sentences) == len(set(sentences))


def _kinds(lang: str) -> dict[str, int]:
    text = (ROOT / "templates" / lang / "phrases.j2").read_text(encoding="utf-8")
    found = Counter(m.group(1) for m in re.finditer(r"{% macro ([a-z_]+)_\d+\(m\) %}", text))
    return dict(found)


def test_render_phrases_same_message_kinds_in_every_language() -> None:
    kinds = {lang: set(_kinds(lang)) for lang in LANGS}
    assert kinds["sv"] == kinds["en"], kinds["sv"] ^ kinds["en"]


@pytest.mark.parametrize(
    "kind",
    [
        "win",
        "finish",
        "podium",
        "practice",
        "qualified",
        "pole",
        "aggregate",
        "dns",
        "dnf",
        "quote",
        "standing_chaser",
        "standing_leader",
        "headline_win",
        "next_event",
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_render_phrases_several_variants_for_common_kinds(lang: str, kind: str) -> None:
    _env, phrases = environment(lang, "text", None)
    assert phrases.count(kind) >= 2
