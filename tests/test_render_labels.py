"""Session names mid-sentence: the source's own names are kept, bare nouns are written as
Swedish writes them ("i finalen", "i racet"), numbered when the weekend has more of the
kind; a pronoun after "gick till" / "went to" takes the object form."""

from __future__ import annotations

import pytest

from reportgen import render
from reportgen.model import Evidence, FactsDocument, Participant, Result, Session

EV = Evidence(start=0, end=0, text="")


def _doc(labels: list[tuple[str, str, int | None, str]]) -> FactsDocument:
    sessions = [
        Session(id=sid, kind=kind, number=num, label=label,
                results=[Result(driver="Anna Ek", position=4, evidence=EV)])
        for sid, kind, num, label in labels
    ]
    return FactsDocument(language="sv", participants=[Participant(name="Anna Ek")], sessions=sessions)


CASES = [
    ([("final", "final", None, "Finalen")], "i finalen", "i Finalen"),
    ([("race", "race", None, "race")], "i racet", "i race "),
    ([("race", "race", None, "lopp")], "i loppet", "i lopp "),
    ([("qualifying", "qualifying", None, "kval")], "i kvalet", "i kvalen"),
    ([("race-1", "race", 1, "race"), ("race-2", "race", 2, "race")], "i Race 2", "i race"),
    ([("heat-4", "heat", 4, "kvalheat 4")], "i Kvalheat 4", "i kvalheat"),
    ([("final", "final", None, "A-finalen")], "i A-finalen", "a-finalen"),
    ([("practice", "practice", None, "Fri träning")], "i Fri träning", "fri träningen"),
    ([("race", "race", None, "Midnattssolsrallyt")], "i Midnattssolsrallyt", "i rallyt"),
    # a bare heading noun over a result list is written in its definite form mid-sentence
    ([("final", "final", None, "Final")], "i finalen", "i Final "),
    ([("other", "other", None, "Prefinal")], "i prefinalen", "i Prefinal"),
    # capitalised only because it opened the source's sentence
    ([("other-2", "other", 2, "Den andra semifinalen")], "i den andra semifinalen", "i Den andra"),
    ([("race-1", "race", 1, "Första racet")], "i första racet", "i Första racet"),
]


@pytest.mark.parametrize(("labels", "want", "never"), CASES)
def test_render_session_label_mid_sentence(labels, want, never) -> None:
    for seed in range(4):
        text = render(_doc(labels), lang="sv", kind="report", seed=seed)
        prose = text.split("Resultat:")[0]
        assert want in prose, text
        assert never not in prose, text


@pytest.mark.parametrize(("lang", "subject", "obj"), [("sv", "hon", "henne"), ("en", "she", "her")])
def test_render_pronoun_after_went_to_is_object(lang, subject, obj) -> None:
    doc = FactsDocument(
        language="sv",
        participants=[Participant(name="Anna Ek", gender="f")],
        sessions=[Session(id=f"heat-{n}", kind="heat", number=n,
                          results=[Result(driver="Anna Ek", position=1, evidence=EV)]) for n in (1, 2, 3)],
    )
    for seed in range(12):
        text = render(doc, lang=lang, kind="report", seed=seed)
        for verb in ("gick till", "went to"):
            assert f"{verb} {subject}" not in text, text
    # the filter itself: pronouns change, names do not
    from reportgen.render.filters import locale_format

    f = locale_format(lang)
    assert f.object_case(subject) == obj
    assert f.object_case("Anna Ek") == "Anna Ek"


def test_render_english_names_an_unnumbered_session_as_prose() -> None:
    doc = _doc([("qualifying", "qualifying", None, "Kval"), ("race", "race", None, "Race")])
    for seed in range(6):
        text = render(doc, lang="en", kind="report", seed=seed)
        prose, _, listing = text.partition("Results:")
        assert " in Race" not in prose and " in Qualifying" not in prose, text
        assert "the race" in prose or "qualifying" in prose, text
        assert "Race:" in listing or "Race\n" in listing, text  # the heading keeps the name


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_render_retirement_is_not_its_own_cause(lang) -> None:
    from reportgen.model import Incident

    doc = FactsDocument(
        language="sv", participants=[Participant(name="Anna Ek")],
        sessions=[Session(id="race", kind="race", results=[
            Result(driver="Per Berg", position=1, evidence=EV),
            Result(driver="Anna Ek", status="dnf", evidence=EV)])],
        incidents=[Incident(type="retirement", session="race", driver="Anna Ek", evidence=EV)],
    )
    for seed in range(6):
        text = render(doc, lang=lang, kind="report", seed=seed)
        assert "på grund av problem" not in text and "because of problems" not in text, text
        assert "problem" not in text.split("Resultat:")[0].split("Results:")[0], text


@pytest.mark.parametrize(("lang", "want", "never"), [("sv", "i Liepāja", "på Liepāja"), ("en", "in Liepāja", "at Liepāja")])
def test_render_rally_place_takes_town_preposition(lang, want, never) -> None:
    from reportgen.model import Event

    doc = FactsDocument(
        language="sv", event=Event(series="ERC", circuit="Liepāja"),
        participants=[Participant(name="Anna Ek")],
        sessions=[Session(id="stage-1", kind="stage", number=1, results=[Result(driver="Anna Ek", position=2, evidence=EV)]),
                  Session(id="race", kind="race", results=[Result(driver="Anna Ek", position=1, evidence=EV)])],
    )
    for seed in range(4):
        text = render(doc, lang=lang, kind="report", seed=seed)
        assert want in text and never not in text, text
    circuit = FactsDocument(language="sv", event=Event(series="STCC", circuit="Mantorp Park"),
                            sessions=[Session(id="race", kind="race",
                                              results=[Result(driver="Anna Ek", position=1, evidence=EV)])])
    assert ("på Mantorp Park" if lang == "sv" else "at Mantorp Park") in render(circuit, lang=lang, kind="report")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_render_venue_not_repeated_after_a_label_that_names_it(lang: str) -> None:
    doc = _doc([("race", "race", None, "tretimmarsloppet på Monza")])
    doc.event.circuit = "Monza"
    for seed in range(4):
        text = render(doc, lang=lang, kind="report", seed=seed)
        assert "Monza på Monza" not in text and "Monza at Monza" not in text, text
        assert "Monza" in text.splitlines()[0]


@pytest.mark.parametrize(("place", "sv", "en"), [
    ("Nyköping", "körs i Nyköping", "is in Nyköping"),
    ("Mantorp Park", "körs på Mantorp Park", "is at Mantorp Park"),
    ("Kjula kartbana", "körs på Kjula kartbana", "is at Kjula kartbana"),
])
def test_render_next_event_in_a_town_at_a_circuit(place: str, sv: str, en: str) -> None:
    from reportgen.model import NextEvent

    doc = _doc([("race", "race", None, "race")])
    doc.next_event = NextEvent(circuit=place)
    for seed in range(6):
        text_sv = render(doc, lang="sv", kind="report", seed=seed)
        text_en = render(doc, lang="en", kind="report", seed=seed)
        if "Nästa deltävling" in text_sv:
            assert sv in text_sv
        if "The next round" in text_en:
            assert en in text_en
    assert any(sv in render(doc, lang="sv", kind="report", seed=k) for k in range(6))


@pytest.mark.parametrize("seed", range(3))
def test_render_english_qualified_is_not_followed_by_in_qualifying(seed: int) -> None:
    from pathlib import Path

    from reportgen.gold import load_gold
    from reportgen.render import render

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    gold = corpus / "i-24h-series-mugello-2025-norrsken" / "expected.json"
    text = render(load_gold(gold), lang="en", seed=seed)
    assert "qualified ninth in qualifying" not in text, text
    assert "qualified ninth" in text, text


@pytest.mark.parametrize("kind", ["report", "summary"])
def test_render_english_rally_overall_is_the_rally(kind: str) -> None:
    from pathlib import Path

    from reportgen.gold import load_gold
    from reportgen.render import render

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    gold = corpus / "g-rallysm-snapphaneturen-2025-lindqvist" / "expected.json"
    text = render(load_gold(gold), lang="en", kind=kind)
    assert "the race" not in text and "Race:" not in text, text
    assert "Rally:" in text, text
    if kind == "report":
        assert "sixth in the rally" in text, text
