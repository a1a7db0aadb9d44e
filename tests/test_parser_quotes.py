"""Quotes: dash paragraphs, quotation marks, speech verbs, speakers, continuation."""

from __future__ import annotations

import pytest

from reportgen import parse
from reportgen.evaluate import normalise_quote

INTRO = "Anna Svensson vann Race 1 på Mantorp Park i helgen. Teamchefen Per Holm var nöjd.\n"

CASES = [
    # (text after the intro, [(speaker, quote text)])
    ("– Det var en fantastisk helg, säger Anna Svensson.\n",
     [("Anna Svensson", "Det var en fantastisk helg")]),
    ("-Det var en fantastisk helg, sa hon.\n", [("Anna Svensson", "Det var en fantastisk helg")]),
    ("— Bilen fungerade perfekt hela racet, berättar Svensson.\n",
     [("Anna Svensson", "Bilen fungerade perfekt hela racet")]),
    ("– Det var tufft, konstaterar Anna. Vi får ta nya tag nästa gång.\n",
     [("Anna Svensson", "Det var tufft. Vi får ta nya tag nästa gång.")]),
    ("– Första delen av racet gick bra, säger teamchefen Per Holm.\n– Sedan fick vi problem med däcken.\n",
     [("Per Holm", "Första delen av racet gick bra Sedan fick vi problem med däcken.")]),
    ("– Hon körde klokt hela helgen.\n– Vi är mycket stolta över laget, avslutar Per Holm.\n",
     [("Per Holm", "Hon körde klokt hela helgen. Vi är mycket stolta över laget")]),
    ("”Det här är min största seger hittills”, säger Anna Svensson.\n",
     [("Anna Svensson", "Det här är min största seger hittills")]),
    ("Svensson förklarar: »Vi hittade rätt inställning redan i träningen«.\n",
     [("Anna Svensson", "Vi hittade rätt inställning redan i träningen")]),
    ('"Vi hade ett riktigt bra tempo", menar Holm.\n', [("Per Holm", "Vi hade ett riktigt bra tempo")]),
    ("»Jag bromsade för sent«, säger Anna Svensson. »Men sedan hittade vi rytmen.«\n",
     [("Anna Svensson", "Jag bromsade för sent. Men sedan hittade vi rytmen.")]),
    ("Per Holm var nöjd efteråt.\n– Anna körde helt felfritt hela dagen, sa han.\n",
     [("Per Holm", "Anna körde helt felfritt hela dagen")]),
    ("Per Holm var nöjd efteråt: »Anna körde helt felfritt hela dagen«, sa han.\n",
     [("Per Holm", "Anna körde helt felfritt hela dagen")]),
    ("Min mekaniker Per Holm sammanfattade helgen när vi packade ihop: ”Farten finns, nu behövs tur.”\n",
     [("Per Holm", "Farten finns, nu behövs tur.")]),
    ("– Det var bra, säger Anna Svensson.\n– Jag är nöjd med bilen, säger Per Holm.\n",
     [("Anna Svensson", "Det var bra"), ("Per Holm", "Jag är nöjd med bilen")]),
    # a role after the speaker's name is the attribution's, not the quote's
    ("– Hon körde felfritt, förklarar Per Holm, teamchef på Holm Racing.\n– Nu siktar vi på titeln.\n",
     [("Per Holm", "Hon körde felfritt. Nu siktar vi på titeln.")]),
    # a line naming one person before the quote, without a speech verb
    ("– Det var en fantastisk helg, säger Anna Svensson.\n\nTeamchefen Per Holm var lika glad:\n"
     "– Vi har jobbat hårt för det här i två år.\n",
     [("Anna Svensson", "Det var en fantastisk helg"),
      ("Per Holm", "Vi har jobbat hårt för det här i två år.")]),
    ("– Det var en fantastisk helg, säger Anna Svensson.\n\nPer Holm fyller i:\n"
     "– Vi har jobbat hårt för det här i två år.\n",
     [("Anna Svensson", "Det var en fantastisk helg"),
      ("Per Holm", "Vi har jobbat hårt för det här i två år.")]),
    # a dash quote run into a paragraph after a sentence's end; the story goes on after
    # its attribution
    ("Loppet bröts av regn. – Vi hade farten i dag, men det var tufft, säger Anna Svensson, "
     "som körde sista stinten. Nästa race går i maj.\n",
     [("Anna Svensson", "Vi hade farten i dag, men det var tufft")]),
]


def test_parser_quotes_he_is_not_the_writer_of_a_first_person_release() -> None:
    text = (
        "Jag heter Erik Svensson och vann Race 1.\n\n"
        "Min ingenjör Paolo Conti var ändå positiv när vi gick igenom datan efteråt.\n\n"
        "”Erik hade tempo för topp fem i alla tre racen”, säger han.\n"
    )
    assert [(q.speaker, q.text) for q in parse(text).quotes] == [
        ("Paolo Conti", "Erik hade tempo för topp fem i alla tre racen")
    ]


def test_parser_quotes_speaker_named_by_a_demonym() -> None:
    text = (
        "Ella Aalto (FIN) vann Race 1 före Leo Hansson (SWE).\n\n"
        "”Det var inte min snyggaste helg”, berättar finländskan.\n"
    )
    got = [(q.speaker, q.text) for q in parse(text).quotes]
    assert got == [("Ella Aalto", "Det var inte min snyggaste helg")]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_parser_quotes_forms(body: str, expected: list[tuple[str, str]]) -> None:
    text = INTRO + body
    doc = parse(text)
    got = [(q.speaker, normalise_quote(q.text)) for q in doc.quotes]
    assert got == [(s, normalise_quote(t)) for s, t in expected]
    for q in doc.quotes:
        assert text[q.evidence.start:q.evidence.end] == q.evidence.text


@pytest.mark.parametrize("body", [
    "Resultat:\n- Race 1: 1:a plats\n- Race 2: 3:e plats\n",
    "Helgen 22–24 april kördes på Mantorp Park.\n",
    "Titeln ”ADAC TCR Germany Drivers Title” delas ut i oktober.\n",
    # dash-led notes under a heading that names nobody
    "Noteringar:\n– Svensson snurrade på varv 3 men körde vidare.\n"
    "– Holm startade från sista ruta i finalen.\n",
    # a dash inside a paragraph with no attribution after it
    "Loppet bröts av regn. – Svensson låg då trea.\n",
])
def test_parser_quotes_not_quotes(body: str) -> None:
    assert parse(INTRO + body).quotes == []
