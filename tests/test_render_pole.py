"""Position 1 in qualifying is pole position, never "kvalade in som etta" / "qualified first"."""

from __future__ import annotations

import pytest

from reportgen import render
from reportgen.model import Evidence, FactsDocument, Participant, Result, Session

EV = Evidence(start=0, end=0, text="")


def _doc(qualifyings: int) -> FactsDocument:
    sessions = [
        Session(id=f"qualifying-{n}", kind="qualifying", number=n,
                results=[Result(driver="Tobias Rydell", position=1, evidence=EV)])
        for n in range(1, qualifyings + 1)
    ]
    sessions.append(Session(id="race-1", kind="race", number=1,
                            results=[Result(driver="Tobias Rydell", position=4, evidence=EV)]))
    return FactsDocument(participants=[Participant(name="Tobias Rydell")], sessions=sessions)


WRONG = {"sv": ["som etta", "var etta", "blev etta", "slutade etta", "som 1:a"],
         "en": ["qualified first", "was first", "finished first"]}


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("qualifyings", [1, 2])
def test_render_qualifying_first_is_pole(qualifyings, lang, seed) -> None:
    text = render(_doc(qualifyings), lang=lang, kind="report", seed=seed)
    prose = text.split("Resultat:")[0].split("Results:")[0]
    for phrase in WRONG[lang]:
        assert phrase not in prose, text
    assert "pole" in prose, text
