"""Person names without NER: gazetteer names, listed names, short references."""

from __future__ import annotations

import pytest

from reportgen.parser import get_nlp, parse


def _people(text: str):
    return get_nlp()(text)._.rg.people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jessica Bäckman vann. Martin Andersen blev tvåa.", ["Jessica Bäckman", "Martin Andersen"]),
        ("1: Jonas Karklys (LIT), 55 p.", ["Jonas Karklys"]),
        ("Teamchefen Gunnel Qvist var nöjd.", ["Gunnel Qvist"]),
        ("Första vinsten för Anna Berg\nAnna började helgen starkt.", ["Anna Berg"]),
        ("Lars-Erik von Platen körde för Lestrup Racing Team.", ["Lars-Erik von Platen"]),
        ("Segern gick till Kasparas Vingilis på Mantorp Park.", ["Kasparas Vingilis"]),
        ("Tävlingen kördes i Karlskoga Motorstadion i Ring Knutstorp.", []),
    ],
)
def test_parser_names_full_names(text: str, names: list[str]) -> None:
    assert _people(text).full_names == names


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Jessica Bäckman körde bra. Jessica vann.", "Jessica", "Jessica Bäckman"),
        ("Jessica Bäckman körde bra. Bäckman vann.", "Bäckman", "Jessica Bäckman"),
        ("Jessica Bäckman körde bra. Sedan vann hon.", "hon", "Jessica Bäckman"),
        ("Erik Ek och Jessica Bäckman körde. Sedan vann hon.", "hon", "Jessica Bäckman"),
        ("Jessica Bäckman (SWE) körde bra. Svenskan vann.", "Svenskan", "Jessica Bäckman"),
        ("Jessicas resultat: Jessica Bäckman körde.", "Jessicas", "Jessica Bäckman"),
        ("Tor Ek körde. 22-åringen vann.", "22-åringen", "Tor Ek"),
    ],
)
def test_parser_names_short_references_resolve(text: str, mention: str, name: str) -> None:
    people = _people(text)
    got = [m.name for m in people.mentions if m.text == mention]
    assert got and set(got) == {name}


@pytest.mark.parametrize(
    ("text", "nationality"),
    [
        ("Anna Berg (SWE) vann Race 1.", "SE"),
        ("Anna Berg (DKK) vann Race 1.", "DK"),
        ("Dansken Mads Holm vann Race 1.", "DK"),
        ("Den norske föraren Tor Ek vann Race 1.", "NO"),
    ],
)
def test_parser_names_nationality(text: str, nationality: str) -> None:
    (p,) = parse(text).participants
    assert p.nationality == nationality


@pytest.mark.parametrize(
    ("text", "team", "car"),
    [
        ("Anna Berg vann Race 1. Hon tävlade för ett nytt team ROJA Motorsport.", "ROJA Motorsport", None),
        ("Anna Berg kör för Lestrup Racing Team och vann Race 1.", "Lestrup Racing Team", None),
        ("Anna Berg vann Race 1 i sin Audi R8.", None, "Audi R8"),
        ("Anna Berg vann Race 1 i sin Audi RS 3 LMS. Hon blev tvåa i Race 2.", None, "Audi RS 3 LMS"),
        (
            "Anna Berg vann Race 1 med ny bilmodell Hyundai Veloster N TCR bil.",
            None,
            "Hyundai Veloster N TCR",
        ),
    ],
)
def test_parser_names_team_and_car(text: str, team: str | None, car: str | None) -> None:
    (p,) = parse(text).participants
    assert (p.team, p.car) == (team, car)


@pytest.mark.parametrize(
    "text",
    [
        "Jag vann Race 1 och är väldigt glad. Anna Berg, Team Berg Racing",
        # a self-introduction; the co-driver named more often is not the writer
        "Anna Berg här. Min kartläsare Eva Sand och jag körde Bergslagsrallyt. Eva var lugn. Jag vann Race 1.",
    ],
)
def test_parser_names_first_person_release(text: str) -> None:
    doc = parse(text)
    assert [(s.id, r.driver, r.position) for s in doc.sessions for r in s.results if r.driver == "Anna Berg"] == [
        ("race-1", "Anna Berg", 1)
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jag och min kartläsare Eva Sand Bergslagsrallyt vann. Anna Berg här.", ["Eva Sand", "Anna Berg"]),
        ("Anna Berg och Sara Holmgren Midnattssolsrallyt vann.", ["Anna Berg", "Sara Holmgren"]),
    ],
)
def test_parser_names_event_compound_is_not_a_surname(text: str, names: list[str]) -> None:
    assert sorted(p.name for p in parse(text).participants) == sorted(names)


@pytest.mark.parametrize(
    "text", ["Mästerskapsställning:\n1: Martin Andersen (DKK), 65 p.\nAnna Berg vann Race 1."]
)
def test_parser_names_standings_only_is_not_participant(text: str) -> None:
    assert [p.name for p in parse(text).participants] == ["Anna Berg"]


def test_parser_names_a_double_surname_alone_is_the_same_person() -> None:
    text = (
        "Vid omstarten tog dansken Jesper Holm Nielsen (DEN) ledningen och vann Race 2.\n\n"
        "– Jag såg en lucka och tog den, säger Holm Nielsen.\n"
    )
    doc = parse(text)
    assert [p.name for p in doc.participants] == ["Jesper Holm Nielsen"]
    assert doc.quotes[0].speaker == "Jesper Holm Nielsen"



def test_a_name_before_a_hyphenated_event_name_ends_before_it() -> None:
    """ "min kartläsare Linnea Höök Höga Kusten-rallyt": the event's name began at "Höga"."""
    from reportgen import parse

    text = ("Jag heter Axel Borg. I lördags körde jag och min kartläsare Linnea Höök Höga "
            "Kusten-rallyt runt Kramfors. Vi vann SS2.\n")
    names = [p.name for p in parse(text).participants]
    assert "Linnea Höök" in names and not any("Höga" in n for n in names), names
