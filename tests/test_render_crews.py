"""Crews: drivers sharing one (session, position, status) are one subject, told once."""

from __future__ import annotations

import re

import pytest

from reportgen import render
from reportgen.gold import load_gold
from reportgen.model import Evidence, FactsDocument, Participant, Result, Session
from tests.conftest import CORPUS

EV = Evidence(start=0, end=0, text="")
CREW = ("Hampus Lindberg", "Emil Åkerlund")


def _prose(text: str) -> str:
    """The report without its results and standings blocks (they list every driver)."""
    return re.split(r"\n(?:Resultat|Results):", text)[0]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", _prose(text)) if s.strip()]


def _rally() -> FactsDocument:
    def res(d: str, p: int | None, status: str = "classified") -> Result:
        return Result(driver=d, position=p, status=status, evidence=EV)

    sessions = [
        Session(id="stage-1", kind="stage", number=1, label="SS1",
                results=[res(CREW[0], 3), res(CREW[1], 3), res("Karl Tamm", 1)]),
        Session(id="stage-2", kind="stage", number=2, label="SS2",
                results=[res("Karl Tamm", 1), res(CREW[0], 2), res(CREW[1], 2), res("Jan Vermeulen", 3)]),
        Session(id="race", kind="race", label="Rally Liepāja",
                results=[res("Karl Tamm", 1), res("Jan Vermeulen", 2),
                         res(CREW[0], None, "dnf"), res(CREW[1], None, "dnf")]),
    ]
    return FactsDocument(participants=[Participant(name=n) for n in CREW], sessions=sessions)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_render_crew_is_one_subject_never_a_lone_member(lang, seed) -> None:
    text = render(_rally(), lang=lang, kind="report", seed=seed)
    for sentence in _sentences(text):
        named = [n for n in CREW if n.split()[-1] in sentence]
        # a crew-mate never gets a result sentence of their own (nor a repeated one)
        assert len(named) in (0, 2), (sentence, text)
    joined = "Lindberg och Åkerlund" if lang == "sv" else "Lindberg and Åkerlund"
    assert joined in text or "Hampus Lindberg och Emil Åkerlund" in text or \
        "Hampus Lindberg and Emil Åkerlund" in text, text


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_render_crew_sharing_second_is_not_told_as_second_and_third(lang, seed) -> None:
    text = _prose(render(_rally(), lang=lang, kind="report", seed=seed))
    for wrong in ("Bakom segraren i SS2 kom", "före Lindberg och", "före Hampus Lindberg och",
                  "Behind the winner in Stage 2 came", "ahead of Lindberg and", "ahead of Hampus Lindberg and"):
        assert wrong not in text, text


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(("doc_id", "lang", "crew"), [
    ("b-endurance-kinnekulle-2023", "sv", "Ida Norberg, Kalle Westin och Oskar Palm vann"),
    ("b-endurance-kinnekulle-2023", "en", "Ida Norberg, Kalle Westin and Oskar Palm"),
    ("b-endurance-kinnekulle-2023", "sv", "Mikkel Brun och Søren Holt"),
    ("b-endurance-kinnekulle-2023", "en", "Mikkel Brun and Søren Holt"),
    ("b-klubb-rally-saffle-2023", "sv", "Jimmy Karlsson och Sanna Ek"),
    ("b-klubb-rally-saffle-2023", "en", "Jimmy Karlsson and Sanna Ek"),
])
def test_render_corpus_crews_named_together(doc_id, lang, crew, seed) -> None:
    text = render(load_gold(CORPUS / doc_id / "expected.json"), lang=lang, kind="report", seed=seed)
    assert crew in _prose(text), text
    # never the one-at-a-time story of the old renders
    for sentence in _sentences(text):
        assert not ("Segern" in sentence and sentence.endswith("gick till Ida Norberg.")), text


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_render_crew_english_verb_agrees(lang, seed) -> None:
    text = render(_rally(), lang=lang, kind="report", seed=seed)
    assert "Åkerlund was " not in text


def test_render_a_crew_that_only_retired_is_one_subject() -> None:
    """Driver and co-driver in one car with the same results everywhere are one crew,
    though they never shared a place: "Per Holm och Jonna Ek tvingades bryta SS5"."""
    from reportgen import render
    from reportgen.model import Evidence, FactsDocument, Participant, Result, Session

    ev = Evidence(start=0, end=0, text="")
    doc = FactsDocument(
        participants=[Participant(name="Lisa Ek", car="Hyundai i20 N Rally2"),
                      Participant(name="Kim Sjö", car="Hyundai i20 N Rally2"),
                      Participant(name="Per Holm", car="Škoda"), Participant(name="Jonna Berg", car="Škoda")],
        sessions=[
            Session(id="stage-5", kind="stage", number=5, label="SS5", results=[
                Result(driver="Lisa Ek", position=1, evidence=ev),
                Result(driver="Kim Sjö", position=1, evidence=ev),
                Result(driver="Per Holm", status="dnf", evidence=ev),
                Result(driver="Jonna Berg", status="dnf", evidence=ev)]),
        ],
    )
    text = render(doc, lang="sv", kind="report").split("Resultat:")[0]
    assert "Per Holm och Jonna Berg" in text, text
    assert "Jonna Berg bröt" not in text, text
