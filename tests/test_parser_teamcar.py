"""Team and car of each participant beyond the single team phrase: crews share one car
and team (corpus/README.md), and model names with lower-case words."""

from __future__ import annotations

import pytest

from reportgen import parse


def _team_car(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.team, p.car) for p in parse(text).participants}


@pytest.mark.parametrize(
    ("text", "crew", "team", "car"),
    [
        # a rally driver and co-driver: the car and team the text gives the driver
        (
            "Oskar Berg och kartläsaren Tove Lind vann Rally Bergslagen. Berg kör en "
            "Škoda Fabia RS Rally2 för Bergslagens Rallyteam. Berg/Lind vann SS2.",
            ("Oskar Berg", "Tove Lind"),
            "Bergslagens Rallyteam",
            "Škoda Fabia RS Rally2",
        ),
        # an endurance crew named after "delad mellan"
        (
            "Segern i sextimmarsloppet gick till en Porsche 911 GT3 Cup, delad mellan "
            "Eva Holm (SWE), Nils Ek (NOR) och Siri Dahl (SWE). Holm kör för Holm Racing.",
            ("Eva Holm", "Nils Ek", "Siri Dahl"),
            "Holm Racing",
            "Porsche 911 GT3 Cup",
        ),
    ],
)
def test_a_crew_shares_its_car_and_team(text: str, crew: tuple[str, ...], team: str, car: str) -> None:
    got = _team_car(text)
    for name in crew:
        assert got[name] == (team, car), name


def test_a_driver_outside_the_crew_keeps_none() -> None:
    text = (
        "Oskar Berg och kartläsaren Tove Lind vann Rally Bergslagen i en Škoda Fabia RS Rally2. "
        "Berg/Lind vann SS2 före Per Ström, som bröt på SS3."
    )
    got = _team_car(text)
    assert got["Tove Lind"][1] == "Škoda Fabia RS Rally2"
    assert got["Per Ström"] == (None, None)


def test_lower_case_model_words_stay_in_the_car_name() -> None:
    text = "Lisa Ek körde sin Audi R8 LMS GT3 evo II till seger i Race 1."
    assert _team_car(text)["Lisa Ek"][1] == "Audi R8 LMS GT3 evo II"
