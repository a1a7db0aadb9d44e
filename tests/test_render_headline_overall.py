"""Headline and lead: the event's overall result (race/final) before stage or heat wins."""

from __future__ import annotations

import pytest

from reportgen import render
from reportgen.model import Evidence, FactsDocument, Incident, Participant, Result, Session

EV = Evidence(start=0, end=0, text="")
ME = "Hampus Lindberg"


def _res(d: str, p: int | None, status: str = "classified") -> Result:
    return Result(driver=d, position=p, status=status, evidence=EV)


def _doc(overall_kind: str, part_kind: str, status: str) -> FactsDocument:
    parts = [
        Session(id=f"{part_kind}-{n}", kind=part_kind, number=n, label=f"SS{n}" if part_kind == "stage" else None,
                results=[_res(ME, 1), _res("Karl Tamm", 2)])
        for n in (1, 2)
    ]
    # the stage the rally ended in: no result for the driver there
    parts.append(Session(id=f"{part_kind}-3", kind=part_kind, number=3, label="SS3" if part_kind == "stage" else None,
                         results=[_res("Karl Tamm", 1)]))
    mine = _res(ME, None, status) if status != "classified" else _res(ME, 5)
    overall = Session(id=overall_kind, kind=overall_kind, label="Rally Liepāja" if part_kind == "stage" else None,
                      results=[_res("Karl Tamm", 1), _res("Jan Vermeulen", 2), mine])
    incidents = [Incident(type="technical", driver=ME, session=f"{part_kind}-3", detail="driveshaft",
                          evidence=EV)] if status == "dnf" else []
    return FactsDocument(participants=[Participant(name=ME, gender="m")], sessions=[*parts, overall],
                         incidents=incidents)


def _headline(text: str) -> str:
    return text.lstrip("# ").split("\n", 1)[0]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("overall", "part"), [("race", "stage"), ("final", "heat")])
@pytest.mark.parametrize("status", ["dnf", "dns", "dsq", "classified"])
def test_render_headline_prefers_overall_over_part_wins(overall, part, status, lang, seed) -> None:
    text = render(_doc(overall, part, status), lang=lang, kind="report", seed=seed)
    head = _headline(text)
    lead = text.split("\n\n")[1]
    # the stage/heat wins are not the news: neither headline nor lead is about them
    for minor in ("SS1", "SS2", "Stage 1", "Stage 2", "Heat 1", "Heat 2", "Heat"):
        assert minor not in head, text
        assert minor not in lead, text
    assert "Lindberg" in head, text
    name = {"race": {"sv": "Rally Liepāja", "en": "Race"}, "final": {"sv": "Final", "en": "Final"}}[overall][lang]
    assert name.casefold() in head.casefold() or name.casefold() in lead.casefold(), text


@pytest.mark.parametrize("seed", range(4))
def test_render_rally_retirement_cause_from_the_stage_it_ended_in(seed) -> None:
    text = render(_doc("race", "stage", "dnf"), lang="sv", kind="report", seed=seed)
    lead = text.split("\n\n")[1]
    assert "drivaxeln" in lead, text
    assert "bröt" in lead or "bryta" in lead, text
