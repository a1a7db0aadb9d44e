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


@pytest.mark.parametrize(
    ("text", "who", "team", "car"),
    [
        # a driver and the team joined as one subject
        (
            "Nora Lund och Vinga Motorsport tog en dubbelseger på Falkenberg. Lund vann båda racen.",
            ("Nora Lund",),
            "Vinga Motorsport",
            None,
        ),
        # the crew in a team's car (a make alone is the car here)
        (
            "Race 1 vanns av Ola Hed och Kim Sjö i Team Sälens Porsche, före Lisa Ek.",
            ("Ola Hed", "Kim Sjö"),
            "Team Sälen",
            "Porsche",
        ),
        # with an acronym genitive
        (
            "Tvåa blev Ola Hed i Hed GT:s BMW M4 GT4 efter en jämn strid.",
            ("Ola Hed",),
            "Hed GT",
            "BMW M4 GT4",
        ),
        # a release's signature line
        (
            "Jag vann Race 2 och blev trea i Race 1.\n\nNora Lund, #44 Vinga Motorsport",
            ("Nora Lund",),
            "Vinga Motorsport",
            None,
        ),
        # a team's genitive before its drivers
        (
            "Helgen blev en uppvisning av Team Sälens Ola Hed och Kim Sjö, som vann båda racen.",
            ("Ola Hed", "Kim Sjö"),
            "Team Sälen",
            None,
        ),
        # a team "med" its driver
        (
            "Favoriterna, Vinga Motorsport med Nora Lund vid ratten, bröt efter två timmar.",
            ("Nora Lund",),
            "Vinga Motorsport",
            None,
        ),
        # a team "och deras" car: whoever drives that car is in the team
        (
            "Segern gick till Team Sälen och deras Porsche 911 GT3 Cup, delad mellan Ola Hed och Kim Sjö.",
            ("Ola Hed", "Kim Sjö"),
            "Team Sälen",
            "Porsche 911 GT3 Cup",
        ),
    ],
)
def test_team_and_car_written_beside_the_name(
    text: str, who: tuple[str, ...], team: str, car: str | None
) -> None:
    got = _team_car(text)
    for name in who:
        assert got[name] == (team, car), name


def test_a_persons_car_is_not_a_teams() -> None:
    # (Ola Hed's car, so no team; "Hed GT" would be one)
    text = "Ola Hed vann Race 1. Kim Sjö i Ola Hed GT:s BMW M4 GT4 blev tvåa i Race 2."
    assert _team_car(text)["Kim Sjö"] == ("Ola Hed GT", "BMW M4 GT4")
    text = "Ola Hed vann Race 1. Kim Sjö i Ola Heds BMW M4 GT4 blev tvåa i Race 2."
    assert _team_car(text)["Kim Sjö"] == (None, "BMW M4 GT4")


def test_a_sentence_initial_word_is_not_part_of_the_team() -> None:
    text = "Ola Hed vann Race 1. För Vinga Motorsport med Nora Lund gick det sämre, för Lund bröt."
    assert _team_car(text)["Nora Lund"][0] == "Vinga Motorsport"


@pytest.mark.parametrize(
    ("text", "who", "team"),
    [
        # a list line with the code in brackets and the team after it, no comma
        ("Resultat final:\n1. Ola Hed (SWE) Vinga Motorsport\n2. Kim Sjö (NOR) Sälen Racing\n", "Kim Sjö",
         "Sälen Racing"),
        # a club's letters are a team, a nationality code is not
        ("Final:\n1. Ola Hed, EKK 47,912\n2. Kim Sjö, Västerås KK 47,988\n", "Ola Hed", "EKK"),
        ("Final:\n1. Ola Hed, EKK 47,912\n2. Kim Sjö, Västerås KK 47,988\n", "Kim Sjö", "Västerås KK"),
        ("Final:\n1. Ola Hed, FIN\n2. Kim Sjö, SWE\n", "Ola Hed", None),
        # a status line's driver, then the club
        ("Final:\n1. Ola Hed, EKK\nUtgick: Kim Sjö, Varbergs MK (bromsarna)\n", "Kim Sjö", "Varbergs MK"),
        # a team's genitive before the car a driver drives
        ("Ola Hed vann Race 1 i sin Lamborghini Huracán GT3 EVO2. Hed delade Vinga Racings "
         "Lamborghini Huracán GT3 EVO2 med Kim Sjö.", "Ola Hed", "Vinga Racing"),
    ],
)
def test_team_from_lists_and_genitives(text: str, who: str, team: str | None) -> None:
    assert _team_car(text)[who][0] == team


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # teammates named after the one with a team share it, not the car
        (
            "Lisa Ek körde för Vinga Racing i en BMW M4 GT4. Ek och lagkamraterna Per Holm och "
            "Kim Sjö kom tvåa.",
            {"Lisa Ek": ("Vinga Racing", "BMW M4 GT4"), "Per Holm": ("Vinga Racing", None),
             "Kim Sjö": ("Vinga Racing", None)},
        ),
        # the teammate's genitive, and a teammate who has the team gives it back
        (
            "Eks stallkamrat Per Holm kör för Vinga Racing. Lisa Ek vann finalen före Holm.",
            {"Lisa Ek": ("Vinga Racing", None), "Per Holm": ("Vinga Racing", None)},
        ),
        # no teammate word: each keeps only their own
        (
            "Lisa Ek körde för Vinga Racing. Ek och Per Holm kom tvåa och trea.",
            {"Lisa Ek": ("Vinga Racing", None), "Per Holm": (None, None)},
        ),
    ],
)
def test_teammates_share_a_team(text: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    got = _team_car(text)
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # a crew's word between a team's genitive and the names
        ("Team Nordlys tog andraplatsen. Team Nordlys trio Lisa Ek, Per Holm och Kim Sjö körde "
         "hem en andraplats.", "Team Nordlys"),
        ("Vinga Racings förarduo Lisa Ek och Per Holm kom trea. Kim Sjö vann.", "Vinga Racing"),
        # the s is the genitive's when the text writes the name without it too
        ("Lisa Ek körde för Vinga Racing. Vinga Racings duo Lisa Ek och Per Holm kom trea.", "Vinga Racing"),
    ],
)
def test_a_teams_genitive_before_its_crew(text: str, team: str) -> None:
    got = _team_car(text)
    assert (got["Lisa Ek"][0], got["Per Holm"][0]) == (team, team)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence about a team, then its crew opening the next one
        ("Vinga Racing vann sextimmarsloppet på Anderstorp. Lisa Ek, Per Holm och Kim Sjö tog "
         "ledningen tidigt.", "Vinga Racing"),
        ("Vinga Racing tog sin BMW M4 GT4 till mål. Förartrion Lisa Ek, Per Holm och Kim Sjö "
         "slutade fyra.", "Vinga Racing"),
        # the team's sentence names a driver of its own: the next names are not its crew
        ("Vinga Racing och Ola Hed vann loppet. Lisa Ek, Per Holm och Kim Sjö kom tvåa.", None),
        # a team that is not the sentence's subject
        ("Loppet vanns av Vinga Racing. Lisa Ek, Per Holm och Kim Sjö kom tvåa.", None),
    ],
)
def test_a_crew_named_after_a_sentence_about_its_team(text: str, expected: str | None) -> None:
    got = _team_car(text)
    assert [got[n][0] for n in ("Lisa Ek", "Per Holm", "Kim Sjö")] == [expected] * 3
