"""The championship sentence and the lead: both are about the driver the report leads
with (its protagonist), and the championship sentence names the leader and the gap."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from reportgen.inputs import load_input
from reportgen.render import LANGS, prepare, render
from tests.test_render_outputs import multi_doc
from tests.test_render_plan import one_driver

ROOT = Path(__file__).resolve().parent.parent
EVENT = ROOT / "corpus" / "results" / "event.toml"


def standings(*rows: tuple[str, int]) -> list[dict]:
    return [
        {
            "championship": "STCC",
            "after_round": 2,
            "rounds_total": 6,
            "entries": [
                {"position": i, "name": name, "nationality": "SE", "points": pts}
                for i, (name, pts) in enumerate(rows, start=1)
            ],
        }
    ]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("seed", range(4))
def test_championship_timing_sheet_is_about_the_lead_driver(lang: str, seed: int) -> None:
    """The results event follows no one; it leads with Ekholm's Race 1 win, so the
    championship sentence gives Ekholm's place and gap to leader Sandvik, not the
    third-placed Dahl nor the table alone."""
    doc = load_input(str(EVENT))
    _, ctx = prepare(doc, lang=lang, kind="report", seed=seed)
    assert ctx["headline"]["who"] == "Linnea Ekholm"
    (m,) = ctx["championship"]
    assert m["kind"] == "standing_chaser"
    assert m["who"] in ("Ekholm", "Linnea Ekholm")
    assert (m["pos"], m["points"], m["gap"], m["leader_points"]) == (2, 124, 7, 131)
    assert "Sandvik" in m["leader"]
    text = render(doc, lang=lang, seed=seed)
    sentence = next(p for p in text.split("\n\n") if "124" in p and "Sandvik" in p)
    assert "Ekholm" in sentence and "Dahl" not in sentence


@pytest.mark.parametrize(("lang", "word"), [("sv", "bakom"), ("en", "behind")])
def test_championship_chaser_states_leader_and_gap(lang: str, word: str) -> None:
    doc = one_driver(None, standings=standings(("Erik Berg", 90), ("Anna Svensson", 71)))
    for seed in range(4):
        text = render(doc, lang=lang, seed=seed)
        para = next(p for p in text.split("\n\n") if "71" in p and "Berg" in p)
        assert "19 " in para and word in para  # 90 - 71
        assert "Svensson" in para


@pytest.mark.parametrize(("lang", "word"), [("sv", "före"), ("en", "ahead of")])
def test_championship_leader_states_gap_to_second(lang: str, word: str) -> None:
    doc = one_driver(None, standings=standings(("Anna Svensson", 80), ("Erik Berg", 71), ("Olle Ek", 60)))
    texts = [render(doc, lang=lang, seed=s) for s in range(4)]
    texts = [next(p for p in t.split("\n\n") if "80" in p and "Berg" in p) for t in texts]
    assert all("9 " in t and "Olle" not in t and "Ek " not in t for t in texts)
    assert any(word in t or "clear of" in t for t in texts)


@pytest.mark.parametrize("lang", LANGS)
def test_championship_table_when_the_report_leads_with_nobody(lang: str) -> None:
    doc = one_driver(None, standings=standings(("Erik Berg", 90), ("Olle Ek", 71)))
    for s in doc["sessions"]:  # practice only: no race finish, no pole, nothing to lead with
        s["kind"], s["label"] = "practice", None
    _, ctx = prepare(doc, lang=lang, kind="report")
    (m,) = ctx["championship"]
    assert m["kind"] == "standing_table"
    assert m["who"] == "Erik Berg" and m["gap"] == 19


@pytest.mark.parametrize("lang", LANGS)
def test_lead_follows_the_press_release_driver_over_a_rival_win(lang: str) -> None:
    """multi_doc is Anna Svensson's press release (three named drivers, she first):
    Erik Berg won Race 1, Anna was second; the report leads with Anna."""
    doc = multi_doc()
    _, ctx = prepare(doc, lang=lang, kind="report")
    assert ctx["headline"]["who"] == "Anna Svensson"
    assert ctx["headline"]["kind"] == "headline_podium"
    text = render(doc, lang=lang)
    assert text.splitlines()[0].startswith("Anna Svensson")
    assert "Berg" in text  # the rival's win is still told in the body


@pytest.mark.parametrize("lang", LANGS)
def test_lead_falls_back_to_the_field_when_the_driver_has_nothing_to_lead_with(lang: str) -> None:
    doc = copy.deepcopy(multi_doc())
    for s in doc["sessions"]:
        for r in s["results"]:
            if r["driver"] == "Anna Svensson":
                r["position"], r["status"] = None, "dnf"
                r.pop("grid", None)
    _, ctx = prepare(doc, lang=lang, kind="report")
    assert ctx["headline"]["who"] == "Erik Berg"
