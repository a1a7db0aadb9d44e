"""The check: an unknown given name before a known surname is an invented person."""

from __future__ import annotations

import pytest

from reportgen.check import check_text
from reportgen.model import Evidence, FactsDocument, Participant, Result, Session

EV = Evidence(start=0, end=0, text="")


def _doc() -> FactsDocument:
    race = Session(id="race-1", kind="race", number=1, label="Race 1",
                   results=[Result(driver="Martin Andersson", position=1, evidence=EV),
                            Result(driver="Lisa Berg", position=2, evidence=EV)])
    return FactsDocument(participants=[Participant(name="Martin Andersson"), Participant(name="Lisa Berg")],
                         sessions=[race])


@pytest.mark.parametrize(("lang", "sentence"), [
    ("sv", "Kalle Andersson vann Race 1."),           # sentence-initial: the case that slipped through
    ("sv", "Segern gick till Kalle Andersson."),
    ("sv", "Race 1 vann Berg. Kalle Andersson blev tvåa."),
    ("en", "Kalle Andersson won Race 1."),
    ("en", "Kalle Anderssons seger."),                # genitive of the known surname
    ("sv", "– Det gick bra. Kalle Berg var snabb."),
])
def test_check_rejects_unknown_given_name_with_known_surname(lang, sentence) -> None:
    problems = check_text(_doc(), sentence, lang)
    assert any("Kalle" in p and "is not in the input" in p for p in problems), problems


@pytest.mark.parametrize(("lang", "sentence"), [
    ("sv", "Martin Andersson vann Race 1."),
    ("sv", "Andersson vann Race 1 före Lisa Berg."),
    ("sv", "Martin vann Race 1."),
    ("en", "Martin Andersson won Race 1 ahead of Berg."),
    ("en", "In Race 1, Andersson won."),
    ("en", "Andersson's win came in Race 1."),
])
def test_check_accepts_known_people(lang, sentence) -> None:
    assert check_text(_doc(), sentence, lang) == []


def test_check_accepts_double_given_names_alone() -> None:
    doc = FactsDocument(participants=[Participant(name="Tor Einar Brekke"), Participant(name="Lisa Berg")])
    assert check_text(doc, "Tor Einar tog segern före Berg.", "sv") == []
    # the given names of one person with another's surname are still no one
    assert check_text(doc, "Tor Einar Berg tog segern.", "sv") != []
