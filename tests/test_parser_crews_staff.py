"""Crews named around a shared car, and team staff named by an apposition."""

from __future__ import annotations

import pytest

from reportgen import parse


def _results(text: str) -> set[tuple]:
    doc = parse(text)
    return {(s.id, r.driver, r.position) for s in doc.sessions for r in s.results}


def test_a_car_shared_with_a_crew_named_after_it() -> None:
    text = (
        "Eva Holm slutade fyra i racet. Holm delade Vinga Racings Lamborghini Huracán GT3 EVO2 "
        "med italienaren Marco Rossi och belgaren Luc Peeters."
    )
    assert _results(text) == {("race", "Eva Holm", 4), ("race", "Marco Rossi", 4), ("race", "Luc Peeters", 4)}
    by_name = {p.name: p for p in parse(text).participants}
    assert by_name["Luc Peeters"].car == "Lamborghini Huracán GT3 EVO2"
    assert by_name["Luc Peeters"].nationality == "BE"


def test_sharing_something_else_makes_no_crew() -> None:
    text = "Eva Holm slutade fyra i racet. Holm delade pallen med Marco Rossi, som blev femma i racet."
    assert _results(text) == {("race", "Eva Holm", 4), ("race", "Marco Rossi", 5)}


def test_a_staff_role_after_the_name_is_no_participant() -> None:
    text = (
        "Eva Holm slutade tvåa i Race 1.\n\n"
        "– Eva körde felfritt hela helgen, konstaterar Per Lind, teamchef på Lind Motorsport.\n"
    )
    doc = parse(text)
    assert [p.name for p in doc.participants] == ["Eva Holm"]
    assert doc.quotes[0].speaker == "Per Lind"


def test_a_shared_car_whose_name_holds_a_colon() -> None:
    text = ("Eva Holm kom i mål som trea i racet. Holm delade Oreca 07:an i det franska stallet "
            "Vantage Racing med fransmannen Luc Moreau.")
    assert _results(text) == {("race", "Eva Holm", 3), ("race", "Luc Moreau", 3)}



@pytest.mark.parametrize("role", ["seriechefen", "tävlingsingenjören", "tävlingschefen"])
def test_a_series_or_team_official_quoted_is_no_participant(role: str) -> None:
    text = f"Eva Holm vann Race 1.\n\n– Det var racing när den är som bäst, summerar {role} Per Lind.\n"
    doc = parse(text)
    assert [p.name for p in doc.participants] == ["Eva Holm"]
    assert doc.quotes[0].speaker == "Per Lind"
