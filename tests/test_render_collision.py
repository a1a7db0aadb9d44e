"""Two drivers out of one session after their contact with each other: one sentence,
and the Swedish sentence parses back to both contacts and both retirements."""

from __future__ import annotations

import pytest

from reportgen import parse, render
from reportgen.model import Evidence, FactsDocument, Incident, Participant, Result, Session

EV = Evidence(start=0, end=0, text="")


def _doc() -> FactsDocument:
    race = Session(id="race-1", kind="race", number=1, label="Race 1", results=[
        Result(driver="Anna Ek", position=1, evidence=EV),
        Result(driver="Mathias Krogh", status="dnf", evidence=EV),
        Result(driver="Jonas Eriksen", status="dnf", evidence=EV),
    ])
    contacts = [Incident(type="contact", session="race-1", driver=d, evidence=EV)
                for d in ("Mathias Krogh", "Jonas Eriksen")]
    people = [Participant(name=n) for n in ("Anna Ek", "Mathias Krogh", "Jonas Eriksen")]
    return FactsDocument(language="sv", sessions=[race], incidents=contacts, participants=people)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_render_collision_told_once(lang: str, seed: int) -> None:
    text = render(_doc(), lang=lang, kind="report", seed=seed)
    prose = text.split("Resultat:" if lang == "sv" else "Results:")[0]
    assert prose.count("Krogh") == 1 and prose.count("Eriksen") == 1, prose


@pytest.mark.parametrize("seed", range(4))
def test_render_collision_round_trip(seed: int) -> None:
    doc = parse(render(_doc(), lang="sv", kind="report", seed=seed))
    incidents = {(i.type, i.session, i.driver) for i in doc.incidents}
    assert {("contact", "race-1", "Mathias Krogh"), ("contact", "race-1", "Jonas Eriksen")} <= incidents
    results = {(s.id, r.driver, r.status) for s in doc.sessions for r in s.results}
    assert {("race-1", "Mathias Krogh", "dnf"), ("race-1", "Jonas Eriksen", "dnf")} <= results
