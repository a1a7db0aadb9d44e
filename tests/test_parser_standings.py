"""Championship tables in the formats press texts use."""

from __future__ import annotations

import pytest

from reportgen import parse

INTRO = "Anna Svensson vann Race 1 på Mantorp Park i STCC.\n\n"

CASES = [
    ("Mästerskapsställning:\nSTCC 2023 (efter 3 av 6 deltävlingar)\n1: Anna Svensson (SWE), 65 p.\n"
     "2: Martin Andersen (DKK), 55 p.\n3: Jonas Karklys (LIT), 44 p.\n",
     ("STCC", 3, 6, "drivers"),
     [(1, "Anna Svensson", "SE", 65), (2, "Martin Andersen", "DK", 55), (3, "Jonas Karklys", "LT", 44)]),
    ("Ställningen i STCC efter fyra deltävlingar:\n1. Tommy Rustad 72 poäng\n2. Anna Svensson 70 poäng\n",
     ("STCC", 4, None, "drivers"), [(1, "Tommy Rustad", None, 72), (2, "Anna Svensson", None, 70)]),
    ("Totalställning:\n1 Anna Svensson 1 722 poäng\n2 Per Ek 1 650 poäng\n",
     ("STCC", None, None, "drivers"), [(1, "Anna Svensson", None, 1722), (2, "Per Ek", None, 1650)]),
    ("Tabellen:\n1. Anna Svensson (SWE) 40 p\n2. Per Ek (NOR) 38 p\n2. Lars Berg (FIN) 38 p\n",
     ("STCC", None, None, "drivers"),
     [(1, "Anna Svensson", "SE", 40), (2, "Per Ek", "NO", 38), (2, "Lars Berg", "FI", 38)]),
    ("Teamställning:\n1) Lestrup Racing Team – 120p\n2) Brink Motorsport – 98p\n",
     (None, None, None, "teams"), [(1, "Lestrup Racing Team", None, 120), (2, "Brink Motorsport", None, 98)]),
    ("Lagtävlingen: 1. Lestrup Racing 74 p, 2. Brink Motorsport 61 p.\n",
     ("Lagtävlingen", None, None, "teams"), [(1, "Lestrup Racing", None, 74), (2, "Brink Motorsport", None, 61)]),
    ("Ställningen i STCC efter 1 av 5 deltävlingar: 1. Anna Svensson 31 poäng, 2. Per Ek 24, "
     "3. Lars Berg 18.\n",
     ("STCC", 1, 5, "drivers"),
     [(1, "Anna Svensson", None, 31), (2, "Per Ek", None, 24), (3, "Lars Berg", None, 18)]),
    ("Värmlandscupen, förare, efter 2 av 5:\n1. Anna Svensson 40 p\n2. Per Ek 37 p\n",
     ("Värmlandscupen", 2, 5, "drivers"), [(1, "Anna Svensson", None, 40), (2, "Per Ek", None, 37)]),
    ("Rallycross-SM Supercar efter 2 av 7 deltävlingar:\n1. Anna Svensson 49 poäng\n2. Per Ek 41 poäng\n",
     ("Rallycross-SM Supercar", 2, 7, "drivers"), [(1, "Anna Svensson", None, 49), (2, "Per Ek", None, 41)]),
    ("Lagställning: 1. Lestrup Racing 118 p, 2. Brink Motorsport 96 p.\n",
     (None, None, None, "teams"), [(1, "Lestrup Racing", None, 118), (2, "Brink Motorsport", None, 96)]),
    ("Ställning i STCC: 1. Anna Svensson 65 p, 2. Per Ek 60 p, 3. Lars Berg 51 p.\n",
     ("STCC", None, None, "drivers"),
     [(1, "Anna Svensson", None, 65), (2, "Per Ek", None, 60), (3, "Lars Berg", None, 51)]),
    # the nationality code in a cell of its own, between commas
    ("STCC, förarmästerskapet efter 5 av 6 deltävlingar:\n"
     "1. Anna Svensson, FIN, 187 p\n2. Per Ek, SWE, 156 p\n",
     ("STCC", 5, 6, "drivers"), [(1, "Anna Svensson", "FI", 187), (2, "Per Ek", "SE", 156)]),
]


@pytest.mark.parametrize(("body", "table", "entries"), CASES)
def test_parser_standings_formats(body: str, table: tuple, entries: list[tuple]) -> None:
    text = INTRO + body
    doc = parse(text)
    assert len(doc.standings) == 1
    t = doc.standings[0]
    assert (t.championship, t.after_round, t.rounds_total, t.kind) == table
    assert [(e.position, e.name, e.nationality, e.points) for e in t.entries] == entries
    for e in t.entries:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text


@pytest.mark.parametrize("body", [
    "Race 1:\n1. Anna Svensson (SWE)\n2. Per Ek (NOR)\n",
    "Hon ligger 3:a i mästerskapstabellen med 21 poäng upp till första plats.\n",
    "Totalt:\n1. Per Ek/Lars Berg, Volvo 940, 42.18,3\n2. Anna Svensson/Eva Ek, Ford Escort, +12,4\n",
])
def test_parser_standings_not_tables(body: str) -> None:
    assert parse(INTRO + body).standings == []
