"""The event block: series named in full when series.json does not list them, and the
round with its total written as an ordinal ("fjärde deltävlingen av sex")."""

from __future__ import annotations

import pytest

from reportgen import parse


@pytest.mark.parametrize(
    ("text", "series"),
    [
        # a run of capitalised words that ends on a series head word
        (
            "Andra deltävlingen i Nordic Clio Cup avgjordes på Mantorp Park i helgen. "
            "Lisa Ek vann före Per Holm.",
            "Nordic Clio Cup",
        ),
        # an acronym stays in the name, whatever the text writes elsewhere (msk.se)
        (
            "MSK Sprint Cup, deltävling 3, Ring Knutstorp. Lisa Ek vann. Resultat: www.msk.se",
            "MSK Sprint Cup",
        ),
        # a sentence's capitalised first word is no part of the name when the text also
        # writes it in lower case
        (
            "Vid Baltic Touring Trophy på Bikernieki tog Lisa Ek sin första seger. "
            "Hon vann vid sidan av teamkamraten.",
            "Baltic Touring Trophy",
        ),
        # a formula word and the capitalised word after it
        (
            "Lisa Ek tog sin första seger i Formula Baltic när serien gästade Bikernieki.",
            "Formula Baltic",
        ),
        ("Lisa Ek slutade tvåa i F4 Norge på Rudskogen i helgen.", "F4 Norge"),
        # a listed series followed by the cup it names
        (
            "Lisa Ek slutade fyra i GT World Challenge Europe Sprint Cup på Misano.",
            "GT World Challenge Europe Sprint Cup",
        ),
        # the part before "-mästerskapet" with the capitalised words before it
        ("Lisa Ek vann sitt första race i det norska Formel 4-mästerskapet.", "Formel 4"),
    ],
)
def test_series_named_in_full(text: str, series: str) -> None:
    assert parse(text).event.series == series


def test_series_of_the_next_event_is_not_this_ones() -> None:
    text = (
        "Lisa Ek vann på Mantorp Park i helgen. "
        "Nästa deltävling är premiären i Nordic Clio Cup på Falkenberg den 3 juni."
    )
    assert parse(text).event.series is None


def test_a_capitalised_word_alone_before_a_head_word_is_no_series() -> None:
    # "Cup" after a common sentence-initial word only: nothing is left to name it
    text = "Lisa Ek vann. Cup är ett ord som också skrivs cup."
    assert parse(text).event.series is None


@pytest.mark.parametrize(
    ("text", "round_", "total"),
    [
        ("Lisa Ek vann fjärde deltävlingen av sex på Mantorp Park.", 4, 6),
        ("Serien körde sin tredje deltävling av sju på Anderstorp, där Lisa Ek vann.", 3, 7),
        ("Lisa Ek vann den första omgången av fem i Rally-SM.", 1, 5),
    ],
)
def test_ordinal_round_of_total(text: str, round_: int, total: int) -> None:
    ev = parse(text).event
    assert (ev.round, ev.rounds_total) == (round_, total)


def test_ordinal_round_of_the_next_event_is_not_this_ones() -> None:
    text = "Lisa Ek vann på Mantorp Park. Nästa gång väntar den femte deltävlingen av sex på Falkenberg."
    ev = parse(text).event
    assert ev.rounds_total is None


@pytest.mark.parametrize(
    ("text", "circuit"),
    [
        # a venue the gazetteer does not list, named in full in a notice's header
        (
            "Klubbtävling, deltävling 2\nVallåkra Arena, 6 juli 2024\n\nFinal:\n1. Lisa Ek\n2. Per Holm",
            "Vallåkra Arena",
        ),
        ("Lisa Ek vann finalen på Gnosjö Raceway i lördags.", "Gnosjö Raceway"),
        # the town a rally is run from
        ("Lisa Ek och kartläsaren Per Holm vann Bergslagsrallyt i Lindesberg på lördagen.", "Lindesberg"),
        ("Lisa Ek vann Östgöta Rallyt, runt Finspång, i helgen.", "Finspång"),
    ],
)
def test_venue_named_in_full_or_as_a_rallys_town(text: str, circuit: str) -> None:
    assert parse(text).event.circuit == circuit


@pytest.mark.parametrize(
    ("text", "series"),
    [
        # a number between the formula word and the country
        ("Lisa Ek vann sitt första race i Formula 4 Sverige på Mantorp Park.", "Formula 4 Sverige"),
        # a team's name is no series
        ("Lisa Ek från Nordic Formula Academy vann Race 1 på Mantorp Park.", None),
        # the series named first is the event's; a driver's past series is not
        (
            "Lisa Ek slutade femma i TCR Scandinavia på Mantorp Park. Hon körde Porsche Carrera Cup "
            "Scandinavia förra året.",
            "TCR Scandinavia",
        ),
        # a Swedish word that is also an acronym's form ("vi ses", SES) is no series
        ("Lisa Ek vann Race 1 på Mantorp Park. Vi ses i Falkenberg!", None),
        # a capitalised compound ending in -pokalen
        ("Lisa Ek vann Sörmlandspokalen på Kjula i lördags.", "Sörmlandspokalen"),
    ],
)
def test_series_first_named_and_not_a_team(text: str, series: str | None) -> None:
    assert parse(text).event.series == series


@pytest.mark.parametrize(
    ("text", "circuit", "country"),
    [
        # a town the rally is run from, without a rally name before it (towns.json)
        ("Kalmarrundan kördes runt Nybro i lördags. Lisa Ek vann före Per Holm.", "Nybro", "SE"),
        ("Efter service i Mariestad låg Lisa Ek och kartläsaren Per Holm tvåa.", "Mariestad", "SE"),
        # a rally's town found by the rally-name rule gets its country too
        ("Lisa Ek vann Bergslagsrallyt i Lindesberg på lördagen.", "Lindesberg", "SE"),
        # a hometown is not the venue
        ("Lisa Ek från Nybro vann finalen i lördags.", None, None),
        # a town's track the gazetteer does not list, named with a venue noun
        ("Lisa Ek vann finalen på Vårgårda kartbana i lördags.", "Vårgårda kartbana", "SE"),
        # a town right after an event's name; not after a person's name or a sentence start
        ("Lisa Ek och kartläsaren Per Holm vann Rally Dalsland i Åmål på lördagen.", "Åmål", "SE"),
        ("Kim Sjö i Åmål vann rallyt på lördagen.", None, None),
        ("I Åmål vann Lisa Ek rallyt på lördagen.", None, None),
        # a venue named after its town
        ("Lisa Ek vann finalen i RallyX Nordic på Tierp Arena i lördags.", "Tierp Arena", "SE"),
        # a known circuit wins, with its own country
        ("Lisa Ek vann på Rudskogen, runt Nybro hördes inget.", "Rudskogen", "NO"),
    ],
)
def test_a_rallys_town_and_its_country(text: str, circuit: str | None, country: str | None) -> None:
    event = parse(text).event
    assert (event.circuit, event.country) == (circuit, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a national championship is run at home when the text names no known venue
        ("Lisa Ek vann deltävlingen i Rally-SM på lördagen.", "SE"),
        ("Lisa Ek vann finalen i Karting-SM på Vallåkra Arena.", "SE"),
        ("Lisa Ek vann i Svenska rallymästerskapet i helgen.", "SE"),
        # a circuit the gazetteer knows says where, whatever the championship
        ("Lisa Ek vann i Rally-SM:s rallycrossrunda på Rudskogen i helgen.", "NO"),
        # no home word: no country
        ("Lisa Ek vann finalen i Lånkecupen i lördags.", None),
    ],
)
def test_a_national_championships_home_country(text: str, country: str | None) -> None:
    assert parse(text).event.country == country


@pytest.mark.parametrize(
    ("text", "season"),
    [
        # a past year is not the season
        ("Lisa Ek tog pallplats i ELMS på Spa. Det är första gången sedan 2021 som en svensk står på "
         "pallen.", None),
        ("Lisa Ek vann i Carrera Cup, som hon körde så sent som 2023, på Monza 1 juni 2025.", 2025),
        ("Lisa Ek vann finalen i Karting-SM 2024.", 2024),
    ],
)
def test_a_past_year_is_not_the_season(text: str, season: int | None) -> None:
    assert parse(text).event.season == season


@pytest.mark.parametrize(
    ("text", "series"),
    [
        # the name heading a club notice, before its round, over the classes listed later
        ("Resultat klubbtävling Falkenbergs Motorbana 17 maj 2025\n\nFalkenbergs Motorklubb. FMK Klubbcup, "
         "deltävling 2 av 5.\n\nLopp 2 – Formel Ford 1600\n1. Lisa Ek, FMK\n", "FMK Klubbcup"),
        # a circuit before the round is no series
        ("Ring Knutstorp, deltävling 3 av 6.\n\nLisa Ek vann Race 1 i TCR Scandinavia.\n", "TCR Scandinavia"),
    ],
)
def test_a_series_heading_a_notice_before_its_round(text: str, series: str) -> None:
    assert parse(text).event.series == series
