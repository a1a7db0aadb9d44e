"""Incidents in the report: the other side of a contact is named, and a driver's second
incident in a session (the penalty after a contact) is not lost behind the first."""

from __future__ import annotations

import pytest

from reportgen import parse, render
from reportgen.model import Evidence, FactsDocument, Incident, Participant, Result, Session

EV = Evidence(start=0, end=0, text="")


def _doc(*, partner: bool) -> FactsDocument:
    incs = [Incident(type="contact", session="race-1", driver="Mads Kjær", evidence=EV),
            Incident(type="penalty", session="race-1", driver="Mads Kjær", detail="time penalty", evidence=EV)]
    if partner:
        incs += [Incident(type="contact", session="race-1", driver="Robin Lindkvist", evidence=EV),
                 Incident(type="spin", session="race-1", driver="Robin Lindkvist", evidence=EV)]
    return FactsDocument(
        participants=[Participant(name="Mads Kjær", nationality="DK"), Participant(name="Robin Lindkvist")],
        sessions=[Session(id="race-1", kind="race", number=1, results=[
            Result(driver="Elin Holmberg", position=1, evidence=EV),
            Result(driver="Mads Kjær", position=3, evidence=EV)])],
        incidents=incs,
    )


def _prose(text: str) -> str:
    return text.split("Resultat:")[0].split("Results:")[0]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("lang", "with_", "alone"), [("sv", "kontakt med Lindkvist", "annan bil"),
                                                       ("en", "contact with Lindkvist", "another car")])
def test_render_contact_names_the_other_driver(lang, with_, alone, seed) -> None:
    text = _prose(render(_doc(partner=True), lang=lang, kind="report", seed=seed))
    assert with_ in text or with_.replace("Lindkvist", "Robin Lindkvist") in text, text
    assert alone not in text, text
    # told once from one side, not again from the other
    assert text.count("Lindkvist") + text.count("Kjær") <= 6, text


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("lang", "contact", "penalty"), [("sv", "kontakt", "ett tidstillägg"),
                                                        ("en", "contact", "a time penalty")])
def test_render_second_incident_of_a_driver_is_told(lang, contact, penalty, seed) -> None:
    text = _prose(render(_doc(partner=False), lang=lang, kind="report", seed=seed))
    assert contact in text and penalty in text, text
    assert "penalty penalty" not in text and "(tidstillägget)" not in text, text


def test_render_contact_pair_reads_back() -> None:
    """Round trip: the report's "kontakt med X" gives both drivers their contact again."""
    doc = _doc(partner=True)
    back = parse(render(doc, lang="sv", kind="report", seed=0))
    got = {(i.type, i.session, i.driver) for i in back.incidents if i.type == "contact"}
    assert got == {("contact", "race-1", "Mads Kjær"), ("contact", "race-1", "Robin Lindkvist")}


def _field_doc(types: list[str]) -> FactsDocument:
    return FactsDocument(
        participants=[Participant(name="Elin Holmberg")],
        sessions=[Session(id="race-1", kind="race", number=1, label="Race 1", results=[
            Result(driver="Elin Holmberg", position=1, evidence=EV)])],
        incidents=[Incident(type=t, session="race-1", evidence=EV) for t in types],
    )


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(("lang", "sentence"), [
    ("sv", "I Race 1 gick den röda flaggan upp, vädret spelade in och säkerhetsbilen kom ut."),
    ("en", ", the red flag came out, the weather played its part and the safety car was deployed."),
])
def test_render_field_events_of_a_session_in_one_sentence(lang, sentence, seed) -> None:
    doc = _field_doc(["red_flag", "weather", "safety_car"])
    text = _prose(render(doc, lang=lang, kind="report", seed=seed))
    assert sentence in text, text


def test_render_field_events_sentence_parses_back() -> None:
    doc = _field_doc(["red_flag", "weather", "safety_car"])
    back = parse(render(doc, lang="sv", kind="report"))
    assert {(i.type, i.session, i.driver) for i in back.incidents} == {
        ("red_flag", "race-1", None), ("weather", "race-1", None), ("safety_car", "race-1", None)}


@pytest.mark.parametrize(("lang", "sentence"), [("sv", "I Race 1 kraschade en bil."),
                                                ("en", ", a car crashed.")])
def test_render_an_unnamed_crash_says_what_happened(lang, sentence) -> None:
    doc = _field_doc(["crash"])
    text = _prose(render(doc, lang=lang, kind="report"))
    assert sentence in text, text
    if lang == "sv":
        back = parse(render(doc, lang="sv", kind="report"))
        assert {(i.type, i.session, i.driver) for i in back.incidents} == {("crash", "race-1", None)}
