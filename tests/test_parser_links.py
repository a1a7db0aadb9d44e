"""Links and the next event."""

from __future__ import annotations

import pytest

from reportgen import parse

INTRO = "Anna Svensson vann Race 1 i STCC på Mantorp Park.\n\n"


@pytest.mark.parametrize(("body", "links"), [
    ("Resultat: https://www.stcc.se/resultat/2023.\n", ["https://www.stcc.se/resultat/2023"]),
    ("Mer på www.stcc.se/resultat, och på http://example.org/a?b=1!\n",
     ["www.stcc.se/resultat", "http://example.org/a?b=1"]),
    ("(Se https://www.stcc.se/bilder)\n", ["https://www.stcc.se/bilder"]),
    ("Inga länkar här.\n", []),
])
def test_parser_links_urls(body: str, links: list[str]) -> None:
    assert parse(INTRO + body).links == links


@pytest.mark.parametrize(("body", "circuit", "date_text"), [
    ("Nästa deltävling körs på Ring Knutstorp 12–13 augusti.\n", "Ring Knutstorp", "12–13 augusti"),
    ("Nästa tävling körs på Mantorp Park den 12–13 augusti.\n", "Mantorp Park", "den 12–13 augusti"),
    ("Härnäst väntar Falkenberg om tre veckor.\n", "Falkenberg", "om tre veckor"),
    ("Nästa deltävling avgörs i Mikołajki i Polen om drygt en månadstid.\n", "Mikołajki", "om drygt en månadstid"),
    ("Nästa klubbrace: söndag 27 augusti på hemmabanan i Vårgårda.\n", "Vårgårda", "söndag 27 augusti"),
    ("Nästa deltävling: Hagfors 20 maj.\n", "Hagfors", "20 maj"),
    ("Nästa deltävling körs på Karlskoga Motorstadion den 9 september.\n", "Karlskoga Motorstadion",
     "den 9 september"),
    # a lower-case particle inside the name, a venue noun after it
    ("Nästa deltävling körs på Circuit de Spa-Francorchamps 27–29 juni.\n", "Circuit de Spa-Francorchamps",
     "27–29 juni"),
    ("Nästa deltävling körs på Ljungbyheds kartbana den 23–24 augusti.\n", "Ljungbyheds kartbana",
     "den 23–24 augusti"),
    # a venue typed without diacritics is the gazetteer's usual name
    ("Serien fortsätter på Holjes i Värmland den 26 augusti.\n", "Höljes", "den 26 augusti"),
    ("Nästa deltävling är Rally Dalsland om tre veckor.\n", None, "om tre veckor"),
    ("– Nu ser jag fram emot nästa deltävling på Red Bull Ring om drygt en månadstid, säger Anna Svensson.\n",
     "Red Bull Ring", "om drygt en månadstid"),
    # the last round of the season, when a date says it is still to come
    ("Sista deltävlingen körs den 28 september.\n", None, "den 28 september"),
])
def test_parser_links_next_event(body: str, circuit: str | None, date_text: str | None) -> None:
    text = INTRO + body
    ne = parse(text).next_event
    assert ne is not None
    assert (ne.circuit, ne.date_text) == (circuit, date_text)
    assert ne.evidence is not None and text[ne.evidence.start:ne.evidence.end] == ne.evidence.text


@pytest.mark.parametrize("body", [
    "Anna var nöjd med helgen.\n",
    # a past last round names no next event
    "Anna vann sista deltävlingen på Ring Knutstorp.\n",
])
def test_parser_links_no_next_event(body: str) -> None:
    assert parse(INTRO + body).next_event is None


@pytest.mark.parametrize(("body", "series", "circuit", "date_text"), [
    # a month without a day, as vague as the text gives it
    ("Nästa deltävling körs på Falkenberg i början av juni.\n", None, "Falkenberg", "i början av juni"),
    ("Serien avslutas på Mantorp Park i oktober.\n", None, "Mantorp Park", "i oktober"),
    # a range over a month's end
    ("Nästa deltävling: Gelleråsen 30 juni–1 juli.\n", None, "Gelleråsen", "30 juni–1 juli"),
    # a series named where a venue could be is the next event's series
    ("Nästa deltävling i Nordic Clio Cup körs på Ring Knutstorp om två veckor.\n",
     "Nordic Clio Cup", "Ring Knutstorp", "om två veckor"),
    ("Nästa deltävling i TCR Scandinavia körs på Anderstorp den 3 juli.\n",
     "TCR Scandinavia", "Anderstorp", "den 3 juli"),
    # a venue after "runt", a cue "fortsätter med"
    ("Nästa deltävling körs runt Filipstad den 9 maj.\n", None, "Filipstad", "den 9 maj"),
    ("Serien fortsätter med finalen på Ring Knutstorp den 4 oktober.\n",
     None, "Ring Knutstorp", "den 4 oktober"),
])
def test_parser_links_next_event_series_and_vague_dates(
    body: str, series: str | None, circuit: str, date_text: str
) -> None:
    ne = parse(INTRO + body).next_event
    assert ne is not None
    assert (ne.series, ne.circuit, ne.date_text) == (series, circuit, date_text)


def test_parser_links_a_later_round_is_the_next_event() -> None:
    text = (
        "Klubbrace, deltävling 2 av 4\nAnna Svensson vann finalen.\n\n"
        "Deltävling 3 körs i Nyköping söndag 15 juni. Deltävling 1 kördes i Eskilstuna.\n"
    )
    ne = parse(text).next_event
    assert ne is not None and (ne.circuit, ne.date_text) == ("Nyköping", "söndag 15 juni")
    # an earlier round is no next event
    assert parse("Klubbrace, deltävling 2 av 4\nAnna Svensson vann finalen. "
                 "Deltävling 1 kördes i Eskilstuna den 3 maj.\n").next_event is None
